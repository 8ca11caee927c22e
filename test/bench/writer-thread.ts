/**
 * Where the Redis writer's CPU goes, and whether a writer thread (`buffer.thread`) moves it off the
 * proxy's event loop (issue 15, item 3). One upstream, one private redis-server, and three sensors
 * (test/bench/sensor.ts): `counting` (no writer), `plain` (the writer inline, the default) and
 * `thread` (the writer in a worker thread). Each round sends every sensor the same bounded load
 * (WT_REQUESTS keep-alive GETs over WT_CONNECTIONS connections, autocannon in this process), waits
 * until its writer has drained, and reads from the sensor its process CPU (`process.cpuUsage`) and
 * its main thread's (`process.threadCpuUsage`): per request, those do not depend much on what else
 * the machine runs. Rounds are interleaved across the sensors; the report gives medians.
 *
 *   node test/bench/writer-thread.ts
 *
 * Environment (all optional):
 *   WT_REQUESTS=50000     requests per sensor and round (bounded: at most 1,000,000)
 *   WT_CONNECTIONS=32     concurrent connections
 *   WT_ROUNDS=5           interleaved rounds (the first one more is a warm-up, not counted)
 *   WT_CORES=1,2          1: each sensor pinned to the last core, the rest (autocannon, upstream,
 *                         Redis) to the others; 2: the sensor may use every core
 *   WT_VARIANTS=counting,plain,thread
 *   WT_RATE=0             requests per second offered (0: as fast as the sensor answers). At a fixed
 *                         rate every sensor's writer sends batches of the same size, so the CPU per
 *                         request compares like with like; throughput then says nothing
 *   WT_SCENARIO=get       get or post (4 KiB bodies)
 *   WT_PROFILE=dir        write V8 CPU profiles of each sensor into dir/sensor-<variant>/ (one
 *                        file per thread: the writer thread's too); read them with test/bench/cpu-profile.ts
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ChildMessage, ParentMessage } from './child.ts'
import { startRedisServer } from '../helpers/redis.ts'
import { freePort } from '../helpers/upstream.ts'

interface AutocannonResult {
  requests: { average: number }
  duration: number
  errors: number
  non2xx: number
  '2xx': number
}
type Autocannon = (opts: Record<string, unknown>) => PromiseLike<AutocannonResult>
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

function envNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name}=${raw}: expected an integer in [${min}, ${max}]`)
  return n
}
const REQUESTS = envNumber('WT_REQUESTS', 50_000, 1, 1_000_000)
const CONNECTIONS = envNumber('WT_CONNECTIONS', 32, 1, 1000)
const ROUNDS = envNumber('WT_ROUNDS', 5, 1, 50)
const CORES = (process.env.WT_CORES ?? '1,2').split(',').map(Number)
const VARIANTS = (process.env.WT_VARIANTS ?? 'counting,plain,thread').split(',')
const RATE = envNumber('WT_RATE', 0, 0, 100_000)
const POST = process.env.WT_SCENARIO === 'post'
const PROFILE_DIR = process.env.WT_PROFILE ? path.resolve(process.env.WT_PROFILE) : undefined
const NCPU = os.cpus().length
const CAN_PIN = NCPU >= 2 && spawnSync('taskset', ['-V']).status === 0
const LAST = String(NCPU - 1)
const OTHERS = NCPU > 2 ? `0-${NCPU - 2}` : '0'
const ALL = `0-${NCPU - 1}`

const here = path.dirname(fileURLToPath(import.meta.url))
const children: ChildProcess[] = []

function startChild(name: string, file: string, args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; port: number }> {
  const execArgv = [...process.execArgv]
  if (PROFILE_DIR !== undefined && name !== 'upstream') execArgv.push('--cpu-prof', `--cpu-prof-dir=${path.join(PROFILE_DIR, name)}`) // one file per thread
  const child = fork(path.join(here, file), args, { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, ...env } })
  children.push(child)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not listen within 15 s`)), 15_000)
    child.on('message', (msg: ChildMessage) => {
      if (msg.type === 'listening' && typeof msg.port === 'number') {
        clearTimeout(timer)
        resolve({ child, port: msg.port })
      }
    })
    child.once('exit', (code) => reject(new Error(`${name} exited (code ${code})`)))
  })
}

function statsOf(child: ChildProcess): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no stats within 2 s')), 2000)
    const onMessage = (msg: ChildMessage): void => {
      if (msg.type !== 'stats') return
      clearTimeout(timer)
      child.off('message', onMessage)
      resolve(msg.stats ?? {})
    }
    child.on('message', onMessage)
    child.send({ type: 'stats' } satisfies ParentMessage)
  })
}

/** Pin a process and all its threads to `cpus` (no-op without taskset). */
function pin(pid: number | undefined, cpus: string): void {
  if (!CAN_PIN || pid === undefined) return
  spawnSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' })
}

/** Until the sensor's writer holds nothing (bounded: 30 s); its records counted. */
async function drained(child: ChildProcess, variant: string): Promise<Record<string, number>> {
  for (let i = 0; i < 600; i++) {
    const s = await statsOf(child)
    if (variant === 'counting' || s.buffered === 0) return s
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`${variant}: the writer did not drain within 30 s`)
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'apisess-wt-'))
// Ctrl-C: the children (and the private redis-server) go too
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const c of children) c.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
    process.exit(130)
  })
}
const redisPort = await freePort()
const redis = await startRedisServer(redisPort, dir)
children.push(redis)
try {
  const upstream = await startChild('upstream', 'upstream.ts', [])
  const sensors = new Map<string, ChildProcess & { port?: number }>()
  for (const v of VARIANTS) {
    const { child, port } = await startChild(`sensor-${v}`, 'sensor.ts', ['--upstream', `http://127.0.0.1:${upstream.port}`, '--redis', `redis://127.0.0.1:${redisPort}`, '--variant', v])
    sensors.set(v, Object.assign(child, { port }))
  }
  const body = POST ? 'x'.repeat(4096) : undefined
  const load = (port: number, amount: number) =>
    autocannon({ url: `http://127.0.0.1:${port}/api/products/42?page=1`, method: POST ? 'POST' : 'GET', body, headers: { 'content-type': 'application/json', cookie: 'PHPSESSID=bench' }, connections: CONNECTIONS, amount, ...(RATE > 0 ? { overallRate: RATE } : {}) })
  const report: Record<string, Record<string, { mainUs: number; totalUs: number; rps: number; rounds: number }>> = {}
  for (const cores of CORES) {
    pin(process.pid, cores === 1 ? OTHERS : ALL)
    pin(upstream.child.pid, cores === 1 ? OTHERS : ALL)
    pin(redis.pid, cores === 1 ? OTHERS : ALL)
    for (const c of sensors.values()) pin(c.pid, cores === 1 ? LAST : ALL)
    const rows = new Map<string, { main: number[]; total: number[]; rps: number[] }>(VARIANTS.map((v) => [v, { main: [], total: [], rps: [] }]))
    for (let round = 0; round <= ROUNDS; round++) {
      // a different order each round: what runs first or last is not always the same sensor
      const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length]!)
      for (const v of order) {
        const c = sensors.get(v)!
        const before = await drained(c, v)
        const r = await load(c.port!, round === 0 ? Math.min(REQUESTS, 20_000) : REQUESTS)
        const after = await drained(c, v)
        if (round === 0) continue
        const n = r['2xx']
        console.error(`${cores} core(s), round ${round}, ${v}: main ${((after.mainCpuUs! - before.mainCpuUs!) / n).toFixed(1)} µs/req, total ${((after.cpuUs! - before.cpuUs!) / n).toFixed(1)} µs/req, ${Math.round(n / r.duration)} req/s`)
        if (n !== REQUESTS || r.errors > 0) console.error(`${v}: ${n} of ${REQUESTS} answered 2xx, ${r.errors} errors`)
        const row = rows.get(v)!
        row.main.push((after.mainCpuUs! - before.mainCpuUs!) / n)
        row.total.push((after.cpuUs! - before.cpuUs!) / n)
        row.rps.push(n / r.duration)
        if (v !== 'counting' && (after.dropped ?? 0) > (before.dropped ?? 0)) console.error(`${v}: ${after.dropped! - before.dropped!} records dropped`)
      }
    }
    report[`${cores} core${cores > 1 ? 's' : ''}`] = Object.fromEntries(
      [...rows].map(([v, r]) => [v, { mainUs: Math.round(median(r.main) * 10) / 10, totalUs: Math.round(median(r.total) * 10) / 10, rps: Math.round(median(r.rps)), rounds: r.main.length }]),
    )
  }
  console.log(JSON.stringify({ requests: REQUESTS, connections: CONNECTIONS, rate: RATE, rounds: ROUNDS, scenario: POST ? 'post 4 KiB' : 'get', cpus: NCPU, pinned: CAN_PIN, report }, null, 2))
  for (const [cores, rows] of Object.entries(report)) {
    const base = rows.counting
    for (const [v, r] of Object.entries(rows)) {
      const vs = base && v !== 'counting' ? `  writer: +${(r.mainUs - base.mainUs).toFixed(1)} µs main, +${(r.totalUs - base.totalUs).toFixed(1)} µs total; throughput ${(r.rps / base.rps).toFixed(2)} of counting` : ''
      console.log(`${cores.padEnd(8)} ${v.padEnd(9)} main ${r.mainUs.toFixed(1).padStart(6)} µs/req  total ${r.totalUs.toFixed(1).padStart(6)} µs/req  ${String(r.rps).padStart(6)} req/s${vs}`)
    }
  }
} finally {
  for (const c of children.filter((c) => c !== redis)) {
    const exited = new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : c.once('exit', () => resolve())))
    if (c.connected) c.send({ type: 'exit' } satisfies ParentMessage)
    else c.kill('SIGTERM')
    const timer = setTimeout(() => c.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
  }
  redis.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
}
