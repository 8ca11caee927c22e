/**
 * Sizing (docs/sizing.md): bytes of Redis memory per record and the writer's records per second,
 * measured on a private redis-server with the real writer and batch script. Bounded: N records.
 * Run with `node test/bench/redis-size.ts [N]`.
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
import { createLayout } from '../../src/redis/layout.ts'
import { newRecord } from '../../src/capture/record.ts'
import { createHasher } from '../../src/capture/mask.ts'

const N = Math.min(Number(process.argv[2] ?? 50_000), 500_000)
/** requests per session: 20 by default; SIZE_PER_SESSION=1 makes every request a session of its own (clients rotating tokens) */
const SESSIONS = Math.max(1, Math.round(N / Math.max(1, Number(process.env.SIZE_PER_SESSION ?? 20))))

function info(text: string, key: string): number {
  return Number(new RegExp(`^${key}:([\\d.]+)`, 'm').exec(text)?.[1] ?? 0)
}

/** SIZE_WAIT_REPLICAS=1: a replica follows the server, and the writer WAITs for it after each batch (redis.waitReplicas) */
const WAIT = Math.min(Number(process.env.SIZE_WAIT_REPLICAS ?? 0), 1)

const dir = mkdtempSync(join(tmpdir(), 'apisess-size-'))
const port = await freePort()
const server = await startRedisServer(port, dir)
const replicaPort = WAIT > 0 ? await freePort() : 0
const replica = WAIT > 0 ? await startRedisServer(replicaPort, mkdtempSync(join(tmpdir(), 'apisess-size-r-')), ['--replicaof', '127.0.0.1', String(port)]) : undefined
try {
  const url = `redis://127.0.0.1:${port}`
  const admin = new Redis(url)
  const config = testConfig({ applications: [{ name: 'shop', hosts: ['shop.test'], upstream: 'http://127.0.0.1:9' }], redis: { url, waitReplicas: WAIT }, buffer: { maxRecords: N, batch: 500, flushEvery: '5ms' } })
  const sink = new RedisSink(new Redis(url, { lazyConnect: true, enableOfflineQueue: false }), config, createLayout('apisess:', 1, false), createLogger('silent'), createMetrics(false).sink)
  const hasher = createHasher('sizing-key-00000000000')
  sink.start()
  await new Promise((r) => sink.client.once('ready', r))
  if (replica !== undefined) {
    // the replica must be in sync before WAIT can count it (bounded)
    for (let i = 0; i < 200 && !/connected_slaves:1/.test(await admin.info('replication')); i++) await new Promise((r) => setTimeout(r, 50))
  }
  const before = await admin.info()
  const cpu0 = process.cpuUsage()
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
    sink.push(r)
  }
  await sink.waitWritten(N)
  const seconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  const after = await admin.info()
  const bytes = info(after, 'used_memory') - info(before, 'used_memory')
  const redisCpu = info(after, 'used_cpu_sys') + info(after, 'used_cpu_user') - info(before, 'used_cpu_sys') - info(before, 'used_cpu_user')
  const recJson = (await admin.xrange('apisess:requests', '-', '+', 'COUNT', 1))[0]![1][5]!
  const out = {
    records: N,
    waitReplicas: WAIT,
    sessions: SESSIONS,
    recordJsonBytes: recJson.length,
    redisBytesPerRecord: Math.round(bytes / N),
    writerRecordsPerSecond: Math.round(N / seconds),
    writerCpuMicrosPerRecord: Math.round(((cpu.user + cpu.system) / N) * 10) / 10,
    redisCpuMicrosPerRecord: Math.round(((redisCpu * 1e6) / N) * 10) / 10,
  }
  console.log(JSON.stringify(out, null, 2))
  const week = (rate: number) => (out.redisBytesPerRecord * rate * 7 * 86_400) / 1024 ** 3
  console.log(`a week at 100 req/s: ${week(100).toFixed(1)} GiB; at 1,000 req/s: ${week(1000).toFixed(0)} GiB of Redis memory`)
  await sink.close()
  admin.disconnect()
} finally {
  replica?.kill('SIGKILL')
  server.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
}
