/**
 * Issue 7 §2: slow and abusive clients. Slowloris headers, a slow and a stalled body upload, a slow
 * reader of a large answer, a thousand idle keep-alive connections and a flood of aborted requests:
 * the sensor times out what it should, holds back the upstream instead of buffering, cancels what
 * the client gave up, and keeps serving well-behaved clients (their success and latency reported).
 * Short timeouts in the config keep each case quick; the defaults are in README "Timeouts".
 */
import t from 'tap'
import net from 'node:net'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { Pool } from 'undici'
import { startSensor, oneApp } from '../helpers/sensor.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { statusOf } from '../helpers/client.ts'

const TIMEOUTS = { clientHeaders: '500ms', clientIdle: '800ms', keepAlive: '60s', upstreamHeaders: '400ms', upstreamIdle: '400ms' }

/** Open a raw connection, resolving once connected. */
async function connect(port: number): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1')
  socket.on('error', () => {})
  await once(socket, 'connect')
  return socket
}

/** Everything the sensor sent until it closed the connection. */
function untilClosed(socket: net.Socket): Promise<string> {
  let text = ''
  socket.on('data', (d: Buffer) => (text += d.toString('latin1')))
  return new Promise((resolve) => socket.on('close', () => resolve(text)))
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!

/** Well-behaved traffic: `n` GETs, 8 at a time; success rate and latency. */
async function wellBehaved(url: string, n: number): Promise<{ ok: number; p50: number; p99: number }> {
  const pool = new Pool(url, { connections: 8 })
  const ms: number[] = []
  let ok = 0
  let next = 0
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < n) {
        next++
        const t0 = performance.now()
        try {
          const res = await pool.request({ path: '/fine', method: 'GET', headers: { host: 'a.test' } })
          await res.body.text()
          if (res.statusCode === 200) ok++
        } catch {
          // counted as not ok
        }
        ms.push(performance.now() - t0)
      }
    }),
  )
  await pool.close()
  return { ok, p50: percentile(ms, 50), p99: percentile(ms, 99) }
}

t.test('slowloris headers are cut at clientHeaders with a 408', async (t) => {
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startSensor(t, oneApp(up.url, { timeouts: TIMEOUTS }))
  const socket = await connect(s.port)
  const closed = untilClosed(socket)
  const head = 'GET / HTTP/1.1\r\nHost: a.test\r\n' + 'X-Pad: ' + 'a'.repeat(200)
  let i = 0
  // the attack itself: one byte every 20 ms, never finishing the head (bounded: stops at its end)
  const drip = setInterval(() => (i < head.length && !socket.destroyed ? socket.write(head[i++]!) : clearInterval(drip)), 20)
  const t0 = performance.now()
  const text = await closed
  clearInterval(drip)
  t.equal(statusOf(text), 408, 'a 408 and the connection closed')
  t.comment(`closed after ${Math.round(performance.now() - t0)} ms, ${i} bytes trickled (clientHeaders 500 ms)`)
})

t.test('a slow upload that keeps moving completes; a stalled one is cut and the upstream request cancelled', async (t) => {
  let completed = 0
  const up = await startUpstream(t, (req, res) => {
    let n = 0
    req.on('data', (d: Buffer) => (n += d.length))
    req.on('end', () => {
      completed++
      res.end(String(n))
    })
  })
  const s = await startSensor(t, oneApp(up.url, { timeouts: TIMEOUTS }))

  // slow but steady: 20 bytes, one every 100 ms (well inside clientIdle 800 ms)
  const slow = await connect(s.port)
  const slowDone = untilClosed(slow)
  slow.write('POST /upload HTTP/1.1\r\nHost: a.test\r\nContent-Length: 20\r\nConnection: close\r\n\r\n')
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 100)) // the client's pace, not a synchronisation
    slow.write('x')
  }
  const slowText = await slowDone
  t.equal(statusOf(slowText), 200, 'the slow upload completed')
  t.match(slowText, /\r\n\r\n20$/, 'all 20 bytes arrived upstream')

  // stalled: 5 of 1000 bytes, then nothing
  const stalled = await connect(s.port)
  const stalledDone = untilClosed(stalled)
  stalled.write('POST /upload HTTP/1.1\r\nHost: a.test\r\nContent-Length: 1000\r\n\r\nxxxxx')
  const text = await stalledDone
  t.ok(text === '' || statusOf(text) >= 400, `the stalled upload is cut (${text === '' ? 'connection closed' : statusOf(text)})`)
  const recs = await s.sink.waitFor(2)
  t.equal(recs[1]!.outcome, 'client_aborted', 'recorded as client_aborted')
  t.equal(completed, 1, 'the upstream never saw the stalled upload complete')
})

t.test('a slow reader of a large answer holds back the upstream instead of being buffered', async (t) => {
  const CHUNK = Buffer.alloc(64 * 1024, 'z')
  const TOTAL = 64 * 1024 * 1024
  let written = 0
  let blockedAt = 0
  let resumed: (() => void) | undefined
  const up = await startUpstream(t, (_req, res) => {
    res.writeHead(200, { 'content-length': TOTAL })
    const pump = () => {
      while (written < TOTAL) {
        written += CHUNK.length
        if (!res.write(CHUNK)) {
          blockedAt = written
          res.once('drain', pump)
          resumed?.()
          return
        }
      }
      res.end()
    }
    pump()
  })
  const s = await startSensor(t, oneApp(up.url, { timeouts: { ...TIMEOUTS, clientIdle: '30s', upstreamIdle: '20s' } }))
  const socket = await connect(s.port)
  socket.pause() // the slow reader reads nothing
  const firstBlock = new Promise<void>((r) => (resumed = r))
  socket.write('GET /big HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n')
  await firstBlock
  // an observation window: with nobody reading, how far does the upstream get?
  await new Promise((r) => setTimeout(r, 500))
  const heldAt = written
  t.ok(heldAt < 16 * 1024 * 1024, `with the client not reading, the upstream wrote ${(heldAt / 1048576).toFixed(1)} MiB of 64 MiB and was held back (first blocked at ${(blockedAt / 1048576).toFixed(1)} MiB)`)
  let received = 0
  socket.on('data', (d: Buffer) => (received += d.length))
  socket.resume()
  await once(socket, 'close')
  t.ok(received > TOTAL, `once it reads, all ${TOTAL} bytes arrive (${received} with the head)`)
})

t.test('a thousand idle keep-alive connections and a flood of aborted requests do not stop well-behaved clients', async (t) => {
  let slowStarted = 0
  let slowOpen = 0
  let slowAnswered = 0
  let drained: (() => void) | undefined
  const up = await startUpstream(t, (req, res) => {
    if (req.url !== '/slow') return void res.end('ok')
    // answers after 2 s, unless the sensor cancels it first
    slowStarted++
    slowOpen++
    const timer = setTimeout(() => {
      slowAnswered++
      res.end('late')
    }, 2_000)
    res.on('close', () => {
      clearTimeout(timer)
      if (--slowOpen === 0) drained?.()
    })
  })
  const s = await startSensor(t, oneApp(up.url, { timeouts: TIMEOUTS }))
  const baseline = await wellBehaved(s.url, 300)

  // idle keep-alive connections, each after one answered request (bounded by the fd limit)
  const limit = Number(/Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? 1024)
  const IDLE = Math.min(1_000, Math.floor((limit - 300) / 2))
  const idle: net.Socket[] = []
  t.teardown(() => idle.forEach((c) => c.destroy()))
  for (let i = 0; i < IDLE; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, IDLE - i) }, async () => {
        const c = await connect(s.port)
        c.write('GET /fine HTTP/1.1\r\nHost: a.test\r\n\r\n')
        await once(c, 'data')
        idle.push(c)
      }),
    )
  }
  const withIdle = await wellBehaved(s.url, 300)

  // aborted requests: each client leaves as soon as its request is sent
  const ABORTS = 300
  await Promise.all(
    Array.from({ length: ABORTS }, async () => {
      const c = await connect(s.port)
      c.end('GET /slow HTTP/1.1\r\nHost: a.test\r\n\r\n')
      c.destroy()
    }),
  )
  const afterFlood = await wellBehaved(s.url, 300)
  if (slowOpen > 0) await new Promise<void>((r) => (drained = r))

  t.equal(withIdle.ok, 300, `${IDLE} idle keep-alive connections: 300/300 well-behaved requests served`)
  t.equal(afterFlood.ok, 300, `after ${ABORTS} aborted requests: 300/300 served`)
  t.equal(idle.filter((c) => !c.destroyed).length, IDLE, 'the idle connections are kept (keepAlive 60 s)')
  t.equal(slowAnswered, 0, `every upstream request of the flood that got through (${slowStarted}) was cancelled, none left to run`)
  const aborted = s.sink.records.filter((r) => r.path === '/slow')
  t.ok(aborted.every((r) => r.outcome === 'client_aborted'), `${aborted.length} flood requests recorded, all client_aborted`)
  t.comment(`well-behaved latency p50/p99 ms: alone ${baseline.p50.toFixed(1)}/${baseline.p99.toFixed(1)}, with ${IDLE} idle connections ${withIdle.p50.toFixed(1)}/${withIdle.p99.toFixed(1)}, after ${ABORTS} aborted requests ${afterFlood.p50.toFixed(1)}/${afterFlood.p99.toFixed(1)}`)
})
