/**
 * The watched hashes (denylist, exceptions) as Redis can make them hostile: connections killed in a
 * loop, a hash written past the console's ceilings by other means, entries that never change.
 */
import t from 'tap'
import { once } from 'node:events'
import { Redis } from 'ioredis'
import { startRedis } from '../helpers/redis.ts'
import { testConfig, type Tap } from '../helpers/sensor.ts'
import { createRedisClient } from '../../src/sink/redis-client.ts'
import { MAX_POLICY_BYTES, MAX_POLICY_ENTRIES, MAX_POLICY_VALUE_BYTES, refusedError, WatchedHash, type Refused } from '../../src/policy/watched-hash.ts'
import { DenylistWatcher } from '../../src/policy/denylist.ts'
import { Policy } from '../../src/policy/policy.ts'

const APPS = [{ name: 'shop', hosts: ['*.test'], upstream: 'http://127.0.0.1:1' }]

/** The sensor's own client of a test Redis, connected. */
async function sensorClient(t: Tap, url: string): Promise<Redis> {
  const client = createRedisClient(testConfig({ applications: APPS, redis: { url } }).redis) as Redis
  client.on('error', () => {})
  await client.connect()
  t.teardown(() => client.disconnect())
  return client
}

/** A watcher whose loads are heard: each `next()` resolves with the next call of its apply. */
function watched(client: Redis, hash: string) {
  const calls: { values: string[] | undefined; skipped: number }[] = []
  let wake: (() => void) | undefined
  const w = new WatchedHash(client, hash, `${hash}:changed`, (values, skipped) => {
    calls.push({ values, skipped })
    wake?.()
  }, 3_600_000)
  const next = (): Promise<(typeof calls)[number]> => {
    const seen = calls.length
    return new Promise((resolve) => {
      wake = () => {
        if (calls.length > seen) resolve(calls[seen]!)
      }
    })
  }
  return { w, calls, next }
}

t.test('connections killed in a loop: the subscriber subscribes again by itself, and no promise is left rejected unheard', async (t) => {
  const redis = await startRedis(t)
  const client = await sensorClient(t, redis.url)
  const { w, next } = watched(client, 'p:denylist')
  const unheard: unknown[] = []
  const onUnhandled = (err: unknown): void => void unheard.push(err)
  process.on('unhandledRejection', onUnhandled)
  t.teardown(() => process.off('unhandledRejection', onUnhandled))
  const first = next()
  w.start()
  t.teardown(() => w.stop())
  t.same((await first).values, [], 'loaded at start')
  const killer = new Redis(redis.url)
  t.teardown(() => killer.disconnect())
  // ioredis subscribed again after each reconnection itself, and a connection killed meanwhile
  // rejected that promise with nobody to hear it: the process ended within seconds (bounded: 3 s)
  const end = Date.now() + 3_000
  for (let i = 0; i < 300 && Date.now() < end; i++) {
    await killer.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes').catch(() => {})
    await killer.call('CLIENT', 'KILL', 'TYPE', 'pubsub').catch(() => {})
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  // the kills over: the watcher's subscriber is back on its channel (bounded wait, on Redis's word)
  for (let i = 0; i < 500; i++) {
    const [, subscribers] = (await killer.pubsub('NUMSUB', 'p:denylist:changed')) as [string, number]
    if (subscribers === 1) break
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  t.same(unheard, [], 'no rejection went unheard')
  // its reading client back too (a change announced while it reconnects waits for the resync, an hour away here)
  if (client.status !== 'ready') await once(client, 'ready')
  // a change announced reaches it by pub/sub
  const changed = next()
  await killer.hset('p:denylist', 'a', '{"x":1}')
  await killer.publish('p:denylist:changed', 'a')
  t.same((await changed).values, ['{"x":1}'], 'the change applied')
})

t.test('a hash written past the ceilings by other means is read bounded in Redis; an unchanged one comes back as a digest', async (t) => {
  const redis = await startRedis(t)
  const client = await sensorClient(t, redis.url)
  const p = redis.client.pipeline()
  for (let i = 0; i < MAX_POLICY_ENTRIES + 1_000; i++) p.hset('p:denylist', `e${i}`, `{"i":${i}}`)
  p.hset('p:denylist', 'huge', 'x'.repeat(MAX_POLICY_VALUE_BYTES + 1))
  await p.exec()
  const { w, calls, next } = watched(client, 'p:denylist')
  const first = next()
  await w.refresh()
  const loaded = await first
  t.equal(loaded.values!.length, MAX_POLICY_ENTRIES, 'at most 10,000 entries read')
  t.ok(loaded.values!.every((v) => v.length <= MAX_POLICY_VALUE_BYTES), 'no value over the ceiling sent')
  t.equal(loaded.skipped, 1_001, 'the rest counted as left out')
  // nothing changed: no values, nothing to parse or compile
  await w.refresh()
  await w.refresh()
  t.same(calls.slice(1), [{ values: undefined, skipped: 0 }, { values: undefined, skipped: 0 }])
  await redis.client.hdel('p:denylist', 'huge', ...Array.from({ length: 1_000 }, (_, i) => `e${i}`))
  await w.refresh()
  t.equal(calls[3]!.values!.length, MAX_POLICY_ENTRIES, 'a change: the values again')
  t.equal(calls[3]!.skipped, 0)
  await redis.client.del('p:denylist')
  await w.refresh()
  t.same(calls[4], { values: [], skipped: 0 }, 'the hash gone: no entries')
  // 2,000 values of 8 KiB: 16 MiB, twice the bytes read in all
  const big = redis.client.pipeline()
  for (let i = 0; i < 2_000; i++) big.hset('p:denylist', `b${i}`, String(i).padEnd(8 * 1024, 'x'))
  await big.exec()
  await w.refresh()
  t.equal(calls[5]!.values!.length, MAX_POLICY_BYTES / (8 * 1024), 'values up to MAX_POLICY_BYTES in all')
  t.equal(calls[5]!.skipped, 2_000 - MAX_POLICY_BYTES / (8 * 1024), 'the rest counted as left out')
})

t.test('the denylist compiled again only when its entries change or one expires; refusals reported once per change', async (t) => {
  const redis = await startRedis(t)
  const client = await sensorClient(t, redis.url)
  const policy = new Policy([])
  const watcher = new DenylistWatcher(client, 'p:', policy, 3_600_000)
  const refused: Refused[] = []
  watcher.onRefused = (r) => void refused.push({ ...r })
  const entry = (id: string, value: string, expiresAt: number | null) => JSON.stringify({ id, kind: 'ip', value, apps: ['shop'], expiresAt, addedBy: 'ann', addedAt: 1, reason: '' })
  const expiresAt = Date.now() + 300
  await redis.client.hset('p:denylist', 'a', entry('a', '203.0.113.7', null), 'b', entry('b', '203.0.113.8', expiresAt), 'bad1', 'not json', 'bad2', '{"id":"x"}')
  await watcher.refresh()
  const compiled = policy.deny
  t.ok(compiled.ipDenied('shop', '203.0.113.8'))
  t.match(refused, [{ invalid: 2, skipped: 0 }], 'two invalid entries, reported once')
  await watcher.refresh()
  await watcher.refresh()
  t.equal(policy.deny, compiled, 'unchanged entries: not compiled again')
  t.equal(refused.length, 1, 'nor reported again')
  // the expiry is what is tested: wait for the clock to pass it
  while (Date.now() <= expiresAt) await new Promise((resolve) => setTimeout(resolve, expiresAt + 1 - Date.now()))
  await watcher.refresh()
  t.not(policy.deny, compiled, 'an entry expired: compiled again')
  t.notOk(policy.deny.ipDenied('shop', '203.0.113.8'), 'the expired entry no longer denies')
  t.ok(policy.deny.ipDenied('shop', '203.0.113.7'))
  t.match(refusedError('denylist entries', refused[0]!).message, /^denylist entries in Redis: 2 not valid, skipped \(the first: /)
})
