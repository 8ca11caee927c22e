import t from 'tap'
import { Cluster } from 'ioredis'
import { startRedisCluster } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { LogCapture, testConfig } from '../helpers/sensor.ts'
import { Sensor } from '../../src/sensor.ts'
import { createLogger } from '../../src/log.ts'
import type { RedisSink } from '../../src/sink/redis-sink.ts'

t.test('Redis Cluster: sessions spread over hash-tagged shards, each session in one slot', async (t) => {
  const cluster = await startRedisCluster(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const config = testConfig({
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'cluster-test-key-000001',
    redis: { cluster: cluster.urls, shards: 6 },
    buffer: { flushEvery: '10ms' },
  })
  const sensor = new Sensor({ config, logger: createLogger('warn', new LogCapture()), processMetrics: false })
  const { proxy } = await sensor.start()
  t.teardown(() => sensor.close())
  const client = httpClient(t, `http://127.0.0.1:${proxy.port}`)
  const users = Array.from({ length: 24 }, (_, i) => `user-${i}`)
  for (const [i, u] of [...users, ...users].entries()) {
    await (await client.request({ path: `/p/${i}`, method: 'GET', headers: { cookie: `PHPSESSID=${u}` } })).body.text()
  }
  await (sensor.sink as RedisSink).waitWritten(48)

  const reader = new Cluster(cluster.urls.map((u) => ({ host: '127.0.0.1', port: Number(new URL(u).port) })))
  t.teardown(() => reader.disconnect())
  let feedTotal = 0
  const shardsUsed = new Set<number>()
  const sids = new Set<string>()
  for (let n = 0; n < 6; n++) {
    const feed = await reader.xrange(`apisess:{${n}}:requests`, '-', '+')
    feedTotal += feed.length
    if (feed.length > 0) shardsUsed.add(n)
    for (const [, f] of feed) {
      const sid = f[3]!
      sids.add(sid)
      const slot = await reader.cluster('KEYSLOT', `apisess:{${n}}:requests`)
      t.equal(await reader.cluster('KEYSLOT', `apisess:{${n}}:session:${sid}`), slot)
      t.equal(await reader.xlen(`apisess:{${n}}:session:${sid}`), 2, 'both requests of the session in its stream')
      t.equal(await reader.hget(`apisess:{${n}}:session:${sid}:meta`, 'requests'), '2')
    }
  }
  t.equal(feedTotal, 48, 'every record in one of the shard feeds')
  t.equal(sids.size, 24)
  t.ok(shardsUsed.size >= 4, `sessions spread over ${shardsUsed.size} of 6 shards`)
  const nodes = new Set<string>()
  for (const n of shardsUsed) {
    const slot = await reader.cluster('KEYSLOT', `apisess:{${n}}:requests`)
    const owner = (await reader.cluster('SLOTS')).find(([from, to]) => slot >= (from) && slot <= (to))
    nodes.add(String((owner?.[2] as unknown[] | undefined)?.[1]))
  }
  t.ok(nodes.size >= 2, `the shards live on ${nodes.size} of 3 masters`)
})
