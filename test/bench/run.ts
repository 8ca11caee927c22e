/**
 * `npm run bench`: the sensor's cost in one process tree on loopback.
 *
 * One upstream (test/bench/upstream.ts) is loaded by autocannon (in this process) four ways:
 *   direct      autocannon -> upstream
 *   http-proxy  autocannon -> a minimal http-proxy reverse proxy (test/bench/http-proxy.ts) -> upstream
 *   nginx       autocannon -> nginx, one worker, keep-alive upstream (when nginx is installed)
 *   sensor      autocannon -> api-sessions (test/bench/sensor.ts, default config, writing to a private
 *               redis-server as a user runs it) -> upstream
 * each with keep-alive GETs (~200 B answer) and 4 KiB POSTs, and prints req/s, p50/p99 and the
 * ratios. Targets (issue 15): sensor >= 1.3x http-proxy with a p99 no worse, >= 0.5x nginx, the
 * Redis writer <= 10% of the throughput (sensor / sensor:counting >= 0.9) and Redis down no slower
 * than Redis up. It is a report, not a test: it exits 0 either way (1 only if it broke).
 *
 * Every child listens on 127.0.0.1 port 0, reports its port over IPC, and is stopped at the end,
 * on error and on Ctrl-C. Every load loop is bounded by its duration.
 *
 * Environment (all optional):
 *   BENCH_DURATION=5          measured seconds per (target, scenario)
 *   BENCH_WARMUP=1            warm-up seconds before each measurement (not counted)
 *   BENCH_CONNECTIONS=50      concurrent keep-alive connections
 *   BENCH_PIPELINING=1        requests in flight per connection
 *   BENCH_ROUNDS=5            the measured seconds are cut into this many slices per target,
 *                             interleaved across targets (so background noise hits all alike)
 *   BENCH_TARGETS=direct,http-proxy,nginx,sensor  which targets to run (nginx: when installed)
 *   BENCH_SCENARIOS=get,post                    which scenarios to run
 *   BENCH_SENSOR_VARIANTS=plain,counting,redis-down,rules,proxy,full  sensor configs (see VARIANTS in
 *                                               sensor.ts); the first is "sensor", others are
 *                                               "sensor:<variant>"; counting records to a counting
 *                                               sink, redis-down to a closed port, the rest to Redis;
 *                                               full/proxy is issue 6's "everything on" ratio
 *   BENCH_PROFILE=dir         write a V8 CPU profile of each proxy child into dir (--cpu-prof)
 *   BENCH_JSON=file           also write the figures as JSON
 *   BENCH_IDENTIFY=0          skip the identification micro-benchmark (test/bench/identify.ts)
 *                             that runs in this process once the children are stopped
 *   BENCH_INSIGHT=0           skip the insight micro-benchmark (test/bench/insight.ts): µs per record
 *                             for endpoint, flows, attack detection and abuse, in this process
 *   BENCH_LOOP=1              also report each proxy's and the upstream's event-loop delay and GC pauses
 *                             over the measured slices, the writer's synchronous chunks, and the CPU
 *                             of autocannon, the upstream and Redis on the other cores (loop-stats.ts)
 *   BENCH_REDIS_CPUS=0        the cores the private redis-server is pinned to (default: beside autocannon)
 *   BENCH_REDIS_NICE=0        its nice value (19: it yields its core to autocannon and the upstream)
 *   BENCH_CONSOLE=0           skip the console at scale (test/bench/seed-console.ts): seeds a private
 *                             redis-server, then times list, searches and a session's requests
 *   BENCH_CONSOLE_SESSIONS=100000, BENCH_CONSOLE_REQUESTS=1000000   its size
 */
import { fork, spawn, spawnSync, execFileSync, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import os from 'node:os'
import { COUNTING_VARIANTS, type ChildMessage, type ParentMessage } from './child.ts'
import { loopLines } from './loop-stats.ts'
import { BENCH_GET_PATH, BENCH_POST_BODY, BENCH_POST_PATH } from './requests.ts'
import { startRedisServer } from '../helpers/redis.ts'
import { freePort } from '../helpers/upstream.ts'

// ---------------------------------------------------------------------------------------------
// autocannon (CommonJS, no type declarations): the part of its API used here

interface Histogram {
  average: number
  p50: number
  p99: number
  total?: number
}
interface AutocannonResult {
  requests: Histogram
  latency: Histogram
  duration: number
  errors: number
  timeouts: number
  non2xx: number
  '2xx': number
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  stop(): void
  on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this
}
type Autocannon = (opts: Record<string, unknown>) => AutocannonInstance
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

// ---------------------------------------------------------------------------------------------
// settings

function envNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name}=${raw}: expected a number in [${min}, ${max}]`)
  return n
}
function envList(name: string, fallback: string[]): string[] {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  return raw.split(',').map((s) => s.trim()).filter(Boolean)
}

const DURATION = envNumber('BENCH_DURATION', 5, 1, 120)
const WARMUP = envNumber('BENCH_WARMUP', 1, 0, 60)
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 50, 1, 1000)
const PIPELINING = envNumber('BENCH_PIPELINING', 1, 1, 16)
const ROUNDS = envNumber('BENCH_ROUNDS', 5, 1, 100)
const TARGET_NAMES = envList('BENCH_TARGETS', ['direct', 'http-proxy', 'nginx', 'sensor'])
const SCENARIO_NAMES = envList('BENCH_SCENARIOS', ['get', 'post'])
const SENSOR_VARIANTS = envList('BENCH_SENSOR_VARIANTS', ['plain', 'counting', 'redis-down', 'rules', 'proxy', 'full'])
const PROFILE_DIR = process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : undefined
const JSON_OUT = process.env.BENCH_JSON ? path.resolve(process.env.BENCH_JSON) : undefined
const IDENTIFY = process.env.BENCH_IDENTIFY !== '0'
const INSIGHT = process.env.BENCH_INSIGHT !== '0'
const CONSOLE = process.env.BENCH_CONSOLE !== '0'
/** BENCH_LOOP=1: each proxy's (and the upstream's) event-loop delay and GC pauses over the measured slices, and the other cores' CPU (test/bench/loop-stats.ts) */
const LOOP_STATS = process.env.BENCH_LOOP === '1'
const CONSOLE_SESSIONS = envNumber('BENCH_CONSOLE_SESSIONS', 100_000, 1, 1_000_000)
const CONSOLE_REQUESTS = envNumber('BENCH_CONSOLE_REQUESTS', 1_000_000, 1, 5_000_000)
/**
 * Pin the proxy under test to the last core and everything else (this process with autocannon, the
 * upstream, Redis) to the others, so that Redis's CPU does not come out of the proxy's (taskset,
 * Linux, 2 cores or more; BENCH_PIN=0 turns it off).
 */
const PIN = process.env.BENCH_PIN !== '0' && os.cpus().length >= 2 && existsSync('/usr/bin/taskset')
const PROXY_CPU = String(os.cpus().length - 1)
const OTHER_CPUS = os.cpus().length > 2 ? `0-${os.cpus().length - 2}` : '0'

/** where the private redis-server runs (BENCH_REDIS_CPUS, with PIN; by default beside the load generator) and its nice value (BENCH_REDIS_NICE) */
const REDIS_CPUS = process.env.BENCH_REDIS_CPUS ?? OTHER_CPUS
const REDIS_NICE = envNumber('BENCH_REDIS_NICE', 0, 0, 19)

/** issue 15: the sensor as a user runs it (Redis on, default config) against http-proxy, with the p99 rule */
const TARGET_RATIO = 1.3
/** issue 15: against nginx with one worker */
const NGINX_RATIO = 0.5
/** issue 15: the Redis writer costs at most 10% (sensor / sensor:counting) */
const WRITER_RATIO = 0.9
/** issue 15: Redis down costs nothing extra (sensor:redis-down / sensor, median of paired rounds; 3% is this bench's noise) */
const DOWN_RATIO = 0.97
/** issue 6: the sensor with everything on keeps at least this share of its proxy-only throughput */
const INSIGHT_RATIO = 0.9

interface Scenario {
  name: string
  label: string
  method: 'GET' | 'POST'
  path: string
  body?: Buffer
  headers?: Record<string, string>
}


const SCENARIOS: Record<string, Scenario> = {
  get: { name: 'get', label: 'GET ~200 B', method: 'GET', path: BENCH_GET_PATH },
  post: {
    name: 'post',
    label: 'POST 4 KiB',
    method: 'POST',
    path: BENCH_POST_PATH,
    body: BENCH_POST_BODY,
    headers: { 'content-type': 'application/json' },
  },
}

// ---------------------------------------------------------------------------------------------
// children

const here = path.dirname(fileURLToPath(import.meta.url))
const children: ChildProcess[] = []
const redisChildren = new Set<ChildProcess>()
/** children that exited while they were still needed: the run is broken, not slow */
const died: string[] = []
let stopping = false
/** the upstream child, asked for its CPU and event loop per slice (BENCH_LOOP) */
let upstreamChild: ChildProcess | undefined
/** BENCH_LOOP's lines for the report */
const loopNotes: string[] = []
const STARTUP_TIMEOUT_MS = 15_000

/** Fork a .ts entry under test/bench, wait for its port (or fail within the start-up timeout). */
function startChild(name: string, file: string, args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const execArgv = [...process.execArgv, '--no-deprecation'] // http-proxy 1.18 uses util._extend
  if (PROFILE_DIR !== undefined && name !== 'upstream') {
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${name.replace(/[^a-z0-9-]/gi, '_')}.${Date.now()}.cpuprofile`)
  }
  const child = fork(path.join(here, file), args, { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  children.push(child)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`${name} did not report a port within ${STARTUP_TIMEOUT_MS} ms`)), STARTUP_TIMEOUT_MS)
    const onMessage = (msg: ChildMessage): void => {
      if (msg.type === 'listening' && typeof msg.port === 'number') done(undefined, msg.port)
    }
    const onExit = (code: number | null, signal: string | null): void => done(new Error(`${name} exited before listening (code ${code}, signal ${signal})`))
    const done = (err: Error | undefined, port?: number): void => {
      clearTimeout(timer)
      child.off('message', onMessage)
      child.off('exit', onExit)
      if (err) return reject(err)
      child.once('exit', (code, signal) => {
        if (!stopping) died.push(`${name} exited during the run (code ${code}, signal ${signal})`)
      })
      resolve({ child, port: port! })
    }
    child.on('message', onMessage)
    child.once('exit', onExit)
    child.once('error', (err) => done(err))
  })
}

/** Ask a child for its counters (undefined if it does not answer within a second); `window` opens or closes a measured slice (BENCH_LOOP). */
function statsOf(child: ChildProcess, window?: { window: 'start' | 'end'; label: string }): Promise<Record<string, number> | undefined> {
  return new Promise((resolve) => {
    if (!child.connected) return resolve(undefined)
    const timer = setTimeout(() => finish(undefined), 1000)
    const onMessage = (msg: ChildMessage): void => {
      if (msg.type === 'stats') finish(msg.stats)
    }
    const finish = (stats: Record<string, number> | undefined): void => {
      clearTimeout(timer)
      child.off('message', onMessage)
      resolve(stats)
    }
    child.on('message', onMessage)
    child.send({ type: 'stats', ...(LOOP_STATS ? window : undefined) } satisfies ParentMessage)
  })
}

/**
 * Ask every child to exit (they close and flush a CPU profile), SIGKILL the ones still there after 3 s;
 * the private redis-servers last, so that the sensors' writers flush what they still hold into them.
 */
async function stopChildren(): Promise<void> {
  stopping = true
  await stopEach(children.filter((c) => !redisChildren.has(c)))
  await stopEach(children.filter((c) => redisChildren.has(c)))
}

async function stopEach(some: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    some.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      if (child.connected) child.send({ type: 'exit' } satisfies ParentMessage)
      else child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
      await exited
      clearTimeout(timer)
    }),
  )
}

/** nginx's binary when it is installed (PATH, then /usr/sbin), else undefined: the bench says it is missing. */
function findNginx(): string | undefined {
  try {
    const found = execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim()
    if (found !== '') return found
  } catch {
    // not on PATH
  }
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined
}

/** Wait (bounded: 10 s) until something accepts connections on the loopback port. */
async function accepting(port: number, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${what} did not accept connections on 127.0.0.1:${port} within 10 s`)
}

/**
 * nginx as a peer: one worker (as the sensor's one process), a keep-alive upstream pool, no access
 * log; its own prefix in a temporary directory removed at exit. Stopped with the other children.
 */
async function startNginx(bin: string, upstreamPort: number): Promise<{ child: ChildProcess; port: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'apisess-bench-nginx-'))
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  const port = await freePort()
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(conf, `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream app { server 127.0.0.1:${upstreamPort}; keepalive 256; }
  server {
    listen 127.0.0.1:${port};
    location / { proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
`)
  const child = spawn(bin, ['-p', dir, '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] })
  children.push(child)
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`nginx exited before listening (code ${code}); see ${dir}/error.log`))))
  await Promise.race([accepting(port, 'nginx'), exited])
  child.once('exit', (code, signal) => {
    if (!stopping) died.push(`nginx exited during the run (code ${code}, signal ${signal})`)
  })
  return { child, port }
}

/** Pin a process and all its threads (and, for nginx, its worker) to the given cores when PIN is on. */
function pin(pid: number | undefined, cpus: string): void {
  if (!PIN || pid === undefined) return
  const pids = [pid]
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const kids = readFileSync(`/proc/${pid}/task/${task}/children`, 'latin1').trim()
      if (kids !== '') pids.push(...kids.split(' ').map(Number))
    }
  } catch {
    // no /proc: the process alone
  }
  for (const p of pids) spawnSync('taskset', ['-a', '-p', '-c', cpus, String(p)], { stdio: 'ignore' })
}

/** `nginx -v` prints its version on stderr. */
function nginxVersion(bin: string): string {
  return spawnSync(bin, ['-v'], { encoding: 'utf8' }).stderr.trim() || 'nginx (version unknown)'
}

/** A private redis-server (no persistence) for the sensor's writer, stopped at exit. */
async function startBenchRedis(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'apisess-bench-redis-'))
  const port = await freePort()
  const server = await startRedisServer(port, dir)
  children.push(server)
  redisChildren.add(server)
  pin(server.pid, REDIS_CPUS)
  if (REDIS_NICE !== 0 && server.pid !== undefined) os.setPriority(server.pid, REDIS_NICE)
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  return `redis://127.0.0.1:${port}`
}

/** CPU time (µs) of a process and its descendants from /proc (nginx's master and worker): clock ticks of 10 ms. */
function procTreeCpuUs(pid: number): number | undefined {
  const ticks = (p: number): number => {
    let sum = 0
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'latin1')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      sum += Number(fields[11]) + Number(fields[12])
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${task}/children`, 'latin1').trim()
        for (const kid of kids === '' ? [] : kids.split(' ')) sum += ticks(Number(kid))
      }
    } catch {
      // exited, or no /proc
    }
    return sum
  }
  return HAS_PROC ? ticks(pid) * 10_000 : undefined
}

/** A child's CPU time (µs) and RSS (bytes): asked over IPC from node children, read from /proc otherwise. */
async function usageOf(child: ChildProcess, window?: { window: 'start' | 'end'; label: string }): Promise<{ cpuUs: number; rss: number } | undefined> {
  if (child.connected) {
    const stats = await statsOf(child, window)
    return stats ? { cpuUs: stats.cpuUs!, rss: stats.rss ?? NaN } : undefined
  }
  const cpuUs = child.pid === undefined ? undefined : procTreeCpuUs(child.pid)
  return cpuUs === undefined ? undefined : { cpuUs, rss: NaN }
}

/**
 * BENCH_LOOP: CPU time (µs) so far of what shares the other cores with the load: this process
 * (autocannon), the upstream (which also opens or closes a slice of target `label` for its event-loop
 * figures) and the private redis-server (from /proc, 10 ms ticks).
 */
async function othersCpu(label: string, window: 'start' | 'end'): Promise<{ loadGen: number; upstream: number; redis: number }> {
  const own = process.cpuUsage()
  const up = upstreamChild === undefined ? undefined : await usageOf(upstreamChild, { window, label })
  let redis = 0
  for (const r of redisChildren) if (r.pid !== undefined) redis += procTreeCpuUs(r.pid) ?? 0
  return { loadGen: own.user + own.system, upstream: up?.cpuUs ?? 0, redis }
}

/** Per core, from /proc/stat: ticks busy (all but idle and iowait) and in all (empty without /proc). */
function perCoreTicks(): { busy: number; total: number }[] {
  if (!HAS_PROC) return []
  const out: { busy: number; total: number }[] = []
  for (const line of readFileSync('/proc/stat', 'latin1').split('\n')) {
    if (!/^cpu\d/.test(line)) continue
    const v = line.split(/\s+/).slice(1).map(Number)
    const total = v.slice(0, 8).reduce((a, b) => a + b, 0)
    out.push({ busy: total - v[3]! - v[4]!, total })
  }
  return out
}

/** Last resort (exception, watchdog): nothing outlives this process. */
function killChildrenNow(): void {
  stopping = true
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
}
process.on('exit', killChildrenNow)

// ---------------------------------------------------------------------------------------------
// background CPU (Linux): the machine is shared, so each row says how much CPU others took

interface CpuSnapshot {
  busy: number
  total: number
  ours: number
}

const HAS_PROC = existsSync('/proc/stat')

/** Ticks of CPU time of this process and the children (all threads), from /proc/<pid>/stat. */
function ourTicks(): number {
  let sum = 0
  for (const pid of [process.pid, ...children.map((c) => c.pid)]) {
    if (pid === undefined) continue
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ') // fields[0] is field 3 (state)
      sum += Number(fields[11]) + Number(fields[12]) // utime, stime
    } catch {
      // exited
    }
  }
  return sum
}

function cpuSnapshot(): CpuSnapshot | undefined {
  if (!HAS_PROC) return undefined
  const line = readFileSync('/proc/stat', 'latin1').split('\n', 1)[0]!
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.split(/\s+/).slice(1).map((v): number => Number(v))
  // process time of everyone, plus steal (the hypervisor ran another guest); irq and softirq are left
  // out of `busy`: on loopback they are mostly the bench's own packets, which no process is charged for
  const busy = user! + nice! + system! + steal!
  return { busy, total: busy + idle! + iowait! + irq! + softirq!, ours: ourTicks() }
}

/** CPU ticks others (and steal) used between two snapshots, and all ticks (every core, idle included). */
function backgroundTicks(a: CpuSnapshot | undefined, b: CpuSnapshot | undefined): { other: number; total: number } {
  if (!a || !b || b.total <= a.total) return { other: 0, total: 0 }
  return { other: Math.max(0, b.busy - a.busy - (b.ours - a.ours)), total: b.total - a.total }
}

/** Above this many cores of background load during a row, its figures are flagged as disturbed. */
const NOISY_CORES = 0.15

// ---------------------------------------------------------------------------------------------
// load

interface Measured {
  target: string
  scenario: string
  rps: number
  p50: number
  p99: number
  requests: number
  non2xx: number
  errors: number
  /** cores used by other processes (and steal) during the measured slices */
  background: number
  /** CPU time of the proxy process per request (µs) and its CPU use (cores); NaN for direct */
  cpuPerRequest: number
  cpuCores: number
  /** the proxy's largest RSS after a slice (bytes) */
  rssPeak: number
  /** req/s of each interleaved slice, in round order */
  sliceRps: readonly number[]
}

/** What the slices of one (target, scenario) add up to. */
class Accumulator {
  requests = 0
  non2xx = 0
  errors = 0
  seconds = 0
  otherTicks = 0
  totalTicks = 0
  cpuUs = NaN
  /** the proxy's largest RSS seen after a slice (bytes; NaN when not known) */
  rssPeak = NaN
  latencies = new Float64Array(1 << 16)
  n = 0
  /** each slice's req/s, in round order: paired with another target's slice of the same round */
  readonly sliceRps: number[] = []
  /** BENCH_LOOP: CPU time (µs) on the other cores during the slices: this process (autocannon), the upstream, Redis */
  readonly others = { loadGen: 0, upstream: 0, redis: 0 }
  /** BENCH_LOOP: per core, its ticks busy (anything but idle and iowait) and in all, during the slices */
  readonly coreBusy: number[] = []
  readonly coreTotal: number[] = []

  addLatency(ms: number): void {
    if (this.n === this.latencies.length) {
      const grown = new Float64Array(this.latencies.length * 2)
      grown.set(this.latencies)
      this.latencies = grown
    }
    this.latencies[this.n++] = ms
  }

  result(target: string, scenario: string): Measured {
    const sorted = this.latencies.subarray(0, this.n).sort()
    return {
      target,
      scenario,
      rps: this.requests / this.seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      requests: this.requests,
      non2xx: this.non2xx,
      errors: this.errors,
      background: this.totalTicks > 0 ? (this.otherTicks / this.totalTicks) * os.cpus().length : NaN,
      cpuPerRequest: this.cpuUs / this.requests,
      cpuCores: this.cpuUs / 1e6 / this.seconds,
      rssPeak: this.rssPeak,
      sliceRps: this.sliceRps,
    }
  }
}

let current: AutocannonInstance | undefined

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]!
}

/**
 * One bounded autocannon run. With an accumulator, every response's latency (sub-millisecond, from
 * autocannon's 'response' event) and the run's counts and background CPU are added to it.
 */
async function load(url: string, scenario: Scenario, seconds: number, acc?: Accumulator, proxy?: ChildProcess, name = ''): Promise<void> {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`refusing to load ${url}: only 127.0.0.1`)
  const cpu0 = acc && proxy ? (await usageOf(proxy, { window: 'start', label: scenario.name }))?.cpuUs : undefined
  const others0 = acc && LOOP_STATS ? await othersCpu(`${name} ${scenario.name}`, 'start') : undefined
  const cores0 = others0 !== undefined ? perCoreTicks() : undefined
  const before = cpuSnapshot()
  const instance = autocannon({
    url: url + scenario.path,
    method: scenario.method,
    ...(scenario.body ? { body: scenario.body } : {}),
    headers: scenario.headers ?? {},
    connections: CONNECTIONS,
    pipelining: PIPELINING,
    duration: seconds,
    timeout: 10,
  })
  current = instance
  if (acc) instance.on('response', (_client, _status, _bytes, responseTime) => acc.addLatency(responseTime))
  const result = await instance
  current = undefined
  if (!acc) return
  const bg = backgroundTicks(before, cpuSnapshot())
  const after = cpu0 !== undefined && proxy ? await usageOf(proxy, { window: 'end', label: scenario.name }) : undefined
  if (others0 !== undefined) {
    const others1 = await othersCpu(`${name} ${scenario.name}`, 'end')
    acc.others.loadGen += others1.loadGen - others0.loadGen
    acc.others.upstream += others1.upstream - others0.upstream
    acc.others.redis += others1.redis - others0.redis
    const cores1 = perCoreTicks()
    cores0?.forEach((c, i) => {
      acc.coreBusy[i] = (acc.coreBusy[i] ?? 0) + cores1[i]!.busy - c.busy
      acc.coreTotal[i] = (acc.coreTotal[i] ?? 0) + cores1[i]!.total - c.total
    })
  }
  if (cpu0 !== undefined && after !== undefined) acc.cpuUs = (Number.isNaN(acc.cpuUs) ? 0 : acc.cpuUs) + (after.cpuUs - cpu0)
  if (after !== undefined && !(after.rss <= acc.rssPeak)) acc.rssPeak = after.rss
  acc.requests += result['2xx'] + result.non2xx
  acc.sliceRps.push((result['2xx'] + result.non2xx) / result.duration)
  acc.non2xx += result.non2xx
  acc.errors += result.errors
  acc.seconds += result.duration
  acc.otherTicks += bg.other
  acc.totalTicks += bg.total
}

/**
 * One scenario on every target: each warmed up, then ROUNDS slices of DURATION/ROUNDS seconds per
 * target, interleaved and in a rotating order, so a burst of background load (a shared machine) or
 * a drift hits every target alike instead of falsifying one row.
 */
async function measureScenario(targets: readonly { name: string; url: string; child?: ChildProcess }[], scenario: Scenario): Promise<Measured[]> {
  process.stderr.write(`  ${scenario.label}: warm-up`)
  if (WARMUP > 0) for (const t of targets) await load(t.url, scenario, WARMUP)
  const accs = targets.map(() => new Accumulator())
  for (let round = 0; round < ROUNDS; round++) {
    process.stderr.write(` ${round + 1}`)
    for (let k = 0; k < targets.length; k++) {
      const i = (k + round) % targets.length
      await load(targets[i]!.url, scenario, DURATION / ROUNDS, accs[i], targets[i]!.child, targets[i]!.name)
    }
  }
  process.stderr.write('\n')
  if (LOOP_STATS) {
    for (let i = 0; i < targets.length; i++) {
      const { others, seconds, coreBusy, coreTotal } = accs[i]!
      const cores = (us: number): string => fmt(us / 1e6 / seconds, 2)
      const busy = coreBusy.map((b, c) => `core ${c} ${fmt((100 * b) / coreTotal[c]!, 0)} %`).join(', ')
      loopNotes.push(`${targets[i]!.name} ${scenario.name}: the other core${OTHER_CPUS === '0' ? '' : 's'} (${OTHER_CPUS}) during its slices: autocannon ${cores(others.loadGen)} cores, upstream ${cores(others.upstream)}, redis-server ${cores(others.redis)}; busy (user, system, irq, softirq): ${busy}`)
    }
  }
  return targets.map((t, i) => accs[i]!.result(t.name, scenario.name))
}

/** A single request before the load, so a broken target fails loudly instead of measuring 502s fast. */
async function probe(target: string, url: string, scenario: Scenario): Promise<void> {
  const res = await fetch(url + scenario.path, {
    method: scenario.method,
    ...(scenario.body ? { body: scenario.body } : {}),
    headers: scenario.headers ?? {},
    signal: AbortSignal.timeout(5000),
  })
  const text = await res.text()
  if (res.status !== 200) throw new Error(`${target} ${scenario.label}: status ${res.status}: ${text.slice(0, 200)}`)
  if (scenario.method === 'POST' && !text.includes(`"received":${scenario.body?.length ?? 0}`)) {
    throw new Error(`${target} ${scenario.label}: upstream did not receive the whole body: ${text}`)
  }
}

// ---------------------------------------------------------------------------------------------
// report

function fmt(n: number, digits: number): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '-'
}

function table(rows: Measured[]): string {
  const head = ['target', 'scenario', 'req/s', 'p50 ms', 'p99 ms', 'proxy cpu', 'µs/req', 'RSS MiB', 'requests', 'non-2xx', 'errors', 'bg cpu']
  const body = rows.map((r) => [
    r.target,
    SCENARIOS[r.scenario]!.label,
    fmt(r.rps, 0),
    fmt(r.p50, 2),
    fmt(r.p99, 2),
    fmt(r.cpuCores, 2),
    fmt(r.cpuPerRequest, 0),
    fmt(r.rssPeak / 1048576, 0),
    String(r.requests),
    String(r.non2xx),
    String(r.errors),
    fmt(r.background, 2),
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)))
  const line = (cells: string[]): string => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')
}

/** The target name a sensor variant runs under: the first variant is plain "sensor". */
const variantTarget = (variant: string) => (SENSOR_VARIANTS[0] === variant ? 'sensor' : `sensor:${variant}`)

/** The ratio of a's slice to b's slice in each round, sorted. */
function pairedRatios(a: Measured, b: Measured): number[] {
  const n = Math.min(a.sliceRps.length, b.sliceRps.length)
  const out: number[] = []
  for (let k = 0; k < n; k++) if (b.sliceRps[k]! > 0) out.push(a.sliceRps[k]! / b.sliceRps[k]!)
  return out.sort((x, y) => x - y)
}

/**
 * a's throughput over b's, judged on the median of the per-round ratios: the two slices of a round
 * ran back to back, so a burst of background load that hits one slice moves one ratio of several
 * instead of the whole sum. The text says the spread and the ratio of the totals.
 */
function pairedMedian(a: Measured, b: Measured): { median: number; text: string } {
  const paired = pairedRatios(a, b)
  const median = paired.length > 0 ? paired[Math.floor((paired.length - 1) / 2)]! / 2 + paired[Math.floor(paired.length / 2)]! / 2 : a.rps / b.rps
  const spread = paired.length > 1 ? `; rounds ${fmt(paired[0]!, 2)}–${fmt(paired.at(-1)!, 2)}` : ''
  return { median, text: `${fmt(median, 2)} (median of ${paired.length} paired rounds${spread}; totals ${fmt(a.rps / b.rps, 2)})` }
}

function report(rows: Measured[]): string[] {
  const lines: string[] = []
  const misses: string[] = []
  let compared = 0
  const find = (target: string, scenario: string): Measured | undefined => rows.find((r) => r.target === target && r.scenario === scenario)
  const disturbed = (...rs: Measured[]) => (rs.some((r) => r.background > NOISY_CORES) ? ' (disturbed by background load)' : '')
  for (const sensorName of rows.map((r) => r.target).filter((t, i, all) => t.startsWith('sensor') && all.indexOf(t) === i)) {
    const headline = sensorName === 'sensor'
    for (const scenarioName of SCENARIO_NAMES) {
      const s = find(sensorName, scenarioName)
      if (!s) continue
      const method = SCENARIOS[scenarioName]!.method
      const direct = find('direct', scenarioName)
      const baseline = find('http-proxy', scenarioName)
      const nginx = find('nginx', scenarioName)
      if (direct) lines.push(`ratio ${sensorName}/direct (${method}): ${fmt(s.rps / direct.rps, 2)}`)
      if (baseline) {
        compared++
        const ratio = s.rps / baseline.rps
        const p99ok = s.p99 <= baseline.p99
        lines.push(`ratio ${sensorName}/http-proxy (${method}): ${fmt(ratio, 2)}`)
        lines.push(`cpu per request ${sensorName}/http-proxy (${method}): ${fmt(s.cpuPerRequest / baseline.cpuPerRequest, 2)} (${fmt(s.cpuPerRequest, 0)} µs vs ${fmt(baseline.cpuPerRequest, 0)} µs)`)
        lines.push(
          `p99 ${sensorName} vs http-proxy (${method}): ${fmt(s.p99, 2)} ms vs ${fmt(baseline.p99, 2)} ms` +
            ` (${p99ok ? 'no worse' : 'WORSE'}; ratio ${fmt(s.p99 / baseline.p99, 2)})`,
        )
        if (headline && ratio < TARGET_RATIO) misses.push(`sensor/http-proxy ${method} throughput ${fmt(ratio, 2)} < ${TARGET_RATIO}${disturbed(s, baseline)}`)
        if (headline && !p99ok) misses.push(`sensor ${method} p99 ${fmt(s.p99, 2)} ms > http-proxy ${fmt(baseline.p99, 2)} ms${disturbed(s, baseline)}`)
      }
      if (nginx) {
        compared++
        const ratio = s.rps / nginx.rps
        lines.push(`ratio ${sensorName}/nginx (${method}): ${fmt(ratio, 2)}; cpu per request ${fmt(s.cpuPerRequest / nginx.cpuPerRequest, 2)} (${fmt(s.cpuPerRequest, 0)} µs vs ${fmt(nginx.cpuPerRequest, 0)} µs)`)
        if (headline && ratio < NGINX_RATIO) misses.push(`sensor/nginx ${method} throughput ${fmt(ratio, 2)} < ${NGINX_RATIO}${disturbed(s, nginx)}`)
      }
    }
  }
  // a variant's cost against the plain sensor (issue 3: the 10-parameter, 5-rule config within 5%;
  // issue 15: the writer, sensor / sensor:counting, and Redis down, sensor:redis-down / sensor)
  for (const variant of rows.map((r) => r.target).filter((t, i, all) => t.startsWith('sensor:') && all.indexOf(t) === i)) {
    for (const scenarioName of SCENARIO_NAMES) {
      const v = find(variant, scenarioName)
      const plain = find('sensor', scenarioName)
      if (!v || !plain) continue
      const method = SCENARIOS[scenarioName]!.method
      compared++
      if (variant === 'sensor:counting') {
        const { median, text } = pairedMedian(plain, v)
        lines.push(`ratio sensor/sensor:counting (${method}), the Redis writer's price: ${text}; cpu per request ${fmt(plain.cpuPerRequest / v.cpuPerRequest, 2)} (${fmt(plain.cpuPerRequest, 0)} µs vs ${fmt(v.cpuPerRequest, 0)} µs)`)
        if (median < WRITER_RATIO) misses.push(`sensor/sensor:counting ${method} ${fmt(median, 2)} < ${WRITER_RATIO}: the writer costs more than 10%${disturbed(plain, v)}`)
      } else if (variant === 'sensor:redis-down') {
        const { median, text } = pairedMedian(v, plain)
        lines.push(
          `ratio sensor:redis-down/sensor (${method}): ${text}; cpu per request ${fmt(v.cpuPerRequest / plain.cpuPerRequest, 2)}; ` +
            `p99 ${fmt(v.p99, 2)} ms vs ${fmt(plain.p99, 2)} ms; RSS peak ${fmt(v.rssPeak / 1048576, 0)} MiB vs ${fmt(plain.rssPeak / 1048576, 0)} MiB`,
        )
        if (median < DOWN_RATIO) misses.push(`sensor:redis-down/sensor ${method} ${fmt(median, 2)} < ${DOWN_RATIO}: Redis down costs extra${disturbed(plain, v)}`)
      } else lines.push(`ratio ${variant}/sensor (${method}): ${fmt(v.rps / plain.rps, 2)}`)
    }
  }
  // issue 6: everything on within 10% of proxying alone
  for (const variant of SENSOR_VARIANTS.filter((v) => v !== 'proxy')) {
    for (const scenarioName of SCENARIO_NAMES) {
      const v = find(variantTarget(variant), scenarioName)
      const proxy = find(variantTarget('proxy'), scenarioName)
      if (!v || !proxy) continue
      const method = SCENARIOS[scenarioName]!.method
      compared++
      const { median, text } = pairedMedian(v, proxy)
      const name = `${variantTarget(variant)}/${variantTarget('proxy')}`
      lines.push(`ratio ${name} (${method}): ${text}`)
      if (variant === 'full' && median < INSIGHT_RATIO) misses.push(`${name} ${method} throughput ${fmt(median, 2)} < ${INSIGHT_RATIO}`)
    }
  }
  // the insight stage's own price, both writing to Redis: everything on against recording alone (the same 10 parameters and 5 rules)
  for (const scenarioName of SCENARIO_NAMES) {
    const full = find(variantTarget('full'), scenarioName)
    const recorded = find(variantTarget('recorded'), scenarioName)
    if (!full || !recorded) continue
    compared++
    lines.push(`ratio ${variantTarget('full')}/${variantTarget('recorded')} (${SCENARIOS[scenarioName]!.method}), insight's price with Redis on: ${pairedMedian(full, recorded).text}`)
  }
  const noisy = rows.filter((r) => r.background > NOISY_CORES)
  if (noisy.length > 0) {
    lines.push(
      `WARNING: other processes used > ${NOISY_CORES} cores during ${noisy.map((r) => `${r.target} ${r.scenario.toUpperCase()}`).join(', ')} ("bg cpu"): ` +
        'those figures are disturbed; rerun on a quiet machine',
    )
  }
  const broken = rows.filter((r) => r.non2xx > 0 || r.errors > 0)
  for (const r of broken) lines.push(`WARNING: ${r.target} ${SCENARIOS[r.scenario]!.label}: ${r.non2xx} non-2xx answers, ${r.errors} errors`)
  if (rows.some((r) => r.target === 'sensor')) {
    lines.push('')
    if (misses.length > 0) for (const m of misses) lines.push(`TARGET MISSED: ${m}`)
    else if (compared === 0) lines.push('NO TARGET COMPARED: this run measured no peer or variant to compare the sensor with')
    else lines.push('TARGET MET: every target measured in this run (the sensor with Redis on against http-proxy and nginx, the writer, Redis down)')
  }
  return lines
}

// ---------------------------------------------------------------------------------------------
// main

async function main(): Promise<void> {
  const scenarios = SCENARIO_NAMES.map((name) => {
    const s = SCENARIOS[name]
    if (!s) throw new Error(`BENCH_SCENARIOS: unknown scenario "${name}" (${Object.keys(SCENARIOS).join(', ')})`)
    return s
  })
  const sensorTargets = SENSOR_VARIANTS.map((v) => ({ name: variantTarget(v), variant: v }))
  for (const t of TARGET_NAMES) {
    if (t !== 'direct' && t !== 'http-proxy' && t !== 'nginx' && t !== 'sensor') throw new Error(`BENCH_TARGETS: unknown target "${t}" (direct, http-proxy, nginx, sensor)`)
  }
  const nginxBin = TARGET_NAMES.includes('nginx') ? findNginx() : undefined
  const runs = TARGET_NAMES.reduce((n, t) => n + (t === 'sensor' ? sensorTargets.length : 1), 0) * scenarios.length
  const budgetS = runs * (WARMUP + DURATION + ROUNDS) + 60 // a slice costs up to ~1 s of start-up and stats around it
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${budgetS} s; giving up`)
    current?.stop()
    killChildrenNow()
    process.exit(1)
  }, budgetS * 1000)
  watchdog.unref()

  const cpus = os.cpus()
  console.log(`api-sessions bench  node ${process.version}  ${cpus.length} x ${cpus[0]?.model.trim() ?? 'cpu'}  ${os.platform()} ${os.arch()}`)
  console.log(
    `${CONNECTIONS} connections, pipelining ${PIPELINING}, warm-up ${WARMUP} s + ${DURATION} s measured per row` +
      ` (${ROUNDS} interleaved slices of ${fmt(DURATION / ROUNDS, 2)} s); keep-alive; loopback\n`,
  )

  if (PIN) console.log(`pinned: each proxy to core ${PROXY_CPU}; the load generator, the upstream and Redis to ${OTHER_CPUS} (BENCH_PIN=0 to turn off)\n`)
  pin(process.pid, OTHER_CPUS)
  const upstream = await startChild('upstream', 'upstream.ts', [])
  pin(upstream.child.pid, OTHER_CPUS)
  upstreamChild = upstream.child
  const upstreamUrl = `http://127.0.0.1:${upstream.port}`
  // the sensor writes to Redis as a user runs it: a private redis-server (no persistence), and for
  // the redis-down variant a loopback port nothing listens on
  const redisUrl = TARGET_NAMES.includes('sensor') && sensorTargets.some((s) => !COUNTING_VARIANTS.has(s.variant)) ? await startBenchRedis() : undefined
  const downUrl = `redis://127.0.0.1:${await freePort()}`
  const targets: { name: string; url: string; child?: ChildProcess }[] = []
  for (const t of TARGET_NAMES) {
    if (t === 'direct') targets.push({ name: 'direct', url: upstreamUrl })
    else if (t === 'http-proxy') {
      const p = await startChild('http-proxy', 'http-proxy.ts', ['--upstream', upstreamUrl])
      pin(p.child.pid, PROXY_CPU)
      targets.push({ name: 'http-proxy', url: `http://127.0.0.1:${p.port}`, child: p.child })
    } else if (t === 'nginx') {
      if (nginxBin === undefined) {
        console.log('nginx: not installed, so not measured (apt-get install nginx to add it as a peer)\n')
        continue
      }
      console.log(`${nginxVersion(nginxBin)}, one worker\n`)
      const p = await startNginx(nginxBin, upstream.port)
      pin(p.child.pid, PROXY_CPU)
      targets.push({ name: 'nginx', url: `http://127.0.0.1:${p.port}`, child: p.child })
    } else {
      for (const s of sensorTargets) {
        const redis = s.variant === 'redis-down' ? ['--redis', downUrl] : redisUrl !== undefined && !COUNTING_VARIANTS.has(s.variant) ? ['--redis', redisUrl] : []
        const p = await startChild(s.name, 'sensor.ts', ['--upstream', upstreamUrl, '--variant', s.variant, ...redis])
        pin(p.child.pid, PROXY_CPU)
        targets.push({ name: s.name, url: `http://127.0.0.1:${p.port}`, child: p.child })
      }
    }
  }
  for (const t of targets) for (const s of scenarios) await probe(t.name, t.url, s)

  const rows: Measured[] = []
  process.stderr.write('measuring\n')
  for (const s of scenarios) rows.push(...(await measureScenario(targets, s)))

  if (died.length > 0) throw new Error(died.join('; '))

  // the sensor must have recorded every exchange it proxied (warm-up and probes included)
  const notes: string[] = []
  for (const t of targets) {
    if (!t.name.startsWith('sensor') || !t.child) continue
    const stats = await statsOf(t.child)
    if (!stats) continue
    const { records, written, dropped, buffered, peakBuffered, cpuUs: _cpu, rss: _rss, mainCpuUs: _main, ...rest } = stats
    const outcomes = Object.fromEntries(Object.entries(rest).filter(([k]) => !k.startsWith('loop:')))
    loopNotes.push(...loopLines(t.name, stats))
    if (records !== undefined) {
      const detail = Object.entries(outcomes).map(([k, v]) => `${k} ${v}`).join(', ')
      notes.push(`${t.name}: ${records} records pushed to the counting sink (${detail}); client_aborted = requests in flight when a run stopped`)
    } else notes.push(`${t.name}: ${written} records written to Redis, ${dropped} dropped (buffer full), ${buffered} still buffered; at most ${peakBuffered} buffered at once (sampled every 100 ms: the writer keeps up when this stays near a batch)`)
  }
  const up = await statsOf(upstream.child)
  if (up) notes.push(`upstream: ${up.gets} GETs, ${up.posts} POSTs (${up.postBytes} body bytes) served in all`)
  if (up) loopNotes.push(...loopLines('upstream', up))
  for (const t of targets) {
    if (t.name.startsWith('sensor') || !t.child) continue
    const stats = await statsOf(t.child)
    if (stats) loopNotes.push(...loopLines(t.name, stats))
  }

  console.log('\n' + table(rows) + '\n')
  for (const line of report(rows)) console.log(line)
  if (notes.length) console.log('\n' + notes.join('\n'))
  if (loopNotes.length) console.log('\nBENCH_LOOP (each over its measured slices):\n' + loopNotes.join('\n'))
  if (JSON_OUT) {
    const settings = { connections: CONNECTIONS, pipelining: PIPELINING, warmup: WARMUP, duration: DURATION, rounds: ROUNDS }
    writeFileSync(JSON_OUT, JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus.length, ...settings, rows }, null, 2) + '\n')
  }
}

process.once('SIGINT', () => {
  console.error('\ninterrupted')
  current?.stop()
  void stopChildren().finally(() => process.exit(130))
})

/** The in-process micro-benchmark of session identification (bounded by its own iteration and time caps). */
async function identifyBench(): Promise<void> {
  const { runIdentifyBench } = await import('./identify.ts')
  console.log('\nidentification micro-benchmark (in-process, view + rules + session id):')
  for (const r of runIdentifyBench()) console.log(`  ${r.name.padEnd(46)} ${String(r.nsPerRequest).padStart(8)} ns/request  (${r.iterations} iterations)`)
}

/** The in-process micro-benchmark of the writer's insight stage (bounded like the one above). */
async function insightBench(): Promise<void> {
  const { runInsightBench } = await import('./insight.ts')
  console.log('\ninsight micro-benchmark (in-process, per record; the first two: a mix with 1 hostile request in 10):')
  for (const r of runInsightBench()) {
    const verdict = r.target === undefined ? '' : r.usPerRecord <= r.target ? `  TARGET MET (≤ ${r.target} µs)` : `  TARGET MISSED (> ${r.target} µs)`
    console.log(`  ${r.name.padEnd(48)} ${String(r.usPerRecord).padStart(8)} µs/record  (${r.records} records)${verdict}`)
  }
  const { runDetectionBench } = await import('./detection.ts')
  console.log('attack detector alone (test/bench/detection.ts; corpus figures: node test/bench/detection.ts):')
  for (const r of runDetectionBench()) console.log(`  ${r.name.padEnd(48)} ${r.usPerRequest.toFixed(2).padStart(8)} µs/request  (${r.iterations} iterations)`)
}

/** The console over a seeded private Redis: answer times of the list, searches and a session's requests. */
async function consoleBench(): Promise<void> {
  const { runConsoleBench, printConsoleBench } = await import('./seed-console.ts')
  console.log('')
  printConsoleBench(await runConsoleBench(CONSOLE_SESSIONS, CONSOLE_REQUESTS, (line) => console.log(line)))
}

try {
  await main()
  await stopChildren()
  if (IDENTIFY) await identifyBench()
  if (INSIGHT) await insightBench()
  if (CONSOLE) await consoleBench()
} catch (err) {
  console.error('bench failed:', err instanceof Error ? err.message : err)
  await stopChildren().catch(() => killChildrenNow())
  process.exit(1)
}
