/**
 * Issue 7 §1: desync and smuggling. Each malformed or ambiguous request is sent on its own client
 * connection, followed on that same connection by a smuggled request (`/smuggled`) hidden the way
 * the case would hide it, and then by a normal one (`/after`). The upstream records every request
 * it parses and every byte it receives; a canary listener on another port records any connection.
 * For every case: the sensor answers 400 (501, 417; and closes) or forwards a normalised request with one
 * framing; the upstream never sees `/smuggled`; it sees exactly one request per 2xx the client got;
 * the canary sees nothing.
 */
import t from 'tap'
import net from 'node:net'
import http from 'node:http'
import { once } from 'node:events'
import { startSensor, oneApp } from '../helpers/sensor.ts'
import { startCanary } from '../helpers/upstream.ts'

interface Seen {
  method: string
  url: string
  framing: string[]
  rawHeaders: string[]
}

/** Send bytes on one connection, read until the sensor closes it or `expect` answers arrived. */
async function exchange(port: number, bytes: string, expect: number): Promise<{ statuses: number[]; closed: boolean; text: string }> {
  const socket = net.connect(port, '127.0.0.1')
  await once(socket, 'connect')
  let text = ''
  let closed = false
  const statuses = () => [...text.matchAll(/HTTP\/1\.[01] (\d{3})/g)].map((m) => Number(m[1]))
  await new Promise<void>((resolve) => {
    const done = () => {
      socket.destroy()
      resolve()
    }
    socket.on('data', (d) => {
      text += d.toString('latin1')
      // enough final answers (a 100 Continue is none), each complete (every answer here has a Content-Length)
      const all = [...text.matchAll(/HTTP\/1\.[01] [2-5]\d{2}[^]*?\r\n\r\n/g)]
      if (all.length >= expect) {
        const last = all.at(-1)!
        const len = Number(/content-length: (\d+)/i.exec(last[0])?.[1] ?? 0)
        if (text.length >= last.index + last[0].length + len) done()
      }
    })
    socket.on('close', () => {
      closed = true
      resolve()
    })
    socket.on('error', () => {})
    socket.write(bytes, 'latin1')
  })
  return { statuses: statuses(), closed, text }
}

t.test('desync and smuggling: rejected or normalised, never forwarded ambiguously', async (t) => {
  // the upstream: node's own strict parser, plus the exact bytes of every connection
  const seen: Seen[] = []
  const raw: string[] = []
  const upstream = http.createServer((req, res) => {
    const framing = req.rawHeaders.filter((_, i) => i % 2 === 0 && /^(content-length|transfer-encoding)$/i.test(req.rawHeaders[i]!))
    seen.push({ method: req.method!, url: req.url!, framing, rawHeaders: req.rawHeaders })
    req.resume()
    req.on('end', () => res.end('ok'))
  })
  upstream.on('connection', (s) => s.on('data', (d: Buffer) => raw.push(d.toString('latin1'))))
  upstream.listen(0, '127.0.0.1')
  await once(upstream, 'listening')
  t.teardown(() => {
    upstream.closeAllConnections()
    upstream.close()
  })
  const upstreamUrl = `http://127.0.0.1:${(upstream.address() as net.AddressInfo).port}`

  const canary = await startCanary(t)
  const C = canary.port

  const s = await startSensor(t, oneApp(upstreamUrl))
  const H = 'Host: shop.test\r\n'
  const after = `GET /after HTTP/1.1\r\n${H}Connection: close\r\n\r\n`
  const smuggled = `GET /smuggled HTTP/1.1\r\n${H}\r\n`
  const cases: [string, string][] = [
    ['Content-Length and Transfer-Encoding (CL.TE)', `POST /a HTTP/1.1\r\n${H}Content-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n${smuggled}`],
    ['Transfer-Encoding and Content-Length (TE.CL)', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n5c\r\n${smuggled}\r\n0\r\n\r\n`],
    ['conflicting Content-Length', `POST /a HTTP/1.1\r\n${H}Content-Length: 0\r\nContent-Length: ${smuggled.length}\r\n\r\n${smuggled}`],
    ['duplicate equal Content-Length', `POST /a HTTP/1.1\r\n${H}Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc`],
    ['Content-Length with a sign', `POST /a HTTP/1.1\r\n${H}Content-Length: +3\r\n\r\nabc${smuggled}`],
    ['Transfer-Encoding in capitals', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding: CHUNKED\r\n\r\n3\r\nabc\r\n0\r\n\r\n`],
    ['space before the colon', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding : chunked\r\nContent-Length: ${smuggled.length + 5}\r\n\r\n0\r\n\r\n${smuggled}`],
    ['chunked, identity', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n${smuggled}`],
    ['xchunked', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding: xchunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n${smuggled}`],
    ['tab before chunked', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding:\tchunked\r\n\r\n0\r\n\r\n`],
    ['two Transfer-Encoding fields', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\n${smuggled}`],
    ['obs-folded header', `GET /a HTTP/1.1\r\n${H}X-Folded: one\r\n two\r\n\r\n`],
    ['obs-folded Transfer-Encoding', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding:\r\n chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n${smuggled}`],
    ['bare LF line endings', `GET /a HTTP/1.1\n${H.replace('\r\n', '\n')}\n${smuggled}`],
    ['bare CR in a header value', `GET /a HTTP/1.1\r\n${H}X-A: a\rGET /smuggled HTTP/1.1\r\n\r\n`],
    ['NUL in a header value', `GET /a HTTP/1.1\r\n${H}X-A: a\0b\r\n\r\n`],
    ['invalid chunk size', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\nzz\r\n${smuggled}`],
    ['negative chunk size', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n-1\r\n${smuggled}`],
    ['0x-prefixed chunk size', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n0x5c\r\n${smuggled}\r\n0\r\n\r\n`],
    ['oversized chunk size', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n${smuggled}`],
    ['chunk extension with a quoted CRLF', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n3;x="a\r\nb"\r\nabc\r\n0\r\n\r\n`],
    ['absolute-form to the canary', `GET http://127.0.0.1:${C}/ HTTP/1.1\r\nHost: 127.0.0.1:${C}\r\n\r\n`],
    ['authority-like path to the canary', `GET //127.0.0.1:${C}/x HTTP/1.1\r\n${H}\r\n`],
    ['Host pointing at the canary', `GET /a HTTP/1.1\r\nHost: 127.0.0.1:${C}\r\n\r\n`],
    ['encoded dot segments', `GET /a/%2E%2E/%2e%2e/etc/passwd HTTP/1.1\r\n${H}\r\n`],
    ['overlong request target', `GET /${'a'.repeat(20_000)} HTTP/1.1\r\n${H}\r\n`],
    ['HTTP/1.0 without Host', 'GET /a HTTP/1.0\r\n\r\n'],
    ['two Host fields', `GET /a HTTP/1.1\r\n${H}Host: 127.0.0.1:${C}\r\n\r\n`],
    ['pipelined requests', `GET /p1 HTTP/1.1\r\n${H}\r\nGET /p2 HTTP/1.1\r\n${H}\r\n`],
    ['request line with spaces in the target', `GET /a HTTP/1.1 /smuggled HTTP/1.1\r\n${H}\r\n`],
    ['Expect: 100-continue with a body', `POST /a HTTP/1.1\r\n${H}Expect: 100-continue\r\nContent-Length: 3\r\n\r\nabc`],
    ['Transfer-Encoding: gzip, chunked', `POST /a HTTP/1.1\r\n${H}Transfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n`],
    ['an unknown expectation with a body', `POST /a HTTP/1.1\r\n${H}Expect: bogus\r\nContent-Length: 3\r\n\r\nabc`],
    ['a malformed request pipelined behind a whole one', `POST /a HTTP/1.1\r\n${H}Content-Length: 3\r\n\r\nabcGARBAGE\x01\r\n\r\n`],
    ['a broken chunked body pipelined behind a request', `GET /p1 HTTP/1.1\r\n${H}\r\nPOST /a HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\nzz\r\n${smuggled}`],
  ]
  /** the answers these cases must get, in order */
  const want: Record<string, number[]> = {
    'Transfer-Encoding: gzip, chunked': [501],
    'an unknown expectation with a body': [417],
    'a malformed request pipelined behind a whole one': [200, 400],
    'a broken chunked body pipelined behind a request': [200, 400],
  }

  const outcomes: string[] = []
  for (const [name, bytes] of cases) {
    seen.length = 0
    raw.length = 0
    const pipelined = (bytes.match(/ HTTP\/1\.[01]\r?\n/g) ?? []).length - (bytes.includes(smuggled) ? 1 : 0)
    const r = await exchange(s.port, bytes + after, pipelined + 1)
    const ok = r.statuses.filter((c) => c >= 200 && c < 300 && c !== 100).length
    const forwarded = seen.filter((x) => x.url !== '/after')
    t.notOk(seen.some((x) => x.url.includes('smuggled')), `${name}: the smuggled request never reaches the upstream`)
    t.ok(seen.every((x) => x.framing.length <= 1), `${name}: every forwarded request has one framing header (${seen.map((x) => x.framing.join('+') || 'none').join(', ')})`)
    t.equal(seen.length, ok, `${name}: one upstream request per 2xx answer (${r.statuses.join(' ') || 'no answer'}; upstream saw ${seen.map((x) => x.url.slice(0, 30)).join(', ') || 'nothing'})`)
    t.ok(r.statuses.length > 0, `${name}: the client got an answer, not a hang`)
    if (want[name] !== undefined) t.same(r.statuses, want[name], `${name}: answered ${want[name].join(', ')}, in order`)
    const verdict = r.statuses[0] === 400 ? '400' : r.statuses[0] === 414 ? '414' : r.statuses[0]! < 300 ? `forwarded as ${forwarded.map((x) => `${x.method} ${x.url.slice(0, 40)}`).join(', ') || '-'}` : String(r.statuses[0])
    outcomes.push(`${name}: ${verdict}${r.closed ? ', connection closed' : ''}${seen.some((x) => x.url === '/after') ? ', then /after served' : ''}`)
  }
  t.equal(canary.hits(), 0, 'the canary listener was never contacted')
  t.comment('outcomes:\n' + outcomes.map((o) => `  ${o}`).join('\n'))
})
