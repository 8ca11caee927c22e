import t from 'tap'
import { startSensor, oneApp } from '../helpers/sensor.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { jsonBodyOf, rawRequest, statusOf } from '../helpers/client.ts'

t.test('request limits answer 431, 414 and 400 with JSON bodies, and the sensor keeps serving', async (t) => {
  let reached = 0
  const up = await startUpstream(t, (_req, res) => {
    reached++
    res.end('ok')
  })
  const s = await startSensor(t, oneApp(up.url, { limits: { maxHeaderBytes: '8KiB', maxUrlBytes: '1KiB' } }))

  const big = await rawRequest(s.port, `GET / HTTP/1.1\r\nHost: a.test\r\nX-Big: ${'b'.repeat(10_000)}\r\n\r\n`)
  t.equal(statusOf(big), 431)
  t.same(jsonBodyOf(big), { error: 'request header fields too large', code: 'HEADERS_TOO_LARGE' })

  const longUrl = await rawRequest(s.port, `GET /${'u'.repeat(2000)} HTTP/1.1\r\nHost: a.test\r\n\r\n`)
  t.equal(statusOf(longUrl), 414)
  t.same(jsonBodyOf(longUrl), { error: 'request target too long', code: 'URI_TOO_LONG' })

  const garbage = await rawRequest(s.port, 'GARBAGE\r\n\r\n')
  t.equal(statusOf(garbage), 400)
  t.same(jsonBodyOf(garbage), { error: 'malformed request', code: 'BAD_REQUEST' })

  const noHost = await rawRequest(s.port, 'GET / HTTP/1.1\r\n\r\n')
  t.equal(statusOf(noHost), 400, 'HTTP/1.1 without Host')
  t.same(jsonBodyOf(noHost), { error: 'malformed request', code: 'BAD_REQUEST' }, "the catalogue's answer, not node's bare one")

  const absolute = await rawRequest(s.port, 'GET http://127.0.0.1:6379/ HTTP/1.1\r\nHost: a.test\r\n\r\n')
  t.equal(statusOf(absolute), 400, 'absolute-form targets are refused')

  const badChunk = await rawRequest(s.port, 'POST / HTTP/1.1\r\nHost: a.test\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')
  t.equal(statusOf(badChunk), 400, 'invalid chunk size')

  t.equal(reached, 0, 'none of them reached the upstream')
  const ok = await rawRequest(s.port, 'GET /fine HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n')
  t.equal(statusOf(ok), 200, 'a good request still passes')

  const metrics = await (await fetch(`${s.adminUrl}/metrics`)).text()
  t.match(metrics, /apisess_rejected_requests_total\{code="HEADERS_TOO_LARGE"\} 1/)
  t.match(metrics, /apisess_rejected_requests_total\{code="URI_TOO_LONG"\} 1/)
  t.match(metrics, /apisess_rejected_requests_total\{code="BAD_REQUEST"\} [3-9]/)
})

t.test('a client that never finishes its headers gets 408', async (t) => {
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startSensor(t, oneApp(up.url, { timeouts: { clientHeaders: '200ms' } }))
  const text = await rawRequest(s.port, 'GET / HTTP/1.1\r\nHost: a.test\r\nX-Slow: ')
  t.equal(statusOf(text), 408)
  t.same(jsonBodyOf(text), { error: 'the request did not arrive in time', code: 'CLIENT_TIMEOUT' })
})
