/**
 * Ceilings on what a record stores, so that a record's Redis cost has a ceiling whatever a client
 * sends (docs/sizing.md): a 30 KB Host or User-Agent used to be stored, indexed and used in key names
 * as it came. Values past a ceiling are cut and end with a marker saying how much was cut; each cut
 * is counted by kind (`apisess_bounded_total{what}`), as are JSON documents too deep to parse.
 */
import type { RequestRecord } from './record.ts'

/** the longest stored value of each record field, in bytes of the stored JSON (UTF-8, escaped; the marker included) */
export const CEILINGS = {
  host: 256,
  ua: 512,
  method: 32,
  path: 2048,
  query: 2048,
  endpoint: 512,
  user: 256,
  role: 256,
} as const

export type BoundedKind = keyof typeof CEILINGS | 'param' | 'json_depth'

/** how many values were cut (or, for json_depth, documents left unparsed), by kind; read when metrics are scraped */
export const boundedCounts: Record<BoundedKind, number> = {
  host: 0, ua: 0, method: 0, path: 0, query: 0, endpoint: 0, user: 0, role: 0, param: 0, json_depth: 0,
}

/**
 * The most one UTF-16 code unit costs in the stored JSON: a control character is `\u0001`, a lone
 * surrogate `\udc00` (an audit's values of 1,024 × U+0001 were stored at 6 KiB each).
 */
const WORST_UNIT = 6
/**
 * The most a unit of a value read off the wire costs: node refuses control characters in a request
 * target and in header values (a tab aside), and reads header bytes as latin1, so at most two bytes
 * (`é`, `"` as `\"`). Only the check that skips the count relies on it; the count is exact.
 */
export const WIRE_UNIT = 2

/**
 * `value`, or its head and a marker `…[+N]` (N code units cut): at most `max` bytes as the record's
 * JSON stores it (UTF-8, escaped as JSON.stringify escapes). A value short enough that even its worst
 * units (`worst` bytes each) fit is returned at once, uncounted.
 */
export function clip(value: string, max: number, kind: BoundedKind, worst: number = WORST_UNIT): string {
  const n = value.length
  if (n * worst <= max) return value
  // room for the marker, as many bytes as its longest spelling and two more
  const budget = max - 8 - String(n).length
  let bytes = 0
  let head = -1
  for (let i = 0; i < n; ) {
    const c = value.charCodeAt(i)
    let cost: number
    let units = 1
    if (c < 0x80) cost = c >= 0x20 ? (c === 0x22 || c === 0x5c ? 2 : 1) : c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6
    else if (c < 0x800) cost = 2
    else if (c < 0xd800 || c > 0xdfff) cost = 3
    else {
      const d = c <= 0xdbff && i + 1 < n ? value.charCodeAt(i + 1) : 0
      // a pair is one character of four bytes; a lone surrogate is escaped (never split a pair)
      if (d >= 0xdc00 && d <= 0xdfff) {
        cost = 4
        units = 2
      } else cost = 6
    }
    if (head === -1 && bytes + cost > budget) head = i
    bytes += cost
    if (bytes > max) break
    i += units
  }
  if (bytes <= max) return value
  boundedCounts[kind]++
  const cut = Math.max(0, head)
  return `${value.slice(0, cut)}…[+${n - cut}]`
}

/** Cut the record's client-controlled strings to their ceilings (params were cut at capture.maxValueBytes). */
export function boundRecord(rec: RequestRecord): void {
  // off the wire: two bytes a unit at most (WIRE_UNIT); the endpoint, the user and the role may come from a body or a token
  if (rec.host.length * WIRE_UNIT > CEILINGS.host) rec.host = clip(rec.host, CEILINGS.host, 'host', WIRE_UNIT)
  if (rec.ua !== null && rec.ua.length * WIRE_UNIT > CEILINGS.ua) rec.ua = clip(rec.ua, CEILINGS.ua, 'ua', WIRE_UNIT)
  if (rec.method.length * WIRE_UNIT > CEILINGS.method) rec.method = clip(rec.method, CEILINGS.method, 'method', WIRE_UNIT)
  if (rec.path.length * WIRE_UNIT > CEILINGS.path) rec.path = clip(rec.path, CEILINGS.path, 'path', WIRE_UNIT)
  if (rec.query.length * WIRE_UNIT > CEILINGS.query) rec.query = clip(rec.query, CEILINGS.query, 'query', WIRE_UNIT)
  if (rec.endpoint !== null && rec.endpoint.length * WORST_UNIT > CEILINGS.endpoint) rec.endpoint = clip(rec.endpoint, CEILINGS.endpoint, 'endpoint')
  if (rec.user !== null && rec.user.length * WORST_UNIT > CEILINGS.user) rec.user = clip(rec.user, CEILINGS.user, 'user')
  if (rec.role !== null && rec.role.length * WORST_UNIT > CEILINGS.role) rec.role = clip(rec.role, CEILINGS.role, 'role')
}
