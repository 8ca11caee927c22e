/**
 * The denylist: IPs, CIDR ranges and whole sessions the proxy answers 403, for good or until an
 * expiry, for all or some applications. The console writes entries to Redis and publishes a change;
 * every sensor keeps a compiled copy (pub/sub for speed, a periodic resync for what pub/sub missed)
 * and the config's static `denylist` always applies. Who added and removed what, and when, is kept
 * in a stream.
 */
import { randomBytes } from 'node:crypto'
import type { BlockList } from 'node:net'
import type { Cluster, Redis } from 'ioredis'
import { ipFamily, normaliseIp, parseCidr, rangeKey, toBlockList } from '../net/address.ts'
import { parseEach, provenance, WatchedHash, type Refused } from './watched-hash.ts'
import { keyHashOfSession, policyKeys } from '../redis/layout.ts'
import type { Policy } from './policy.ts'
import { parseJson } from '../capture/json.ts'

export interface DenyEntry {
  readonly id: string
  readonly kind: 'ip' | 'session'
  /** an IP or CIDR range, or a session id */
  readonly value: string
  /** empty: every application */
  readonly apps: readonly string[]
  /** epoch ms; null: for good */
  readonly expiresAt: number | null
  readonly addedBy: string
  readonly addedAt: number
  readonly reason: string
}

/** What the proxy checks per request, compiled from the entries. */
export interface CompiledDeny {
  /** true when nothing is denied: the common case costs one property read */
  readonly empty: boolean
  readonly hasSessions: boolean
  ipDenied(app: string, ip: string): boolean
  sessionDenied(app: string, keyHash: string): boolean
}

export function compileDeny(entries: readonly DenyEntry[], staticRanges: readonly string[], now = Date.now()): CompiledDeny {
  const live = entries.filter((e) => e.expiresAt === null || e.expiresAt > now)
  const globalIps = toBlockList([...staticRanges, ...live.filter((e) => e.kind === 'ip' && e.apps.length === 0).map((e) => e.value)])
  const appIps = new Map<string, string[]>()
  const globalSessions = new Set<string>()
  const appSessions = new Map<string, Set<string>>()
  for (const e of live) {
    if (e.kind === 'ip') {
      for (const app of e.apps) {
        const ranges = appIps.get(app)
        if (ranges === undefined) appIps.set(app, [e.value])
        else ranges.push(e.value)
      }
    } else if (e.apps.length === 0) {
      globalSessions.add(keyHashOfSession(e.value))
    } else {
      for (const app of e.apps) {
        let set = appSessions.get(app)
        if (!set) appSessions.set(app, (set = new Set()))
        set.add(keyHashOfSession(e.value))
      }
    }
  }
  const perApp = new Map<string, BlockList>([...appIps].map(([app, ranges]) => [app, toBlockList(ranges)]))
  const anyIp = staticRanges.length > 0 || live.some((e) => e.kind === 'ip')
  const hasSessions = globalSessions.size > 0 || appSessions.size > 0
  return {
    empty: !anyIp && !hasSessions,
    hasSessions,
    ipDenied(app, raw) {
      if (!anyIp) return false
      const ip = normaliseIp(raw)
      const family = ipFamily(ip)
      if (family === undefined) return false
      return globalIps.check(ip, family) || (perApp.get(app)?.check(ip, family) ?? false)
    },
    sessionDenied(app, kh) {
      return globalSessions.has(kh) || (appSessions.get(app)?.has(kh) ?? false)
    },
  }
}

/**
 * An entry as stored in Redis, checked: Redis is an input like any other, and one bad entry must not
 * stop the others from applying (nor throw in whoever reads it). Undefined for anything else.
 */
function parseDenyEntry(json: string): DenyEntry | undefined {
  const e = parseJson(json) as Partial<DenyEntry> | undefined
  if (e === null || typeof e !== 'object') return undefined
  if (typeof e.id !== 'string' || (e.kind !== 'ip' && e.kind !== 'session') || typeof e.value !== 'string' || !validDenyValue(e.kind, e.value)) return undefined
  if (!Array.isArray(e.apps) || !e.apps.every((a) => typeof a === 'string')) return undefined
  if (e.expiresAt !== null && typeof e.expiresAt !== 'number') return undefined
  return {
    id: e.id,
    kind: e.kind,
    value: e.value,
    apps: e.apps,
    expiresAt: e.expiresAt,
    ...provenance(e),
  }
}


export function validDenyValue(kind: DenyEntry['kind'], value: string): boolean {
  return kind === 'ip' ? parseCidr(value) !== undefined : /^[A-Za-z0-9_-]{10,64}(-[0-9a-z]{1,12})?$/.test(value)
}

/** An IP or range in one spelling (`::FFFF:1.2.3.4/128`, `1.2.3.4/32` and `1.2.3.4` are one), a session id as it is. */
function denyKey(kind: DenyEntry['kind'], value: string): string {
  if (kind === 'session') return `session ${value}`
  return `ip ${rangeKey(value) ?? value}`
}

/** The entry in force that already denies the same IP, range or session for the same applications, if any. */
export function sameEntry(entries: readonly DenyEntry[], input: Pick<DenyEntry, 'kind' | 'value' | 'apps'>, now = Date.now()): DenyEntry | undefined {
  const key = denyKey(input.kind, input.value)
  const apps = [...new Set(input.apps)].sort().join('\n')
  return entries.find((e) => (e.expiresAt === null || e.expiresAt > now) && e.kind === input.kind && denyKey(e.kind, e.value) === key && [...new Set(e.apps)].sort().join('\n') === apps)
}

/** expired entries removed from the hash per listing, PRUNE_CHUNK a command (the ceiling's worth: one listing clears a full hash) */
const MAX_PRUNED = 10_000
const PRUNE_CHUNK = 1_000

/** The console's side: list, add, remove; each change logged and published. */
export class DenylistStore {
  readonly #redis: Redis | Cluster
  readonly #keys: ReturnType<typeof policyKeys>['denylist']

  constructor(redis: Redis | Cluster, prefix: string) {
    this.#redis = redis
    this.#keys = policyKeys(prefix).denylist
  }

  /**
   * The entries in force, newest first. Expired ones are removed from the hash on the way (at most
   * MAX_PRUNED a call, PRUNE_CHUNK fields a command): they deny nothing, yet they held places under
   * the 10,000-entry ceiling and in every sensor's copy. Their addition stays in the history (with
   * its `expiresAt`); nothing is published, as nothing in force changed.
   */
  async list(now = Date.now()): Promise<DenyEntry[]> {
    const all = await this.#redis.hgetall(this.#keys.hash)
    const live: DenyEntry[] = []
    const expired: string[] = []
    for (const [field, json] of Object.entries(all)) {
      const e = parseDenyEntry(json)
      if (e === undefined) continue
      if (e.expiresAt === null || e.expiresAt > now) live.push(e)
      else if (expired.length < MAX_PRUNED) expired.push(field)
    }
    for (let i = 0; i < expired.length; i += PRUNE_CHUNK) await this.#redis.hdel(this.#keys.hash, ...expired.slice(i, i + PRUNE_CHUNK))
    return live.sort((a, b) => b.addedAt - a.addedAt)
  }

  async add(input: Omit<DenyEntry, 'id' | 'addedAt'>): Promise<DenyEntry> {
    const entry: DenyEntry = { ...input, id: randomBytes(9).toString('base64url'), addedAt: Date.now() }
    await this.#redis.hset(this.#keys.hash, entry.id, JSON.stringify(entry))
    await this.#redis.xadd(this.#keys.log, 'MAXLEN', '~', '10000', '*', 'action', 'added', 'by', entry.addedBy, 'entry', JSON.stringify(entry))
    await this.#redis.publish(this.#keys.channel, entry.id)
    return entry
  }

  /** false when there was no such entry */
  async remove(id: string, by: string): Promise<boolean> {
    const json = await this.#redis.hget(this.#keys.hash, id)
    if (json === null) return false
    await this.#redis.hdel(this.#keys.hash, id)
    await this.#redis.xadd(this.#keys.log, 'MAXLEN', '~', '10000', '*', 'action', 'removed', 'by', by, 'entry', json)
    await this.#redis.publish(this.#keys.channel, id)
    return true
  }

  /** who added and removed what, newest first */
  async history(count = 100): Promise<{ at: number; action: string; by: string; entry: DenyEntry }[]> {
    const rows = (await this.#redis.xrevrange(this.#keys.log, '+', '-', 'COUNT', count)) as [string, string[]][]
    const out: { at: number; action: string; by: string; entry: DenyEntry }[] = []
    for (const [id, f] of rows) {
      const entry = parseDenyEntry(f[5] ?? '')
      if (entry !== undefined) out.push({ at: Number(id.split('-')[0]), action: f[1] ?? '', by: f[3] ?? '', entry })
    }
    return out
  }
}

/**
 * The sensor's side: follows the console's entries in Redis (see WatchedHash) into the Policy. Redis
 * away: the last copy stays in force, expiries still take effect, and the static ranges always apply.
 */
export class DenylistWatcher {
  readonly #watch: WatchedHash
  readonly #policy: Policy
  #entries: DenyEntry[] = []
  #ids = ''
  /** the first expiry still to come among the entries (epoch ms; Infinity: none): the copy is compiled again then */
  #nextExpiry = Infinity
  /** after every load that changed the entries */
  onChange: (() => void) | undefined
  /** when the entries in force differ from the last load: their ids */
  onUpdate: ((ids: readonly string[]) => void) | undefined
  /** a load with entries in Redis that are not valid entries, or past the ceilings (skipped; the others apply): once per change */
  onRefused: ((refused: Refused) => void) | undefined

  constructor(redis: Redis | Cluster, prefix: string, policy: Policy, resyncMs = 1_000) {
    const keys = policyKeys(prefix).denylist
    this.#policy = policy
    this.#watch = new WatchedHash(redis, keys.hash, keys.channel, (values, skipped) => this.#apply(values, skipped), resyncMs)
  }

  #apply(values: string[] | undefined, skipped: number, now = Date.now()): void {
    // the same entries (or Redis away): compiled again only when one of them expired since
    if (values === undefined) {
      if (now >= this.#nextExpiry) this.#compile(now)
      return
    }
    const refused: Refused = { invalid: 0, first: '', skipped }
    this.#entries = parseEach(values, parseDenyEntry, refused)
    if (refused.invalid > 0 || refused.skipped > 0) this.onRefused?.(refused)
    this.#compile(now)
    const ids = this.#entries.map((e) => e.id).sort()
    const joined = ids.join(',')
    if (joined !== this.#ids) {
      this.#ids = joined
      this.onUpdate?.(ids)
    }
    this.onChange?.()
  }

  #compile(now: number): void {
    this.#policy.setDenyEntries(this.#entries)
    let next = Infinity
    for (const e of this.#entries) if (e.expiresAt !== null && e.expiresAt > now && e.expiresAt < next) next = e.expiresAt
    this.#nextExpiry = next
  }

  start(): void {
    this.#watch.start()
  }

  refresh(): Promise<void> {
    return this.#watch.refresh()
  }

  stop(): void {
    this.#watch.stop()
  }
}
