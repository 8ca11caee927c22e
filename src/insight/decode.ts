/**
 * What the attack detector reads (SPEC §7): a request's inputs as plain text values, decoded the
 * way an application would decode them before they reach a SQL string, a shell or a page. Pure,
 * bounded and tolerant: malformed escapes stay as they are, nothing throws.
 */

const MAX_ROUNDS = 3
const MAX_JSON_DEPTH = 32
const MAX_VALUES = 512

const HEX = /%([0-9a-f]{2})/gi
 
const CONTROL = /[\x01-\x08\x0b-\x1f\x7f]/
 
const CONTROL_ALL = /[\x01-\x08\x0b-\x1f\x7f]/g
const UNICODE_PERCENT = /%u([0-9a-f]{4})/gi
// overlong UTF-8 for "." and "/" and "\": a classic way past naive traversal filters
const OVERLONG = /%(?:c0%ae|e0%80%ae|c0%2e|c0%af|e0%80%af|c1%9c|c0%5c|c1%1c)/gi
const JS_ESCAPE = /\\(?:u([0-9a-f]{4})|u\{([0-9a-f]{1,6})\}|x([0-9a-f]{2}))/gi
const ENTITY = /&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|([a-z]{2,8}));?/gi
const HEX_RUN = /(?:%[0-9a-f]{2})+/gi
const PLUS = /\+/g
const PART_NAME = /name="([^"]{0,200})"/i
const TRAILING_CRLF = /\r\n$/

/** Every regex decoding uses, for the detector's ReDoS test (src/insight/attacks.ts's ATTACK_PATTERNS). */
export const DECODE_PATTERNS: readonly RegExp[] = [HEX, CONTROL, CONTROL_ALL, UNICODE_PERCENT, OVERLONG, JS_ESCAPE, ENTITY, HEX_RUN, PLUS, PART_NAME, TRAILING_CRLF]

const NAMED: Record<string, string> = {
  lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: ' ', colon: ':', sol: '/', bsol: '\\', lpar: '(',
  rpar: ')', semi: ';', equals: '=', tab: '\t', newline: '\n', num: '#', period: '.', comma: ',', excl: '!',
  lsqb: '[', rsqb: ']', lcub: '{', rcub: '}', grave: '`', dollar: '$', percnt: '%', ast: '*', vert: '|',
}

const fromCode = (code: number): string => (code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '')

// the replacers below are module functions, not closures made per value

function overlong(m: string): string {
  const l = m.toLowerCase()
  return l.endsWith('ae') || l.endsWith('2e') ? '.' : l.endsWith('af') ? '/' : '\\'
}

function unicodePercent(_m: string, h: string): string {
  return fromCode(parseInt(h, 16))
}

/** One `%HH`: an ASCII byte decoded, a lone byte of a broken UTF-8 sequence left as it is. */
function asciiByte(_m: string, h: string): string {
  const c = parseInt(h, 16)
  return c < 0x80 ? String.fromCharCode(c) : `%${h}`
}

/** A run of escapes: decoded as UTF-8 when it is valid, else byte by byte. */
function escapeRun(run: string): string {
  try {
    return decodeURIComponent(run)
  } catch {
    return run.replace(HEX, asciiByte)
  }
}

function entity(m: string, hex: string | undefined, dec: string | undefined, name: string | undefined): string {
  if (hex !== undefined) return fromCode(parseInt(hex, 16))
  if (dec !== undefined) return fromCode(Number(dec))
  return NAMED[name!.toLowerCase()] ?? m
}

function jsEscape(_m: string, u: string | undefined, braced: string | undefined, x: string | undefined): string {
  return fromCode(parseInt((u ?? braced ?? x)!, 16))
}

/** Percent-decoding that never throws: each valid UTF-8 run decoded, anything else left as it is. */
export function percentDecode(text: string): string {
  if (!text.includes('%')) return text
  const s = text.replace(OVERLONG, overlong).replace(UNICODE_PERCENT, unicodePercent)
  if (!s.includes('%')) return s
  try {
    return decodeURIComponent(s)
  } catch {
    // a stray "%" or a broken UTF-8 sequence: decode byte runs one escape at a time
    return s.replace(HEX_RUN, escapeRun)
  }
}

function htmlDecode(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(ENTITY, entity)
}

function jsUnescape(text: string): string {
  if (!text.includes('\\')) return text
  return text.replace(JS_ESCAPE, jsEscape)
}

/**
 * A value as the application would see it: URL-decoded (repeatedly, for double encoding; `+` as a
 * space when it came from a query or a form), HTML entities and JavaScript escapes resolved, NUL
 * control characters that decoding produced dropped, except tab, newline and NUL. Rounds stop when nothing changes.
 */
export function decodeValue(raw: string, plusIsSpace = false): string {
  let v = plusIsSpace && raw.includes('+') ? raw.replace(PLUS, ' ') : raw
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = jsUnescape(htmlDecode(percentDecode(v)))
    if (next === v) break
    v = next
  }
  // control characters an escape produced go (they split keywords), but tab, newline and NUL (a
  // terminator attacks rely on) stay; a value no escape changed is left alone (scanning long plain
  // values for them costs more than it finds)
  if (v === raw) return v
   
  return CONTROL.test(v) ? v.replace(CONTROL_ALL, '') : v
}

/** Names and values of `a=1&b=2` (raw, undecoded), bounded. */
export function pairsOf(text: string, out: string[]): void {
  if (text === '') return
  let start = 0
  while (start <= text.length && out.length < MAX_VALUES) {
    let end = text.indexOf('&', start)
    if (end === -1) end = text.length
    const pair = text.slice(start, end)
    const eq = pair.indexOf('=')
    if (eq === -1) out.push(pair)
    else out.push(pair.slice(0, eq), pair.slice(eq + 1))
    start = end + 1
  }
}

/**
 * Every distinct key and string value of a parsed JSON document, bounded in depth and count. Sets,
 * because a list of objects repeats its keys and often its values: each is judged once.
 */
export function jsonStrings(doc: unknown, out: Set<string>, keys: Set<string>, depth = 0): void {
  if (depth > MAX_JSON_DEPTH || out.size >= MAX_VALUES) return
  if (typeof doc === 'string') out.add(doc)
  else if (Array.isArray(doc)) for (const item of doc) jsonStrings(item, out, keys, depth + 1)
  else if (doc !== null && typeof doc === 'object') {
    // a parsed document's own properties (JSON.parse makes even "__proto__" an own one); no entries array
    const o = doc as Record<string, unknown>
    for (const k in o) {
      if (keys.size < MAX_VALUES) keys.add(k)
      jsonStrings(o[k], out, keys, depth + 1)
    }
  }
}

/** The parts of a multipart body, each one's content after its headers (and the part's field name). */
export function multipartParts(body: string, boundary: string, out: string[]): void {
  if (boundary === '') return
  const parts = body.split(`--${boundary}`)
  for (const part of parts) {
    if (out.length >= MAX_VALUES) return
    const head = part.indexOf('\r\n\r\n')
    if (head === -1) continue
    const name = PART_NAME.exec(part.slice(0, head))
    if (name) out.push(name[1]!)
    out.push(part.slice(head + 4).replace(TRAILING_CRLF, ''))
  }
}
