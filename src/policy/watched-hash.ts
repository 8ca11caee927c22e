/**
 * Follows a Redis hash the console writes (the denylist, the exceptions): loaded at start, again on
 * every change published on its channel (pub/sub, for speed) and every `resyncMs` (for what pub/sub
 * missed). Redis away: the last copy stays in force; `apply` hears `undefined` so that time-based
 * state (expiries) can still move on.
 */
import type { Cluster, Redis } from 'ioredis'

/**
 * Entries a watched hash holds at most: the console refuses one more (409 `POLICY_FULL`), and a
 * sensor compiles no more than this many of what it reads (a hash written past it by other means).
 */
export const MAX_POLICY_ENTRIES = 10_000

/** The entries of a watched hash that `parse` accepts; each refused one goes to `invalid` (and is skipped). */
export function parseEach<T>(values: readonly string[], parse: (json: string) => T | undefined, invalid?: (json: string) => void): T[] {
  const out: T[] = []
  for (const json of values) {
    const entry = parse(json)
    if (entry !== undefined) out.push(entry)
    else invalid?.(json)
  }
  return out
}

/** Who added an entry, when and why, as far as a stored entry says (the console always writes all three). */
export function provenance(e: { addedBy?: unknown; addedAt?: unknown; reason?: unknown }): { addedBy: string; addedAt: number; reason: string } {
  return {
    addedBy: typeof e.addedBy === 'string' ? e.addedBy : '',
    addedAt: typeof e.addedAt === 'number' ? e.addedAt : 0,
    reason: typeof e.reason === 'string' ? e.reason : '',
  }
}

export class WatchedHash {
  readonly #redis: Redis | Cluster
  readonly #subscriber: Redis | Cluster
  readonly #hash: string
  readonly #channel: string
  readonly #resyncMs: number
  readonly #apply: (values: string[] | undefined) => void
  #timer: NodeJS.Timeout | undefined
  /** the load in flight (it loads once more when a change was announced meanwhile) */
  #loading: Promise<void> | undefined
  #again = false

  constructor(redis: Redis | Cluster, hash: string, channel: string, apply: (values: string[] | undefined) => void, resyncMs = 1_000) {
    this.#redis = redis
    this.#subscriber = (redis as Redis).duplicate()
    this.#hash = hash
    this.#channel = channel
    this.#apply = apply
    this.#resyncMs = resyncMs
    this.#subscriber.on('error', () => {})
    this.#subscriber.on('message', () => void this.refresh())
  }

  start(): void {
    // the subscriber is a copy of the writer's client: lazy and without an offline queue, so it
    // subscribes once connected (and ioredis subscribes again after a reconnect)
    const sub = this.#subscriber as Redis
    const subscribe = () => void sub.subscribe(this.#channel).catch(() => {})
    if (sub.status === 'ready') subscribe()
    else sub.once('ready', subscribe)
    if (sub.status === 'wait') sub.connect().catch(() => {})
    void this.refresh()
    this.#timer = setInterval(() => void this.refresh(), this.#resyncMs)
    this.#timer.unref()
  }

  /** Load the hash now; resolves once what Redis holds at the call applies (the load in flight, run once more). */
  refresh(): Promise<void> {
    if (this.#redis.status !== 'ready') {
      this.#apply(undefined)
      return Promise.resolve()
    }
    if (this.#loading !== undefined) {
      // a change announced during a load: load once more when it ends
      this.#again = true
      return this.#loading
    }
    this.#loading = this.#load().finally(() => (this.#loading = undefined))
    return this.#loading
  }

  async #load(): Promise<void> {
    try {
      do {
        this.#again = false
        const values = Object.values(await this.#redis.hgetall(this.#hash))
        this.#apply(values.length > MAX_POLICY_ENTRIES ? values.slice(0, MAX_POLICY_ENTRIES) : values)
      } while (this.#again)
    } catch {
      // keep the last copy
    }
  }

  stop(): void {
    clearInterval(this.#timer)
    this.#subscriber.disconnect()
  }
}
