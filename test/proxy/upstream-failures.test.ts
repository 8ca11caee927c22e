import t from 'tap'
import { once } from 'node:events'
import { startSensor, oneApp } from '../helpers/sensor.ts'
import { freePort, startRawUpstream, startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'

t.test('refused → 502 UPSTREAM_REFUSED with a JSON body', async (t) => {
  const port = await freePort() // bound, noted and closed: nothing listens there
  const s = await startSensor(t, oneApp(`http://127.0.0.1:${port}`))
  const res = await httpClient(t, s.url).request({ path: '/x', method: 'GET' })
  t.equal(res.statusCode, 502)
  t.equal(res.headers['content-type'], 'application/json')
  t.same(await res.body.json(), { error: 'the upstream refused the connection', code: 'UPSTREAM_REFUSED' })
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 502, outcome: 'upstream_error', error: 'UPSTREAM_REFUSED', ttfbMs: null })
  t.ok(s.logs.find('upstream request failed'), 'logged at warn')
})

t.test('reset before any answer → 502 UPSTREAM_RESET', async (t) => {
  const up = await startRawUpstream(t, (socket) => socket.once('data', () => socket.resetAndDestroy()))
  const s = await startSensor(t, oneApp(up.url))
  // POST: never retried, so the reset is what the client sees
  const res = await httpClient(t, s.url).request({ path: '/x', method: 'POST', body: 'a' })
  t.equal(res.statusCode, 502)
  t.same(await res.body.json(), { error: 'the upstream closed the connection', code: 'UPSTREAM_RESET' })
})

t.test('malformed answer → 502 UPSTREAM_BAD_RESPONSE', async (t) => {
  const up = await startRawUpstream(t, (socket) => socket.once('data', () => socket.end('HELLO THERE\r\n\r\n')))
  const s = await startSensor(t, oneApp(up.url))
  const res = await httpClient(t, s.url).request({ path: '/x', method: 'GET' })
  t.equal(res.statusCode, 502)
  t.same(await res.body.json(), { error: 'the upstream sent an invalid response', code: 'UPSTREAM_BAD_RESPONSE' })
})

t.test('oversized upstream headers → 502, not a crash', async (t) => {
  const up = await startRawUpstream(t, (socket) =>
    socket.once('data', () => socket.end(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(70_000)}\r\nContent-Length: 0\r\n\r\n`)),
  )
  const s = await startSensor(t, oneApp(up.url))
  const res = await httpClient(t, s.url).request({ path: '/x', method: 'GET' })
  t.equal(res.statusCode, 502)
  t.equal(((await res.body.json()) as { code: string }).code, 'UPSTREAM_BAD_RESPONSE')
})

t.test('no answer in time → 504 UPSTREAM_TIMEOUT, recorded as timeout', async (t) => {
  const up = await startRawUpstream(t, () => {}) // accepts, reads, never answers
  const s = await startSensor(t, oneApp(up.url, { timeouts: { upstreamHeaders: '300ms', upstreamIdle: '1s', clientIdle: '5s' } }))
  const res = await httpClient(t, s.url).request({ path: '/slow', method: 'GET' })
  t.equal(res.statusCode, 504)
  t.same(await res.body.json(), { error: 'the upstream did not answer in time', code: 'UPSTREAM_TIMEOUT' })
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 504, outcome: 'timeout', error: 'UPSTREAM_TIMEOUT' })
})

t.test('a body cut short mid-way: the client sees a truncated stream, the record says why', async (t) => {
  const up = await startRawUpstream(t, (socket) =>
    socket.once('data', () => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n')
      socket.write(Buffer.alloc(1000, 1), () => socket.resetAndDestroy())
    }),
  )
  const s = await startSensor(t, oneApp(up.url))
  const res = await httpClient(t, s.url).request({ path: '/cut', method: 'GET' })
  t.equal(res.statusCode, 200, 'the answer had begun')
  await t.rejects(res.body.arrayBuffer(), 'the client sees the stream fail, not a hang and not a complete body')
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 200, outcome: 'upstream_error', error: 'UPSTREAM_RESET' })
  t.ok(rec!.resBytes >= 1000 && rec!.resBytes < 100_000)
})

t.test('a client abort cancels the upstream request', async (t) => {
  let upstreamReq: import('node:http').IncomingMessage | undefined
  const arrived = new Promise<void>((resolve) => {
    void startUpstream(t, (req) => {
      upstreamReq = req // never answers
      resolve()
    }).then((up) => started(up.url))
  })
  let started!: (url: string) => void
  const url = await new Promise<string>((resolve) => (started = resolve))
  const s = await startSensor(t, oneApp(url))
  const ac = new AbortController()
  const client = httpClient(t, s.url)
  const pending = client.request({ path: '/hang', method: 'GET', signal: ac.signal })
  await arrived
  const upstreamClosed = once(upstreamReq!.socket, 'close')
  ac.abort()
  await t.rejects(pending)
  await upstreamClosed
  t.pass('the upstream connection of the abandoned request was closed')
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 499, outcome: 'client_aborted', error: null })
})

t.test('keep-alive race: an idempotent request is retried once on a fresh connection, a POST never', async (t) => {
  // answers the first GET of each connection (keep-alive), resets on the second, and resets every
  // POST as if its connection too had gone stale
  const requests: string[] = []
  const up = await startRawUpstream(t, (socket) => {
    let n = 0
    socket.on('data', (d) => {
      const line = d.toString('latin1').split(' ', 2).join(' ')
      requests.push(line)
      if (n++ === 0 && line.startsWith('GET')) socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok')
      else socket.resetAndDestroy()
    })
  })
  const s = await startSensor(t, oneApp(up.url))
  const client = httpClient(t, s.url)
  const first = await client.request({ path: '/one', method: 'GET' })
  t.equal(await first.body.text(), 'ok')
  const second = await client.request({ path: '/two', method: 'GET' })
  t.equal(second.statusCode, 200, 'GET retried after the stale connection reset')
  t.equal(await second.body.text(), 'ok')
  t.same(requests, ['GET /one', 'GET /two', 'GET /two'], 'sent twice: once on the stale connection, once on a fresh one')
  t.equal(up.sockets.length, 2)

  const post = await client.request({ path: '/pay', method: 'POST', body: 'x' })
  t.equal(post.statusCode, 502, 'a POST that meets a reset is not retried')
  await post.body.text()
  t.same(requests.filter((r) => r === 'POST /pay'), ['POST /pay'], 'the POST reached the upstream once')
})

t.test('keep-alive race: a PUT with a small body (read whole) is retried once with the same body, counted once', async (t) => {
  // answers the first request of each connection (keep-alive) with what it received, resets the second
  const requests: string[] = []
  const up = await startRawUpstream(t, (socket) => {
    let n = 0
    socket.on('data', (d) => {
      const text = d.toString('latin1')
      const line = text.split(' ', 2).join(' ')
      requests.push(line)
      if (n++ > 0) return void socket.resetAndDestroy()
      const body = text.slice(text.indexOf('\r\n\r\n') + 4)
      socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n${body}`)
    })
  })
  const s = await startSensor(t, oneApp(up.url))
  const client = httpClient(t, s.url)
  t.equal(await (await client.request({ path: '/warm', method: 'GET' })).body.text(), '', 'a pooled connection')
  const put = await client.request({ path: '/doc/1', method: 'PUT', body: 'v=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
  t.equal(put.statusCode, 200, 'PUT retried after the stale connection reset')
  t.equal(await put.body.text(), 'v=2', 'with its body')
  t.same(requests, ['GET /warm', 'PUT /doc/1', 'PUT /doc/1'], 'sent twice: once on the stale connection, once on a fresh one')
  const [, rec] = await s.sink.waitFor(2)
  t.equal(rec!.reqBytes, 3, 'its bytes counted once')
})

t.test('unknown host → 421 with a JSON body when there is no default application', async (t) => {
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startSensor(t, { applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }] })
  const client = httpClient(t, s.url)
  const miss = await client.request({ path: '/', method: 'GET', headers: { host: 'other.test' } })
  t.equal(miss.statusCode, 421)
  t.same(await miss.body.json(), { error: 'no application is configured for this host', code: 'NO_APPLICATION' })
  const hit = await client.request({ path: '/', method: 'GET', headers: { host: 'SHOP.test:8080' } })
  t.equal(await hit.body.text(), 'ok')
  const metrics = await (await fetch(`${s.adminUrl}/metrics`)).text()
  t.match(metrics, /apisess_rejected_requests_total\{code="NO_APPLICATION"\} 1/)
})

t.test('the upstream base path prefixes every request target', async (t) => {
  const up = await startUpstream(t, (req, res) => res.end(req.url))
  const s = await startSensor(t, oneApp(`${up.url}/v2/`))
  const res = await httpClient(t, s.url).request({ path: '/users?id=1', method: 'GET' })
  t.equal(await res.body.text(), '/v2/users?id=1')
})

t.test("undici refusing what the sensor handed it is the sensor's fault: a 500 counted as an internal error, never blamed on the upstream", async (t) => {
  const { upstreamErrorCode } = await import('../../src/proxy/upstream-errors.ts')
  const { errors } = await import('undici')
  t.equal(upstreamErrorCode(new errors.InvalidArgumentError('invalid request path')), 'INTERNAL')
  t.equal(upstreamErrorCode(new TypeError("Cannot read properties of undefined (reading 'x')")), 'INTERNAL')
  t.equal(upstreamErrorCode(new errors.SocketError('other side closed')), 'UPSTREAM_RESET', 'the upstream closing is still its doing')
  t.equal(upstreamErrorCode(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })), 'UPSTREAM_REFUSED')

  // through the proxy: a route whose dispatches undici refuses (an Expect header, which it does not support)
  const { createProxyServer } = await import('../../src/proxy/server.ts')
  const { buildProxyState } = await import('../../src/proxy/state.ts')
  const { createIdSource } = await import('../../src/capture/ids.ts')
  const { createHasher } = await import('../../src/capture/mask.ts')
  const { Policy } = await import('../../src/policy/policy.ts')
  const { Tunnels } = await import('../../src/proxy/tunnels.ts')
  const { createLogger } = await import('../../src/log.ts')
  const { testConfig, LogCapture } = await import('../helpers/sensor.ts')
  const { rawRequest, statusOf } = await import('../helpers/client.ts')
  let contacted = 0
  const up = await startUpstream(t, (_req, res) => {
    contacted++
    res.end('ok')
  })
  const config = testConfig(oneApp(up.url))
  const caught: { where: string; err: unknown }[] = []
  const logs = new LogCapture()
  const records: { status: number; error: string | null }[] = []
  const state = buildProxyState(config, {
    log: createLogger('warn', logs),
    ids: createIdSource(),
    finished: (rec) => records.push(rec),
    rejected: () => {},
    unmonitored: () => {},
    policy: new Policy([]),
    lifecycle: { draining: false },
    internalError: (where, err) => caught.push({ where, err }),
    tunnels: new Tunnels(),
    hasher: createHasher('k'),
  })
  const route = state.routes[0]!
  const dispatch = route.pool.dispatch.bind(route.pool)
  route.pool.dispatch = (opts, handler) => dispatch({ ...opts, headers: [...(opts.headers as string[]), 'expect', '100-continue'] }, handler)
  const server = createProxyServer(config, { state })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  t.teardown(() => new Promise((r) => server.close(r)))
  const port = (server.address() as { port: number }).port
  const text = await rawRequest(port, 'GET /x HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n')
  t.equal(statusOf(text), 500)
  t.match(text, /"code":"INTERNAL"/)
  t.equal(contacted, 0, 'the upstream was never contacted')
  t.same(caught.map((c) => c.where), ['proxy.dispatch'], 'counted where it was caught')
  t.notOk(logs.find('upstream request failed'), 'not logged as an upstream failure')
  t.match(records, [{ status: 500, error: 'INTERNAL' }])
})
