/**
 * The console page's load alone (issue 17: no main-thread task over 50 ms), A/B between checkouts:
 * each tree's own console server (its page and script) on one empty private redis-server, one
 * Chromium launched as the console bench launches it, and RUNS loads of each tree interleaved, each
 * in a new tab: the Long Tasks API's entries (wall time, over 50 ms) from the navigation to 300 ms
 * after the views and their date inputs are on the page, untraced; then TRACED loads of each with a
 * Chromium trace, for every main-thread task's wall and CPU time (the longest of each load, the
 * navigation's commit aside: Chromium's). The page's load does not depend on the data.
 *
 *   node test/bench/page-load.ts [runs=20] [traced=10] [tree ...]   (trees: checkouts; default this one)
 *
 * PAGE_LOAD_OPEN=1 signs in after each load (an empty store) and reports that step's long tasks apart.
 * PAGE_LOAD_VERBOSE=1 prints each long task and long animation frame, PAGE_LOAD_KEEP=1 keeps the
 * traces, PAGE_LOAD_CATEGORIES=toplevel,devtools.timeline traces less than the console bench does.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { startRedisServer } from '../helpers/redis.ts'
import { freePort } from '../helpers/upstream.ts'
import { launchWarmBrowser, startTreeConsoles, type TreeConsole } from './page-harness.ts'

const runs = Math.min(Math.max(Number(process.argv[2] ?? 20), 0), 200)
const traced = Math.min(Math.max(Number(process.argv[3] ?? 10), 0), 100)
const OPEN = process.env.PAGE_LOAD_OPEN === '1'
const TOKEN = 'page-load-token-0001'
const trees = process.argv.length > 4 ? process.argv.slice(4).map((p) => resolve(p)) : [resolve(import.meta.dirname, '../..')]

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { beginData?: { url?: string } } }

/**
 * The renderer main thread's top-level tasks of one load, from a trace: [wall ms, cpu ms, the
 * navigation's?]. The navigation's are the tasks before the page's first ParseHTML (Chromium's: its
 * commit — the new document, the first bytes' preload scan — and Playwright's init scripts).
 */
function tasksOf(path: string): [number, number, boolean][] {
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith('http://127.0.0.1'))
  if (parse === undefined) return []
  const tasks = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')).sort((a, b) => a.ts - b.ts)
  const top: TraceEvent[] = []
  let end = -1
  for (const e of tasks) {
    if (e.ts < end) continue
    end = e.ts + (e.dur ?? 0)
    top.push(e)
  }
  const firstParse = events.filter((e) => e.name === 'ParseHTML' && e.pid === parse.pid && e.tid === parse.tid && (e.args?.beginData?.url ?? '').startsWith('http://127.0.0.1')).reduce((m, e) => Math.min(m, e.ts), Infinity)
  return top.map((e) => [(e.dur ?? 0) / 1000, (e.tdur ?? 0) / 1000, e.ts + (e.dur ?? 0) < firstParse])
}

async function load(browser: Browser, base: string, trace?: string): Promise<{ long: number[]; open: number[]; tasks: [number, number, boolean][] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  try {
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __tasks: [number, number][] }
      w.__tasks = []
      // long animation frames (verbose: what ran in them)
      const v = globalThis as unknown as { __loaf: string[] }
      v.__loaf = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { startTime: number; duration: number; renderStart: number; styleAndLayoutStart: number; scripts: { invoker: string; duration: number; forcedStyleAndLayoutDuration: number }[] }[]) {
          v.__loaf.push(`loaf ${Math.round(e.duration)} ms at ${Math.round(e.startTime)}: render at +${e.renderStart ? Math.round(e.renderStart - e.startTime) : '-'}, style/layout at +${e.styleAndLayoutStart ? Math.round(e.styleAndLayoutStart - e.startTime) : '-'}; scripts ${e.scripts.map((x) => `${x.invoker} ${Math.round(x.duration)} ms (forced ${Math.round(x.forcedStyleAndLayoutDuration)})`).join(', ')}`)
        }
      }).observe({ type: 'long-animation-frame' as 'mark', buffered: true })
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration])
      }).observe({ type: 'longtask' as 'mark', buffered: true })
    })
    if (trace !== undefined) await browser.startTracing(page, { path: trace, categories: CATEGORIES })
    await page.goto(`${base}/`)
    // until the views are on the page and their date inputs made (later than the load, on a checkout
    // that defers them), then 300 ms more
    // (polled with evaluate: waitForFunction would inject Playwright's selector script, ~35 ms of CPU)
    const ready = () => page.evaluate(() => { const d = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document; return d.querySelector('#app') !== null && d.querySelector('input[data-datetime]') === null })
    for (let i = 0; i < 100 && !(await ready()); i++) await page.waitForTimeout(100)
    await page.waitForTimeout(300)
    // PAGE_LOAD_OPEN=1: then the sign-in (an empty store: the sessions view and its message), its
    // long tasks apart
    let openAt = Infinity
    if (OPEN) {
      await page.getByLabel('Token').fill(TOKEN)
      openAt = await page.evaluate(() => performance.now())
      await page.getByRole('button', { name: 'Open' }).click()
      await page.getByText('No sessions match these filters.').waitFor()
      await page.waitForTimeout(300)
    }
    if (trace !== undefined) await browser.stopTracing()
    const { long, nav } = await page.evaluate(() => ({ long: (globalThis as unknown as { __tasks: [number, number][] }).__tasks, nav: (performance.getEntriesByType('navigation' as 'mark')[0]!.toJSON() as Record<string, number>) }))
    // which part of the load each long task began in (navigation timing's marks)
    const phase = (at: number) => at < nav.responseEnd! ? 'response' : at < nav.domInteractive! ? 'parse' : at < nav.domContentLoadedEventEnd! ? 'dcl' : at <= nav.loadEventEnd! ? 'load' : 'after'
    if (process.env.PAGE_LOAD_VERBOSE !== undefined) for (const l of await page.evaluate(() => (globalThis as unknown as { __loaf: string[] }).__loaf)) console.log(`    ${l}`)
    if (process.env.PAGE_LOAD_VERBOSE !== undefined) for (const [at, ms] of long) console.log(`    long task ${Math.round(ms)} ms at ${Math.round(at)} (${phase(at)}; responseEnd ${Math.round(nav.responseEnd!)}, domInteractive ${Math.round(nav.domInteractive!)}, dcl end ${Math.round(nav.domContentLoadedEventEnd!)}, load end ${Math.round(nav.loadEventEnd!)})`)
    return { long: long.filter(([at]) => at < openAt).map((x) => Math.round(x[1])), open: long.filter(([at]) => at >= openAt).map((x) => Math.round(x[1])), tasks: trace === undefined ? [] : tasksOf(trace) }
  } finally {
    await page.close()
  }
}

// the console bench's categories by default; PAGE_LOAD_CATEGORIES=toplevel,devtools.timeline traces less (less overhead)
const CATEGORIES = process.env.PAGE_LOAD_CATEGORIES?.split(',') ?? ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute']

const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN }
const r1 = (x: number) => Math.round(x * 10) / 10

const dir = mkdtempSync(join(tmpdir(), 'apisess-page-load-'))
const port = await freePort()
const redisServer = await startRedisServer(port, dir)
const url = `redis://127.0.0.1:${port}`
const servers: TreeConsole[] = []
let browser: Browser | undefined
try {
  await startTreeConsoles(trees, url, TOKEN, servers)
  browser = await launchWarmBrowser(servers)
  const long = servers.map(() => [] as number[])
  const open = servers.map(() => [] as number[])
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < servers.length; j++) {
      const k = (i + j) % servers.length // alternate which tree goes first
      const l = await load(browser, servers[k]!.base)
      long[k]!.push(Math.max(0, ...l.long))
      open[k]!.push(Math.max(0, ...l.open))
    }
  }
  const wall = servers.map(() => [] as number[])
  const cpu = servers.map(() => [] as number[])
  const cpuMax = servers.map(() => [] as number[])
  const count = servers.map(() => [] as number[])
  const commitCpu = servers.map(() => [] as number[])
  const commitWall = servers.map(() => [] as number[])
  const traceDir = mkdtempSync(join(tmpdir(), 'apisess-page-load-trace-'))
  for (let i = 0; i < traced; i++) {
    for (let j = 0; j < servers.length; j++) {
      const k = (i + j) % servers.length
      const { tasks } = await load(browser, servers[k]!.base, join(traceDir, `t${k}-${i}.json`))
      const page = tasks.filter((t) => !t[2])
      const top = page.reduce((m, t) => (t[0] > m[0] ? t : m), [0, 0, false])
      wall[k]!.push(top[0]); cpu[k]!.push(top[1]); cpuMax[k]!.push(Math.max(0, ...page.map((t) => t[1]))); count[k]!.push(page.filter((t) => t[0] >= 1).length)
      const nav = tasks.filter((t) => t[2])
      commitCpu[k]!.push(Math.max(0, ...nav.map((t) => t[1]))); commitWall[k]!.push(Math.max(0, ...nav.map((t) => t[0])))
    }
  }
  if (process.env.PAGE_LOAD_KEEP === undefined) rmSync(traceDir, { recursive: true, force: true })
  else console.log(`traces kept in ${traceDir}`)
  for (let k = 0; k < servers.length; k++) {
    const l = long[k]!
    console.log(`${servers[k]!.tree}:`)
    if (runs) console.log(`  untraced, ${runs} loads: longest task over 50 ms (0: none) p50 ${q(l, 0.5)}, p90 ${q(l, 0.9)}, max ${Math.max(...l)}; loads with one: ${l.filter((x) => x > 0).length}/${runs}  [${l.join(' ')}]`)
    if (runs && OPEN) console.log(`  untraced, the sign-in after each load: longest task over 50 ms p50 ${q(open[k]!, 0.5)}, max ${Math.max(...open[k]!)}; sign-ins with one: ${open[k]!.filter((x) => x > 0).length}/${runs}  [${open[k]!.join(' ')}]`)
    if (traced) {
      console.log(`  traced, ${traced} loads, the navigation's tasks aside: longest task wall p50 ${r1(q(wall[k]!, 0.5))} max ${r1(Math.max(...wall[k]!))} ms, its CPU p50 ${r1(q(cpu[k]!, 0.5))} ms; longest CPU of any task p50 ${r1(q(cpuMax[k]!, 0.5))} max ${r1(Math.max(...cpuMax[k]!))} ms; tasks of 1 ms or more p50 ${q(count[k]!, 0.5)}  wall [${wall[k]!.map(r1).join(' ')}] CPU [${cpuMax[k]!.map(r1).join(' ')}]`)
      console.log(`    the navigation's tasks (before the parse), the longest: CPU p50 ${r1(q(commitCpu[k]!, 0.5))} max ${r1(Math.max(...commitCpu[k]!))} ms, wall p50 ${r1(q(commitWall[k]!, 0.5))} max ${r1(Math.max(...commitWall[k]!))} ms`)
    }
  }
} finally {
  await browser?.close()
  for (const s of servers) { s.server.close(); s.redis.disconnect() }
  redisServer.kill()
  rmSync(dir, { recursive: true, force: true })
}
