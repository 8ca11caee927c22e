/**
 * Issue 14's findings at the proxy's back: upstream answers node or undici refuse, each through the
 * real sensor against a raw upstream that sends exact bytes.
 */
import t from 'tap'
import { once } from 'node:events'
import { startSensor, oneApp, type Tap } from '../helpers/sensor.ts'
import { httpClient, rawRequest, statusOf } from '../helpers/client.ts'
import { startRawUpstream } from '../helpers/upstream.ts'

/** an upstream that answers each request (read to its blank line) with `answer` */
async function answering(t: Tap, answer: string) {
  return startRawUpstream(t, (socket) => {
    let buf = ''
    socket.on('data', (d) => {
      buf += d.toString('latin1')
      const end = buf.indexOf('\r\n\r\n')
      if (end === -1) return
      const len = Number(/content-length: (\d+)/i.exec(buf.slice(0, end))?.[1] ?? 0)
      if (buf.length < end + 4 + len) return
      buf = buf.slice(end + 4 + len)
      socket.write(answer, 'latin1')
    })
  })
}

t.test('a reason phrase with a control byte: the client gets the answer (with the standard phrase), at once', async (t) => {
  const up = await answering(t, 'HTTP/1.1 200 O\x01K\r\ncontent-length: 5\r\n\r\nhello')
  const s = await startSensor(t, oneApp(up.url))
  const text = await rawRequest(s.port, 'GET /r HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n')
  t.match(text, /^HTTP\/1\.1 200 OK\r\n/)
  t.match(text, /\r\n\r\nhello$/)
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 200, outcome: 'ok', error: null })
})

t.test('unsolicited 100 Continue before the answer (RFC 9110 §15.2: tolerated), on every request of a kept-alive connection', async (t) => {
  const up = await answering(t, 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 100 Continue\r\nX-A: b\r\n\r\nHTTP/1.1 201 Created\r\ncontent-length: 4\r\n\r\ndone')
  const s = await startSensor(t, oneApp(up.url))
  const client = httpClient(t, s.url)
  for (let i = 0; i < 2; i++) {
    const res = await client.request({ path: '/p', method: 'POST', headers: { host: 'a.test' }, body: 'abc' })
    t.equal(res.statusCode, 201, `answer ${i + 1}: the final one, no 100 and no 502`)
    t.equal(await res.body.text(), 'done')
  }
  t.equal(up.sockets.length, 1, 'one upstream connection served both: a 100 does not cost the connection')
  const records = await s.sink.waitFor(2)
  t.same(records.map((r) => r.status), [201, 201])
})

t.test('a 100 head split over several reads is still recognised; a 1000 status is not a 100', async (t) => {
  const up = await startRawUpstream(t, (socket) => {
    socket.once('data', () => {
      const parts = ['HTTP/1.1 1', '00 Cont', 'inue\r\n', '\r\nHTTP/1.1 200 OK\r\ncontent-le', 'ngth: 2\r\n\r\nok']
      let i = 0
      const next = () => {
        if (i < parts.length) socket.write(parts[i++]!, 'latin1', () => setTimeout(next, 5))
      }
      next()
    })
  })
  const s = await startSensor(t, oneApp(up.url))
  const text = await rawRequest(s.port, 'GET /s HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n')
  t.match(text, /^HTTP\/1\.1 200 OK/)
  t.match(text, /\r\n\r\nok$/)
})

t.test('a 101 to a plain request (undici: "bad upgrade", or a failed assertion) is a bad response: 502, not a reset and not an internal error', async (t) => {
  const switching = 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n\r\n'
  for (const before of ['', 'HTTP/1.1 100 Continue\r\n\r\n']) {
    const up = await answering(t, `${before}${switching}HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok`)
    const s = await startSensor(t, oneApp(up.url))
    const text = await rawRequest(s.port, 'POST /u HTTP/1.1\r\nHost: a.test\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx')
    t.equal(statusOf(text), 502, `${before ? 'after a 100: ' : ''}502`)
    t.match(text, /"code":"UPSTREAM_BAD_RESPONSE"/)
    const [rec] = await s.sink.waitFor(1)
    t.match(rec, { status: 502, outcome: 'upstream_error', error: 'UPSTREAM_BAD_RESPONSE' })
    const metrics = await s.sensor.metrics.registry.getSingleMetricAsString('apisess_internal_errors_total')
    t.notMatch(metrics, /apisess_internal_errors_total\{/, 'no internal error counted')
  }
})

t.test('a bad chunk right after the answer head: the client sees the head the record shows, then the cut', async (t) => {
  const up = await answering(t, 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nZZZ\r\nnot a chunk\r\n')
  const s = await startSensor(t, oneApp(up.url))
  const text = await rawRequest(s.port, 'GET /c HTTP/1.1\r\nHost: a.test\r\n\r\n')
  t.equal(statusOf(text), 200, 'the client got the status that the record says it got')
  t.notMatch(text, /\r\n0\r\n\r\n$/, 'and no end of a complete chunked body')
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 200, outcome: 'upstream_error', error: 'UPSTREAM_BAD_RESPONSE' })
})

for (const head of ['HTTP/1.1 102 Processing', 'HTTP/1.1 100 Continue']) {
  t.test(`a flood of interim answers (${head.slice(9)}, without end) is a bad response: 502 after a few, not an event loop parsing them for ever`, async (t) => {
    // an upstream that keeps sending interim heads and never a final answer: each 102 restarts undici's
    // headers timer, and each 100 the sensor strips before undici reads it (interim.ts), so without a
    // bound neither a 504 nor the client's answer would ever come (the audit's stall: 100–260 ms a read)
    const up = await startRawUpstream(t, (socket) => {
      socket.once('data', () => {
        const heads = `${head}\r\n\r\n`.repeat(200)
        const more = () => {
          if (!socket.destroyed) socket.write(heads, 'latin1', more)
        }
        more()
      })
    })
    const s = await startSensor(t, oneApp(up.url))
    const text = await rawRequest(s.port, 'GET /slow-job HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n')
    t.equal(statusOf(text), 502)
    t.match(text, /UPSTREAM_BAD_RESPONSE/)
    const [rec] = await s.sink.waitFor(1)
    t.match(rec, { status: 502, outcome: 'upstream_error', error: 'UPSTREAM_BAD_RESPONSE' })
    const socket = up.sockets[0]!
    if (!socket.closed) await once(socket, 'close')
    t.ok(socket.closed, 'the upstream connection was closed')
  })
}

t.test('a few interim answers before the final one are not relayed and not counted against the upstream', async (t) => {
  const up = await answering(t, 'HTTP/1.1 102 Processing\r\n\r\n'.repeat(32) + 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok')
  const s = await startSensor(t, oneApp(up.url))
  const text = await rawRequest(s.port, 'GET /job HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n')
  t.match(text, /^HTTP\/1\.1 200 OK\r\n/)
  t.notMatch(text, /102/)
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 200, outcome: 'ok' })
})

t.test('an answer with a transfer coding other than chunked is a bad response: 502, not its bytes as a plain body', async (t) => {
  // undici takes the chunking off `gzip, chunked` and leaves the gzip; relayed without the hop-by-hop label it reached the client as a plain body
  const { gzipSync } = await import('node:zlib')
  const gz = gzipSync('{"a":1}')
  const chunked = `${gz.length.toString(16)}\r\n${gz.toString('latin1')}\r\n0\r\n\r\n`
  for (const te of ['gzip, chunked', 'GZIP,chunked']) {
    const up = await answering(t, `HTTP/1.1 200 OK\r\nTransfer-Encoding: ${te}\r\n\r\n${chunked}`)
    const s = await startSensor(t, oneApp(up.url))
    const text = await rawRequest(s.port, 'GET /doc HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n')
    t.equal(statusOf(text), 502, te)
    t.match(text, /"code":"UPSTREAM_BAD_RESPONSE"/)
    const [rec] = await s.sink.waitFor(1)
    t.match(rec, { status: 502, outcome: 'upstream_error', error: 'UPSTREAM_BAD_RESPONSE' })
  }
  const up = await answering(t, 'HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n')
  const s = await startSensor(t, oneApp(up.url))
  const text = await rawRequest(s.port, 'GET /doc HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n')
  t.equal(statusOf(text), 200, 'chunked in any case is relayed')
  t.match(text, /\r\n\r\n2\r\nok\r\n0\r\n\r\n$/)
})
