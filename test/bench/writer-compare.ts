/**
 * What two versions of the Redis writer store for the same records, compared key by key: this
 * checkout's writer and another checkout's (`WRITER_BASE=/path/to/checkout`, e.g. one of main), each
 * on a private redis-server of its own. Bounded: N records (default 3,000), pushed before either
 * writer connects, so both cut the same batches.
 *
 * Every key is compared but the batch markers (named by a random instance id): its type, its content
 * (strings byte for byte, hashes (a listpack's in its fields' order), sorted sets with scores, streams entry by entry), whether it
 * expires. Stream entry ids are the write time's: each is replaced, wherever it appears (a summary's
 * `fid`, the members of a session's `:dur` / `:size`, a closed-session event's summary), by its
 * position in its stream; a `:dur` / `:size` is compared as (entry, score) pairs, its ties ordered by
 * position (Redis orders them by the id as a string, which the write time's milliseconds decide). `WRITER_MIXED=1`: on the second server the other checkout writes the
 * first half of the batches and this one the rest (an upgraded sensor taking over: both scripts
 * loaded on one Redis, the same sessions going on), compared with the other writing all.
 * `WRITER_SESSIONS=<n>`: the (non-abuse) records spread over n sessions instead of N / 7 (N: sessions of one
 * request; 10 or fewer: a new IP per record, hundreds of a session's records in a batch, its summary
 * past the values ceiling (256 IPs) within a batch). `WRITER_ABUSE=<thresholds>`: instead, traffic made to cross the API-abuse thresholds (a seeded
 * random mix of scrapers, crawlers, stuffers and sessions of one request over five windows), judged
 * with these thresholds (`window,crawlerNotFound,crawlerDistinctPaths,scrapingDistinctIds,
 * scrapingRate,failedLogins,distinctUsers,rateFactor,minRate`); the sessions' own abuse keys
 * (`apisess:abuse:<sid>...`, whose format may differ) are left out of the comparison, everything
 * else (the records' verdicts, summaries, indexes, the applications' normals) is compared. Run with
 * `WRITER_BASE=... [WRITER_MIXED=1] [WRITER_ABUSE=...] node test/bench/writer-compare.ts [N]`; exits 1
 * on a difference.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Redis } from 'ioredis'
import { startRedisServer } from '../helpers/redis.ts'
import { freePort } from '../helpers/upstream.ts'
import { testConfig } from '../helpers/sensor.ts'
import { createLogger } from '../../src/log.ts'
import { createMetrics } from '../../src/metrics.ts'
import { createLayout } from '../../src/redis/layout.ts'
import { newRecord, type RequestRecord } from '../../src/capture/record.ts'

const BASE = process.env.WRITER_BASE
if (BASE === undefined) throw new Error('WRITER_BASE: the checkout whose writer this one is compared with')
const N = Math.min(Number(process.argv[2] ?? 3_000), 50_000)
const T0 = Date.now() - 600_000
/** WRITER_MIXED=1: this checkout's writer takes over half-way, on the Redis the other wrote to (both scripts loaded there) */
const MIXED = process.env.WRITER_MIXED === '1'
/** WRITER_SESSIONS=<n>: the records spread over n sessions (default N / 7; N: every record a session of its own, a few: hundreds of a session's records in one batch, its summary past the values ceiling) */
const SESSIONS = Math.max(1, Math.floor(Number(process.env.WRITER_SESSIONS ?? 0) || N / 7))
const ABUSE = process.env.WRITER_ABUSE?.split(',').map(Number)
if (ABUSE !== undefined && (ABUSE.length !== 9 || ABUSE.some((n) => !(n > 0)))) throw new Error('WRITER_ABUSE: nine positive numbers')

/** a seeded generator (mulberry32): the same records for both writers */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let x = Math.imul(a ^ (a >>> 15), 1 | a)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** Traffic for the abuse windows: 40 sessions of their own habits, a third of the records sessions of one request, over ~5 windows, some late. */
function abuseRecords(): RequestRecord[] {
  const rnd = random(15)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const span = 5 * ABUSE![0]!
  const out: RequestRecord[] = []
  for (let i = 0; i < N; i++) {
    // one record in 20 late, by up to a window and a half (a sensor's batch behind another's)
    const ts = T0 + Math.floor((i * span) / N) - (rnd() < 0.05 ? Math.floor(rnd() * 1.5 * ABUSE![0]!) : 0)
    const alone = rnd() < 0.33
    const s = alone ? -1 : Math.floor(rnd() ** 2 * 40)
    const habit = alone ? Math.floor(rnd() * 5) : s % 5
    const id = Math.floor(rnd() * (habit === 1 ? 400 : 12))
    const templated = rnd() < 0.7
    const path = templated ? `/api/${habit === 2 ? 'users' : 'items'}/${id}` : `/p/${Math.floor(rnd() * (habit === 0 ? 300 : 8))}`
    const r = newRecord(`a${i}`, ts, pick(['shop', 'shop', 'admin']), pick(['GET', 'GET', 'POST']), path, { host: 'shop.example', 'user-agent': 'ua' }, `198.51.100.${i % 7}`)
    r.sid = r.windowKey = alone ? `U${i}` : `S${s}`
    r.endpoint = templated ? path.replace(/\/\d+$/, '/{id}') : path
    r.status = habit === 0 ? pick([404, 404, 404, 200]) : habit === 3 ? pick([401, 403, 200, 404]) : pick([200, 200, 200, 200, 404, 401, 500])
    r.user = habit === 3 || rnd() < 0.2 ? `user${Math.floor(rnd() * (habit === 3 ? 9 : 3))}` : null
    // no two of a session's records alike in duration and size (tied scores order by stream id, which a mixed run renumbers)
    r.durationMs = (i % 97) + 0.25
    r.resBytes = i
    r.abuse = rnd() < 0.05 ? '' : `${habit === 3 || rnd() < 0.1 ? 'L' : ''}${rnd() < 0.08 ? 'S' : ''}${rnd() < 0.05 ? pick(['c', 's', 'a', 'r']) : ''}` || '-'
    out.push(r)
  }
  return out
}

/** a record's address: its session's, or with a few sessions a new one per record (the summaries past their values ceiling, a batch at a time) */
const ip = (i: number, s: number) => (SESSIONS <= 10 ? `10.${(i >> 8) & 255}.${i & 255}.1` : `198.51.100.${s % 50}`)

/** The records, made anew for each writer (the writer bounds them in place). Values a wire format could get wrong. */
function records(): RequestRecord[] {
  if (ABUSE !== undefined) return abuseRecords()
  const out: RequestRecord[] = []
  for (let i = 0; i < N; i++) {
    const s = i % SESSIONS
    const ts = T0 + i * 37
    const r = newRecord(`r${i}`, ts, 'shop', ['GET', 'POST', 'PUT'][i % 3]!, `/api/ü/${i % 13}/${'x'.repeat(i % 5 === 0 ? 300 : 3)}?q=${i}`, { host: i % 11 === 0 ? 'shöp.example' : 'shop.example', 'user-agent': 'ua' }, ip(i, s))
    r.sid = `K${s}`
    r.windowKey = i % 17 === 0 ? `W${i}` : r.sid
    if (i % 23 === 0) r.handoffKey = `K${s + 1},H${i}`
    r.status = [200, 404, 401, 500, 200][i % 5]!
    r.durationMs = (i % 9) * 1.111 + 0.1
    r.ttfbMs = i % 4 === 0 ? null : 0.5
    r.resBytes = i % 29 === 0 ? 2 ** 40 + i : i * 3
    r.endpoint = i % 6 === 0 ? null : `/api/ü/{id}`
    r.user = i % 8 === 0 ? `ann\u0000${s}` : i % 8 === 1 ? `bob ${'é'.repeat(40)}` : null
    r.role = i % 10 === 0 ? 'r'.repeat(70_000) : null
    r.attacks = i % 13 === 0 ? ['sqli', 'xss'] : []
    r.flows = i % 7 === 0 ? ['checkout'] : []
    r.params = { tenant: `t${i % 3}` }
    r.abuse = i % 4 === 0 ? 'LS' : i % 4 === 1 ? '-' : i % 4 === 2 ? 'L' : ''
    out.push(r)
  }
  return out
}

interface SinkLike {
  push(r: RequestRecord): void
  start(): void
  flush(): Promise<boolean>
  close(): Promise<void>
  readonly buffered: number
  readonly client: Redis
}

async function write(root: string, url: string, from = 0, to = N): Promise<void> {
  const { RedisSink } = (await import(resolve(root, 'src/sink/redis-sink.ts'))) as { RedisSink: new (...args: unknown[]) => SinkLike }
  const [window, crawlerNotFound, crawlerDistinctPaths, scrapingDistinctIds, scrapingRate, failedLogins, distinctUsers, rateFactor, minRate] = ABUSE ?? []
  const abuse = ABUSE === undefined ? {} : { insight: { abuse: { window: `${window}ms`, crawlerNotFound, crawlerDistinctPaths, scrapingDistinctIds, scrapingRate, failedLogins, distinctUsers, rateFactor, minRate } } }
  const config = testConfig({ applications: [{ name: 'shop', hosts: ['shop.test'], upstream: 'http://127.0.0.1:9' }], redis: { url }, buffer: { maxRecords: N, batch: 500, flushEvery: '1h' }, ...abuse })
  const sink = new RedisSink(new Redis(url, { lazyConnect: true, enableOfflineQueue: false }), config, createLayout('apisess:', 1, false), createLogger('silent'), createMetrics(false).sink)
  for (const r of records().slice(from, to)) sink.push(r)
  const ready = new Promise((r) => sink.client.once('ready', r))
  sink.start()
  await ready
  for (let i = 0; sink.buffered > 0 && i < N; i++) if (!(await sink.flush())) throw new Error('a batch was not written')
  await sink.close()
}

/** Every key but the batch markers, as comparable text. */
async function contents(url: string): Promise<Map<string, string>> {
  const r = new Redis(url)
  // with WRITER_ABUSE, a session's own abuse keys are not compared (their format may differ)
  const keys = (await r.keys('*')).filter((k) => !k.startsWith('apisess:batch:') && !(ABUSE !== undefined && /^apisess:abuse:(?!app:)/.test(k))).sort()
  // each stream's ids by position (two streams may hold the same id)
  const ids = new Map<string, Map<string, string>>()
  for (const k of keys) if ((await r.type(k)) === 'stream') ids.set(k, new Map((await r.xrange(k, '-', '+')).map(([id], i) => [id, `<#${i}>`])))
  const out = new Map<string, string>()
  for (const k of keys) {
    // a session's :dur and :size name its stream's entries; a summary's fid, the feed's
    const of = ids.get(/:(dur|size)$/.test(k) ? k.replace(/:(dur|size)$/, '') : 'apisess:requests') ?? new Map<string, string>()
    const norm = (v: string) => v.replace(/\d{10,}-\d+/g, (id) => of.get(id) ?? `<unknown ${id}>`)
    const type = await r.type(k)
    let v: unknown
    if (type === 'string') v = (await r.getBuffer(k))!.toString('hex')
    else if (type === 'hash') {
      // a small hash (listpack) keeps its fields in the order they were made, which HGETALL answers
      // in: compared in that order; a hash table's order is its random hash seed's, compared sorted
      const flat = (await r.call('HGETALL', k)) as string[]
      const fields: string[][] = []
      for (let i = 0; i < flat.length; i += 2) fields.push([flat[i]!, norm(flat[i + 1]!)])
      v = (await r.object('ENCODING', k)) === 'listpack' ? fields : fields.sort()
    }
    else if (type === 'zset') {
      v = (await r.zrange(k, '0', '-1', 'WITHSCORES')).map(norm)
      // a session's :dur / :size: members of one score order by stream id as a string, which the write
      // time's milliseconds decide ("...-14" before "...-2"): compared as pairs, by position
      if (/:(dur|size)$/.test(k)) {
        const flat = v as string[]
        const pairs: string[][] = []
        for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!])
        v = pairs.sort((x, y) => Number(x[1]) - Number(y[1]) || Number(x[0]!.slice(2, -1)) - Number(y[0]!.slice(2, -1)))
      }
    }
    else if (type === 'set') v = (await r.smembers(k)).sort()
    else if (type === 'stream') v = (await r.xrange(k, '-', '+')).map(([, f]) => f.map(norm))
    else v = `(${type})`
    out.set(k, `${type} ttl:${(await r.pttl(k)) > 0} ${JSON.stringify(v)}`)
  }
  r.disconnect()
  return out
}

const dir = mkdtempSync(join(tmpdir(), 'apisess-compare-'))
const servers = [] as Awaited<ReturnType<typeof startRedisServer>>[]
try {
  const ports = [await freePort(), await freePort()]
  for (const [i, port] of ports.entries()) servers.push(await startRedisServer(port, mkdtempSync(join(dir, `r${i}-`))))
  const urls = ports.map((p) => `redis://127.0.0.1:${p}`)
  const here = resolve(import.meta.dirname, '../..')
  await write(BASE, urls[0]!)
  if (MIXED) {
    // a sensor upgraded mid-stream: the first half written by the other checkout, the rest by this one (the same sessions go on)
    const half = Math.floor(N / 1000) * 500
    await write(BASE, urls[1]!, 0, half)
    await write(here, urls[1]!, half)
  } else await write(here, urls[1]!)
  const [a, b] = [await contents(urls[0]!), await contents(urls[1]!)]
  const names = [...new Set([...a.keys(), ...b.keys()])].sort()
  const differ = names.filter((k) => a.get(k) !== b.get(k))
  const bytes = [...a.values()].reduce((n, v) => n + v.length, 0)
  const kinds = (a.get('apisess:requests') ?? '').match(/security_crawler|scraping|account_takeover|api_abuse/g)?.length ?? 0
  const byKind: Record<string, number> = {}
  for (const k of (a.get('apisess:requests') ?? '').match(/security_crawler|scraping|account_takeover|api_abuse/g) ?? []) byKind[k] = (byKind[k] ?? 0) + 1
  // summaries past the values ceiling (an other:<counter> field)
  const pastCeiling = [...a.entries()].filter(([k, v]) => k.endsWith(':meta') && v.includes('["other:')).length
  console.log(JSON.stringify({ records: N, sessions: ABUSE === undefined ? SESSIONS : undefined, mixed: MIXED, abuse: ABUSE?.join(','), abuseVerdicts: kinds, byKind, pastCeiling, keys: names.length, comparedChars: bytes, feedEntries: (a.get('apisess:requests') ?? '').split('"rec"').length - 1, differ: differ.length }))
  for (const k of differ.slice(0, 5)) console.log(`${k}\n  base: ${(a.get(k) ?? '(none)').slice(0, 300)}\n  this: ${(b.get(k) ?? '(none)').slice(0, 300)}`)
  process.exitCode = differ.length === 0 && names.length > 0 ? 0 : 1
} finally {
  for (const s of servers) s.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
}
