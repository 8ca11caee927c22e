/**
 * The console's reads from Redis (never the proxy's path): sessions by last-seen time, their
 * summaries, their requests. A time range keeps only sessions with requests in range and, inside
 * each, counts only those requests (re-counted from the session's stream when the range cuts it).
 */
import type { Cluster, Redis } from 'ioredis'
import type { RequestRecord } from '../capture/record.ts'
import { timeOfRecordId } from '../capture/ids.ts'
import type { Layout } from '../sink/layout.ts'
import { shardOfSession } from '../sink/layout.ts'
import { recordFilter, wildcardToRegExp, type Filters } from './query.ts'

export interface Count {
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
  flows: string[]
}

export interface SessionStats {
  status: Count[]
  method: Count[]
  ip: Count[]
  endpoint: Count[]
  attack: Count[]
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
  by: Record<keyof SessionStats, Map<string, number>>
  flows: Set<string>
}

function emptyTally(): Tally {
  return {
    first: Infinity, last: 0, requests: 0, attacks: 0, app: '', host: '', user: null, role: null, flows: new Set(),
    by: { status: new Map(), method: new Map(), ip: new Map(), endpoint: new Map(), attack: new Map() },
  }
}

const add = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n)

/** A summary hash as the batch script writes it. */
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
  for (const [field, value] of Object.entries(meta)) {
    const colon = field.indexOf(':')
    if (colon === -1) continue
    const kind = field.slice(0, colon)
    const key = field.slice(colon + 1)
    if (kind === 'flow') t.flows.add(key)
    else if (kind in t.by) add(t.by[kind as keyof SessionStats], key, Number(value))
  }
  return t
}

function tallyFromRecords(records: readonly RequestRecord[]): Tally {
  const t = emptyTally()
  for (const r of records) {
    t.first = Math.min(t.first, r.ts)
    t.last = Math.max(t.last, r.ts)
    t.requests++
    t.attacks += r.attacks.length
    if (t.app === '') {
      t.app = r.app
      t.host = r.host
    }
    if (r.user) t.user = r.user
    if (r.role) t.role = r.role
    add(t.by.status, String(r.status))
    add(t.by.method, r.method)
    add(t.by.ip, r.ip)
    add(t.by.endpoint, r.endpoint ?? r.path)
    for (const a of r.attacks) add(t.by.attack, a)
    if (r.flows) for (const f of r.flows) t.flows.add(f)
  }
  return t
}

const ranked = (m: Map<string, number>, total: number): Count[] =>
  [...m]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([value, count]) => ({ value, count, pct: total === 0 ? 0 : Math.round((count / total) * 1000) / 10 }))

function summaryOf(sid: string, t: Tally): SessionSummary {
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
    flows: [...t.flows],
  }
}

function statsOf(t: Tally): SessionStats {
  return {
    status: ranked(t.by.status, t.requests),
    method: ranked(t.by.method, t.requests),
    ip: ranked(t.by.ip, t.requests),
    endpoint: ranked(t.by.endpoint, t.requests),
    attack: ranked(t.by.attack, t.attacks),
  }
}

/** Whether a session's tally passes the session-level filters. */
function tallyMatches(t: Tally, f: Partial<Filters>): boolean {
  if (t.requests === 0) return false
  if (f.app !== undefined && t.app !== f.app) return false
  if (f.host !== undefined && t.host !== f.host) return false
  if (f.user !== undefined && t.user !== f.user) return false
  if (f.role !== undefined && t.role !== f.role) return false
  if (f.ip !== undefined && !t.by.ip.has(f.ip)) return false
  if (f.status !== undefined && !t.by.status.has(f.status)) return false
  if (f.method !== undefined && !t.by.method.has(f.method)) return false
  if (f.attack !== undefined && !t.by.attack.has(f.attack)) return false
  if (f.flow !== undefined && !t.flows.has(f.flow)) return false
  if (f.q !== undefined) {
    const re = wildcardToRegExp(f.q)
    if (![...t.by.endpoint.keys()].some((e) => re.test(e))) return false
  }
  return true
}

function parseEntries(entries: [string, string[]][]): RequestRecord[] {
  const out: RequestRecord[] = []
  for (const [, fields] of entries) {
    const at = fields.indexOf('rec')
    if (at !== -1) out.push(JSON.parse(fields[at + 1]!) as RequestRecord)
  }
  return out
}

/** Cursor: the last-seen score and sid of the last session returned. */
function encodeCursor(score: number, sid: string): string {
  return Buffer.from(JSON.stringify([score, sid])).toString('base64url')
}
function decodeCursor(cursor: string | undefined): [number, string] | undefined {
  if (cursor === undefined) return undefined
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown
    return Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'string' ? [v[0], v[1]] : undefined
  } catch {
    return undefined
  }
}

/** At most this many candidate sessions are examined per list request (filters that match little stay bounded). */
const MAX_SCAN = 5_000

export class SessionStore {
  readonly redis: Redis | Cluster
  readonly layout: Layout

  constructor(redis: Redis | Cluster, layout: Layout) {
    this.redis = redis
    this.layout = layout
  }

  async records(sid: string, from?: number, to?: number): Promise<RequestRecord[]> {
    const key = this.layout.session(shardOfSession(this.layout, sid), sid)
    // stream ids are write times: a little after arrival; widen, then filter on ts
    const start = from === undefined ? '-' : String(Math.max(0, from - 60_000))
    const end = to === undefined ? '+' : String(to + 600_000)
    const recs = parseEntries((await this.redis.xrange(key, start, end)) as [string, string[]][])
    return recs.filter((r) => (from === undefined || r.ts >= from) && (to === undefined || r.ts <= to))
  }

  async #tally(sid: string, f: Partial<Filters>): Promise<Tally | undefined> {
    return this.#tallyOf(sid, await this.redis.hgetall(this.layout.meta(shardOfSession(this.layout, sid), sid)), f)
  }

  /** A session's tally from its summary hash, re-counted from its requests when the time range cuts it. */
  async #tallyOf(sid: string, meta: Record<string, string>, f: Partial<Filters>): Promise<Tally | undefined> {
    if (meta.first === undefined) return undefined
    const t = tallyFromMeta(meta)
    const cut = (f.from !== undefined && f.from > t.first) || (f.to !== undefined && f.to < t.last)
    if (!cut) return t
    const inRange = tallyFromRecords(await this.records(sid, f.from, f.to))
    inRange.flows = t.flows
    return inRange
  }

  /** The session of a record id: its time part points into the feed. */
  async sessionOfRecord(rid: string): Promise<string | undefined> {
    const ts = timeOfRecordId(rid)
    if (ts === undefined) return undefined
    for (let n = 0; n < this.layout.shards; n++) {
      const entries = (await this.redis.xrange(this.layout.feed(n), String(Math.max(0, ts - 60_000)), String(ts + 600_000))) as [string, string[]][]
      const hit = parseEntries(entries).find((r) => r.id === rid)
      if (hit) return hit.sid ?? undefined
    }
    return undefined
  }

  /** Session ids with requests between `from` and `to` (by last-seen time, then checked), oldest first. */
  async sessionsInRange(from: number, to: number): Promise<string[]> {
    const out: [string, number][] = []
    for (let n = 0; n < this.layout.shards; n++) {
      const flat = await this.redis.zrangebyscore(this.layout.sessions(n), String(from), '+inf', 'WITHSCORES')
      for (let i = 0; i < flat.length; i += 2) out.push([flat[i]!, Number(flat[i + 1])])
    }
    const keep: [string, number][] = []
    for (const [sid] of out) {
      const first = Number(await this.redis.hget(this.layout.meta(shardOfSession(this.layout, sid), sid), 'first'))
      if (Number.isFinite(first) && first <= to) keep.push([sid, first])
    }
    return keep.sort((a, b) => a[1] - b[1]).map(([sid]) => sid)
  }

  async listSessions(f: Filters): Promise<{ sessions: SessionSummary[]; next: string | null }> {
    let only: string | undefined = f.sid
    if (f.rid !== undefined) {
      const sid = await this.sessionOfRecord(f.rid)
      if (sid === undefined || (only !== undefined && only !== sid)) return { sessions: [], next: null }
      only = sid
    }
    const after = decodeCursor(f.cursor)
    const out: SessionSummary[] = []
    const scores = new Map<string, number>()
    let candidates: [string, number][]
    if (only !== undefined) {
      const score = await this.redis.zscore(this.layout.sessions(shardOfSession(this.layout, only)), only)
      candidates = score === null ? [] : [[only, Number(score)]]
    } else {
      const max = after ? String(after[0]) : '+inf'
      const min = f.from === undefined ? '-inf' : String(f.from)
      candidates = []
      for (let n = 0; n < this.layout.shards; n++) {
        const flat = await this.redis.zrevrangebyscore(this.layout.sessions(n), max, min, 'WITHSCORES', 'LIMIT', 0, MAX_SCAN)
        for (let i = 0; i < flat.length; i += 2) candidates.push([flat[i]!, Number(flat[i + 1])])
      }
      candidates.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))
      if (after) {
        // skip up to and including the cursor's session among equal scores
        const at = candidates.findIndex(([sid, score]) => score === after[0] && sid === after[1])
        if (at !== -1) candidates = candidates.slice(at + 1)
      }
    }
    // summaries fetched a page at a time (one round trip per page, not per session)
    let more = false
    const page = Math.max(f.limit * 2, 50)
    scan: for (let at = 0; at < Math.min(candidates.length, MAX_SCAN); at += page) {
      const chunk = candidates.slice(at, Math.min(at + page, MAX_SCAN))
      // sent together without waiting for each reply (and valid on a cluster, unlike a multi-slot pipeline)
      const metas = await Promise.all(chunk.map(([sid]) => this.redis.hgetall(this.layout.meta(shardOfSession(this.layout, sid), sid))))
      for (let i = 0; i < chunk.length; i++) {
        if (out.length === f.limit) {
          more = true
          break scan
        }
        const [sid, score] = chunk[i]!
        const t = await this.#tallyOf(sid, metas[i]!, f)
        if (t === undefined || !tallyMatches(t, f)) continue
        scores.set(sid, score)
        out.push(summaryOf(sid, t))
      }
    }
    const last = out.at(-1)
    return { sessions: out, next: more && last ? encodeCursor(scores.get(last.sid)!, last.sid) : null }
  }

  async session(sid: string, f: Partial<Filters>): Promise<{ session: SessionSummary; stats: SessionStats } | undefined> {
    const t = await this.#tally(sid, f)
    if (t === undefined) return undefined
    return { session: summaryOf(sid, t), stats: statsOf(t) }
  }

  async requests(
    sid: string,
    f: Partial<Filters> & { sort: 'time' | 'durationMs' | 'resBytes'; order: 'asc' | 'desc'; limit: number; cursor?: string | undefined },
  ): Promise<{ requests: RequestRecord[]; next: string | null; total: number } | undefined> {
    const exists = await this.redis.exists(this.layout.meta(shardOfSession(this.layout, sid), sid))
    if (!exists) return undefined
    const all = (await this.records(sid, f.from, f.to)).filter(recordFilter(f))
    const key = f.sort === 'time' ? 'ts' : f.sort
    const dir = f.order === 'asc' ? 1 : -1
    all.sort((a, b) => dir * ((a[key] as number) - (b[key] as number)) || dir * (a.ts - b.ts))
    const offset = f.cursor === undefined ? 0 : Number(f.cursor)
    const page = all.slice(offset, offset + f.limit)
    return { requests: page, next: offset + f.limit < all.length ? String(offset + f.limit) : null, total: all.length }
  }
}
