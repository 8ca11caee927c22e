/**
 * What the console page benches share (seed-console.ts, page-load.ts, page-steps.ts): each tree's own
 * console server on one Redis, Chromium launched as the benches launch it, and the Long Tasks API's
 * tasks read back by the step (a `performance.mark`) each began in.
 */
import { once } from 'node:events'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { Redis } from 'ioredis'
import { chromium, type Browser, type Page } from 'playwright-core'

export interface TreeConsole { tree: string; server: Server; redis: Redis; base: string }

/** each checkout's own console server (its own code, one analyst token) on the Redis at `url` */
export async function startTreeConsoles(trees: string[], url: string, token: string, into: TreeConsole[]): Promise<TreeConsole[]> {
  for (const tree of trees) {
    const mod = (p: string) => import(pathToFileURL(join(tree, p)).href)
    const { createConsoleServer } = await mod('src/console/server.ts')
    const { createLayout } = await mod('src/redis/layout.ts')
    const { createLogger } = await mod('src/log.ts')
    const { testConfig } = await mod('test/helpers/sensor.ts')
    const redis = new Redis(url)
    const server: Server = createConsoleServer({
      config: testConfig({ applications: [{ name: 'shop', hosts: ['shop.example.com'], upstream: 'http://127.0.0.1:9' }], redis: { url }, console: { tokens: [{ token, role: 'analyst', name: 'bench' }] } }),
      redis,
      layout: createLayout('apisess:', 1, false),
      log: createLogger('silent'),
      metrics: async () => ({ contentType: 'text/plain', text: '' }),
      internalError: () => {},
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    into.push({ tree, server, redis, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
  }
  return into
}

/** Debian's Chromium, headless, with each console's first answer (its warm-up) behind it */
export async function launchWarmBrowser(servers: TreeConsole[]): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] })
  const warm = await browser.newPage()
  for (const s of servers) await warm.goto(`${s.base}/healthz`)
  await warm.close()
  return browser
}

/** the page's longest task over 50 ms (the Long Tasks API, collected by an init script) per step: the last mark set before the task began, `load` before any */
export async function longestTaskByStep(page: Page): Promise<Record<string, number>> {
  const { tasks, marks } = await page.evaluate(() => ({
    tasks: (globalThis as unknown as { __tasks: [number, number][] }).__tasks,
    marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as [string, number]),
  }))
  const longest: Record<string, number> = {}
  for (const [at, ms] of tasks) {
    let name = 'load'
    for (const [n, t] of marks) if (t <= at) name = n
    longest[name] = Math.max(longest[name] ?? 0, Math.round(ms))
  }
  return longest
}
