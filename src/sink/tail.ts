/**
 * `api-sessions tail`: records from Redis as JSON lines, the latest first printed oldest-first,
 * then, with --follow, every new one as it lands (XREAD BLOCK: no polling).
 */
import type { Cluster, Redis } from 'ioredis'
import type { Config } from '../config/schema.ts'
import { layoutOf, shardOfSession } from '../redis/layout.ts'

export interface TailOptions {
  session?: string | undefined
  follow: boolean
  count: number
  write: (line: string) => void
  /** stops a follow */
  signal?: AbortSignal
}

type Entry = [id: string, fields: string[]]

function recOf(fields: string[]): string | undefined {
  for (let i = 0; i < fields.length; i += 2) if (fields[i] === 'rec') return fields[i + 1]
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
    if (rec !== undefined && options.count > 0) options.write(rec)
    if (!options.follow) return
  }

  // the latest `count` entries over every key, printed oldest first
  const latest: Entry[] = []
  const lastIds = new Map<string, string>()
  for (const key of keys) {
    const entries = (await client.xrevrange(key, '+', '-', 'COUNT', options.count)) as Entry[]
    lastIds.set(key, entries[0]?.[0] ?? '0-0')
    latest.push(...entries)
  }
  latest.sort((a, b) => idOrder(a[0], b[0]))
  for (const [, fields] of latest.slice(-options.count)) {
    const rec = recOf(fields)
    if (rec !== undefined) options.write(rec)
  }
  if (!options.follow) return

  // one blocking reader per key (keys of different shards may live on different cluster nodes)
  await Promise.all(
    keys.map(async (key) => {
      const reader: Redis | Cluster = (client as Redis).duplicate()
      try {
        if (reader.status !== 'ready') await reader.connect()
        let last = lastIds.get(key) ?? '$'
        while (!options.signal?.aborted) {
          const got = (await reader.xread('COUNT', 100, 'BLOCK', 1000, 'STREAMS', key, last))
          for (const [, entries] of got ?? []) {
            for (const [id, fields] of entries) {
              last = id
              const rec = recOf(fields)
              if (rec !== undefined) options.write(rec)
            }
          }
        }
      } finally {
        reader.disconnect()
      }
    }),
  )
}
