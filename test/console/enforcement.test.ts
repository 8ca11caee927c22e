import t from 'tap'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { processConfig, startSensorProcess, type SensorProcess } from '../helpers/process.ts'

const TOKEN = 'enforcement-admin-token'

const config = (upstream: string, redis: string) => processConfig(upstream, redis, 'enforcement-shared-key-01', `buffer: { flushEvery: 5ms }\nconsole: { listen: { host: 127.0.0.1, port: 0 }, tokens: [{ name: soc, token: "${TOKEN}", role: analyst }] }`)

const statusVia = async (s: SensorProcess) => {
  const res = await fetch(`${s.url}/products`, { headers: { host: 'shop.test' } })
  return { status: res.status, body: await res.text() }
}

t.test('a denylist change made in one console is enforced by every sensor process, and lifted', async (t) => {
  const redis = await startRedis(t)
  let upstreamRequests = 0
  const up = await startUpstream(t, (_req, res) => {
    upstreamRequests++
    res.end('ok')
  })
  const dir = t.testdir({})
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, config(up.url, redis.url))
  const [a, b] = await Promise.all([startSensorProcess(t, file), startSensorProcess(t, file)])
  t.same([(await statusVia(a)).status, (await statusVia(b)).status], [200, 200], 'both serve before the change')

  const consoleLine = a.seen((l) => l.msg === 'console listening') ?? (await a.waitLog((l) => l.msg === 'console listening'))
  const consoleUrl = `http://${String(consoleLine.console)}`
  const updated = (s: SensorProcess, entries: number) => s.waitLog((l) => l.msg === 'denylist updated' && l.entries === entries)

  // deny the test client (every request here comes from 127.0.0.1)
  const denied = Promise.all([updated(a, 1), updated(b, 1)])
  const t0 = performance.now()
  const added = await fetch(`${consoleUrl}/api/denylist`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'ip', value: '127.0.0.1', reason: 'enforcement test' }),
  })
  t.equal(added.status, 201)
  const entry = (await added.json()) as { id: string }
  await denied
  t.comment(`both sensors had the entry ${Math.round(performance.now() - t0)} ms after the POST (SPEC: within 2 s)`)
  for (const s of [a, b]) {
    const r = await statusVia(s)
    t.equal(r.status, 403)
    t.same(JSON.parse(r.body), { error: 'the client is on the denylist', code: 'DENIED' })
  }
  t.equal(upstreamRequests, 2, 'denied requests never reach the upstream')

  const lifted = Promise.all([updated(a, 0), updated(b, 0)])
  const removed = await fetch(`${consoleUrl}/api/denylist/${entry.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } })
  t.equal(removed.status, 200)
  await lifted
  t.same([(await statusVia(a)).status, (await statusVia(b)).status], [200, 200], 'both serve again once it is removed')
})
