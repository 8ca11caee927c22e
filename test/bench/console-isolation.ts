/**
 * Issue 14 item 4: the console cannot take the proxy down. A real sensor process (Redis on, the
 * console in its worker thread) in front of a bare upstream: autocannon loads the proxy alone, then
 * while clients hammer the console with the heaviest calls an analyst (or a hostile viewer) can
 * make — a 20,000-request session sorted by size and by duration, its CSV, a backtracking-shaped
 * wildcard over a planted endpoint, filtered lists, a request-id lookup. Rounds interleave the two
 * phases; the report is the proxied p99 and throughput of "hammered" over "alone".
 *
 *   node test/bench/console-isolation.ts        (ISO_ROUNDS=3, ISO_SECONDS=8, ISO_SESSION=20000)
 *
 * Loopback only; every loop bounded by its duration or count.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createRequire } from 'node:module'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import http from 'node:http'
import { setPriority } from 'node:os'
import { createInterface } from 'node:readline'
import type { AddressInfo } from 'node:net'
import { startRedisServer } from '../helpers/redis.ts'
import { freePort } from '../helpers/upstream.ts'

interface Result { latency: { p99: number; p50: number }; requests: { average: number }; non2xx: number; errors: number }
const autocannon = createRequire(import.meta.url)('autocannon') as (o: Record<string, unknown>) => PromiseLike<Result>

const ROUNDS = Math.min(Number(process.env.ISO_ROUNDS ?? 3), 10)
const SECONDS = Math.min(Number(process.env.ISO_SECONDS ?? 8), 60)
const SESSION = Math.min(Number(process.env.ISO_SESSION ?? 20_000), 200_000)
const TOKEN = 'isolation-bench-token-1'

const dir = mkdtempSync(join(tmpdir(), 'apisess-iso-'))
const redisPort = await freePort()
const redis = await startRedisServer(redisPort, dir)
const body = Buffer.from(JSON.stringify({ id: 1, name: 'product', price: 1999 }))
const upstream = http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
  const n = Number(/[?&]n=(\d+)/.exec(req.url ?? '')?.[1] ?? -1)
  const out = n >= 0 ? Buffer.alloc(n, 120) : body
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': out.length })
  res.end(out)
})
upstream.listen(0, '127.0.0.1')
await once(upstream, 'listening')
const configFile = join(dir, 'sensor.yaml')
writeFileSync(
  configFile,
  `listen: { host: 127.0.0.1, port: 0 }
admin: { listen: { host: 127.0.0.1, port: 0 } }
applications: [{ name: shop, hosts: ["*.test"], upstream: "http://127.0.0.1:${(upstream.address() as AddressInfo).port}" }]
defaultApplication: shop
hashKey: isolation-bench-key-000001
redis: { url: "redis://127.0.0.1:${redisPort}" }
console: { listen: { host: 127.0.0.1, port: 0 }, tokens: [{ name: bench, token: ${TOKEN}, role: analyst }] }
log: { level: info }
`,
)
const sensor = spawn(process.execPath, ['src/cli.ts', 'start', '-c', configFile], { stdio: ['ignore', 'pipe', 'inherit'] })
const cleanup = (): void => {
  sensor.kill('SIGKILL')
  redis.kill('SIGKILL')
  upstream.closeAllConnections()
  upstream.close()
  rmSync(dir, { recursive: true, force: true })
}
process.on('exit', cleanup)
let proxyUrl = ''
let consoleUrl = ''
await new Promise<void>((resolve) => {
  createInterface({ input: sensor.stdout }).on('line', (text) => {
    const line = JSON.parse(text) as { msg?: string; proxy?: string; console?: string }
    if (line.msg === 'console listening') consoleUrl = `http://${line.console}`
    if (line.msg === 'api-sessions listening') proxyUrl = `http://${line.proxy}`
    if (proxyUrl !== '' && consoleUrl !== '') resolve()
  })
})

// the big session, the planted endpoint, a few others
console.log(`# seeding a ${SESSION}-request session through the proxy ...`)
const agent = new http.Agent({ keepAlive: true, maxSockets: 32 })
const get = (path: string, headers: Record<string, string> = {}) =>
  new Promise<void>((resolve, reject) => {
    http.get(proxyUrl + path, { agent, headers }, (res) => res.resume().on('end', resolve)).on('error', reject)
  })
for (let i = 0; i < SESSION; i += 32) {
  await Promise.all(Array.from({ length: Math.min(32, SESSION - i) }, (_, k) => get(`/item/${i + k}?n=${((i + k) * 7919) % 20_000}`, { cookie: 'PHPSESSID=big' })))
}
await get(`/${'a'.repeat(95)}`)
await new Promise((r) => setTimeout(r, 1_000)) // the writer's last batches (a report, not a test)
const auth = { authorization: `Bearer ${TOKEN}` }
const list = (await (await fetch(`${consoleUrl}/api/sessions?limit=5`, { headers: auth })).json()) as { sessions: { sid: string; requests: number }[] }
const big = list.sessions.reduce((a, b) => (b.requests > a.requests ? b : a))
const rid = ((await (await fetch(`${consoleUrl}/api/sessions/${big.sid}/requests?limit=1`, { headers: auth })).json()) as { requests: { id: string }[] }).requests[0]!.id
console.log(`# big session ${big.sid}: ${big.requests} requests`)

// issue 14's bound: a page of the big session sorted by duration reads the page, not the session
const rssOf = (): number => Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${sensor.pid}/status`, 'latin1'))?.[1] ?? NaN) * 1024
const rss0 = rssOf()
const pageMs: number[] = []
for (let i = 0; i < 9; i++) {
  const t0 = performance.now()
  const res = await fetch(`${consoleUrl}/api/sessions/${big.sid}/requests?sort=durationMs&order=desc&limit=50`, { headers: auth })
  await res.arrayBuffer()
  pageMs.push(performance.now() - t0)
}
pageMs.sort((a, b) => a - b)
console.log(`# a page of 50 of the ${big.requests}-request session sorted by duration: p50 ${pageMs[4]!.toFixed(1)} ms, max ${pageMs.at(-1)!.toFixed(1)} ms; sensor RSS ${((rssOf() - rss0) / 1048576).toFixed(1)} MiB more after 9 pages`)

const heavy = [
  `/api/sessions/${big.sid}/requests?sort=resBytes&order=desc&limit=500`,
  `/api/sessions/${big.sid}/requests?sort=durationMs&order=desc&limit=500`,
  `/api/sessions/${big.sid}/requests.csv`,
  `/api/sessions?q=${encodeURIComponent('/*a*a*a*a*a*a*b')}`,
  `/api/sessions?status=200&method=GET&q=${encodeURIComponent('/item/*')}`,
  `/api/sessions?rid=${rid}`,
  `/api/sessions/${big.sid}?from=${Date.now() - 3_600_000}&to=${Date.now()}`,
]

/**
 * The console's clients stand for analysts' browsers on other machines: they run in a child process
 * at nice 19, so that what is measured is the sensor's share of the CPU, not the load generator's.
 */
async function hammer(until: number): Promise<number> {
  const code = `
    const [base, token, until, ...paths] = process.argv.slice(1)
    let calls = 0
    await Promise.all(Array.from({ length: 4 }, async (_, w) => {
      for (let i = w; Date.now() < Number(until); i++) {
        const res = await fetch(base + paths[i % paths.length], { headers: { authorization: 'Bearer ' + token } })
        await res.arrayBuffer()
        calls++
      }
    }))
    console.log(calls)`
  const child = spawn(process.execPath, ['--input-type=module', '-e', code, consoleUrl, TOKEN, String(until), ...heavy], { stdio: ['ignore', 'pipe', 'inherit'] })
  setPriority(child.pid!, 19)
  let out = ''
  child.stdout.on('data', (d) => (out += String(d)))
  await once(child, 'exit')
  return Number(out.trim())
}

const load = () => autocannon({ url: `${proxyUrl}/product`, connections: 50, duration: SECONDS, timeout: 10 })
const alone: Result[] = []
const hammered: Result[] = []
let consoleCalls = 0
for (let r = 0; r < ROUNDS; r++) {
  alone.push(await load())
  const until = Date.now() + SECONDS * 1000
  const [res, calls] = await Promise.all([load(), hammer(until)])
  hammered.push(res)
  consoleCalls += calls
  console.log(`# round ${r + 1}: p99 alone ${alone.at(-1)!.latency.p99} ms, hammered ${res.latency.p99} ms; req/s ${alone.at(-1)!.requests.average} vs ${res.requests.average}; ${calls} console calls`)
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const p99a = median(alone.map((x) => x.latency.p99))
const p99h = median(hammered.map((x) => x.latency.p99))
const rpsA = median(alone.map((x) => x.requests.average))
const rpsH = median(hammered.map((x) => x.requests.average))
console.log(`proxied p99: alone ${p99a} ms, console hammered ${p99h} ms (ratio ${(p99h / p99a).toFixed(2)})`)
console.log(`proxied req/s: alone ${rpsA}, console hammered ${rpsH} (ratio ${(rpsH / rpsA).toFixed(2)}); ${consoleCalls} console calls`)
console.log(`errors/non-2xx: ${[...alone, ...hammered].reduce((n, x) => n + x.errors + x.non2xx, 0)}`)
agent.destroy()
process.exit(0)
