/**
 * `api-sessions tail`: records from Redis as JSON lines, the latest first printed oldest-first,
 * then, with --follow, every new one as it lands (XREAD BLOCK: no polling). Records are printed
 * with their control characters escaped (escapeJsonControls): Redis is input too, and a terminal obeys
 * ESC and C1 sequences.
 */
import type { Cluster, Redis } from 'ioredis'
import type { Config } from '../config/schema.ts'
import { layoutOf, shardOfSession } from '../redis/layout.ts'
import { escapeJsonControls } from './ndjson-output.ts'

/** The most records `--count` asks for (each key is read at most this many). */
export const MAX_TAIL_COUNT = 100_000

export interface TailOptions {
  session?: string | undefined
  follow: boolean
  /** 0 to MAX_TAIL_COUNT */
  count: number
  /** one record, JSON as stored (control characters escaped); a promise is awaited (backpressure, a closed output) */
  write: (line: string) => void | Promise<void>
  /** stops a follow */
  signal?: AbortSignal
}

type Entry = [id: string, fields: string[]]

function recOf(fields: string[] | null | undefined): string | undefined {
  if (!Array.isArray(fields)) return undefined
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === 'rec') return typeof fields[i + 1] === 'string' ? escapeJsonControls(fields[i + 1]!) : undefined
  return undefined
}

function idOrder(a: string, b: string): number {
  const [am, as] = a.split('-').map(Number) as [number, number]
  const [bm, bs] = b.split('-').map(Number) as [number, number]
  return am - bm || as - bs
}

export async function tail(client: Redis | Cluster, config: Readonly<Config>, options: TailOptions): Promise<void> {
  const layout = layoutOf(config.redis)
  const keys = options.session
    ? [layout.session(shardOfSession(layout, options.session), options.session)]
    : Array.from({ length: layout.shards }, (_, n) => layout.feed(n))

  // a session of one request has no stream yet: its record is in the feed (docs/redis.md)
  if (options.session !== undefined && (await client.exists(keys[0]!)) === 0) {
    const n = shardOfSession(layout, options.session)
    const fid = await client.hget(layout.meta(n, options.session), 'fid')
    const entry = fid === null ? undefined : ((await client.xrange(layout.feed(n), fid, fid)) as Entry[])[0]
    const rec = entry === undefined ? undefined : recOf(entry[1])
    if (rec !== undefined && options.count > 0) await options.write(rec)
    if (!options.follow) return
  }

  // the latest `count` entries over every key, printed oldest first; with --count 0 nothing, but
  // each key's last id is still read, so that a follow starts after it (COUNT 0 would answer nil)
  const latest: Entry[] = []
  const lastIds = new Map<string, string>()
  for (const key of keys) {
    const entries = ((await client.xrevrange(key, '+', '-', 'COUNT', Math.max(1, options.count))) ?? []) as Entry[]
    lastIds.set(key, entries[0]?.[0] ?? '0-0')
    if (options.count > 0) for (const entry of entries) latest.push(entry)
  }
  latest.sort((a, b) => idOrder(a[0], b[0]))
  for (let i = Math.max(0, latest.length - options.count); i < latest.length; i++) {
    const rec = recOf(latest[i]![1])
    if (rec !== undefined) await options.write(rec)
  }
  if (!options.follow) return

  // one blocking reader per key (keys of different shards may live on different cluster nodes);
  // when one fails (Redis gone, the key not a stream) the others stop too and the failure is thrown
  const stop = new AbortController()
  const stopped = () => stop.signal.aborted || options.signal?.aborted === true
  const results = await Promise.allSettled(
    keys.map(async (key) => {
      const reader: Redis | Cluster = (client as Redis).duplicate()
      reader.on('error', () => {})
      try {
        if (reader.status !== 'ready') await reader.connect()
        let last = lastIds.get(key) ?? '$'
        while (!stopped()) {
          const got = (await reader.xread('COUNT', 100, 'BLOCK', 1000, 'STREAMS', key, last))
          for (const [, entries] of got ?? []) {
            for (const [id, fields] of entries) {
              last = id
              const rec = recOf(fields)
              if (rec !== undefined && !stopped()) await options.write(rec)
            }
          }
        }
      } catch (err) {
        stop.abort()
        throw err
      } finally {
        reader.disconnect()
      }
    }),
  )
  const failed = results.find((r) => r.status === 'rejected')
  if (failed !== undefined) throw failed.reason
}
