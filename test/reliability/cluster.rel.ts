/**
 * Issue 19: Redis Cluster as a real distributed engine, under a steady load through the real sensor.
 * - a slot of a live shard migrated key by key while the sensor writes: the migration completes with
 *   no conflict (no key ever exists on both nodes) and every record is readable on the new owner,
 *   each client's requests under one session id;
 * - one shard's slots made unavailable: the other shards go on writing, nothing dropped, and the
 *   health metrics and /readyz/redis say which shard is not writing;
 * - a master killed and its replica promoted: exact accounting (produced = written + dropped +
 *   buffered) and writing resumes on its own, the recovery time reported.
 * Each load is bounded in count and time; only loopback.
 */
import t from 'tap'
import { once } from 'node:events'
import { Cluster, Redis } from 'ioredis'
import { startRedisCluster, type TestCluster } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { LogCapture, testConfig, type Tap } from '../helpers/sensor.ts'
import { Sensor } from '../../src/sensor.ts'
import { createLogger } from '../../src/log.ts'
import type { RedisSink } from '../../src/sink/redis-sink.ts'
import { createLayout, shardOfSession } from '../../src/redis/layout.ts'
import { Agent } from 'undici'

const SHARDS = 3

async function clusterSensor(t: Tap, cluster: TestCluster) {
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const config = testConfig({
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'cluster-rel-key-0000001',
    redis: { cluster: cluster.urls, shards: SHARDS, commandTimeout: '2s' },
    buffer: { flushEvery: '10ms' },
  })
  const sensor = new Sensor({ config, logger: createLogger('error', new LogCapture()), processMetrics: false })
  const { proxy, admin } = await sensor.start()
  t.teardown(() => sensor.close())
  const sink = sensor.sink as RedisSink
  if (sink.client.status !== 'ready') await once(sink.client, 'ready')
  return { sensor, sink, url: `http://127.0.0.1:${proxy.port}`, adminUrl: `http://127.0.0.1:${admin.port}` }
}

/** The next `name` event of `emitter`, or a failure naming what did not come within a minute (never a silent hang). */
function next(emitter: NodeJS.EventEmitter, name: string): Promise<unknown[]> {
  return once(emitter, name, { signal: AbortSignal.timeout(60_000) }).catch((err: unknown) => {
    throw new Error(`no '${name}' event within 60 s`, { cause: err })
  })
}

/** A steady load of `users` clients (one cookie each), until `stop()`: bounded by `max` requests and two minutes. */
function load(url: string, users: number, max: number) {
  const agent = new Agent({ connections: 8 })
  const until = Date.now() + 120_000
  let sent = 0
  let stopped = false
  const done = (async () => {
    for (; sent < max && !stopped && Date.now() < until; ) {
      const batch = Array.from({ length: 8 }, (_, k) => {
        const i = sent + k
        const user = `user-${i % users}`
        return agent.request({ origin: url, path: `/u/${user}/${i}`, method: 'GET', headers: { cookie: `PHPSESSID=${user}` } }).then((r) => r.body.text())
      })
      sent += batch.length
      await Promise.all(batch)
      await new Promise((r) => setTimeout(r, 5)) // a steady rate, not a flood
    }
  })()
  return {
    get sent() {
      return sent
    },
    async stop() {
      stopped = true
      await done
      await agent.close()
    },
  }
}

async function dropped(sensor: Sensor): Promise<number> {
  const text = await sensor.metrics.registry.getSingleMetricAsString('apisess_records_dropped_total')
  return [...text.matchAll(/^apisess_records_dropped_total\{[^}]*\} (\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0)
}

/** Every record in the shard feeds, by user: the session ids each user's requests got. */
async function recordsByUser(reader: Cluster): Promise<{ total: number; sids: Map<string, Set<string>>; perSession: Map<string, number> }> {
  const sids = new Map<string, Set<string>>()
  const perSession = new Map<string, number>()
  let total = 0
  for (let n = 0; n < SHARDS; n++) {
    for (const [, f] of await reader.xrange(`apisess:{${n}}:requests`, '-', '+')) {
      const rec = JSON.parse(f[5]!) as { path: string; sid: string }
      const user = rec.path.split('/')[2]!
      total++
      if (!sids.has(user)) sids.set(user, new Set())
      sids.get(user)!.add(rec.sid)
      perSession.set(rec.sid, (perSession.get(rec.sid) ?? 0) + 1)
    }
  }
  return { total, sids, perSession }
}

function readerOf(cluster: TestCluster): Cluster {
  return new Cluster(cluster.urls.map((u) => ({ host: '127.0.0.1', port: Number(new URL(u).port) })))
}

async function nodeOf(port: number): Promise<{ client: Redis; id: string }> {
  const client = new Redis({ host: '127.0.0.1', port })
  return { client, id: (await client.cluster('MYID')) }
}

t.test('a slot migrated key by key while the sensor writes: no conflict, nothing split, one session per client', async (t) => {
  const cluster = await startRedisCluster(t, 3, 0)
  const s = await clusterSensor(t, cluster)
  const reader = readerOf(cluster)
  t.teardown(() => reader.disconnect())
  const slot = (await reader.cluster('KEYSLOT', 'apisess:{0}:requests'))
  const slots = (await reader.cluster('SLOTS')) as unknown as [number, number, [string, number]][]
  const srcPort = slots.find(([a, b]) => slot >= a && slot <= b)![2][1]
  const dstPort = cluster.ports.slice(0, 3).find((p) => p !== srcPort)!
  const src = await nodeOf(srcPort)
  const dst = await nodeOf(dstPort)
  t.teardown(() => {
    src.client.disconnect()
    dst.client.disconnect()
  })

  const traffic = load(s.url, 60, 4_000)
  await s.sink.waitWritten(200) // the shard's keys exist before the migration starts
  await dst.client.cluster('SETSLOT', slot, 'IMPORTING', src.id)
  await src.client.cluster('SETSLOT', slot, 'MIGRATING', dst.id)
  let moved = 0
  const conflicts: string[] = []
  const started = Date.now()
  // move what is there, again and again while writes go on, for a few seconds; then the rest
  for (let round = 0; ; round++) {
    const keys = (await src.client.cluster('GETKEYSINSLOT', slot, 100))
    if (keys.length === 0 && (Date.now() - started > 3_000 || round > 2_000)) break
    if (keys.length === 0) {
      await new Promise((r) => setTimeout(r, 20))
      continue
    }
    try {
      await src.client.migrate('127.0.0.1', dstPort, '', 0, 5_000, 'KEYS', ...keys)
      moved += keys.length
    } catch (err) {
      conflicts.push((err as Error).message)
      break
    }
  }
  for (const port of cluster.ports.slice(0, 3)) {
    const n = new Redis({ host: '127.0.0.1', port })
    await n.cluster('SETSLOT', slot, 'NODE', dst.id)
    n.disconnect()
  }
  await traffic.stop()
  const produced = traffic.sent
  while (s.sink.writtenTotal + (await dropped(s.sensor)) < produced) await next(s.sink, 'written')
  t.same(conflicts, [], 'MIGRATE never met a key that existed on both nodes (BUSYKEY)')
  t.ok(moved > 0, `${moved} keys moved while the sensor wrote`)
  t.equal(await dropped(s.sensor), 0, 'nothing dropped')
  t.equal(s.sink.writtenTotal, produced, `${produced} records written`)

  const { total, sids, perSession } = await recordsByUser(reader)
  t.equal(total, produced, 'every written record is readable through the cluster (its feed on the new owner)')
  t.ok([...sids.values()].every((set) => set.size === 1), 'each client kept one session id through the migration')
  const layout = createLayout('apisess:', SHARDS, true)
  for (const [sid, n] of perSession) {
    const requests = await reader.hget(layout.meta(shardOfSession(layout, sid), sid), 'requests')
    if (requests !== String(n)) t.fail(`session ${sid}: summary says ${requests}, the feed has ${n}`)
  }
  t.pass('every summary counts exactly the records in the feed')
})

t.test("one shard's slots unavailable: the other shards keep writing, nothing dropped, health says which", async (t) => {
  const cluster = await startRedisCluster(t, 3, 0, ['--cluster-require-full-coverage', 'no'])
  const s = await clusterSensor(t, cluster)
  const reader = readerOf(cluster)
  t.teardown(() => reader.disconnect())
  const slots = (await reader.cluster('SLOTS')) as unknown as [number, number, [string, number]][]
  const ownerOf = async (n: number) => {
    const slot = (await reader.cluster('KEYSLOT', `apisess:{${n}}:requests`))
    return slots.find(([a, b]) => slot >= a && slot <= b)![2][1]
  }
  const owners = await Promise.all([0, 1, 2].map(ownerOf))
  const deadPort = owners[0]!
  const dead = new Set([0, 1, 2].filter((n) => owners[n] === deadPort))
  const healthy = [0, 1, 2].filter((n) => !dead.has(n))
  t.ok(healthy.length > 0, `shards ${[...dead].join(',')} on the node to kill, ${healthy.join(',')} elsewhere`)

  // the load runs on until the checks below are done (a slow machine may take long to see the shard go)
  const traffic = load(s.url, 60, 20_000)
  await s.sink.waitWritten(100)
  await cluster.kill(deadPort)
  // the dead shard's calls fail (each call's end is an event); the healthy shards' go on
  for (let i = 0; i < 2_000 && s.sensor.backend.notWriting().length === 0; i++) await next(s.sink, 'attempt')
  const before = s.sink.writtenTotal
  while (s.sink.writtenTotal < before + 300) await next(s.sink, 'written')
  const ready = await fetch(`${s.adminUrl}/readyz/redis`)
  t.equal(ready.status, 503, '/readyz/redis says records are not all being written')
  const body = (await ready.json()) as { shards: { shard: number }[] }
  t.same(body.shards.map((x) => x.shard).sort(), [...dead].sort(), 'and names the shard(s) that are not')
  const up = await s.sensor.metrics.registry.getSingleMetricAsString('apisess_redis_shard_up')
  for (const n of dead) t.match(up, new RegExp(`shard="${n}"\\} 0`))
  for (const n of healthy) t.match(up, new RegExp(`shard="${n}"\\} 1`))
  t.match(await s.sensor.metrics.registry.getSingleMetricAsString('apisess_redis_up'), /apisess_redis_up 0/)
  await traffic.stop()
  // the healthy shards write what they hold (each call's end is an event)
  const healthyWaiting = () => s.sink.health().filter((h) => !dead.has(h.shard)).reduce((n, h) => n + h.buffered, 0)
  for (let i = 0; i < 2_000 && healthyWaiting() > 0; i++) await next(s.sink, 'attempt')
  t.equal(await dropped(s.sensor), 0, 'nothing dropped: the dead shard holds back only its own records, within its budget')
  const health = s.sink.health()
  const waiting = health.filter((h) => dead.has(h.shard)).reduce((n, h) => n + h.buffered, 0)
  t.equal(s.sink.writtenTotal + waiting, traffic.sent, 'produced = written + waiting for the dead shard')
  t.ok(health.filter((h) => !dead.has(h.shard)).every((h) => h.buffered === 0), 'the healthy shards have written everything')
})

t.test('a master killed and its replica promoted: accounting exact, writing resumes by itself', async (t) => {
  const cluster = await startRedisCluster(t, 3, 1)
  const s = await clusterSensor(t, cluster)
  const reader = readerOf(cluster)
  t.teardown(() => reader.disconnect())
  const slot = (await reader.cluster('KEYSLOT', 'apisess:{0}:requests'))
  const slots = (await reader.cluster('SLOTS')) as unknown as [number, number, [string, number]][]
  const masterPort = slots.find(([a, b]) => slot >= a && slot <= b)![2][1]

  const traffic = load(s.url, 60, 3_000)
  await s.sink.waitWritten(200)
  await cluster.kill(masterPort)
  const killedAt = Date.now()
  // shard 0's calls fail until its replica is promoted, then succeed again (each call's end is an event)
  let failedAt = 0
  let recovered = 0
  for (let i = 0; i < 5_000 && recovered === 0; i++) {
    const [shard, ok] = (await next(s.sink, 'attempt')) as [number, boolean]
    if (shard !== 0) continue
    if (!ok && failedAt === 0) failedAt = Date.now()
    if (ok && failedAt !== 0) recovered = Date.now() - killedAt
  }
  t.ok(failedAt > 0, 'shard 0 noticed its master was gone')
  t.ok(recovered > 0, `shard 0 wrote again ${recovered} ms after its master was killed`)
  t.comment(`recovery time of shard 0 after kill -9 of its master: ${recovered} ms (cluster-node-timeout 2 s)`)
  await traffic.stop()
  const produced = traffic.sent
  t.equal(s.sink.writtenTotal + (await dropped(s.sensor)) + s.sink.buffered, produced, 'produced = written + dropped + buffered, at any moment')
  for (let i = 0; i < 5_000 && s.sink.buffered > 0; i++) await next(s.sink, 'attempt')
  t.equal(s.sink.writtenTotal + (await dropped(s.sensor)), produced, `produced ${produced} = written ${s.sink.writtenTotal} + dropped ${await dropped(s.sensor)}, exactly`)
  t.same(s.sensor.backend.notWriting(), [], 'every shard writes again')
})
