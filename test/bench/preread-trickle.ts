/**
 * What a small body read whole (src/proxy/exchange.ts) costs when its client writes it a byte at a
 * time: N connections (argv[2], 10) each send the head of a 64 KiB POST, then 65,535 of its bytes in
 * one-byte writes (TCP_NODELAY, one write per connection per event-loop turn, so that most arrive
 * as reads of their own), and stall. Prints the growth of this process's heap, external memory and
 * RSS (sensor, upstream and clients in one process, after GC) and the bytes each exchange holds.
 *
 *   node --expose-gc test/bench/preread-trickle.ts [connections=10] [content-length=65536] [sent=65535]
 *
 * `sent` = 1: each client announces the length, sends one byte and stalls (what an exchange holds for
 * a body that has barely begun).
 *
 * A Content-Length over 64 KiB streams instead: what is held then is the request's body tap (the
 * first capture.maxInspectBytes for the attack detector), and the 65,535 bytes trickled are its first.
 */
import net from 'node:net'
import http from 'node:http'
import { once } from 'node:events'
import { subscribe } from 'node:diagnostics_channel'
import { startSensor, oneApp } from '../helpers/sensor.ts'

const N = Number(process.argv[2] ?? 10)
const LENGTH = Number(process.argv[3] ?? 65536)
/** bytes of the body each client trickles before it stalls (argv[4]; all but the last by default) */
const SENT = Math.min(Number(process.argv[4] ?? 65535), LENGTH - 1)
const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('run with --expose-gc')
const teardowns: (() => unknown)[] = []
const up = http.createServer((req, res) => {
  req.resume()
  req.on('end', () => res.end('ok'))
})
up.listen(0, '127.0.0.1')
await once(up, 'listening')
const s = await startSensor({ teardown: (fn) => teardowns.push(fn) }, oneApp(`http://127.0.0.1:${(up.address() as net.AddressInfo).port}`), { level: 'error' })
const reqs: http.IncomingMessage[] = []
subscribe('http.server.request.start', (m) => {
  const msg = m as { server: http.Server; request: http.IncomingMessage }
  if (msg.server !== up) reqs.push(msg.request)
})
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setImmediate(r))
    gc()
  }
}
await settle()
const m0 = process.memoryUsage()
const socks: net.Socket[] = []
for (let i = 0; i < N; i++) {
  const c = net.connect(s.port, '127.0.0.1')
  c.setNoDelay(true)
  await once(c, 'connect')
  socks.push(c)
  c.write(`POST /x HTTP/1.1\r\nHost: a.test\r\nContent-Type: application/octet-stream\r\nContent-Length: ${LENGTH}\r\n\r\n`)
}
const one = Buffer.from('a')
for (let b = 0; b < SENT; b++) {
  for (const c of socks) c.write(one)
  await new Promise((r) => setImmediate(r))
}
for (const c of socks) if (c.writableLength > 0) await once(c, 'drain')
// the last bytes have left the clients; a moment for the sensor to read them (a measurement, not a test)
await new Promise((r) => setTimeout(r, 200))
await settle()
const m1 = process.memoryUsage()
const held = reqs.map((r) => {
  const sym = Object.getOwnPropertySymbols(r).find((x) => x.description === 'api-sessions.exchange')
  const ex = sym === undefined ? undefined : (r as unknown as Record<symbol, { body?: { buffer(): Buffer | null } | null }>)[sym]
  return ex?.body?.buffer()?.length ?? null
})
const mib = (n: number): string => (n / 2 ** 20).toFixed(1)
console.log(JSON.stringify({
  connections: N,
  contentLength: LENGTH,
  sentBeforeStall: SENT,
  heldPerExchange: held.slice(0, 3),
  heapMiB: mib(m1.heapUsed - m0.heapUsed),
  externalMiB: mib(m1.external - m0.external),
  rssMiB: mib(m1.rss - m0.rss),
}))
for (const c of socks) c.destroy()
for (const f of teardowns) await f()
up.close()
