/**
 * The console page at each step an analyst takes (issue 17: no main-thread task over 50 ms), A/B
 * between checkouts: each tree's own console server on one private redis-server seeded as the console
 * bench seeds it (SESSIONS sessions of nine requests, the oldest of 5,000), one Chromium launched as
 * the console bench launches it, and RUNS passes of each tree interleaved, each in a new tab:
 *
 *   load      the page's load (until the views and their date inputs are on the page)
 *   open      "Open" (sign-in) to the 50 newest sessions, all rendered
 *   search    an endpoint search (`/api/v1/pay*`) to its rows, all rendered
 *   expand    the first session's row (nine requests) to its request table, all rendered
 *   expand500 the 5,000-request session (found by its id) to its first 500 requests, all rendered
 *
 * Each step waits until the page has finished it, then 200 ms. Untraced passes: the Long Tasks API's
 * entries (wall time, over 50 ms) by step; then TRACED passes with a Chromium trace, for every
 * main-thread task's CPU time by step (a `performance.mark` as each step begins, read from the trace).
 * Steps not listed above (`harness`: Playwright's selector script at its first locator; `clear`, `sid`:
 * the searches that set the next step up) are not the measured steps.
 *
 *   node test/bench/page-steps.ts [runs=10] [traced=5] [tree ...]   (trees: checkouts; default this one)
 *
 * PAGE_STEPS_SESSIONS (300) sizes the seed; PAGE_STEPS_KEEP=1 keeps the traces.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Redis } from 'ioredis'
import type { Browser } from 'playwright-core'
import { startRedisServer } from '../helpers/redis.ts'
import { freePort } from '../helpers/upstream.ts'
import { launchWarmBrowser, longestTaskByStep, startTreeConsoles, type TreeConsole } from './page-harness.ts'
import { seed } from './seed-console.ts'

const runs = Math.min(Math.max(Number(process.argv[2] ?? 10), 0), 200)
const traced = Math.min(Math.max(Number(process.argv[3] ?? 5), 0), 100)
const SESSIONS = Math.min(Math.max(Number(process.env.PAGE_STEPS_SESSIONS ?? 300), 60), 100_000)
const TOKEN = 'page-steps-token-0001'
const trees = process.argv.length > 4 ? process.argv.slice(4).map((p) => resolve(p)) : [resolve(import.meta.dirname, '../..')]
const STEPS = ['load', 'open', 'search', 'expand', 'expand500'] as const
const MARKS = ['load', 'harness', 'open', 'search', 'clear', 'expand', 'sid', 'expand500', 'end']
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute', 'blink.user_timing']

interface TraceEvent { name: string; cat?: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { beginData?: { url?: string } } }

/** Per step, the renderer main thread's top-level tasks of one pass: [wall ms, cpu ms]. Tasks before the page's first parse (Chromium's commit) are left out. */
function stepTasks(path: string): Record<string, [number, number][]> {
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith('http://127.0.0.1'))
  if (parse === undefined) return {}
  const marks = events.filter((e) => e.pid === parse.pid && (e.cat ?? '').includes('blink.user_timing') && MARKS.includes(e.name)).map((e) => [e.name, e.ts] as [string, number]).sort((a, b) => a[1] - b[1])
  const tasks = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')).sort((a, b) => a.ts - b.ts)
  const out: Record<string, [number, number][]> = {}
  let end = -1
  for (const e of tasks) {
    if (e.ts < end) continue // inside the task before it
    end = e.ts + (e.dur ?? 0)
    if (e.ts < parse.ts && e.ts + (e.dur ?? 0) < parse.ts) continue
    let name = 'load'
    for (const [n, t] of marks) if (t <= e.ts) name = n
    ;(out[name] ??= []).push([(e.dur ?? 0) / 1000, (e.tdur ?? 0) / 1000])
  }
  return out
}

async function pass(browser: Browser, base: string, bigSid: string, trace?: string): Promise<{ long: Record<string, number>; tasks: Record<string, [number, number][]> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  try {
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __tasks: [number, number][] }
      w.__tasks = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration])
      }).observe({ type: 'longtask' as 'mark', buffered: true })
    })
    const step = (name: string) => page.evaluate((n) => void performance.mark(n), name)
    if (trace !== undefined) await browser.startTracing(page, { path: trace, categories: CATEGORIES })
    await page.goto(`${base}/`)
    // until the views and their date inputs are on the page (polled with evaluate: a locator would
    // inject Playwright's selector script here)
    const ready = () => page.evaluate(() => { const d = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document; return d.querySelector('#app') !== null && d.querySelector('input[data-datetime]') === null })
    for (let i = 0; i < 100 && !(await ready()); i++) await page.waitForTimeout(100)
    await page.waitForTimeout(200)
    await step('harness')
    await page.getByLabel('Token').fill(TOKEN)
    const rows = page.locator('#sessions tbody tr.session')
    // a list step is done when its status line is hidden (set once every row is on the page)
    const listed = async () => { await rows.first().waitFor(); await page.locator('#status').waitFor({ state: 'hidden' }); await page.waitForTimeout(200) }
    await step('open')
    await page.getByRole('button', { name: 'Open' }).click()
    await listed()
    await page.locator('#filters input[name="q"]').fill('/api/v1/pay*')
    await step('search')
    await Promise.all([page.waitForResponse((r) => r.url().includes('/api/sessions?') && r.url().includes('q=')), page.locator('#filters').getByRole('button', { name: 'Search' }).click()])
    await listed()
    await step('clear')
    await page.locator('#filters input[name="q"]').fill('')
    await Promise.all([page.waitForResponse((r) => r.url().includes('/api/sessions?') && !r.url().includes('q=')), page.locator('#filters').getByRole('button', { name: 'Search' }).click()])
    await listed()
    // a request table is done when its count line is under it
    const expanded = async () => { await page.locator('tr.expanded table.requests').waitFor(); await page.locator('tr.expanded p.muted').waitFor(); await page.waitForTimeout(200) }
    await step('expand')
    await rows.first().click()
    await expanded()
    await step('sid')
    await page.locator('#filters input[name="sid"]').fill(bigSid)
    await Promise.all([page.waitForResponse((r) => r.url().includes('/api/sessions?') && r.url().includes('sid=')), page.locator('#filters').getByRole('button', { name: 'Search' }).click()])
    await listed()
    await step('expand500')
    await rows.first().click()
    await expanded()
    await step('end')
    if (trace !== undefined) await browser.stopTracing()
    return { long: await longestTaskByStep(page), tasks: trace === undefined ? {} : stepTasks(trace) }
  } finally {
    await page.close()
  }
}

const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN }
const r1 = (x: number) => Math.round(x * 10) / 10

const dir = mkdtempSync(join(tmpdir(), 'apisess-page-steps-'))
const port = await freePort()
const redisServer = await startRedisServer(port, dir)
const url = `redis://127.0.0.1:${port}`
const servers: TreeConsole[] = []
let browser: Browser | undefined
try {
  const { bigKey } = await seed(url, SESSIONS, SESSIONS * 9 + 5_000, 0)
  const reader = new Redis(url)
  const bigSid = (await reader.hget(`apisess:key:${bigKey}`, 'sid'))!
  reader.disconnect()
  await startTreeConsoles(trees, url, TOKEN, servers)
  browser = await launchWarmBrowser(servers)
  // untraced: per tree, per step, each pass's longest task over 50 ms (0: none)
  const long = servers.map(() => Object.fromEntries(STEPS.map((s) => [s, [] as number[]])))
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < servers.length; j++) {
      const k = (i + j) % servers.length // alternate which tree goes first
      const { long: l } = await pass(browser, servers[k]!.base, bigSid)
      for (const s of STEPS) long[k]![s]!.push(l[s] ?? 0)
    }
  }
  // traced: per tree, per step, each pass's longest task CPU, the longest wall of its tasks, the step's total CPU, its task count
  type Fig = { cpu: number[]; wall: number[]; total: number[]; count: number[] }
  const fig = (): Fig => ({ cpu: [], wall: [], total: [], count: [] })
  const figs = servers.map(() => Object.fromEntries(STEPS.map((s) => [s, fig()])))
  const traceDir = mkdtempSync(join(tmpdir(), 'apisess-page-steps-trace-'))
  for (let i = 0; i < traced; i++) {
    for (let j = 0; j < servers.length; j++) {
      const k = (i + j) % servers.length
      const { tasks } = await pass(browser, servers[k]!.base, bigSid, join(traceDir, `t${k}-${i}.json`))
      for (const s of STEPS) {
        const ts = tasks[s] ?? []
        const f = figs[k]![s]!
        const top = ts.reduce((m, t) => (t[1] > m[1] ? t : m), [0, 0] as [number, number])
        f.cpu.push(top[1]); f.wall.push(Math.max(0, ...ts.map((t) => t[0]))); f.total.push(ts.reduce((n, t) => n + t[1], 0)); f.count.push(ts.filter((t) => t[1] >= 1).length)
      }
    }
  }
  if (process.env.PAGE_STEPS_KEEP === undefined) rmSync(traceDir, { recursive: true, force: true })
  else console.log(`traces kept in ${traceDir}`)
  console.log(`${SESSIONS} sessions (nine requests each, one of 5,000); ${runs} untraced and ${traced} traced passes per tree, interleaved`)
  for (let k = 0; k < servers.length; k++) {
    console.log(`${servers[k]!.tree}:`)
    for (const s of STEPS) {
      const l = long[k]![s]!
      const f = figs[k]![s]!
      const parts: string[] = []
      if (runs) parts.push(`untraced: passes with a task over 50 ms ${l.filter((x) => x > 0).length}/${runs} (max ${Math.max(...l)})`)
      if (traced) parts.push(`traced: longest task CPU p50 ${r1(q(f.cpu, 0.5))} max ${r1(Math.max(...f.cpu))} ms (the longest wall of any of its tasks ${r1(Math.max(...f.wall))}), the step's CPU p50 ${r1(q(f.total, 0.5))} ms in ${q(f.count, 0.5)} tasks of ≥ 1 ms  CPU [${f.cpu.map(r1).join(' ')}]`)
      console.log(`  ${s.padEnd(9)} ${parts.join('; ')}`)
    }
  }
} finally {
  await browser?.close()
  for (const s of servers) { s.server.close(); s.redis.disconnect() }
  redisServer.kill()
  rmSync(dir, { recursive: true, force: true })
}
