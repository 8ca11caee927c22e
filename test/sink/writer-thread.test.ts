/**
 * `buffer.thread: true` (experimental): the Redis writer in a worker thread writes what the inline
 * writer writes, counts its overflow, and a writer thread that dies is started again while the proxy
 * goes on. Real sensors, a real redis-server, loopback sockets.
 */
import t from 'tap'
import { once } from 'node:events'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedis } from '../helpers/redis.ts'
import { LogCapture, testConfig } from '../helpers/sensor.ts'
import { Sensor } from '../../src/sensor.ts'
import { createLogger } from '../../src/log.ts'
import type { ConfigInput } from '../../src/config/schema.ts'
import { ThreadSink } from '../../src/sink/thread-sink.ts'
import type { RedisSink } from '../../src/sink/redis-sink.ts'

type Tap = Parameters<typeof startRedis>[0]

async function redisSensor(t: Tap, upstream: string, redisUrl: string, extra: Partial<ConfigInput> = {}) {
  const config = testConfig({
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream }],
    defaultApplication: 'shop',
    hashKey: 'writer-thread-test-key-01',
    redis: { url: redisUrl },
    ...extra,
    buffer: { flushEvery: '10ms', ...extra.buffer },
  })
  const logs = new LogCapture()
  const sensor = new Sensor({ config, logger: createLogger('info', logs), processMetrics: false })
  const { proxy } = await sensor.start()
  t.teardown(() => sensor.close())
  return { sensor, logs, url: `http://127.0.0.1:${proxy.port}` }
}

async function counter(sensor: Sensor, name: 'dropped' | 'written', label?: string): Promise<number> {
  const values = (await sensor.metrics.sink[name].get()).values
  return values.filter((v) => label === undefined || v.labels.reason === label).reduce((n, v) => n + v.value, 0)
}

/** the same requests, in the same order, one at a time */
async function traffic(t: Tap, url: string): Promise<void> {
  const client = httpClient(t, url)
  const send = async (path: string, headers: Record<string, string>, method = 'GET') => (await client.request({ path, method, headers: { host: 'shop.test', ...headers } })).body.text()
  for (let i = 0; i < 6; i++) await send(`/api/items/${i}?q=${i}`, { cookie: 'PHPSESSID=ann', 'user-agent': 'A' })
  await send('/missing', { cookie: 'PHPSESSID=ann', 'user-agent': 'A' })
  await send('/login', { cookie: 'PHPSESSID=bob', 'content-type': 'application/json' }, 'POST')
  await send('/b', { 'user-agent': 'B' })
}

/** what a record is apart from when it happened: its id, times, and the session id's start time */
function comparable(json: string): Record<string, unknown> {
  const { id: _id, ts: _ts, durationMs: _d, ttfbMs: _t, sid, ...rest } = JSON.parse(json) as Record<string, unknown>
  return { sid: String(sid).replace(/-[0-9a-z]+$/, ''), ...rest }
}

t.test('the writer thread writes the records the inline writer writes', async (t) => {
  const up = await startUpstream(t, (req, res) => {
    res.statusCode = req.url === '/missing' ? 404 : 200
    res.end('ok')
  })
  const feeds: Record<string, unknown>[][] = []
  const sessions: number[] = []
  for (const thread of [false, true]) {
    const redis = await startRedis(t)
    const s = await redisSensor(t, up.url, redis.url, { buffer: { thread } })
    t.equal(s.sensor.sink instanceof ThreadSink, thread, thread ? 'a writer thread' : 'inline')
    await traffic(t, s.url)
    await (s.sensor.sink as RedisSink | ThreadSink).waitWritten(9)
    const feed = await redis.client.xrange('apisess:requests', '-', '+')
    feeds.push(feed.map(([, f]) => comparable(f[f.indexOf('rec') + 1]!)))
    sessions.push(await redis.client.zcard('apisess:sessions'))
    t.equal(await counter(s.sensor, 'written'), 9, 'the written counter follows the thread')
  }
  t.equal(feeds[1]!.length, 9)
  t.same(feeds[1], feeds[0], 'the same records, in the same order')
  t.equal(sessions[1], sessions[0], 'the same sessions')
})

t.test('overflow is dropped and counted, never queued without bound', async (t) => {
  const redis = await startRedis(t)
  if (!redis.own) return t.pass('skipped: needs a private redis-server, REDIS_URL is set')
  await redis.stop()
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await redisSensor(t, up.url, redis.url, { buffer: { thread: true, maxRecords: 5 } })
  const sink = s.sensor.sink as ThreadSink
  const client = httpClient(t, s.url)
  for (let i = 0; i < 12; i++) t.equal(await (await client.request({ path: `/${i}`, method: 'GET' })).body.text(), 'ok')
  // the thread reports what it dropped (every 250 ms at most): bounded wait on its reports
  for (let i = 0; i < 100 && (await counter(s.sensor, 'dropped', 'buffer_full')) < 7; i++) await once(sink, 'report')
  t.equal(await counter(s.sensor, 'dropped', 'buffer_full'), 7, '12 = 5 held + 7 dropped')
  t.equal(sink.buffered, 5)
  await redis.start()
  await sink.waitWritten(5)
  t.equal(await redis.client.xlen('apisess:requests'), 5, 'the five held records are written')
})

t.test('a writer thread that dies is started again; the proxy goes on; what it held is counted', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await redisSensor(t, up.url, redis.url, { buffer: { thread: true } })
  const sink = s.sensor.sink as ThreadSink
  const client = httpClient(t, s.url)
  for (let i = 0; i < 5; i++) await (await client.request({ path: `/before/${i}`, method: 'GET' })).body.text()
  await sink.waitWritten(5)
  const first = sink.worker!
  const respawned = once(sink, 'spawned')
  await first.terminate()
  t.equal(sink.worker, undefined, 'no thread until the back-off has passed')
  for (let i = 0; i < 5; i++) t.equal(await (await client.request({ path: `/during/${i}`, method: 'GET' })).body.text(), 'ok', 'the proxy answers while the thread is down')
  const [second] = (await respawned) as [unknown]
  t.not(second, first, 'a new thread')
  await sink.waitWritten(10)
  t.equal(await redis.client.xlen('apisess:requests'), 10, 'the records of the outage were written by the new thread')
  t.equal(await counter(s.sensor, 'dropped', 'writer_died'), 0, 'nothing was held when it died')
  t.ok(s.logs.find('the writer thread died; its records are counted as dropped; starting it again'), 'the death was logged')
})
