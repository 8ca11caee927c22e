/**
 * The console at scale (issue 5): seed a private redis-server with SESSIONS sessions and REQUESTS
 * requests through the real writer and batch script, start the real console on it, and time the
 * answers an analyst waits for: the newest sessions, a wildcard endpoint search, a filtered list, a
 * session's summary and its requests. Bounded: the counts are capped, every loop counts.
 *
 * History is seeded as it is written: records in time order, and the bench's copy of the batch
 * script gives each stream entry the id of its record's time (`XADD <ts>-*`) where the sensor's
 * writes `XADD *` as records arrive, so stream ids match the records' times as they do in production
 * (a seed that writes six days at once with `*` would put them all at the seed's time, and a time
 * range or a request id would read nothing). Besides the SESSIONS sessions, one API-key client makes
 * HEAVY requests over 23 hours (a heavy session spanning "three days ago").
 *
 *   node test/bench/seed-console.ts [sessions=100000] [requests=1000000]
 *
 * `npm run bench` runs it as its console stage (BENCH_CONSOLE=0 skips it, BENCH_CONSOLE_SESSIONS and
 * BENCH_CONSOLE_REQUESTS size it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { Redis } from 'ioredis'
import { startRedisServer } from '../helpers/redis.ts'
import { freePort } from '../helpers/upstream.ts'
import { testConfig } from '../helpers/sensor.ts'
import { RedisSink } from '../../src/sink/redis-sink.ts'
import { createMetrics } from '../../src/metrics.ts'
import { newRecord } from '../../src/capture/record.ts'
import { createHasher } from '../../src/capture/mask.ts'
import { createLayout } from '../../src/redis/layout.ts'
import { createLogger } from '../../src/log.ts'
import { createConsoleServer } from '../../src/console/server.ts'
import { prng } from '../helpers/prng.ts'
import { TimedIdsRedis } from '../helpers/timed-ids.ts'
import { longestTaskByStep } from './page-harness.ts'

export interface ConsoleBenchRow {
  name: string
  path: string
  /** milliseconds per answer over the repetitions: median and slowest */
  p50: number
  max: number
  items: number
}

export interface ConsoleBenchResult {
  sessions: number
  requests: number
  seedSeconds: number
  redisMiB: number
  rows: ConsoleBenchRow[]
  /** the heavy session's CSV, streamed: first byte and whole body (ms, p50 of REPEAT), and its size */
  csv?: { firstByte: number; total: number; maxTotal: number; bytes: number; requests: number }
  /** the time range on a console process of its own: its first answer (cold), then p50 and max */
  separate?: { first: number; p50: number; max: number }
  /** the page in Chromium, milliseconds from the action to what it shows (absent without /usr/bin/chromium) */
  page?: { list: number; search: number; expand: number; longestTaskMs: number; longestByStep: Record<string, number>; longestTaskCpuMs: number; runs: number[]; runSteps: Record<string, number>[] }
}

const RESOURCES = ['users', 'orders', 'products', 'carts', 'invoices', 'payments', 'reviews', 'shipments', 'coupons', 'addresses']
const VERBS = ['', '/items', '/history', '/status', '/notes']
const TOKEN = 'bench-console-token-0001'
const REPEAT = 15
const DAY = 86_400_000
const HOUR = 3_600_000
/** the API-key client's requests, over 23 hours */
const HEAVY = 100_000

/** The sessions' requests, as each one's next request time; popped in time order from a heap. */
interface Seeded {
  s: number
  next: number
  i: number
  n: number
  gap: number
  sid: string
  ip: string
  user: string | null
  attacker: boolean
  ua: string
}

class Heap {
  readonly items: Seeded[] = []
  push(x: Seeded): void {
    const a = this.items
    a.push(x)
    for (let i = a.length - 1; i > 0; ) {
      const up = (i - 1) >> 1
      if (a[up]!.next <= a[i]!.next) break
      ;[a[up], a[i]] = [a[i]!, a[up]!]
      i = up
    }
  }
  pop(): Seeded | undefined {
    const a = this.items
    const top = a[0]
    const last = a.pop()
    if (a.length > 0 && last !== undefined) {
      a[0] = last
      for (let i = 0; ; ) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < a.length && a[l]!.next < a[m]!.next) m = l
        if (r < a.length && a[r]!.next < a[m]!.next) m = r
        if (m === i) break
        ;[a[m], a[i]] = [a[i]!, a[m]!]
        i = m
      }
    }
    return top
  }
}

/** Seeds the store as the sensor writes it (the first session, the oldest, is the big one; also used by test/bench/page-steps.ts). */
export async function seed(url: string, sessions: number, requests: number, heavy: number): Promise<{ bigKey: string; heavyKey: string; rid: string }> {
  const config = testConfig({ applications: [{ name: 'shop', hosts: ['shop.example.com'], upstream: 'http://127.0.0.1:9' }], redis: { url }, buffer: { maxRecords: 100_000, batch: 1_000, flushEvery: '5ms' } })
  const sink = new RedisSink(new TimedIdsRedis(url, { lazyConnect: true, enableOfflineQueue: false }), config, createLayout('apisess:', 1, false), createLogger('silent'), createMetrics(false).sink)
  sink.start()
  await once(sink.client, 'ready')
  const hasher = createHasher('bench-console-key-000000')
  const rnd = prng(42)
  const now = Date.now()
  const perSession = Math.max(1, Math.floor((requests - Math.min(5_000, requests)) / Math.max(1, sessions - 1)))
  // sessions spread over the last six days, written in time order; the first one is the analyst's
  // long session, and the API-key client's runs from 3.5 days ago for 23 hours
  const heap = new Heap()
  const startOf = (s: number): number => now - 6 * DAY + Math.floor((s / sessions) * 6 * DAY)
  const session = (s: number): Seeded => ({
    s,
    next: startOf(s),
    i: 0,
    n: s === 0 ? Math.min(5_000, requests) : perSession,
    gap: 1_500,
    sid: hasher.sessionId(['cookie', `bench-${s}`]),
    ip: `10.${(s >> 16) & 255}.${(s >> 8) & 255}.${s & 255}`,
    user: s % 3 === 0 ? `user${s % 30_000}@example.com` : null,
    attacker: s % 97 === 0,
    ua: 'bench/1',
  })
  const heavyKey = hasher.sessionId(['header', 'x-api-key', 'bench-heavy-client'])
  if (heavy > 0) heap.push({ s: -1, next: now - 3.5 * DAY, i: 0, n: heavy, gap: Math.floor((23 * HOUR) / heavy), sid: heavyKey, ip: '192.0.2.10', user: null, attacker: false, ua: 'partner-sync/2.1' })
  let started = 0
  let pushed = 0
  let rid = ''
  const total = requests + heavy
  for (;;) {
    // start the sessions due before the next request of those under way
    while (started < sessions && (heap.items.length === 0 || startOf(started) <= heap.items[0]!.next)) heap.push(session(started++))
    const x = heap.pop()
    if (x === undefined || pushed >= total) break
    const res = RESOURCES[Math.floor(rnd() * RESOURCES.length)]!
    const verb = VERBS[Math.floor(rnd() * VERBS.length)]!
    const id = Math.floor(rnd() * 100_000)
    const ts = x.next
    const r = newRecord(`${ts.toString(36)}.bench.${pushed.toString(36)}`, ts, 'shop', x.i % 4 === 0 ? 'POST' : 'GET', `/api/v1/${res}/${id}${verb}`, { host: 'shop.example.com', 'user-agent': x.ua }, x.ip)
    r.sid = x.sid
    r.windowKey = x.sid
    r.endpoint = `/api/v1/${res}/{id}${verb}`
    r.status = rnd() < 0.9 ? 200 : rnd() < 0.5 ? 404 : 500
    r.durationMs = Math.round(rnd() * 5000) / 100
    r.resBytes = Math.floor(rnd() * 20_000)
    r.user = x.user
    r.attacks = x.attacker && x.i === 0 ? ['sqli'] : []
    r.flows = res === 'payments' ? ['billing'] : []
    // the request an analyst pastes from an incident: one of a session near "three days ago"
    if (rid === '' && x.s > 0 && ts >= now - 3 * DAY) rid = r.id
    sink.push(r)
    pushed++
    if (pushed % 50_000 === 0) await sink.waitWritten(pushed - 20_000)
    x.i++
    x.next += x.gap
    if (x.i < x.n && pushed < total) heap.push(x)
  }
  await sink.waitWritten(pushed)
  await sink.close()
  return { bigKey: hasher.sessionId(['cookie', 'bench-0']), heavyKey, rid }
}

/** A streamed download: milliseconds to its first byte and to its end, and its size. */
async function timedStream(base: string, path: string): Promise<{ firstByte: number; ms: number; bytes: number }> {
  const t0 = performance.now()
  const res = await fetch(base + path, { headers: { authorization: `Bearer ${TOKEN}` } })
  if (res.status !== 200 || res.body === null) throw new Error(`${path}: ${res.status}`)
  let firstByte = 0
  let bytes = 0
  for await (const chunk of res.body) {
    if (bytes === 0) firstByte = performance.now() - t0
    bytes += (chunk as Uint8Array).byteLength
  }
  return { firstByte, ms: performance.now() - t0, bytes }
}

/** p50 and max of REPEAT answers after a warm-up, rounded to 0.1 ms */
async function repeated(run: () => Promise<number>): Promise<{ p50: number; max: number }> {
  await run()
  const ms: number[] = []
  for (let i = 0; i < REPEAT; i++) ms.push(await run())
  ms.sort((a, b) => a - b)
  return { p50: Math.round(ms[REPEAT >> 1]! * 10) / 10, max: Math.round(ms.at(-1)! * 10) / 10 }
}

/** The console in a process of its own (test/bench/console-child.ts): its base URL and a stop. */
async function separateConsole(url: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const child = fork(fileURLToPath(new URL('./console-child.ts', import.meta.url)), ['--redis', url, '--token', TOKEN], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const [msg] = (await once(child, 'message')) as [{ type: string; port?: number }]
  if (msg.type !== 'listening' || msg.port === undefined) throw new Error('console child did not listen')
  return {
    base: `http://127.0.0.1:${msg.port}`,
    stop: async () => {
      child.send({ type: 'exit' })
      await once(child, 'exit')
    },
  }
}

async function timed(base: string, path: string): Promise<{ ms: number; items: number }> {
  const t0 = performance.now()
  const res = await fetch(base + path, { headers: { authorization: `Bearer ${TOKEN}` } })
  const body = (await res.json()) as { sessions?: unknown[]; requests?: unknown[]; attacks?: unknown[]; endpoints?: unknown[]; values?: Record<string, unknown[]> }
  const ms = performance.now() - t0
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`)
  const values = body.values === undefined ? undefined : Object.values(body.values).reduce((n, v) => n + v.length, 0)
  return { ms, items: body.sessions?.length ?? body.requests?.length ?? body.attacks?.length ?? body.endpoints?.length ?? values ?? 1 }
}

export async function runConsoleBench(sessions = 100_000, requests = 1_000_000, log: (line: string) => void = () => {}): Promise<ConsoleBenchResult> {
  sessions = Math.min(Math.max(1, sessions), 1_000_000)
  requests = Math.min(Math.max(sessions, requests), 5_000_000)
  const dir = mkdtempSync(join(tmpdir(), 'apisess-console-bench-'))
  const port = await freePort()
  const server = await startRedisServer(port, dir)
  const url = `redis://127.0.0.1:${port}`
  const reader = new Redis(url)
  const consoleServer = createConsoleServer({
    config: testConfig({ applications: [{ name: 'shop', hosts: ['shop.example.com'], upstream: 'http://127.0.0.1:9' }], redis: { url }, console: { tokens: [{ token: TOKEN, role: 'analyst', name: 'bench' }] } }),
    redis: reader,
    layout: createLayout('apisess:', 1, false),
    log: createLogger('silent'),
    metrics: async () => ({ contentType: 'text/plain', text: '' }),
    internalError: (where, err) => log(`internal error in ${where}: ${String(err)}`),
  })
  try {
    const t0 = performance.now()
    log(`seeding ${sessions} sessions / ${requests} requests into a private redis-server ...`)
    const heavy = Math.min(HEAVY, Math.floor(requests / 10))
    const { bigKey, heavyKey, rid } = await seed(url, sessions, requests, heavy)
    // the script names a session by its window key and start time; the window key's state has it
    const bigSid = (await reader.hget(`apisess:key:${bigKey}`, 'sid'))!
    const heavySid = (await reader.hget(`apisess:key:${heavyKey}`, 'sid'))!
    const seedSeconds = (performance.now() - t0) / 1000
    const memory = Number(/^used_memory:(\d+)/m.exec(await reader.info('memory'))?.[1] ?? 0)
    consoleServer.listen(0, '127.0.0.1')
    await once(consoleServer, 'listening')
    const base = `http://127.0.0.1:${(consoleServer.address() as AddressInfo).port}`
    const at = Math.min(5_000, sessions >> 1)
    const someSid = (await reader.zrevrange('apisess:sessions', at, at))[0]!
    const day = Date.now() - 3 * DAY
    const yesterday = Date.now() - DAY
    const cases: [string, string][] = [
      ['list: newest 50 sessions', '/api/sessions'],
      ['wildcard search q=/api/v1/*/{id}/hist*', `/api/sessions?q=${encodeURIComponent('/api/v1/*/{id}/hist*')}`],
      ['wildcard + status=500 + method=POST', `/api/sessions?q=${encodeURIComponent('/api/v1/pay*')}&status=500&method=POST`],
      ['attack=sqli (1 session in 97)', '/api/sessions?attack=sqli'],
      ['time range: one hour three days ago', `/api/sessions?from=${day}&to=${day + 3_600_000}`],
      ['session summary and statistics', `/api/sessions/${someSid}`],
      ['session requests (10)', `/api/sessions/${someSid}/requests`],
      ['session requests (5,000) sorted by time,ms', `/api/sessions/${bigSid}/requests?sort=durationMs&order=desc`],
      ['ip=10.0.0.0/24 (a CIDR range, oldest sessions)', `/api/sessions?ip=${encodeURIComponent('10.0.0.0/24')}`],
      ['attacks view: newest 50 attacks', '/api/attacks'],
      ['attacks view: q=/api/v1/orders/*', `/api/attacks?q=${encodeURIComponent('/api/v1/orders/*')}`],
      ['pickers: GET /api/values', '/api/values'],
      ['API inventory: GET /api/endpoints', '/api/endpoints'],
      ['rid= lookup (a request three days ago)', `/api/sessions?rid=${encodeURIComponent(rid)}`],
      ['q=* over 7 days ending yesterday', `/api/sessions?q=*&from=${yesterday - 7 * DAY}&to=${yesterday}`],
      [`heavy session (${heavy.toLocaleString('en')}) by size, desc`, `/api/sessions/${heavySid}/requests?sort=resBytes&order=desc`],
    ]
    const rows: ConsoleBenchRow[] = []
    for (const [name, path] of cases) {
      await timed(base, path) // warm
      const ms: number[] = []
      let items = 0
      for (let i = 0; i < REPEAT; i++) {
        const r = await timed(base, path)
        ms.push(r.ms)
        items = r.items
      }
      ms.sort((a, b) => a - b)
      rows.push({ name, path, p50: Math.round(ms[REPEAT >> 1]! * 10) / 10, max: Math.round(ms.at(-1)! * 10) / 10, items })
    }
    // the heavy session's CSV, streamed
    const csvPath = `/api/sessions/${heavySid}/requests.csv`
    let csv: ConsoleBenchResult['csv']
    if (heavy > 0) {
      let bytes = 0
      const firsts: number[] = []
      const total = await repeated(async () => {
        const r = await timedStream(base, csvPath)
        bytes = r.bytes
        firsts.push(r.firstByte)
        return r.ms
      })
      firsts.sort((a, b) => a - b)
      csv = { firstByte: Math.round(firsts[firsts.length >> 1]! * 10) / 10, total: total.p50, maxTotal: total.max, bytes, requests: heavy }
    }
    // the time range again, on a console process of its own: its first answer is cold
    const rangePath = `/api/sessions?from=${day}&to=${day + 3_600_000}`
    const other = await separateConsole(url)
    let separate: ConsoleBenchResult['separate']
    try {
      const first = (await timed(other.base, rangePath)).ms
      const rest = await repeated(async () => (await timed(other.base, rangePath)).ms)
      separate = { first: Math.round(first * 10) / 10, ...rest }
    } finally {
      await other.stop()
    }
    const pageFigures = await pageBench(base)
    return { sessions, requests, seedSeconds: Math.round(seedSeconds), redisMiB: Math.round(memory / 1048576), rows, ...(csv ? { csv } : {}), separate, ...(pageFigures ? { page: pageFigures } : {}) }
  } finally {
    consoleServer.close()
    reader.disconnect()
    server.kill('SIGKILL')
    await once(server, 'exit').catch(() => {})
    rmSync(dir, { recursive: true, force: true })
  }
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { beginData?: { url?: string } }
}

/**
 * The CPU time of the longest task on the console page's main thread (ms), from a Chromium trace:
 * the page's renderer thread is the one that parsed its HTML; a task is a top-level RunTask.
 */
function longestTaskCpu(path: string): number {
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith('http://127.0.0.1'))
  if (parse === undefined) return NaN
  const tasks = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')).sort((a, b) => a.ts - b.ts)
  let longest = 0
  let end = -1
  for (const e of tasks) {
    if (e.ts < end) continue // inside the task before it
    end = e.ts + (e.dur ?? 0)
    longest = Math.max(longest, e.tdur ?? 0)
  }
  return Math.round(longest / 100) / 10
}

/** untraced runs of the page whose longest tasks are reported (their median, and each with its steps); CONSOLE_BENCH_PAGE_RUNS=1..25 */
const PAGE_RUNS = Math.min(25, Math.max(1, Number(process.env.CONSOLE_BENCH_PAGE_RUNS ?? 3) || 3))

type PageRun = Omit<NonNullable<ConsoleBenchResult['page']>, 'longestTaskCpuMs' | 'runs' | 'runSteps'>

/**
 * The page itself at this scale, in Debian's Chromium: sign in to rows, a search, expanding the
 * 5,000-request session. Once traced, for the tasks' CPU time; then PAGE_RUNS times untraced, for
 * their wall time (tracing makes every task longer: it is the instrument, not the page).
 */
async function pageBench(base: string): Promise<ConsoleBenchResult['page']> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) return undefined
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    // an analyst's browser is running already: one page of the console's origin first (not measured),
    // so that the browser's own start-up (its network service, GPU process) is not in the page's load
    const warm = await browser.newPage()
    await warm.goto(`${base}/healthz`)
    await warm.close()
    // a Chromium trace of one run, for the tasks' CPU time (the Long Tasks API measures wall time,
    // which a loaded machine stretches); CONSOLE_BENCH_TRACE=file.json keeps it, to open in
    // DevTools' Performance panel
    const trace = process.env.CONSOLE_BENCH_TRACE ?? join(mkdtempSync(join(tmpdir(), 'apisess-trace-')), 'trace.json')
    await pageRun(browser, base, trace)
    const longestTaskCpuMs = longestTaskCpu(trace)
    if (process.env.CONSOLE_BENCH_TRACE === undefined) rmSync(dirname(trace), { recursive: true, force: true })
    const runs: PageRun[] = []
    for (let i = 0; i < PAGE_RUNS; i++) runs.push(await pageRun(browser, base))
    const median = [...runs].sort((a, b) => a.longestTaskMs - b.longestTaskMs)[PAGE_RUNS >> 1]!
    return { ...median, longestTaskCpuMs, runs: runs.map((r) => r.longestTaskMs), runSteps: runs.map((r) => r.longestByStep) }
  } finally {
    await browser.close()
  }
}

/** One analyst's pass over the page in a new tab, with the tasks over 50 ms (Long Tasks API) by step. */
async function pageRun(browser: import('playwright-core').Browser, base: string, trace?: string): Promise<PageRun> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  try {
    // the main-thread tasks over 50 ms the page ran (the Long Tasks API), each with the step it fell in
    // (a mark is set as each step begins)
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __tasks: [number, number][] }
      w.__tasks = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration])
      }).observe({ type: 'longtask' as 'mark', buffered: true }) // a browser entry type node's typings do not list
    })
    const step = (name: string) => page.evaluate((n) => void performance.mark(n), name)
    if (trace !== undefined) await browser.startTracing(page, { path: trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'] })
    await page.goto(`${base}/`)
    await step('load')
    // Playwright's own script (its selector engine, injected at the first locator: ~35 ms of the
    // renderer's CPU) runs in a step of its own, not counted as the page's
    await step('harness')
    await page.getByLabel('Token').fill(TOKEN)
    const rows = page.locator('#sessions tbody tr.session')
    await step('open')
    let t0 = performance.now()
    await page.getByRole('button', { name: 'Open' }).click()
    await rows.first().waitFor()
    const list = performance.now() - t0
    await page.locator('#filters input[name="q"]').fill('/api/v1/pay*')
    await step('search')
    t0 = performance.now()
    await Promise.all([page.waitForResponse((r) => r.url().includes('/api/sessions?') && r.url().includes('q=')), page.locator('#filters').getByRole('button', { name: 'Search' }).click()])
    await rows.first().waitFor()
    const search = performance.now() - t0
    await page.locator('#filters input[name="q"]').fill('')
    await page.locator('#filters').getByRole('button', { name: 'Search' }).click()
    await rows.first().waitFor()
    // the oldest session on the first page is not the big one; open the first row
    await step('expand')
    t0 = performance.now()
    await rows.first().click()
    await page.locator('table.requests').waitFor()
    const expand = performance.now() - t0
    // let the last step's rendering finish before reading the tasks
    await page.waitForTimeout(300)
    if (trace !== undefined) await browser.stopTracing()
    const longestByStep = await longestTaskByStep(page)
    // the page's: every step but Playwright's own (shown in longestByStep as `harness`)
    const longestTaskMs = Object.entries(longestByStep).reduce((m, [name, ms]) => (name === 'harness' ? m : Math.max(m, ms)), 0)
    return { list: Math.round(list), search: Math.round(search), expand: Math.round(expand), longestTaskMs: Math.round(longestTaskMs), longestByStep }
  } finally {
    await page.close()
  }
}

export function printConsoleBench(r: ConsoleBenchResult, print: (line: string) => void = console.log): void {
  print(`console at scale: ${r.sessions} sessions, ${r.requests} requests + the heavy session's (seeded in ${r.seedSeconds} s, Redis ${r.redisMiB} MiB), ${REPEAT} answers each over HTTP:`)
  for (const row of r.rows) {
    const verdict = row.max < 200 ? 'ok' : 'SLOW (target < 200 ms)'
    print(`  ${row.name.padEnd(48)} p50 ${String(row.p50).padStart(7)} ms  max ${String(row.max).padStart(7)} ms  ${String(row.items).padStart(5)} items  ${verdict}`)
  }
  if (r.csv) print(`  heavy session's CSV (${r.csv.requests} requests, ${(r.csv.bytes / 1048576).toFixed(1)} MiB, streamed): first byte p50 ${r.csv.firstByte} ms, whole p50 ${r.csv.total} ms, max ${r.csv.maxTotal} ms`)
  if (r.separate) print(`  time range on a console process of its own: first (cold) ${r.separate.first} ms, then p50 ${r.separate.p50} ms, max ${r.separate.max} ms`)
  if (r.page) print(`  the page in Chromium: sign-in to rows ${r.page.list} ms, a search ${r.page.search} ms, expanding a session ${r.page.expand} ms; the page's longest main-thread task ${r.page.longestTaskMs} ms, median of ${r.page.runs.length} untraced runs [${r.page.runs.join(', ')}] (0: none over 50 ms; harness: Playwright's own)${Object.keys(r.page.longestByStep).length ? ` ${JSON.stringify(r.page.longestByStep)}` : ''}, the longest task's CPU time ${r.page.longestTaskCpuMs} ms in a traced run, Playwright's included (wall time is CPU time on a quiet machine)`)
  if (r.page && r.page.runs.length > 1) print(`  each untraced run's tasks over 50 ms by step: ${r.page.runSteps.map((s) => JSON.stringify(s)).join(' ')}`)
  else print('  the page: not measured (no Chromium at /usr/bin/chromium or CHROMIUM_PATH)')
}

if (import.meta.main) {
  const sessions = Number(process.argv[2] ?? 100_000)
  const requests = Number(process.argv[3] ?? 1_000_000)
  printConsoleBench(await runConsoleBench(sessions, requests, (l) => console.log(l)))
}
