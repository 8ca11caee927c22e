import t from 'tap'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedisSensor } from '../helpers/sensor.ts'
import type { RedisBackend } from '../../src/backend.ts'

const TOKENS = [
  { name: 'ann', token: 'admin-token-0001', role: 'admin' as const },
  { name: 'vic', token: 'viewer-token-001', role: 'viewer' as const },
  { name: 'dev', token: 'develop-token-01', role: 'api_developer' as const },
]

t.test('the console API: auth, sessions, statistics, requests, CSV, denylist enforcement, exceptions', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (req, res) => {
    const slow = req.url?.startsWith('/slow') ?? false
    res.statusCode = req.url === '/missing' ? 404 : 200
    const body = req.url === '/big' ? 'x'.repeat(5000) : 'ok'
    if (slow) setImmediate(() => res.end(body))
    else res.end(body)
  })
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'console-test-key-000001',
    redis: { url: redis.url },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: TOKENS },
  })
  const sensor = s.sensor
  const proxy = httpClient(t, s.url)
  const base = s.consoleUrl
  const get = (path: string, token = 'admin-token-0001') => fetch(base + path, { headers: { authorization: `Bearer ${token}` } })
  const send = async (path: string, headers: Record<string, string>, method = 'GET') => (await proxy.request({ path, method, headers })).body.text()

  await send('/products', { cookie: 'PHPSESSID=ann', 'user-agent': '=cmd|calc' })
  await send('/missing', { cookie: 'PHPSESSID=ann', 'user-agent': '=cmd|calc' })
  await send('/big', { cookie: 'PHPSESSID=ann', 'user-agent': '=cmd|calc' }, 'POST')
  // a boundary strictly after the first three arrivals and not after the next ones (a <1 ms spin)
  const between = Date.now() + 1
  while (Date.now() < between);
  await send('/api/users/1', { cookie: 'PHPSESSID=bob' })
  await send('/api/users/2', { cookie: 'PHPSESSID=bob' })
  await send('/products', { cookie: 'PHPSESSID=ann', 'user-agent': '=cmd|calc' })
  await s.sink.waitWritten(6)

  // auth
  t.equal((await fetch(`${base}/api/sessions`)).status, 401)
  const wrong = await get('/api/sessions', 'nope-nope-nope')
  t.equal(wrong.status, 401)
  t.equal(wrong.headers.get('www-authenticate'), 'Bearer')
  t.same(await (await get('/api/sessions', 'develop-token-01')).json(), { error: 'role api_developer may not read sessions', code: 'FORBIDDEN' })
  t.equal((await get('/api/sessions', 'viewer-token-001')).status, 200, 'a viewer reads')

  // the list
  const list = (await (await get('/api/sessions')).json()) as { sessions: { sid: string; requests: number; endpoints: string[]; ips: string[]; start: number; durationMs: number }[]; next: string | null }
  t.equal(list.sessions.length, 2)
  t.equal(list.next, null)
  const [ann, bob] = list.sessions
  t.equal(ann!.requests, 4, 'newest first: ann was seen last')
  t.equal(bob!.requests, 2)
  t.same(ann!.ips, ['127.0.0.1'])
  const byQ = (await (await get('/api/sessions?q=/api/users/*')).json()) as typeof list
  t.same(byQ.sessions.map((s) => s.sid), [bob!.sid], 'endpoint search with a wildcard')
  t.same(((await (await get('/api/sessions?q=/api/user?/*')).json()) as typeof list).sessions.length, 1, '? matches one character')
  t.same(((await (await get('/api/sessions?status=404')).json()) as typeof list).sessions.map((s) => s.sid), [ann!.sid])
  t.same(((await (await get('/api/sessions?method=post')).json()) as typeof list).sessions.map((s) => s.sid), [ann!.sid])
  const sids = async (q: string) => ((await (await get(`/api/sessions?${q}`)).json()) as typeof list).sessions.map((s) => s.sid)
  t.same(await sids('status=404&status=201'), [ann!.sid], 'a repeated filter: any of its values')
  t.same(await sids('status=4xx'), [ann!.sid], 'a status class')
  t.same(await sids('method=PUT,post'), [ann!.sid])
  t.same(await sids('q=/api/users/7'), [bob!.sid], 'a concrete path finds the session of its template')
  t.same(await sids('q=/api/users/{id}'), [bob!.sid])
  t.same(await (await get('/api/sessions?status=4')).json(), { error: 'parameter "status.0": a 3-digit status or a class such as 4xx', code: 'BAD_PARAMETER' })
  const ranged = (await (await get(`/api/sessions?from=${between}`)).json()) as typeof list
  t.same(ranged.sessions.map((s) => [s.sid, s.requests]), [[ann!.sid, 1], [bob!.sid, 2]], 'a time range counts only the requests in it')
  const paged = (await (await get('/api/sessions?limit=1')).json()) as typeof list
  t.equal(paged.sessions.length, 1)
  t.type(paged.next, 'string')
  const page2 = (await (await get(`/api/sessions?limit=1&cursor=${paged.next}`)).json()) as typeof list
  t.same(page2.sessions.map((s) => s.sid), [bob!.sid], 'the cursor gives the next page')
  t.same(await (await get('/api/sessions?limit=0')).json(), { error: 'parameter "limit": Too small: expected number to be >=1', code: 'BAD_PARAMETER' })
  t.same(await (await get('/api/sessions?colour=red')).json(), { error: 'unknown parameter "colour"', code: 'BAD_PARAMETER' })
  t.same(await (await get('/api/sessions?from=yesterday')).json(), { error: 'parameter "from": "yesterday" is not a time (epoch ms or ISO 8601)', code: 'BAD_PARAMETER' })
  // a time past what a Date holds (String() would spell it 1e+23, no stream id) or before 1970: a 400, never a 503
  for (const [path, param, value] of [['/api/sessions', 'from', '99999999999999999999999'], ['/api/sessions', 'to', '8640000000000001'], [`/api/sessions/${ann!.sid}`, 'from', '1900-01-01'], [`/api/sessions/${ann!.sid}/requests`, 'to', '99999999999999999999999']]) {
    t.same(await (await get(`${path}?${param}=${value}`)).json(), { error: `parameter "${param}": "${value}" is out of range (from 1970 to epoch ms 8640000000000000)`, code: 'BAD_PARAMETER' }, `${path}?${param}=${value}`)
  }
  t.equal((await get('/api/sessions?to=8640000000000000')).status, 200, 'the latest time a Date holds')
  // sorted by duration or size, a cursor is a rank: a time-sorted page's stream id is refused, not read as NaN
  t.same(await (await get(`/api/sessions/${ann!.sid}/requests?sort=durationMs&cursor=1-2`)).json(), { error: 'parameter "cursor": a cursor from a previous answer sorted the same way', code: 'BAD_PARAMETER' })
  t.equal((await get(`/api/sessions/${ann!.sid}/requests?sort=time&cursor=1-2`)).status, 200, 'sorted by time, a stream id is the cursor')

  // a record id finds its session
  const annRequests = (await (await get(`/api/sessions/${ann!.sid}/requests`)).json()) as { requests: { id: string; path: string; resBytes: number; status: number }[]; total: number }
  t.equal(annRequests.total, 4)
  t.same(annRequests.requests.map((r) => r.path), ['/products', '/missing', '/big', '/products'], 'in time order')
  const byRid = (await (await get(`/api/sessions?rid=${annRequests.requests[1]!.id}`)).json()) as typeof list
  t.same(byRid.sessions.map((s) => s.sid), [ann!.sid])

  // detail and statistics
  const detail = (await (await get(`/api/sessions/${ann!.sid}`)).json()) as { stats: { status: { value: string; count: number; pct: number }[]; method: unknown[] } }
  t.same(detail.stats.status, [{ value: '200', count: 3, pct: 75 }, { value: '404', count: 1, pct: 25 }])
  t.equal((await get('/api/sessions/nope')).status, 404)

  // requests: sort and filters
  const bySize = (await (await get(`/api/sessions/${ann!.sid}/requests?sort=resBytes&order=desc`)).json()) as typeof annRequests
  t.equal(bySize.requests[0]!.path, '/big')
  const only404 = (await (await get(`/api/sessions/${ann!.sid}/requests?status=404`)).json()) as typeof annRequests
  t.same(only404.requests.map((r) => r.status), [404])

  // CSV
  const csv = await get(`/api/sessions/${ann!.sid}/requests.csv`)
  t.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8')
  t.match(csv.headers.get('content-disposition'), /^attachment; filename="session-.*\.csv"$/)
  const text = await csv.text()
  const lines = text.split('\r\n')
  t.equal(lines.length, 6, 'a header, four rows, and the final CRLF')
  t.match(lines[0], /^time,id,sid,method,host,path,query,status,/)
  t.match(lines[1], /,'=cmd\|calc,/, 'a formula-like cell is neutralised')

  // the denylist: an IP, enforced by the sensor as soon as the change is published
  const watcher = (sensor.backend as RedisBackend).deny
  const changed = () => new Promise<void>((resolve) => (watcher.onChange = resolve))
  t.equal((await fetch(`${base}/api/denylist`, { method: 'POST', headers: { authorization: 'Bearer viewer-token-001' }, body: '{}' })).status, 403, 'a viewer may not deny')
  let applied = changed()
  const added = await fetch(`${base}/api/denylist`, { method: 'POST', headers: { authorization: 'Bearer admin-token-0001', 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'ip', value: '127.0.0.0/8', expiresInMs: 3_600_000, reason: 'test' }) })
  t.equal(added.status, 201)
  const entry = (await added.json()) as { id: string; addedBy: string; expiresAt: number }
  t.equal(entry.addedBy, 'ann')
  await applied
  const denied = await proxy.request({ path: '/products', method: 'GET', headers: { cookie: 'PHPSESSID=ann' } })
  t.equal(denied.statusCode, 403)
  t.same(await denied.body.json(), { error: 'the client is on the denylist', code: 'DENIED' })
  applied = changed()
  t.equal((await fetch(`${base}/api/denylist/${entry.id}`, { method: 'DELETE', headers: { authorization: 'Bearer admin-token-0001' } })).status, 200)
  await applied
  t.equal(await send('/products', { cookie: 'PHPSESSID=ann' }), 'ok', 'allowed again once removed')
  const history = (await (await get('/api/denylist')).json()) as { entries: unknown[]; history: { action: string; by: string }[] }
  t.same(history.entries, [])
  t.same(history.history.map((h) => [h.action, h.by]), [['removed', 'ann'], ['added', 'ann']], 'who added and removed it is kept')

  // a whole session
  applied = changed()
  await fetch(`${base}/api/denylist`, { method: 'POST', headers: { authorization: 'Bearer admin-token-0001', 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'session', value: bob!.sid }) })
  await applied
  t.equal((await proxy.request({ path: '/x', method: 'GET', headers: { cookie: 'PHPSESSID=bob' } })).statusCode, 403, "bob's session is denied")
  t.equal(await send('/x', { cookie: 'PHPSESSID=carl' }), 'ok', 'other sessions pass')
  // the same session again: a 409 naming the entry in force, and nothing added
  const again = await fetch(`${base}/api/denylist`, { method: 'POST', headers: { authorization: 'Bearer admin-token-0001', 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'session', value: bob!.sid }) })
  t.equal(again.status, 409)
  t.match(await again.json(), { code: 'ALREADY_DENIED', entry: { kind: 'session', value: bob!.sid } })
  t.equal(((await (await get('/api/denylist')).json()) as { entries: unknown[] }).entries.length, 1, 'one entry, not two')
  const bad = await fetch(`${base}/api/denylist`, { method: 'POST', headers: { authorization: 'Bearer admin-token-0001', 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'ip', value: 'not-an-ip' }) })
  t.same(await bad.json(), { error: 'parameter "value": not a valid IP or CIDR range', code: 'BAD_PARAMETER' })

  // exceptions
  const ex = await fetch(`${base}/api/exceptions`, { method: 'POST', headers: { authorization: 'Bearer admin-token-0001', 'content-type': 'application/json' }, body: JSON.stringify({ endpoint: '/search', attack: 'sqli' }) })
  t.equal(ex.status, 201)
  const exList = (await (await get('/api/exceptions', 'viewer-token-001')).json()) as { exceptions: { endpoint: string; attack: string; addedBy: string }[] }
  t.match(exList.exceptions, [{ endpoint: '/search', attack: 'sqli', addedBy: 'ann' }])

  // the denied request was recorded
  await s.sink.waitWritten(9)
  const feed = await redis.client.xrange('apisess:requests', '-', '+')
  const outcomes = feed.map(([, f]) => (JSON.parse(f[5]!) as { outcome: string }).outcome)
  t.ok(outcomes.includes('denied'), 'denied requests are recorded with outcome denied')
})
