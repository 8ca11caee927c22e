/**
 * CSV per RFC 4180 (CRLF, quoted when needed), safe to open in spreadsheets (no formula injection).
 * Records come from Redis, which is input too: every field is read for what it is (a missing or
 * mistyped one is an empty cell, a time out of range an empty time), so one bad record never fails
 * an export.
 */
import type { RequestRecord } from '../capture/record.ts'

/** A cell value as written: objects as JSON, null and undefined empty. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value) ?? ''
    } catch {
      return ''
    }
  }
  if (typeof value === 'string') return value
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : ''
}

/**
 * A cell: spreadsheet formulas neutralised by a leading apostrophe, then quoted when needed. A `;`
 * or a tab inside is quoted too: a spreadsheet that splits on them (a locale's separator) would
 * otherwise start a new cell there, which could open on a formula.
 */
function csvCell(value: unknown): string {
  let s = cellText(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** An ISO 8601 time, or '' for a value that is not a time Date can show. */
export function isoTime(ts: unknown): string {
  if (typeof ts !== 'number' || !Number.isFinite(ts)) return ''
  const d = new Date(ts)
  return Number.isNaN(d.getTime()) ? '' : d.toISOString()
}

export const CSV_COLUMNS = [
  'time', 'id', 'sid', 'method', 'host', 'path', 'query', 'status', 'durationMs', 'ttfbMs', 'reqBytes', 'resBytes',
  'ip', 'ua', 'user', 'role', 'rule', 'attacks', 'insight', 'outcome', 'params',
] as const

export function csvRow(r: RequestRecord): string {
  const attacks: unknown = r.attacks
  const cells: unknown[] = [
    isoTime(r.ts), r.id, r.sid, r.method, r.host, r.path, r.query, r.status, r.durationMs, r.ttfbMs, r.reqBytes, r.resBytes,
    r.ip, r.ua, r.user, r.role, r.rule, Array.isArray(attacks) ? attacks.map(cellText).join(' ') : cellText(attacks), r.insight, r.outcome, r.params,
  ]
  return cells.map(csvCell).join(',')
}
