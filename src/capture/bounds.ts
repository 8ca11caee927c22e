/**
 * Ceilings on what a record stores, so that a record's Redis cost has a ceiling whatever a client
 * sends (docs/sizing.md): a 30 KB Host or User-Agent used to be stored, indexed and used in key names
 * as it came. Values past a ceiling are cut and end with a marker saying how much was cut; each cut
 * is counted by kind (`apisess_bounded_total{what}`), as are JSON documents too deep to parse.
 */
import type { RequestRecord } from './record.ts'

/** the longest stored value of each record field, in UTF-16 code units (the marker included) */
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

/** `value`, or its head and a marker `…[+N]` (N code units cut), at most `max` long. */
export function clip(value: string, max: number, kind: BoundedKind): string {
  if (value.length <= max) return value
  boundedCounts[kind]++
  let head = max - 8 - String(value.length).length
  // never split a surrogate pair
  const c = value.charCodeAt(head - 1)
  if (c >= 0xd800 && c <= 0xdbff) head--
  return `${value.slice(0, Math.max(0, head))}…[+${value.length - Math.max(0, head)}]`
}

/** Cut the record's client-controlled strings to their ceilings (params were cut at capture.maxValueBytes). */
export function boundRecord(rec: RequestRecord): void {
  if (rec.host.length > CEILINGS.host) rec.host = clip(rec.host, CEILINGS.host, 'host')
  if (rec.ua !== null && rec.ua.length > CEILINGS.ua) rec.ua = clip(rec.ua, CEILINGS.ua, 'ua')
  if (rec.method.length > CEILINGS.method) rec.method = clip(rec.method, CEILINGS.method, 'method')
  if (rec.path.length > CEILINGS.path) rec.path = clip(rec.path, CEILINGS.path, 'path')
  if (rec.query.length > CEILINGS.query) rec.query = clip(rec.query, CEILINGS.query, 'query')
  if (rec.endpoint !== null && rec.endpoint.length > CEILINGS.endpoint) rec.endpoint = clip(rec.endpoint, CEILINGS.endpoint, 'endpoint')
  if (rec.user !== null && rec.user.length > CEILINGS.user) rec.user = clip(rec.user, CEILINGS.user, 'user')
  if (rec.role !== null && rec.role.length > CEILINGS.role) rec.role = clip(rec.role, CEILINGS.role, 'role')
}
