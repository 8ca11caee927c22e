/**
 * Exporting sessions so they outlive the retention and open in the tools analysts already use:
 * HAR 1.2 (browser dev tools, API clients), NDJSON (one record per line), CSV. Values are written
 * as stored: masked values stay masked. Records keep no bodies or headers beyond the User-Agent, so
 * a HAR entry carries what was recorded (sizes, timings, status) and the record itself under
 * `_apisess`.
 */
import type { RequestRecord } from '../capture/record.ts'
import { toCsv } from './csv.ts'

export type ExportFormat = 'har' | 'ndjson' | 'csv'

function queryString(query: string): { name: string; value: string }[] {
  if (query === '') return []
  return [...new URLSearchParams(query)].map(([name, value]) => ({ name, value }))
}

export function harEntry(r: RequestRecord): Record<string, unknown> {
  const ttfb = r.ttfbMs ?? r.durationMs
  return {
    startedDateTime: new Date(r.ts).toISOString(),
    time: r.durationMs,
    request: {
      method: r.method,
      url: `http://${r.host || 'unknown'}${r.path}${r.query ? `?${r.query}` : ''}`,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: r.ua === null ? [] : [{ name: 'User-Agent', value: r.ua }],
      queryString: queryString(r.query),
      headersSize: -1,
      bodySize: r.reqBytes,
    },
    response: {
      status: r.status,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [],
      content: { size: r.resBytes, mimeType: '' },
      redirectURL: '',
      headersSize: -1,
      bodySize: r.resBytes,
    },
    cache: {},
    timings: { send: 0, wait: ttfb, receive: Math.max(0, r.durationMs - ttfb) },
    _apisess: r,
  }
}

/** A HAR document's text up to its first entry: the console streams entries after it, then HAR_TAIL. */
export function harHead(version: string): string {
  return `{"log":{"version":"1.2","creator":${JSON.stringify({ name: 'api-sessions', version })},"pages":[],"entries":[\n`
}
export const HAR_TAIL = '\n]}}\n'

function toHar(records: readonly RequestRecord[], version: string): string {
  const entries = [...records].sort((a, b) => a.ts - b.ts).map((r) => JSON.stringify(harEntry(r)))
  return `${harHead(version)}${entries.join(',\n')}${HAR_TAIL}`
}

function toNdjson(records: readonly RequestRecord[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('')
}

export function exportRecords(records: readonly RequestRecord[], format: ExportFormat, version: string): string {
  return format === 'har' ? toHar(records, version) : format === 'csv' ? toCsv(records) : toNdjson(records)
}
