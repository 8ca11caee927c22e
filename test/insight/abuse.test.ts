import t from 'tap'
import { AbuseTracker, type AbuseEvent, type AbuseThresholds } from '../../src/insight/abuse.ts'
import { configSchema } from '../../src/config/schema.ts'

const defaults: AbuseThresholds = configSchema.parse({ applications: [{ name: 'a', hosts: ['a.test'], upstream: 'http://127.0.0.1:1' }] }).insight.abuse
const T0 = Date.UTC(2026, 10, 23, 12)

function ev(key: string, i: number, over: Partial<AbuseEvent> = {}): AbuseEvent {
  return { key, app: 'shop', ts: T0 + i * 100, status: 200, endpoint: '/products', path: '/products', user: null, login: false, scanner: false, ...over }
}

/** every kind a run of events fires, with the index of the event that fired it */
function run(tracker: AbuseTracker, events: AbuseEvent[]): Record<string, number> {
  const fired: Record<string, number> = {}
  events.forEach((e, i) => {
    for (const k of tracker.observe(e)) {
      if (k in fired) throw new Error(`${k} fired twice`)
      fired[k] = i
    }
  })
  return fired
}

t.test('security_crawler: a burst of 404s over many paths, or scanner probes', async (t) => {
  const events = Array.from({ length: 30 }, (_, i) => ev('c', i, { status: 404, path: `/probe-${i}`, endpoint: `/probe-${i}` }))
  t.same(run(new AbuseTracker(defaults), events), { security_crawler: 19 }, 'the 20th 404 over 20 paths crosses it')
  const samePath = Array.from({ length: 30 }, (_, i) => ev('c', i, { status: 404, path: '/favicon.ico' }))
  t.same(run(new AbuseTracker(defaults), samePath), {}, 'one missing favicon asked for again and again is not a crawler')
  const probes = Array.from({ length: 5 }, (_, i) => ev('s', i, { scanner: true }))
  t.same(run(new AbuseTracker(defaults), probes), { security_crawler: 2 })
  const slow = Array.from({ length: 30 }, (_, i) => ev('c', i * 100, { status: 404, path: `/p${i}` }))
  t.same(run(new AbuseTracker(defaults), slow), {}, 'one 404 every 10 s never fills a 60 s window')
})

t.test('scraping: many ids of one endpoint at machine rate', async (t) => {
  const ids = Array.from({ length: 150 }, (_, i) => ev('s', i, { endpoint: '/products/{id}', path: `/products/${i}` }))
  t.same(run(new AbuseTracker(defaults), ids), { scraping: 99 })
  const browsing = Array.from({ length: 150 }, (_, i) => ev('s', i * 10, { endpoint: '/products/{id}', path: `/products/${i}` }))
  t.same(run(new AbuseTracker(defaults), browsing), {}, 'one product a second is browsing')
  const same = Array.from({ length: 150 }, (_, i) => ev('s', i, { endpoint: '/products/{id}', path: '/products/1' }))
  t.same(run(new AbuseTracker(defaults), same), {}, 'the same id again is polling, not scraping')
})

t.test('account_takeover: failed logins, or many users in one session', async (t) => {
  const fails = Array.from({ length: 12 }, (_, i) => ev('a', i, { login: true, status: 401, endpoint: '/login', path: '/login' }))
  t.same(run(new AbuseTracker(defaults), fails), { account_takeover: 9 })
  const otherFails = Array.from({ length: 12 }, (_, i) => ev('a', i, { status: 401 }))
  t.same(run(new AbuseTracker(defaults), otherFails), {}, '401s elsewhere are not logins')
  const users = Array.from({ length: 8 }, (_, i) => ev('a', i, { user: `user${i}` }))
  t.same(run(new AbuseTracker(defaults), users), { account_takeover: 4 })
  const oneUser = Array.from({ length: 8 }, (_, i) => ev('a', i, { user: 'ann' }))
  t.same(run(new AbuseTracker(defaults), oneUser), {})
})

t.test('api_abuse: far above the application’s normal', async (t) => {
  const tracker = new AbuseTracker(defaults)
  const normal: AbuseEvent[] = []
  for (let s = 0; s < 10; s++) for (let i = 0; i < 3; i++) normal.push(ev(`n${s}`, i))
  t.same(run(tracker, normal), {})
  const heavy = Array.from({ length: 400 }, (_, i) => ev('heavy', i / 10))
  t.same(run(tracker, heavy), { api_abuse: 299 }, 'the floor of 5 req/s over the window is crossed at 300 requests')
  const busyApp = new AbuseTracker(defaults)
  const busy: AbuseEvent[] = []
  for (let s = 0; s < 10; s++) for (let i = 0; i < 400; i++) busy.push(ev(`b${s}`, i / 10))
  t.same(run(busyApp, busy), {}, 'when every session is that busy, that is the normal')
})

t.test('state stays bounded and old sessions leave', async (t) => {
  const tracker = new AbuseTracker({ ...defaults, maxSessions: 100 })
  for (let i = 0; i < 1000; i++) tracker.observe(ev(`k${i}`, 0))
  t.equal(tracker.sessions, 100, 'at most maxSessions followed')
  tracker.observe(ev('late', 10_000))
  t.equal(tracker.sessions, 1, 'sessions idle for a whole window are forgotten')
  t.same(tracker.observe(ev('late', 0)), [], 'a record older than the window is not counted')
})

t.test('a slow client below every threshold grows nothing: the windows hold their own values only', async (t) => {
  // (an audit's finding) 64 endpoints, ids of 2 KB, one request every 100 ms for 10 windows: each endpoint's
  // 99 ids were kept for the session's life, 2 KB a request without end
  const tracker = new AbuseTracker(defaults)
  const pad = 'x'.repeat(2000)
  const steps = 10 * (defaults.window / 100)
  let most = 0
  let fired = 0
  for (let i = 0; i < steps; i++) {
    fired += tracker.observe(ev('slow', i, { endpoint: `/e${i % 64}/{id}`, path: `/e${i % 64}/${pad}${i}`, user: `u${i % 3}` })).length
    if (i % 1000 === 999) most = Math.max(most, tracker.trackedValues())
  }
  t.equal(fired, 0, 'ten ids a second over 64 endpoints is no scraping')
  // (each endpoint's map is pruned when it is next used: a visit every 6.4 s keeps its one stale id at most that long; 6,300 and more before)
  t.ok(most <= defaults.window / 100 + 64 + 3, `about a window's requests held (${most} values, ${defaults.window / 100} requests a window)`)
  t.ok(most > 0)
})

t.test('a session seen again stays; the least recently seen goes first', async (t) => {
  const window = defaults.window / 100 // in ev()'s steps of 100 ms
  const idle = new AbuseTracker(defaults)
  idle.observe(ev('old', 0))
  for (let i = 0; i < 2 * window; i += 5) idle.observe(ev('busy', i))
  t.equal(idle.sessions, 1, 'the idle session left after a window; the busy one, seen all along, stayed')

  // evictions by recency: 'busy' is seen between each pair of new sessions and keeps its state,
  // so its fourth distinct user within the window crosses the threshold
  const tracker = new AbuseTracker({ ...defaults, maxSessions: 3, window: 600_000, distinctUsers: 4 })
  let fired: string[] = []
  for (let k = 0; k < 4; k++) {
    fired = tracker.observe(ev('busy', k * 700, { user: `u${k}` }))
    tracker.observe(ev(`x${k}a`, k * 700 + 300))
    tracker.observe(ev(`x${k}b`, k * 700 + 350))
  }
  t.equal(tracker.sessions, 3)
  t.same(fired, ['account_takeover'], 'the busy session was never the one forgotten')
})
