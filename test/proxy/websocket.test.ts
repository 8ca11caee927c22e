import t from 'tap'
import http from 'node:http'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, WebSocket } from 'ws'
import { startSensor, oneApp, type Tap } from '../helpers/sensor.ts'
import { rawRequest, statusOf } from '../helpers/client.ts'

async function wsUpstream(t: Tap, verify?: (req: http.IncomingMessage) => boolean): Promise<{ url: string; upgrades: http.IncomingMessage[] }> {
  const server = http.createServer((_req, res) => res.end('plain'))
  const upgrades: http.IncomingMessage[] = []
  const wss = new WebSocketServer({
    server,
    verifyClient: (info: { req: http.IncomingMessage }) => {
      upgrades.push(info.req)
      return verify ? verify(info.req) : true
    },
  })
  wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(isBinary ? data : `echo:${data.toString()}`, { binary: isBinary })))
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
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { method: 'GET', path: '/chat', query: 'room=1', status: 101, outcome: 'ok', ua: 'ws-test' })
  ws.close()
  await once(ws, 'close')
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
