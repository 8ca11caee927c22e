import t from 'tap'
import { Readable } from 'node:stream'
import { randomBytes, createHash } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { once } from 'node:events'
import { startSensor, oneApp } from '../helpers/sensor.ts'
import { bodyOf, startUpstream } from '../helpers/upstream.ts'
import { connectTo, httpClient, rawRequest, readUntil, statusOf } from '../helpers/client.ts'
import { PREREAD_MAX_BYTES } from '../../src/proxy/exchange.ts'

t.test('GET passes through with status, headers and body unchanged, and is recorded', async (t) => {
  const up = await startUpstream(t, (req, res) => {
    res.writeHead(203, 'Odd But Fine', { 'x-upstream': 'yes', 'content-type': 'text/plain', 'cache-control': 'no-store' })
    res.end(`hello ${req.url}`)
  })
  const s = await startSensor(t, oneApp(up.url))
  const client = httpClient(t, s.url)
  const res = await client.request({ path: '/a/b?x=1&y=2', method: 'GET', headers: { 'user-agent': 'tap-test/1', host: 'shop.test' } })
  t.equal(res.statusCode, 203)
  t.equal(res.headers['x-upstream'], 'yes')
  t.equal(res.headers['cache-control'], 'no-store')
  t.equal(await res.body.text(), 'hello /a/b?x=1&y=2')
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, {
    app: 'app',
    host: 'shop.test',
    method: 'GET',
    path: '/a/b',
    query: 'x=1&y=2',
    status: 203,
    reqBytes: 0,
    resBytes: 'hello /a/b?x=1&y=2'.length,
    ip: '127.0.0.1',
    ua: 'tap-test/1',
    outcome: 'ok',
    error: null,
    rule: 'builtin:ip-ua',
    idParams: ['ip', 'user-agent'],
    params: {},
    attacks: [],
  })
  t.type(rec!.id, 'string')
  t.match(rec!.sid, /^[A-Za-z0-9_-]{22}$/, 'a keyed-hash session id')
  t.ok(rec!.ttfbMs! >= 0 && rec!.durationMs >= rec!.ttfbMs!, 'ttfb within duration')
  t.ok(Math.abs(rec!.ts - Date.now()) < 60_000, 'ts is epoch ms')
})

t.test('bodies arrive byte for byte: binary, chunked, empty, in both directions', async (t) => {
  const seen: { te?: string | undefined; cl?: string | undefined; sha: string }[] = []
  const up = await startUpstream(t, async (req, res) => {
    const body = await bodyOf(req)
    seen.push({ te: req.headers['transfer-encoding'], cl: req.headers['content-length'], sha: createHash('sha256').update(body).digest('hex') })
    res.writeHead(200, { 'content-type': 'application/octet-stream' })
    // answer chunked (no content-length), in two writes
    res.write(body.subarray(0, body.length >> 1))
    res.end(body.subarray(body.length >> 1))
  })
  const s = await startSensor(t, oneApp(up.url))
  const client = httpClient(t, s.url)

  const binary = randomBytes(3 * 1024 * 1024 + 17)
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

  const r1 = await client.request({ path: '/bin', method: 'POST', body: binary, headers: { 'content-type': 'application/octet-stream' } })
  const back1 = Buffer.from(await r1.body.arrayBuffer())
  t.equal(sha(back1), sha(binary), 'binary with content-length round-trips')
  t.equal(seen[0]!.cl, String(binary.length))
  t.equal(seen[0]!.sha, sha(binary))

  async function* pieces() {
    yield Buffer.from('first-')
    yield Buffer.alloc(70_000, 0xff)
    yield Buffer.from([0, 1, 2, 13, 10, 0])
  }
  const chunked = Buffer.concat([Buffer.from('first-'), Buffer.alloc(70_000, 0xff), Buffer.from([0, 1, 2, 13, 10, 0])])
  const r2 = await client.request({ path: '/chunked', method: 'PUT', body: Readable.from(pieces()) })
  t.equal(sha(Buffer.from(await r2.body.arrayBuffer())), sha(chunked), 'chunked upload round-trips')
  // undici may re-frame a body it already holds whole with content-length: the bytes are what count
  t.ok(seen[1]!.te === 'chunked' || seen[1]!.cl === String(chunked.length), 'framed chunked or with the right length')
  t.equal(seen[1]!.sha, sha(chunked))

  const r3 = await client.request({ path: '/empty', method: 'POST', body: '' })
  t.equal((await r3.body.arrayBuffer()).byteLength, 0, 'empty body')
  t.equal(seen[2]!.sha, sha(Buffer.alloc(0)))

  const recs = await s.sink.waitFor(3)
  t.equal(recs[0]!.reqBytes, binary.length, 'request bytes counted')
  t.equal(recs[0]!.resBytes, binary.length, 'response bytes counted')
  t.equal(recs[1]!.reqBytes, chunked.length, 'chunked request bytes counted')
})

t.test('client keep-alive and upstream keep-alive: one connection each for sequential requests', async (t) => {
  const upstreamSockets = new Set<unknown>()
  const up = await startUpstream(t, (req, res) => {
    upstreamSockets.add(req.socket)
    res.end('ok')
  })
  const s = await startSensor(t, oneApp(up.url))
  let clientConnections = 0
  const client = httpClient(t, s.url)
  client.on('connect', () => clientConnections++)
  for (let i = 0; i < 5; i++) {
    const r = await client.request({ path: `/${i}`, method: 'GET' })
    t.equal(await r.body.text(), 'ok')
  }
  t.equal(clientConnections, 1, 'the client reused its connection')
  t.equal(upstreamSockets.size, 1, 'the sensor reused its upstream connection')
})

t.test('hop-by-hop headers are dropped, end-to-end ones kept with duplicates and order', async (t) => {
  let raw: string[] = []
  const up = await startUpstream(t, (req, res) => {
    raw = req.rawHeaders
    res.setHeader('Set-Cookie', ['a=1; Path=/', 'b=2; HttpOnly', 'c=3'])
    res.setHeader('X-Drop-Me', 'secret-hop')
    res.setHeader('Connection', 'X-Drop-Me')
    res.setHeader('X-Keep', 'kept')
    res.end('ok')
  })
  const s = await startSensor(t, oneApp(up.url))
  const text = await rawRequest(
    s.port,
    'GET /h HTTP/1.1\r\nHost: a.test\r\nX-Dup: one\r\nConnection: X-Hop, close\r\nX-Hop: gone\r\nKeep-Alive: timeout=9\r\n' +
      'TE: trailers\r\nProxy-Connection: keep-alive\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\nX-Dup: two\r\nX-Case-Kept: Value\r\n\r\n',
  )
  t.equal(statusOf(text), 200)
  const names = raw.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase())
  t.same(raw.flatMap((v, i) => (i % 2 === 0 && v.toLowerCase() === 'connection' ? [raw[i + 1]] : [])), ['keep-alive'], "only the sensor's own Connection")
  for (const hop of ['x-hop', 'keep-alive', 'te', 'proxy-connection', 'upgrade', 'http2-settings']) {
    t.notOk(names.includes(hop), `${hop} not forwarded`)
  }
  const dups = raw.flatMap((v, i) => (i % 2 === 0 && v === 'X-Dup' ? [raw[i + 1]] : []))
  t.same(dups, ['one', 'two'], 'duplicates forwarded in order')
  t.ok(raw.includes('X-Case-Kept'), 'header name case kept')
  t.match(text, /Set-Cookie: a=1; Path=\/\r\nSet-Cookie: b=2; HttpOnly\r\nSet-Cookie: c=3\r\n/i, 'every Set-Cookie reaches the client in order')
  t.notMatch(text, /X-Drop-Me/i, 'a response header named in Connection is dropped')
  t.match(text, /X-Keep: kept/i)
})

t.test('X-Forwarded-*: a spoofed header from an untrusted peer is replaced', async (t) => {
  let headers: IncomingMessage['headers'] = {}
  const up = await startUpstream(t, (req, res) => {
    headers = req.headers
    res.end('ok')
  })
  const s = await startSensor(t, oneApp(up.url))
  const client = httpClient(t, s.url)
  const r = await client.request({
    path: '/',
    method: 'GET',
    headers: { host: 'shop.test', 'x-forwarded-for': '6.6.6.6', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.test' },
  })
  await r.body.text()
  t.equal(headers['x-forwarded-for'], '127.0.0.1')
  t.equal(headers['x-forwarded-proto'], 'http')
  t.equal(headers['x-forwarded-host'], 'shop.test')
  t.equal(headers.host, 'shop.test', 'Host is preserved')
  const [rec] = await s.sink.waitFor(1)
  t.equal(rec!.ip, '127.0.0.1')
})

t.test('X-Forwarded-For is believed through trusted proxies and extended', async (t) => {
  let headers: IncomingMessage['headers'] = {}
  const up = await startUpstream(t, (req, res) => {
    headers = req.headers
    res.end('ok')
  })
  const s = await startSensor(t, oneApp(up.url, { trustedProxies: ['127.0.0.0/8', '10.0.0.0/8'] }))
  const client = httpClient(t, s.url)
  const r = await client.request({
    path: '/',
    method: 'GET',
    headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.1.2.3', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'shop.example.com' },
  })
  await r.body.text()
  t.equal(headers['x-forwarded-for'], '6.6.6.6, 203.0.113.9, 10.1.2.3, 127.0.0.1', 'chain extended with the peer')
  t.equal(headers['x-forwarded-proto'], 'https', 'trusted proto kept')
  t.equal(headers['x-forwarded-host'], 'shop.example.com', 'trusted host kept')
  const [rec] = await s.sink.waitFor(1)
  t.equal(rec!.ip, '203.0.113.9', 'client is the first untrusted hop from the right')
})

t.test('request headers undici refuses are handled, never a crash', async (t) => {
  const got: IncomingMessage['headers'][] = []
  const up = await startUpstream(t, async (req, res) => {
    got.push(req.headers)
    res.end((await bodyOf(req)).toString())
  })
  const s = await startSensor(t, oneApp(up.url))
  const cases = [
    'POST /te HTTP/1.1\r\nHost: a.test\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
    'GET /ka HTTP/1.1\r\nHost: a.test\r\nKeep-Alive: timeout=5, max=100\r\nConnection: keep-alive, close\r\n\r\n',
    'POST /expect HTTP/1.1\r\nHost: a.test\r\nExpect: 100-continue\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello',
    'GET /odd HTTP/1.1\r\nHost: a.test\r\nConnection: upgrade, x-weird, close\r\nUpgrade: something/1\r\n\r\n',
    'GET /h2c HTTP/1.1\r\nHost: a.test\r\nConnection: Upgrade, HTTP2-Settings, close\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n',
  ]
  for (const c of cases) {
    const text = await rawRequest(s.port, c)
    t.equal(statusOf(text.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '')), 200, c.split('\r\n')[0]!)
  }
  t.equal(got.length, cases.length, 'every request reached the upstream')
  t.ok(got[0]!['transfer-encoding'] === 'chunked' || got[0]!['content-length'] === '5', 'chunked body framed upstream')
  t.notOk(got[2]!.expect, 'expect is answered by the sensor, not forwarded')
  t.notOk(got[4]!.upgrade, 'h2c is never tunnelled: Upgrade is dropped')
})

t.test('W3C traceparent passes untouched and its trace id is recorded', async (t) => {
  const seen: (string | undefined)[] = []
  const up = await startUpstream(t, (req, res) => {
    seen.push(req.headers.traceparent as string | undefined)
    res.end('ok')
  })
  const s = await startSensor(t, oneApp(up.url))
  const client = httpClient(t, s.url)
  const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'
  await (await client.request({ path: '/traced', method: 'GET', headers: { traceparent, tracestate: 'congo=t61rcWkgMzE' } })).body.text()
  await (await client.request({ path: '/bad', method: 'GET', headers: { traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01' } })).body.text()
  await (await client.request({ path: '/none', method: 'GET' })).body.text()
  t.same(seen, [traceparent, '00-00000000000000000000000000000000-00f067aa0ba902b7-01', undefined], 'traceparent reaches the upstream untouched')
  const recs = await s.sink.waitFor(3)
  t.equal(recs[0]!.traceId, '4bf92f3577b34da6a3ce929d0e0e4736')
  t.equal(recs[1]!.traceId, null, 'an all-zero trace id is invalid')
  t.equal(recs[2]!.traceId, null)
})

t.test('a body of known length up to 64 KiB is read whole before the upstream hears of the request; a longer one streams', async (t) => {
  const bodies: Buffer[] = []
  let heard = 0
  let onHeard: (() => void) | null = null
  const up = await startUpstream(t, async (req, res) => {
    heard++
    onHeard?.()
    const body = await bodyOf(req)
    bodies.push(body)
    res.end(`got ${body.length}`)
  })
  const s = await startSensor(t, oneApp(up.url))
  const head = (length: number) => `POST /upload HTTP/1.1\r\nHost: a.test\r\nContent-Type: application/octet-stream\r\nContent-Length: ${length}\r\n\r\n`

  // a client that leaves half-way through a small body: nothing reaches the upstream
  const gone = await connectTo(t, s.port)
  gone.write(head(1_000) + 'x'.repeat(500))
  gone.end() // node takes a client's half-close as leaving
  const [aborted] = await s.sink.waitFor(1)
  t.match(aborted, { status: 499, outcome: 'client_aborted', error: null }, 'recorded as the client leaving')
  // the whole small body, sent in two writes, arrives as sent
  const small = Buffer.alloc(PREREAD_MAX_BYTES, 7)
  small.write('first', 0)
  const whole = await connectTo(t, s.port)
  whole.write(head(small.length) + small.subarray(0, 1000).toString('latin1'))
  whole.write(small.subarray(1000))
  const answer = (await once(whole, 'data'))[0] as Buffer
  t.equal(statusOf(answer.toString('latin1')), 200, 'answered')
  const [, rec] = await s.sink.waitFor(2)
  t.equal(rec!.reqBytes, small.length, 'its bytes counted')
  t.equal(heard, 1, 'the upstream heard of the whole request only, not of the one left half-way')
  t.ok(bodies[0]!.equals(small), 'the body arrives byte for byte')

  // a body over 64 KiB streams: the upstream hears of it before the client has sent it all
  const large = await connectTo(t, s.port)
  const upstreamHeard = new Promise<void>((resolve) => (onHeard = resolve))
  large.write(head(100_000) + 'y'.repeat(70_000))
  await upstreamHeard
  t.equal(heard, 2, 'the upstream heard of the long body with 30,000 of its bytes still to come')
  large.write('z'.repeat(30_000))
  await readUntil(large, (x) => x.endsWith('got 100000'))
  t.pass('and got all of it')
})
