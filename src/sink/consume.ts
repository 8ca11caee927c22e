/**
 * `api-sessions consume`: the reference consumer of the feed (docs/redis.md, "Reading the feed"),
 * written as a downstream tool should read it:
 *
 * - the streams come from the descriptor key (every shard's feed; no copy of the sensor's config);
 * - one consumer group per downstream tool, created at a start id (`0`: every retained record;
 *   `$`: from now on), one read per shard (a cluster serves each shard from its own slot);
 * - at start, this consumer's own pending entries are replayed first (it crashed before acking them);
 *   entries other consumers left pending longer than `claimIdleMs` are taken over with XAUTOCLAIM;
 * - a batch is acknowledged only once `write` resolved (the caller's durable write), so a crash in
 *   between delivers it again: at least once; records are deduplicated on their `id`;
 * - records trimmed away before the group read them are not lost in silence: a gap is reported when
 *   the group's last-delivered id is older than the stream's first entry while entries were added
 *   past it (`entries-added - entries-read - length` of them, Redis 7's XINFO counters), and for
 *   pending entries that come back without fields (trimmed while pending);
 *   the gap reported, the group's read counter is set right (XGROUP SETID ... ENTRIESREAD), since
 *   Redis keeps the stale one and would make later checks count records that were read as lost;
 * - an entry whose `rec` is not a JSON object with a string `id` (Redis is input too) is reported,
 *   acknowledged and skipped: one bad entry never stops the feed;
 * - a record of an unknown `v` stops the consumer, unacknowledged, rather than being misread.
 */
import type { Cluster, Redis } from 'ioredis'
import { RECORD_VERSION, type Descriptor } from '../redis/layout.ts'
import { SensorError } from '../errors.ts'
import { inspectDescriptor } from './descriptor.ts'

export interface ConsumedRecord {
  /** the stream and entry id it came from (the feed's; a session stream's ids differ: join on `id`) */
  readonly stream: string
  readonly entry: string
  /** the record's own id */
  readonly id: string
  /** the record, JSON as stored */
  readonly json: string
}

export interface GapReport {
  readonly stream: string
  readonly group: string
  /** trimmed_unread: added and trimmed before the group read them; trimmed_pending: read, then trimmed before they were acknowledged */
  readonly kind: 'trimmed_unread' | 'trimmed_pending'
  /** how many records; null when Redis cannot tell */
  readonly lost: number | null
  /** the group's position and the stream's first entry (trimmed_unread), or the entry ids (trimmed_pending) */
  readonly after?: string
  readonly before?: string
  readonly ids?: readonly string[]
}

/** An entry that holds no record this consumer can write: acknowledged and skipped. */
interface SkipReport {
  readonly stream: string
  readonly entry: string
  readonly reason: string
}

export interface ConsumeOptions {
  group: string
  consumer: string
  /** where a group that does not exist yet starts: 0 (every retained record) or $ (new records only) */
  start: string
  /** entries per read */
  count: number
  /** entries pending at another consumer longer than this are taken over */
  claimIdleMs: number
  /** wait between two sweeps that found nothing */
  pollMs: number
  /** the durable write of a batch (deduplicated, in order per shard): the batch is acknowledged once it resolves */
  write(records: readonly ConsumedRecord[]): Promise<void>
  /** a gap: records this group will never see */
  gap(report: GapReport): void
  /** an entry skipped (not a record) */
  skip?(report: SkipReport): void
  /** record ids already written (e.g. the tail of the output file): not written again */
  seen?: Iterable<string>
  /** stop after a sweep that found nothing new (one-shot runs, tests) */
  once?: boolean
  signal?: AbortSignal
}

export interface ConsumeResult {
  written: number
  duplicates: number
  gaps: number
  /** entries that held no valid record: reported, acknowledged, skipped */
  skipped: number
}

/** How many record ids are remembered for deduplication. */
const SEEN_MAX = 100_000

type Entry = [id: string, fields: string[] | null]

/** Entry ids compared as (ms, seq). */
function idBefore(a: string, b: string): boolean {
  const [am = 0, as = 0] = a.split('-').map(Number)
  const [bm = 0, bs = 0] = b.split('-').map(Number)
  return am < bm || (am === bm && as < bs)
}

function fieldsOf(list: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (let i = 0; i + 1 < list.length; i += 2) out[String(list[i])] = list[i + 1]
  return out
}

/** The record id of a `rec` field, or why there is none. */
function recordId(rec: unknown): { id: string } | { reason: string } {
  if (typeof rec !== 'string') return { reason: 'no rec field' }
  let value: unknown
  try {
    value = JSON.parse(rec)
  } catch {
    return { reason: 'rec is not JSON' }
  }
  const id = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined
  return typeof id === 'string' ? { id } : { reason: 'rec is not a JSON object with a string id' }
}

/**
 * The feed streams to read: the descriptor's, else the ones a config names (`problem`: why the
 * descriptor found was not followed).
 */
export async function feedsToRead(
  client: Redis | Cluster,
  prefix: string,
  fallback: () => readonly string[],
): Promise<{ feeds: readonly string[]; descriptor: Descriptor | undefined; problem?: string }> {
  const { descriptor, problem } = await inspectDescriptor(client, prefix)
  return { feeds: descriptor?.feeds ?? fallback(), descriptor, ...(problem === undefined ? {} : { problem }) }
}

export async function consume(client: Redis | Cluster, feeds: readonly string[], options: ConsumeOptions): Promise<ConsumeResult> {
  const { group, consumer, count } = options
  const result: ConsumeResult = { written: 0, duplicates: 0, gaps: 0, skipped: 0 }
  const seen = new Set<string>()
  const remember = (id: string) => {
    seen.add(id)
    if (seen.size > SEEN_MAX) seen.delete(seen.values().next().value!)
  }
  for (const id of options.seen ?? []) remember(id)
  const report = (r: GapReport) => {
    result.gaps++
    options.gap(r)
  }

  /** Write what is new of these entries, then acknowledge them all (fields-less ones are gaps). */
  const handle = async (stream: string, entries: Entry[], deleted: string[] = []): Promise<void> => {
    const gone = [...deleted, ...entries.filter(([, f]) => f === null).map(([id]) => id)]
    if (gone.length > 0) report({ stream, group, kind: 'trimmed_pending', lost: gone.length, ids: gone })
    const batch: ConsumedRecord[] = []
    const ids: string[] = []
    for (const [entry, f] of entries) {
      if (f === null) {
        ids.push(entry)
        continue
      }
      const fields = fieldsOf(f)
      // an entry that names no version holds no record of ours: skipped below as one without a record; a version that is not
      // ours stops the reader (a review's finding: an entry without `v` stopped the whole group for good)
      if (fields.v !== undefined && fields.v !== String(RECORD_VERSION)) {
        throw new SensorError('REDIS_ERROR', `${stream} ${entry}: record version v=${typeof fields.v === 'string' ? fields.v : JSON.stringify(fields.v)}, this consumer reads v=${RECORD_VERSION}; stopped without acknowledging it (upgrade the consumer)`)
      }
      const parsed = fields.v === undefined ? { reason: 'no v field' } : recordId(fields.rec)
      ids.push(entry)
      if ('reason' in parsed) {
        result.skipped++
        options.skip?.({ stream, entry, reason: parsed.reason })
        continue
      }
      const { id } = parsed
      const json = fields.rec as string
      if (seen.has(id) || batch.some((r) => r.id === id)) {
        result.duplicates++
        continue
      }
      batch.push({ stream, entry, id, json })
    }
    if (batch.length > 0) await options.write(batch)
    for (const r of batch) remember(r.id)
    result.written += batch.length
    if (ids.length > 0) await client.xack(stream, group, ...ids)
  }

  /** The group's position against the stream's first entry: records trimmed before it read them. */
  const checkGap = async (stream: string): Promise<void> => {
    const info = fieldsOf((await client.xinfo('STREAM', stream)) as unknown[])
    const first = Array.isArray(info['first-entry']) ? String((info['first-entry'] as unknown[])[0]) : undefined
    if (first === undefined) return
    const groups = ((await client.xinfo('GROUPS', stream)) as unknown[][]).map(fieldsOf)
    const g = groups.find((x) => x.name === group)
    if (g === undefined) return
    const delivered = String(g['last-delivered-id'])
    if (!idBefore(delivered, first)) return
    const read = g['entries-read']
    // entries-read is unknown (null) for a group that has read nothing since it was made at an id:
    // then everything still in the stream is after its position and nothing was promised to it
    if (read === null || read === undefined) return
    const added = Number(info['entries-added'])
    const length = Number(info.length)
    const lost = added - Number(read) - length
    if (lost <= 0) return
    report({ stream, group, kind: 'trimmed_unread', lost, after: delivered, before: first })
    // Redis keeps the group's entries-read as it was: every entry gone from the stream counts as
    // read from now on (or a later check would count these again, or entries read before a trim)
    await client.xgroup('SETID', stream, group, delivered, 'ENTRIESREAD', added - length)
  }

  for (const stream of feeds) {
    try {
      await client.xgroup('CREATE', stream, group, options.start, 'MKSTREAM')
    } catch (err) {
      if (!String((err as Error).message).startsWith('BUSYGROUP')) throw err
    }
  }
  // this consumer's own pending entries first: delivered before a crash, never acknowledged
  for (const stream of feeds) {
    for (let cursor = '0'; ; ) {
      const got = (await client.xreadgroup('GROUP', group, consumer, 'COUNT', count, 'STREAMS', stream, cursor))
      const entries = got?.[0]?.[1] ?? []
      if (entries.length === 0) break
      await handle(stream, entries)
      cursor = entries.at(-1)![0]
    }
  }
  const claimCursor = new Map<string, string>()
  while (!options.signal?.aborted) {
    let found = 0
    for (const stream of feeds) {
      if (options.signal?.aborted) break
      // entries a dead consumer of the group left pending
      const [next, claimed, deleted] = (await client.xautoclaim(stream, group, consumer, options.claimIdleMs, claimCursor.get(stream) ?? '0-0', 'COUNT', count)) as [string, Entry[], string[]?]
      claimCursor.set(stream, next)
      if (claimed.length > 0 || (deleted?.length ?? 0) > 0) {
        found += claimed.length
        await handle(stream, claimed, deleted ?? [])
      }
      await checkGap(stream)
      const got = (await client.xreadgroup('GROUP', group, consumer, 'COUNT', count, 'STREAMS', stream, '>'))
      const entries = got?.[0]?.[1] ?? []
      found += entries.length
      if (entries.length > 0) await handle(stream, entries)
    }
    if (found > 0) continue
    if (options.once) break
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.pollMs)
      options.signal?.addEventListener('abort', () => {
        clearTimeout(timer)
        resolve()
      }, { once: true })
    })
  }
  return result
}
