/**
 * The console's reads from Redis (never the proxy's path): sessions by last-seen time, their
 * summaries, their requests. A time range keeps only sessions with requests in range and, inside
 * each, counts only those requests (re-counted from the session's stream when the range cuts it).
 */
import type { Cluster, Redis } from 'ioredis'
import { ABUSE_KINDS, type RequestRecord } from '../capture/record.ts'
import { timeOfRecordId } from '../capture/ids.ts'
import type { Layout } from '../redis/layout.ts'
import { SESSION_HOUR_MS, shardOfSession, startOfSession, SUMMARY_CAPPED, SUMMARY_COUNTERS } from '../redis/layout.ts'
import { endpointSearch, hasRange, ipMatches, recordFilter, statusMatches, type EndpointSearch, type Filters } from './query.ts'
import { CandidateStream, planCandidates, type Position } from './candidates.ts'
import { parseJson } from '../capture/json.ts'

interface Count {
  value: string
  count: number
  pct: number
}

export interface SessionSummary {
  sid: string
  start: number
  end: number
  durationMs: number
  requests: number
  attacks: number
  ips: string[]
  app: string
  host: string
  endpoints: string[]
  user: string | null
  role: string | null
  /**
   * every application, host, user and role the session had, the most frequent first (in the list:
   * hosts, users and roles the first LISTED_VALUES of each; `hostCount`, `userCount` and `roleCount`
   * say how many there are)
   */
  apps: string[]
  hosts: string[]
  users: string[]
  roles: string[]
  hostCount: number
  userCount: number
  roleCount: number
  flows: string[]
  /** every attack type and API-abuse kind the session had, the most frequent first */
  attackTypes: string[]
  /** the API-abuse kinds among them (security_crawler, scraping, account_takeover, api_abuse) */
  abuse: string[]
  /** distinct client IPs */
  ipCount: number
  /** requests from IPs past the summary's ceiling of distinct IPs (then `ipCount` is a lower bound) */
  moreIps: number
  /** its endpoints classed shadow or zombie (at most ENDPOINTS_SHOWN of each) */
  shadow: string[]
  zombie: string[]
}

/** Classes an endpoint template of a session whose applications are `apps` (undefined: not shadow nor zombie). */
export type EndpointClassifier = (endpoint: string, apps: readonly string[]) => 'shadow' | 'zombie' | undefined

/** endpoints listed per session (the rest are counted in the statistics) */
const ENDPOINTS_SHOWN = 20
/**
 * hosts, users and roles listed per session in the list (the detail has them all): 256 each of up to
 * 256 characters, client-chosen, made 200 sessions a 40 MB answer
 */
export const LISTED_VALUES = 10
const ABUSE: ReadonlySet<string> = new Set(ABUSE_KINDS)

export interface SessionStats {
  status: Count[]
  method: Count[]
  ip: Count[]
  endpoint: Count[]
  attack: Count[]
  /** requests whose value came after the summary's ceiling of distinct values (SUMMARY_VALUES_MAX), per counter */
  others: Partial<Record<'ip' | 'endpoint', number>>
}

interface Tally {
  first: number
  last: number
  requests: number
  attacks: number
  app: string
  host: string
  user: string | null
  role: string | null
  by: Record<Exclude<keyof SessionStats, 'others'> | 'app' | 'host' | 'user' | 'role', Map<string, number>>
  /** per capped counter (SUMMARY_CAPPED), the requests whose value the summary no longer keeps */
  others: Map<string, number>
  flows: Set<string>
  /** endpoint → the shadow or zombie insight its records carried (only when counted from records) */
  insight: Map<string, 'shadow' | 'zombie'>
}

function emptyTally(): Tally {
  return {
    first: Infinity, last: 0, requests: 0, attacks: 0, app: '', host: '', user: null, role: null, flows: new Set(), insight: new Map(), others: new Map(),
    by: { status: new Map(), method: new Map(), ip: new Map(), endpoint: new Map(), attack: new Map(), app: new Map(), host: new Map(), user: new Map(), role: new Map() },
  }
}

const add = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n)

/** the summary's counters the statistics show (flows are a set, not counted) */
const COUNTED: ReadonlySet<string> = new Set(SUMMARY_COUNTERS.filter((c) => c !== 'flow'))
const CAPPED: ReadonlySet<string> = new Set(SUMMARY_CAPPED)

/** A summary hash as the batch script writes it (SUMMARY_FIELDS and SUMMARY_COUNTERS in redis/layout.ts). */
function tallyFromMeta(meta: Record<string, string>): Tally {
  const t = emptyTally()
  t.first = Number(meta.first)
  t.last = Number(meta.last)
  t.requests = Number(meta.requests ?? 0)
  t.attacks = Number(meta.attacks ?? 0)
  t.app = meta.app ?? ''
  t.host = meta.host ?? ''
  t.user = meta.user ?? null
  t.role = meta.role ?? null
  // sessions written before the summary counted them have the plain fields only
  if (t.app !== '') t.by.app.set(t.app, 0)
  if (t.host !== '') t.by.host.set(t.host, 0)
  if (t.user !== null) t.by.user.set(t.user, 0)
  if (t.role !== null) t.by.role.set(t.role, 0)
  for (const [field, value] of Object.entries(meta)) {
    const colon = field.indexOf(':')
    if (colon === -1) continue
    const kind = field.slice(0, colon)
    const key = field.slice(colon + 1)
    if (kind === 'flow') t.flows.add(key)
    else if (kind === 'other' && CAPPED.has(key)) t.others.set(key, Number(value))
    else if (COUNTED.has(kind)) add(t.by[kind as keyof Tally['by']], key, Number(value))
  }
  return t
}

/** Count one record into a tally (a session cut by a time range is re-counted from its records). */
function addToTally(t: Tally, r: RequestRecord): void {
  t.first = Math.min(t.first, r.ts)
  t.last = Math.max(t.last, r.ts)
  t.requests++
  t.attacks += r.attacks.length
  if (t.app === '') {
    t.app = r.app
    t.host = r.host
  }
  if (r.user) {
    t.user = r.user
    add(t.by.user, r.user)
  }
  if (r.role) {
    t.role = r.role
    add(t.by.role, r.role)
  }
  add(t.by.app, r.app)
  add(t.by.host, r.host)
  add(t.by.status, String(r.status))
  add(t.by.method, r.method)
  add(t.by.ip, r.ip)
  add(t.by.endpoint, r.endpoint ?? r.path)
  for (const a of r.attacks) add(t.by.attack, a)
  if ((r.insight === 'shadow' || r.insight === 'zombie') && r.endpoint) t.insight.set(r.endpoint, r.insight)
  if (r.flows) for (const f of r.flows) t.flows.add(f)
}

const ranked = (m: Map<string, number>, total: number): Count[] =>
  [...m]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([value, count]) => ({ value, count, pct: total === 0 ? 0 : Math.round((count / total) * 1000) / 10 }))

/** `listed`: for the list (LISTED_VALUES hosts, users and roles at most), else for the session's detail (all of them) */
function summaryOf(sid: string, t: Tally, classify: EndpointClassifier, listed: boolean): SessionSummary {
  const shown = listed ? LISTED_VALUES : Infinity
  const first = (m: Map<string, number>): string[] => ranked(m, t.requests).slice(0, shown).map((c) => c.value)
  const attackTypes = ranked(t.by.attack, t.attacks).map((c) => c.value)
  const apps = [...t.by.app.keys()]
  const shadow: string[] = []
  const zombie: string[] = []
  for (const e of ranked(t.by.endpoint, t.requests)) {
    const cls = t.insight.get(e.value) ?? classify(e.value, apps)
    if (cls === 'shadow' && shadow.length < ENDPOINTS_SHOWN) shadow.push(e.value)
    else if (cls === 'zombie' && zombie.length < ENDPOINTS_SHOWN) zombie.push(e.value)
  }
  return {
    sid,
    start: t.first,
    end: t.last,
    durationMs: t.last - t.first,
    requests: t.requests,
    attacks: t.attacks,
    ips: ranked(t.by.ip, t.requests).map((c) => c.value),
    app: t.app,
    host: t.host,
    endpoints: ranked(t.by.endpoint, t.requests).slice(0, 20).map((c) => c.value),
    user: t.user,
    role: t.role,
    apps: ranked(t.by.app, t.requests).map((c) => c.value),
    hosts: first(t.by.host),
    users: first(t.by.user),
    roles: first(t.by.role),
    hostCount: t.by.host.size,
    userCount: t.by.user.size,
    roleCount: t.by.role.size,
    flows: [...t.flows],
    attackTypes,
    abuse: attackTypes.filter((a) => ABUSE.has(a)),
    ipCount: t.by.ip.size,
    moreIps: t.others.get('ip') ?? 0,
    shadow,
    zombie,
  }
}

function statsOf(t: Tally): SessionStats {
  return {
    status: ranked(t.by.status, t.requests),
    method: ranked(t.by.method, t.requests),
    ip: ranked(t.by.ip, t.requests),
    endpoint: ranked(t.by.endpoint, t.requests),
    attack: ranked(t.by.attack, t.attacks),
    others: { ...(t.others.has('ip') && { ip: t.others.get('ip') }), ...(t.others.has('endpoint') && { endpoint: t.others.get('endpoint') }) },
  }
}

/** Whether a count map has any of a filter's values (none given: it passes). */
const hasAny = (m: Map<string, number> | Set<string>, values: readonly string[] | undefined): boolean => {
  if (values === undefined) return true
  for (const v of values) if (m.has(v)) return true
  return false
}

/**
 * Whether a session may have a value of a capped counter its summary no longer keeps (past
 * SUMMARY_VALUES_MAX distinct ones): such a session cannot be ruled out by that filter, so it passes it.
 */
const overflowed = (t: Tally, kind: string): boolean => t.others.has(kind)

/** Whether a session's tally passes the session-level filters (`endpoint`: `f.q` compiled once per request). */
function tallyMatches(t: Tally, f: Partial<Filters>, endpoint: EndpointSearch | undefined): boolean {
  if (t.requests === 0) return false
  // a session matches a value it had at any time: every app, host, user and role it had counts;
  // several values of one filter: any of them
  if (!hasAny(t.by.app, f.app) || !hasAny(t.by.method, f.method) || !hasAny(t.by.attack, f.attack) || !hasAny(t.flows, f.flow)) return false
  if ((!hasAny(t.by.host, f.host) && !overflowed(t, 'host')) || (!hasAny(t.by.user, f.user) && !overflowed(t, 'user')) || (!hasAny(t.by.role, f.role) && !overflowed(t, 'role'))) return false
  if (f.ip !== undefined && !hasAny(t.by.ip, f.ip) && !overflowed(t, 'ip')) {
    if (!hasRange(f.ip)) return false
    // a range: over every IP the session had (its summary's `ip:` counters)
    let any = false
    for (const ip of t.by.ip.keys()) if ((any = ipMatches(f.ip, ip))) break
    if (!any) return false
  }
  if (f.status !== undefined) {
    let any = false
    for (const code of t.by.status.keys()) if ((any = statusMatches(f.status, code))) break
    if (!any) return false
  }
  if (endpoint !== undefined && !overflowed(t, 'endpoint')) {
    let any = false
    for (const e of t.by.endpoint.keys()) if ((any = endpoint.template(e))) break
    if (!any) return false
  }
  return true
}

/** The verdict of a summary's tally (what `summaryMatches` must agree with; the tests compare them). */
export function tallyVerdict(meta: Record<string, string>, f: Partial<Filters>, endpoint: EndpointSearch | undefined): boolean {
  return meta.first !== undefined && tallyMatches(tallyFromMeta(meta), f, endpoint)
}

/** Whether a summary hash has a counter `kind:value` for any of the values (or, for a plain field, the value itself). */
function metaHas(meta: Record<string, string>, kind: string, values: readonly string[] | undefined, plain?: string): boolean {
  if (values === undefined) return true
  for (const v of values) if (meta[`${kind}:${v}`] !== undefined || (plain !== undefined && v === plain)) return true
  return false
}

/** Whether any counter `kind:<value>` of a summary hash passes a test. */
function metaAny(meta: Record<string, string>, kind: string, test: (value: string) => boolean): boolean {
  const prefix = `${kind}:`
  for (const field in meta) if (field.startsWith(prefix) && test(field.slice(prefix.length))) return true
  return false
}

/** Whether a capped counter of a summary hash left values out (see `overflowed`). */
const metaOverflowed = (meta: Record<string, string>, kind: string): boolean => meta[`other:${kind}`] !== undefined

/**
 * Whether a session's summary (the whole session, whatever the time range) had the values these
 * filters ask for: a cheap screen before its records are read, on the hash as it is (no tally
 * built: most sessions a range or a search examines do not pass). The same verdict as
 * `tallyMatches` on the summary's tally; a session cut by a time range that fails it has no
 * records in range that pass either.
 */
export function summaryMatches(meta: Record<string, string>, f: Partial<Filters>, endpoint: EndpointSearch | undefined): boolean {
  if (meta.first === undefined || Number(meta.requests ?? 0) === 0) return false
  // sessions written before the summary counted them have the plain fields only
  if (!metaHas(meta, 'app', f.app, meta.app) || !metaHas(meta, 'method', f.method) || !metaHas(meta, 'attack', f.attack) || !metaHas(meta, 'flow', f.flow)) return false
  if (!metaHas(meta, 'host', f.host, meta.host) && !metaOverflowed(meta, 'host')) return false
  if (!metaHas(meta, 'user', f.user, meta.user) && !metaOverflowed(meta, 'user')) return false
  if (!metaHas(meta, 'role', f.role, meta.role) && !metaOverflowed(meta, 'role')) return false
  const ips = f.ip
  if (ips !== undefined && !metaHas(meta, 'ip', ips) && !metaOverflowed(meta, 'ip')) {
    if (!hasRange(ips) || !metaAny(meta, 'ip', (ip) => ipMatches(ips, ip))) return false
  }
  const status = f.status
  if (status !== undefined && !metaAny(meta, 'status', (code) => statusMatches(status, code))) return false
  if (endpoint !== undefined && !metaOverflowed(meta, 'endpoint') && !metaAny(meta, 'endpoint', (e) => endpoint.template(e))) return false
  return true
}

type Entry = [id: string, fields: string[]]

/** A stream entry's record; undefined for an entry that is not one (Redis is input too: never a throw). */
function recordOf(entry: Entry): RequestRecord | undefined {
  const fields = entry[1]
  const at = fields.indexOf('rec')
  if (at === -1) return undefined
  const value = parseJson(fields[at + 1] ?? '')
  return value !== null && typeof value === 'object' && typeof (value as RequestRecord).ts === 'number' ? (value as RequestRecord) : undefined
}

/** Cursor: the last-seen score and sid of the last session examined. */
function encodeCursor(pos: Position): string {
  return Buffer.from(JSON.stringify(pos)).toString('base64url')
}
function decodeCursor(cursor: string | undefined): Position | undefined {
  if (cursor === undefined) return undefined
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown
    return Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'string' ? [v[0], v[1]] : undefined
  } catch {
    return undefined
  }
}

/**
 * At most this many candidate sessions are examined per list request: when the filters the indexes
 * do not answer match little, the answer stops there with `partial: true` and a cursor to go on.
 */
export const MAX_EXAMINED = 2_000
/**
 * With `to`, candidates are first screened on their start time alone, this many at most: the start
 * their id carries (no read) unless it is within START_SLACK_MS of `to`, else the start index. Read
 * SCREEN_CHUNK at a time.
 */
const MAX_SCREENED = 50_000
const SCREEN_CHUNK = 5_000
/**
 * A session's id carries the time of the record that opened its window; with several sensors, another
 * record of it may be written first (and be its start), off by the writers' lag at most: for a session
 * whose id says it began within this much of `to`, the start index is read.
 */
const START_SLACK_MS = 60_000
/**
 * With the long-sessions index (`long`, written by the batch script), a time range reads the
 * sessions index only up to this long after `to`: a session seen last later than that and begun by
 * `to` lasted over an hour and is in the long-sessions index.
 */
const LONG_MARGIN_MS = 2 * SESSION_HOUR_MS

export interface SessionList {
  sessions: SessionSummary[]
  next: string | null
  /** the examination budget ran out before the page filled: `next` continues from there */
  partial: boolean
}

export class SessionStore {
  readonly redis: Redis | Cluster
  readonly layout: Layout
  /** sessions last longer than this never (session.maxDuration): bounds the scan of a `to` range */
  readonly #maxDurationMs: number
  readonly #classify: EndpointClassifier
  /** records a list call may re-count over all the sessions its time range cuts */
  readonly #recountBudget: number

  constructor(redis: Redis | Cluster, layout: Layout, maxDurationMs = Infinity, classify: EndpointClassifier = () => undefined, recountBudget = MAX_RECOUNTED_PER_CALL) {
    this.redis = redis
    this.layout = layout
    this.#maxDurationMs = maxDurationMs
    this.#classify = classify
    this.#recountBudget = recountBudget
  }

  /**
   * Visit a session's records in time order (or reverse), `CHUNK` stream entries per read, so that
   * memory never holds more than a chunk: at most `max` entries are read. Resolves to the id of the
   * last entry read when it stopped early (`visit` returned false, or `max` was reached), else null.
   */
  async scan(
    sid: string,
    range: { from?: number | undefined; to?: number | undefined; after?: string | undefined; reverse?: boolean; ahead?: boolean },
    visit: (rec: RequestRecord, id: string) => boolean | void,
    max = Infinity,
  ): Promise<string | null> {
    const n = shardOfSession(this.layout, sid)
    const key = this.layout.session(n, sid)
    // a session of one request has no stream yet: its record is in the feed (docs/redis.md)
    if (range.after === undefined && (await this.redis.exists(key)) === 0) {
      const entry = await this.#firstEntry(n, sid)
      const rec = entry === undefined ? undefined : recordOf(entry)
      if (rec !== undefined && !(range.from !== undefined && rec.ts < range.from) && !(range.to !== undefined && rec.ts > range.to)) visit(rec, entry![0])
      return null
    }
    // stream ids are write times: a little after arrival; widen, then filter on ts
    let low = range.from === undefined ? '-' : String(Math.max(0, range.from - 60_000))
    let high = range.to === undefined ? '+' : String(range.to + 600_000)
    if (range.after !== undefined) {
      if (range.reverse) high = `(${range.after}`
      else low = `(${range.after}`
    }
    let read = 0
    const ask = (count: number): Promise<Entry[]> => {
      const p = (range.reverse ? this.redis.xrevrange(key, high, low, 'COUNT', count) : this.redis.xrange(key, low, high, 'COUNT', count)) as Promise<Entry[]>
      p.catch(() => {}) // awaited below; never an unhandled rejection when the visit stops first
      return p
    }
    let pending: Promise<Entry[]> | undefined
    for (;;) {
      const count = Math.min(CHUNK, max - read)
      if (count <= 0) return null
      const entries = await (pending ?? ask(count))
      pending = undefined
      // `ahead` (a visit that reads to the end): after a full chunk, the next one is asked for
      // before this one is parsed, so Redis reads meanwhile
      if (range.ahead === true && entries.length === count && read + count < max) {
        if (range.reverse) high = `(${entries.at(-1)![0]}`
        else low = `(${entries.at(-1)![0]}`
        pending = ask(Math.min(CHUNK, max - read - count))
      }
      for (const entry of entries) {
        read++
        const rec = recordOf(entry)
        if (rec === undefined) continue
        if ((range.from !== undefined && rec.ts < range.from) || (range.to !== undefined && rec.ts > range.to)) continue
        if (visit(rec, entry[0]) === false) return entry[0]
      }
      if (entries.length < count) return null
      const last = entries.at(-1)![0]
      if (read >= max) return last
      if (range.reverse) high = `(${last}`
      else low = `(${last}`
    }
  }

  /** The feed entry of a session's first request while the session has no stream of its own. */
  async #firstEntry(n: number, sid: string): Promise<Entry | undefined> {
    const fid = await this.redis.hget(this.layout.meta(n, sid), 'fid')
    if (fid === null) return undefined
    return ((await this.redis.xrange(this.layout.feed(n), fid, fid)) as Entry[])[0]
  }

  /** Every record of a session in a time range, in time order (the export command: it writes them all anyway). */
  async records(sid: string, from?: number, to?: number): Promise<RequestRecord[]> {
    const out: RequestRecord[] = []
    await this.scan(sid, { from, to, ahead: true }, (rec) => {
      out.push(rec)
    })
    return out
  }

  async #tally(sid: string, f: Partial<Filters>): Promise<Tally | undefined> {
    return this.#tallyOf(sid, await this.redis.hgetall(this.layout.meta(shardOfSession(this.layout, sid), sid)), f)
  }

  /**
   * A session's tally from its summary hash, re-counted from its requests when the time range cuts it
   * (`recount.left`: the records a list call may still re-count, lowered by those this one did).
   */
  async #tallyOf(sid: string, meta: Record<string, string>, f: Partial<Filters>, recount?: { left: number }): Promise<Tally | undefined> {
    if (meta.first === undefined) return undefined
    const t = tallyFromMeta(meta)
    const cut = (f.from !== undefined && f.from > t.first) || (f.to !== undefined && f.to < t.last)
    if (!cut) return t
    const inRange = emptyTally()
    await this.scan(sid, { from: f.from, to: f.to, ahead: true }, (r) => addToTally(inRange, r), MAX_RECOUNTED)
    if (recount !== undefined) recount.left -= inRange.requests
    inRange.flows = t.flows
    return inRange
  }

  /** The session of a record id: its time part points into the feed. */
  async sessionOfRecord(rid: string): Promise<string | undefined> {
    const ts = timeOfRecordId(rid)
    if (ts === undefined) return undefined
    for (let n = 0; n < this.layout.shards; n++) {
      // the feed's ids are write times, a little after the record's: read forward from its arrival,
      // a chunk at a time, at most MAX_FEED_SCAN entries (the writer is seconds behind at worst)
      let low = String(Math.max(0, ts - 1_000))
      const high = String(ts + 600_000)
      for (let read = 0; read < MAX_FEED_SCAN; ) {
        const entries = (await this.redis.xrange(this.layout.feed(n), low, high, 'COUNT', CHUNK)) as Entry[]
        for (const entry of entries) {
          const at = entry[1].indexOf('rec')
          // the id is the record's first property after sid: look before parsing
          if (at !== -1 && entry[1][at + 1]!.includes(`"id":"${rid}"`)) return recordOf(entry)?.sid ?? undefined
        }
        read += entries.length
        if (entries.length < CHUNK) break
        low = `(${entries.at(-1)![0]}`
      }
    }
    return undefined
  }

  /** Session ids with requests between `from` and `to` (by last-seen time, then start time), oldest first. */
  async sessionsInRange(from: number, to: number): Promise<string[]> {
    const keep: [string, number][] = []
    for (let n = 0; n < this.layout.shards; n++) {
      const flat = await this.redis.zrangebyscore(this.layout.sessions(n), String(from), '+inf', 'WITHSCORES')
      const chunk: Position[] = []
      for (let i = 0; i < flat.length; i += 2) chunk.push([Number(flat[i + 1]), flat[i]!])
      for (let at = 0; at < chunk.length; at += SCREEN_CHUNK) {
        const part = chunk.slice(at, at + SCREEN_CHUNK)
        const firsts = await this.#starts(part)
        part.forEach(([, sid], i) => {
          if (firsts[i]! <= to) keep.push([sid, firsts[i]!])
        })
      }
    }
    return keep.sort((a, b) => a[1] - b[1]).map(([sid]) => sid)
  }

  /**
   * The start times of these sessions (NaN: gone): from the start index, one read per shard, else
   * their summary. With `after`, a session whose id says it began more than START_SLACK_MS before or
   * after it is not read: the start its id carries is returned (all a screen on `after` needs).
   */
  async #starts(chunk: readonly Position[], after?: number): Promise<number[]> {
    const out = new Array<number>(chunk.length).fill(NaN)
    const byShard = new Map<number, number[]>()
    chunk.forEach(([, sid], i) => {
      const start = after === undefined ? undefined : startOfSession(sid)
      if (start !== undefined && Math.abs(start - after!) > START_SLACK_MS) {
        out[i] = start
        return
      }
      const n = shardOfSession(this.layout, sid)
      const list = byShard.get(n)
      if (list === undefined) byShard.set(n, [i])
      else list.push(i)
    })
    await Promise.all(
      [...byShard].map(async ([n, at]) => {
        const scores = await this.redis.zmscore(this.layout.starts(n), ...at.map((i) => chunk[i]![1]))
        at.forEach((i, k) => (out[i] = scores[k] === null ? NaN : Number(scores[k])))
      }),
    )
    // not in the index (trimmed at the retention while the session lives on): its summary knows
    await Promise.all(
      out.map(async (first, i) => {
        if (Number.isNaN(first)) out[i] = Number((await this.redis.hget(this.layout.meta(shardOfSession(this.layout, chunk[i]![1]), chunk[i]![1]), 'first')) ?? NaN)
      }),
    )
    return out
  }

  /**
   * The sessions that began by `to` and were seen last more than LONG_MARGIN_MS after it and not
   * before `from`, from the long-sessions index: such a session lasts over an hour, so the first
   * request of its last hour (after `to` + an hour, more than an hour after its start) put it there,
   * scored within the hour before its last request. Per shard, positioned where the sessions index
   * has them (their last-seen time). Undefined when a shard's index is not complete back to `to` +
   * an hour (written by an older sensor, or from before it began): then the caller reads the
   * sessions index up to `to` + session.maxDuration as before.
   */
  async #longSessions(from: number, to: number): Promise<Map<string, Position[]> | undefined> {
    const out = new Map<string, Position[]>()
    const shards = Array.from({ length: this.layout.shards }, (_, n) => n)
    const since = await Promise.all(shards.map((n) => this.redis.get(this.layout.longSince(n))))
    if (since.some((v) => v === null || !(Number(v) <= to + SESSION_HOUR_MS))) return undefined
    const horizon = Number.isFinite(this.#maxDurationMs) ? String(to + this.#maxDurationMs) : '+inf'
    await Promise.all(
      shards.map(async (n) => {
        const low = Number.isFinite(from) ? `(${from - SESSION_HOUR_MS}` : '-inf'
        const sids = (await this.redis.zrangebyscore(this.layout.long(n), low, horizon, 'LIMIT', 0, MAX_SCREENED)).filter((sid) => !((startOfSession(sid) ?? -Infinity) > to + START_SLACK_MS))
        // their last-seen times, SCREEN_CHUNK per command (up to MAX_SCREENED ids: never one call of 50,000 arguments)
        const lasts: (string | null)[] = []
        for (let i = 0; i < sids.length; i += SCREEN_CHUNK) lasts.push(...(await this.redis.zmscore(this.layout.sessions(n), ...sids.slice(i, i + SCREEN_CHUNK))))
        const positions: Position[] = []
        sids.forEach((sid, i) => {
          const last = lasts[i] === null ? NaN : Number(lasts[i])
          if (last >= from && last > to + LONG_MARGIN_MS) positions.push([last, sid])
        })
        out.set(this.layout.sessions(n), positions)
      }),
    )
    return out
  }

  async listSessions(f: Filters): Promise<SessionList> {
    let only: string | undefined = f.sid
    if (f.rid !== undefined) {
      const sid = await this.sessionOfRecord(f.rid)
      if (sid === undefined || (only !== undefined && only !== sid)) return { sessions: [], next: null, partial: false }
      only = sid
    }
    if (only !== undefined) return this.#one(only, f)
    const keys = await planCandidates(this.redis, this.layout, f)
    // a session seen last before `from` has nothing in range; one seen last after `to` + the longest
    // a session lasts began after `to`; with the long-sessions index, those seen last more than
    // LONG_MARGIN_MS after `to` come from it instead
    const long = f.to === undefined ? undefined : await this.#longSessions(f.from ?? -Infinity, f.to)
    const stream = new CandidateStream(this.redis, keys, {
      min: f.from ?? -Infinity,
      max: f.to === undefined ? Infinity : long === undefined ? f.to + this.#maxDurationMs : f.to + LONG_MARGIN_MS,
      ...(long === undefined ? {} : { extra: long }),
      after: decodeCursor(f.cursor),
      layout: this.layout,
      // with `to`, most candidates are passed over on their id alone: read them in large chunks
      // (SCREEN_CHUNK per read over all the sets together: a wildcard may name fifty)
      ...(f.to === undefined ? {} : { chunk: Math.max(200, Math.floor(SCREEN_CHUNK / keys.length)), ahead: true }),
    })
    const out: SessionSummary[] = []
    const endpoint = f.q === undefined ? undefined : endpointSearch(f.q)
    const to = f.to
    let examined = 0
    let screened = 0
    let last: Position | undefined
    let cutShort = false
    // the records re-counted for sessions the time range cuts, all together: once spent, the answer
    // stops at the session before, `partial`, with a cursor that goes on from there
    const recount = { left: this.#recountBudget }
    // summaries fetched a page at a time (one round trip per page, not per session)
    const page = Math.max(f.limit * 2, 50)
    const metaOf = (sid: string) => this.layout.meta(shardOfSession(this.layout, sid), sid)
    while (out.length < f.limit && examined < MAX_EXAMINED && screened < MAX_SCREENED && recount.left > 0) {
      const chunk = await stream.next(to === undefined ? Math.min(page, MAX_EXAMINED - examined) : SCREEN_CHUNK)
      if (chunk.length === 0) return { sessions: out, next: null, partial: false }
      // with `to`, the sessions that began after it are passed over on their start time alone
      let inRange: boolean[] | undefined
      if (to !== undefined) {
        const firsts = await this.#starts(chunk, to)
        inRange = firsts.map((first) => !(first > to))
        screened += chunk.length
      }
      let i = 0
      while (i < chunk.length && out.length < f.limit && recount.left > 0) {
        let end = i
        const wanted: string[] = []
        for (; end < chunk.length && wanted.length < page; end++) if (inRange === undefined || inRange[end]) wanted.push(chunk[end]![1])
        // sent together without waiting for each reply (and valid on a cluster, unlike a multi-slot pipeline)
        const metas = await Promise.all(wanted.map((sid) => this.redis.hgetall(metaOf(sid))))
        for (let m = 0; i < end && out.length < f.limit && recount.left > 0; i++) {
          const pos = chunk[i]!
          last = pos
          if (inRange !== undefined && !inRange[i]) continue
          examined++
          const meta = metas[m++]!
          // screened on the summary as it is: no tally built, no records re-counted, for a session that cannot pass
          if (!summaryMatches(meta, f, endpoint)) continue
          const t = await this.#tallyOf(pos[1], meta, f, recount)
          if (t !== undefined && tallyMatches(t, f, endpoint)) out.push(summaryOf(pos[1], t, this.#classify, true))
        }
      }
      cutShort = last !== chunk.at(-1)
    }
    // the page is full or the budget spent: whether anything is left is known only by looking on
    const more = last !== undefined && (cutShort || (await stream.next(1)).length > 0)
    return { sessions: out, next: more ? encodeCursor(last!) : null, partial: more && out.length < f.limit }
  }

  /** The list for one session id (`sid`, or the session of `rid`): its summary if it passes the filters. */
  async #one(sid: string, f: Filters): Promise<SessionList> {
    const t = await this.#tally(sid, f)
    const sessions = t !== undefined && tallyMatches(t, f, f.q === undefined ? undefined : endpointSearch(f.q)) ? [summaryOf(sid, t, this.#classify, true)] : []
    return { sessions, next: null, partial: false }
  }

  async session(sid: string, f: Partial<Filters>): Promise<{ session: SessionSummary; stats: SessionStats } | undefined> {
    const t = await this.#tally(sid, f)
    if (t === undefined) return undefined
    return { session: summaryOf(sid, t, this.#classify, false), stats: statsOf(t) }
  }

  /**
   * A page of a session's requests, bounded by the page, never by the session: sorted by time it
   * reads the stream from the cursor; sorted by duration or size it reads the session's sorted set
   * of entry ids (kept by the batch script) and then only those entries. Filters are checked on the
   * way, over at most MAX_SCANNED entries per call: past that the answer is `partial` with a cursor
   * to go on. `total` is the session's size when no filter is set, else null (unknown without reading
   * it all).
   */
  async requests(sid: string, f: RequestsFilter): Promise<RequestsPage | undefined> {
    const n = shardOfSession(this.layout, sid)
    const exists = await this.redis.exists(this.layout.meta(n, sid))
    if (!exists) return undefined
    const filtered = REQUEST_FILTERS.some((k) => f[k] !== undefined)
    const test = recordFilter(f)
    const out: RequestRecord[] = []
    let next: string | null
    if (f.sort === 'time') {
      next = await this.scan(
        sid,
        { from: f.from, to: f.to, after: f.cursor, reverse: f.order === 'desc' },
        (rec) => {
          if (test(rec)) out.push(rec)
          return out.length < f.limit
        },
        filtered ? MAX_SCANNED : f.limit,
      )
    } else if ((await this.redis.exists(this.layout.session(n, sid))) === 0) {
      // one request, no stream yet: nothing to sort
      next = await this.scan(sid, { from: f.from, to: f.to }, (rec) => {
        if (test(rec)) out.push(rec)
      })
    } else {
      next = await this.#byScore(sid, n, f, test, out, filtered)
    }
    const total = filtered ? null : Number((await this.redis.hget(this.layout.meta(n, sid), 'requests')) ?? 0)
    return { requests: out, next, total, partial: next !== null && out.length < f.limit }
  }

  /** Sorted by duration or size: ranks of the session's sorted set, then those entries only. */
  async #byScore(sid: string, n: number, f: RequestsFilter, test: (r: RequestRecord) => boolean, out: RequestRecord[], filtered: boolean): Promise<string | null> {
    const key = f.sort === 'durationMs' ? this.layout.byDuration(n, sid) : this.layout.bySize(n, sid)
    const stream = this.layout.session(n, sid)
    let rank = f.cursor === undefined ? 0 : Number(f.cursor)
    const budget = filtered ? MAX_SCANNED : f.limit
    const end = rank + budget
    while (rank < end) {
      const count = Math.min(CHUNK, end - rank, filtered ? CHUNK : f.limit - out.length)
      const ids = f.order === 'desc' ? await this.redis.zrevrange(key, String(rank), String(rank + count - 1)) : await this.redis.zrange(key, String(rank), String(rank + count - 1))
      // sent together without waiting for each reply (one key: valid on a cluster)
      const entries = await Promise.all(ids.map((id) => this.redis.xrange(stream, id, id) as Promise<Entry[]>))
      for (let i = 0; i < ids.length; i++) {
        rank++
        const rec = entries[i]![0] === undefined ? undefined : recordOf(entries[i]![0]!)
        if (rec !== undefined && test(rec)) out.push(rec)
        if (out.length >= f.limit) return String(rank)
      }
      if (ids.length < count) return null
    }
    return String(rank)
  }

  /**
   * Every request of a session (filters applied), a chunk at a time into `write`, in time order: a
   * CSV or HAR of any size streams out in bounded memory. `write` resolves when the chunk may go on
   * (the response drained).
   */
  async exportRequests(sid: string, f: Partial<Filters>, write: (recs: RequestRecord[]) => Promise<void>): Promise<boolean> {
    const n = shardOfSession(this.layout, sid)
    const exists = await this.redis.exists(this.layout.meta(n, sid))
    if (!exists) return false
    const test = recordFilter(f)
    const key = this.layout.session(n, sid)
    if ((await this.redis.exists(key)) === 0) {
      // one request, no stream yet: its record is in the feed
      const one: RequestRecord[] = []
      await this.scan(sid, { from: f.from, to: f.to }, (rec) => {
        if (test(rec)) one.push(rec)
      })
      if (one.length > 0) await write(one)
      return true
    }
    // stream ids are write times: a little after arrival; widen, then filter on ts (as scan does).
    // The next chunk is asked for as soon as this one arrives, before it is parsed and written:
    // Redis reads while the console formats (two chunks in memory at most)
    const high = f.to === undefined ? '+' : String(f.to + 600_000)
    const read = (low: string): Promise<Entry[]> => {
      const p = this.redis.xrange(key, low, high, 'COUNT', EXPORT_CHUNK) as Promise<Entry[]>
      p.catch(() => {}) // awaited below; never an unhandled rejection if the download stops first
      return p
    }
    let pending: Promise<Entry[]> | undefined = read(f.from === undefined ? '-' : String(Math.max(0, f.from - 60_000)))
    while (pending !== undefined) {
      const entries: Entry[] = await pending
      pending = entries.length === EXPORT_CHUNK ? read(`(${entries.at(-1)![0]}`) : undefined
      const chunk: RequestRecord[] = []
      for (const entry of entries) {
        const rec = recordOf(entry)
        if (rec === undefined || (f.from !== undefined && rec.ts < f.from) || (f.to !== undefined && rec.ts > f.to)) continue
        if (test(rec)) chunk.push(rec)
      }
      if (chunk.length > 0) await write(chunk)
    }
    return true
  }
}

export type RequestsFilter = Partial<Filters> & { sort: 'time' | 'durationMs' | 'resBytes'; order: 'asc' | 'desc'; limit: number; cursor?: string | undefined }

export interface RequestsPage {
  requests: RequestRecord[]
  /** where the next page starts; null at the end */
  next: string | null
  /** the session's requests when no filter is set, else null */
  total: number | null
  /** the scan budget ran out before the page filled: `next` goes on */
  partial: boolean
}

/** the filters that make a page of requests a subset of the session */
const REQUEST_FILTERS = ['from', 'to', 'q', 'rid', 'ip', 'status', 'method', 'attack', 'user', 'role', 'app', 'host', 'flow'] as const
/** stream entries read per Redis call */
const CHUNK = 500
/** stream entries per read of an export (two in memory at most: the one written, the next one read) */
const EXPORT_CHUNK = 1_000
/** entries examined per filtered page of requests before answering `partial` */
const MAX_SCANNED = 5_000
/** entries re-counted for a session cut by a time range (its summary then counts those) */
const MAX_RECOUNTED = 20_000
/** records re-counted per list call, over every session the time range cuts (a session started under it may take MAX_RECOUNTED past it) */
const MAX_RECOUNTED_PER_CALL = 60_000
/** feed entries read to find the session of a record id */
const MAX_FEED_SCAN = 20_000
