import t from 'tap'
import { startRedis } from '../helpers/redis.ts'
import { startWriter } from '../helpers/writer.ts'
import { newRecord, type RequestRecord } from '../../src/capture/record.ts'
import { createLayout } from '../../src/redis/layout.ts'
import { CandidateStream, ipFilterAddresses, MAX_RANGE_ADDRESSES, MAX_SEARCH_ENDPOINTS, planCandidates } from '../../src/console/candidates.ts'
import { MAX_EXAMINED, SessionStore } from '../../src/console/store.ts'
import { sessionsQuery } from '../../src/console/query.ts'

const layout = createLayout('apisess:', 1, false)
const T0 = Date.now() - 3_600_000

interface Shape {
  method?: string
  status?: number
  ip?: string
  endpoint?: string
  attacks?: string[]
  flows?: string[]
  user?: string
}

function rec(i: number, sid: string, ts: number, shape: Shape = {}): RequestRecord {
  const r = newRecord(`r${i}`, ts, 'shop', shape.method ?? 'GET', shape.endpoint ?? '/products/1', { host: 'shop.test' }, shape.ip ?? '192.0.2.1')
  r.sid = sid
  r.windowKey = sid
  r.status = shape.status ?? 200
  r.endpoint = shape.endpoint ?? '/products/{id}'
  r.attacks = shape.attacks ?? []
  r.flows = shape.flows ?? []
  r.user = shape.user ?? null
  return r
}

const list = (store: SessionStore, query: Record<string, string>) => store.listSessions(sessionsQuery.parse(query))
/** a session id is its window key, a dash and its start time: the window key names the test's sessions */
const named = (sids: readonly string[]) => sids.map((sid) => sid.slice(0, sid.lastIndexOf('-')))
const names = (page: { sessions: { sid: string }[] }) => named(page.sessions.map((s) => s.sid))

t.test('the batch script indexes each session by field value and endpoint; the planner reads the narrowest index', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url)
  t.teardown(() => sink.close())
  const records: RequestRecord[] = []
  // 300 ordinary sessions, one with an attack, one that signs in, one from a rare IP on another endpoint
  for (let s = 0; s < 300; s++) records.push(rec(s, `s${String(s).padStart(3, '0')}`, T0 + s * 10))
  records.push(rec(1000, 'attacked', T0 + 5, { attacks: ['sqli'], endpoint: '/search', method: 'POST', status: 403 }))
  records.push(rec(1001, 'signin', T0 + 6, { flows: ['auth'], user: 'ann', endpoint: '/login', method: 'POST' }))
  records.push(rec(1002, 'rare', T0 + 7, { ip: '203.0.113.9', endpoint: '/admin/users/{id}' }))
  for (const r of records) sink.push(r)
  await sink.waitWritten(records.length)

  const c = redis.client
  t.same(named(await c.zrange('apisess:idx:attack:sqli', '0', '-1')), ['attacked'])
  t.same(named(await c.zrange('apisess:idx:flow:auth', '0', '-1')), ['signin'])
  t.same(named(await c.zrange('apisess:idx:user:ann', '0', '-1')), ['signin'])
  t.same(named(await c.zrange('apisess:idx:ip:203.0.113.9', '0', '-1')), ['rare'])
  t.equal(await c.zcard('apisess:idx:method:GET'), 301)
  t.same((await c.zrange('apisess:endpoints', '0', '-1')).sort(), ['/admin/users/{id}', '/login', '/products/{id}', '/search'].sort(), 'the endpoint registry')
  t.ok((await c.pttl('apisess:idx:status:200')) > 0, 'indexes expire with the retention')

  t.same(await planCandidates(c, layout, { method: ['GET'], attack: ['sqli'] }), ['apisess:idx:attack:sqli'], 'the smaller index drives')
  t.same(await planCandidates(c, layout, {}), ['apisess:sessions'])
  t.same((await planCandidates(c, layout, { q: '/*/users/*' })), ['apisess:endpoint:/admin/users/{id}'], 'a wildcard reads the endpoints it matches')
  t.same(await planCandidates(c, layout, { q: '*' }), ['apisess:sessions'], 'one every endpoint matches reads all sessions, not a set per endpoint')

  const store = new SessionStore(c, layout)
  t.same(names(await list(store, { attack: 'sqli', method: 'POST' })), ['attacked'])
  t.same(names(await list(store, { q: '/log?n' })), ['signin'])
  t.same(names(await list(store, { q: '/admin/*', ip: '203.0.113.9' })), ['rare'])
  t.same((await list(store, { attack: 'sqli', method: 'GET' })).sessions, [], 'filters the index does not answer are checked on the summary')

  // several values of a filter: any of them, written with commas or repeated
  t.same(names(await list(store, { attack: 'sqli,xss' })), ['attacked'], 'attack=sqli,xss: either')
  t.same(names(await list(store, { user: 'nobody,ann' })), ['signin'])
  t.same(names(await list(store, { ip: '203.0.113.9, 198.51.100.1', method: 'GET,POST' })), ['rare'])
  t.same(names(await list(store, { status: '4xx' })), ['attacked'], 'status=4xx: a class')
  t.same(names(await list(store, { status: '403,5xx', method: 'post' })), ['attacked'])
  t.same(await planCandidates(c, layout, { status: ['2xx'] }), ['apisess:idx:status:200'], 'a class reads the codes of it that have an index')
  t.same(await planCandidates(c, layout, { status: ['2xx', '200', '2xx'] }), ['apisess:idx:status:200'], 'a class, its code and the class again: one key')
  // a class is 100 lookups a shard: with many shards that is more than MAX_RANGE_LOOKUPS, and the
  // summaries check the status instead of thousands of EXISTS for one request
  const wide = createLayout('apisess:', 64, false)
  t.same(await planCandidates(c, wide, { status: ['4xx'], attack: ['sqli'] }), Array.from({ length: 64 }, (_, n) => wide.index(n, 'attack', 'sqli')), 'status=4xx over 64 shards: the other filter drives')
  t.same((await planCandidates(c, wide, { status: ['404'] })).length, 64, 'a code is one key a shard')
  t.same((await planCandidates(c, layout, { attack: ['sqli', 'xss'] })).sort(), ['apisess:idx:attack:sqli', 'apisess:idx:attack:xss'], 'a union of the values')
  t.equal(sessionsQuery.safeParse({ attack: Array.from({ length: 21 }, (_, i) => `a${i}`).join(',') }).success, false, 'at most 20 values')
  t.equal(sessionsQuery.safeParse({ status: '4x' }).success, false)
  t.equal(sessionsQuery.safeParse({ status: '6xx' }).success, false)

  // a CIDR range: a narrow IPv4 one reads the indexes of the addresses it holds; a wide one or an
  // IPv6 one is checked on the summaries of the other filters' candidates
  t.same(names(await list(store, { ip: '203.0.113.0/24' })), ['rare'], 'ip=203.0.113.0/24')
  t.same(names(await list(store, { ip: '203.0.0.0/8,2001:db8::/32' })), ['rare'], 'a range among several values')
  t.same(names(await list(store, { ip: '::ffff:203.0.113.0/120' })), ['rare'], 'the IPv4-mapped spelling of a range holds its IPv4 addresses')
  t.same(names(await list(store, { ip: '2001:db8::/32' })), [], 'an IPv6 range no IPv4 address')
  t.same(names(await list(store, { ip: '198.51.100.0/24' })), [])
  t.same(await planCandidates(c, layout, { ip: ['203.0.113.0/24'] }), ['apisess:idx:ip:203.0.113.9'], 'a /24 reads the indexes of its addresses that have one')
  t.same(await planCandidates(c, layout, { ip: ['203.0.0.0/8'] }), ['apisess:sessions'], 'a /8 reads all sessions, under the budget')
  t.same(await planCandidates(c, layout, { ip: ['2001:db8::/120'] }), ['apisess:sessions'], 'an IPv6 range too')
  t.same(await planCandidates(c, layout, { ip: ['203.0.0.0/8'], attack: ['sqli'] }), ['apisess:idx:attack:sqli'], 'or the other filters\' index')
  t.same(await planCandidates(c, layout, { ip: ['198.51.100.0/24'], method: ['GET'] }), [], 'a range no address of which has an index: no candidate at all')
  t.same(names(await list(store, { ip: '203.0.113.0/24', attack: 'sqli' })), [])
  for (const bad of ['10.0.0.0/33', '10.0.0/8', '2001:db8::/129', 'x/8']) t.equal(sessionsQuery.safeParse({ ip: bad }).success, false, `ip=${bad} is refused`)

  // a concrete path finds the sessions whose template it belongs to; wildcards still match templates
  t.same(names(await list(store, { q: '/admin/users/42' })), ['rare'], 'a pasted path finds its template')
  t.same((await planCandidates(c, layout, { q: '/admin/users/42' })).sort(), ['apisess:endpoint:/admin/users/42', 'apisess:endpoint:/admin/users/{id}'])
  t.same(names(await list(store, { q: '/admin/users/{id}' })), ['rare'], 'the template itself')
  t.same(names(await list(store, { q: '/admin/users/42/x' })), [], 'a parameter is one segment, never more')
  t.same(names(await list(store, { q: '/admin/users/' })), [], 'and never empty')
  t.same(names(await list(store, { q: '/admin/*/{id}' })), ['rare'])

  // paging through a union of endpoints visits every session once, newest first
  const seen: string[] = []
  let cursor: string | null = null
  do {
    const page: Awaited<ReturnType<SessionStore['listSessions']>> = await list(store, { q: '/*', limit: '40', ...(cursor ? { cursor } : {}) })
    seen.push(...page.sessions.map((s) => s.sid))
    cursor = page.next
  } while (cursor !== null)
  t.equal(seen.length, 303)
  t.equal(new Set(seen).size, 303, 'no session twice')
  const scores = await Promise.all(seen.map((sid) => c.zscore('apisess:sessions', sid)))
  t.ok(scores.every((s, i) => i === 0 || Number(s) <= Number(scores[i - 1])), 'newest first across pages')
})

t.test('the candidate stream merges sets newest first, without repeats, past a cursor, within bounds', async (t) => {
  const redis = await startRedis(t)
  const c = redis.client
  await c.zadd('a', 5, 'x', 3, 'y', 1, 'z', 3, 'w')
  await c.zadd('b', 4, 'v', 3, 'y', 2, 'u')
  const all = await new CandidateStream(c, ['a', 'b'], { min: -Infinity, max: Infinity, chunk: 2 }).next(100)
  t.same(all, [[5, 'x'], [4, 'v'], [3, 'y'], [3, 'w'], [2, 'u'], [1, 'z']])
  const after = await new CandidateStream(c, ['a', 'b'], { min: 2, max: Infinity, after: [3, 'y'], chunk: 1 }).next(100)
  t.same(after, [[3, 'w'], [2, 'u']], 'strictly after the cursor, not below min')
  const stream = new CandidateStream(c, ['a', 'b'], { min: -Infinity, max: 4, chunk: 2 })
  t.same(await stream.next(2), [[4, 'v'], [3, 'y']])
  t.same(await stream.next(10), [[3, 'w'], [2, 'u'], [1, 'z']])
  t.same(await stream.next(10), [], 'exhausted')
})

t.test('the candidate stream merges hundreds of overlapping sets in order, each session once, past a cursor too', async (t) => {
  const redis = await startRedis(t)
  const c = redis.client
  // 300 sets, each holding 40 of 100 sessions at scores of its own (a session's place differs per set)
  const best = new Map<string, number>()
  const keys: string[] = []
  for (let k = 0; k < 300; k++) {
    const args: (string | number)[] = []
    for (let j = 0; j < 40; j++) {
      const sid = `s${String((k * 7 + j * 3) % 100).padStart(3, '0')}`
      const score = (k * 31 + j * 17) % 1000
      args.push(score, sid)
      best.set(sid, Math.max(best.get(sid) ?? -1, score))
    }
    await c.zadd(`set${k}`, ...args)
    keys.push(`set${k}`)
  }
  const got = await new CandidateStream(c, keys, { min: -Infinity, max: Infinity, chunk: 7 }).next(1_000)
  t.equal(got.length, best.size, 'every session once')
  t.same(got.map(([, sid]) => sid).sort(), [...best.keys()].sort())
  t.ok(got.every(([score, sid], i) => score === best.get(sid) && (i === 0 || score <= got[i - 1]![0])), 'each at its newest place, newest first')
  // past a cursor: only older places, in order (a session listed before the cursor may come again there: the store cross-checks)
  const cursor = got[20]!
  const rest = await new CandidateStream(c, keys, { min: -Infinity, max: Infinity, after: cursor, chunk: 5 }).next(1_000)
  t.ok(rest.length > 0 && rest.every(([score, sid], i) => (score < cursor[0] || (score === cursor[0] && sid < cursor[1])) && (i === 0 || score <= rest[i - 1]![0])), 'strictly after the cursor, newest first')
  t.equal(new Set(rest.map(([, sid]) => sid)).size, rest.length, 'no repeats')
})

t.test('an endpoint search matching more templates than MAX_SEARCH_ENDPOINTS is checked on the summaries, not merged from a set per template', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url, { buffer: { maxRecords: 20_000, batch: 500, flushEvery: '5ms' } })
  t.teardown(() => sink.close())
  // a scanner's literal paths: one template each; two scanners try them all, one visitor a product page
  const paths = Array.from({ length: MAX_SEARCH_ENDPOINTS + 20 }, (_, i) => `/probe${i}.php`)
  let i = 0
  for (const scanner of ['scan-a', 'scan-b']) for (const path of paths) sink.push(rec(i, scanner, T0 + i++, { endpoint: path, status: 404 }))
  sink.push(rec(i, 'visitor', T0 + i++))
  await sink.waitWritten(i)
  const c = redis.client
  t.equal(await c.zcard('apisess:endpoints'), paths.length + 1)
  t.same(await planCandidates(c, layout, { q: '/*.php' }), ['apisess:sessions'], 'all sessions, the endpoint checked on each summary')
  t.same(await planCandidates(c, layout, { q: '/*.php', status: ['404'] }), ['apisess:idx:status:404'], 'another filter\'s index drives')
  t.same(await planCandidates(c, layout, { q: '/probe1?.php' }), Array.from({ length: 10 }, (_, d) => `apisess:endpoint:/probe1${d}.php`).sort(), 'a narrower search still reads its templates\' sets')
  const store = new SessionStore(c, layout)
  t.same(names(await list(store, { q: '/*.php' })), ['scan-b', 'scan-a'])
  t.same(names(await list(store, { q: '/probe7.php' })), ['scan-b', 'scan-a'])
  t.same(names(await list(store, { q: '/*.php', limit: '1' })), ['scan-b'])
})

t.test('a filter combination no index narrows stops after a bounded examination, partial, with a cursor to go on', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url, { buffer: { maxRecords: 20_000, batch: 500, flushEvery: '5ms' } })
  t.teardown(() => sink.close())
  const n = 2 * MAX_EXAMINED + 500
  // each session is POST or 500, more of each than the budget, and only the oldest is both
  for (let s = 0; s < n; s++) {
    const sid = `q${String(s).padStart(5, '0')}`
    sink.push(rec(s, sid, T0 + s, s === 0 ? { method: 'POST', status: 500 } : s % 2 ? { method: 'POST' } : { status: 500 }))
  }
  await sink.waitWritten(n)
  const store = new SessionStore(redis.client, layout)
  const first = await list(store, { method: 'POST', status: '500' })
  t.same(names(first), [], 'nothing among the newest examined')
  t.equal(first.partial, true)
  t.type(first.next, 'string')
  const rest = await list(store, { method: 'POST', status: '500', cursor: first.next! })
  t.same(names(rest), ['q00000'], 'the cursor goes on where the budget ran out')
  t.equal(rest.partial, false)
  t.equal(rest.next, null)
})

t.test('a time range that cuts every session re-counts a bounded number of records per call: partial, a cursor goes on', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url, { session: { idleTimeout: '1d' } })
  t.teardown(() => sink.close())
  // five sessions of 100 requests each, interleaved; `from` cuts off each one's first request
  let i = 0
  for (let k = 0; k < 100; k++) for (let s = 0; s < 5; s++) sink.push(rec(i++, `cut${s}`, T0 + k * 10 + s))
  await sink.waitWritten(i)
  const store = new SessionStore(redis.client, layout, Infinity, () => undefined, 150)
  const from = String(T0 + 5)
  const first = await list(store, { from })
  t.same(names(first), ['cut4', 'cut3'], 'the budget spent by the second session: the page stops there')
  t.equal(first.partial, true)
  t.match(first.sessions, [{ requests: 99 }, { requests: 99 }], 'each counted in range')
  const seen = [...names(first)]
  let cursor = first.next
  for (let pages = 0; cursor !== null && pages < 10; pages++) {
    const page = await list(store, { from, cursor })
    seen.push(...names(page))
    cursor = page.next
  }
  t.same(seen, ['cut4', 'cut3', 'cut2', 'cut1', 'cut0'], 'the cursor goes on: each session once, newest first')
  t.same(names(await list(store, {})), ['cut4', 'cut3', 'cut2', 'cut1', 'cut0'], 'uncut sessions re-count nothing')
})

t.test('a CIDR range with nothing else is checked on the newest sessions\' summaries: bounded, partial, a cursor goes on', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url, { buffer: { maxRecords: 20_000, batch: 500, flushEvery: '5ms' } })
  t.teardown(() => sink.close())
  const n = MAX_EXAMINED + 500
  // only the oldest session has an address in 10.0.0.0/8 (an IPv4-mapped IPv6 spelling of one)
  for (let s = 0; s < n; s++) sink.push(rec(s, `c${String(s).padStart(5, '0')}`, T0 + s, { ip: s === 0 ? '::ffff:10.9.8.7' : '192.0.2.1' }))
  await sink.waitWritten(n)
  const store = new SessionStore(redis.client, layout)
  const first = await list(store, { ip: '10.0.0.0/8' })
  t.same(names(first), [], 'nothing among the newest examined')
  t.equal(first.partial, true, 'the budget ran out: partial')
  const rest = await list(store, { ip: '10.0.0.0/8', cursor: first.next! })
  t.same(names(rest), ['c00000'], 'the cursor goes on where the budget ran out')
  t.equal(rest.partial, false)
})

t.test('a narrow IPv4 range is the addresses it holds, in both spellings, up to MAX_RANGE_ADDRESSES', async (t) => {
  t.same(ipFilterAddresses(['10.0.0.5/30']), ['10.0.0.4', '::ffff:10.0.0.4', '10.0.0.5', '::ffff:10.0.0.5', '10.0.0.6', '::ffff:10.0.0.6', '10.0.0.7', '::ffff:10.0.0.7'], 'from the network address')
  t.same(ipFilterAddresses(['192.0.2.1', '::ffff:10.0.0.1/128']), ['192.0.2.1', '10.0.0.1', '::ffff:10.0.0.1'], 'an address as written, a mapped range as its IPv4 addresses')
  t.same(ipFilterAddresses(['255.255.255.254/31']), ['255.255.255.254', '::ffff:255.255.255.254', '255.255.255.255', '::ffff:255.255.255.255'], 'the top of the space')
  t.equal(ipFilterAddresses(['10.0.0.0/22'])!.length, 2 * MAX_RANGE_ADDRESSES, 'a /22 is the ceiling')
  t.equal(ipFilterAddresses(['10.0.0.0/21']), undefined, 'a /21 is checked on summaries')
  t.equal(ipFilterAddresses(['10.0.0.0/23', '10.1.0.0/23', '10.2.0.0/30']), undefined, 'the ceiling counts every range together')
  t.equal(ipFilterAddresses(['2001:db8::/126']), undefined, 'IPv6 ranges are checked on summaries')
  t.equal(ipFilterAddresses(['10.0.0.0/29'], 8)!.length, 16, 'a smaller ceiling (many shards)')
  t.equal(ipFilterAddresses(['10.0.0.0/28'], 8), undefined)
})

t.test('a /24 finds an old session at once, through the index of its address in either spelling', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url, { buffer: { maxRecords: 20_000, batch: 500, flushEvery: '5ms' } })
  t.teardown(() => sink.close())
  const n = MAX_EXAMINED + 500
  for (let s = 0; s < n; s++) sink.push(rec(s, `c${String(s).padStart(5, '0')}`, T0 + s, { ip: s === 0 ? '::ffff:10.9.8.7' : s === 1 ? '10.9.8.200' : '192.0.2.1' }))
  await sink.waitWritten(n)
  const store = new SessionStore(redis.client, layout)
  const page = await list(store, { ip: '10.9.8.0/24' })
  t.same(names(page), ['c00001', 'c00000'], 'both, newest first, beyond the examination budget')
  t.equal(page.partial, false)
  t.equal(page.next, null)
  t.same(names(await list(store, { ip: '10.9.8.0/25' })), ['c00000'], 'a range holds only its own addresses')
})

t.test('with many shards, a range is spelled out only while its lookups stay bounded', async (t) => {
  const redis = await startRedis(t)
  const sharded = createLayout('apisess:', 256, true)
  // 2 spellings × 256 shards × 8 addresses = 4,096 lookups: a /29 is read from the indexes, a /28 is not
  t.equal((await planCandidates(redis.client, sharded, { ip: ['10.0.0.0/29'] })).length, 0, 'a /29: no address has an index yet')
  t.equal((await planCandidates(redis.client, sharded, { ip: ['10.0.0.0/28'] })).length, 256, 'a /28: every shard\'s sessions, under the budget')
})

t.test('index members older than the retention are trimmed by the batch that touches the index', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url, { session: { retention: '1h' } })
  t.teardown(() => sink.close())
  sink.push(rec(1, 'old', Date.now() - 2 * 3_600_000, { attacks: ['xss'] }))
  sink.push(rec(2, 'new', Date.now(), { attacks: ['xss'] }))
  await sink.waitWritten(2)
  t.same(named(await redis.client.zrange('apisess:idx:attack:xss', '0', '-1')), ['new'])
})

t.test('with `to`, sessions that began after it are passed over on their start time, beyond the examination budget', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url, { buffer: { maxRecords: 20_000, batch: 500, flushEvery: '5ms' } })
  t.teardown(() => sink.close())
  sink.push(rec(0, 'inrange', T0))
  const later = MAX_EXAMINED + 500
  for (let s = 1; s <= later; s++) sink.push(rec(s, `later${s}`, T0 + 10_000 + s))
  await sink.waitWritten(later + 1)
  const page = await list(new SessionStore(redis.client, layout, 86_400_000), { from: String(T0 - 1), to: String(T0 + 5_000) })
  t.same(names(page), ['inrange'])
  t.equal(page.partial, false)
  t.equal(page.next, null)
})

t.test('with `to`, a session that spans it and goes on for hours comes from the long-sessions index; the sessions index is read two hours past `to`', async (t) => {
  const redis = await startRedis(t)
  // stream ids of the records' times: a range that cuts a session re-counts its records by id
  const sink = startWriter(redis.url, { buffer: { maxRecords: 20_000, batch: 500, flushEvery: '5ms' } }, 1, true)
  t.teardown(() => sink.close())
  const T = Date.now() - 30 * 3_600_000
  const MIN = 60_000
  let i = 0
  // an API client every 20 minutes for 20 hours, an analyst for half an hour, and later visitors,
  // written in time order (stream ids only grow)
  const all: RequestRecord[] = []
  for (let m = 0; m <= 20 * 60; m += 20) all.push(rec(i++, 'client', T + m * MIN))
  for (let m = 10; m <= 40; m += 10) all.push(rec(i++, 'analyst', T + m * MIN))
  for (let s = 0; s < 300; s++) all.push(rec(i++, `later${s}`, T + 3 * 3_600_000 + s * 100_000 + 7))
  for (const r of all.sort((a, b) => a.ts - b.ts)) sink.push(r)
  await sink.waitWritten(i)
  const c = redis.client
  t.same(named(await c.zrange('apisess:long', '0', '-1')), ['client'], 'only the session over an hour long')
  const score = Number(await c.zscore('apisess:long', (await c.zrange('apisess:long', '0', '-1'))[0]!))
  const HOUR = 3_600_000
  let newestHour = T
  for (let m = 20; m <= 20 * 60; m += 20) if (Math.floor((T + m * MIN) / HOUR) !== Math.floor((T + (m - 20) * MIN) / HOUR)) newestHour = T + m * MIN
  t.equal(score, newestHour, 'scored by the first request of the newest hour it reached')
  t.equal(Number(await c.get('apisess:long:since')), T, 'complete from the oldest record written')
  t.ok((await c.pttl('apisess:long:since')) > 0, 'and it expires with the retention')

  const store = new SessionStore(c, layout, 86_400_000)
  const range = { from: String(T + 15 * MIN), to: String(T + 25 * MIN) }
  t.same(names(await list(store, range)), ['client', 'analyst'], 'the client, seen last 19 hours after `to`, and the analyst')
  // the proof it came from the long-sessions index: without its entry there, nothing else reaches it
  const [sid] = await c.zrange('apisess:long', '0', '-1')
  await c.zrem('apisess:long', sid!)
  t.same(names(await list(store, range)), ['analyst'], 'the sessions index is not read as far as its last request')
  // an index that is not complete back to `to` (written by an older sensor) is not relied on
  await c.set('apisess:long:since', String(T + 2 * 3_600_000))
  t.same(names(await list(store, range)), ['client', 'analyst'], 'then the sessions index is read up to `to` + session.maxDuration')
  await c.del('apisess:long:since')
  t.same(names(await list(store, range)), ['client', 'analyst'], 'and without an index at all')
})

t.test('with `to`, sessions whose id says they began well after it are passed over without a read', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url, { buffer: { maxRecords: 20_000, batch: 500, flushEvery: '5ms' } })
  t.teardown(() => sink.close())
  sink.push(rec(0, 'inrange', T0))
  // and some that began long after it
  for (let s = 1; s <= 300; s++) sink.push(rec(s, `later${s}`, T0 + 120_000 + s))
  await sink.waitWritten(301)
  // the start index no longer has them (as when trimmed): each would cost a read of its summary
  await redis.client.zrem('apisess:starts', ...(await redis.client.zrange('apisess:starts', '0', '-1')).filter((sid) => sid.startsWith('later')))
  await redis.client.config('RESETSTAT')
  const page = await list(new SessionStore(redis.client, layout, 86_400_000), { from: String(T0 - 1), to: String(T0 + 5_000) })
  t.same(names(page), ['inrange'])
  const stats = await redis.client.info('commandstats')
  t.notMatch(stats, /cmdstat_hget:/, 'no summary is read for them')
  t.match(stats, /cmdstat_hgetall:calls=1,/, 'only the one in range is examined')
})

t.test('past a cursor, a session in several index sets is listed once, on several shards too', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url, {}, 4)
  t.teardown(() => sink.close())
  const sharded = createLayout('apisess:', 4, true)
  // each session has an xss then a sqli request: it is in both sets, at two places
  let i = 0
  for (let s = 0; s < 12; s++) {
    const sid = `m${String(s).padStart(2, '0')}`
    sink.push(rec(i++, sid, T0 + s * 100, { attacks: ['xss'], endpoint: '/a' }))
    sink.push(rec(i++, sid, T0 + s * 100 + 50, { attacks: ['sqli'], endpoint: '/b' }))
  }
  await sink.waitWritten(24)
  const store = new SessionStore(redis.client, sharded)
  const queries: Record<string, string>[] = [{ attack: 'xss,sqli' }, { q: '/?' }]
  for (const query of queries) {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: Awaited<ReturnType<SessionStore['listSessions']>> = await list(store, { ...query, limit: '1', ...(cursor ? { cursor } : {}) })
      seen.push(...names(page))
      cursor = page.next
    } while (cursor !== null && seen.length < 40)
    t.same(seen, Array.from({ length: 12 }, (_, s) => `m${String(11 - s).padStart(2, '0')}`), `${JSON.stringify(query)}: each session once, newest first`)
  }
})
