/**
 * An upstream that fails every request: a bounded number of log lines, never the query nor a
 * masked value, the path as a record keeps it; the per-request counts in the metrics.
 */
import t from 'tap'
import { startSensor, oneApp, type Tap } from '../helpers/sensor.ts'
import { freePort } from '../helpers/upstream.ts'
import { httpClient, rawRequest, statusOf } from '../helpers/client.ts'
import { LOG_EVERY_MS } from '../../src/log.ts'

const SECRET = 'SECRET-TOKEN-abcdef0123456789'
const N = 40

/** Date.now held still, moved by the test only: the interval between lines is the test's to pass, never the machine's speed. */
function stillClock(t: Tap): { advance(ms: number): void } {
  const realNow = Date.now
  let now = realNow()
  Date.now = () => now
  t.teardown(() => {
    Date.now = realNow
  })
  return { advance: (ms) => (now += ms) }
}

t.test('a flood of failing requests with a secret in the query: one line per interval, no query, the count of those left out', async (t) => {
  const closed = await freePort()
  const s = await startSensor(
    t,
    oneApp(`http://127.0.0.1:${closed}`, { traced: [{ name: 'acct', key: 'acct', from: 'path', template: '/accounts/{acct}/login', mask: 'hash' }] }),
    { level: 'warn' },
  )
  const clock = stillClock(t)
  const client = httpClient(t, s.url)
  const query = `?access_token=${SECRET}&pad=${'x'.repeat(8000)}`
  for (let i = 0; i < N; i++) {
    const res = await client.request({ path: `/accounts/ACCT-42/login${query}`, method: 'GET' })
    t.equal(res.statusCode, 502)
    await res.body.dump()
  }
  const failed = () => s.logs.lines.filter((l) => l.msg === 'upstream request failed')
  t.equal(failed().length, 1, `${N} failed requests, one line`)
  t.match(failed()[0], { app: 'app', code: 'UPSTREAM_REFUSED', cause: 'ECONNREFUSED', method: 'GET', suppressed: 0 })
  t.equal(failed()[0]!.path, '/accounts/%5Bredacted%5D/login', 'the path as a record keeps it: the masked parameter redacted, no query')
  t.notOk('url' in failed()[0]!, 'no URL')
  t.notOk('err' in failed()[0]!, 'no error object: its code and message')

  // the interval over: the next line says how many were left out; a long path is cut, its card number masked
  clock.advance(LOG_EVERY_MS)
  const res = await client.request({ path: `/cards/4111111111111111/${'p'.repeat(2000)}?access_token=${SECRET}`, method: 'GET' })
  t.equal(res.statusCode, 502)
  await res.body.dump()
  t.equal(failed().length, 2)
  const next = failed()[1]!
  t.equal(next.suppressed, N - 1, 'the lines left out since the last one')
  t.match(next.path, /^\/cards\/411111\*{6}1111\/p+…$/, 'the card number masked as in a record')
  t.equal((next.path as string).length, 257, 'cut to 256 characters')

  const all = s.logs.lines.map((l) => JSON.stringify(l)).join('\n')
  t.notMatch(all, SECRET, 'the secret is in no line')
  t.notMatch(all, 'access_token', 'nor is the query')
  t.notMatch(all, 'ACCT-42', 'nor the masked path parameter')

  await s.sink.waitFor(N + 1)
  const metrics = await (await fetch(`${s.adminUrl}/metrics`)).text()
  t.match(metrics, `apisess_upstream_errors_total{app="app",code="UPSTREAM_REFUSED"} ${N + 1}\n`, 'every failure still counted')
})

t.test('a flood of failing upgrades: one line per interval', async (t) => {
  const closed = await freePort()
  const s = await startSensor(t, oneApp(`http://127.0.0.1:${closed}`), { level: 'warn' })
  stillClock(t)
  const upgrade = `GET /chat?access_token=${SECRET} HTTP/1.1\r\nHost: a.test\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`
  for (let i = 0; i < N; i++) t.equal(statusOf(await rawRequest(s.port, upgrade)), 502)
  const failed = s.logs.lines.filter((l) => l.msg === 'upstream upgrade failed')
  t.equal(failed.length, 1, `${N} failed upgrades, one line`)
  t.match(failed[0], { app: 'app', code: 'UPSTREAM_REFUSED', cause: 'ECONNREFUSED', suppressed: 0 })
  t.notMatch(s.logs.lines.map((l) => JSON.stringify(l)).join('\n'), SECRET)
})
