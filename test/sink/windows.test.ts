import t from 'tap'
import { once } from 'node:events'
import { Redis } from 'ioredis'
import { startRedis } from '../helpers/redis.ts'
import { startWriter } from '../helpers/writer.ts'
import { newRecord, type RequestRecord } from '../../src/capture/record.ts'
import type { ConfigInput } from '../../src/config/schema.ts'
import { packRecord, RECORD_FIELDS } from '../../src/sink/script.ts'

const MIN = 60_000
// two days back, on the hour: inside every retention whenever the test runs
const T0 = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 2 * 86_400_000

function rec(n: number, ts: number, windowKey: string, handoffKey: string | null = null): RequestRecord {
  const r = newRecord(`r${n}`, ts, 'shop', 'GET', `/step/${n}`, { host: 'shop.test', 'user-agent': 'ua' }, '192.0.2.9')
  r.sid = windowKey
  r.windowKey = windowKey
  r.handoffKey = handoffKey
  r.status = 200
  return r
}

async function writer(t: Tap, url: string, extra: Partial<ConfigInput> = {}) {
  const sink = startWriter(url, extra)
  t.teardown(() => sink.close())
  return sink
}
type Tap = Parameters<typeof startRedis>[0]

/** The windowed sid of each record, by record id, read back from the feed. */
async function sids(client: Redis): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const [, f] of await client.xrange('apisess:requests', '-', '+')) {
    const r = JSON.parse(f[5]!) as { id: string; sid: string }
    out[r.id] = r.sid
  }
  return out
}

t.test('idle timeout and maximum duration start new sessions', async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url, { session: { idleTimeout: '30m', maxDuration: '24h' } })
  // key A: 0, +10m, +35m (idle 25m: same), +70m (idle 35m: new)
  // key B: every 20 minutes for 25 hours: a new session once 24h have passed since its first request
  const records = [rec(1, T0, 'A'), rec(2, T0 + 10 * MIN, 'A'), rec(3, T0 + 35 * MIN, 'A'), rec(4, T0 + 70 * MIN, 'A')]
  for (let i = 0; i <= 75; i++) records.push(rec(100 + i, T0 + i * 20 * MIN, 'B'))
  for (const r of records) sink.push(r)
  await sink.waitWritten(records.length)
  const s = await sids(redis.client)
  t.equal(s.r1, s.r2)
  t.equal(s.r2, s.r3, 'idle 25 minutes: the same session')
  t.not(s.r4, s.r3, 'idle 35 minutes: a new session')
  t.match(s.r1, /^A-[0-9a-z]+$/)
  const b = Array.from({ length: 76 }, (_, i) => s[`r${100 + i}`]!)
  t.equal(new Set(b.slice(0, 73)).size, 1, 'the first 24 hours are one session')
  t.not(b[73], b[72], 'past 24 hours: a new session')
  t.equal(new Set(b.slice(73)).size, 1)
})

t.test('login continuity: the new identifier continues the current session, never steals a live one', async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url)
  // anonymous W browses, logs in (the login hands out S); then requests carry S
  sink.push(rec(1, T0, 'W'))
  sink.push(rec(2, T0 + MIN, 'W', 'S'))
  sink.push(rec(3, T0 + 2 * MIN, 'S'))
  // X already has a live session of its own: a handoff to X from another weak key does not move it
  sink.push(rec(4, T0, 'X'))
  sink.push(rec(5, T0 + MIN, 'V', 'X'))
  sink.push(rec(6, T0 + 2 * MIN, 'X'))
  await sink.waitWritten(6)
  const s = await sids(redis.client)
  t.equal(s.r2, s.r1)
  t.equal(s.r3, s.r1, 'the authenticated step continues the anonymous session')
  t.equal(s.r6, s.r4, "X's live session stays X's")
  t.not(s.r5, s.r4)
})

t.test('a retried batch is not written twice', async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url)
  if (sink.client.status !== 'ready') await once(sink.client, 'ready')
  const args: (string | number)[] = [T0, 1_800_000, 86_400_000, 604_800_000, 604_800_000, 'apisess:']
  packRecord(args, rec(1, T0, 'K'))
  t.equal(await sink.client.apisessBatch('apisess:batch:same', ...args), 1)
  t.equal(await sink.client.apisessBatch('apisess:batch:same', ...args), -1, 'the marker makes the retry a no-op')
  t.equal(await redis.client.xlen('apisess:requests'), 1)
})

t.test('the script unpacks what packRecord packs, by the same list (contract)', async (t) => {
  const args: (string | number)[] = []
  const r = rec(7, T0, 'K7', 'H1,H2')
  r.endpoint = '/step/{n}'
  r.user = 'ann'
  r.attacks = ['sqli', 'xss']
  r.durationMs = 12.5
  r.resBytes = 99
  packRecord(args, r)
  t.equal(args.length, RECORD_FIELDS.length)
  const by = Object.fromEntries(RECORD_FIELDS.map((f, i) => [f, args[i]]))
  t.match(by, { kh: 'K7', handoff: 'H1,H2', ts: T0, endpoint: '/step/{n}', user: 'ann', role: '', attacks: 'sqli,xss', dur: 12.5, size: 99 })
  t.match(String(by.tail), /^"id":"r7",/)
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url)
  if (sink.client.status !== 'ready') await once(sink.client, 'ready')
  t.equal(await sink.client.apisessBatch('apisess:batch:c', T0, 1_800_000, 86_400_000, 604_800_000, 604_800_000, 'apisess:', ...args), 1)
  const sid = `K7-${T0.toString(36)}`
  t.same(await redis.client.zrange(`apisess:session:${sid}:dur`, '0', '-1', 'WITHSCORES').then((x) => x[1]), '12.5', 'the duration index has it')
  t.equal(await redis.client.exists('apisess:idx:user:ann'), 1)
})
