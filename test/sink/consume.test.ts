import t from 'tap'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Cluster, type Redis } from 'ioredis'
import { startRedis, startRedisCluster } from '../helpers/redis.ts'
import { startRedisSensor } from '../helpers/sensor.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { consume, feedsToRead, type ConsumedRecord, type GapReport } from '../../src/sink/consume.ts'
import { RECORD_SCHEMA } from '../../src/sink/serialize.ts'
import { LAYOUT_FORMAT, RECORD_VERSION, type Descriptor } from '../../src/redis/layout.ts'

type Entry = [string, string[]]

/** Run the reference consumer once to the end of every stream; what it wrote and reported. */
async function consumeOnce(client: Redis | Cluster, prefix: string, options: { group: string; consumer: string; start?: string; claimIdleMs?: number; seen?: string[] }) {
  const written: ConsumedRecord[] = []
  const gaps: GapReport[] = []
  const { feeds } = await feedsToRead(client, prefix, () => [])
  const result = await consume(client, feeds, {
    group: options.group,
    consumer: options.consumer,
    start: options.start ?? '0',
    count: 7,
    claimIdleMs: options.claimIdleMs ?? 60_000,
    pollMs: 10,
    write: async (records) => {
      written.push(...records)
    },
    gap: (r) => gaps.push(r),
    ...(options.seen ? { seen: options.seen } : {}),
    once: true,
  })
  return { written, gaps, result }
}

async function traffic(s: Awaited<ReturnType<typeof startRedisSensor>>, from: number, n: number): Promise<void> {
  for (let i = from; i < from + n; i++) await (await fetch(`${s.url}/items/${i}`, { headers: { cookie: `PHPSESSID=user-${i % 5}` } })).text()
  await s.sink.waitWritten(from + n)
}

const idsOf = (records: readonly { id: string }[]) => records.map((r) => r.id).sort()

t.test('standalone: descriptor, consumer group from 0, a forced trim gap reported, pending replay, dedupe, takeover', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startRedisSensor(t, { applications: [{ name: 'shop', hosts: ['*.test'], upstream: up.url }], defaultApplication: 'shop', hashKey: 'consume-test-key-0001', redis: { url: redis.url } })
  await traffic(s, 0, 10)

  const descriptor = JSON.parse((await redis.client.get('apisess:descriptor'))!) as Descriptor
  t.same(descriptor, { format: LAYOUT_FORMAT, recordVersion: RECORD_VERSION, prefix: 'apisess:', shards: 1, tagged: false, feeds: ['apisess:requests'], closed: ['apisess:closed'], feedRetentionMs: 604_800_000, retentionMs: 604_800_000 })

  // every retained record, once, each valid against the published schema's required fields and order
  const first = await consumeOnce(redis.client, 'apisess:', { group: 'siem', consumer: 'a' })
  t.equal(first.written.length, 10)
  t.same(first.gaps, [])
  for (const r of first.written) t.same(Object.keys(JSON.parse(r.json) as object), RECORD_SCHEMA.required, 'record fields in schema order')
  t.equal(Number((await redis.client.xpending('apisess:requests', 'siem'))[0]), 0, 'all acknowledged')

  // the group falls behind the feed's trimming: 10 more records, the oldest 4 of them trimmed unread
  await traffic(s, 10, 10)
  const fresh = (await redis.client.xrange('apisess:requests', '-', '+')) as Entry[]
  const unread = fresh.slice(10)
  await redis.client.xtrim('apisess:requests', 'MINID', unread[4]![0])
  const second = await consumeOnce(redis.client, 'apisess:', { group: 'siem', consumer: 'a' })
  t.same(second.gaps, [{ stream: 'apisess:requests', group: 'siem', kind: 'trimmed_unread', lost: 4, after: fresh[9]![0], before: unread[4]![0] }], 'the gap is reported with its size')
  t.equal(second.written.length, 6, 'the rest is read')

  // a consumer that crashed with entries pending, trimmed before it came back: reported, acknowledged
  await traffic(s, 20, 6)
  const read = (await redis.client.xreadgroup('GROUP', 'siem', 'crashed', 'COUNT', 6, 'STREAMS', 'apisess:requests', '>')) as [string, Entry[]][]
  const pending = read[0]![1]
  await redis.client.xtrim('apisess:requests', 'MINID', pending[2]![0])
  const replay = await consumeOnce(redis.client, 'apisess:', { group: 'siem', consumer: 'crashed' })
  t.same(replay.gaps, [{ stream: 'apisess:requests', group: 'siem', kind: 'trimmed_pending', lost: 2, ids: [pending[0]![0], pending[1]![0]] }])
  t.equal(replay.written.length, 4, 'its pending entries still there are replayed')
  t.equal(Number((await redis.client.xpending('apisess:requests', 'siem'))[0]), 0)

  // written but not acknowledged before a crash: delivered again, not written twice
  await traffic(s, 26, 5)
  const again = (await redis.client.xreadgroup('GROUP', 'siem', 'b', 'COUNT', 5, 'STREAMS', 'apisess:requests', '>')) as [string, Entry[]][]
  const already = again[0]![1].map(([, f]) => (JSON.parse(f[f.indexOf('rec') + 1]!) as { id: string }).id)
  const dedup = await consumeOnce(redis.client, 'apisess:', { group: 'siem', consumer: 'b', seen: already })
  t.equal(dedup.written.length, 0, 'nothing written twice')
  t.equal(dedup.result.duplicates, 5)
  t.equal(Number((await redis.client.xpending('apisess:requests', 'siem'))[0]), 0, 'and acknowledged')

  // a consumer that died for good: another takes its pending entries over
  await traffic(s, 31, 3)
  await redis.client.xreadgroup('GROUP', 'siem', 'dead', 'COUNT', 3, 'STREAMS', 'apisess:requests', '>')
  const takeover = await consumeOnce(redis.client, 'apisess:', { group: 'siem', consumer: 'alive', claimIdleMs: 0 })
  t.equal(takeover.written.length, 3)
  t.same(takeover.gaps, [])

  // a record of a version this consumer does not know stops it, unacknowledged
  await redis.client.xadd('apisess:requests', '*', 'v', '2', 'sid', 'x', 'rec', '{"id":"future"}')
  await t.rejects(consumeOnce(redis.client, 'apisess:', { group: 'siem', consumer: 'a' }), { code: 'REDIS_ERROR', message: /record version v=2, this consumer reads v=1/ })
  t.equal(Number((await redis.client.xpending('apisess:requests', 'siem'))[0]), 1, 'left pending')
})

t.test('the CLI: -o appends and fsyncs, no duplicate after a crash, a gap exits 3', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startRedisSensor(t, { applications: [{ name: 'shop', hosts: ['*.test'], upstream: up.url }], defaultApplication: 'shop', hashKey: 'consume-test-key-0001', redis: { url: redis.url } })
  await traffic(s, 0, 8)
  const dir = t.testdir({})
  const config = join(dir, 'sensor.yaml')
  writeFileSync(config, `applications: [{ name: shop, hosts: ["*.test"], upstream: "http://127.0.0.1:9" }]\nredis: { url: "${redis.url}" }\n`)
  const out = join(dir, 'feed.ndjson')
  const run = async (...args: string[]) => {
    const child = spawn(process.execPath, ['src/cli.ts', 'consume', '-c', config, '--group', 'siem', '--consumer', 'fwd', '--start', '0', '-o', out, '--once', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += String(d)))
    child.stdout.resume()
    const [code] = (await once(child, 'exit')) as [number]
    return { code, stderr }
  }
  t.same(await run(), { code: 0, stderr: '' })
  const lines = () => readFileSync(out, 'utf8').split('\n').filter((l) => l !== '')
  t.equal(lines().length, 8)

  // as if the forwarder had written 3 records and crashed before acknowledging them (the last line cut)
  await traffic(s, 8, 3)
  const read = (await redis.client.xreadgroup('GROUP', 'siem', 'fwd', 'COUNT', 3, 'STREAMS', 'apisess:requests', '>')) as [string, Entry[]][]
  const recs = read[0]![1].map(([, f]) => f[f.indexOf('rec') + 1]!)
  writeFileSync(out, `${readFileSync(out, 'utf8')}${recs[0]}\n${recs[1]}\n${recs[2]!.slice(0, 40)}`)
  t.same(await run(), { code: 0, stderr: '' })
  const ids = lines().flatMap((l) => {
    try {
      return [(JSON.parse(l) as { id: string }).id]
    } catch {
      return []
    }
  })
  t.equal(ids.length, 11, 'every record once; the cut one written whole')
  t.equal(new Set(ids).size, 11)

  // behind the trimming: reported on stderr, exit code 3
  await traffic(s, 11, 4)
  const all = (await redis.client.xrange('apisess:requests', '-', '+')) as Entry[]
  await redis.client.xtrim('apisess:requests', 'MINID', all[13]![0])
  const gap = await run()
  t.equal(gap.code, 3)
  t.match(JSON.parse(gap.stderr) as unknown, { gap: { stream: 'apisess:requests', group: 'siem', kind: 'trimmed_unread', lost: 2 } })
})

t.test('Redis Cluster with 6 shards: the descriptor lists every feed; one read per shard; a gap in one shard is reported there', async (t) => {
  const cluster = await startRedisCluster(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startRedisSensor(t, { applications: [{ name: 'shop', hosts: ['*.test'], upstream: up.url }], defaultApplication: 'shop', hashKey: 'consume-test-key-0001', redis: { cluster: cluster.urls, shards: 6 } })
  const client = new Cluster(cluster.urls.map((u) => ({ host: '127.0.0.1', port: Number(new URL(u).port) })))
  t.teardown(() => client.disconnect())
  await traffic(s, 0, 30)
  const descriptor = JSON.parse((await client.get('apisess:descriptor'))!) as Descriptor
  t.same(descriptor.feeds, [0, 1, 2, 3, 4, 5].map((n) => `apisess:{${n}}:requests`))
  t.equal(descriptor.tagged, true)

  const first = await consumeOnce(client, 'apisess:', { group: 'siem', consumer: 'a' })
  t.equal(first.written.length, 30, 'every record of every shard')
  t.same(first.gaps, [])

  await traffic(s, 30, 30)
  const [stream] = await Promise.all(descriptor.feeds.map(async (f) => [f, await client.xlen(f)] as const)).then((all) => all.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])[0]!)
  const entries = (await client.xrange(stream, '-', '+')) as Entry[]
  const info = (await client.xinfo('GROUPS', stream)) as unknown[][]
  const delivered = String(info[0]![info[0]!.indexOf('last-delivered-id') + 1])
  const after = (a: string, b: string) => {
    const [am, as] = a.split('-').map(Number) as [number, number]
    const [bm, bs] = b.split('-').map(Number) as [number, number]
    return am > bm || (am === bm && as > bs)
  }
  const unread = entries.filter(([id]) => after(id, delivered))
  t.ok(unread.length >= 2, `${unread.length} unread in ${stream}`)
  await client.xtrim(stream, 'MINID', unread[1]![0])
  const second = await consumeOnce(client, 'apisess:', { group: 'siem', consumer: 'a' })
  t.same(second.gaps, [{ stream, group: 'siem', kind: 'trimmed_unread', lost: 1, after: delivered, before: unread[1]![0] }])
  t.equal(second.written.length, 29)
  t.same(idsOf(second.written).length, new Set(idsOf(second.written)).size)
})

let configs = 0

/** The CLI's consume against a config file of its own; its exit code, stdout and stderr. */
function consumeCli(dir: string, redisUrl: string, extra = '') {
  const config = join(dir, `sensor-${++configs}.yaml`)
  writeFileSync(config, `applications: [{ name: shop, hosts: ["*.test"], upstream: "http://127.0.0.1:9" }]\nredis: { url: "${redisUrl}"${extra} }\n`)
  const start = (...args: string[]) => {
    const child = spawn(process.execPath, ['src/cli.ts', 'consume', '-c', config, '--group', 'siem', '--consumer', 'c', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += String(d)))
    child.stderr.on('data', (d) => (stderr += String(d)))
    const exited = once(child, 'exit').then(([code]) => ({ code: code as number, stdout, stderr }))
    return { child, exited, out: () => stdout }
  }
  const run = (...args: string[]) => start(...args).exited
  return { run, start }
}

const rec = (id: string, extra: Record<string, unknown> = {}) => JSON.stringify({ id, ts: 1, sid: 's', attacks: [], ...extra })

t.test('an entry that holds no valid record is reported, acknowledged and skipped; the batch around it is written', async (t) => {
  const redis = await startRedis(t)
  const dir = t.testdir()
  const feed = 'apisess:requests'
  await redis.client.xadd(feed, '*', 'v', '1', 'sid', 's', 'rec', rec('ok-1'))
  await redis.client.xadd(feed, '*', 'v', '1', 'sid', 's', 'rec', 'not json{')
  await redis.client.xadd(feed, '*', 'v', '1', 'sid', 's')
  await redis.client.xadd(feed, '*', 'v', '1', 'sid', 's', 'rec', 'null')
  await redis.client.xadd(feed, '*', 'v', '1', 'sid', 's', 'rec', '{"id":5}')
  await redis.client.xadd(feed, '*', 'v', '1', 'sid', 's', 'rec', '["x"]')
  // (a review's finding) an entry without v stopped the whole group for good
  await redis.client.xadd(feed, '*', 'foo', 'bar')
  await redis.client.xadd(feed, '*', 'v', '1', 'sid', 's', 'rec', rec('ok-2'))
  const skipped: unknown[] = []
  const written: ConsumedRecord[] = []
  const result = await consume(redis.client, [feed], {
    group: 'g', consumer: 'a', start: '0', count: 100, claimIdleMs: 60_000, pollMs: 10,
    write: async (records) => void written.push(...records),
    gap: () => t.fail('no gap'),
    skip: (r) => skipped.push(r),
    once: true,
  })
  t.same(written.map((r) => r.id), ['ok-1', 'ok-2'], 'the valid records of the batch are written')
  t.equal(result.skipped, 6)
  t.same(skipped.map((r) => (r as { reason: string }).reason), ['rec is not JSON', 'no rec field', 'rec is not a JSON object with a string id', 'rec is not a JSON object with a string id', 'rec is not a JSON object with a string id', 'no v field'])
  t.equal(Number((await redis.client.xpending(feed, 'g'))[0]), 0, 'every entry acknowledged')

  // the CLI: one stderr line per skipped entry, exit 0, and a second run finds nothing left
  const cli = consumeCli(dir, redis.url)
  const first = await cli.run('--start', '0', '--once')
  t.equal(first.code, 0, first.stderr)
  t.equal(first.stdout.trim().split('\n').length, 2)
  t.equal(first.stderr.trim().split('\n').filter((l) => l.startsWith('{"skipped":')).length, 6)
  const again = await cli.run('--once')
  t.same({ code: again.code, stdout: again.stdout }, { code: 0, stdout: '' })
})

t.test('after a gap the group\'s read counter is set right: no false gap once read entries are trimmed, the next gap counted exactly', async (t) => {
  const redis = await startRedis(t)
  const feed = 'apisess:requests'
  const add = async (n: number, from: number) => {
    for (let i = from; i < from + n; i++) await redis.client.xadd(feed, '*', 'v', '1', 'sid', 's', 'rec', rec(`r${i}`))
  }
  const once1 = () => consumeOnce(redis.client, 'apisess:', { group: 'g', consumer: 'a' })
  await redis.client.set('apisess:descriptor', JSON.stringify({ format: 2, shards: 1, tagged: false, feeds: [feed] }))
  await add(10, 0)
  t.equal((await once1()).written.length, 10)
  await add(10, 10)
  const all = (await redis.client.xrange(feed, '-', '+')) as Entry[]
  await redis.client.xtrim(feed, 'MINID', all[14]![0]) // r10..r13 trimmed unread
  const gap = await once1()
  t.match(gap.gaps, [{ kind: 'trimmed_unread', lost: 4 }])
  t.equal(gap.written.length, 6)
  // everything read; the stream emptied of read entries, then one new record: nothing was lost
  await redis.client.xtrim(feed, 'MAXLEN', 0)
  await add(1, 20)
  const after = await once1()
  t.same(after.gaps, [], 'no gap for entries the group had read')
  t.equal(after.written.length, 1)
  // a later real gap is counted exactly
  await add(5, 21)
  const more = (await redis.client.xrange(feed, '-', '+')) as Entry[]
  await redis.client.xtrim(feed, 'MINID', more[3]![0]) // r20 (read) and r21, r22 (unread) trimmed
  const second = await once1()
  t.match(second.gaps, [{ kind: 'trimmed_unread', lost: 2 }])
  t.equal(second.written.length, 3)
  const groups = (await redis.client.xinfo('GROUPS', feed)) as unknown[][]
  t.equal(groups[0]![groups[0]!.indexOf('lag') + 1], 0, 'the lag Redis reports is right again')
})

t.test('a descriptor that names keys outside the layout is not followed: the config\'s feeds are read, no key made elsewhere', async (t) => {
  const redis = await startRedis(t)
  const dir = t.testdir()
  const feeds = Array.from({ length: 20_000 }, (_, n) => `victim:${n}`)
  await redis.client.set('apisess:descriptor', JSON.stringify({ format: 2, shards: 20_000, tagged: true, feeds }))
  const found = await feedsToRead(redis.client, 'apisess:', () => ['apisess:requests'])
  t.same(found.feeds, ['apisess:requests'])
  t.match(found.problem, /shards must be 1 to 16384/)
  await redis.client.set('apisess:descriptor', JSON.stringify({ format: 2, shards: 2, tagged: true, feeds: ['apisess:{0}:requests', 'other:{1}:requests'] }))
  t.match((await feedsToRead(redis.client, 'apisess:', () => ['apisess:requests'])).problem, /feeds\[1\] is not apisess:\{1\}:requests/)
  await redis.client.set('apisess:descriptor', JSON.stringify({ format: 2, shards: 2, tagged: true, feeds: ['apisess:{0}:requests', 'apisess:{1}:requests'] }))
  t.same((await feedsToRead(redis.client, 'apisess:', () => [])).feeds, ['apisess:{0}:requests', 'apisess:{1}:requests'], 'the layout\'s own feeds are followed')

  await redis.client.set('apisess:descriptor', JSON.stringify({ format: 2, shards: 20_000, tagged: true, feeds }))
  const run = await consumeCli(dir, redis.url).run('--start', '0', '--once')
  t.equal(run.code, 0, run.stderr)
  t.match(run.stderr, /the descriptor at apisess:descriptor is not followed \(shards must be 1 to 16384\): reading apisess:requests from the config/)
  t.same((await redis.client.keys('*')).sort(), ['apisess:descriptor', 'apisess:requests'])
})

t.test('consume: bad options and outputs, Redis errors and a lost Redis end with one line and a stable code', async (t) => {
  const redis = await startRedis(t)
  const dir = t.testdir()
  const feed = 'apisess:requests'
  await redis.client.xadd(feed, '*', 'v', '1', 'sid', 's', 'rec', rec('r1'))
  const cli = consumeCli(dir, redis.url)
  // the line saying there is no descriptor (no sensor ran on this Redis) aside, one line with the code
  const oneLine = (stderr: string, code: string) =>
    t.match(stderr.replace(/^api-sessions: no descriptor at .*\n/, ''), new RegExp(`^api-sessions: ${code}: [^\n]*\n$`), `one line, ${code}`)

  const isDir = await cli.run('--start', '0', '--once', '-o', dir)
  t.equal(isDir.code, 2, 'a directory as -o: a usage error, and the command ends')
  oneLine(isDir.stderr, 'USAGE')
  t.match(isDir.stderr, /cannot open -o .*: EISDIR/)
  const missing = await cli.run('--start', '0', '--once', '-o', join(dir, 'no', 'such', 'file'))
  t.equal(missing.code, 2)
  oneLine(missing.stderr, 'USAGE')
  const badStart = await cli.run('--start', 'foo', '--once')
  t.equal(badStart.code, 2)
  t.match(badStart.stderr, /^api-sessions: USAGE: .*--start takes 0, \$ or an entry id/)

  const devNull = await cli.run('--start', '0', '--once', '-o', '/dev/null')
  t.same({ code: devNull.code, stdout: devNull.stdout }, { code: 0, stdout: '' }, '-o /dev/null: written, nothing to fsync')
  t.notMatch(devNull.stderr, /EINVAL|INTERNAL/)
  await redis.client.xadd(feed, '*', 'v', '1', 'sid', 's', 'rec', rec('r2'))
  const full = await consumeCli(dir, redis.url).run('--start', '0', '--once', '-o', '/dev/full')
  t.equal(full.code, 1)
  oneLine(full.stderr, 'OUTPUT_FAILED')
  t.match(full.stderr, /ENOSPC/)
  t.equal(Number((await redis.client.xpending(feed, 'siem'))[0]), 1, 'what could not be written stays pending')

  await redis.client.set('wt:requests', 'a string')
  const wt = await consumeCli(dir, redis.url, ', prefix: "wt:"').run('--once')
  t.equal(wt.code, 1)
  oneLine(wt.stderr, 'REDIS_ERROR')
  t.match(wt.stderr, /WRONGTYPE/)

  // the group deleted while it runs
  const running = cli.start('--start', '0')
  while (!running.out().includes('"r2"')) await once(running.child.stdout, 'data')
  await redis.client.xgroup('DESTROY', feed, 'siem')
  const gone = await running.exited
  t.equal(gone.code, 1)
  oneLine(gone.stderr, 'REDIS_ERROR')
  t.match(gone.stderr, /NOGROUP/)

  // Redis shut down while it runs
  const live = cli.start('--start', '0')
  while (!live.out().includes('"r2"')) await once(live.child.stdout, 'data')
  await redis.stop()
  const lost = await live.exited
  t.equal(lost.code, 1)
  oneLine(lost.stderr, 'REDIS_UNAVAILABLE')
})
