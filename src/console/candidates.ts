/**
 * Which sessions a list request examines (SPEC §6 scale: from indexes, never a scan of every session).
 * The batch script keeps, per shard, sorted sets of session ids scored by last-seen time: all
 * sessions, per endpoint, and per value of app, host, ip, status, method, user, role, attack and flow.
 * The planner takes the narrowest set a filter names (a wildcard search is the union of the endpoints
 * it matches); `CandidateStream` merges those sets newest first, a page at a time, past a cursor.
 * The other filters are then checked on each candidate's summary.
 */
import type { Cluster, Redis } from 'ioredis'
import { INDEX_FIELDS, shardOfSession, type IndexField, type Layout } from '../redis/layout.ts'
import { endpointSearch, hasRange, type Filters } from './query.ts'
import { hasWildcard } from '../match/glob.ts'
import { rangeKey } from '../net/address.ts'

/**
 * An ip filter's ranges are answered from the per-address indexes when they hold this many IPv4
 * addresses at most (a /22; fewer with more than two shards, MAX_RANGE_LOOKUPS): each address is looked up in both spellings a client IP is recorded in
 * (`10.0.0.1`, and `::ffff:10.0.0.1` from a dual-stack listener), one EXISTS each, sent together.
 * Wider ranges and IPv6 ranges are checked on the candidates' summaries.
 */
export const MAX_RANGE_ADDRESSES = 1_024
/** at most this many index lookups for one filter's ranges (addresses × 2 spellings × shards: fewer addresses with many shards) or status classes (100 codes a class × shards) */
const MAX_RANGE_LOOKUPS = 4_096

/**
 * An endpoint search reads the sets of at most this many endpoint templates (across shards); one that
 * matches more is checked on the candidates' summaries (each set merged costs a read and a place in
 * the merge, and a scanner's literal paths are templates by the thousand).
 */
export const MAX_SEARCH_ENDPOINTS = 256

/** A position in the newest-first order: last-seen score, then session id descending. */
export type Position = readonly [score: number, sid: string]

/**
 * The index keys of a filter's values in every shard; a status class (`4xx`) is the codes of it that
 * have an index, looked up with one EXISTS per code and shard (100 a class), sent together: undefined
 * when that is more than MAX_RANGE_LOOKUPS (many shards; the candidates' summaries check it then).
 */
async function valueKeys(redis: Redis | Cluster, layout: Layout, field: IndexField, values: readonly string[], shards: readonly number[]): Promise<string[] | undefined> {
  const keys: string[] = []
  const probed: string[] = []
  for (const value of new Set(values)) {
    if (field !== 'status' || !value.endsWith('xx')) {
      for (const n of shards) keys.push(layout.index(n, field, value))
      continue
    }
    const first = Number(value[0]) * 100
    for (let code = first; code < first + 100; code++) for (const n of shards) probed.push(layout.index(n, field, String(code)))
    if (probed.length > MAX_RANGE_LOOKUPS) return undefined
  }
  if (probed.length === 0) return keys
  const exists = await Promise.all(probed.map((k) => redis.exists(k)))
  return [...new Set([...keys, ...probed.filter((_, i) => exists[i] === 1)])]
}

/**
 * The addresses an ip filter names, each range spelled out address by address; undefined when a
 * range is IPv6 or, all together, wider than MAX_RANGE_ADDRESSES (no index answers it then).
 */
export function ipFilterAddresses(values: readonly string[], max = MAX_RANGE_ADDRESSES): string[] | undefined {
  const out: string[] = []
  let spelled = 0
  for (const v of values) {
    if (!v.includes('/')) {
      out.push(v)
      continue
    }
    const key = rangeKey(v)
    if (key === undefined || key.includes(':')) return undefined
    const slash = key.indexOf('/')
    const prefix = Number(key.slice(slash + 1))
    const size = 2 ** (32 - prefix)
    spelled += size
    if (spelled > max) return undefined
    const base = key.slice(0, slash).split('.').reduce((n, o) => n * 256 + Number(o), 0)
    const first = base - (base % size)
    for (let a = first; a < first + size; a++) {
      const ip = `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`
      out.push(ip, `::ffff:${ip}`)
    }
  }
  return out
}

/** The index keys, across shards, of each filter a request sets (each entry: one alternative; several values: their union). */
async function indexChoices(redis: Redis | Cluster, layout: Layout, f: Partial<Filters>): Promise<string[][]> {
  const choices: string[][] = []
  const shards = Array.from({ length: layout.shards }, (_, n) => n)
  for (const field of INDEX_FIELDS) {
    const values = f[field]
    // the ip indexes are per address: a narrow IPv4 range is the addresses it holds that have an
    // index; a wider one is checked on the candidates' summaries instead
    if (field === 'ip' && values !== undefined && hasRange(values)) {
      const addresses = ipFilterAddresses(values, Math.min(MAX_RANGE_ADDRESSES, Math.floor(MAX_RANGE_LOOKUPS / (2 * shards.length))))
      if (addresses === undefined) continue
      const keys = addresses.flatMap((ip) => shards.map((n) => layout.index(n, 'ip', ip)))
      const exists = await Promise.all(keys.map((k) => redis.exists(k)))
      choices.push(keys.filter((_, i) => exists[i] === 1))
      continue
    }
    if (values === undefined) continue
    const keys = await valueKeys(redis, layout, field, values, shards)
    if (keys !== undefined) choices.push(keys)
  }
  if (f.q !== undefined) {
    // the registry of templates: a wildcard matches them, a concrete path finds the ones it belongs to
    const search = endpointSearch(f.q)
    const keys: string[] = hasWildcard(f.q) ? [] : shards.map((n) => layout.endpoint(n, f.q!))
    const registries = await Promise.all(shards.map((n) => redis.zrange(layout.endpoints(n), '0', '-1')))
    let all = true
    registries.forEach((endpoints, n) => {
      for (const e of endpoints) {
        if (e !== f.q && search.template(e)) keys.push(layout.endpoint(n, e))
        else all = false
      }
    })
    // a wildcard every endpoint matches (`*`) is no narrower than all sessions, and one set beats
    // merging one per endpoint (the summaries still check it); a search that matches more than
    // MAX_SEARCH_ENDPOINTS templates (a scanner's thousands of literal paths) is checked on the
    // candidates' summaries too, as a wide ip range is, rather than merged from a set per template
    if ((all && hasWildcard(f.q) && keys.length > 0) || keys.length > MAX_SEARCH_ENDPOINTS) return choices
    choices.push(keys)
  }
  return choices
}

/** The keys to read candidates from: the filter whose sets hold the fewest sessions, else all sessions. */
export async function planCandidates(redis: Redis | Cluster, layout: Layout, f: Partial<Filters>): Promise<string[]> {
  const choices = await indexChoices(redis, layout, f)
  if (choices.length === 0) return Array.from({ length: layout.shards }, (_, n) => layout.sessions(n))
  if (choices.length === 1) return choices[0]!
  const sizes = await Promise.all(choices.map(async (keys) => (await Promise.all(keys.map((k) => redis.zcard(k)))).reduce((a, b) => a + b, 0)))
  let best = 0
  for (let i = 1; i < sizes.length; i++) if (sizes[i]! < sizes[best]!) best = i
  return choices[best]!
}

const newer = (a: Position, b: Position) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])

/** One sorted set read newest first, a chunk at a time, from `max` down to `min`. */
class SetReader {
  readonly #redis: Redis | Cluster
  readonly key: string
  readonly #max: string
  readonly #min: string
  #offset = 0
  #done = false
  /** with `ahead`: the next chunk, asked for as soon as a full one came back */
  readonly #ahead: boolean
  #next: Promise<string[]> | undefined
  buffer: Position[] = []
  at = 0

  /** `fixed`: positions already read (newest first), the whole set: it never reads */
  constructor(redis: Redis | Cluster, key: string, max: string, min: string, ahead = false, fixed?: Position[]) {
    this.#redis = redis
    this.key = key
    this.#max = max
    this.#min = min
    this.#ahead = ahead
    if (fixed !== undefined) {
      this.buffer = fixed
      this.#done = true
    }
  }

  get head(): Position | undefined {
    return this.buffer[this.at]
  }

  get needsFill(): boolean {
    return this.at >= this.buffer.length && !this.#done
  }

  #read(chunk: number): Promise<string[]> {
    const p = this.#redis.zrevrangebyscore(this.key, this.#max, this.#min, 'WITHSCORES', 'LIMIT', this.#offset, chunk)
    p.catch(() => {}) // awaited by the next fill; never an unhandled rejection if none comes
    return p
  }

  async fill(chunk: number): Promise<void> {
    const flat = await (this.#next ?? this.#read(chunk))
    this.#next = undefined
    this.#offset += chunk
    if (flat.length < chunk * 2) this.#done = true
    else if (this.#ahead) this.#next = this.#read(chunk)
    this.buffer = []
    this.at = 0
    for (let i = 0; i < flat.length; i += 2) this.buffer.push([Number(flat[i + 1]), flat[i]!])
    // ties on the score come back in descending member order already; keep it explicit
    this.buffer.sort((a, b) => (newer(a, b) ? -1 : newer(b, a) ? 1 : 0))
  }
}

/** positions passed over without a read (repeats, before the cursor) before the event loop is let in */
const YIELD_EVERY = 10_000

/** The sets being merged, as a binary heap on their heads (newest first). */
class ReaderHeap {
  readonly #items: SetReader[] = []

  get top(): SetReader | undefined {
    return this.#items[0]
  }

  push(r: SetReader): void {
    const items = this.#items
    items.push(r)
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!newer(items[i]!.head!, items[parent]!.head!)) break
      ;[items[i], items[parent]] = [items[parent]!, items[i]!]
      i = parent
    }
  }

  pop(): void {
    const last = this.#items.pop()
    if (last !== undefined && this.#items.length > 0) this.replaceTop(last)
  }

  /** the top set's head moved on (or another set takes its place): sift it down */
  replaceTop(r: SetReader): void {
    const items = this.#items
    items[0] = r
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      const rr = l + 1
      let best = i
      if (l < items.length && newer(items[l]!.head!, items[best]!.head!)) best = l
      if (rr < items.length && newer(items[rr]!.head!, items[best]!.head!)) best = rr
      if (best === i) return
      ;[items[i], items[best]] = [items[best]!, items[i]!]
      i = best
    }
  }
}

/**
 * The union of several sorted sets, newest first, without repeats, strictly after `after` and with a
 * last-seen time in [min, max]. Each call to `next` reads at most one chunk per set.
 */
export class CandidateStream {
  readonly #redis: Redis | Cluster
  readonly #readers: SetReader[]
  /** the sets with a head, the newest head on top: a pick costs log(sets), not a look at every set */
  readonly #heap = new ReaderHeap()
  /** the sets whose chunk is used up and that have more: read before the next pick */
  #empty: SetReader[] = []
  readonly #after: Position | undefined
  readonly #seen = new Set<string>()
  readonly #chunk: number
  /** with several shards: a session is only in its own shard's sets */
  readonly #layout: Layout | undefined

  /**
   * `ahead`: each set's next chunk is asked for while the current one is used (a reader that goes far:
   * a time range's screen). `extra`: candidates already read, per key they are scored in (their
   * positions there), merged with the sets' whatever their bounds.
   */
  constructor(redis: Redis | Cluster, keys: readonly string[], bounds: { max: number; min: number; after?: Position | undefined; chunk?: number; layout?: Layout; ahead?: boolean; extra?: ReadonlyMap<string, Position[]> }) {
    const max = bounds.after === undefined ? bounds.max : Math.min(bounds.max, bounds.after[0])
    const maxArg = Number.isFinite(max) ? String(max) : '+inf'
    const minArg = Number.isFinite(bounds.min) ? String(bounds.min) : '-inf'
    this.#redis = redis
    this.#readers = keys.map((k) => new SetReader(redis, k, maxArg, minArg, bounds.ahead === true))
    for (const [key, positions] of bounds.extra ?? []) {
      if (positions.length > 0) this.#readers.push(new SetReader(redis, key, maxArg, minArg, false, [...positions].sort((a, b) => (newer(a, b) ? -1 : newer(b, a) ? 1 : 0))))
    }
    this.#after = bounds.after
    this.#chunk = bounds.chunk ?? 200
    this.#layout = bounds.layout
    for (const r of this.#readers) this.#offer(r)
  }

  /** Up to `n` more candidates; fewer only when the sets are exhausted. */
  async next(n: number): Promise<Position[]> {
    const out: Position[] = []
    while (out.length < n) {
      const got = await this.#take(n - out.length)
      if (got.length === 0) break
      out.push(...(await this.#firstSeen(got)))
    }
    return out
  }

  async #take(n: number): Promise<Position[]> {
    const out: Position[] = []
    let popped = 0
    while (out.length < n) {
      // a set whose chunk ran out is read again before the next pick: its next head may be the newest
      if (this.#empty.length > 0) {
        const empty = this.#empty
        this.#empty = []
        await Promise.all(empty.map((r) => r.fill(this.#chunk)))
        for (const r of empty) this.#offer(r)
      } else if (++popped % YIELD_EVERY === 0) {
        // a long run of positions passed over (repeats, or before the cursor) without a read: let
        // the console's other requests in
        await new Promise((resolve) => setImmediate(resolve))
      }
      const best = this.#heap.top
      if (best === undefined) break
      const pos = best.head!
      best.at++
      if (best.head !== undefined) this.#heap.replaceTop(best)
      else {
        this.#heap.pop()
        if (best.needsFill) this.#empty.push(best)
      }
      if (this.#after !== undefined && !newer(this.#after, pos)) continue
      if (this.#seen.has(pos[1])) continue
      this.#seen.add(pos[1])
      out.push(pos)
    }
    return out
  }

  /** A set with a head joins the heap; one whose chunk is used up waits for its next read; one read to its end leaves. */
  #offer(r: SetReader): void {
    if (r.head !== undefined) this.#heap.push(r)
    else if (r.needsFill) this.#empty.push(r)
  }

  /**
   * A session in several of the sets (two attack types, two endpoints) is met once per set: after a
   * cursor, its older places would list it again, so one whose place in another set is at or before
   * the cursor (already listed) is passed over. Checked only past a cursor, with a few sets.
   */
  async #firstSeen(got: Position[]): Promise<Position[]> {
    const after = this.#after
    if (after === undefined || this.#readers.length < 2) return got
    const keys = this.#readers.map((r) => r.key)
    const layout = this.#layout
    const keysOf = (sid: string): string[] => {
      if (layout === undefined || layout.shards === 1) return keys
      const prefix = layout.prefixOf(shardOfSession(layout, sid))
      return keys.filter((k) => k.startsWith(prefix))
    }
    const scores = await Promise.all(
      got.map(async ([, sid]): Promise<(string | null)[]> => {
        const own = keysOf(sid)
        return own.length > MAX_CROSS_CHECKED ? [] : Promise.all(own.map((k) => this.#redis.zscore(k, sid)))
      }),
    )
    return got.filter(([, sid], i) => !scores[i]!.some((s) => s !== null && !newer(after, [Number(s), sid])))
  }
}

/** sets of its shard cross-checked for a session met in several (a wider union is left as it is: a session may repeat across pages) */
const MAX_CROSS_CHECKED = 64
