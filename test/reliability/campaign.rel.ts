/**
 * Issue 14, "How it is shown": the hostile-input campaign. A real sensor process (so that a crash is
 * seen, and cannot take the test runner with it) with Redis, the console, a traced parameter of
 * every source, rules, users and insight, in front of two upstreams: a node one that answers
 * normally (and records every request it parses whole) and a raw one that answers what fast-check
 * generated. Batches of generated hostile input (test/helpers/hostile-http.ts) are thrown at it:
 *
 *   requests   raw request bytes (methods, targets, versions, Host fields, header names and values
 *              with odd bytes, huge values, bodies deep/wide/random/form/multipart, hostile JWTs),
 *              on fresh, kept-alive and pipelined connections, each ending with a normal request
 *   console    console API calls with random paths, query strings, methods, bodies and tokens
 *   answers    raw upstream answers: odd status lines and reason phrases, odd header bytes,
 *              conflicting framing, bad chunking, 1xx before the answer, huge heads, drips, cuts,
 *              resets
 *   upgrades   WebSocket upgrades with odd Upgrade/Connection/key fields, early data, raw answers
 *
 * After each batch: the process is alive, a normal request gets 200, /healthz is 200, the event-loop
 * delay since the last scrape stayed under 100 ms (1 s on a machine whose CPUs were busy through
 * the batch, said in the output), RSS under RSS_BOUND, and no exception was caught at a
 * boundary (apisess_internal_errors_total stays 0: a caught exception is still a bug; the logged
 * place and stack are printed). No connection hangs, no smuggled request reaches an upstream.
 * Then a table of desync classes from the public http-garden and smuggler research that
 * smuggling.rel.ts does not cover, each with a hidden `/smuggled`.
 *
 * CAMPAIGN_SEED (default 14) fixes what is generated; CAMPAIGN_BATCHES (default 5) batches, or
 * CAMPAIGN_SECONDS of them. To dig: CAMPAIGN_TRACE=1 (one connection at a time, the inputs behind a
 * slow event-loop turn printed), CAMPAIGN_PROFILE=DIR (the sensor's CPU profile).
 */
import t from 'tap'
import fc from 'fast-check'
import http from 'node:http'
import net from 'node:net'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { startRedis } from '../helpers/redis.ts'
import { processConfig, startSensorProcess, type LogLine, type SensorProcess } from '../helpers/process.ts'
import * as H from '../helpers/hostile-http.ts'
import { startCanary } from '../helpers/upstream.ts'

const SEED = Number(process.env.CAMPAIGN_SEED ?? 14)
const SECONDS = Math.min(Math.max(Number(process.env.CAMPAIGN_SECONDS ?? 0), 0), 24 * 3_600)
const BATCHES = Math.min(Math.max(Number(process.env.CAMPAIGN_BATCHES ?? 5), 1), 1_000)
/** per batch: connections of each kind, console calls, upstream answers, upgrades */
const PER_BATCH = { fresh: 60, kept: 25, pipelined: 25, console: 80, answers: 60, upgrades: 30 }
/** connections in flight at once, per class */
const WIDTH = Math.min(Math.max(Number(process.env.CAMPAIGN_WIDTH ?? 8), 1), 64)
/** CAMPAIGN_TRACE=1: one connection at a time, the lag scraped after each, and the inputs behind a slow one printed */
const TRACE = process.env.CAMPAIGN_TRACE === '1'
/** the bounds this campaign holds the sensor to (issue 14), read from its own /metrics */
const LAG_BOUND_S = 0.1
/**
 * On a machine whose CPUs were busy through a batch (Linux PSI: some task waited for a CPU over a
 * quarter of the time; the campaign alone makes 5-12% on 2 cores) every event-loop turn is
 * stretched by the scheduler's queue, which is not the sensor's doing (measured: 29-39% pressure,
 * 80-94 ms; 5-12%, at most 35 ms). There the delay is held to BUSY_LAG_BOUND_S instead — a loop
 * held a second is a bug on any machine — and the output says so.
 */
const BUSY = 0.25
const BUSY_LAG_BOUND_S = 1
const RSS_BOUND = 512 * 1024 * 1024
/**
 * A connection still open after this is a hang: the sensor's own timeouts here (clientIdle 4 s,
 * upstream 1 s) end every exchange well before. A bound on the loop, not a measurement.
 */
const HANG_MS = 20_000

const ADMIN_TOKEN = 'campaign-admin-token-0001'
const VIEWER_TOKEN = 'campaign-viewer-token-001'
const AUTH: Record<H.ConsoleCall['auth'], string | undefined> = {
  admin: `Bearer ${ADMIN_TOKEN}`,
  viewer: `Bearer ${VIEWER_TOKEN}`,
  wrong: 'Bearer campaign-wrong-token-01',
  none: undefined,
  garbage: `Bearer \x80\xff${'x'.repeat(3_000)}`,
}

const SENTINEL = 'GET /__end HTTP/1.1\r\nHost: shop.test\r\nConnection: close\r\n\r\n'
const STATUS_LINE = /HTTP\/1\.[01] (\d{3})/g

type Class = 'requests' | 'console' | 'answers' | 'upgrades'
const CLASSES: Class[] = ['requests', 'console', 'answers', 'upgrades']

interface Conversation {
  text: string
  hung: boolean
  ms: number
}

/**
 * One client connection: `writes` sent together, or one after the other each once the answers
 * before it have begun (`sequential`); `end` half-closes after the last write (once something came
 * back); read until the sensor closes it, or HANG_MS.
 */
async function converse(port: number, writes: string[], opts: { sequential?: boolean; end?: boolean } = {}): Promise<Conversation> {
  const socket = net.connect(port, '127.0.0.1')
  socket.on('error', () => {})
  let text = ''
  let hung = false
  let written = 0
  const t0 = performance.now()
  const answers = () => text.match(STATUS_LINE)?.length ?? 0
  const writeNext = () => {
    if (socket.destroyed) return
    if (opts.sequential) {
      if (written < writes.length && answers() >= written) socket.write(writes[written++]!, 'latin1')
    } else if (written === 0) {
      socket.write(writes.join(''), 'latin1')
      written = writes.length
    }
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      hung = true
      socket.destroy()
    }, HANG_MS)
    socket.on('connect', writeNext)
    socket.on('data', (d: Buffer) => {
      text += d.toString('latin1')
      writeNext()
      if (opts.end && written === writes.length && !socket.writableEnded) socket.end('tunnel bytes')
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve()
    })
  })
  return { text, hung, ms: performance.now() - t0 }
}

/** Linux's cumulative CPU pressure stall (µs some task waited for a CPU), when the kernel reports it */
function cpuStall(): number | undefined {
  try {
    const m = /^some .* total=(\d+)$/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'))
    return m ? Number(m[1]) : undefined
  } catch {
    return undefined
  }
}

function statusesOf(text: string): number[] {
  return [...text.matchAll(STATUS_LINE)].map((m) => Number(m[1]))
}

/** `name{labels} value` lines of one metric, summed (NaN when absent) */
function metric(text: string, name: string, labels = ''): number {
  let sum = Number.NaN
  for (const m of text.matchAll(new RegExp(`^${name}(\\{[^}]*\\})? ([\\d.e+-]+|NaN)$`, 'gm'))) {
    if (labels && !(m[1] ?? '').includes(labels)) continue
    sum = (Number.isNaN(sum) ? 0 : sum) + Number(m[2])
  }
  return sum
}
function labelled(text: string, name: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const m of text.matchAll(new RegExp(`^${name}\\{([^}]*)\\} ([\\d.e+-]+)$`, 'gm'))) out[m[1]!] = Number(m[2])
  return out
}

async function pool<T>(items: readonly T[], width: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        await fn(items[i]!, i)
      }
    }),
  )
}

interface Seen {
  method: string
  url: string
  framing: string[]
  upgrade: boolean
}

t.test('hostile-input campaign against a sensor process', async (t) => {
  t.comment(`seed ${SEED} (CAMPAIGN_SEED), ${SECONDS > 0 ? `${SECONDS} s (CAMPAIGN_SECONDS)` : `${BATCHES} batches (CAMPAIGN_BATCHES)`}`)
  const redis = await startRedis(t)

  // --- the upstreams ------------------------------------------------------------------------------
  /** what the node upstream parsed: all of it counted, the current desync case's kept */
  let recording: Seen[] | null = null
  const smuggledSeen: string[] = []
  let bothFramings = 0
  let upstreamRequests = 0
  /** data that reached a refused upgrade's socket afterwards (a tunnel that should not exist) */
  const afterRefusal: string[] = []
  /** upgrade cases an upstream was asked to upgrade (X-Case): bytes after their heads are the tunnel's */
  const upgradedCases = new Set<string>()
  /** `/smuggled-ws-N`, the early data of upgrade case N, parsed as a request: fine unless case N was upgraded */
  const earlyAsRequest: string[] = []
  const sawRequestLine = (line: string) => {
    const ws = /\/smuggled-ws-(\d+)/.exec(line)
    if (ws) earlyAsRequest.push(ws[1]!)
    else if (line.includes('smuggled')) smuggledSeen.push(line)
  }
  const note = (req: http.IncomingMessage, upgrade: boolean) => {
    upstreamRequests++
    const kase = req.headers['x-case']
    if (upgrade && typeof kase === 'string') upgradedCases.add(kase)
    const framing = req.rawHeaders.filter((_, i) => i % 2 === 0 && /^(content-length|transfer-encoding)$/i.test(req.rawHeaders[i]!))
    if (framing.length > 1) bothFramings++
    sawRequestLine(`${req.method} ${req.url}`)
    recording?.push({ method: req.method!, url: req.url!, framing, upgrade })
  }
  let served = 0
  const shop = http.createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    req.on('error', () => {})
    req.resume()
    // a request counts once whole: one whose body was cut (the client's bytes turned out malformed
    // after its head was forwarded, and the sensor aborted it) never reaches the application
    req.on('end', () => {
      note(req, false)
      const n = served++
      res.setHeader('content-type', 'application/json')
      res.setHeader('set-cookie', `sid=s-${n % 50}; Path=/; HttpOnly`)
      res.setHeader('x-resp-tenant', `tenant-${n % 7}`)
      res.end(JSON.stringify({ token: `tok-${n % 50}`, user: { name: `user-${n % 20}` } }))
    })
  })
  shop.on('upgrade', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    note(req, true)
    socket.on('error', () => {})
    if (req.url?.startsWith('/ws-refuse')) {
      // an upstream that refuses and keeps listening: anything that arrives afterwards went through a tunnel that should not be
      socket.write('HTTP/1.1 426 Upgrade Required\r\nSec-WebSocket-Version: 13\r\nContent-Length: 0\r\n\r\n')
      socket.on('data', (d: Buffer) => afterRefusal.push(d.toString('latin1')))
      socket.on('end', () => socket.end())
      return
    }
    const key = req.headers['sec-websocket-key'] ?? ''
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64')
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`)
    if (head.length > 0) socket.write(head)
    // an echo that ends when the client does
    socket.on('data', (d: Buffer) => socket.write(d))
    socket.on('end', () => socket.end())
  })
  shop.listen(0, '127.0.0.1')
  await once(shop, 'listening')
  t.teardown(() => {
    shop.closeAllConnections()
    shop.close()
  })

  /** raw answers by id (the request's X-Answer): each used once */
  const answers = new Map<string, H.RawAnswer>()
  let answerIds = 0
  const rawSockets = new Set<net.Socket>()
  const play = async (socket: net.Socket, a: H.RawAnswer) => {
    for (const [i, piece] of a.pieces.entries()) {
      if (socket.destroyed) return
      if (i > 0 && a.gapMs > 0) await sleep(a.gapMs) // the drip is the answer's behaviour, not synchronisation
      socket.write(piece, 'latin1')
    }
    if (a.end === 'close') socket.end()
    else if (a.end === 'reset' && !socket.destroyed) socket.resetAndDestroy()
  }
  const rawUpstream = net.createServer((socket) => {
    rawSockets.add(socket)
    socket.on('close', () => rawSockets.delete(socket))
    socket.on('error', () => {})
    let buf = ''
    let tunnel = false
    socket.on('data', (d: Buffer) => {
      if (tunnel) return
      buf += d.toString('latin1')
      for (let end = buf.indexOf('\r\n\r\n'); end !== -1 && !tunnel; end = buf.indexOf('\r\n\r\n')) {
        const head = buf.slice(0, end)
        buf = buf.slice(end + 4)
        upstreamRequests++
        sawRequestLine(head.slice(0, head.indexOf('\r\n')))
        const framing = [...head.matchAll(/\r\n(content-length|transfer-encoding):/gi)]
        if (framing.length > 1) bothFramings++
        // after an upgrade request, whatever follows is the tunnel's, not requests
        tunnel = /\r\nupgrade:/i.test(head)
        const kase = /\r\nx-case: *(\d+)/i.exec(head)?.[1]
        if (tunnel && kase !== undefined) upgradedCases.add(kase)
        const id = /\r\nx-answer: *([^\r]*)/i.exec(head)?.[1]
        const a = id === undefined ? undefined : answers.get(id)
        if (a === undefined) {
          socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')
          continue
        }
        answers.delete(id!)
        void play(socket, a)
      }
    })
  })
  rawUpstream.listen(0, '127.0.0.1')
  await once(rawUpstream, 'listening')
  t.teardown(() => {
    for (const s of rawSockets) s.destroy()
    rawUpstream.close()
  })

  const canary = await startCanary(t)
  const C = canary.port

  // --- the sensor process ---------------------------------------------------------------------------
  const shopUrl = `http://127.0.0.1:${(shop.address() as net.AddressInfo).port}`
  const rawUrl = `http://127.0.0.1:${(rawUpstream.address() as net.AddressInfo).port}`
  const dir = t.testdir({})
  const file = join(dir, 'sensor.yaml')
  writeFileSync(
    file,
    processConfig(shopUrl, redis.url, 'campaign-hash-key-000001').replace(
      'applications: [{ name: shop, hosts: ["*.test"], upstream: "' + shopUrl + '" }]',
      `applications:\n  - { name: raw, hosts: ["raw.test"], upstream: "${rawUrl}" }\n  - { name: shop, hosts: ["*.test"], upstream: "${shopUrl}" }`,
    ) +
      `
timeouts: { clientHeaders: 2s, clientIdle: 4s, keepAlive: 5s, upstreamHeaders: 1s, upstreamIdle: 1s }
buffer: { flushEvery: 20ms }
traced:
  - { name: tenant, from: header, key: X-Tenant }
  - { name: sid, from: cookie, key: sid, mask: hash }
  - { name: token, from: query, key: token, mask: redact }
  - { name: uid, from: path, key: id, template: "/users/{id}" }
  - { name: login, from: body, key: /user/name }
  - { name: sub, from: jwt, key: sub }
  - { name: role, from: jwt, key: details.role, in: "cookie:jwt" }
  - { name: rtenant, from: response_header, key: X-Resp-Tenant }
  - { name: rsid, from: response_cookie, key: sid, mask: hash }
  - { name: rtoken, from: response_body, key: /token, mask: hash }
rules:
  - { params: [tenant, sid] }
  - { params: [sub] }
  - { params: [rtoken, rtenant] }
users: { user: login, role: role }
flows: { auth: ["/login", "POST /users/*"], billing: ["/billing/**"] }
insight: { attacks: true }
console:
  listen: { host: 127.0.0.1, port: 0 }
  tokens:
    - { name: ann, token: ${ADMIN_TOKEN}, role: admin }
    - { name: vic, token: ${VIEWER_TOKEN}, role: viewer }
`,
  )
  // CAMPAIGN_PROFILE=DIR: the sensor writes a CPU profile there when it stops (to find what held its event loop)
  const profile = process.env.CAMPAIGN_PROFILE
  const sensor: SensorProcess = await startSensorProcess(t, file, profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profile}` } : {})
  const listening = sensor.seen((l) => l.msg === 'api-sessions listening')!
  const proxyPort = Number(String(listening.proxy).split(':').at(-1))
  const adminUrl = `http://${String(listening.admin)}`
  const consoleLine = sensor.seen((l) => l.msg === 'console listening') ?? (await sensor.waitLog((l) => l.msg === 'console listening'))
  const consolePort = Number(String(consoleLine.console).split(':').at(-1))

  // --- figures and the health check ----------------------------------------------------------------
  const sent: Record<Class, number> = { requests: 0, console: 0, answers: 0, upgrades: 0 }
  const connections: Record<Class, number> = { requests: 0, console: 0, answers: 0, upgrades: 0 }
  const statuses: Record<Class, Map<number, number>> = { requests: new Map(), console: new Map(), answers: new Map(), upgrades: new Map() }
  const hangs: { cls: Class; label: string }[] = []
  const timedOut: Record<Class, number> = { requests: 0, console: 0, answers: 0, upgrades: 0 }
  const timedOutExamples: string[] = []
  let lagMax = 0
  /** the largest delay judged against the 100 ms bound (batches on a machine that was not busy) */
  let lagJudged = 0
  let judged = 0
  let rssMax = 0
  const memory: { rss: number; heap: number; external: number }[] = []
  /** a few answers the sensor gave itself with a 5xx, to see why */
  const fiveHundreds: string[] = []
  /** the inputs of the batch in flight, printed if the process dies */
  const inFlight = new Set<string>()
  const count = async (cls: Class, c: Conversation, label: string) => {
    if (TRACE) {
      const lag = metric(await scrape(), 'apisess_nodejs_eventloop_lag_max_seconds')
      if (lag > 0.03) t.comment(`trace: ${cls} lag ${(lag * 1000).toFixed(1)} ms after ${JSON.stringify(label.slice(0, 300))}`)
    }
    connections[cls]++
    const codes = statusesOf(c.text)
    const own = /"code":"((?:UPSTREAM|INTERNAL|TUNNELS)[A-Z_]*)"/.exec(c.text)?.[1]
    if (own !== undefined && fiveHundreds.filter((f) => f.startsWith(cls)).length < 3) fiveHundreds.push(`${cls} ${own}: ${JSON.stringify(label.slice(0, 200))}`)
    for (const code of codes.length > 0 ? codes : [0]) statuses[cls].set(code, (statuses[cls].get(code) ?? 0) + 1)
    if (c.hung) hangs.push({ cls, label })
    // open past the sensor's shortest client timeout here (clientIdle 4 s): ended by a timeout, not
    // by an answer; legitimate for some inputs, a hang in waiting for others: counted, shown
    if (c.ms >= 4_000) {
      timedOut[cls]++
      if (timedOutExamples.filter((e) => e.startsWith(cls)).length < 3) timedOutExamples.push(`${cls}: ${JSON.stringify(label.slice(0, 200))} [${codes.join(' ')}]`)
    }
  }
  const scrape = async () => (await fetch(`${adminUrl}/metrics`)).text()
  const internalLogs = (): LogLine[] => sensor.all((l) => l.msg === 'internal error caught at a boundary; the process goes on')

  /** the event-loop delay max over each class's part of a batch: the lag gauge is reset by every scrape */
  const lagByClass: Record<Class, number> = { requests: 0, console: 0, answers: 0, upgrades: 0 }
  let batchLag = 0
  const lagOf = async (cls: Class) => {
    const lag = metric(await scrape(), 'apisess_nodejs_eventloop_lag_max_seconds')
    lagByClass[cls] = Math.max(lagByClass[cls], lag)
    batchLag = Math.max(batchLag, lag)
  }

  /** the CPU pressure since `mark()`: the share of the time some task waited for a CPU */
  let since = { stall: cpuStall(), at: performance.now() }
  const mark = () => (since = { stall: cpuStall(), at: performance.now() })
  const pressures: number[] = []
  /** `warm`: after start-up, whose first requests compile the code they run: the delay is judged from the first batch on */
  const health = async (t: Tap, label: string, warm = true): Promise<boolean> => {
    const now = cpuStall()
    const pressure = now === undefined || since.stall === undefined ? undefined : (now - since.stall) / 1_000 / (performance.now() - since.at)
    if (pressure !== undefined && warm) pressures.push(pressure)
    if (!sensor.alive()) {
      t.fail(`${label}: the sensor process died (exit ${sensor.child.exitCode}, ${sensor.child.signalCode}); inputs in flight:\n${[...inFlight].slice(0, 20).map((s) => JSON.stringify(s.slice(0, 600))).join('\n')}`)
      return false
    }
    const probe = await fetch(`http://127.0.0.1:${proxyPort}/probe`, { headers: { 'x-tenant': 'probe' } })
    await probe.text()
    const healthz = await fetch(`${adminUrl}/healthz`)
    await healthz.text()
    const text = await scrape()
    // the batch's worst class (each scraped as it ended), or since the last scrape
    const lag = Math.max(batchLag, metric(text, 'apisess_nodejs_eventloop_lag_max_seconds'))
    batchLag = 0
    const rss = metric(text, 'apisess_process_resident_memory_bytes')
    const internal = metric(text, 'apisess_internal_errors_total')
    if (warm) lagMax = Math.max(lagMax, lag)
    rssMax = Math.max(rssMax, rss)
    memory.push({ rss, heap: metric(text, 'apisess_nodejs_heap_size_used_bytes'), external: metric(text, 'apisess_nodejs_external_memory_bytes') })
    const restarts = sensor.all((l) => typeof l.msg === 'string' && l.msg.startsWith('the console worker stopped'))
    t.equal(probe.status, 200, `${label}: a normal request still gets 200`)
    t.equal(healthz.status, 200, `${label}: /healthz is 200`)
    const busy = pressure !== undefined && pressure > BUSY
    const bound = busy ? BUSY_LAG_BOUND_S : LAG_BOUND_S
    if (warm) t.ok(lag < bound, `${label}: event-loop delay max ${(lag * 1000).toFixed(1)} ms < ${bound * 1000} ms${pressure === undefined ? '' : ` (CPU pressure ${(pressure * 100).toFixed(0)}%${busy ? ': a busy machine, the 100 ms bound is not judged' : ''})`}`)
    if (warm && !busy) {
      lagJudged = Math.max(lagJudged, lag)
      judged++
    }
    t.ok(rss < RSS_BOUND, `${label}: RSS ${(rss / 1048576).toFixed(0)} MiB < ${RSS_BOUND / 1048576} MiB`)
    t.equal(Number.isNaN(internal) ? 0 : internal, 0, `${label}: no exception caught at a boundary (apisess_internal_errors_total ${JSON.stringify(labelled(text, 'apisess_internal_errors_total'))})`)
    t.equal(restarts.length, 0, `${label}: the console worker never stopped`)
    if (internal > 0 || restarts.length > 0) {
      for (const l of [...internalLogs(), ...restarts]) t.comment(`${typeof l.where === 'string' ? l.where : 'console'}: ${JSON.stringify(l.err ?? l).slice(0, 3_000)}`)
    }
    return true
  }
  type Tap = typeof t

  // the first scrape resets the lag measured over the start-up
  await scrape()
  mark()
  t.ok(await health(t, 'at start', false), 'healthy at start')

  // --- one batch ------------------------------------------------------------------------------------
  const sample = <T>(arb: fc.Arbitrary<T>, seed: number, n: number): T[] => (n > 0 ? fc.sample(arb, { seed, numRuns: n }) : [])

  const runBatch = async (b: number) => {
    const seed = SEED * 1_000 + b * 10
    batchLag = 0
    // (a) requests: fresh connections, kept-alive ones, pipelined ones, each ending with the sentinel
    const fresh = sample(H.request, seed + 1, PER_BATCH.fresh)
    const kept = sample(fc.array(H.request, { minLength: 2, maxLength: 4 }), seed + 2, PER_BATCH.kept)
    const piped = sample(fc.array(H.request, { minLength: 2, maxLength: 5 }), seed + 3, PER_BATCH.pipelined)
    const groups: { reqs: H.RawRequest[]; sequential: boolean }[] = [
      ...fresh.map((r) => ({ reqs: [r], sequential: false })),
      ...kept.map((reqs) => ({ reqs, sequential: true })),
      ...piped.map((reqs) => ({ reqs, sequential: false })),
    ]
    await pool(groups, TRACE ? 1 : WIDTH, async (g) => {
      const key = g.reqs.map((r) => r.bytes).join('')
      inFlight.add(key)
      sent.requests += g.reqs.length
      await count('requests', await converse(proxyPort, [...g.reqs.map((r) => r.bytes), SENTINEL], { sequential: g.sequential }), g.reqs[0]!.label)
      inFlight.delete(key)
    })

    await lagOf('requests')

    // (b) console calls
    await pool(sample(H.consoleCall, seed + 4, PER_BATCH.console), TRACE ? 1 : WIDTH, async (c) => {
      const auth = AUTH[c.auth]
      const body = c.body === undefined ? '' : H.harmlessDeny(c.body)
      const bytes =
        `${c.method} ${c.path} HTTP/1.1\r\nHost: console.test\r\nConnection: close\r\n` +
        (auth === undefined ? '' : `Authorization: ${auth}\r\n`) +
        (c.type === undefined ? '' : `Content-Type: ${c.type}\r\n`) +
        (c.body === undefined ? '' : `Content-Length: ${Buffer.byteLength(body, 'latin1')}\r\n`) +
        `\r\n${body}`
      inFlight.add(bytes)
      sent.console++
      await count('console', await converse(consolePort, [bytes]), `${c.method} ${c.path.slice(0, 60)}`)
      inFlight.delete(bytes)
    })

    await lagOf('console')

    // (c) upstream answers, asked for by a request to the raw application
    const asks = sample(fc.tuple(H.rawAnswer, fc.constantFrom('GET', 'GET', 'HEAD', 'DELETE'), fc.constantFrom('/raw', '/users/7', '/login')), seed + 5, PER_BATCH.answers)
    await pool(asks, TRACE ? 1 : WIDTH, async ([a, method, path]) => {
      const id = `a${answerIds++}`
      answers.set(id, a)
      const bytes = `${method} ${path} HTTP/1.1\r\nHost: raw.test\r\nX-Answer: ${id}\r\nCookie: sid=raw\r\nConnection: close\r\n\r\n`
      inFlight.add(a.label)
      sent.answers++
      await count('answers', await converse(proxyPort, [bytes]), a.label)
      inFlight.delete(a.label)
      answers.delete(id)
    })

    await lagOf('answers')

    // (d) WebSocket upgrades: to the echo upstream, or to the raw one with a generated answer
    await pool(sample(H.upgrade, seed + 6, PER_BATCH.upgrades), TRACE ? 1 : WIDTH, async (u) => {
      const n = answerIds++
      const id = `u${n}`
      let head = `${u.head}X-Case: ${n}\r\n`
      if (u.answer !== undefined) {
        answers.set(id, u.answer)
        head = head.replace('Host: shop.test\r\n', `Host: raw.test\r\nX-Answer: ${id}\r\n`)
      }
      inFlight.add(head)
      sent.upgrades++
      await count('upgrades', await converse(proxyPort, [`${head}\r\n${u.early.replace('{case}', String(n))}`], { end: true }), head.slice(0, 60))
      inFlight.delete(head)
      answers.delete(id)
    })
    await lagOf('upgrades')
  }

  const started = Date.now()
  let batches = 0
  for (let b = 0; SECONDS > 0 ? Date.now() - started < SECONDS * 1_000 : b < BATCHES; b++) {
    await scrape() // the lag below is this batch's
    mark()
    await runBatch(b)
    batches++
    if (!(await health(t, `batch ${b + 1}`))) break
  }
  const elapsed = (Date.now() - started) / 1_000
  if (!sensor.alive()) return // said above, with the inputs in flight

  t.equal(hangs.length, 0, `no connection hung (${hangs.map((h) => `${h.cls}: ${h.label}`).slice(0, 10).join('; ')})`)
  t.same(smuggledSeen, [], 'no smuggled request reached an upstream')
  t.same(earlyAsRequest.filter((n) => upgradedCases.has(n)), [], `no upgrade's early data reached an upstream as a request (${earlyAsRequest.length} did as plain pipelined requests behind a request that was not upgraded)`)
  t.equal(bothFramings, 0, 'no upstream request carried two framing headers')
  t.same(afterRefusal, [], 'nothing reached an upstream through a refused upgrade')

  const fmt = (m: Map<number, number>) => [...m].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k === 0 ? 'none' : k}×${v}`).join(' ')
  t.comment(`campaign: ${batches} batches in ${elapsed.toFixed(0)} s, seed ${SEED}`)
  for (const cls of CLASSES) t.comment(`  ${cls}: ${sent[cls]} sent on ${connections[cls]} connections (${timedOut[cls]} ended by a timeout); answers by status: ${fmt(statuses[cls])}`)
  if (timedOutExamples.length > 0) t.comment(`  ended by a timeout, e.g.: ${timedOutExamples.join(' | ')}`)
  const mib = (b: number) => (b / 1048576).toFixed(0)
  t.comment(`  upstream requests parsed: ${upstreamRequests}; RSS max ${mib(rssMax)} MiB`)
  t.comment(`  MiB by check (RSS/heap/external): ${memory.map((m) => `${mib(m.rss)}/${mib(m.heap)}/${mib(m.external)}`).join(' ')}`)
  t.comment(`  some 5xx the sensor gave itself: ${fiveHundreds.join(' | ') || 'none'}`)
  t.comment(`  event-loop delay max ${(lagMax * 1000).toFixed(1)} ms (${CLASSES.map((c) => `${c} ${(lagByClass[c] * 1000).toFixed(1)}`).join(', ')}); judged against 100 ms: ${judged > 0 ? `${judged} batches, at most ${(lagJudged * 1000).toFixed(1)} ms` : 'none (every batch ran on a busy machine)'}; CPU pressure by batch: ${pressures.map((p) => `${(p * 100).toFixed(0)}%`).join(' ') || 'not reported by this kernel'}`)
  const final = await scrape()
  t.comment(`  rejected by the sensor: ${JSON.stringify(labelled(final, 'apisess_rejected_requests_total'))}`)
  t.comment(`  bounded: ${JSON.stringify(labelled(final, 'apisess_bounded_total'))}`)
  t.comment(`  records written: ${metric(final, 'apisess_records_written_total')}, dropped: ${metric(final, 'apisess_records_dropped_total') || 0}`)
  const analysed = metric(final, 'apisess_insight_records_total', 'analysed')
  t.comment(`  insight: ${analysed} records analysed, ${((metric(final, 'apisess_insight_seconds_total') / analysed) * 1e3).toFixed(2)} ms each on average; CPU ${metric(final, 'apisess_process_cpu_seconds_total').toFixed(1)} s over the run`)

  // --- (e) desync classes -----------------------------------------------------------------------------
  await scrape()
  mark()
  await t.test('desync classes from http-garden and smuggler research', async (t) => {
    const cases = desyncCases(C)
    const outcomes: string[] = []
    const after = 'GET /after HTTP/1.1\r\nHost: shop.test\r\nConnection: close\r\n\r\n'
    for (const [name, bytes] of cases) {
      recording = []
      const before = smuggledSeen.length
      const t0 = performance.now()
      const r = await converse(proxyPort, [bytes + after])
      const took = performance.now() - t0
      const seen = recording
      recording = null
      const codes = statusesOf(r.text)
      const ok = codes.filter((c) => c >= 200 && c < 300).length
      t.notOk(r.hung, `${name}: answered and closed, not left hanging`)
      t.equal(smuggledSeen.length, before, `${name}: the smuggled request never reaches the upstream`)
      t.notOk(seen.some((x) => x.url.includes('smuggled')), `${name}: nor is it forwarded in any form`)
      t.ok(seen.every((x) => x.framing.length <= 1), `${name}: every forwarded request has one framing header`)
      t.same(afterRefusal, [], `${name}: nothing passed a refused upgrade`)
      const requests = seen.filter((x) => !x.upgrade)
      t.equal(requests.length, ok, `${name}: one whole upstream request per 2xx answer (${codes.join(' ') || 'no answer'}; upstream saw ${seen.map((x) => x.url.slice(0, 30)).join(', ') || 'nothing'})`)
      const forwarded = seen.filter((x) => x.url !== '/after').map((x) => `${x.upgrade ? `${x.method} (upgrade)` : x.method} ${x.url.slice(0, 40)}${x.framing.length ? ` (${x.framing.join('')})` : ''}`)
      const first = codes.find((c) => c >= 200) ?? 0
      const verdict = first === 0 ? 'no answer' : first >= 300 ? `${first}${forwarded.length ? ` (upstream saw ${forwarded.join(', ')})` : ''}` : `forwarded as ${forwarded.join(', ') || '-'}`
      // a connection the sensor did not close at once was ended by one of its timeouts (said, to the nearest second)
      const waited = took > 1_000 ? `, closed after ${(took / 1_000).toFixed(0)} s` : ''
      outcomes.push(`${name}: ${verdict}${seen.some((x) => x.url === '/after') ? ', then /after served' : ''} [${codes.join(' ')}]${waited}`)
    }
    t.equal(canary.hits(), 0, 'the canary listener was never contacted')
    t.comment(`${cases.length} cases:\n` + outcomes.map((o) => `  ${o}`).join('\n'))
  })
  t.ok(await health(t, 'after the desync classes'), 'healthy after the desync classes')
})

/**
 * Desync classes the public research names (narfindustries/http-garden's TROPHIES and quirks;
 * defparam/smuggler's mutations) that smuggling.rel.ts does not already send. In each, `/smuggled`
 * hides where a lax parser would find a second request: under a strict reading it is body bytes, or
 * the request is refused.
 */
function desyncCases(canary: number): [string, string][] {
  const HOST = 'Host: shop.test\r\n'
  const S = `GET /smuggled HTTP/1.1\r\n${HOST}\r\n`
  /** CL covers the chunked terminator and S; an obfuscated TE that wins would leave S a request */
  const te = (line: string) => `POST /a HTTP/1.1\r\n${HOST}${line}\r\nContent-Length: ${5 + S.length}\r\n\r\n0\r\n\r\n${S}`
  /** a CL that, read strictly, counts S as body; read as 0 or as its valid prefix, S is a request */
  const cl = (value: string) => `POST /a HTTP/1.1\r\n${HOST}Content-Length: ${value}\r\n\r\n${S}`
  /** a chunked body whose size line is odd; S follows the end a lax reading would find */
  const chunk = (body: string) => `POST /a HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\n${body}${S}`
  return [
    // Transfer-Encoding obfuscations (smuggler: midspace, postspace, prespace, endspace, xprespace; http-garden 12, 19, 21, 41)
    ['TE after a vertical tab', te('Transfer-Encoding:\x0bchunked')],
    ['TE after a form feed', te('Transfer-Encoding:\x0cchunked')],
    ['TE after an NBSP (0xA0)', te('Transfer-Encoding:\xa0chunked')],
    ['TE after NEL (0x85)', te('Transfer-Encoding: \x85chunked')],
    ['TE followed by a vertical tab', te('Transfer-Encoding: chunked\x0b')],
    ['TE followed by an NBSP', te('Transfer-Encoding: chunked\xa0')],
    ['TE with a leading comma', te('Transfer-Encoding: ,chunked')],
    ['TE with a trailing comma', te('Transfer-Encoding: chunked,')],
    ['TE quoted', te('Transfer-Encoding: "chunked"')],
    ['TE identity, chunked with CL', te('Transfer-Encoding: identity, chunked')],
    ['TE chunked twice in one field', te('Transfer-Encoding: chunked, chunked')],
    ['TE truncated (chunk)', te('Transfer-Encoding: chunk')],
    ['TE name with a tab before the colon', te('Transfer-Encoding\t: chunked')],
    ['TE name with a trailing NBSP', te('Transfer-Encoding\xa0: chunked')],
    ['TE name with a CR inside', te('Transfer\r-Encoding: chunked')],
    ['TE name with an underscore', te('Transfer_Encoding: chunked')],
    ['TE name with a space inside', te('Transfer Encoding: chunked')],
    ['TE without a colon', te('Transfer-Encoding chunked')],
    ['TE folded into the previous field', te('X: y\r\n Transfer-Encoding: chunked')],
    ['TE after a bare LF in a field', te('X: y\nTransfer-Encoding: chunked')],
    ['TE after a bare CR and a space', te('X: y\r Transfer-Encoding: chunked')],
    ['TE as the first field, with a leading space', `POST /a HTTP/1.1\r\n Transfer-Encoding: chunked\r\n${HOST}Content-Length: ${5 + S.length}\r\n\r\n0\r\n\r\n${S}`],
    ['TE in upper and lower case mixed, two fields', te('TrAnSfEr-EnCoDiNg: chunked\r\ntransfer-encoding: identity')],
    ['Content-Encoding: chunked (not a framing)', te('Content-Encoding: chunked')],
    // Content-Length oddities (http-garden 10, 16, 29, 32, 38, 42; transducers 1, 5, 11)
    ['CL with leading zeros', cl(`000${S.length}`)],
    ['CL with a trailing space', cl(`${S.length} `)],
    ['CL with an underscore', cl(`${String(S.length)[0]}_${String(S.length).slice(1)}`)],
    ['CL in hex (0x)', cl(`0x${S.length.toString(16)}`)],
    ['CL with a decimal point', cl(`${S.length}.0`)],
    ['CL as a list of equal values', cl(`${S.length}, ${S.length}`)],
    ['CL empty', cl('')],
    ['CL empty, then a real one', `POST /a HTTP/1.1\r\n${HOST}Content-Length: \r\nContent-Length: ${S.length}\r\n\r\n${S}`],
    ['CL after a vertical tab', cl(`\x0b${S.length}`)],
    ['CL followed by a NUL', cl(`${S.length}\x00`)],
    ['CL beyond 64 bits', cl('99999999999999999999999')],
    ['CL negative zero', cl('-0')],
    ['CL name with a space before the colon', `POST /a HTTP/1.1\r\n${HOST}Content-Length : ${S.length}\r\n\r\n${S}`],
    ['CL name with an underscore', `POST /a HTTP/1.1\r\n${HOST}Content_Length: ${S.length}\r\n\r\n${S}`],
    // chunk-size and chunk-line oddities (http-garden 1, 17, 22, 25, 31, 36, 39, 47; transducers 2, 3, 7, 13, 24)
    ['chunk size with an underscore', chunk('1_0\r\n0123456789abcdef\r\n0\r\n\r\n')],
    ['chunk size with a leading space', chunk(' 5\r\nabcde\r\n0\r\n\r\n')],
    ['chunk size with a trailing space', chunk('5 \r\nabcde\r\n0\r\n\r\n')],
    ['chunk size with many leading zeros', `POST /a HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\n${'0'.repeat(64)}${S.length.toString(16)}\r\n${S}\r\n0\r\n\r\n`],
    ['chunk size empty', chunk('\r\n\r\n')],
    ['chunk size with a + sign', chunk('+5\r\nabcde\r\n0\r\n\r\n')],
    ['chunk line ended by a bare LF', chunk('5\nabcde\n0\n\n')],
    ['chunk line ended by CR and another byte', chunk('5\rXabcde\r\n0\r\n\r\n')],
    ['chunk data longer than its size', chunk('3\r\nabcdef\r\n0\r\n\r\n')],
    ['chunk data not followed by CRLF', chunk('3\r\nabcXY0\r\n\r\n')],
    ['chunk extension with a bare CR in its whitespace', chunk('5 ;\ra=b\r\nabcde\r\n0\r\n\r\n')],
    ['chunk extension with a bare LF', chunk('5;a\nb\r\nabcde\r\n0\r\n\r\n')],
    ['chunk extension with a NUL', chunk('5;a=\x00\r\nabcde\r\n0\r\n\r\n')],
    ['terminating chunk with an extension, then a trailer', `POST /a HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\n${S.length.toString(16)}\r\n${S}\r\n0;x=y\r\nX-T: 1\r\n\r\n`],
    ['Transfer-Encoding in a trailer', `POST /a HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n0\r\nTransfer-Encoding: chunked\r\nContent-Length: ${S.length}\r\n\r\n`],
    ['trailer with a bare LF', chunk('0\r\nX-T: 1\n\r\n')],
    // request-line oddities (http-garden 5, 6, 9, 15, 24, 40)
    ['two spaces between method and target', `GET  /a HTTP/1.1\r\n${HOST}\r\n`],
    ['tabs as request-line separators', `GET\t/a\tHTTP/1.1\r\n${HOST}\r\n`],
    ['bare LF inside the request line', `GET\n/a HTTP/1.1\r\n${HOST}\r\n`],
    ['lower-case HTTP version', `GET /a http/1.1\r\n${HOST}\r\n`],
    ['version 1.10', `GET /a HTTP/1.10\r\n${HOST}\r\n`],
    ['version 01.1', `GET /a HTTP/01.1\r\n${HOST}\r\n`],
    ['version 257.1 (8-bit overflow to 1.1)', `GET /a HTTP/257.1\r\n${HOST}\r\n`],
    ['method prefix of a longer word', `GETX /a HTTP/1.1\r\n${HOST}Content-Length: ${S.length}\r\n\r\n${S}`],
    ['a fragment hiding a path', `GET /a#/../smuggled HTTP/1.1\r\n${HOST}\r\n`],
    ['NUL in the target', `GET /a\x00/smuggled HTTP/1.1\r\n${HOST}\r\n`],
    ['empty lines before the request line', `\r\n\r\nGET /a HTTP/1.1\r\n${HOST}\r\n`],
    ['header block ended by CR CR LF', `GET /a HTTP/1.1\r\n${HOST}\r\r\n${S}`],
    ['a field with no name', `GET /a HTTP/1.1\r\n${HOST}: x\r\n\r\n`],
    ['non-ASCII in a field name', `GET /a HTTP/1.1\r\n${HOST}X-\xffA: x\r\n\r\n`],
    // bodies where some servers expect none (http-garden 48; transducer 21), and the methods without framing
    ['GET with a Content-Length body', `GET /a HTTP/1.1\r\n${HOST}Content-Length: ${S.length}\r\n\r\n${S}`],
    ['HEAD with a Content-Length body', `HEAD /a HTTP/1.1\r\n${HOST}Content-Length: ${S.length}\r\n\r\n${S}`],
    ['OPTIONS with a chunked body', `OPTIONS /a HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\n${S.length.toString(16)}\r\n${S}\r\n0\r\n\r\n`],
    ['DELETE with a Content-Length body', `DELETE /a HTTP/1.1\r\n${HOST}Content-Length: ${S.length}\r\n\r\n${S}`],
    ['pipelined behind Content-Length: 0', `POST /a HTTP/1.1\r\n${HOST}Content-Length: 0\r\n\r\nGET /p2 HTTP/1.1\r\n${HOST}\r\n`],
    ['HEAD, then a pipelined GET', `HEAD /a HTTP/1.1\r\n${HOST}\r\nGET /p2 HTTP/1.1\r\n${HOST}\r\n`],
    ['OPTIONS *', `OPTIONS * HTTP/1.1\r\n${HOST}\r\n`],
    ['CONNECT to the canary', `CONNECT 127.0.0.1:${canary} HTTP/1.1\r\nHost: 127.0.0.1:${canary}\r\n\r\n${S}`],
    ['CONNECT with an origin-form target', `CONNECT /a HTTP/1.1\r\n${HOST}\r\n${S}`],
    // Expect variants
    ['Expect: 100-Continue in another case, with a body', `POST /a HTTP/1.1\r\n${HOST}Expect: 100-Continue\r\nContent-Length: ${S.length}\r\n\r\n${S}`],
    ['Expect: an unknown expectation, with a body', `POST /a HTTP/1.1\r\n${HOST}Expect: 100-continuex\r\nContent-Length: ${S.length}\r\n\r\n${S}`],
    ['two Expect fields, with a body', `POST /a HTTP/1.1\r\n${HOST}Expect: 100-continue\r\nExpect: 100-continue\r\nContent-Length: ${S.length}\r\n\r\n${S}`],
    ['Expect: 100-continue without a body', `GET /a HTTP/1.1\r\n${HOST}Expect: 100-continue\r\n\r\n`],
    // upgrades (h2c smuggling, BishopFox; WebSocket smuggling, 0ang3el)
    ['h2c upgrade, then the HTTP/2 preface', `GET /a HTTP/1.1\r\n${HOST}Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\nConnection: Upgrade, HTTP2-Settings\r\n\r\nPRI * HTTP/2.0\r\n\r\nSM\r\n\r\n`],
    ['h2c upgrade with a body hiding a request', `POST /a HTTP/1.1\r\n${HOST}Upgrade: h2c\r\nConnection: Upgrade\r\nContent-Length: ${S.length}\r\n\r\n${S}`],
    ['WebSocket upgrade refused by the upstream, then a request', `GET /ws-refuse HTTP/1.1\r\n${HOST}Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 1337\r\n\r\n${S}`],
    ['WebSocket upgrade with a body hiding a request', `GET /ws-refuse HTTP/1.1\r\n${HOST}Upgrade: websocket\r\nConnection: Upgrade\r\nContent-Length: ${S.length}\r\n\r\n${S}`],
    ['PRI * HTTP/2.0 preface alone', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
  ]
}
