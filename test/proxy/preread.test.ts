import t from 'tap'
import { once } from 'node:events'
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import { startSensor, oneApp, testConfig } from '../helpers/sensor.ts'
import { bodyOf, startRawUpstream, startUpstream } from '../helpers/upstream.ts'
import { connectTo, httpClient, readUntil, statusOf } from '../helpers/client.ts'

/** resolves once the proxy's server has handed a request for `path` to its handler (then start() has run) */
function requestSeen(path: string): Promise<void> {
  return new Promise((resolve) => {
    const onStart = (msg: unknown): void => {
      if ((msg as { request: IncomingMessage }).request.url !== path) return
      unsubscribe('http.server.request.start', onStart)
      // the channel speaks before 'request' is emitted: resolve after it
      setImmediate(resolve)
    }
    subscribe('http.server.request.start', onStart)
  })
}

t.test('a config reload while a small body is being read: the request still reaches its upstream (in-flight requests finish on the old pools)', async (t) => {
  const up = await startUpstream(t, async (req, res) => res.end(`got ${(await bodyOf(req)).length}`))
  const s = await startSensor(t, oneApp(up.url))
  const client = await connectTo(t, s.port)
  const seen = requestSeen('/upload')
  client.write('POST /upload HTTP/1.1\r\nHost: a.test\r\nContent-Length: 10\r\n\r\n12345')
  await seen
  s.sensor.reload(testConfig(oneApp(up.url)))
  client.write('67890')
  const text = await readUntil(client, (x) => x.includes('\r\n\r\n') && (statusOf(x) !== 200 || x.endsWith('got 10')))
  t.equal(statusOf(text), 200, 'answered by the upstream, not a 502')
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 200, outcome: 'ok', error: null, reqBytes: 10 })
})

t.test('a client that stalls mid-body is cut by the idle timeout: one record, nothing upstream', async (t) => {
  let heard = 0
  const up = await startUpstream(t, async (req, res) => {
    heard++
    res.end(await bodyOf(req))
  })
  const s = await startSensor(t, oneApp(up.url, { timeouts: { clientIdle: '400ms', upstreamHeaders: '200ms', upstreamIdle: '200ms' } }))
  const client = await connectTo(t, s.port)
  client.write('PUT /doc HTTP/1.1\r\nHost: a.test\r\nContent-Length: 100\r\n\r\nabc')
  await once(client, 'close')
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 499, outcome: 'client_aborted' })
  // a later request on another connection: its record is the second, none other came between
  const other = await connectTo(t, s.port)
  other.write('PUT /doc HTTP/1.1\r\nHost: a.test\r\nContent-Length: 3\r\nConnection: close\r\n\r\nxyz')
  t.equal(statusOf(await readUntil(other, (x) => x.endsWith('xyz'))), 200)
  const recs = await s.sink.waitFor(2)
  t.equal(recs.length, 2, 'the stalled one recorded once')
  t.equal(heard, 1, 'only the whole request reached the upstream')
})

t.test('pipelined small bodies, Expect: 100-continue and a GET with a body: each forwarded with its own body', async (t) => {
  const seen: string[] = []
  const up = await startUpstream(t, async (req, res) => {
    const body = (await bodyOf(req)).toString()
    seen.push(`${req.method} ${req.url} ${req.headers['content-length']} ${body}`)
    res.end(`[${body}]`)
  })
  const s = await startSensor(t, oneApp(up.url))
  const client = await connectTo(t, s.port)
  client.write(
    'POST /a HTTP/1.1\r\nHost: a.test\r\nContent-Length: 3\r\n\r\naaa' +
      'GET /b HTTP/1.1\r\nHost: a.test\r\nContent-Length: 2\r\n\r\nbb' +
      'PUT /c HTTP/1.1\r\nHost: a.test\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n',
  )
  const cont = await readUntil(client, (x) => x.includes('100 Continue'))
  t.match(cont, /100 Continue/, 'node answered the 100 itself')
  client.write('cccc')
  const text = cont + (await readUntil(client, (x) => x.endsWith('[cccc]')))
  t.match(text, /\[aaa\][\s\S]*\[bb\][\s\S]*\[cccc\]$/, 'three answers in order')
  t.same(seen, ['POST /a 3 aaa', 'GET /b 2 bb', 'PUT /c 4 cccc'])
  const recs = await s.sink.waitFor(3)
  t.same(recs.map((r) => [r.status, r.reqBytes]), [[200, 3], [200, 2], [200, 4]])
})

t.test('shutting down while a small body is being read: the exchange is recorded once and the shutdown ends', async (t) => {
  let heard = 0
  const up = await startUpstream(t, (_req, res) => {
    heard++
    res.end()
  })
  const s = await startSensor(t, oneApp(up.url, { timeouts: { shutdown: '300ms' } }))
  const client = await connectTo(t, s.port)
  const seen = requestSeen('/slow')
  client.write('POST /slow HTTP/1.1\r\nHost: a.test\r\nContent-Length: 50\r\n\r\nabc')
  await seen
  await s.sensor.close()
  const recs = await s.sink.waitFor(1)
  t.equal(recs.length, 1)
  t.match(recs[0], { status: 499, outcome: 'client_aborted' })
  t.equal(heard, 0, 'nothing reached the upstream')
})

t.test('a small body written in pieces of every size (a byte at a time too) arrives byte for byte', async (t) => {
  const bodies: Buffer[] = []
  const up = await startUpstream(t, async (req, res) => {
    const body = await bodyOf(req)
    bodies.push(body)
    res.end(`got ${body.length}`)
  })
  const s = await startSensor(t, oneApp(up.url))
  const client = await connectTo(t, s.port)
  client.setNoDelay(true)
  for (const length of [1, 10, 4097, 65536]) {
    const body = Buffer.alloc(length)
    for (let i = 0; i < length; i++) body[i] = (i * 31 + length) & 0xff
    client.write(`PUT /doc HTTP/1.1\r\nHost: a.test\r\nContent-Length: ${length}\r\n\r\n`)
    // pieces of 1, 2, 3… bytes, then 1 KiB and more, each on a later turn of the event loop
    let at = 0
    for (let piece = 1; at < length; piece = piece < 64 ? piece + 1 : piece * 2) {
      client.write(body.subarray(at, at + piece))
      at += piece
      await new Promise((resolve) => setImmediate(resolve))
    }
    await readUntil(client, (x) => x.endsWith(`got ${length}`))
    t.ok(bodies.at(-1)!.equals(body), `${length} bytes arrive as sent`)
  }
  const recs = await s.sink.waitFor(4)
  t.same(recs.map((r) => r.reqBytes), [1, 10, 4097, 65536], 'each counted')
})

t.test('a drain that begins while a small body is being read: the request is still forwarded, answered with Connection: close', async (t) => {
  const up = await startUpstream(t, async (req, res) => res.end(`got ${(await bodyOf(req)).length}`))
  const s = await startSensor(t, oneApp(up.url))
  const client = await connectTo(t, s.port)
  const seen = requestSeen('/late')
  client.write('PUT /late HTTP/1.1\r\nHost: a.test\r\nContent-Length: 6\r\n\r\nabc')
  await seen
  const stopped = s.sensor.close()
  client.write('def')
  const text = await readUntil(client, (x) => x.endsWith('got 6'))
  t.equal(statusOf(text), 200)
  t.match(text, /\r\nconnection: close\r\n/i, 'the connection closes after it')
  await stopped
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 200, outcome: 'ok', reqBytes: 6 })
})

t.test('a keep-alive race during a reload: the idempotent request is retried on its old pool, not answered 502', async (t) => {
  let s: Awaited<ReturnType<typeof startSensor>> | null = null
  const requests: string[] = []
  const up = await startRawUpstream(t, (socket) => {
    let n = 0
    socket.on('data', (d) => {
      const text = d.toString('latin1')
      requests.push(text.split(' ', 2).join(' '))
      if (n++ > 0) {
        // the second request of a connection: a reload happens, then the connection is found dead
        s!.sensor.reload(testConfig(oneApp(up.url)))
        return void socket.resetAndDestroy()
      }
      const body = text.slice(text.indexOf('\r\n\r\n') + 4)
      socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n${body}`)
    })
  })
  s = await startSensor(t, oneApp(up.url))
  const client = httpClient(t, s.url)
  t.equal(await (await client.request({ path: '/warm', method: 'GET' })).body.text(), '')
  const put = await client.request({ path: '/doc/1', method: 'PUT', body: 'v=2' })
  t.equal(put.statusCode, 200, 'retried, not 502')
  t.equal(await put.body.text(), 'v=2')
  t.same(requests, ['GET /warm', 'PUT /doc/1', 'PUT /doc/1'])
})
