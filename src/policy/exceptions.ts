/** Exceptions: an endpoint + attack type marked as a false positive; detection skips them. */
import { randomBytes } from 'node:crypto'
import type { Cluster, Redis } from 'ioredis'
import { parseEach, provenance, WatchedHash } from './watched-hash.ts'
import { hasWildcard, wildcard, type Matcher } from '../match/glob.ts'
import { policyKeys } from '../redis/layout.ts'
import type { Policy } from './policy.ts'
import { parseJson } from '../capture/json.ts'

export interface AttackException {
  readonly id: string
  readonly endpoint: string
  readonly attack: string
  readonly addedBy: string
  readonly addedAt: number
  readonly reason: string
}

/** Whether an attack type is a false positive on an endpoint (the console's exceptions). */
export type ExceptionTest = (endpoint: string, attack: string) => boolean

/** An exception's rule: this attack type on this endpoint (exact, or a console wildcard) is a false positive. */
export interface ExceptionRule {
  readonly endpoint: string
  readonly attack: string
}

export const noExceptions: ExceptionTest = () => false

/** Exact endpoint, or a console wildcard (`*` any characters, `?` one). */
export function compileExceptions(rules: readonly ExceptionRule[]): ExceptionTest {
  if (rules.length === 0) return noExceptions
  const exact = new Set<string>()
  const patterns: { attack: string; endpoint: Matcher }[] = []
  for (const r of rules) {
    if (hasWildcard(r.endpoint)) patterns.push({ attack: r.attack, endpoint: wildcard(r.endpoint) })
    else exact.add(`${r.attack}\0${r.endpoint}`)
  }
  return (endpoint, attack) => exact.has(`${attack}\0${endpoint}`) || patterns.some((p) => p.attack === attack && p.endpoint.test(endpoint))
}

/** An exception as stored in Redis, checked (see parseDenyEntry); undefined for anything else. */
function parseException(json: string): AttackException | undefined {
  const e = parseJson(json) as Partial<AttackException> | undefined
  if (e === null || typeof e !== 'object' || typeof e.id !== 'string' || typeof e.endpoint !== 'string' || typeof e.attack !== 'string') return undefined
  if (e.endpoint.length > 512 || e.attack.length > 32) return undefined
  return {
    id: e.id,
    endpoint: e.endpoint,
    attack: e.attack,
    ...provenance(e),
  }
}


/** The sensor's side: the console's exceptions followed in Redis (see WatchedHash) into the Policy. */
export function watchExceptions(redis: Redis | Cluster, prefix: string, policy: Policy, invalid?: (json: string) => void, resyncMs = 1_000): WatchedHash {
  const keys = policyKeys(prefix).exceptions
  return new WatchedHash(
    redis,
    keys.hash,
    keys.channel,
    (values) => {
      if (values !== undefined) policy.exceptions = compileExceptions(parseEach(values, parseException, invalid))
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
    const keys = policyKeys(prefix).exceptions
    this.#key = keys.hash
    this.#channel = keys.channel
  }

  async list(): Promise<AttackException[]> {
    return parseEach(Object.values(await this.#redis.hgetall(this.#key)), parseException).sort((a, b) => b.addedAt - a.addedAt)
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
