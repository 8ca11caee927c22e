/**
 * A session's summary counts gathered over a batch (WRITE_SCRIPT, from a session's third record in a
 * batch): the same summary as a command per count, the values ceiling included (first come, first
 * kept; a value past it counted as other every time it comes; a value kept before it counted on).
 */
import t from 'tap'
import { Redis } from 'ioredis'
import { startRedis } from '../helpers/redis.ts'
import { testConfig } from '../helpers/sensor.ts'
import { createLogger } from '../../src/log.ts'
import { createMetrics } from '../../src/metrics.ts'
import { createLayout, SUMMARY_VALUES_MAX } from '../../src/redis/layout.ts'
import { RedisSink } from '../../src/sink/redis-sink.ts'
import { newRecord } from '../../src/capture/record.ts'

t.test('400 records of one session in one batch: its summary past the IP ceiling, counted as one command per count would', async (t) => {
  const redis = await startRedis(t)
  const N = 400
  const config = testConfig({ applications: [{ name: 'shop', hosts: ['shop.test'], upstream: 'http://127.0.0.1:9' }], redis: { url: redis.url }, buffer: { maxRecords: 1000, batch: 500, flushEvery: '1h' } })
  const sink = new RedisSink(new Redis(redis.url, { lazyConnect: true, enableOfflineQueue: false }), config, createLayout('apisess:', 1, false), createLogger('silent'), createMetrics(false).sink)
  const ipOf = (i: number) => `10.0.${i >> 8}.${i & 255}`
  const t0 = Date.now() - 60_000
  for (let i = 0; i < N; i++) {
    // 300 distinct IPs, then one past the ceiling 50 times, then the first one (kept) 50 times
    const ip = i < 300 ? ipOf(i) : i < 350 ? ipOf(280) : ipOf(0)
    const r = newRecord(`g${i}`, t0 + i, 'shop', 'GET', `/p/${i % 7}`, { host: 'shop.test', 'user-agent': 'ua' }, ip)
    r.sid = r.windowKey = 'S1'
    r.user = `u${i % 3}`
    r.attacks = i % 50 === 0 ? ['sqli', 'xss'] : []
    r.status = i % 10 === 0 ? 404 : 200
    sink.push(r)
  }
  const ready = new Promise((r) => sink.client.once('ready', r))
  sink.start()
  await ready
  t.ok(await sink.flush(), 'one batch written')
  t.equal(sink.buffered, 0)
  const [mk] = await redis.client.keys('apisess:session:*:meta')
  const meta = await redis.client.hgetall(mk!)
  await sink.close()
  t.equal(meta.requests, String(N))
  t.equal(meta['n:ip'], String(SUMMARY_VALUES_MAX))
  t.equal(meta['other:ip'], String(300 - SUMMARY_VALUES_MAX + 50), 'the IPs past the ceiling, each time they came')
  t.equal(meta[`ip:${ipOf(0)}`], '51', 'a kept IP counted on after the ceiling')
  t.equal(meta[`ip:${ipOf(SUMMARY_VALUES_MAX - 1)}`], '1', 'the last IP under the ceiling kept')
  t.equal(meta[`ip:${ipOf(SUMMARY_VALUES_MAX)}`], undefined, 'the first past it not')
  t.equal(meta[`ip:${ipOf(280)}`], undefined)
  t.equal(meta.user, `u${(N - 1) % 3}`, 'the plain user field keeps the latest')
  t.same([meta['user:u0'], meta['user:u1'], meta['user:u2'], meta['n:user']], ['134', '133', '133', '3'])
  t.same([meta['attack:sqli'], meta['attack:xss'], meta.attacks], ['8', '8', '16'])
  t.same([meta['status:404'], meta['status:200'], meta['method:GET'], meta['n:endpoint']], ['40', '360', String(N), '7'])
  t.equal(meta.last, String(t0 + N - 1))
  t.equal(meta.first, String(t0))
  t.ok((await redis.client.pttl(mk!)) > 0, 'it expires')
})
