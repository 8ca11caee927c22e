/**
 * API abuse per session (SPEC §7), over a sliding window cut in ten slices, with thresholds from the
 * config. Each kind is reported once per session, on the record that crossed its threshold:
 * - security_crawler: scanner probes, or a burst of 404s over many distinct paths;
 * - scraping: many distinct resource ids of one endpoint, at machine rate;
 * - account_takeover: many failed logins (401/403 on auth endpoints), or many distinct users;
 * - api_abuse: a request rate far above the application's normal, the median of its active sessions.
 * State is per sensor instance and bounded (`maxSessions`, least recently seen forgotten first, to
 * within a window slice); time is the records' own, so a replay gives the same answers.
 */
import type { Config } from '../config/schema.ts'
import type { AbuseKind } from '../capture/record.ts'

export type AbuseThresholds = Readonly<Config['insight']['abuse']>

/** What the tracker needs of one record. */
export interface AbuseEvent {
  /** the session key (the same for every request of a session) */
  readonly key: string
  readonly app: string
  readonly ts: number
  readonly status: number
  readonly endpoint: string
  readonly path: string
  readonly user: string | null
  /** a request to an auth endpoint */
  readonly login: boolean
  /** the attack detector saw a scanner probe */
  readonly scanner: boolean
}

const SLICES = 10
/** counters kept per slice, side by side in one array */
const REQ = 0
const NOT_FOUND = 1
const FAILED_LOGIN = 2
const PROBE = 3
const COUNTERS = 4
/** scanner-probe requests in the window that make a crawler */
const PROBES = 3
/** active sessions an application needs before its median is its normal */
const MIN_PEERS = 5
const BUCKETS = 32

const KIND_BIT: Record<AbuseKind, number> = { security_crawler: 1, scraping: 2, account_takeover: 4, api_abuse: 8 }

interface SessionState {
  readonly key: string
  readonly app: AppState
  /** index of the newest slice seen */
  slice: number
  /** first seen (by this tracker) and last seen */
  readonly first: number
  last: number
  /** when the session last moved to the end of the eviction order */
  moved: number
  readonly counts: Int32Array
  /** window request count as last put in the app's histogram */
  bucketed: number
  fired: number
  /** distinct 404 paths, ids of each endpoint (at most 64 endpoints), users: keyOf(value) → last seen, the window's only, oldest first */
  notFoundPaths: Map<number, number> | undefined
  ids: Map<string, Map<number, number>> | undefined
  users: Map<number, number> | undefined
}

interface AppState {
  /** active sessions by log2 bucket of their window request count */
  readonly hist: Int32Array
  sessions: number
}

function bucketOf(n: number): number {
  return n <= 0 ? 0 : Math.min(BUCKETS - 1, 32 - Math.clz32(n))
}

export class AbuseTracker {
  #t: AbuseThresholds
  #sliceMs = 0
  readonly #sessions = new Map<string, SessionState>()
  readonly #apps = new Map<string, AppState>()
  #now = 0

  constructor(thresholds: AbuseThresholds) {
    this.#t = thresholds
    this.configure(thresholds)
  }

  /** New thresholds (a reload); what was counted so far stays. */
  configure(thresholds: AbuseThresholds): void {
    this.#t = thresholds
    this.#sliceMs = Math.max(1, Math.ceil(thresholds.window / SLICES))
  }

  get sessions(): number {
    return this.#sessions.size
  }

  /** The distinct values the sessions' windows hold (404 paths, ids, users), all sessions summed: O(sessions), for tests and diagnostics. */
  trackedValues(): number {
    let n = 0
    for (const s of this.#sessions.values()) {
      n += (s.notFoundPaths?.size ?? 0) + (s.users?.size ?? 0)
      if (s.ids !== undefined) for (const m of s.ids.values()) n += m.size
    }
    return n
  }

  /** The kinds this record makes its session cross, each at most once per session. */
  observe(e: AbuseEvent): AbuseKind[] {
    const t = this.#t
    if (e.ts > this.#now) this.#now = e.ts
    this.#forgetIdle()
    const s = this.#session(e)
    const slice = Math.floor(e.ts / this.#sliceMs)
    if (slice > s.slice) this.#roll(s, slice)
    else if (s.slice - slice >= SLICES) return [] // older than the window: too late to count
    const at = (slice % SLICES) * COUNTERS
    const c = s.counts
    c[at + REQ]!++
    if (e.status === 404) c[at + NOT_FOUND]!++
    if (e.login && (e.status === 401 || e.status === 403)) c[at + FAILED_LOGIN]!++
    if (e.scanner) c[at + PROBE]!++
    this.#rebucket(s)

    let out: AbuseKind[] | undefined
    const windowStart = e.ts - t.window
    if (!(s.fired & KIND_BIT.security_crawler)) {
      if (e.scanner && this.#sum(s, PROBE) >= PROBES) out = fire(s, out, 'security_crawler')
      else if (e.status === 404) {
        const paths = (s.notFoundPaths ??= new Map<number, number>())
        see(paths, keyOf(e.path), e.ts, windowStart)
        if (paths.size >= t.crawlerDistinctPaths && this.#sum(s, NOT_FOUND) >= t.crawlerNotFound) out = fire(s, out, 'security_crawler')
      }
    }
    if (!(s.fired & KIND_BIT.scraping) && e.endpoint.includes('{') && e.status < 400) {
      const ids = (s.ids ??= new Map<string, Map<number, number>>())
      let seen = ids.get(e.endpoint)
      if (seen === undefined) {
        if (ids.size >= 64) ids.delete(ids.keys().next().value!) // bound the endpoints followed per session
        ids.set(e.endpoint, (seen = new Map<number, number>()))
      }
      see(seen, keyOf(e.path), e.ts, windowStart)
      // machine rate: requests per second since the session began, or over the window when older
      const seconds = Math.min(t.window, Math.max(1_000, e.ts - s.first)) / 1000
      if (seen.size >= t.scrapingDistinctIds && this.#sum(s, REQ) >= t.scrapingRate * seconds) {
        out = fire(s, out, 'scraping')
        s.ids = undefined
      }
    }
    if (!(s.fired & KIND_BIT.account_takeover)) {
      if (e.login && this.#sum(s, FAILED_LOGIN) >= t.failedLogins) out = fire(s, out, 'account_takeover')
      else if (e.user !== null) {
        const users = (s.users ??= new Map<number, number>())
        see(users, keyOf(e.user), e.ts, windowStart)
        if (users.size >= t.distinctUsers) out = fire(s, out, 'account_takeover')
      }
    }
    if (!(s.fired & KIND_BIT.api_abuse)) {
      const count = this.#sum(s, REQ)
      const windowSeconds = t.window / 1000
      if (count >= t.minRate * windowSeconds && count >= t.rateFactor * this.#normal(s.app, t.minRate * windowSeconds)) out = fire(s, out, 'api_abuse')
    }
    return out ?? NONE
  }

  #session(e: AbuseEvent): SessionState {
    let s = this.#sessions.get(e.key)
    if (s === undefined) {
      let app = this.#apps.get(e.app)
      if (app === undefined) this.#apps.set(e.app, (app = { hist: new Int32Array(BUCKETS), sessions: 0 }))
      s = {
        key: e.key, app, slice: Math.floor(e.ts / this.#sliceMs), first: e.ts, last: e.ts, moved: e.ts, counts: new Int32Array(SLICES * COUNTERS),
        bucketed: 0, fired: 0, notFoundPaths: undefined, ids: undefined, users: undefined,
      }
      app.hist[0]!++
      app.sessions++
      if (this.#sessions.size >= this.#t.maxSessions) this.#forget(this.#sessions.values().next().value!)
      this.#sessions.set(e.key, s)
    } else if (e.ts - s.moved >= this.#sliceMs) {
      // the map's order is the eviction order, by when each session last moved to its end: moving
      // on every record cost more than the rest of the tracking, so a session moves once a slice
      this.#sessions.delete(e.key)
      this.#sessions.set(e.key, s)
      s.moved = e.ts
    }
    if (e.ts > s.last) s.last = e.ts
    return s
  }

  /** Sessions not seen for a whole window leave the application's normal. */
  #forgetIdle(): void {
    const horizon = this.#now - this.#t.window
    for (const s of this.#sessions.values()) {
      if (s.moved >= horizon) break
      if (s.last < horizon) this.#forget(s)
      else {
        // seen within the window since it last moved: to the end (the loop meets it again there, and stops)
        this.#sessions.delete(s.key)
        this.#sessions.set(s.key, s)
        s.moved = s.last
      }
    }
  }

  #forget(s: SessionState): void {
    this.#sessions.delete(s.key)
    s.app.hist[bucketOf(s.bucketed)]!--
    s.app.sessions--
  }

  /** Move the window forward to `slice`, emptying the slices it passes. */
  #roll(s: SessionState, slice: number): void {
    const steps = Math.min(SLICES, slice - s.slice)
    for (let k = 1; k <= steps; k++) s.counts.fill(0, ((s.slice + k) % SLICES) * COUNTERS, ((s.slice + k) % SLICES) * COUNTERS + COUNTERS)
    s.slice = slice
  }

  #sum(s: SessionState, counter: number): number {
    let n = 0
    for (let i = counter; i < s.counts.length; i += COUNTERS) n += s.counts[i]!
    return n
  }

  #rebucket(s: SessionState): void {
    const count = this.#sum(s, REQ)
    const from = bucketOf(s.bucketed)
    const to = bucketOf(count)
    if (from !== to) {
      s.app.hist[from]!--
      s.app.hist[to]!++
    }
    s.bucketed = count
  }

  /** The median window request count of the application's active sessions (a fallback without enough of them). */
  #normal(app: AppState, fallback: number): number {
    if (app.sessions < MIN_PEERS) return fallback
    let seen = 0
    const half = app.sessions / 2
    for (let b = 0; b < BUCKETS; b++) {
      seen += app.hist[b]!
      // bucket b holds counts in [2^(b-1), 2^b): its geometric middle stands for them
      if (seen >= half) return b === 0 ? 0 : 2 ** (b - 0.5)
    }
    return fallback
  }
}

const NONE: AbuseKind[] = []

/** Mark `kind` fired on the session and add it to what this record reports. */
function fire(s: SessionState, out: AbuseKind[] | undefined, kind: AbuseKind): AbuseKind[] {
  s.fired |= KIND_BIT[kind]
  const list = out ?? []
  list.push(kind)
  return list
}

/**
 * Note `key` seen at `ts` (moved to the end: the map is oldest first) and drop what is older than
 * `since` from the front, so the map holds the window's distinct values only, whatever the client's
 * pace: a slow one that never reaches a threshold grows nothing (an audit's finding: an endpoint's
 * 99 ids of 2 KB each, kept for the session's life, 2 KB a request without end). Amortised O(1).
 */
function see(seen: Map<number, number>, key: number, ts: number, since: number): void {
  seen.delete(key)
  seen.set(key, ts)
  for (const [k, at] of seen) {
    if (at >= since) break
    seen.delete(k)
  }
}

/**
 * A path or a user name as the number the maps hold (FNV-1a, 32 bits), not the string of up to 2 KB:
 * a collision among the hundred or so values of one map counts one value less, nothing more.
 */
function keyOf(value: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193)
  return h >>> 0
}
