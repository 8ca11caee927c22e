/**
 * Issue 7 §3: upstream faults. A raw TCP upstream misbehaves in a different way per request path:
 * refused, reset before or during the body, hanging before the headers or in the middle of the
 * body, invalid status lines, broken chunked encoding, conflicting framing, huge or invalid headers.
 * For each: the client gets a clean 502/504 JSON answer or, once the answer has begun, a stream cut
 * short (the connection closes, it never hangs), and the record says what happened.
 */
import t from 'tap'
import net from 'node:net'
import { startSensor, oneApp } from '../helpers/sensor.ts'
import { startRawUpstream, freePort } from '../helpers/upstream.ts'
import { rawRequest, statusOf } from '../helpers/client.ts'

type Behaviour = (socket: net.Socket) => void

const head = (extra = '') => `HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n${extra}`
const BEHAVIOURS: Record<string, { act: Behaviour; expect: { status: number; truncated?: boolean; outcome: string; error: string | RegExp } }> = {
  'reset-before-headers': { act: (s) => s.resetAndDestroy(), expect: { status: 502, outcome: 'upstream_error', error: 'UPSTREAM_RESET' } },
  'close-before-headers': { act: (s) => s.end(), expect: { status: 502, outcome: 'upstream_error', error: /UPSTREAM_(RESET|BAD_RESPONSE)/ } },
  'hang-before-headers': { act: () => {}, expect: { status: 504, outcome: 'timeout', error: 'UPSTREAM_TIMEOUT' } },
  'hang-mid-body': { act: (s) => s.write(`${head('Content-Length: 100\r\n')}\r\n0123456789`), expect: { status: 200, truncated: true, outcome: 'timeout', error: /UPSTREAM_(TIMEOUT|IDLE)/ } },
  'reset-mid-body': {
    act: (s) => s.write(`${head('Content-Length: 100\r\n')}\r\n0123456789`, () => setImmediate(() => s.resetAndDestroy())),
    expect: { status: 200, truncated: true, outcome: 'upstream_error', error: /UPSTREAM_/ },
  },
  'garbage-status-line': { act: (s) => s.end('HTTP/1.1 two hundred OK\r\n\r\n'), expect: { status: 502, outcome: 'upstream_error', error: 'UPSTREAM_BAD_RESPONSE' } },
  'not-http': { act: (s) => s.end('SSH-2.0-OpenSSH_9.6\r\n'), expect: { status: 502, outcome: 'upstream_error', error: 'UPSTREAM_BAD_RESPONSE' } },
  'bad-chunk-size': { act: (s) => s.end(`${head('Transfer-Encoding: chunked\r\n')}\r\n5\r\nhello\r\nzz\r\n`), expect: { status: 200, truncated: true, outcome: 'upstream_error', error: /UPSTREAM_/ } },
  'conflicting-content-length': { act: (s) => s.end(`${head('Content-Length: 5\r\nContent-Length: 6\r\n')}\r\nhello!`), expect: { status: 502, outcome: 'upstream_error', error: 'UPSTREAM_BAD_RESPONSE' } },
  'content-length-and-chunked': {
    act: (s) => s.end(`${head('Content-Length: 5\r\nTransfer-Encoding: chunked\r\n')}\r\n5\r\nhello\r\n0\r\n\r\n`),
    expect: { status: 502, outcome: 'upstream_error', error: 'UPSTREAM_BAD_RESPONSE' },
  },
  'huge-headers': { act: (s) => s.end(`${head(`X-Big: ${'h'.repeat(200_000)}\r\n`)}Content-Length: 2\r\n\r\nok`), expect: { status: 502, outcome: 'upstream_error', error: /UPSTREAM_(BAD_RESPONSE|HEADERS_TOO_LARGE)/ } },
  'nul-in-header': { act: (s) => s.end(`${head('X-A: a\0b\r\n')}Content-Length: 2\r\n\r\nok`), expect: { status: 502, outcome: 'upstream_error', error: 'UPSTREAM_BAD_RESPONSE' } },
  'short-body-then-close': { act: (s) => s.end(`${head('Content-Length: 100\r\n')}\r\nonly ten b`), expect: { status: 200, truncated: true, outcome: 'upstream_error', error: /UPSTREAM_/ } },
}

t.test('upstream faults: the right 502/504 or a stream cut short, never a hang, and a record that says why', async (t) => {
  const up = await startRawUpstream(t, (socket) => {
    let buf = ''
    const onData = (d: Buffer) => {
      buf += d.toString('latin1')
      if (!buf.includes('\r\n\r\n')) return
      socket.off('data', onData)
      const name = /^GET \/([\w-]+)/.exec(buf)?.[1] ?? ''
      BEHAVIOURS[name]?.act(socket)
    }
    socket.on('data', onData)
  })
  const s = await startSensor(t, oneApp(up.url, { timeouts: { upstreamHeaders: '300ms', upstreamIdle: '300ms', upstreamKeepAlive: '100ms' } }))
  const outcomes: string[] = []
  let n = 0
  for (const [name, { expect }] of Object.entries(BEHAVIOURS)) {
    const text = await rawRequest(s.port, `GET /${name} HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n`)
    const status = statusOf(text)
    t.equal(status, expect.status, `${name}: ${expect.status}`)
    if (expect.truncated) {
      const promised = Number(/content-length: (\d+)/i.exec(text)?.[1] ?? NaN)
      const body = text.slice(text.indexOf('\r\n\r\n') + 4)
      const complete = Number.isFinite(promised) ? body.length >= promised : body.endsWith('0\r\n\r\n')
      t.notOk(complete, `${name}: the client sees the stream cut short (${body.length} bytes${Number.isFinite(promised) ? ` of ${promised}` : ', no last chunk'})`)
    } else {
      t.match(text, /content-type: application\/json/i, `${name}: a JSON error body`)
    }
    const rec = (await s.sink.waitFor(++n))[n - 1]!
    t.equal(rec.outcome, expect.outcome, `${name}: recorded as ${expect.outcome}`)
    if (typeof expect.error === 'string') t.equal(rec.error, expect.error)
    else t.match(rec.error ?? '', expect.error)
    outcomes.push(`${name}: ${status}${expect.truncated ? ' then cut' : ''}, recorded ${rec.outcome} ${rec.error}`)
  }

  // refused: an address nothing listens on
  const closed = await freePort()
  const r = await startSensor(t, oneApp(`http://127.0.0.1:${closed}`))
  const text = await rawRequest(r.port, 'GET /refused HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n')
  t.equal(statusOf(text), 502)
  const rec = (await r.sink.waitFor(1))[0]!
  t.same([rec.outcome, rec.error], ['upstream_error', 'UPSTREAM_REFUSED'])
  outcomes.push(`refused: 502, recorded ${rec.outcome} ${rec.error}`)

  // and the sensor still serves
  t.comment('outcomes:\n' + outcomes.map((o) => `  ${o}`).join('\n'))
})
