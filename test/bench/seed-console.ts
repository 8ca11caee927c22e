/**
 * The console at scale (issue 5): seed a private redis-server with SESSIONS sessions and REQUESTS
 * requests through the real writer and batch script, start the real console on it, and time the
 * answers an analyst waits for: the newest sessions, a wildcard endpoint search, a filtered list, a
 * session's summary and its requests. Bounded: the counts are capped, every loop counts.
 *
 *   node test/bench/seed-console.ts [sessions=100000] [requests=1000000]
 *
 * `npm run bench` runs it as its console stage (BENCH_CONSOLE=0 skips it, BENCH_CONSOLE_SESSIONS and
 * BENCH_CONSOLE_REQUESTS size it).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { Redis } from 'ioredis'
import { startRedisServer } from '../helpers/redis.ts'
import { freePort } from '../helpers/upstream.ts'
import { testConfig } from '../helpers/sensor.ts'
import { startWriter } from '../helpers/writer.ts'
import { newRecord } from '../../src/capture/record.ts'
import { createHasher } from '../../src/capture/mask.ts'
import { createLayout } from '../../src/redis/layout.ts'
import { createLogger } from '../../src/log.ts'
import { createConsoleServer } from '../../src/console/server.ts'
import { prng } from '../helpers/prng.ts'

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
  /** the page in Chromium, milliseconds from the action to what it shows (absent without /usr/bin/chromium) */
  page?: { list: number; search: number; expand: number; longestTaskMs: number }
}

const RESOURCES = ['users', 'orders', 'products', 'carts', 'invoices', 'payments', 'reviews', 'shipments', 'coupons', 'addresses']
const VERBS = ['', '/items', '/history', '/status', '/notes']
const TOKEN = 'bench-console-token-0001'
const REPEAT = 15
const DAY = 86_400_000

async function seed(url: string, sessions: number, requests: number): Promise<{ bigSid: string }> {
  const sink = startWriter(url, { buffer: { maxRecords: 100_000, batch: 1_000, flushEvery: '5ms' } })
  await once(sink.client, 'ready')
  const hasher = createHasher('bench-console-key-000000')
  const rnd = prng(42)
  const now = Date.now()
  const perSession = Math.max(1, Math.floor((requests - Math.min(5_000, requests)) / Math.max(1, sessions - 1)))
  // sessions spread over the last six days; the first one is the analyst's long session
  let pushed = 0
  let bigSid = ''
  for (let s = 0; s < sessions; s++) {
    const start = now - 6 * DAY + Math.floor((s / sessions) * 6 * DAY)
    const sid = hasher.sessionId(['cookie', `bench-${s}`])
    if (s === 0) bigSid = sid
    const n = s === 0 ? Math.min(5_000, requests) : perSession
    const ip = `10.${(s >> 16) & 255}.${(s >> 8) & 255}.${s & 255}`
    const attacker = s % 97 === 0
    const user = s % 3 === 0 ? `user${s % 30_000}@example.com` : null
    for (let i = 0; i < n && pushed < requests; i++) {
      const res = RESOURCES[Math.floor(rnd() * RESOURCES.length)]!
      const verb = VERBS[Math.floor(rnd() * VERBS.length)]!
      const id = Math.floor(rnd() * 100_000)
      const ts = start + i * 1_500
      const r = newRecord(`${ts.toString(36)}.bench.${pushed.toString(36)}`, ts, 'shop', i % 4 === 0 ? 'POST' : 'GET', `/api/v1/${res}/${id}${verb}`, { host: 'shop.example.com', 'user-agent': 'bench/1' }, ip)
      r.sid = sid
      r.windowKey = sid
      r.endpoint = `/api/v1/${res}/{id}${verb}`
      r.status = rnd() < 0.9 ? 200 : rnd() < 0.5 ? 404 : 500
      r.durationMs = Math.round(rnd() * 5000) / 100
      r.resBytes = Math.floor(rnd() * 20_000)
      r.user = user
      r.attacks = attacker && i === 0 ? ['sqli'] : []
      r.flows = res === 'payments' ? ['billing'] : []
      sink.push(r)
      pushed++
      if (pushed % 50_000 === 0) await sink.waitWritten(pushed - 20_000)
    }
  }
  await sink.waitWritten(pushed)
  await sink.close()
  return { bigSid }
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
    const { bigSid: bigKey } = await seed(url, sessions, requests)
    // the script names a session by its window key and start time; the window key's state has it
    const bigSid = (await reader.hget(`apisess:key:${bigKey}`, 'sid'))!
    const seedSeconds = (performance.now() - t0) / 1000
    const memory = Number(/^used_memory:(\d+)/m.exec(await reader.info('memory'))?.[1] ?? 0)
    consoleServer.listen(0, '127.0.0.1')
    await once(consoleServer, 'listening')
    const base = `http://127.0.0.1:${(consoleServer.address() as AddressInfo).port}`
    const someSid = (await reader.zrevrange('apisess:sessions', 5_000, 5_000))[0]!
    const day = Date.now() - 3 * DAY
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
    const pageFigures = await pageBench(base)
    return { sessions, requests, seedSeconds: Math.round(seedSeconds), redisMiB: Math.round(memory / 1048576), rows, ...(pageFigures ? { page: pageFigures } : {}) }
  } finally {
    consoleServer.close()
    reader.disconnect()
    server.kill('SIGKILL')
    await once(server, 'exit').catch(() => {})
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The page itself at this scale, in Debian's Chromium: sign in to rows, a search, expanding the 5,000-request session. */
async function pageBench(base: string): Promise<ConsoleBenchResult['page']> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) return undefined
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    // the longest main-thread task the page ran (the Long Tasks API reports those over 50 ms)
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __longest: number }
      w.__longest = 0
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration)
      }).observe({ type: 'longtask' as 'mark', buffered: true }) // a browser entry type node's typings do not list
    })
    await page.goto(`${base}/`)
    await page.getByLabel('Token').fill(TOKEN)
    const rows = page.locator('#sessions tbody tr.session')
    let t0 = performance.now()
    await page.getByRole('button', { name: 'Open' }).click()
    await rows.first().waitFor()
    const list = performance.now() - t0
    await page.locator('#filters input[name="q"]').fill('/api/v1/pay*')
    t0 = performance.now()
    await Promise.all([page.waitForResponse((r) => r.url().includes('/api/sessions?') && r.url().includes('q=')), page.locator('#filters').getByRole('button', { name: 'Search' }).click()])
    await rows.first().waitFor()
    const search = performance.now() - t0
    await page.locator('#filters input[name="q"]').fill('')
    await page.locator('#filters').getByRole('button', { name: 'Search' }).click()
    await rows.first().waitFor()
    // the oldest session on the first page is not the big one; open the first row
    t0 = performance.now()
    await rows.first().click()
    await page.locator('table.requests').waitFor()
    const expand = performance.now() - t0
    const longestTaskMs = await page.evaluate(() => (globalThis as unknown as { __longest: number }).__longest)
    return { list: Math.round(list), search: Math.round(search), expand: Math.round(expand), longestTaskMs: Math.round(longestTaskMs) }
  } finally {
    await browser.close()
  }
}

export function printConsoleBench(r: ConsoleBenchResult, print: (line: string) => void = console.log): void {
  print(`console at scale: ${r.sessions} sessions, ${r.requests} requests (seeded in ${r.seedSeconds} s, Redis ${r.redisMiB} MiB), ${REPEAT} answers each over HTTP:`)
  for (const row of r.rows) {
    const verdict = row.max < 200 ? 'ok' : 'SLOW (target < 200 ms)'
    print(`  ${row.name.padEnd(48)} p50 ${String(row.p50).padStart(7)} ms  max ${String(row.max).padStart(7)} ms  ${String(row.items).padStart(5)} items  ${verdict}`)
  }
  if (r.page) print(`  the page in Chromium: sign-in to rows ${r.page.list} ms, a search ${r.page.search} ms, expanding a session ${r.page.expand} ms; longest main-thread task ${r.page.longestTaskMs} ms (0: none over 50 ms)`)
  else print('  the page: not measured (no Chromium at /usr/bin/chromium or CHROMIUM_PATH)')
}

if (import.meta.main) {
  const sessions = Number(process.argv[2] ?? 100_000)
  const requests = Number(process.argv[3] ?? 1_000_000)
  printConsoleBench(await runConsoleBench(sessions, requests, (l) => console.log(l)))
}
