/**
 * What the attack detector reads (SPEC §7): a request's inputs as plain text values, decoded the
 * way an application would decode them before they reach a SQL string, a shell or a page. Pure,
 * bounded and tolerant: malformed escapes stay as they are, nothing throws.
 */

import { MAX_JSON_DEPTH } from '../capture/json.ts'

const MAX_ROUNDS = 3
/**
 * The distinct strings (and keys) read from one parsed document (forty-third round's review: 4,096, not 512, and every level a parse
 * allows, not 32 — a value past either was never judged; a 16 KiB body holds fewer, and `attacks.ts` reads a document that reaches this
 * many whole as well)
 */
export const MAX_VALUES = 4096

const HEX = /%([0-9a-f]{2})/gi
const CONTROL = /[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/
const CONTROL_ALL = /[\x01-\x08\x0e-\x1f\x7f]/g
/**
 * (twenty-first round) a vertical tab or a form feed stays: a blank to SQL's and HTML's parsers (`WAITFOR%0BDELAY`, `<img%0Csrc=x>`),
 * nothing to a filter that strips it (`sel%0bect`); the detector judges a value holding one both ways
 */
export const VT_FF = /[\x0b\x0c]/g
const UNICODE_PERCENT = /%u([0-9a-f]{4})/gi
// overlong UTF-8 for "." and "/" and "\": a classic way past naive traversal filters
const OVERLONG = /%(?:c0%bc|e0%80%bc|c0%be|e0%80%be|c0%a2|e0%80%a2|c0%a7|e0%80%a7|c0%ae|e0%80%ae|f0%80%80%ae|c0%2e|c0%af|e0%80%af|f0%80%80%af|f8%80%80%80%af|c1%af|c0%2f|c1%9c|c0%5c|c1%1c)/gi
// full-width forms and look-alike slashes: what some servers fold to "." "/" "\" before opening a file
// (twenty-fifth round: and the small reverse solidus, the one- and two-dot leaders and the small full stop, `..\ufe68setup.py`, `\u2025/\u2025/package.json`)
const FULL_WIDTH = /[\uff01-\uff5e\u2215\u2216\u2044\u29f5\u29f8\u29f9\ufe68\u2024\u2025\ufe52]/
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u2215\u2216\u2044\u29f5\u29f8\u29f9\ufe68\u2024\u2025\ufe52]/g
/** a JSON text's `\uXXXX` escape (JSON has no `\x` or `\u{…}`: those are a backslash kept, then letters) */
const JSON_ESCAPE = /\\u([0-9a-f]{4})/gi
const JS_ESCAPE = /\\(?:u([0-9a-f]{4})|u\{([0-9a-f]{1,6})\}|x([0-9a-f]{2}))/gi
const ENTITY = /&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|([a-z]{2,8}));?/gi
/** XML's references (case matters, the `;` is required): the five predefined entities and character references. */
const XML_REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/g
const HEX_RUN = /(?:%[0-9a-f]{2})+/gi
const STRAY_PERCENT = /%(?![0-9a-f]{2})/i
/** what an application's percent-decoding leaves as it is: `%uXXXX`, an overlong byte, a stray `%` (a parser that gives up keeps the whole value) */
const OWN_DECODING_SKIPS = new RegExp(String.raw`%u[0-9a-f]{4}|%(?:c0|c1|e0%80|f0%80|f8%80)|${STRAY_PERCENT.source}`, 'i')
const PLUS = /\+/g
const PART_NAME = /name="([^"]{0,200})"/i
const TRAILING_CRLF = /\r\n$/
const XML_NAME = /^[\w:.-]{1,100}/
const XML_ATTRIBUTE = /(?<![\w:.-])([\w:.-]{1,100})\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/** An object whose members are commands by their place: npm's `scripts`, a runner's `commands`, `tasks`, `hooks`, shell `aliases`. */
const COMMAND_COLLECTION = /^(?:scripts|commands|tasks|hooks|aliases)$/
/**
 * (json22) A manifest's dependency lists (npm's `dependencies`, `devDependencies`…, composer's `require`): their members are package names
 * with version ranges, not fields (`"@slack/web-api": "7.0.1"` names no URL field holding a short address)
 */
const DEPENDENCY_COLLECTION = /^(?:dependencies|devdependencies|peerdependencies|optionaldependencies|bundleddependencies|resolutions|overrides|require|require-dev|pnpm\.overrides)$/i
/** Every regex decoding uses, for the detector's ReDoS test (src/insight/attacks.ts's ATTACK_PATTERNS). */
export const DECODE_PATTERNS: readonly RegExp[] = [JSON_ESCAPE, HEX, CONTROL, CONTROL_ALL, VT_FF, UNICODE_PERCENT, OWN_DECODING_SKIPS, OVERLONG, JS_ESCAPE, ENTITY, XML_REFERENCE, HEX_RUN, STRAY_PERCENT, PLUS, PART_NAME, TRAILING_CRLF, XML_NAME, XML_ATTRIBUTE, FULL_WIDTH, FULL_WIDTH_ALL, COMMAND_COLLECTION, DEPENDENCY_COLLECTION]

const NAMED: Record<string, string> = {
  lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: ' ', colon: ':', sol: '/', bsol: '\\', lpar: '(',
  rpar: ')', semi: ';', equals: '=', tab: '\t', newline: '\n', num: '#', period: '.', comma: ',', excl: '!',
  lsqb: '[', rsqb: ']', lcub: '{', rcub: '}', grave: '`', dollar: '$', percnt: '%', ast: '*', vert: '|',
}

const fromCode = (code: number): string => (code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '')

// the replacers below are module functions, not closures made per value

function overlong(m: string): string {
  const l = m.toLowerCase()
  if (l.endsWith('bc')) return '<'
  if (l.endsWith('be')) return '>'
  if (l.endsWith('a2')) return '"'
  if (l.endsWith('a7')) return "'"
  return l.endsWith('ae') || l.endsWith('2e') ? '.' : l.endsWith('af') || l.endsWith('2f') ? '/' : '\\'
}

function fullWidth(c: string): string {
  const code = c.charCodeAt(0)
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0)
  if (code === 0x2025) return '..'
  if (code === 0x2024 || code === 0xfe52) return '.'
  return code === 0x2216 || code === 0x29f5 || code === 0x29f9 || code === 0xfe68 ? '\\' : '/'
}

function unicodePercent(_m: string, h: string): string {
  return fromCode(parseInt(h, 16))
}

/** One `%HH`: an ASCII byte decoded, a lone byte of a broken UTF-8 sequence left as it is. */
function asciiByte(_m: string, h: string): string {
  const c = parseInt(h, 16)
  // (twenty-first round) a lone %A0 is Latin-1's no-break space, a blank to MySQL's lexer (`%A0AND%A01=1`)
  return c < 0x80 ? String.fromCharCode(c) : c === 0xa0 ? '\u00a0' : `%${h}`
}

/**
 * A run of escapes: decoded as UTF-8 when it is valid, else byte by byte.
 * (fifty-first round) Told valid before it is decoded, not by decodeURIComponent's throw: a thrown error costs microseconds, and a
 * 16 KiB value of lone lead bytes (`<%e1` repeated) threw 4,000 times, holding the event loop for 40 ms.
 */
function escapeRun(run: string): string {
  return validUtf8(run) ? decodeURIComponent(run) : run.replace(HEX, asciiByte)
}

/** The byte of the escape `%HH` at `i` of a run of escapes. */
function byteAt(run: string, i: number): number {
  return (hexDigit(run.charCodeAt(i + 1)) << 4) | hexDigit(run.charCodeAt(i + 2))
}
const hexDigit = (c: number): number => (c <= 57 ? c - 48 : (c | 32) - 87)

/** Whether a run of escapes is well-formed UTF-8 as decodeURIComponent reads it (no overlong form, surrogate or code point past U+10FFFF). */
export function validUtf8(run: string): boolean {
  for (let i = 0; i < run.length; ) {
    const b = byteAt(run, i)
    i += 3
    if (b < 0x80) continue
    let more: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) more = 1
    else if (b >= 0xe0 && b <= 0xef) {
      more = 2
      if (b === 0xe0) lo = 0xa0
      else if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      more = 3
      if (b === 0xf0) lo = 0x90
      else if (b === 0xf4) hi = 0x8f
    } else return false
    for (; more > 0; more--, i += 3, lo = 0x80, hi = 0xbf) {
      if (i >= run.length) return false
      const c = byteAt(run, i)
      if (c < lo || c > hi) return false
    }
  }
  return true
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
  // a stray "%" (prose's `20% off`) would make decodeURIComponent throw, and a thrown error costs more than the rest of
  // the decoding: such a value goes to the escape-by-escape decoding at once (the same result)
  if (STRAY_PERCENT.test(s)) return s.replace(HEX_RUN, escapeRun)
  try {
    return decodeURIComponent(s)
  } catch {
    // a stray "%" or a broken UTF-8 sequence: decode byte runs one escape at a time
    return s.replace(HEX_RUN, escapeRun)
  }
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
function xmlReference(_m: string, hex: string | undefined, dec: string | undefined, name: string | undefined): string {
  if (hex !== undefined) return fromCode(parseInt(hex, 16))
  if (dec !== undefined) return fromCode(Number(dec))
  return XML_ENTITIES[name!]!
}
function xmlUnescape(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(XML_REFERENCE, xmlReference)
}

/** `xmlUnescape` DECODE_PIECE at a time, each piece ending before a `&` (a reference never spans two), the clock read between: undefined at `until`. */
function xmlUnescapeLong(text: string, until: number): string | undefined {
  let out = ''
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + DECODE_PIECE)
    if (end < text.length) {
      const amp = text.lastIndexOf('&', end)
      if (amp > at) end = amp
    }
    out += xmlUnescape(text.slice(at, end))
    at = end
    if (at < text.length && until !== Infinity && performance.now() >= until) return undefined
  }
  return out
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
 * How many characters that shape markup a text holds: quotes, angle brackets, `=`, `/`, blanks (not an escape's own `&` or `\\`, which
 * would cancel what it decodes to). A decoding that makes more of them made markup a browser's tokenizer does not see (an entity
 * decoding to a private-use icon, `&#xe08f;`, or a letter makes none).
 */
function markupChars(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 61 || c === 47 || c === 32 || (c >= 9 && c <= 13) || c === 0xa0) n++
  }
  return n
}

/**
 * What the last `decodeValue` did beyond the application's own percent-decoding (once, of a query's or a form's value; none of
 * anything else): made characters that shape markup (`markupChars`) by percent-decoding again, resolving HTML entities or JavaScript
 * escapes, folding full-width forms, or dropped control characters (`markup`); and whether such a step changed anything at all
 * (`decoded`: a letter or a dot of a URL's host, `speakerdeck.co\u006d`, which a browser does not decode there). Markup made so is text
 * to a browser's tokenizer (attacks.ts, thirty-sixth round). One object, rewritten by every call: read it right after the call.
 */
export const lastDecode = { markup: false, decoded: false, cut: false }

/**
 * (forty-third round's review) Whether a JSON text as the application has it holds what the detector's decoding would turn into markup
 * but a parse of the text would not show as made: the parse's own escape of a character that shapes markup or code (`\u0027`, `\u003c`:
 * an ASCII sign, a blank, a backslash; letters, digits and other control characters aside) — or, where the application percent-decoded it
 * (`sent`: the text before), what its own decoding leaves as it is (`%u0027`, an overlong byte, a stray `%`).
 */
export function hidesMadeMarkup(text: string, sent?: string): boolean {
  if (sent !== undefined && OWN_DECODING_SKIPS.test(sent)) return true
  if (!text.includes('\\u')) return false
  JSON_ESCAPE.lastIndex = 0
  for (let m = JSON_ESCAPE.exec(text); m !== null; m = JSON_ESCAPE.exec(text)) {
    // (only the parse's own escapes: `\\u0027` is a backslash kept, then letters, which the string's own decoding reads as made)
    let slashes = 1
    while (m.index - slashes >= 0 && text.charCodeAt(m.index - slashes) === 92) slashes++
    if (slashes % 2 === 0) continue
    const code = parseInt(m[1]!, 16)
    if (code === 0xa0 || (code >= 0x20 && code < 0x7f && !ALNUM.test(String.fromCharCode(code))) || (code >= 9 && code <= 13)) return true
  }
  return false
}
const ALNUM = /[a-z0-9]/i
/** a step the application does not do turned `before` into `after` */
function made(before: string, after: string): void {
  lastDecode.decoded = true
  if (!lastDecode.markup && markupChars(after) > markupChars(before)) lastDecode.markup = true
}

/**
 * A value as the application would see it: URL-decoded (repeatedly, for double encoding; `+` as a
 * space when it came from a query or a form), HTML entities and JavaScript escapes resolved, NUL
 * control characters that decoding produced dropped, except tab, CR, LF and NUL. Rounds stop when nothing changes.
 */
export function decodeValue(raw: string, plusIsSpace = false, percentByApp = plusIsSpace): string {
  let v = plusIsSpace && raw.includes('+') ? raw.replace(PLUS, ' ') : raw
  lastDecode.markup = false
  lastDecode.decoded = false
  lastDecode.cut = false
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const percent = percentDecode(v)
    // the application percent-decodes a query's or a form's value once (`percentByApp`: the first round, whatever it changed), nothing
    // else; (review) nor what its own decoding leaves: `%u0022` and overlong bytes, and a value with a stray `%` (some parsers, qs among
    // them, then leave the whole value as it came)
    if (percent !== v && (round > 0 || !percentByApp || OWN_DECODING_SKIPS.test(v))) made(v, percent)
    const next = jsUnescape(htmlDecode(percent))
    if (next !== percent) made(percent, next)
    if (next === v) break
    v = next
  }
  if (FULL_WIDTH.test(v)) {
    const folded = v.replace(FULL_WIDTH_ALL, fullWidth)
    made(v, folded)
    v = folded
  }
  // control characters an escape produced go (they split keywords), but tab, CR, LF (response
  // splitting) and NUL (a terminator attacks rely on) stay; a value no escape changed is left alone (scanning long plain
  // values for them costs more than it finds)
  if (v === raw) return v
  if (!CONTROL.test(v)) return v
  // (the characters between a tag's parts are gone too: what is left is no markup a browser saw)
  lastDecode.markup = true
  lastDecode.decoded = true
  return v.replace(CONTROL_ALL, '')
}

/** the longest piece `decodeLongValue` decodes at once, between two readings of the clock */
export const DECODE_PIECE = 16 * 1024
/**
 * How far an escape can reach, over decodeValue's rounds (an escape's own characters, at most 15 — `%f8%80%80%80%af` —, and what the
 * round before decoded into them), rounded up: a cut with no `%`, `&` or `\\` this far before it splits none.
 */
const ESCAPE_REACH = 64
/** how far back from a piece's end a cut is sought */
const CUT_SEEK = 4096

/** A character that can open an escape decodeValue resolves: `%` (`%2f`, `%u002f`), `&` (`&#x2f;`, `&lt;`), `\\` (`\\u{2f}`, `\\x2f`). */
function opensEscape(c: number): boolean {
  return c === 37 || c === 38 || c === 92
}

/** The last place at or before `end` (and after `from`) with no character that opens an escape ESCAPE_REACH before it: -1 if none. */
function cleanCut(raw: string, from: number, end: number): number {
  let clear = 0
  for (let i = end - 1; i > from; i--) {
    if (opensEscape(raw.charCodeAt(i))) clear = 0
    // (and not between the two halves of a character outside the BMP)
    else if (++clear >= ESCAPE_REACH && (raw.charCodeAt(i + ESCAPE_REACH) & 0xfc00) !== 0xdc00) return i + ESCAPE_REACH
  }
  return -1
}

/**
 * (review) Whether cutting at `at`, right before a character that opens an escape, decodes the text around it as the whole does: the
 * two sides decoded apart give what they give together, over twice an escape's reach each way (decoding is local: nothing further away
 * takes part). Where escapes run all along (`%20%20…`, `&#1&#1…`) most such places are clean; one inside a doubly encoded escape is not.
 */
function cutKeeps(raw: string, at: number, plusIsSpace: boolean, byApp: boolean): boolean {
  const from = Math.max(0, at - 2 * ESCAPE_REACH)
  const to = Math.min(raw.length, at + 2 * ESCAPE_REACH)
  return decodeValue(raw.slice(from, at), plusIsSpace, byApp) + decodeValue(raw.slice(at, to), plusIsSpace, byApp) === decodeValue(raw.slice(from, to), plusIsSpace, byApp)
}

/** Where the piece from `at` ends: a clean cut back from its longest end, else a place before an escape's opener that keeps the text, sought back and then on. */
function pieceEnd(raw: string, at: number, plusIsSpace: boolean, byApp: boolean): number {
  const end = at + DECODE_PIECE
  if (end >= raw.length) return raw.length
  const clean = cleanCut(raw, Math.max(at, end - CUT_SEEK), end)
  if (clean !== -1) return clean
  // (a bounded number of tries back, then on; where none keeps the text, the rest of the value is one piece)
  let tries = 0
  for (let i = end; i > end - CUT_SEEK && tries < 64; i--) {
    if (!opensEscape(raw.charCodeAt(i))) continue
    tries++
    if (cutKeeps(raw, i, plusIsSpace, byApp)) return i
  }
  let clear = 0
  for (let i = end + 1; i < raw.length; i++) {
    if (opensEscape(raw.charCodeAt(i))) {
      clear = 0
      if (tries++ < 128 && cutKeeps(raw, i, plusIsSpace, byApp)) return i
    } else if (++clear >= ESCAPE_REACH && (raw.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) return i + 1
  }
  return raw.length
}

/**
 * `decodeValue` for a long value (a body past DECODE_PIECE, where insight.maxInspectBytes allows one), piece by piece, reading the clock
 * between pieces: at `until` (performance.now()) it stops and returns what it decoded so far, `lastDecode.cut` set. Decoding is linear,
 * but a megabyte of entities costs a quarter of a second, which the detector's time budget could not stop in a single call.
 * A piece ends where no character that opens an escape comes ESCAPE_REACH before (sought back CUT_SEEK from its longest end), or else
 * right before an escape's opener where the text around decodes as the whole does (`cutKeeps`): no escape, nor one a later round makes
 * of what the first decoded, spans two pieces, and the pieces give what the whole gives. (Review: a first version started the next piece
 * 64 characters back where escapes ran all along, giving the seam's text twice — a quote given twice hid `x' OR '1'='1`.)
 */
export function decodeLongValue(raw: string, plusIsSpace: boolean, percentByApp: boolean, until: number): string {
  // what makes the application's own percent-decoding count as made is read on the whole value, as decodeValue reads it
  const byApp = percentByApp && !OWN_DECODING_SKIPS.test(plusIsSpace && raw.includes('+') ? raw.replace(PLUS, ' ') : raw)
  let markup = false
  let decoded = false
  let cut = false
  let out = ''
  let at = 0
  while (at < raw.length) {
    const end = pieceEnd(raw, at, plusIsSpace, byApp)
    out += decodeValue(raw.slice(at, end), plusIsSpace, byApp)
    markup ||= lastDecode.markup
    decoded ||= lastDecode.decoded
    at = end
    if (at < raw.length && until !== Infinity && performance.now() >= until) {
      cut = true
      break
    }
  }
  // decodeValue drops the control characters an escape made only where it changed something: the whole did, here, if any piece did
  if (out !== raw && CONTROL.test(out)) {
    out = out.replace(CONTROL_ALL, '')
    markup = decoded = true
  }
  lastDecode.markup = markup
  lastDecode.decoded = decoded
  lastDecode.cut = cut
  return out
}

/**
 * Every distinct string value of a parsed JSON document with the key it first came under (or "" in
 * a list at the top), and every distinct key, bounded in depth and count; returns the depth reached. Maps and sets, because a
 * list of objects repeats its keys and often its values: each is judged once.
 */
export function jsonStrings(doc: unknown, out: Map<string, string>, keys: Set<string>, key = '', depth = 0): number {
  if (depth > MAX_JSON_DEPTH || out.size >= MAX_VALUES) return depth
  let deepest = depth
  if (typeof doc === 'string') {
    if (!out.has(doc)) out.set(doc, key)
  } else if (Array.isArray(doc)) {
    // (json22) a text kept as a list of its lines, each but the last ending in its line break (a notebook cell's
    // `source`, an output's `text`): one text, read whole as it is shown (a fenced block's opening line alone is no command)
    if (doc.length > 1 && lineList(doc)) {
      const text = doc.join('')
      if (!out.has(text)) out.set(text, key)
      return deepest + 1
    }
    for (const item of doc) deepest = Math.max(deepest, jsonStrings(item, out, keys, key, depth + 1))
  } else if (doc !== null && typeof doc === 'object') {
    // a parsed document's own properties (JSON.parse makes even "__proto__" an own one); no entries array
    const o = doc as Record<string, unknown>
    // (fifteenth round) the members of an object named for commands (a package's `"scripts": {"check": "svelte-kit sync &&
    // svelte-check"}`, a runner's `commands`, `tasks`, `hooks`) are command fields by where they sit: they take the collection's name
    const collection = COMMAND_COLLECTION.test(key) || DEPENDENCY_COLLECTION.test(key)
    for (const k in o) {
      if (keys.size < MAX_VALUES) keys.add(k)
      deepest = Math.max(deepest, jsonStrings(o[k], out, keys, collection ? key : k, depth + 1))
    }
  }
  return deepest
}

/**
 * (forty-third round's review) How many times a text is one of a parsed document's values as `jsonStrings` reads them (a list of lines
 * joined), up to `limit`: a value the cut ended is that only where no other value has its text (`jsonStrings` keeps one of each).
 */
export function occurrences(doc: unknown, text: string, limit = 2, depth = 0): number {
  if (depth > MAX_JSON_DEPTH) return 0
  if (typeof doc === 'string') return doc === text ? 1 : 0
  let n = 0
  if (Array.isArray(doc)) {
    if (doc.length > 1 && lineList(doc)) return doc.join('') === text ? 1 : 0
    for (let i = 0; i < doc.length && n < limit; i++) n += occurrences(doc[i], text, limit - n, depth + 1)
  } else if (doc !== null && typeof doc === 'object') {
    const o = doc as Record<string, unknown>
    for (const k in o) {
      if (n >= limit) break
      n += occurrences(o[k], text, limit - n, depth + 1)
    }
  }
  return n
}

/** Whether a list holds only strings, each but the last ending in a line break (a text split into its lines). */
export function lineList(list: unknown[]): boolean {
  if (list.length > MAX_VALUES) return false
  for (let i = 0; i < list.length; i++) {
    const item = list[i]
    if (typeof item !== 'string' || (i < list.length - 1 && item.charCodeAt(item.length - 1) !== 10)) return false
  }
  return true
}

/** The parts of a multipart body: each part's field name, then its content after its headers. */
export function multipartParts(body: string, boundary: string, out: string[]): void {
  if (boundary === '') return
  const parts = body.split(`--${boundary}`)
  for (const part of parts) {
    if (out.length >= MAX_VALUES) return
    const head = part.indexOf('\r\n\r\n')
    if (head === -1) continue
    const name = PART_NAME.exec(part.slice(0, head))
    out.push(name ? name[1]! : '', part.slice(head + 4).replace(TRAILING_CRLF, ''))
  }
}

/**
 * The text of an XML document as its reader sees it: each text node and CDATA section with the
 * name of the element it sits in, each attribute value with its attribute's name (names and values
 * alternate in `out`). One pass, bounded by MAX_VALUES. (Thirty-seventh round) A text node's and an attribute's
 * references resolved once, as the reader resolves them — XML's five entities and character references, the application's own
 * decoding, which made no markup a browser would not see (`lastDecode`); a CDATA section's text as it stands; anything further (an
 * HTML entity, `&amp;lt;` decoded again) left for decodeValue.
 */
export function xmlTexts(xml: string, out: string[], until = Infinity): boolean {
  let i = 0
  let element = ''
  const n = xml.length
  while (i < n && out.length < MAX_VALUES * 2) {
    const lt = xml.indexOf('<', i)
    const text = (lt === -1 ? xml.slice(i) : xml.slice(i, lt)).trim()
    if (text !== '') {
      // (review) a long text unescaped piece by piece, the clock read between pieces (a megabyte of `&lt;` took 0.1 s before any was judged)
      const plain = text.length > DECODE_PIECE ? xmlUnescapeLong(text, until) : xmlUnescape(text)
      if (plain === undefined) return false
      out.push(element, plain)
    }
    if (lt === -1) return true
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9)
      out.push(element, xml.slice(lt + 9, end === -1 ? n : end))
      i = end === -1 ? n : end + 3
      continue
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4)
      i = end === -1 ? n : end + 3
      continue
    }
    const gt = xml.indexOf('>', lt + 1)
    if (gt === -1) return true
    const tag = xml.slice(lt + 1, gt)
    if (tag.charCodeAt(0) !== 47 && tag.charCodeAt(0) !== 33 && tag.charCodeAt(0) !== 63) {
      const name = XML_NAME.exec(tag)
      element = name === null ? '' : name[0].toLowerCase()
      XML_ATTRIBUTE.lastIndex = 0
      for (let m = XML_ATTRIBUTE.exec(tag); m !== null && out.length < MAX_VALUES * 2; m = XML_ATTRIBUTE.exec(tag)) {
        const value = m[2] ?? m[3] ?? ''
        const plain = value.length > DECODE_PIECE ? xmlUnescapeLong(value, until) : xmlUnescape(value)
        if (plain === undefined) return false
        out.push(m[1]!.toLowerCase(), plain)
      }
    }
    i = gt + 1
  }
  return true
}
