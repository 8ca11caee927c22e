/**
 * Exceptions: an endpoint + attack type marked as a false positive (detection skips them), or a client
 * IP or CIDR range exempt from API-abuse detection (its requests are not counted in any abuse window).
 * Who added and removed what, and when, is kept in a capped stream.
 */
import { randomBytes } from 'node:crypto'
import type { Cluster, Redis } from 'ioredis'
import { inBlockList, parseCidr, toBlockList } from '../net/address.ts'
import { parseEach, provenance, WatchedHash, type Refused } from './watched-hash.ts'
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

/** A client IP or CIDR range exempt from API-abuse detection. */
export interface AbuseIpException {
  readonly id: string
  readonly ip: string
  readonly addedBy: string
  readonly addedAt: number
  readonly reason: string
}

export type PolicyException = AttackException | AbuseIpException

function isIpException(e: PolicyException): e is AbuseIpException {
  return 'ip' in e
}

/** Whether a client IP is exempt from API-abuse detection (the console's IP exceptions). */
export type AbuseExemptTest = (ip: string) => boolean

export const noAbuseExempt: AbuseExemptTest = () => false

/** The IPs and ranges of the IP exceptions, as one test (false at once when there are none). */
export function compileAbuseExempt(ranges: readonly string[]): AbuseExemptTest {
  if (ranges.length === 0) return noAbuseExempt
  const list = toBlockList(ranges)
  return (ip) => inBlockList(list, ip)
}

/** the history stream keeps about this many events (added and removed), the oldest trimmed */
const HISTORY_MAX = 10_000

/** Whether an attack type is a false positive on an endpoint (the console's exceptions). */
export type ExceptionTest = (endpoint: string, attack: string) => boolean

/** An exception's rule: this attack type on this endpoint (exact, or a console wildcard) is a false positive. */
export interface ExceptionRule {
  readonly endpoint: string
  readonly attack: string
}

export const noExceptions: ExceptionTest = () => false

/**
 * The characters the wildcard exceptions of one attack type may hold in all (the console refuses more):
 * every record of that type tests its endpoint against each of them (src/match/glob.ts: endpoint ×
 * pattern / 32 word steps), so their sum bounds what an analyst's exceptions cost a record: about
 * 1.5 ms for 4,096 characters of patterns over a 500-character endpoint.
 */
export const MAX_WILDCARD_CHARS = 4_096

/**
 * The characters of patterns the wildcard exceptions of `rule`'s attack type would hold with `rule`
 * added, when that is over MAX_WILDCARD_CHARS (undefined: within it, or `rule` is an exact endpoint).
 */
export function overWildcardBudget(held: readonly PolicyException[], rule: ExceptionRule): number | undefined {
  if (!hasWildcard(rule.endpoint)) return undefined
  let n = rule.endpoint.length
  for (const e of held) if (!isIpException(e) && e.attack === rule.attack && hasWildcard(e.endpoint)) n += e.endpoint.length
  return n > MAX_WILDCARD_CHARS ? n : undefined
}

/**
 * Exact endpoint, or a console wildcard (`*` any characters, `?` one). The wildcard patterns of an
 * attack type are held to MAX_WILDCARD_CHARS in all, in the rules' order: the console refuses an
 * exception past it, and one written past it by other means is left out here (each to `over`), so
 * that no store can make every record of that type slow to judge.
 */
export function compileExceptions(rules: readonly ExceptionRule[], over?: (rule: ExceptionRule) => void): ExceptionTest {
  if (rules.length === 0) return noExceptions
  const exact = new Set<string>()
  // by attack type: a record's kinds without wildcard exceptions cost one lookup (the abuse flags ask for four kinds on every record)
  const patterns = new Map<string, Matcher[]>()
  const chars = new Map<string, number>()
  for (const r of rules) {
    if (!hasWildcard(r.endpoint)) {
      exact.add(`${r.attack}\0${r.endpoint}`)
      continue
    }
    const held = (chars.get(r.attack) ?? 0) + r.endpoint.length
    if (held > MAX_WILDCARD_CHARS) {
      over?.(r)
      continue
    }
    chars.set(r.attack, held)
    if (patterns.has(r.attack)) patterns.get(r.attack)!.push(wildcard(r.endpoint))
    else patterns.set(r.attack, [wildcard(r.endpoint)])
  }
  return (endpoint, attack) => exact.has(`${attack}\0${endpoint}`) || (patterns.get(attack)?.some((p) => p.test(endpoint)) ?? false)
}

/** An exception as stored in Redis, checked (see parseDenyEntry); undefined for anything else. */
function parseException(json: string): PolicyException | undefined {
  const e = parseJson(json) as Partial<AttackException & AbuseIpException> | undefined
  if (e === null || typeof e !== 'object' || typeof e.id !== 'string') return undefined
  if (typeof e.ip === 'string') return e.ip.length <= 64 && parseCidr(e.ip) !== undefined ? { id: e.id, ip: e.ip, ...provenance(e) } : undefined
  if (typeof e.endpoint !== 'string' || typeof e.attack !== 'string') return undefined
  if (e.endpoint.length > 512 || e.attack.length > 32) return undefined
  return {
    id: e.id,
    endpoint: e.endpoint,
    attack: e.attack,
    ...provenance(e),
  }
}


/**
 * The sensor's side: the console's exceptions followed in Redis (see WatchedHash) into the Policy.
 * Oldest first, as the console admitted them: what is past a type's wildcard budget is the newest.
 * `refused`: a load with entries that are not valid, past the ceilings, or past the budget (skipped;
 * the others apply), once per change.
 */
export function watchExceptions(redis: Redis | Cluster, prefix: string, policy: Policy, refused?: (r: Refused) => void, resyncMs = 1_000): WatchedHash {
  const keys = policyKeys(prefix).exceptions
  return new WatchedHash(
    redis,
    keys.hash,
    keys.channel,
    (values, skipped) => {
      if (values === undefined) return
      const r: Refused = { invalid: 0, first: '', skipped }
      const all = parseEach(values, parseException, r).sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      policy.exceptions = compileExceptions(
        all.filter((e): e is AttackException => !isIpException(e)),
        () => r.skipped++,
      )
      policy.abuseExempt = compileAbuseExempt(all.filter(isIpException).map((e) => e.ip))
      if (r.invalid > 0 || r.skipped > 0) refused?.(r)
    },
    resyncMs,
  )
}

export interface ExceptionEvent {
  readonly at: number
  readonly action: 'added' | 'removed'
  readonly by: string
  readonly exception: PolicyException
}

/** The console's side: list, add, remove; each change kept in the history and published. */
export class ExceptionStore {
  readonly #redis: Redis | Cluster
  readonly #keys: ReturnType<typeof policyKeys>['exceptions']

  constructor(redis: Redis | Cluster, prefix: string) {
    this.#redis = redis
    this.#keys = policyKeys(prefix).exceptions
  }

  async list(): Promise<PolicyException[]> {
    return parseEach(Object.values(await this.#redis.hgetall(this.#keys.hash)), parseException).sort((a, b) => b.addedAt - a.addedAt)
  }

  async add(input: Omit<AttackException, 'id' | 'addedAt'> | Omit<AbuseIpException, 'id' | 'addedAt'>): Promise<PolicyException> {
    const entry: PolicyException = { ...input, id: randomBytes(9).toString('base64url'), addedAt: Date.now() }
    const json = JSON.stringify(entry)
    await this.#redis.hset(this.#keys.hash, entry.id, json)
    await this.#log('added', entry.addedBy, json)
    await this.#redis.publish(this.#keys.channel, entry.id)
    return entry
  }

  /** false when there was no such exception */
  async remove(id: string, by: string): Promise<boolean> {
    const json = await this.#redis.hget(this.#keys.hash, id)
    if (json === null || (await this.#redis.hdel(this.#keys.hash, id)) === 0) return false
    await this.#log('removed', by, json)
    await this.#redis.publish(this.#keys.channel, id)
    return true
  }

  #log(action: ExceptionEvent['action'], by: string, json: string): Promise<unknown> {
    return this.#redis.xadd(this.#keys.log, 'MAXLEN', '~', String(HISTORY_MAX), '*', 'action', action, 'by', by, 'exception', json)
  }

  /** who added and removed what, newest first (at most `count` events) */
  async history(count = 100): Promise<ExceptionEvent[]> {
    const rows = (await this.#redis.xrevrange(this.#keys.log, '+', '-', 'COUNT', count)) as [string, string[]][]
    const out: ExceptionEvent[] = []
    for (const [id, f] of rows) {
      const exception = parseException(f[5] ?? '')
      const action = f[1]
      if (exception !== undefined && (action === 'added' || action === 'removed')) out.push({ at: Number(id.split('-')[0]), action, by: f[3] ?? '', exception })
    }
    return out
  }
}
