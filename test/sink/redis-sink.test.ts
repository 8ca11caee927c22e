import t from 'tap'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedis } from '../helpers/redis.ts'
import { Sensor } from '../../src/sensor.ts'
import { testConfig } from '../helpers/sensor.ts'
import { createLogger } from '../../src/log.ts'
import { LogCapture } from '../helpers/sensor.ts'
import type { ConfigInput } from '../../src/config/schema.ts'
import type { RedisSink } from '../../src/sink/redis-sink.ts'
import { windowReply, writeReply } from '../../src/sink/script.ts'
import { EventEmitter, once } from 'node:events'
import net from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setImmediate } from 'node:timers/promises'

/** A sensor writing to Redis (its real sink), closed in teardown. */
async function redisSensor(t: Tap, upstream: string, redisUrl: string, extra: Partial<ConfigInput> = {}) {
  const config = testConfig({
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream }],
    defaultApplication: 'shop',
    hashKey: 'redis-sink-test-key-01',
    redis: { url: redisUrl },
    buffer: { flushEvery: '10ms' },
    ...extra,
  })
  const logs = new LogCapture()
  const sensor = new Sensor({ config, logger: createLogger('debug', logs), processMetrics: false })
  const { proxy, admin } = await sensor.start()
  t.teardown(() => sensor.close())
  return { sensor, logs, url: `http://127.0.0.1:${proxy.port}`, adminUrl: `http://127.0.0.1:${admin.port}` }
}
type Tap = Parameters<typeof startRedis>[0]

/** Resolves when the writer's connection is up (a flush before it fails: nothing waits offline). */
async function ready(sink: RedisSink): Promise<void> {
  if (sink.client.status !== 'ready') await once(sink.client, 'ready')
}

/**
 * A sensor whose writer flushes only when the test says so (a flush interval beyond the test), its
 * connection up; `send` makes a request in the session of a PHPSESSID and resolves once its record
 * is in the writer's buffer.
 */
async function flushedByHand(t: Tap) {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await redisSensor(t, up.url, redis.url, { buffer: { flushEvery: '1h', batch: 100 } })
  const sink = s.sensor.sink as RedisSink
  await ready(sink)
  const client = httpClient(t, s.url)
  const send = async (path: string, sid: string): Promise<void> => {
    await (await client.request({ path, method: 'GET', headers: { cookie: `PHPSESSID=${sid}` } })).body.text()
    await setImmediate() // the insight stage passes the record on at the next turn
  }
  return { redis, s, sink, send }
}

/** Resolves when the writer has written `n` records in all. */
function written(sensor: Sensor, n: number): Promise<void> {
  return (sensor.sink as RedisSink).waitWritten(n)
}

t.test('records land in the feed, the session streams, the summary and the indexes, with TTLs', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (req, res) => {
    res.statusCode = req.url === '/missing' ? 404 : 200
    res.end('ok')
  })
  const s = await redisSensor(t, up.url, redis.url)
  const client = httpClient(t, s.url)
  const send = async (path: string, headers: Record<string, string>, method = 'GET') => (await client.request({ path, method, headers })).body.text()
  await send('/a', { cookie: 'PHPSESSID=ann', 'user-agent': 'A' })
  await send('/missing', { cookie: 'PHPSESSID=ann', 'user-agent': 'A' })
  await send('/a', { cookie: 'PHPSESSID=ann' }, 'POST')
  await send('/b', { 'user-agent': 'B' })
  await written(s.sensor, 4)

  const r = redis.client
  const feed = await r.xrange('apisess:requests', '-', '+')
  t.equal(feed.length, 4)
  const [, fields] = feed[0]!
  t.same(fields.filter((_, i) => i % 2 === 0), ['v', 'sid', 'rec'])
  t.equal(fields[1], '1', 'schema version')
  const rec = JSON.parse(fields[5]!) as Record<string, unknown>
  t.equal(rec.sid, fields[3], 'sid field equals the record sid')
  t.equal(Object.keys(rec)[0], 'sid', 'sid is the first property')
  t.match(rec, { path: '/a', method: 'GET', status: 200, app: 'shop', rule: 'builtin:cookie:PHPSESSID' })
  t.notOk('windowKey' in rec, 'internal fields are not serialised')
  const annSid = rec.sid as string
  t.match(annSid, /^[A-Za-z0-9_-]{22}-[0-9a-z]+$/)

  const session = await r.xrange(`apisess:session:${annSid}`, '-', '+')
  t.equal(session.length, 3, "ann's three requests in her session stream, in order")
  t.same(session.map(([, f]) => (JSON.parse(f[5]!) as { path: string }).path), ['/a', '/missing', '/a'])
  const meta = await r.hgetall(`apisess:session:${annSid}:meta`)
  t.match(meta, { requests: '3', 'status:200': '2', 'status:404': '1', 'method:GET': '2', 'method:POST': '1', 'ip:127.0.0.1': '3', 'endpoint:/a': '2', 'endpoint:/missing': '1', app: 'shop' })
  t.ok(Number(meta.first) <= Number(meta.last))
  t.equal(await r.zcard('apisess:sessions'), 2, 'two sessions indexed')
  t.same(await r.zrange('apisess:endpoint:/missing', '0', '-1'), [annSid])
  const week = 7 * 24 * 3600 * 1000
  for (const key of ['apisess:sessions', 'apisess:endpoint:/a', 'apisess:requests']) {
    const ttl = await r.pttl(key)
    t.ok(ttl > week - 60_000 && ttl <= week, `${key} expires with the retention (${ttl} ms)`)
  }
  // a session's own keys: the retention and an hour, renewed once per session-hour (docs/redis.md)
  for (const key of [`apisess:session:${annSid}`, `apisess:session:${annSid}:meta`, `apisess:session:${annSid}:dur`]) {
    const ttl = await r.pttl(key)
    t.ok(ttl > week && ttl <= week + 3_600_000, `${key} expires with the retention and an hour (${ttl} ms)`)
  }
  const metrics = await (await fetch(`${s.adminUrl}/metrics`)).text()
  t.match(metrics, /apisess_records_written_total 4/)
  t.match(metrics, /apisess_redis_up 1/)
})

t.test('fail open: Redis down at start, killed mid-run and restarted; records wait and are written once', async (t) => {
  const redis = await startRedis(t)
  if (!redis.own) return t.pass('skipped: needs a private redis-server, REDIS_URL is set')
  await redis.stop()
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await redisSensor(t, up.url, redis.url)
  const client = httpClient(t, s.url)
  for (let i = 0; i < 20; i++) t.equal(await (await client.request({ path: `/down/${i}`, method: 'GET' })).body.text(), 'ok')
  t.equal((s.sensor.sink as RedisSink).buffered, 20, 'records wait in the buffer')
  await redis.start()
  await written(s.sensor, 20)
  await redis.kill()
  for (let i = 0; i < 10; i++) t.equal(await (await client.request({ path: `/killed/${i}`, method: 'GET' })).body.text(), 'ok', 'traffic flows while Redis is dead')
  await redis.start() // a fresh, empty server
  await written(s.sensor, 30)
  const r = redis.client
  const feed = await r.xrange('apisess:requests', '-', '+')
  t.equal(feed.length, 10, 'the ten records of the outage reached the restarted server, once each')
  t.ok(s.logs.find('redis unavailable; records wait in the buffer'), 'the outage was logged')
})

t.test('the buffer is bounded: overflow is dropped and counted, never queued without bound', async (t) => {
  const redis = await startRedis(t)
  if (!redis.own) return t.pass('skipped: needs a private redis-server, REDIS_URL is set')
  await redis.stop()
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await redisSensor(t, up.url, redis.url, { buffer: { maxRecords: 5, flushEvery: '10ms' } })
  const client = httpClient(t, s.url)
  for (let i = 0; i < 12; i++) await (await client.request({ path: `/${i}`, method: 'GET' })).body.text()
  // the gauges of the next health report (every flushEvery), Redis down
  await once(s.sensor.sink as RedisSink, 'health')
  const metrics = await (await fetch(`${s.adminUrl}/metrics`)).text()
  t.match(metrics, /apisess_records_dropped_total\{reason="buffer_full"\} 7/)
  t.match(metrics, /apisess_records_buffered 5/)
  // (an audit's finding) set only after a write, the bytes stood still through an outage as the buffer filled
  t.ok(Number(/apisess_records_buffered_bytes (\d+)/.exec(metrics)?.[1]) >= 5 * 160, 'the five records\' bytes, Redis down')
  t.match(metrics, /apisess_redis_up 0/)
  const logged = s.logs.find('records dropped')
  t.match(logged, { dropped: { buffer_full: 1 } }, 'the first drop of the interval is logged at once')
  await redis.start()
  await written(s.sensor, 5)
  t.equal(await redis.client.xlen('apisess:requests'), 5, 'the five buffered records are written: 12 = 5 written + 7 dropped')
})

t.test('Redis paused (CLIENT PAUSE) or out of memory: traffic flows, records wait, then are written', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await redisSensor(t, up.url, redis.url, { redis: { url: redis.url, commandTimeout: '200ms' } })
  const sink = s.sensor.sink as RedisSink
  const client = httpClient(t, s.url)
  await (await client.request({ path: '/warm', method: 'GET' })).body.text()
  await written(s.sensor, 1)

  await redis.client.client('PAUSE', 60_000, 'WRITE')
  for (let i = 0; i < 10; i++) t.equal(await (await client.request({ path: `/paused/${i}`, method: 'GET' })).body.text(), 'ok', 'served while Redis is paused')
  t.ok(sink.buffered > 0, 'records wait while the writes are paused')
  await redis.client.client('UNPAUSE')
  await written(s.sensor, 11)

  await redis.client.config('SET', 'maxmemory', '1')
  for (let i = 0; i < 10; i++) t.equal(await (await client.request({ path: `/oom/${i}`, method: 'GET' })).body.text(), 'ok', 'served while Redis is out of memory')
  t.equal(sink.buffered, 10, 'the script is refused whole, nothing half-written')
  await redis.client.config('SET', 'maxmemory', '0')
  await written(s.sensor, 21)
  const feed = await redis.client.xrange('apisess:requests', '-', '+')
  const paths = feed.map(([, f]) => (JSON.parse(f[5]!) as { path: string }).path)
  t.equal(paths.length, 21, 'every record written exactly once')
  t.equal(new Set(paths).size, 21)
})

t.test('a window reply that does not fit its batch is not replayed: a new batch id on a new connection, every record written once', async (t) => {
  const { redis, s, sink, send } = await flushedByHand(t)
  for (let i = 0; i < 5; i++) await send(`/garbled/${i}`, `g${i}`)
  t.equal(sink.buffered, 5)
  // fault injection on the wire: the first window step reaches Redis with its last record cut off
  // (as a stream corrupted on the way would), so the script answers, and keeps as the batch's
  // marker, four session ids for five records
  const windows = sink.client.apisessWindows.bind(sink.client)
  let calls = 0
  sink.client.apisessWindows = ((n: number, marker: string, keys: string[], args: (string | number)[]) => windows(n, marker, keys, calls++ === 0 ? args.slice(0, -3) : args)) as typeof sink.client.apisessWindows
  const connected = once(sink.client, 'ready')
  t.equal(await sink.flush(), false, 'the batch is not written with a reply that does not fit it')
  await connected
  t.equal(await sink.flush(), true, 'the retry writes it')
  t.equal(calls, 2)
  t.equal(sink.writtenTotal, 5)
  const feed = await redis.client.xrange('apisess:requests', '-', '+')
  t.same(feed.map(([, f]) => (JSON.parse(f[5]!) as { path: string }).path).sort(), [0, 1, 2, 3, 4].map((i) => `/garbled/${i}`), 'every record once')
  const metrics = await (await fetch(`${s.adminUrl}/metrics`)).text()
  t.match(metrics, /apisess_flushes_total\{result="bad_reply"\} 1/)
  t.match(s.logs.find('redis unavailable; records wait in the buffer'), { err: { message: /does not fit it: the window step of shard 0/ } }, 'logged')
})

/** The writer's counts as /metrics says them: written, and dropped for a script error. */
async function counts(adminUrl: string): Promise<{ written: number; scriptError: number }> {
  const metrics = await (await fetch(`${adminUrl}/metrics`)).text()
  const read = (re: RegExp) => Number(re.exec(metrics)?.[1] ?? 0)
  return { written: read(/^apisess_records_written_total (\d+)$/m), scriptError: read(/^apisess_records_dropped_total\{reason="script_error"\} (\d+)$/m) }
}

/** `/first` written in session `sid`: the one key of `pattern` it made (which a test then makes a key of another type) */
async function firstKey({ redis, sink, send }: Pick<Awaited<ReturnType<typeof flushedByHand>>, 'redis' | 'sink' | 'send'>, sid: string, pattern: string): Promise<string> {
  await send('/first', sid)
  if (!(await sink.flush())) throw new Error('the first record was not written')
  const keys = await redis.client.keys(pattern)
  if (keys.length !== 1) throw new Error(`${keys.length} keys of ${pattern}, not one`)
  return keys[0]!
}

/** the log line of a script error that is a key of the wrong type */
const WRONG_TYPE_LINE = 'the batch script met a key of the wrong type (written by something else): the records it could not write are dropped (script_error)'

t.test('a record the batch script refuses (a key written by something else) is dropped and counted; the shard goes on writing', async (t) => {
  const { redis, s, sink, send } = await flushedByHand(t)
  const windowKey = await firstKey({ redis, sink, send }, 'poisoned', 'apisess:key:*')
  // something else writes a string where the writer keeps its window (a hash): every script call
  // that reads it fails, the same way each time
  await redis.client.set(windowKey, 'not a window')
  await send('/a', 'poisoned')
  await send('/b', 'fine-1')
  await send('/c', 'poisoned')
  await send('/d', 'fine-2')
  t.equal(sink.buffered, 4)
  let calls = 0
  while (sink.buffered > 0 && calls++ < 20) await sink.flush()
  t.equal(sink.buffered, 0, 'nothing is left waiting')
  t.equal(sink.writtenTotal, 3, 'the records of the other sessions are written')
  const feed = await redis.client.xrange('apisess:requests', '-', '+')
  t.same(feed.map(([, f]) => (JSON.parse(f[5]!) as { path: string }).path).sort(), ['/b', '/d', '/first'])
  const metrics = await (await fetch(`${s.adminUrl}/metrics`)).text()
  t.match(metrics, /apisess_records_dropped_total\{reason="script_error"\} 2/, 'the two refused records are counted')
  t.match(s.logs.find(WRONG_TYPE_LINE), { err: { message: /WRONGTYPE/ }, shard: 0 }, 'the error logged, once for the interval')
  t.equal(s.logs.lines.filter((l) => l.msg === WRONG_TYPE_LINE).length, 1)
  t.notOk(s.logs.find('redis unavailable; records wait in the buffer'), 'not logged as Redis unavailable')
  // the shard is back to whole batches
  await send('/e', 'fine-3')
  await send('/f', 'fine-4')
  t.equal(await sink.flush(), true)
  t.equal(sink.writtenTotal, 5, 'both in one batch')
})

t.test('a feed key of the wrong type: no record counted written that is not in Redis; each dropped as script_error, logged once; written again once the key is gone', async (t) => {
  const { redis, s, sink, send } = await flushedByHand(t)
  // (an audit's finding) the feed made a string by something else: the write script failed at its
  // first record after setting its marker, the retry answered "already written", and the whole
  // batch was counted written, none of it stored
  await redis.client.set('apisess:requests', 'junk')
  for (let i = 0; i < 5; i++) await send(`/lost/${i}`, `s${i}`)
  t.equal(sink.buffered, 5)
  t.equal(await sink.flush(), false, 'no record of the batch was written')
  for (let i = 0; i < 3; i++) await send(`/lost/more/${i}`, `s${i}`)
  t.equal(await sink.flush(), false, 'nor of the next one')
  t.equal(sink.buffered, 0, 'nothing waits for a retry that cannot succeed')
  t.equal(sink.writtenTotal, 0, 'none counted written')
  t.same(await counts(s.adminUrl), { written: 0, scriptError: 8 }, 'written + dropped = produced')
  t.equal(await redis.client.get('apisess:requests'), 'junk', 'the key is left as it was')
  t.equal(s.logs.lines.filter((l) => l.msg === WRONG_TYPE_LINE).length, 1, 'one line for the interval, two batches refused')
  t.match(s.logs.find(WRONG_TYPE_LINE), { err: { message: /^WRONGTYPE/ }, shard: 0 }, 'naming the error')
  t.notOk(s.logs.find('redis unavailable; records wait in the buffer'), 'not logged as Redis unavailable')
  t.match(sink.health()[0], { up: false, error: /^WRONGTYPE/ }, 'a shard that writes none of its records is not up')
  // the key removed, the writer writes again
  await redis.client.del('apisess:requests')
  await send('/back', 's0')
  await send('/back/again', 's9')
  t.equal(await sink.flush(), true)
  t.equal(sink.writtenTotal, 2)
  t.equal(await redis.client.xlen('apisess:requests'), 2, 'exactly what is counted written')
  t.same(await counts(s.adminUrl), { written: 2, scriptError: 8 })
  t.match(sink.health()[0], { up: true, error: '' })
})

t.test("a session summary of the wrong type: that session's records are dropped as script_error, the batch's others written, the feed holds exactly what is counted", async (t) => {
  const { redis, s, sink, send } = await flushedByHand(t)
  const meta = await firstKey({ redis, sink, send }, 'broken', 'apisess:session:*:meta')
  await redis.client.del(meta)
  await redis.client.set(meta, 'not a summary')
  // the broken session's records between and among the others' (a second and third of a session take other paths of the script)
  const order: [string, string][] = [['/a/1', 'fine-1'], ['/b/1', 'broken'], ['/a/2', 'fine-1'], ['/b/2', 'broken'], ['/c/1', 'fine-2'], ['/b/3', 'broken'], ['/a/3', 'fine-1'], ['/c/2', 'fine-2']]
  for (const [path, sid] of order) await send(path, sid)
  t.equal(sink.buffered, 8)
  t.equal(await sink.flush(), false, 'one call: the records it could write written, not all')
  t.equal(sink.buffered, 0)
  t.equal(sink.writtenTotal, 1 + 5, 'the other sessions\' five records')
  t.same(await counts(s.adminUrl), { written: 6, scriptError: 3 }, 'written + dropped = produced')
  const feed = await redis.client.xrange('apisess:requests', '-', '+')
  t.same(feed.map(([, f]) => (JSON.parse(f[5]!) as { path: string }).path), ['/first', '/a/1', '/a/2', '/c/1', '/a/3', '/c/2'], 'the feed holds the records counted written, once each')
  // the others are whole: summaries, streams and indexes
  const metas = (await redis.client.keys('apisess:session:*:meta')).filter((k) => k !== meta)
  t.equal(metas.length, 2)
  const requests = await Promise.all(metas.map((k) => redis.client.hget(k, 'requests')))
  t.same(requests.sort(), ['2', '3'])
  t.equal(await redis.client.zcard('apisess:sessions'), 3, 'the sessions index: the broken one (its first request) and the two others')
  t.match(s.logs.find(WRONG_TYPE_LINE), { err: { message: /WRONGTYPE.*session/ }, shard: 0 })
  t.match(sink.health()[0], { up: true }, 'a shard that writes is up')
  // the key removed, the session's next record is written
  await redis.client.del(meta)
  await send('/b/4', 'broken')
  t.equal(await sink.flush(), true)
  t.equal(sink.writtenTotal, 7)
  t.equal(await redis.client.xlen('apisess:requests'), 7)
})

t.test('a unix socket connection dropped and made anew is logged with its path', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'apisess-sock-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const path = join(dir, 'redis.sock')
  await startRedis(t, ['--unixsocket', path, '--unixsocketperm', '700'])
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await redisSensor(t, up.url, `unix://${path}`, { buffer: { flushEvery: '1h', batch: 100 } })
  const sink = s.sensor.sink as RedisSink
  await ready(sink)
  await (await httpClient(t, s.url).request({ path: '/sock', method: 'GET' })).body.text()
  await setImmediate()
  // a window reply that does not fit its batch makes the writer drop the connection (as in the garbled test above)
  const windows = sink.client.apisessWindows.bind(sink.client)
  let calls = 0
  sink.client.apisessWindows = ((n: number, marker: string, keys: string[], args: (string | number)[]) => windows(n, marker, keys, calls++ === 0 ? args.slice(0, -3) : args)) as typeof sink.client.apisessWindows
  t.equal(await sink.flush(), false)
  t.match(s.logs.find('redis connection dropped and made anew: a call timed out or its reply did not fit'), { shard: 0, nodes: [path] })
})

t.test('a window whose times are not numbers is no window: a new session, not a script error', async (t) => {
  const { redis, sink, send } = await flushedByHand(t)
  await send('/one', 'odd')
  t.equal(await sink.flush(), true)
  const [windowKey] = await redis.client.keys('apisess:key:*')
  const sid = await redis.client.hget(windowKey!, 'sid')
  await redis.client.hset(windowKey!, 'first', 'yesterday', 'last', 'x')
  await send('/two', 'odd')
  t.equal(await sink.flush(), true, 'written at the first attempt')
  const next = await redis.client.hget(windowKey!, 'sid')
  t.not(next, sid, 'the request opened a new session')
  t.match(await redis.client.hget(windowKey!, 'first'), /^\d+$/, 'the window is whole again')
})

t.test('windowReply and writeReply accept the scripts\' answers only', async (t) => {
  t.same(windowReply([['a', 'b'], {}], 2), { sids: ['a', 'b'], closed: [] }, 'cjson\'s empty closed list')
  t.same(windowReply([['a'], ['old']], 1), { sids: ['a'], closed: ['old'] })
  for (const bad of [null, 5, 'OK', [['a']], [['a'], {}], [['a', 'b', 'c'], []], [['a', 7], []], [['a', ''], []], [['a', 'b'], { x: 1 }], [['a', 'b'], [3]]]) t.equal(windowReply(bad, 2), null, JSON.stringify(bad))
  t.same(writeReply([3, 'scraping', 'security_crawler'], 3), { written: 3, fault: '', kinds: ['scraping', 'security_crawler'] })
  t.same(writeReply([-1], 3), { written: 3, fault: '', kinds: [] }, 'written whole by an earlier attempt')
  t.same(writeReply([-2, 1, 'WRONGTYPE x', 'scraping'], 3), { written: 1, fault: 'WRONGTYPE x', kinds: ['scraping'] }, 'written in part')
  t.match(writeReply([-3], 3), { written: 0, fault: /stopped part-way/, kinds: [] }, 'an earlier attempt stopped part-way: none counted written')
  t.equal(writeReply([-2, 0, `${'e'.repeat(1000)}`], 3)?.fault.length, 400, 'an error kept at 400 characters')
  // (an audit's note) each kind is a metric's label: none but the abuse kinds, or a hostile reply makes new series
  for (const bad of [null, 'OK', [], [['a'], {}], ['3'], [3, 4], [3, 'crawler'], [3, 'scraping', `x${'y'.repeat(100)}`]]) t.equal(writeReply(bad, 3), null, JSON.stringify(bad).slice(0, 60))
  // an answer in part that does not fit the batch
  for (const bad of [[-2], [-2, 4, 'e'], [-2, -1, 'e'], [-2, 1.5, 'e'], [-2, 1, ''], [-2, 1, 7], [-2, 1, 'e', 'crawler'], [-3, 'scraping'], [-4]]) t.equal(writeReply(bad, 3), null, JSON.stringify(bad))
})

t.test('graceful shutdown flushes the buffered records within its deadline', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  // a flush interval far beyond the test: only the shutdown flush can write these
  const s = await redisSensor(t, up.url, redis.url, { buffer: { flushEvery: '1h', batch: 1000 } })
  const client = httpClient(t, s.url)
  for (let i = 0; i < 7; i++) await (await client.request({ path: `/bye/${i}`, method: 'GET' })).body.text()
  await client.close()
  t.equal((s.sensor.sink as RedisSink).buffered, 7)
  await s.sensor.close()
  t.equal(await redis.client.xlen('apisess:requests'), 7, 'all seven written at shutdown')
})

/** What the relay answers the first script call of its first connection that makes one with. */
type Fault = 'silent' | 'huge'
/** the most a 'huge' reply sends: reaching it means the writer never dropped the connection */
const HUGE_CAP = 64 * 1024 * 1024

/**
 * A RESP relay on loopback in front of the test's Redis: every connection is relayed both ways,
 * but the first one to make a script call (EVALSHA or EVAL: the writer's) gets that call answered
 * by `fault`: 'silent' — no answer ever, the socket left open (a peer that acks and never replies);
 * 'huge' — a bulk string announced as 2 GB, then 64 KiB a millisecond until the writer closes the
 * socket or HUGE_CAP bytes are sent. Emits 'cut' (bytes sent of the fault's answer) when the writer
 * closes that connection.
 */
async function faultyRelay(t: Tap, target: number, fault: Fault) {
  const events = new EventEmitter()
  const state = { connections: 0, faulted: false, sent: 0, capped: false }
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    state.connections++
    const upstream = net.connect(target, '127.0.0.1')
    sockets.add(client).add(upstream)
    let mine = false
    let pump: NodeJS.Timeout | undefined
    client.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1').toLowerCase()
      if (!state.faulted && (text.includes('\r\nevalsha\r\n') || text.includes('\r\neval\r\n'))) {
        state.faulted = mine = true
        if (fault === 'huge') {
          client.write('$2000000000\r\n')
          const block = Buffer.alloc(64 * 1024, 0x61)
          pump = setInterval(() => {
            if (state.sent >= HUGE_CAP) {
              state.capped = true
              clearInterval(pump)
              events.emit('capped')
              return
            }
            client.write(block)
            state.sent += block.length
          }, 1)
        }
      }
      if (!mine) upstream.write(chunk)
    })
    upstream.on('data', (chunk: Buffer) => {
      if (!mine) client.write(chunk)
    })
    const close = () => {
      clearInterval(pump)
      client.destroy()
      upstream.destroy()
      if (mine && !state.capped) events.emit('cut', state.sent)
      mine = false
    }
    client.on('close', close).on('error', close)
    upstream.on('close', close).on('error', close)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  t.teardown(() => {
    server.close()
    for (const s of sockets) s.destroy()
  })
  return { url: `redis://127.0.0.1:${(server.address() as net.AddressInfo).port}`, state, events }
}

/** A sensor writing through a faulty relay to a private Redis (command timeout 100 ms), one request sent through it. */
async function throughRelay(t: Tap, mode: Parameters<typeof faultyRelay>[2], path: string) {
  const redis = await startRedis(t)
  const relay = await faultyRelay(t, redis.port, mode)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await redisSensor(t, up.url, relay.url, { redis: { url: relay.url, commandTimeout: '100ms' } })
  const sink = s.sensor.sink as RedisSink
  await ready(sink)
  await (await httpClient(t, s.url).request({ path, method: 'GET' })).body.text()
  return { redis, relay, s, sink }
}

t.test('a Redis connection that stops answering is dropped at the command timeout: the writer writes again on a new one', async (t) => {
  const { redis, relay, s, sink } = await throughRelay(t, 'silent', '/stuck')
  const cut = once(relay.events, 'cut')
  // each call's end is an event: the first times out on the silent connection, a later one writes
  // (kept on the same connection, every call would time out: give up after a few)
  for (let i = 0; i < 6 && sink.writtenTotal === 0; i++) await once(sink, 'attempt')
  t.ok(relay.state.faulted, 'the first script call met the silent connection')
  if (!t.equal(sink.writtenTotal, 1, 'written on a new connection')) return
  await cut
  t.ok(relay.state.connections >= 2, 'the silent connection was closed by the writer and another made')
  t.equal(await redis.client.xlen('apisess:requests'), 1, 'written once')
  t.match(s.logs.find('redis connection dropped and made anew: a call timed out or its reply did not fit'), { shard: 0 }, 'logged')
})

t.test('a reply without end (a bulk announced as 2 GB) is cut at the command timeout: what the writer reads of it is bounded', async (t) => {
  const { redis, relay, sink } = await throughRelay(t, 'huge', '/huge')
  // either the writer closes the connection, or the relay reaches its cap still sending
  const [event, bytes] = await Promise.race([once(relay.events, 'cut').then(([n]) => ['cut', n as number] as const), once(relay.events, 'capped').then(() => ['capped', relay.state.sent] as const)])
  t.equal(event, 'cut', `the writer closed the connection after ${bytes} bytes of the reply (the relay sends ${HUGE_CAP} at most)`)
  if (!t.ok(bytes < HUGE_CAP / 2, 'well before the cap')) return
  await sink.waitWritten(1)
  t.equal(await redis.client.xlen('apisess:requests'), 1, 'then written on a new connection')
})
