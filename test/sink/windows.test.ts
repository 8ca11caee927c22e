import t from 'tap'
import { once } from 'node:events'
import { Redis } from 'ioredis'
import { startRedis } from '../helpers/redis.ts'
import { startWriter } from '../helpers/writer.ts'
import { newRecord, type RequestRecord } from '../../src/capture/record.ts'
import type { ConfigInput } from '../../src/config/schema.ts'
import { packRecord, RECORD_ARGS, RECORD_FIELDS, windowKeys, writeArgs, writeKeys } from '../../src/sink/script.ts'
import { createLayout } from '../../src/redis/layout.ts'

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

t.test('login continuity links a weak window to one identity only: two clients behind one IP and browser stay apart', async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url)
  // alice and bob share IP + User-Agent (weak key W); each login hands out a cookie of their own
  sink.push(rec(1, T0, 'W'))
  sink.push(rec(2, T0 + MIN, 'W', 'ALICE'))
  sink.push(rec(3, T0 + 2 * MIN, 'ALICE'))
  sink.push(rec(4, T0 + 3 * MIN, 'W'))
  sink.push(rec(5, T0 + 4 * MIN, 'W', 'BOB'))
  sink.push(rec(6, T0 + 5 * MIN, 'BOB'))
  sink.push(rec(7, T0 + 6 * MIN, 'ALICE'))
  await sink.waitWritten(7)
  const s = await sids(redis.client)
  t.equal(s.r3, s.r1, "alice's login continues the anonymous session")
  t.not(s.r6, s.r3, "bob's cookie is not merged into alice's session")
  t.match(s.r6, /^BOB-/, 'bob starts a session of his own')
  t.equal(s.r7, s.r1, "and alice's stays hers")
  t.equal(s.r5, s.r1, 'the anonymous requests that cannot be told apart stay where they are')
})

t.test('a retried batch is not written twice (each step replays or refuses its marker)', async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url)
  if (sink.client.status !== 'ready') await once(sink.client, 'ready')
  const layout = createLayout('apisess:', 1, false)
  const records = [packRecord(rec(1, T0, 'K')), packRecord(rec(2, T0 + 1, 'K'))]
  const wkeys = windowKeys(layout, 0, records)
  const wargs = [1_800_000, 86_400_000, 'apisess:', ...records.flatMap((r) => [r.kh, r.handoff, r.fields[0]!])]
  const first = (await sink.client.apisessWindows(wkeys.length + 1, 'apisess:batch:same:w', ...wkeys, ...wargs)) as [string[], string[]]
  // a later window step of the same batch id answers what the first did, without moving any window
  const again = (await sink.client.apisessWindows(wkeys.length + 1, 'apisess:batch:same:w', ...wkeys, ...wargs)) as [string[], string[]]
  t.same(again, first)
  const keys = writeKeys(layout, 0, records, first[0], [])
  const args = writeArgs([T0, 604_800_000, 604_800_000, 'apisess:', 1, ''], records, first[0], [])
  t.same(await sink.client.apisessWrite(keys.length + 1, 'apisess:batch:same', ...keys, ...args), [2])
  t.same(await sink.client.apisessWrite(keys.length + 1, 'apisess:batch:same', ...keys, ...args), [-1], 'the marker makes the retry a no-op')
  t.equal(await redis.client.xlen('apisess:requests'), 2)
})

t.test('a batch the write script could write only in part answers how far, the same on a retry; an attempt that stopped part-way is not taken for written', async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url)
  if (sink.client.status !== 'ready') await once(sink.client, 'ready')
  const layout = createLayout('apisess:', 1, false)
  const records = [packRecord(rec(1, T0, 'K')), packRecord(rec(2, T0 + 1, 'L')), packRecord(rec(3, T0 + 2, 'K'))]
  const wkeys = windowKeys(layout, 0, records)
  const wargs = [1_800_000, 86_400_000, 'apisess:', ...records.flatMap((r) => [r.kh, r.handoff, r.fields[0]!])]
  const [sids] = (await sink.client.apisessWindows(wkeys.length + 1, 'apisess:batch:part:w', ...wkeys, ...wargs)) as [string[], string[]]
  // the second record's session summary is a string (something else wrote it)
  await redis.client.set(layout.meta(0, sids[1]!), 'not a summary')
  const keys = writeKeys(layout, 0, records, sids, [])
  const args = writeArgs([T0, 604_800_000, 604_800_000, 'apisess:', 1, ''], records, sids, [])
  const first = (await sink.client.apisessWrite(keys.length + 1, 'apisess:batch:part', ...keys, ...args)) as unknown[]
  t.match(first, [-2, 2, /^WRONGTYPE .*\(a record of session L-/], 'two written, the error and the record it refused named')
  t.same(await sink.client.apisessWrite(keys.length + 1, 'apisess:batch:part', ...keys, ...args), first, 'a retry answers the same, writing nothing')
  const feed = await redis.client.xrange('apisess:requests', '-', '+')
  t.same(feed.map(([, f]) => f[3]), [sids[0], sids[2]], "the refused record's feed entry taken back: the feed holds the two written")
  t.equal(await redis.client.zscore('apisess:sessions', sids[0]!), String(T0 + 2), "the steps after the records ran: the written session's index")
  // a marker left by an attempt that never reached its end (the script stopped part-way): not "already written"
  await redis.client.set('apisess:batch:stopped', '0', 'PX', 60_000)
  t.same(await sink.client.apisessWrite(keys.length + 1, 'apisess:batch:stopped', ...keys, ...args), [-3])
  t.equal(await redis.client.xlen('apisess:requests'), 2, 'nothing written again')
})

t.test('an index key of the wrong type fails alone: the records are written and indexed elsewhere, the error answered', async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url)
  if (sink.client.status !== 'ready') await once(sink.client, 'ready')
  await redis.client.set('apisess:idx:method:GET', 'not an index')
  const layout = createLayout('apisess:', 1, false)
  const records = [packRecord(rec(1, T0, 'K')), packRecord(rec(2, T0 + 1, 'L'))]
  const wkeys = windowKeys(layout, 0, records)
  const wargs = [1_800_000, 86_400_000, 'apisess:', ...records.flatMap((r) => [r.kh, r.handoff, r.fields[0]!])]
  const [sids] = (await sink.client.apisessWindows(wkeys.length + 1, 'apisess:batch:idx:w', ...wkeys, ...wargs)) as [string[], string[]]
  const keys = writeKeys(layout, 0, records, sids, [])
  const args = writeArgs([T0, 604_800_000, 604_800_000, 'apisess:', 1, ''], records, sids, [])
  t.match(await sink.client.apisessWrite(keys.length + 1, 'apisess:batch:idx', ...keys, ...args), [-2, 2, /^WRONGTYPE .*\(key apisess:idx:method:GET\)$/], 'both written, the error answered with its key')
  t.equal(await redis.client.xlen('apisess:requests'), 2)
  t.equal(await redis.client.zcard('apisess:sessions'), 2, 'the other indexes written')
  t.equal(await redis.client.zcard('apisess:idx:status:200'), 2)
  t.ok((await redis.client.pttl('apisess:requests')) > 0, 'and the keys\' expiry renewed')
})

t.test('the script unpacks what packRecord packs, by the same list (contract)', async (t) => {
  const r = rec(7, T0, 'K7', 'H1,H2')
  r.endpoint = '/step/{n}'
  r.user = 'ann'
  r.attacks = ['sqli', 'xss']
  r.durationMs = 12.5
  r.resBytes = 99
  const packed = packRecord(r)
  t.equal(packed.fields.length, RECORD_FIELDS.length)
  t.same(packed.fields, RECORD_FIELDS.map((f) => RECORD_ARGS[f](r)), 'packRecord writes what RECORD_ARGS declares, in its order')
  const plain = packRecord(rec(9, T0, 'K9'))
  t.same(plain.fields, RECORD_FIELDS.map((f) => RECORD_ARGS[f](rec(9, T0, 'K9'))), 'a record with no endpoint, user, role, attacks or flows too')
  t.match(packed, { kh: 'K7', handoff: 'H1,H2' })
  const by = Object.fromEntries(RECORD_FIELDS.map((f, i) => [f, packed.fields[i]]))
  t.match(by, { ts: T0, endpoint: '/step/{n}', user: 'ann', role: '', attacks: 'sqli,xss', dur: 12.5, size: 99 })
  t.match(String(by.tail), /^"id":"r7",/)
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url)
  sink.push(r)
  sink.push(rec(8, T0 + 1, 'K7'))
  await sink.waitWritten(2)
  const sid = `K7-${T0.toString(36)}`
  const scores = (await redis.client.zrange(`apisess:session:${sid}:dur`, '0', '-1', 'WITHSCORES')).filter((_, i) => i % 2 === 1)
  t.same(scores, ['0', '12.5'], 'the duration index has both; the first (copied from the feed at the second) kept its duration')
  t.equal(await redis.client.xlen(`apisess:session:${sid}`), 2, 'the stream was made at the second request, with the first in it')
  t.equal(await redis.client.exists('apisess:idx:user:ann'), 1)
})

t.test("a session's first request stays in the feed alone; its stream is made at the second", async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url)
  sink.push(rec(1, T0, 'ONE'))
  await sink.waitWritten(1)
  const sid = `ONE-${T0.toString(36)}`
  t.equal(await redis.client.exists(`apisess:session:${sid}`), 0, 'no one-entry stream (4.8 KB of Redis memory)')
  const fid = await redis.client.hget(`apisess:session:${sid}:meta`, 'fid')
  t.ok(fid !== null, 'the summary points at the record in the feed')
  t.equal((await redis.client.xrange('apisess:requests', fid!, fid!)).length, 1)
  sink.push(rec(2, T0 + MIN, 'ONE'))
  await sink.waitWritten(2)
  const entries = await redis.client.xrange(`apisess:session:${sid}`, '-', '+')
  t.same(entries.map(([, f]) => (JSON.parse(f[5]!) as { id: string }).id), ['r1', 'r2'], 'both requests, in order')
  t.equal(await redis.client.hget(`apisess:session:${sid}:meta`, 'fid'), null)
})

t.test('with a feed kept shorter than sessions, every session gets its stream at once', async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url, { redis: { url: redis.url, feedRetention: '1d' } })
  sink.push(rec(1, T0, 'SHORT'))
  await sink.waitWritten(1)
  t.equal(await redis.client.xlen(`apisess:session:SHORT-${T0.toString(36)}`), 1)
})

t.test('closed sessions: a new window closes the old one, the sweeper closes idle ones, each once, with its summary', async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url, { session: { idleTimeout: '30m' } })
  sink.push(rec(1, T0, 'C1'))
  sink.push(rec(2, T0, 'C2'))
  sink.push(rec(3, T0 + 40 * MIN, 'C1')) // idle 40 minutes: a new session, the first one closed
  await sink.waitWritten(3)
  const first = `C1-${T0.toString(36)}`
  let closed = await redis.client.xrange('apisess:closed', '-', '+')
  t.same(closed.map(([, f]) => [f[1], f[3]]), [[first, 'new_window']])
  t.match(JSON.parse(closed[0]![1][5]!) as unknown, { requests: '1', first: String(T0) }, 'the closed session\'s summary')
  // the sweeper: C2 is idle long past the timeout; the new C1 session too, seen from far enough ahead
  t.equal(await sink.sweep(T0 + 41 * MIN), 1, 'C2 closed (idle 41 minutes); the new C1 is not idle yet')
  t.equal(await sink.sweep(T0 + 41 * MIN), 0, 'each session closed once')
  t.equal(await sink.sweep(T0 + 80 * MIN), 1, 'then the second C1 session')
  closed = await redis.client.xrange('apisess:closed', '-', '+')
  t.same(closed.map(([, f]) => f[3]), ['new_window', 'idle', 'idle'])
})

t.test('one sweep closes a flood of idle sessions, page after page, not 500 of them', async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url, { session: { idleTimeout: '30m' } })
  // sessions of now: the writer's own sweeper (every 5 s) finds none idle; this sweep looks from 41 minutes ahead
  const N = 1_234
  const now = Date.now()
  for (let i = 0; i < N; i++) sink.push(rec(i, now, `F${i}`))
  await sink.waitWritten(N)
  t.equal(await sink.sweep(now + 41 * MIN), N, 'every idle session closed in one sweep (three pages)')
  t.equal(await redis.client.zcard('apisess:live'), 0, 'none left live')
  t.equal(await redis.client.xlen('apisess:closed'), N, 'one closed event each')
  t.equal(await sink.sweep(now + 41 * MIN), 0, 'and each once')
})

t.test('one script call of 10,000 records: each index holds every session once, with its latest time (its first in starts)', async (t) => {
  const redis = await startRedis(t)
  // one batch at the largest batch size: the sorted-set writes are gathered per key and sent in
  // chunks (a command's arguments are bounded by the script's Lua stack), 10,000 distinct endpoints
  const sink = await writer(t, redis.url, { buffer: { batch: 10_000, flushEvery: '1s' } })
  const N = 10_000
  for (let i = 0; i < N; i++) sink.push(rec(i, T0 + i, `K${i}`))
  // K0 again, last: its session's latest time moves, its start does not
  sink.push(rec(N, T0 + N, 'K0'))
  await sink.waitWritten(N + 1)
  const s = await sids(redis.client)
  const c = redis.client
  for (const k of ['apisess:sessions', 'apisess:starts', 'apisess:idx:status:200', 'apisess:idx:app:shop', 'apisess:idx:ip:192.0.2.9']) {
    t.equal(await c.zcard(k), N, `${k}: every session once`)
  }
  // these sessions are two days old: the sweeper (every 5 s) may have closed some already on a slow run
  // (and a session the sweeper closed between the two batches is live again with K0's last record)
  // (both read in one MULTI: a sweep page between two reads took up to 500 sessions out of live after closed was read)
  const [[, closed], [, live]] = (await c.multi().xrange('apisess:closed', '-', '+').zrange('apisess:live', '0', '-1').exec()) as [[null, [string, string[]][]], [null, string[]]]
  const closedSids = closed.map(([, f]) => f[f.indexOf('sid') + 1]!)
  t.equal(new Set([...live, ...closedSids]).size, N, 'apisess:live: every session, or closed since')
  t.equal(Number(await c.zscore('apisess:sessions', s.r0!)), T0 + N, 'the latest time')
  t.equal(Number(await c.zscore('apisess:idx:status:200', s.r0!)), T0 + N)
  t.equal(Number(await c.zscore('apisess:starts', s.r0!)), T0, 'its first time in starts')
  t.equal(Number(await c.zscore('apisess:sessions', s.r9999!)), T0 + 9_999)
  t.equal(await c.zcard('apisess:endpoints:first'), N + 1, 'every template first seen')
  t.equal(Number(await c.zscore('apisess:endpoints:first', '/step/0')), T0)
  t.equal(Number(await c.zscore('apisess:endpoints', '/step/0')), T0, 'the endpoint registry')
  t.equal(Number(await c.zscore('apisess:endpoints', `/step/${N}`)), T0 + N)
  t.ok((await c.pttl('apisess:idx:status:200')) > 0, 'the indexes expire')
})

t.test("a session's keys are renewed once per session-hour, its window once per half idle timeout", async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url, { session: { idleTimeout: '30m', maxDuration: '24h' } })
  const c = redis.client
  const H = 3_600_000
  const week = 7 * 24 * H
  sink.push(rec(1, T0, 'R'))
  sink.push(rec(2, T0 + MIN, 'R'))
  await sink.waitWritten(2)
  const sid = (await sids(c)).r1!
  const keys = [`apisess:session:${sid}`, `apisess:session:${sid}:meta`, `apisess:session:${sid}:dur`, `apisess:session:${sid}:size`]
  for (const k of keys) t.ok((await c.pttl(k)) > week, `${k}: the retention and an hour`)
  const windowKey = (await c.keys('apisess:key:*'))[0]!
  t.ok((await c.pttl(windowKey)) > 30 * MIN, 'the window: more than the idle timeout')
  // shorten them by hand: a write in the same hour (and half-timeout) leaves them, the next renews them
  for (const k of [...keys, windowKey]) await c.pexpire(k, 600_000)
  sink.push(rec(3, T0 + 2 * MIN, 'R'))
  await sink.waitWritten(3)
  for (const k of [...keys, windowKey]) t.ok((await c.pttl(k)) <= 600_000, `${k}: not renewed within the hour`)
  sink.push(rec(4, T0 + 20 * MIN, 'R'))
  await sink.waitWritten(4)
  t.ok((await c.pttl(windowKey)) > 30 * MIN, 'the window renewed in the next half-timeout')
  for (const k of keys) t.ok((await c.pttl(k)) <= 600_000, `${k}: still not renewed within the hour`)
  sink.push(rec(5, T0 + 40 * MIN, 'R'))
  sink.push(rec(6, T0 + H + MIN, 'R'))
  await sink.waitWritten(6)
  t.equal((await sids(c)).r6, sid, 'the same session')
  for (const k of keys) t.ok((await c.pttl(k)) > week, `${k}: renewed in the next hour`)
})

t.test('templates past the retention leave the registry and the first-seen registry together, 500 a batch, however many they are', async (t) => {
  const redis = await startRedis(t)
  const sink = await writer(t, redis.url)
  const c = redis.client
  const now = Date.now()
  const old = now - 8 * 86_400_000
  // 1,200 templates whose last request left the retention (7 days) a day ago
  const stale = Array.from({ length: 1_200 }, (_, i) => `/gone/${i}`)
  await c.zadd('apisess:endpoints', ...stale.flatMap((ep) => [String(old), ep]))
  await c.zadd('apisess:endpoints:first', ...stale.flatMap((ep) => [String(old - 1_000), ep]))
  const live = (n: number, path: string): RequestRecord => Object.assign(rec(n, now, 'L'), { path, endpoint: path })
  // one of them comes back before its slice: new again, not first seen eight days ago
  sink.push(live(1, '/gone/1199'))
  await sink.waitWritten(1)
  t.equal(await c.zcard('apisess:endpoints:first'), 1_200 - 500, 'the first slice of 500 left the first-seen registry')
  t.equal(await c.zcard('apisess:endpoints'), 1_200 - 500, 'and the registry: the rest stay there for the next batches')
  t.equal(Number(await c.zscore('apisess:endpoints:first', '/gone/1199')), now, 'a template that came back past the retention is first seen now')
  for (let n = 2; n <= 3; n++) {
    sink.push(live(n, '/home'))
    await sink.waitWritten(n)
  }
  t.same((await c.zrange('apisess:endpoints:first', '0', '-1')).sort(), ['/gone/1199', '/home'], 'every stale template left the first-seen registry')
  t.same((await c.zrange('apisess:endpoints', '0', '-1')).sort(), ['/gone/1199', '/home'], 'and the registry')
})
