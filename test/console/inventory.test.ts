/**
 * GET /api/endpoints: the endpoints seen, classed against the OpenAPI specs (documented, zombie,
 * shadow, inferred), with sessions, methods, requests, attacks and status mix; each role's access.
 */
import t from 'tap'
import { join } from 'node:path'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedisSensor } from '../helpers/sensor.ts'
import { startWriter } from '../helpers/writer.ts'
import { createLayout } from '../../src/redis/layout.ts'
import { newRecord } from '../../src/capture/record.ts'

const SPEC = `openapi: 3.0.3
info: { title: shop, version: '1' }
paths:
  /products/{id}:
    get: {}
  /legacy/orders:
    get: { deprecated: true }
`

interface Row { endpoint: string; insight: string; sessions: number; apps: string[]; methods: string[]; requests: number; attacks: Record<string, number>; status: Record<string, number>; firstSeen: number | null; lastSeen: number }
interface Answer { endpoints: Row[]; total: number; next: string | null; sampled: number }

t.test('the API inventory: every endpoint seen, classed against the spec', async (t) => {
  const dir = t.testdir({ 'shop.yaml': SPEC })
  const redis = await startRedis(t)
  const up = await startUpstream(t, (req, res) => {
    res.statusCode = req.url?.startsWith('/admin') ? 403 : 200
    res.end('ok')
  })
  const s = await startRedisSensor(t, {
    applications: [
      { name: 'shop', hosts: ['shop.test'], upstream: up.url, openapi: join(dir, 'shop.yaml') },
      { name: 'blog', hosts: ['blog.test'], upstream: up.url },
    ],
    defaultApplication: 'shop',
    hashKey: 'inventory-test-key-0001',
    redis: { url: redis.url },
    console: {
      listen: { host: '127.0.0.1', port: 0 },
      tokens: [{ name: 'ann', token: 'inventory-admin-001', role: 'admin' }, { name: 'vic', token: 'inventory-viewer-01', role: 'viewer' }, { name: 'dev', token: 'inventory-develop-1', role: 'api_developer' }],
    },
  })
  const proxy = httpClient(t, s.url)
  const send = async (host: string, path: string, who: string, method = 'GET') => (await proxy.request({ path, method, headers: { host, cookie: `PHPSESSID=${who}` } })).body.text()
  await send('shop.test', '/products/1', 'ann')
  await send('shop.test', '/products/2', 'bob')
  await send('shop.test', `/products/3?id=${encodeURIComponent("1' OR '1'='1")}`, 'bob')
  await send('shop.test', '/legacy/orders', 'ann')
  await send('shop.test', '/admin/users', 'bob', 'POST')
  await send('blog.test', '/posts/7', 'carl')
  await s.sink.waitWritten(6)

  const get = (q = '', token = 'inventory-admin-001') => fetch(`${s.consoleUrl}/api/endpoints${q}`, { headers: { authorization: `Bearer ${token}` } })
  t.equal((await fetch(`${s.consoleUrl}/api/endpoints`)).status, 401)
  t.equal((await get('', 'inventory-develop-1')).status, 403)
  t.equal((await get('', 'inventory-viewer-01')).status, 200, 'a viewer reads the inventory')

  const all = (await (await get()).json()) as Answer
  t.equal(all.total, 4)
  t.equal(all.sampled, 6)
  const by = Object.fromEntries(all.endpoints.map((e) => [e.endpoint, e]))
  t.match(by['/products/{id}'], { insight: 'documented', sessions: 2, apps: ['shop'], methods: ['GET'], requests: 3, attacks: { sqli: 1 }, status: { 200: 3 } })
  t.match(by['/legacy/orders'], { insight: 'zombie', sessions: 1 })
  t.match(by['/admin/users'], { insight: 'shadow', methods: ['POST'], status: { 403: 1 } })
  t.match(by['/posts/{id}'], { insight: 'inferred', apps: ['blog'] })
  t.equal(all.endpoints[0]!.endpoint, '/posts/{id}', 'the most recently used first')
  t.ok(by['/products/{id}']!.firstSeen! < by['/products/{id}']!.lastSeen, 'first seen: its first request, before its last')
  t.equal(by['/posts/{id}']!.firstSeen, by['/posts/{id}']!.lastSeen, 'one request: first seen is last seen')

  t.same(((await (await get('?insight=shadow,zombie')).json()) as Answer).endpoints.map((e) => e.endpoint).sort(), ['/admin/users', '/legacy/orders'])
  t.same(((await (await get('?q=/products/42')).json()) as Answer).endpoints.map((e) => e.endpoint), ['/products/{id}'], 'a concrete path finds its template')
  const first = (await (await get('?limit=3')).json()) as Answer
  t.equal(first.endpoints.length, 3)
  const rest = (await (await get(`?limit=3&cursor=${first.next}`)).json()) as Answer
  t.same([...first.endpoints, ...rest.endpoints].map((e) => e.endpoint), all.endpoints.map((e) => e.endpoint), 'pages')
  t.equal(rest.next, null)
  t.equal((await get('?limit=501')).status, 400)
  t.equal((await get('?insight=ghost')).status, 400)
})

t.test('first seen: lowered by an older record, never raised; it leaves with the template', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url, { hashKey: 'inventory-test-key-0002' })
  t.teardown(() => sink.close())
  const layout = createLayout('apisess:', 1, false)
  const now = Date.now()
  const push = (id: string, ts: number, path: string) => {
    const r = newRecord(id, ts, 'shop', 'GET', path, { host: 'shop.test' }, '192.0.2.1')
    Object.assign(r, { sid: `KH${id}`, windowKey: `KH${id}`, status: 200, endpoint: path })
    sink.push(r)
  }
  push('1', now - 5_000, '/a')
  await sink.waitWritten(1)
  push('2', now - 60_000, '/a')
  await sink.waitWritten(2)
  push('3', now - 1_000, '/a')
  await sink.waitWritten(3)
  t.equal(Number(await redis.client.zscore(layout.endpointsFirst(0), '/a')), now - 60_000, 'the oldest record')
  t.equal(Number(await redis.client.zscore(layout.endpoints(0), '/a')), now - 1_000, 'and last seen the newest')
  // past the retention (30 days by default), the template leaves both registries at the next batch
  await redis.client.zadd(layout.endpoints(0), now - 40 * 86_400_000, '/old')
  await redis.client.zadd(layout.endpointsFirst(0), now - 41 * 86_400_000, '/old')
  push('4', now, '/b')
  await sink.waitWritten(4)
  t.equal(await redis.client.zscore(layout.endpointsFirst(0), '/old'), null, 'gone with its last request')
  // a template new to the registry starts over, whatever a stale first-seen says
  await redis.client.zadd(layout.endpointsFirst(0), now - 41 * 86_400_000, '/c')
  push('5', now, '/c')
  await sink.waitWritten(5)
  t.equal(Number(await redis.client.zscore(layout.endpointsFirst(0), '/c')), now)
  // records of one batch (pushed together), out of order: the oldest of them
  push('6', now - 10, '/d')
  push('7', now - 90_000, '/d')
  push('8', now - 20, '/d')
  await sink.waitWritten(8)
  t.equal(Number(await redis.client.zscore(layout.endpointsFirst(0), '/d')), now - 90_000)
})

t.test('specIndex keeps a spec\'s servers and paths apart: 100 × 500 is 500 templates, each found under every server', async (t) => {
  const { specIndex, classOf } = await import('../../src/console/inventory.ts')
  const { testConfig } = await import('../helpers/sensor.ts')
  // (100 servers: the most a spec may declare)
  const servers = Array.from({ length: 100 }, (_, i) => ({ url: `https://api.test/v${i}` }))
  const paths = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`/p${i}/{id}`, { get: i === 7 ? { deprecated: true } : {} }]))
  const dir = t.testdir({ 'wide.json': JSON.stringify({ openapi: '3.0.3', info: { title: 'w', version: '1' }, servers, paths }) })
  const config = testConfig({ applications: [{ name: 'wide', hosts: ['api.test'], upstream: 'http://127.0.0.1:1', openapi: join(dir, 'wide.json') }] })
  const index = specIndex(config)
  // (an audit's finding) servers × paths entries: 50,000 here, 4 million for 2,000 × 2,000
  t.equal(index.specs[0]!.paths.size, 500, 'the templates once')
  t.equal(index.specs[0]!.bases.length, 100)
  t.equal(classOf(index, '/v99/p7/{id}', ['wide']), 'zombie', 'a deprecated path under the last server')
  t.equal(classOf(index, '/v0/p8/{id}', ['wide']), undefined, 'documented')
  t.equal(classOf(index, '/v100/p8/{id}', ['wide']), 'shadow', 'under no server of the spec')
})
