/**
 * Exporting sessions so they outlive the retention and open in the tools analysts already use:
 * HAR 1.2 (browser dev tools, API clients), NDJSON (one record per line), CSV. Values are written
 * as stored: masked values stay masked. Records keep no bodies or headers beyond the User-Agent, so
 * a HAR entry carries what was recorded (sizes, timings, status) and the record itself under
 * `_apisess`. Records come from Redis, which is input too: a field missing or of another type is
 * written as HAR's "unknown" (-1, '', []) rather than failing the export.
 */
import type { RequestRecord } from '../capture/record.ts'
import { CSV_COLUMNS, csvRow, isoTime } from './csv.ts'
import { escapeControls } from './ndjson-output.ts'

type ExportFormat = 'har' | 'ndjson' | 'csv'

function queryString(query: string): { name: string; value: string }[] {
  if (query === '') return []
  return [...new URLSearchParams(query)].map(([name, value]) => ({ name, value }))
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '')
/** A number as recorded, or `unknown` (HAR: -1 for a size not known, 0 for a time) for anything else. */
const count = (v: unknown, unknown = -1): number => (typeof v === 'number' && Number.isFinite(v) ? v : unknown)

export function harEntry(r: RequestRecord): Record<string, unknown> {
  const duration = Math.max(0, count(r.durationMs, 0))
  const ttfb = Math.min(duration, Math.max(0, r.ttfbMs === null ? duration : count(r.ttfbMs, duration)))
  const query = text(r.query)
  return {
    startedDateTime: isoTime(r.ts) || new Date(0).toISOString(),
    time: duration,
    request: {
      method: text(r.method),
      url: `http://${text(r.host) || 'unknown'}${text(r.path)}${query ? `?${query}` : ''}`,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: typeof r.ua === 'string' ? [{ name: 'User-Agent', value: r.ua }] : [],
      queryString: queryString(query),
      headersSize: -1,
      bodySize: count(r.reqBytes),
    },
    response: {
      status: count(r.status, 0),
      statusText: '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [],
      content: { size: Math.max(0, count(r.resBytes, 0)), mimeType: '' },
      redirectURL: '',
      headersSize: -1,
      bodySize: count(r.resBytes),
    },
    cache: {},
    timings: { send: 0, wait: ttfb, receive: duration - ttfb },
    _apisess: r,
  }
}

/** A HAR document's text up to its first entry: the console streams entries after it, then HAR_TAIL. */
export function harHead(version: string): string {
  return `{"log":{"version":"1.2","creator":${JSON.stringify({ name: 'api-sessions', version })},"pages":[],"entries":[\n`
}
export const HAR_TAIL = '\n]}}\n'

/**
 * An export written a record at a time (the command streams it): `head`, then each record's text,
 * then `tail`. JSON has its control characters escaped (a terminal obeys none of them).
 */
interface ExportWriter {
  readonly head: string
  record(r: RequestRecord): string
  readonly tail: string
}

function exportWriter(format: ExportFormat, version: string): ExportWriter {
  let first = true
  return {
    head: format === 'har' ? harHead(version) : format === 'csv' ? `${CSV_COLUMNS.join(',')}\r\n` : '',
    record(r) {
      if (format === 'csv') return `${csvRow(r)}\r\n`
      if (format === 'ndjson') return `${escapeControls(JSON.stringify(r))}\n`
      const text = `${first ? '' : ',\n'}${escapeControls(JSON.stringify(harEntry(r)))}`
      first = false
      return text
    },
    tail: format === 'har' ? HAR_TAIL : '',
  }
}

/** Records read per page at most, and the page size is halved while a page's text is over PAGE_BYTES. */
const PAGE_MAX = 500
const PAGE_BYTES = 16 * 1024 * 1024
/** Text gathered before a write (many small records: few writes). */
const WRITE_BYTES = 1024 * 1024

/** What the export reads records with (the console's SessionStore.scan: a session's records a page at a time). */
interface RecordScanner {
  scan(
    sid: string,
    range: { from?: number | undefined; to?: number | undefined; after?: string | undefined },
    visit: (rec: RequestRecord, id: string) => boolean | void,
    max?: number,
  ): Promise<string | null>
}

export interface ExportOptions {
  from: number | undefined
  to: number | undefined
  format: ExportFormat
  version: string
  /** resolves once the text is written (backpressure) */
  write(text: string): Promise<void>
  /** write the head and tail even when there is no record (a time range: an empty document) */
  empty: boolean
}

/**
 * Export these sessions' records (each session's in stream order, the sessions in the order given),
 * streamed: a page of records is read, written, then let go, so memory holds one page whatever the
 * export's size (pages start at one record and grow while small: a page of huge records stays one
 * record). Resolves to the number of records written.
 */
export async function exportSessions(store: RecordScanner, sids: readonly string[], options: ExportOptions): Promise<number> {
  const writer = exportWriter(options.format, options.version)
  let written = 0
  let pending = ''
  const flush = async (): Promise<void> => {
    if (pending === '') return
    const text = pending
    pending = ''
    await options.write(text)
  }
  for (const sid of sids) {
    let after: string | undefined
    let page = 1
    for (;;) {
      const records: RequestRecord[] = []
      const last = await store.scan(sid, { from: options.from, to: options.to, after }, (rec) => {
        records.push(rec)
      }, page)
      let bytes = 0
      for (let i = 0; i < records.length; i++) {
        if (written === 0) pending += writer.head
        const text = writer.record(records[i]!)
        bytes += text.length
        written++
        pending += text
        if (pending.length >= WRITE_BYTES) await flush()
      }
      if (last === null) break
      after = last
      page = bytes > PAGE_BYTES ? Math.max(1, Math.floor(page / 2)) : Math.min(PAGE_MAX, page * 2)
    }
  }
  if (written === 0 && !options.empty) return 0
  if (written === 0) pending += writer.head
  pending += writer.tail
  await flush()
  return written
}
