/**
 * JSON we did not write (request and response bodies, JWT payloads, the detector's inputs) gets a
 * depth ceiling before it is parsed: V8's JSON.parse takes 85 ms on a 64 KiB body of 32,000 nested
 * arrays, and JSON.stringify of such a value overflows the stack. A linear scan of the text finds
 * the depth first; a deeper document is not parsed at all (and counted by the caller).
 */

/** the deepest JSON document we parse; real API documents rarely pass 20 */
export const MAX_JSON_DEPTH = 64

/** Whether `text`'s brackets nest at most `max` deep (strings skipped; malformed text is judged by its brackets). */
export function jsonDepthWithin(text: string, max = MAX_JSON_DEPTH): boolean {
  // no more opening brackets in all than the ceiling (in strings too): it cannot nest deeper. Found
  // with native searches, this spares most documents (a recorded request, a login body) the scan
  // below, the dearest part of reading a session's records
  let opens = 0
  for (let at = text.indexOf('{'); at !== -1 && opens <= max; at = text.indexOf('{', at + 1)) opens++
  for (let at = text.indexOf('['); at !== -1 && opens <= max; at = text.indexOf('[', at + 1)) opens++
  if (opens <= max) return true
  let depth = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 34 /* " */) {
      // skip the string: its brackets are text
      i = stringEnd(text, i)
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) return false
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      depth--
    }
  }
  return true
}

/** Where the string opening at `i` (a quote) ends: its closing quote, escapes skipped, or the text's end. */
function stringEnd(text: string, i: number): number {
  const n = text.length
  for (i++; i < n; i++) {
    const d = text.charCodeAt(i)
    if (d === 92 /* \ */) i++
    else if (d === 34) return i
  }
  return n
}

/** A parse that refuses what is too deep */
export const TOO_DEEP = Symbol('too deep')

/** `JSON.parse`, or TOO_DEEP past the depth ceiling, or undefined when not JSON. */
export function parseJson(text: string, max = MAX_JSON_DEPTH): unknown {
  if (!jsonDepthWithin(text, max)) return TOO_DEEP
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Where a cut JSON text stands at its end, from one linear scan (undefined past MAX_JSON_DEPTH). */
interface CutScan {
  /** the closers of the brackets still open, innermost last */
  open: string
  /** the last comma outside a string and inside a bracket (-1: none), and the closers open there */
  comma: number
  commaClosers: string
  /** the text ends inside a string, opened at `stringStart` */
  inString: boolean
  stringStart: number
}

function scanCut(text: string): CutScan | undefined {
  const scan: CutScan = { open: '', comma: -1, commaClosers: '', inString: false, stringStart: 0 }
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 34 /* " */) {
      scan.stringStart = i
      i = stringEnd(text, i)
      if (i === n) scan.inString = true
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (scan.open.length >= MAX_JSON_DEPTH) return undefined
      scan.open += c === 91 ? ']' : '}'
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      scan.open = scan.open.slice(0, -1)
    } else if (c === 44 /* , */ && scan.open.length > 0) {
      scan.comma = i
      scan.commaClosers = scan.open
    }
  }
  return scan
}

const closersOf = (open: string) => [...open].reverse().join('')

/**
 * (forty-third round's third review) The value a cut JSON text ended, from the text itself: its last string literal, which the completion
 * closed (`…"` then the closers). The parse cannot say it — a key given twice keeps its first place, so the parse's last value is
 * another — nor where the text names a key twice; undefined then, and where the text ends otherwise.
 */
export function cutLiteral(closed: string): string | undefined {
  const n = closed.length
  let close = n - 1
  while (close >= 0 && (closed.charCodeAt(close) === 93 || closed.charCodeAt(close) === 125)) close--
  if (close < 0 || closed.charCodeAt(close) !== 34 || repeatsKey(closed)) return undefined
  for (let open = close - 1; open >= 0; open--) {
    if (closed.charCodeAt(open) !== 34) continue
    let slashes = 0
    while (open - 1 - slashes >= 0 && closed.charCodeAt(open - 1 - slashes) === 92) slashes++
    if (slashes % 2 === 1) continue
    try {
      const value = JSON.parse(closed.slice(open, close + 1)) as unknown
      return typeof value === 'string' ? value : undefined
    } catch {
      return undefined
    }
  }
  return undefined
}

/** Whether an object of a JSON text names a key twice (keys compared as parsed: `"a"` and `"\u0061"` are one). One scan. */
function repeatsKey(text: string): boolean {
  const objects: (Set<string> | null)[] = []
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 34 /* " */) {
      const end = stringEnd(text, i)
      const top = objects[objects.length - 1]
      let j = end + 1
      while (j < n && text.charCodeAt(j) <= 32) j++
      if (top != null && text.charCodeAt(j) === 58 /* : */) {
        let key: string
        try {
          key = JSON.parse(text.slice(i, end + 1)) as string
        } catch {
          return false
        }
        if (top.has(key)) return true
        top.add(key)
      }
      i = end
    } else if (c === 123 /* { */) objects.push(new Set())
    else if (c === 91 /* [ */) objects.push(null)
    else if (c === 93 /* ] */ || c === 125 /* } */) objects.pop()
  }
  return false
}

/** The members complete before the scan's last comma, the brackets open there closed (undefined: no such comma). */
const closedAtComma = (text: string, scan: CutScan) => (scan.comma === -1 ? undefined : text.slice(0, scan.comma) + closersOf(scan.commaClosers))

/**
 * A JSON text cut short (a body's first bytes): the members complete before the last comma outside a
 * string, with the brackets still open closed, or undefined when there is no such comma. One linear
 * scan; the result is at most as deep as the text (the caller's ceiling still applies).
 */
export function closeCutJson(text: string): string | undefined {
  const scan = scanCut(text)
  return scan === undefined ? undefined : closedAtComma(text, scan)
}

/**
 * (review of the twenty-ninth round) A JSON text cut short, completed where it was cut: a string it was cut in is closed (a
 * value's, or a key's given a value), the open brackets closed, so that what the cut member holds is read as well (a probe
 * padded past the cut in its own string, `{"a":1,"q":"; cat /etc/passwd #aaa…`). Cut after a comma, a colon or inside a number
 * or a literal: that member is dropped, as closeCutJson drops it. Text that is no JSON's beginning (`{"a":1,; cat /etc/passwd`)
 * gives undefined: it is text, not members. One scan and at most three parses of the text.
 */
export function completeCutJson(text: string): string | undefined {
  const scan = scanCut(text)
  if (scan === undefined || scan.open.length === 0) return undefined
  const closers = closersOf(scan.open)
  let head = text
  if (scan.inString) {
    // an escape cut in half (`\`, `\u00`) is dropped; escaped backslashes (`\\`) are whole
    let k = head.length
    let hex = 0
    while (hex < 3 && k > 0 && isHexDigit(head.charCodeAt(k - 1))) {
      k--
      hex++
    }
    if (k > 0 && head.charCodeAt(k - 1) === 117 /* u */ && oddBackslashes(head, k - 1)) head = head.slice(0, k - 2)
    else if (oddBackslashes(head, head.length)) head = head.slice(0, -1)
    // a tag the cut left open (`<a href=\"https://docs…` in a 20 KiB API description) is the cut's, not the text's: dropped (a tag
    // closed before the cut is read)
    const lt = head.lastIndexOf('<')
    if (lt > scan.stringStart && !head.includes('>', lt)) head = head.slice(0, lt)
    head += '"'
  } else {
    let end = head.length
    while (end > 0 && head.charCodeAt(end - 1) <= 32) end--
    if (end > 0 && head.charCodeAt(end - 1) === 44) head = head.slice(0, end - 1)
  }
  for (const tail of scan.inString ? ['', ':0'] : ['', '0', ':0']) {
    const t = head + tail + closers
    if (parses(t)) return t
  }
  // cut inside a number or a literal (`"b":tr`): the member is dropped, where what is dropped is one
  return scan.comma !== -1 && text.length - scan.comma <= 1000 && CUT_MEMBER.test(text.slice(scan.comma + 1)) ? closedAtComma(text, scan) : undefined
}

/** Whether an odd run of backslashes ends before `i`: the character at `i` is escaped. */
function oddBackslashes(text: string, i: number): boolean {
  let k = i
  while (k > 0 && text.charCodeAt(k - 1) === 92) k--
  return (i - k) % 2 === 1
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}

/** what a member cut inside its number or literal looks like after its comma: a key and a colon, then the value's start */
const CUT_MEMBER = /^\s*(?:"(?:[^"\\]|\\.)*"\s*:\s*)?[-+.\w]{0,40}$/

function parses(text: string): boolean {
  if (!jsonDepthWithin(text)) return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
