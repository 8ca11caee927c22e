/**
 * Follows a Redis hash the console writes (the denylist, the exceptions): loaded at start, again on
 * every change published on its channel (pub/sub, for speed) and every `resyncMs` (for what pub/sub
 * missed). Redis away: the last copy stays in force; `apply` hears `undefined` so that time-based
 * state (expiries) can still move on.
 */
import type { Cluster, Redis } from 'ioredis'

export class WatchedHash {
  readonly #redis: Redis | Cluster
  readonly #subscriber: Redis | Cluster
  readonly #hash: string
  readonly #channel: string
  readonly #resyncMs: number
  readonly #apply: (values: string[] | undefined) => void
  #timer: NodeJS.Timeout | undefined
  #loading = false

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
    this.#subscriber.subscribe(this.#channel).catch(() => {})
    void this.refresh()
    this.#timer = setInterval(() => void this.refresh(), this.#resyncMs)
    this.#timer.unref()
  }

  async refresh(): Promise<void> {
    if (this.#loading || this.#redis.status !== 'ready') {
      this.#apply(undefined)
      return
    }
    this.#loading = true
    try {
      this.#apply(Object.values(await this.#redis.hgetall(this.#hash)))
    } catch {
      // keep the last copy
    } finally {
      this.#loading = false
    }
  }

  stop(): void {
    clearInterval(this.#timer)
    this.#subscriber.disconnect()
  }
}
