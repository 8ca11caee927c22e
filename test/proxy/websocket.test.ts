import t from 'tap'
import http from 'node:http'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, WebSocket } from 'ws'
import { startSensor, oneApp, type Tap } from '../helpers/sensor.ts'
import { connectTo, rawRequest, readUntil, statusOf } from '../helpers/client.ts'
import { startRawUpstream } from '../helpers/upstream.ts'

async function wsUpstream(
  t: Tap,
  verify?: (req: http.IncomingMessage) => boolean,
  plain: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => res.end('plain'),
): Promise<{ url: string; upgrades: http.IncomingMessage[] }> {
  const server = http.createServer(plain)
  const upgrades: http.IncomingMessage[] = []
  const wss = new WebSocketServer({
    server,
    verifyClient: (info: { req: http.IncomingMessage }) => {
      upgrades.push(info.req)
      return verify ? verify(info.req) : true
    },
  })
  wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(isBinary ? data : `echo:${(data as Buffer).toString()}`, { binary: isBinary })))
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  t.teardown(async () => {
    for (const c of wss.clients) c.terminate()
    wss.close()
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
  })
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, upgrades }
}

t.test('a WebSocket echo round-trips through the sensor', async (t) => {
  const up = await wsUpstream(t)
  const s = await startSensor(t, oneApp(up.url))
  const ws = new WebSocket(`ws://127.0.0.1:${s.port}/chat?room=1`, { headers: { 'user-agent': 'ws-test' } })
  t.teardown(() => ws.terminate())
  await once(ws, 'open')
  ws.send('hello')
  const [text] = await once(ws, 'message')
  t.equal(String(text), 'echo:hello')
  const payload = Buffer.from([0, 255, 1, 254])
  ws.send(payload)
  const [bin] = await once(ws, 'message')
  t.same(Buffer.from(bin as Buffer), payload, 'binary frames pass unchanged')
  t.equal(up.upgrades[0]!.url, '/chat?room=1')
  t.equal(up.upgrades[0]!.headers['x-forwarded-for'], '127.0.0.1')
  t.equal(s.sink.records.length, 0, 'a tunnel is recorded when it closes, not at its handshake')
  ws.close()
  await once(ws, 'close')
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { method: 'GET', path: '/chat', query: 'room=1', status: 101, outcome: 'ok', ua: 'ws-test' })
  // two frames each way (masked client frames are 6 bytes longer than their payload) plus the close frames
  t.ok(rec!.reqBytes >= 'hello'.length + 4 + 12, `bytes the client sent through the tunnel: ${rec!.reqBytes}`)
  t.ok(rec!.resBytes >= 'echo:hello'.length + 4 + 4, `bytes the upstream sent through the tunnel: ${rec!.resBytes}`)
  t.ok(rec!.ttfbMs !== null && rec!.durationMs >= rec!.ttfbMs, 'the lifetime runs past the handshake')
})

t.test("no tunnel opens before the upstream's 101: a refusal is relayed as it is", async (t) => {
  const up = await wsUpstream(t, () => false) // ws answers 401 Unauthorized
  const s = await startSensor(t, oneApp(up.url))
  const text = await rawRequest(
    s.port,
    'GET /chat HTTP/1.1\r\nHost: a.test\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
  )
  t.equal(statusOf(text), 401)
  t.notMatch(text, /101 Switching/)
  const [rec] = await s.sink.waitFor(1)
  t.equal(rec!.status, 401)
})

t.test('an upgrade to an unreachable upstream → 502 JSON', async (t) => {
  const s = await startSensor(t, oneApp('http://127.0.0.1:1'))
  const text = await rawRequest(
    s.port,
    'GET /chat HTTP/1.1\r\nHost: a.test\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
  )
  t.equal(statusOf(text), 502)
  t.match(text, /"code":"UPSTREAM_REFUSED"/)
})

t.test('h2c upgrades are answered as plain HTTP/1.1, never tunnelled', async (t) => {
  const up = await wsUpstream(t)
  const s = await startSensor(t, oneApp(up.url))
  const text = await rawRequest(
    s.port,
    'GET /x HTTP/1.1\r\nHost: a.test\r\nConnection: Upgrade, HTTP2-Settings, close\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n',
  )
  t.equal(statusOf(text), 200)
  t.match(text, /\r\n\r\nplain$/)
  t.equal(up.upgrades.length, 0)
})

t.test('a request pipelined behind an h2c upgrade offer is not left waiting: the answer closes the connection', async (t) => {
  // node reads nothing more of the bytes that came with an Upgrade request it does not upgrade: the
  // second request would wait for the keep-alive timeout (75 s), unanswered
  const up = await wsUpstream(t)
  const s = await startSensor(t, oneApp(up.url))
  const text = await rawRequest(
    s.port,
    'GET /x HTTP/1.1\r\nHost: a.test\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n' +
      'GET /y HTTP/1.1\r\nHost: a.test\r\n\r\n',
  )
  t.equal(statusOf(text), 200, 'the first request is answered')
  t.match(text, /\r\nconnection: close\r\n/i, 'with Connection: close, and the connection closes (rawRequest returned)')
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { path: '/x', status: 200, outcome: 'ok' })
})

const UPGRADE = (host = 'a.test', extra = '') =>
  `GET /chat HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`

t.test('an upgrade goes through the same admission as a plain request: the denylist answers 403 and nothing reaches the upstream', async (t) => {
  const up = await wsUpstream(t)
  const s = await startSensor(t, oneApp(up.url, { denylist: ['127.0.0.1/32'] }))
  const text = await rawRequest(s.port, UPGRADE())
  t.equal(statusOf(text), 403)
  t.match(text, /"code":"DENIED"/)
  t.equal(up.upgrades.length, 0, 'the upstream never saw the upgrade')
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 403, outcome: 'denied', error: 'DENIED' })
  const plain = await rawRequest(s.port, 'GET /chat HTTP/1.1\r\nHost: a.test\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n')
  t.equal(statusOf(plain), 403, 'and a plain GET dressed as an upgrade (no key) too')
})

t.test('an upgrade with two Host fields is a 400, as a plain request is', async (t) => {
  const up = await wsUpstream(t)
  const s = await startSensor(t, oneApp(up.url))
  const text = await rawRequest(s.port, UPGRADE('a.test', 'Host: b.test\r\n'))
  t.equal(statusOf(text), 400)
  t.equal(up.upgrades.length, 0)
})

t.test('an upgrade with a body (Content-Length or Transfer-Encoding) is a 400: the bytes after its head belong to the tunnel', async (t) => {
  const up = await wsUpstream(t)
  const s = await startSensor(t, oneApp(up.url))
  const hidden = 'GET /smuggled HTTP/1.1\r\nHost: a.test\r\n\r\n'
  for (const framing of [`Content-Length: ${hidden.length}\r\n`, 'Transfer-Encoding: chunked\r\n']) {
    const text = await rawRequest(s.port, UPGRADE('a.test', framing) + hidden)
    t.equal(statusOf(text), 400, `${framing.trim()}: 400`)
  }
  t.equal(up.upgrades.length, 0, 'the upstream never saw them')
  const ws = new WebSocket(`ws://127.0.0.1:${s.port}/chat`, { headers: { 'content-length': '0' } })
  t.teardown(() => ws.terminate())
  await once(ws, 'open')
  t.pass('Content-Length: 0 is no body: that upgrade opens')
})

t.test('open tunnels count against limits.tunnels: one more is a 503, and a closed one frees its place', async (t) => {
  const up = await wsUpstream(t)
  const s = await startSensor(t, oneApp(up.url, { limits: { tunnels: 1 } }))
  const first = new WebSocket(`ws://127.0.0.1:${s.port}/chat`)
  t.teardown(() => first.terminate())
  await once(first, 'open')
  const text = await rawRequest(s.port, UPGRADE())
  t.equal(statusOf(text), 503)
  t.match(text, /"code":"TUNNELS_FULL"/)
  first.close()
  await once(first, 'close')
  await s.sink.waitFor(2) // the refusal's record, then the first tunnel's when it closed
  const again = new WebSocket(`ws://127.0.0.1:${s.port}/chat`)
  t.teardown(() => again.terminate())
  await once(again, 'open')
  t.pass('a tunnel opens again once the first is closed')
})

t.test('an idle tunnel is closed after timeouts.clientIdle, both ways, and recorded', async (t) => {
  const up = await wsUpstream(t)
  const s = await startSensor(t, oneApp(up.url, { timeouts: { clientIdle: '300ms', upstreamHeaders: '200ms', upstreamIdle: '200ms' } }))
  const ws = new WebSocket(`ws://127.0.0.1:${s.port}/chat`)
  t.teardown(() => ws.terminate())
  await once(ws, 'open')
  await once(ws, 'close') // nothing sent: the sensor closes it
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 101, outcome: 'ok' })
})

/** A client's masked text frame (RFC 6455 §5.2), short payloads only. */
function maskedText(payload: string): Buffer {
  const data = Buffer.from(payload)
  const mask = Buffer.from([1, 2, 3, 4])
  return Buffer.concat([Buffer.from([0x81, 0x80 | data.length]), mask, data.map((b, i) => b ^ mask[i % 4]!)])
}

t.test('an upgrade pipelined behind a request waits its turn: its 101 follows that answer whole, and the tunnel works', async (t) => {
  let rest: (() => void) | undefined
  const up = await wsUpstream(t, undefined, (_req, res) => {
    res.writeHead(200, { 'content-length': 10 })
    res.write('SLOW-')
    rest = () => res.end('BODY!')
  })
  const s = await startSensor(t, oneApp(up.url))
  const socket = await connectTo(t, s.port)
  let text = ''
  socket.on('data', (d: Buffer) => (text += d.toString('latin1')))
  socket.write('GET /slow HTTP/1.1\r\nHost: a.test\r\n\r\n' + UPGRADE())
  await readUntil(socket, () => text.includes('SLOW-'))
  rest!()
  await readUntil(socket, () => /101 Switching Protocols\r\n[^]*\r\n\r\n/.test(text))
  t.match(text, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nSLOW-BODY!HTTP\/1\.1 101 Switching Protocols\r\n/, 'the body whole, then the 101')
  t.equal(up.upgrades.length, 1)
  const before = text.length
  socket.write(maskedText('hi'))
  await readUntil(socket, () => text.includes('echo:hi'))
  t.equal(text.slice(before), '\x81\x07echo:hi', 'the tunnel carries frames both ways')
  socket.end()
  const records = await s.sink.waitFor(2)
  t.match(records.map((r) => [r.path, r.status, r.outcome]), [['/slow', 200, 'ok'], ['/chat', 101, 'ok']])
})

t.test('an upgrade pipelined behind an answer that closes the connection never reaches the upstream', async (t) => {
  const up = await wsUpstream(t, undefined, (req) => req.socket.destroy()) // → the sensor answers 502, closing
  const s = await startSensor(t, oneApp(up.url))
  const text = await rawRequest(s.port, 'GET /fail HTTP/1.1\r\nHost: a.test\r\n\r\n' + UPGRADE())
  t.equal(statusOf(text), 502)
  t.match(text, /"code":"UPSTREAM_RESET"\}$/, 'the 502 alone, and the connection closed')
  t.equal(up.upgrades.length, 0, 'the upgrade was never forwarded')
})

t.test('an answer still going out when node hands the socket over for an upgrade keeps flowing to its end', async (t) => {
  // node stops relaying the socket's drain to the answer once it gives the socket up: a body larger
  // than the socket's buffers waited for that drain forever
  const size = 8 * 1024 * 1024
  const up = await wsUpstream(t, undefined, (_req, res) => {
    res.writeHead(200, { 'content-length': size })
    res.end(Buffer.alloc(size, 0x61))
  })
  const s = await startSensor(t, oneApp(up.url))
  const socket = await connectTo(t, s.port)
  const chunks: Buffer[] = []
  let received = 0
  let tail = ''
  socket.on('data', (d: Buffer) => {
    chunks.push(d)
    received += d.length
    tail = (tail + d.toString('latin1')).slice(-200)
  })
  socket.write('GET /big HTTP/1.1\r\nHost: a.test\r\n\r\n' + UPGRADE())
  await readUntil(socket, () => /101 Switching Protocols\r\n[^]*\r\n\r\n$/.test(tail))
  const text = Buffer.concat(chunks, received).toString('latin1')
  const at = text.indexOf('\r\n\r\n') + 4
  t.equal(text.indexOf('HTTP/1.1 101'), at + size, 'the 101 comes right after the last byte of the body')
  t.equal(up.upgrades.length, 1)
})

t.test('an upgrade behind an answer its client does not read: the connection is closed at timeouts.clientIdle, not held for ever', async (t) => {
  // (a review's finding) node stops watching the socket's idle timeout when it hands it over for the upgrade: the answer before it
  // waited on a client that never read, holding the connection and its upstream connection for good, and nothing was recorded
  const size = 16 * 1024 * 1024
  const up = await wsUpstream(t, undefined, (_req, res) => {
    res.writeHead(200, { 'content-length': size })
    res.end(Buffer.alloc(size, 0x61))
  })
  const s = await startSensor(t, oneApp(up.url, { timeouts: { clientIdle: '1s', upstreamHeaders: '500ms', upstreamIdle: '500ms' } }))
  const socket = await connectTo(t, s.port)
  socket.pause()
  socket.write('GET /big HTTP/1.1\r\nHost: a.test\r\n\r\n' + UPGRADE())
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { path: '/big', status: 200, outcome: 'client_aborted' }, 'the answer cut at the idle timeout, and recorded')
  t.equal(up.upgrades.length, 0, 'the upgrade behind it never reached the upstream')
})

t.test("a refused upgrade's answer with a transfer coding but chunked is a 502, never relayed as a plain body", async (t) => {
  const up = await startRawUpstream(t, (socket) =>
    socket.once('data', () => socket.end('HTTP/1.1 403 Forbidden\r\nTransfer-Encoding: gzip, chunked\r\n\r\n4\r\n\x1f\x8b\x08\x00\r\n0\r\n\r\n', 'latin1')),
  )
  const s = await startSensor(t, oneApp(up.url))
  const text = await rawRequest(s.port, UPGRADE())
  t.equal(statusOf(text), 502)
  t.match(text, /"code":"UPSTREAM_BAD_RESPONSE"\}$/)
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { path: '/chat', status: 502, error: 'UPSTREAM_BAD_RESPONSE' })
})
