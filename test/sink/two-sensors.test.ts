import t from 'tap'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Redis } from 'ioredis'
import { Client } from 'undici'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { jwt } from '../helpers/view.ts'
import { processConfig, startSensorProcess } from '../helpers/process.ts'

type Tap = Parameters<typeof startRedis>[0]

const config = (upstream: string, redis: string) =>
  processConfig(
    upstream,
    redis,
    'two-sensors-shared-key-01',
    `buffer: { flushEvery: 5ms }
traced:
  - { name: token, from: response_body, key: /token, mask: hash }
  - { name: bearer, from: header, key: x-token, mask: hash }
rules: [{ params: [token] }, { params: [bearer] }]`,
  )

/** A real sensor process; resolves with its proxy URL once it logs that it listens. */
async function sensorProcess(t: Tap, file: string): Promise<string> {
  return (await startSensorProcess(t, file)).url
}

/** The traffic: users interleaved, with an anonymous visitor who logs in halfway. */
function traffic(): { path: string; method: string; headers: Record<string, string> }[] {
  const ann = { 'user-agent': 'Browser/ann' }
  const bob = { authorization: `Bearer ${jwt({ sub: 'bob' })}`, 'user-agent': 'App/bob' }
  const crawler = { 'user-agent': 'Crawler/1' }
  const ci = { 'x-api-key': 'ci-1', 'user-agent': 'ci' }
  return [
    { path: '/products', method: 'GET', headers: ann },
    { path: '/orders', method: 'GET', headers: bob },
    { path: '/products/7', method: 'GET', headers: ann },
    { path: '/robots.txt', method: 'GET', headers: crawler },
    { path: '/login', method: 'POST', headers: ann }, // answers {"token":"tok-ann"} and PHPSESSID=sess-ann
    { path: '/deploy', method: 'POST', headers: ci },
    { path: '/cart', method: 'GET', headers: { ...ann, cookie: 'PHPSESSID=sess-ann' } },
    { path: '/orders/1', method: 'GET', headers: bob },
    { path: '/checkout', method: 'POST', headers: { ...ann, 'x-token': 'tok-ann' } },
    { path: '/sitemap.xml', method: 'GET', headers: crawler },
    { path: '/deploy/2', method: 'POST', headers: ci },
    { path: '/account', method: 'GET', headers: { ...ann, cookie: 'PHPSESSID=sess-ann' } },
  ]
}

/** Send the traffic round-robin over `urls`, waiting for each record to land before the next request. */
async function replay(t: Tap & { equal(found: unknown, wanted: unknown): unknown }, urls: string[], redis: Redis): Promise<string[]> {
  const clients = urls.map((u) => new Client(u))
  t.teardown(() => Promise.all(clients.map((c) => c.close())))
  let last = '0-0'
  const sids: string[] = []
  for (const [i, req] of traffic().entries()) {
    const res = await clients[i % clients.length]!.request({ path: req.path, method: req.method, headers: req.headers, body: req.method === 'POST' ? '{}' : null })
    await res.body.text()
    const got = (await redis.xread('COUNT', 1, 'BLOCK', 10_000, 'STREAMS', 'apisess:requests', last))
    if (!got) throw new Error(`record ${i} never reached Redis`)
    const [id, fields] = got[0]![1][0]!
    last = id
    t.equal((JSON.parse(fields[5]!) as { path: string }).path, req.path)
    sids.push(fields[3]!)
  }
  return sids
}

/** Sessions as a partition of request indexes, independent of the ids. */
function partition(sids: string[]): number[][] {
  const groups = new Map<string, number[]>()
  sids.forEach((sid, i) => groups.set(sid, [...(groups.get(sid) ?? []), i]))
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!)
}

t.test('two sensor processes behind a round-robin split produce exactly the sessions of one', async (t) => {
  const up = await startUpstream(t, (req, res) => {
    if (req.url === '/login') {
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'PHPSESSID=sess-ann; Path=/' })
      return res.end('{"token":"tok-ann"}')
    }
    res.end('{}')
  })
  const one = await startRedis(t)
  const two = await startRedis(t)
  const dir = t.testdir({})
  writeFileSync(join(dir, 'one.yaml'), config(up.url, one.url))
  writeFileSync(join(dir, 'two.yaml'), config(up.url, two.url))

  const single = await sensorProcess(t, join(dir, 'one.yaml'))
  const expected = await replay(t, [single], one.client)

  const a = await sensorProcess(t, join(dir, 'two.yaml'))
  const b = await sensorProcess(t, join(dir, 'two.yaml'))
  const split = await replay(t, [a, b], two.client)

  t.same(partition(split), partition(expected), 'the same grouping of requests into sessions')
  t.same(partition(expected), [[0, 2, 4, 6, 8, 11], [1, 7], [3, 9], [5, 10]], 'ann: anonymous, login, cookie and token steps read as one session')
})
