/** Exceptions: an endpoint + attack type marked as a false positive; detection skips them. */
import { randomBytes } from 'node:crypto'
import type { Cluster, Redis } from 'ioredis'
import { WatchedHash } from './watched-hash.ts'

export interface AttackException {
  readonly id: string
  readonly endpoint: string
  readonly attack: string
  readonly addedBy: string
  readonly addedAt: number
  readonly reason: string
}

export function exceptionKeys(prefix: string): { hash: string; channel: string } {
  return { hash: `${prefix}exceptions`, channel: `${prefix}exceptions:changed` }
}

/** The sensor's side: every change of the exceptions reaches `apply` (see WatchedHash). */
export function watchExceptions(redis: Redis | Cluster, prefix: string, apply: (entries: AttackException[]) => void, resyncMs = 1_000): WatchedHash {
  const keys = exceptionKeys(prefix)
  return new WatchedHash(
    redis,
    keys.hash,
    keys.channel,
    (values) => {
      if (values !== undefined) apply(values.map((json) => JSON.parse(json) as AttackException))
    },
    resyncMs,
  )
}

export class ExceptionStore {
  readonly #redis: Redis | Cluster
  readonly #key: string
  readonly #channel: string

  constructor(redis: Redis | Cluster, prefix: string) {
    this.#redis = redis
    const keys = exceptionKeys(prefix)
    this.#key = keys.hash
    this.#channel = keys.channel
  }

  async list(): Promise<AttackException[]> {
    return Object.values(await this.#redis.hgetall(this.#key))
      .map((json) => JSON.parse(json) as AttackException)
      .sort((a, b) => b.addedAt - a.addedAt)
  }

  async add(input: Omit<AttackException, 'id' | 'addedAt'>): Promise<AttackException> {
    const entry: AttackException = { ...input, id: randomBytes(9).toString('base64url'), addedAt: Date.now() }
    await this.#redis.hset(this.#key, entry.id, JSON.stringify(entry))
    await this.#redis.publish(this.#channel, entry.id)
    return entry
  }

  async remove(id: string): Promise<boolean> {
    const removed = (await this.#redis.hdel(this.#key, id)) > 0
    if (removed) await this.#redis.publish(this.#channel, id)
    return removed
  }
}
