/**
 * Insight through the real proxy: simulated sessions drive each API-abuse kind; an OpenAPI spec
 * gives shadow and zombie endpoints; flows tag; an exception added in Redis suppresses a class.
 */
import t from 'tap'
import { join } from 'node:path'
import type { Dispatcher } from 'undici'
import { startRedisSensor, startSensor } from '../helpers/sensor.ts'
import { startShopUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedis } from '../helpers/redis.ts'
import { ExceptionStore } from '../../src/policy/exceptions.ts'
import type { RequestRecord } from '../../src/capture/record.ts'
import { ABUSE_KINDS } from '../../src/capture/record.ts'

/** send `n` requests one after the other (a bounded loop) */
async function send(client: Dispatcher, n: number, request: (i: number) => Dispatcher.RequestOptions): Promise<void> {
  for (let i = 0; i < n; i++) {
    const res = await client.request(request(i))
    await res.body.dump()
  }
}

const kindsBySession = (records: RequestRecord[]) => {
  const out: Record<string, string[]> = {}
  for (const r of records) for (const a of r.attacks) if ((ABUSE_KINDS as readonly string[]).includes(a)) (out[r.ua ?? ''] ??= []).push(a)
  return out
}

t.test('each API-abuse kind, driven by a simulated session through the real proxy, lands on the record that crossed it', async (t) => {
  const up = await startShopUpstream(t)
  const s = await startSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    traced: [{ name: 'login', from: 'query', key: 'user' }],
    users: { user: 'login' },
    flows: { auth: ['POST /login'] },
  })
  const client = httpClient(t, s.url)
  let total = 0
  const as = (ua: string) => ({ 'user-agent': ua, host: 'shop.test' })
  // ten ordinary sessions make the application's normal
  for (let k = 0; k < 10; k++) await send(client, 3, (i) => ({ path: `/products/${i}`, method: 'GET', headers: as(`Normal/${k}`) }))
  total += 30
  await send(client, 25, (i) => ({ path: `/no-such-${i}`, method: 'GET', headers: as('Crawler/1') }))
  total += 25
  await send(client, 120, (i) => ({ path: `/products/${1000 + i}`, method: 'GET', headers: as('Scraper/1') }))
  total += 120
  await send(client, 12, () => ({ path: '/login', method: 'POST', body: 'user=admin&password=guess', headers: { ...as('Stuffer/1'), 'content-type': 'application/x-www-form-urlencoded' } }))
  total += 12
  await send(client, 6, (i) => ({ path: `/users?user=victim${i}`, method: 'GET', headers: as('Sprayer/1') }))
  total += 6
  await send(client, 320, () => ({ path: '/', method: 'GET', headers: as('Hammer/1') }))
  total += 320
  const records = await s.sink.waitFor(total)
  const kinds = kindsBySession(records)
  t.same(kinds, {
    'Crawler/1': ['security_crawler'],
    'Scraper/1': ['scraping'],
    'Stuffer/1': ['account_takeover'],
    'Sprayer/1': ['account_takeover'],
    'Hammer/1': ['api_abuse'],
  }, 'each kind once, on its session only')
  const crawler = records.filter((r) => r.ua === 'Crawler/1')
  t.equal(crawler.findIndex((r) => r.attacks.includes('security_crawler')), 19, 'on the 20th 404')
  t.same(records.filter((r) => r.ua === 'Stuffer/1')[0]!.flows, ['auth'])
  t.equal(records.find((r) => r.ua === 'Scraper/1')!.endpoint, '/products/{id}')
})

t.test('an OpenAPI spec makes shadow and zombie endpoints; attacks are found in the inputs', async (t) => {
  const up = await startShopUpstream(t)
  const dir = t.testdir({
    'shop.yaml': [
      'openapi: 3.0.3',
      'info: { title: shop, version: "1" }',
      'paths:',
      '  /products/{productId}: { get: {} }',
      '  /old/search: { get: { deprecated: true } }',
      '  /search: { $ref: "#/components/pathItems/Search" }',
      'components:',
      '  pathItems:',
      '    Search: { get: {} }',
    ].join('\n'),
  })
  const s = await startSensor(t, { applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url, openapi: join(dir, 'shop.yaml') }], defaultApplication: 'shop' })
  const client = httpClient(t, s.url)
  const paths = ['/products/7', '/old/search?q=shoes', '/search?q=1%27%20OR%20%271%27%3D%271', '/internal/metrics', '/products/7/reviews']
  await send(client, paths.length, (i) => ({ path: paths[i]!, method: 'GET' }))
  const records = await s.sink.waitFor(paths.length)
  t.same(
    records.map((r) => [r.endpoint, r.insight]),
    [
      ['/products/{productId}', null],
      ['/old/search', 'zombie'],
      ['/search', null],
      ['/internal/metrics', 'shadow'],
      ['/products/{id}/reviews', 'shadow'],
    ],
  )
  t.same(records[2]!.attacks, ['sqli'], 'the URL-encoded tautology is found')
  t.same(records[0]!.attacks, [])
  t.ok(records.every((r) => r.inputs === null), 'inputs are let go before the sink')
})

t.test('an exception added in Redis suppresses its class on its endpoint, for every sensor that follows it', async (t) => {
  const redis = await startRedis(t)
  const up = await startShopUpstream(t)
  const s = await startRedisSensor(t, { applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }], defaultApplication: 'shop', redis: { url: redis.url } })
  const client = httpClient(t, s.url)
  const attack = { path: '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', method: 'GET' as const }
  await send(client, 1, () => attack)
  await s.sink.waitWritten(1)
  await new ExceptionStore(redis.client, 'apisess:').add({ endpoint: '/search', attack: 'xss', addedBy: 'ops', reason: 'the search echoes HTML on purpose' })
  await s.sensor.backend.refresh()
  await send(client, 1, () => attack)
  await s.sink.waitWritten(2)
  const entries = (await redis.client.xrange('apisess:requests', '-', '+')) as [string, string[]][]
  const recs = entries.map(([, f]) => JSON.parse(f[f.indexOf('rec') + 1]!) as RequestRecord)
  t.same(recs.map((r) => r.attacks), [['xss'], []])
  const sid = recs[0]!.sid!
  t.equal(await redis.client.hget(`apisess:session:${sid}:meta`, 'attack:xss'), '1', 'the session summary counts attack types')
})
