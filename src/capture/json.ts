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

/**
 * A JSON text cut short (a body's first bytes): the members complete before the last comma outside a
 * string, with the brackets still open closed, or undefined when there is no such comma. One linear
 * scan; the result is at most as deep as the text (the caller's ceiling still applies).
 */
export function closeCutJson(text: string): string | undefined {
  let open = ''
  let cut = -1
  let closers = ''
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 34 /* " */) {
      i = stringEnd(text, i)
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (open.length >= MAX_JSON_DEPTH) return undefined
      open += c === 91 ? ']' : '}'
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      open = open.slice(0, -1)
    } else if (c === 44 /* , */ && open.length > 0) {
      cut = i
      closers = open
    }
  }
  return cut === -1 ? undefined : text.slice(0, cut) + [...closers].reverse().join('')
}
