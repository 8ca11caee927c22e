/** CSV per RFC 4180 (CRLF, quoted when needed), safe to open in spreadsheets (no formula injection). */
import type { RequestRecord } from '../capture/record.ts'

/** A cell: spreadsheet formulas neutralised by a leading apostrophe, then quoted when needed. */
function csvCell(value: string | number | boolean | object | null | undefined): string {
  let s = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export const CSV_COLUMNS = [
  'time', 'id', 'sid', 'method', 'host', 'path', 'query', 'status', 'durationMs', 'ttfbMs', 'reqBytes', 'resBytes',
  'ip', 'ua', 'user', 'role', 'rule', 'attacks', 'insight', 'outcome', 'params',
] as const

export function csvRow(r: RequestRecord): string {
  const cells: Parameters<typeof csvCell>[0][] = [
    new Date(r.ts).toISOString(), r.id, r.sid, r.method, r.host, r.path, r.query, r.status, r.durationMs, r.ttfbMs, r.reqBytes, r.resBytes,
    r.ip, r.ua, r.user, r.role, r.rule, r.attacks.join(' '), r.insight, r.outcome, r.params,
  ]
  return cells.map(csvCell).join(',')
}

export function toCsv(records: readonly RequestRecord[]): string {
  return `${[CSV_COLUMNS.join(','), ...records.map(csvRow)].join('\r\n')}\r\n`
}
