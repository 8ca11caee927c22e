import t from 'tap'
import { once } from 'node:events'
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { startSensor, oneApp, type Tap } from '../helpers/sensor.ts'
import { bodyOf, startRawUpstream, startUpstream } from '../helpers/upstream.ts'
import { connectTo, readUntil, statusOf } from '../helpers/client.ts'

const CHUNKED_HEAD = (path: string) => `POST ${path} HTTP/1.1\r\nHost: a.test\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n`
const chunk = (data: string | Buffer) => Buffer.concat([Buffer.from(`${Buffer.byteLength(data).toString(16)}\r\n`), Buffer.from(data), Buffer.from('\r\n')])

/** counts the body writes undici makes for requests to `path` (each was a syscall and an HTTP chunk of its own) */
function countBodyWrites(t: Tap, path: string): { writes: number } {
  const count = { writes: 0 }
  const onChunk = (msg: unknown): void => {
    if ((msg as { request: { path: string } }).request.path === path) count.writes++
  }
  subscribe('undici:request:bodyChunkSent', onChunk)
  t.teardown(() => unsubscribe('undici:request:bodyChunkSent', onChunk))
  return count
}

t.test('a chunked upload of many one-byte chunks goes upstream byte-exact, in a few writes', async (t) => {
  const N = 20_000
  const body = Buffer.alloc(N)
  for (let i = 0; i < N; i++) body[i] = (i * 7) % 256 // every byte value, CR and LF among them
  let received: Buffer | null = null
  const up = await startUpstream(t, async (req, res) => {
    received = await bodyOf(req)
    res.end(`got ${received.length}`)
  })
  const s = await startSensor(t, oneApp(up.url))
  const written = countBodyWrites(t, '/tiny')
  const wire: Buffer[] = [Buffer.from(CHUNKED_HEAD('/tiny'))]
  for (let i = 0; i < N; i++) wire.push(chunk(body.subarray(i, i + 1)))
  wire.push(Buffer.from('0\r\n\r\n'))
  const client = await connectTo(t, s.port)
  client.write(Buffer.concat(wire)) // in one go: a socket read holds thousands of chunks
  const text = await readUntil(client, (x) => x.endsWith(`got ${N}`))
  t.equal(statusOf(text), 200)
  t.ok(received !== null && body.equals(received), 'the upstream got every byte, in order')
  // one write (a syscall, and an HTTP chunk) a chunk before: 20,000
  t.ok(written.writes > 0 && written.writes <= N / 100, `undici wrote the body in ${written.writes} write(s)`)
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 200, outcome: 'ok', reqBytes: N })
})

t.test('what the sensor records of a body sent a byte a chunk is the body as sent', async (t) => {
  const up = await startUpstream(t, async (req, res) => {
    await bodyOf(req)
    res.end('{}')
  })
  const s = await startSensor(t, {
    ...oneApp(up.url),
    traced: [{ name: 'user', from: 'body', key: '/user' }],
    rules: [{ params: ['user'] }],
  })
  // the value last, after 30 KB, and its UTF-8 bytes cut apart by the chunks
  const body = Buffer.from(JSON.stringify({ pad: 'p'.repeat(30_000), user: 'Zoë ✓' }))
  const wire: Buffer[] = [Buffer.from(CHUNKED_HEAD('/json').replace('octet-stream', 'json'))]
  for (let i = 0; i < body.length; i++) wire.push(chunk(body.subarray(i, i + 1)))
  wire.push(Buffer.from('0\r\n\r\n'))
  const client = await connectTo(t, s.port)
  client.write(Buffer.concat(wire))
  t.equal(statusOf(await readUntil(client, (x) => x.endsWith('{}'))), 200)
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { rule: 'custom:1', params: { user: 'Zoë ✓' }, reqBytes: body.length }, 'the body tap kept the bytes as sent')
})

t.test('a slow chunked upload is forwarded as it comes: the upstream has the first piece before the client sends the rest', async (t) => {
  const up = await startUpstream(t, () => {}) // answered below
  const s = await startSensor(t, oneApp(up.url))
  const arrived = once(up.server, 'request') as Promise<[IncomingMessage, ServerResponse]>
  const client = await connectTo(t, s.port)
  client.write(Buffer.concat([Buffer.from(CHUNKED_HEAD('/slow')), chunk('hello')]))
  const [upstreamReq, upstreamRes] = await arrived
  const [first] = (await once(upstreamReq, 'data')) as [Buffer]
  t.equal(first.toString(), 'hello', 'the first piece went on alone')
  const rest: Buffer[] = []
  upstreamReq.on('data', (c: Buffer) => rest.push(c))
  upstreamReq.on('end', () => upstreamRes.end(Buffer.concat(rest)))
  client.write(Buffer.concat([chunk('wor'), chunk('ld'), Buffer.from('0\r\n\r\n')]))
  const text = await readUntil(client, (x) => x.endsWith('\r\n\r\nworld'))
  t.equal(statusOf(text), 200, 'the rest followed, and the end')
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 200, outcome: 'ok', reqBytes: 10 })
})

t.test('a client that leaves mid-upload cancels the upstream request', async (t) => {
  const up = await startUpstream(t, () => {}) // never answers
  const s = await startSensor(t, oneApp(up.url))
  const arrived = once(up.server, 'request') as Promise<[IncomingMessage]>
  const client = await connectTo(t, s.port)
  client.write(Buffer.concat([Buffer.from(CHUNKED_HEAD('/gone')), chunk('part of it')]))
  const [upstreamReq] = await arrived
  await once(upstreamReq, 'data')
  // the upstream's server takes its connection closed mid-body as an error (HPE_INVALID_EOF_STATE)
  const upstreamClosed = new Promise((resolve) => upstreamReq.socket.on('error', () => {}).on('close', resolve))
  client.destroy()
  await upstreamClosed
  t.pass('the upstream connection of the abandoned upload was closed')
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 499, outcome: 'client_aborted', error: null })
})

t.test('an upstream that resets mid-upload: a 502, and the sensor serves on', async (t) => {
  const up = await startRawUpstream(t, (socket, index) => {
    if (index > 0) return void socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok')
    socket.once('data', () => socket.resetAndDestroy())
  })
  const s = await startSensor(t, oneApp(up.url))
  const client = await connectTo(t, s.port)
  client.write(Buffer.concat([Buffer.from(CHUNKED_HEAD('/reset')), chunk('x'.repeat(1000))]))
  const text = await readUntil(client, (x) => x.includes('\r\n\r\n') && x.includes('}'))
  t.equal(statusOf(text), 502)
  t.match(text, /UPSTREAM_RESET/)
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 502, outcome: 'upstream_error', error: 'UPSTREAM_RESET' })
  const next = await connectTo(t, s.port)
  next.write('GET /next HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n')
  t.equal(statusOf(await readUntil(next, (x) => x.endsWith('ok'))), 200, 'the next request is answered')
})
