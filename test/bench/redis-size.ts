/**
 * Sizing (docs/sizing.md): bytes of Redis memory per record and the writer's records per second,
 * measured on a private redis-server with the real writer and batch script. Bounded: N records.
 * Run with `node test/bench/redis-size.ts [N]`.
 *
 * `writerCpuMicrosPerRecord` is this process's CPU (every thread: GC helpers, and the writer thread
 * with SIZE_THREAD=1) per record from the first push until all are written: building the synthetic
 * record (newRecord, a session id), bounding and serialising it, building the script arguments,
 * ioredis (encoding, socket writes, reply parsing) and garbage collection. No insight or detection
 * (the records are made as the insight stage leaves them), and not Redis's own CPU (its process:
 * `redisCpuMicrosPerRecord`). `writerMainCpuMicrosPerRecord` is the main thread's share (the thread
 * that, in the sensor, is the proxy's event loop).
 * SIZE_THREAD=1: the writer in a worker thread (`buffer.thread`, src/sink/thread-sink.ts); N at most
 * 10,000 then (the records all pushed at once must fit its 16 MiB transfer budget).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { startRedisServer } from '../helpers/redis.ts'
import { freePort } from '../helpers/upstream.ts'
import { testConfig } from '../helpers/sensor.ts'
import { createLogger } from '../../src/log.ts'
import { createMetrics } from '../../src/metrics.ts'
import { RedisSink } from '../../src/sink/redis-sink.ts'
import { ThreadSink } from '../../src/sink/thread-sink.ts'
import { createLayout } from '../../src/redis/layout.ts'
import { newRecord } from '../../src/capture/record.ts'
import { createHasher } from '../../src/capture/mask.ts'

/** SIZE_BATCH: records per script call (buffer.batch; 500 by default, as the bench measured it before the default became 100) */
const BATCH = Math.min(10_000, Math.max(1, Number(process.env.SIZE_BATCH ?? 500)))
/** SIZE_THREAD=1: the writer in a worker thread (buffer.thread) */
const THREAD = process.env.SIZE_THREAD === '1'
const N = Math.min(Number(process.argv[2] ?? (THREAD ? 10_000 : 50_000)), THREAD ? 10_000 : 500_000)
/** requests per session: 20 by default; SIZE_PER_SESSION=1 makes every request a session of its own (clients rotating tokens) */
const SESSIONS = Math.max(1, Math.round(N / Math.max(1, Number(process.env.SIZE_PER_SESSION ?? 20))))
/** SIZE_ABUSE=0: records without the abuse windows (insight.abuse.enabled: false); on by default, as users run it */
const ABUSE = process.env.SIZE_ABUSE !== '0'

function info(text: string, key: string): number {
  return Number(new RegExp(`^${key}:([\\d.]+)`, 'm').exec(text)?.[1] ?? 0)
}

/** SIZE_WAIT_REPLICAS=1: a replica follows the server, and the writer WAITs for it after each batch (redis.waitReplicas) */
const WAIT = Math.min(Number(process.env.SIZE_WAIT_REPLICAS ?? 0), 1)

const dir = mkdtempSync(join(tmpdir(), 'apisess-size-'))
/** SIZE_REDIS_PORT: a redis-server already running on 127.0.0.1 (one run under valgrind, say), flushed first */
const port = process.env.SIZE_REDIS_PORT !== undefined ? Number(process.env.SIZE_REDIS_PORT) : await freePort()
const server = process.env.SIZE_REDIS_PORT !== undefined ? undefined : await startRedisServer(port, dir)
const replicaPort = WAIT > 0 ? await freePort() : 0
const replica = WAIT > 0 ? await startRedisServer(replicaPort, mkdtempSync(join(tmpdir(), 'apisess-size-r-')), ['--replicaof', '127.0.0.1', String(port)]) : undefined
try {
  const url = `redis://127.0.0.1:${port}`
  const admin = new Redis(url)
  if (server === undefined) await admin.flushall()
  const config = testConfig({ applications: [{ name: 'shop', hosts: ['shop.test'], upstream: 'http://127.0.0.1:9' }], redis: { url, waitReplicas: WAIT }, buffer: { maxRecords: N, batch: BATCH, flushEvery: '5ms' } })
  const sink = THREAD
    ? new ThreadSink({ ...config, buffer: { ...config.buffer, thread: true } }, 1, createLogger('silent'), createMetrics(false).sink)
    : new RedisSink(new Redis(url, { lazyConnect: true, enableOfflineQueue: false }), config, createLayout('apisess:', 1, false), createLogger('silent'), createMetrics(false).sink)
  const hasher = createHasher('sizing-key-00000000000')
  sink.start()
  await new Promise((r) => (sink.client as Redis).once('ready', r))
  // the writer thread's own client is ready once it has written a first record
  if (sink instanceof ThreadSink) await new Promise((r) => sink.once('report', r))
  if (replica !== undefined) {
    // the replica must be in sync before WAIT can count it (bounded)
    for (let i = 0; i < 200 && !/connected_slaves:1/.test(await admin.info('replication')); i++) await new Promise((r) => setTimeout(r, 50))
  }
  const before = await admin.info()
  const cpu0 = process.cpuUsage()
  const main0 = process.threadCpuUsage()
  const t0 = performance.now()
  const base = Date.now()
  for (let i = 0; i < N; i++) {
    const s = i % SESSIONS
    const ts = base + i
    const r = newRecord(`${ts.toString(36)}.a1b2c3d4e5f6.${i.toString(36)}`, ts, 'shop', i % 5 ? 'GET' : 'POST', `/api/products/${i % 997}?page=${i % 7}`, { host: 'shop.example.com', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36' }, `198.51.100.${s % 250}`)
    r.sid = hasher.sessionId(['cookie', `session-${s}`])
    r.windowKey = r.sid
    r.rule = 'builtin:cookie:PHPSESSID'
    r.idParams = ['cookie:PHPSESSID']
    r.status = i % 20 ? 200 : 404
    r.durationMs = 3.456
    r.ttfbMs = 2.345
    r.resBytes = 1234
    r.params = { tenant: 'acme' }
    // what the insight stage adds before the writer: the endpoint template and the abuse flags
    r.endpoint = '/api/products/{id}'
    r.abuse = ABUSE ? '-' : ''
    sink.push(r)
  }
  await sink.waitWritten(N)
  const seconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  const main = process.threadCpuUsage(main0)
  const after = await admin.info()
  // where Redis's CPU goes, by command (those a script calls included); the count does not depend on the machine's load
  const stats = [...(await admin.info('commandstats')).matchAll(/^cmdstat_(\w+):calls=(\d+),usec=(\d+)/gm)].map((m) => ({ cmd: m[1]!, calls: Number(m[2]), usec: Number(m[3]) }))
  const commands = stats.filter((s) => !['evalsha', 'eval', 'info', 'hello', 'script', 'client', 'ping', 'select'].includes(s.cmd)).reduce((n, s) => n + s.calls, 0)
  if (process.env.SIZE_COMMANDSTATS === '1') {
    for (const s of stats.sort((a, b) => b.usec - a.usec).slice(0, 16)) console.error(`${s.cmd.padEnd(18)} ${String(s.calls).padStart(9)} calls ${(s.usec / N).toFixed(1).padStart(7)} µs/record`)
  }
  const bytes = info(after, 'used_memory') - info(before, 'used_memory')
  const redisCpu = info(after, 'used_cpu_sys') + info(after, 'used_cpu_user') - info(before, 'used_cpu_sys') - info(before, 'used_cpu_user')
  const recJson = (await admin.xrange('apisess:requests', '-', '+', 'COUNT', 1))[0]![1][5]!
  // the abuse windows' keys expire a window (60 s) after a session's last request: what stays for
  // the retention is the memory without them (deleted here rather than waited for)
  for (let cursor = '0', rounds = 0; rounds < 100_000; rounds++) {
    const [next, keys] = await admin.scan(cursor, 'MATCH', 'apisess:abuse:*', 'COUNT', 1000)
    if (keys.length > 0) await admin.unlink(...keys)
    cursor = next
    if (cursor === '0') break
  }
  const retained = info(await admin.info('memory'), 'used_memory') - info(before, 'used_memory')
  const out = {
    records: N,
    waitReplicas: WAIT,
    abuse: ABUSE,
    sessions: SESSIONS,
    recordJsonBytes: recJson.length,
    redisBytesPerRecord: Math.round(bytes / N),
    redisBytesPerRecordRetained: Math.round(retained / N),
    writerRecordsPerSecond: Math.round(N / seconds),
    thread: THREAD,
    writerCpuMicrosPerRecord: Math.round(((cpu.user + cpu.system) / N) * 10) / 10,
    writerMainCpuMicrosPerRecord: Math.round(((main.user + main.system) / N) * 10) / 10,
    redisCpuMicrosPerRecord: Math.round(((redisCpu * 1e6) / N) * 10) / 10,
    redisCommandsPerRecord: Math.round((commands / N) * 10) / 10,
  }
  console.log(JSON.stringify(out, null, 2))
  const week = (rate: number) => (out.redisBytesPerRecordRetained * rate * 7 * 86_400) / 1024 ** 3
  console.log(`a week at 100 req/s: ${week(100).toFixed(1)} GiB; at 1,000 req/s: ${week(1000).toFixed(0)} GiB of Redis memory`)
  await sink.close()
  admin.disconnect()
} finally {
  replica?.kill('SIGKILL')
  server?.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
}
