/**
 * Issue 14's console findings, each through the real console (its worker thread under the real
 * sensor) and real Redis: paths that crashed the process, a search that froze it, a session read
 * whole for a page of one, and what a console bug or crash does to proxied traffic (nothing).
 */
import t from 'tap'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient, rawRequest, statusOf } from '../helpers/client.ts'
import { startRedisSensor, testConfig, LogCapture } from '../helpers/sensor.ts'
import { cachedFor, createConsoleServer, isStoreError, METRICS_TTL_MS } from '../../src/console/server.ts'
import { createLayout } from '../../src/redis/layout.ts'
import { createLogger } from '../../src/log.ts'
import { once } from 'node:events'
import { Redis } from 'ioredis'

const TOKEN = 'admin-token-00001'
const TOKENS = [{ name: 'ann', token: TOKEN, role: 'admin' as const }]

type ConsoleDeps = Parameters<typeof createConsoleServer>[0]

/** A console server in this process over `redis` (its defaults overridden by `deps`), listening on loopback, and its base URL. */
async function consoleOn(t: Tap, redisUrl: string, deps: Partial<ConsoleDeps> & Pick<ConsoleDeps, 'redis'>): Promise<{ server: ReturnType<typeof createConsoleServer>; base: string }> {
  const server = createConsoleServer({
    config: testConfig({ applications: [{ name: 'shop', hosts: ['shop.test'], upstream: 'http://127.0.0.1:9' }], redis: { url: redisUrl }, console: { tokens: TOKENS } }),
    layout: createLayout('apisess:', 1, false),
    log: createLogger('silent', new LogCapture()),
    metrics: async () => ({ contentType: 'text/plain', text: '' }),
    internalError: () => {},
    ...deps,
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  t.teardown(() => new Promise((r) => server.close(r)))
  return { server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` }
}

async function setup(t: Tap) {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (req, res) => {
    res.statusCode = 200
    res.end('x'.repeat(Number(new URL(req.url ?? '/', 'http://h').searchParams.get('n') ?? 1)))
  })
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'console-hostile-key-0001',
    redis: { url: redis.url },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: TOKENS },
  })
  const consolePort = Number(new URL(s.consoleUrl).port)
  const get = (path: string) => fetch(s.consoleUrl + path, { headers: { authorization: `Bearer ${TOKEN}` } })
  return { redis, s, consolePort, get, proxy: httpClient(t, s.url) }
}
type Tap = Parameters<typeof startRedis>[0]

t.test('paths that used to throw in new URL() and stop the process are 400s (and 404s); the sensor goes on', async (t) => {
  const { s, consolePort, proxy } = await setup(t)
  for (const path of ['//', '//a b/', '//[', '///', '//api/sessions', '*', 'http://x/api/sessions']) {
    const text = await rawRequest(consolePort, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
    t.ok([400, 404].includes(statusOf(text)), `GET ${path}: ${statusOf(text)}`)
  }
  const bad = await fetch(`${s.consoleUrl}/api/sessions/%E0%A4%A`, { headers: { authorization: `Bearer ${TOKEN}` } })
  t.equal(bad.status, 400, 'a broken escape is the client\'s error, not the store\'s')
  t.same(await bad.json(), { error: 'the path has a broken %-escape', code: 'BAD_PATH' })
  const res = await proxy.request({ path: '/still', method: 'GET', headers: { host: 'shop.test' } })
  t.equal(res.statusCode, 200, 'proxying goes on')
  await res.body.text()
})

t.test('DNS rebinding: a Host that is not an address, localhost or an allowed name is a 421 on every route', async (t) => {
  const redis = await startRedis(t)
  const client = new Redis(redis.url)
  t.teardown(() => client.disconnect())
  const { server } = await consoleOn(t, redis.url, {
    redis: client,
    config: testConfig({ applications: [{ name: 'shop', hosts: ['shop.test'], upstream: 'http://127.0.0.1:9' }], redis: { url: redis.url }, console: { tokens: TOKENS, allowedHosts: ['console.corp.example', '*.ops.example'] } }),
  })
  const port = (server.address() as { port: number }).port
  const ask = (path: string, host: string | null) => rawRequest(port, `GET ${path} HTTP/1.1\r\n${host === null ? '' : `Host: ${host}\r\n`}Authorization: Bearer ${TOKEN}\r\nConnection: close\r\n\r\n`)
  // a rebinding page's name, with the console's port, as a browser sends it
  for (const path of ['/', '/console.js', '/metrics', '/healthz', '/api/sessions']) {
    const text = await ask(path, `evil.example:${port}`)
    t.equal(statusOf(text), 421, `${path} for evil.example`)
    t.match(text, /"code":"HOST_NOT_ALLOWED"/)
  }
  t.equal(statusOf(await ask('/metrics', 'console.corp.example.evil.example')), 421, 'an allowed name as a prefix is not the name')
  t.equal(statusOf(await ask('/metrics', 'ops.example')), 421, '*.ops.example does not allow the bare domain')
  t.equal(statusOf(await ask('/metrics', null)), 400, 'no Host at all: HTTP/1.1 needs one (node\'s 400)')
  // HTTP/1.0 without Host (HAProxy's default check) is no browser's request: answered
  t.equal(statusOf(await rawRequest(port, 'GET /healthz HTTP/1.0\r\n\r\n')), 200, 'an HTTP/1.0 check without Host')
  for (const host of [`127.0.0.1:${port}`, '127.0.0.1', `[::1]:${port}`, `localhost:${port}`, 'LOCALHOST', 'a.localhost', '10.1.2.3:9090', `console.corp.example:${port}`, 'Console.Corp.Example.', 'eu.ops.example']) {
    t.equal(statusOf(await ask('/api/sessions', host)), 200, `${host} is answered`)
  }
})

t.test('a backtracking-shaped search over a planted endpoint is answered (the glob is linear)', async (t) => {
  const { s, get, proxy } = await setup(t)
  const planted = `/${'a'.repeat(95)}`
  await (await proxy.request({ path: planted, method: 'GET', headers: { host: 'shop.test' } })).body.text()
  await s.sink.waitWritten(1)
  const res = await get(`/api/sessions?q=${encodeURIComponent('/*a*a*a*a*a*a*a*b')}`)
  t.equal(res.status, 200, await res.clone().text())
  t.same(((await res.json()) as { sessions: unknown[] }).sessions, [])
  const hit = await get(`/api/sessions?q=${encodeURIComponent('/*a*a*a*a*a*a*a')}`)
  t.equal(((await hit.json()) as { sessions: unknown[] }).sessions.length, 1, 'and a matching one finds it')
})

t.test('a page of a big session reads the page, not the session: sorted by time, duration and size, with cursors', async (t) => {
  const { s, get, proxy } = await setup(t)
  const N = 1_200
  for (let i = 0; i < N; i++) {
    const res = await proxy.request({ path: `/item/${i}?n=${(i * 7919) % 5000}`, method: 'GET', headers: { host: 'shop.test', cookie: 'PHPSESSID=big' } })
    await res.body.text()
  }
  await s.sink.waitWritten(N)
  const list = (await (await get('/api/sessions')).json()) as { sessions: { sid: string }[] }
  const sid = list.sessions[0]!.sid
  type Page = { requests: { resBytes: number; path: string; ts: number; id: string }[]; next: string | null; total: number | null; partial: boolean }
  const one = (await (await get(`/api/sessions/${sid}/requests?limit=1&sort=resBytes&order=desc`)).json()) as Page
  t.equal(one.requests.length, 1)
  const largest = Math.max(...Array.from({ length: N }, (_, i) => (i * 7919) % 5000))
  t.equal(one.requests[0]!.resBytes, largest, 'the largest answer, from the size index')
  t.equal(one.total, N)
  // every page by size, chained by cursor: each request once, sizes in order
  const sizes: number[] = []
  for (let cursor: string | null = ''; cursor !== null; ) {
    const page = (await (await get(`/api/sessions/${sid}/requests?limit=500&sort=resBytes${cursor ? `&cursor=${cursor}` : ''}`)).json()) as Page
    sizes.push(...page.requests.map((r) => r.resBytes))
    cursor = page.next
  }
  t.equal(sizes.length, N)
  t.same(sizes, [...sizes].sort((a, b) => a - b), 'ascending')
  // by time, descending, then the next page from the cursor
  const p1 = (await (await get(`/api/sessions/${sid}/requests?limit=3&order=desc`)).json()) as Page
  const p2 = (await (await get(`/api/sessions/${sid}/requests?limit=3&order=desc&cursor=${p1.next}`)).json()) as Page
  t.same([...p1.requests, ...p2.requests].map((r) => r.path), [1199, 1198, 1197, 1196, 1195, 1194].map((i) => `/item/${i}`))
  // a filter that matches little: the answer says it is partial when its budget ran out, or finds it
  const few = (await (await get(`/api/sessions/${sid}/requests?limit=5&rid=${p2.requests[2]!.id}`)).json()) as Page
  t.same(few.requests.map((r) => r.path), ['/item/1194'])
  t.equal(few.total, null, 'unknown under a filter')
  // the CSV streams the whole session
  const csv = await (await get(`/api/sessions/${sid}/requests.csv`)).text()
  t.equal(csv.trim().split('\r\n').length, N + 1, 'header + every request')
  const har = (await (await get(`/api/sessions/${sid}/requests.har`)).json()) as { log: { entries: unknown[] } }
  t.equal(har.log.entries.length, N, 'the HAR too, and it is valid JSON')
})

t.test('the page is served with a CSP that allows no inline script, its own style sheet by hash, its script from its own origin', async (t) => {
  const { s } = await setup(t)
  const res = await fetch(`${s.consoleUrl}/`)
  const csp = res.headers.get('content-security-policy')!
  t.notMatch(csp, /unsafe-inline/)
  t.match(csp, /script-src 'self';/)
  t.match(csp, /style-src 'sha256-[A-Za-z0-9+/]+=*'/)
  const html = await res.text()
  t.notMatch(html, /<script>/, 'no inline script')
  t.match(html, /<script src="console.js" defer><\/script>/)
  const js = await fetch(`${s.consoleUrl}/console.js`)
  t.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8')
  t.equal(js.headers.get('x-content-type-options'), 'nosniff')
  t.match(await js.text(), /^\(\(\) => \{/, 'the script, unauthenticated like the page')
})

t.test('a console that crashes is restarted, and proxied traffic never notices', async (t) => {
  const { s, proxy, get } = await setup(t)
  const supervisor = s.sensor.console!
  const restarted = supervisor.listening()
  supervisor.crash()
  // while the console is down and coming back, the proxy answers
  for (let i = 0; i < 20; i++) {
    const res = await proxy.request({ path: `/during/${i}`, method: 'GET', headers: { host: 'shop.test' } })
    t.equal(res.statusCode, 200)
    await res.body.text()
  }
  const address = await restarted
  t.equal(supervisor.restarts, 1)
  const res = await fetch(`http://127.0.0.1:${address.port}/api/sessions`, { headers: { authorization: `Bearer ${TOKEN}` } })
  t.equal(res.status, 200, 'the restarted console answers')
  await res.text()
  t.ok(s.logs.lines.some((l) => l.msg === 'the console worker stopped; proxying is not affected; restarting it'))
  void get
})

t.test('a bug in a console handler is a 500 for that call, counted; the console goes on', async (t) => {
  const redis = await startRedis(t)
  const caught: string[] = []
  const layout = createLayout('apisess:', 1, false)
  const broken = { ...layout, meta: () => { throw new TypeError('a bug') } }
  const { base } = await consoleOn(t, redis.url, { redis: redis.client, layout: broken, internalError: (where) => caught.push(where) })
  const res = await fetch(`${base}/api/sessions/abcdefghijkl-x/requests`, { headers: { authorization: `Bearer ${TOKEN}` } })
  t.equal(res.status, 500)
  t.same(await res.json(), { error: 'the sensor failed on this request', code: 'INTERNAL' })
  t.same(caught, ['console'])
  t.equal((await fetch(`${base}/healthz`)).status, 200)
})

t.test('Redis slower than the command timeout is a 503 STORE_UNAVAILABLE, not a counted bug', async (t) => {
  const redis = await startRedis(t)
  const caught: string[] = []
  const client = new Redis(redis.url, { commandTimeout: 300, maxRetriesPerRequest: 1 })
  client.on('error', () => {})
  t.teardown(() => client.disconnect())
  await client.ping()
  const { base } = await consoleOn(t, redis.url, { redis: client, internalError: (where) => caught.push(where) })
  // Redis answers no client for a while (as a slow or stuck server does); the console's client gives up first
  await redis.client.call('CLIENT', 'PAUSE', '3000', 'ALL')
  const res = await fetch(`${base}/api/sessions`, { headers: { authorization: `Bearer ${TOKEN}` } })
  t.equal(res.status, 503)
  t.same(await res.json(), { error: 'the session store is unavailable', code: 'STORE_UNAVAILABLE' })
  t.same(caught, [], 'not counted as an internal error')
})

t.test('ioredis\'s own errors are the store being away; a plain bug is not', async (t) => {
  for (const message of ['Command timed out', 'Connection is closed.', "Stream isn't writeable and enableOfflineQueue options is false", 'Socket timeout. Expecting data, but didn\'t receive any in 100ms.', 'None of startup nodes is available', 'Cluster is disconnected.', "Cluster isn't ready and enableOfflineQueue options is false", 'Too many Cluster redirections. Last error: x']) {
    t.ok(isStoreError(new Error(message)), message)
  }
  for (const name of ['AbortError', 'ReplyError', 'MaxRetriesPerRequestError', 'ClusterAllFailedError', 'ParserError']) t.ok(isStoreError(Object.assign(new Error('x'), { name })), name)
  t.ok(isStoreError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })))
  t.notOk(isStoreError(new TypeError('Cannot read properties of undefined')))
  t.notOk(isStoreError('Command timed out'), 'only an error object')
  t.notOk(isStoreError(null))
})

t.test('/metrics without a token: concurrent scrapes share one ask of the sensor, and an answer serves for a second', async (t) => {
  const redis = await startRedis(t)
  let asked = 0
  const answers: ((v: { contentType: string; text: string }) => void)[] = []
  const { server, base } = await consoleOn(t, redis.url, {
    redis: redis.client,
    metrics: () => {
      asked++
      return new Promise((resolve) => answers.push(resolve))
    },
  })
  let arrived = 0
  const all = new Promise<void>((resolve) => server.on('request', () => ++arrived === 20 && resolve()))
  const scrapes = Array.from({ length: 20 }, () => fetch(`${base}/metrics`).then(async (r) => [r.status, await r.text()]))
  // the first scrape's ask is in flight until answered; the others, arriving meanwhile, wait on it
  await all
  for (const answer of answers) answer({ contentType: 'text/plain; version=0.0.4', text: 'apisess_up 1\n' })
  t.same(await Promise.all(scrapes), Array.from({ length: 20 }, () => [200, 'apisess_up 1\n']), 'every scrape answered, without a token')
  t.equal(asked, 1, 'one ask for twenty scrapes')
})

t.test('cachedFor: one ask in flight, its answer kept for the time given, a failure not kept', async (t) => {
  let clock = 0
  let asked = 0
  let fail = false
  const cached = cachedFor(async () => {
    asked++
    if (fail) throw new Error('no answer')
    return asked
  }, METRICS_TTL_MS, () => clock)
  const [a, b] = await Promise.all([cached(), cached()])
  t.same([a, b, asked], [1, 1, 1], 'shared while in flight')
  clock += METRICS_TTL_MS - 1
  t.equal(await cached(), 1, 'kept within the time')
  clock += 1
  t.equal(await cached(), 2, 'asked again after it')
  clock += METRICS_TTL_MS
  fail = true
  await t.rejects(cached())
  fail = false
  t.equal(await cached(), 4, 'a failure is not kept')
})

t.test('entries in Redis that are not entries are skipped, the others apply, and the skip is counted', async (t) => {
  const { redis, s, get, proxy } = await setup(t)
  await redis.client.hset('apisess:denylist', 'bad1', 'not json', 'bad2', '{"id":"x","kind":"ip","value":"not an ip","apps":[]}', 'good', JSON.stringify({ id: 'good', kind: 'ip', value: '127.0.0.1/32', apps: [], expiresAt: null, addedBy: 't', addedAt: 1, reason: '' }))
  await redis.client.publish('apisess:denylist:changed', 'x')
  await s.sensor.backend.refresh()
  const res = await proxy.request({ path: '/x', method: 'GET', headers: { host: 'shop.test' } })
  t.equal(res.statusCode, 403, 'the valid entry applies')
  await res.body.text()
  const listed = (await (await get('/api/denylist')).json()) as { entries: { id: string }[] }
  t.same(listed.entries.map((e) => e.id), ['good'], 'the console lists the valid one')
  const metrics = await s.sensor.metrics.registry.getSingleMetricAsString('apisess_internal_errors_total')
  t.match(metrics, /where="redis.denylist"\} [1-9]/)
})
