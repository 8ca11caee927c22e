import t from 'tap'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ServerResponse } from 'node:http'
import { createInterface } from 'node:readline'
import { startSensor, oneApp } from './helpers/sensor.ts'
import { startUpstream } from './helpers/upstream.ts'
import { httpClient } from './helpers/client.ts'

/** A config file's text for one application in front of `upstream`, on free loopback ports. */
const yaml = (upstream: string) =>
  `listen: { host: 127.0.0.1, port: 0 }\nadmin: { listen: { host: 127.0.0.1, port: 0 } }\napplications:\n  - { name: app, hosts: ["*.test"], upstream: "${upstream}" }\ndefaultApplication: app\n`

t.test('admin port: healthz, readyz, metrics', async (t) => {
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startSensor(t, oneApp(up.url))
  const health = await fetch(`${s.adminUrl}/healthz`)
  t.equal(health.status, 200)
  t.same(await health.json(), { status: 'ok' })
  const ready = await fetch(`${s.adminUrl}/readyz`)
  t.equal(ready.status, 200)
  await (await httpClient(t, s.url).request({ path: '/', method: 'GET' })).body.text()
  const metrics = await (await fetch(`${s.adminUrl}/metrics`)).text()
  t.match(metrics, /apisess_requests_total\{app="app",status="200",outcome="ok"\} 1/)
  t.match(metrics, /apisess_request_duration_seconds_bucket/)
  t.equal((await fetch(`${s.adminUrl}/nope`)).status, 404)
})

t.test('draining lets an in-flight request finish, refuses new connections, and readyz says so', async (t) => {
  let hold!: ServerResponse
  let arrived!: () => void
  const inFlight = new Promise<void>((r) => (arrived = r))
  const up = await startUpstream(t, (_req, res) => {
    hold = res
    arrived()
  })
  const s = await startSensor(t, oneApp(up.url))
  const client = httpClient(t, s.url)
  const pending = client.request({ path: '/long', method: 'GET' })
  await inFlight
  const closing = s.sensor.close()
  const ready = await fetch(`${s.adminUrl}/readyz`)
  t.equal(ready.status, 503, 'not ready while draining')
  t.same(await ready.json(), { status: 'not ready', reason: 'draining' })
  await t.rejects(fetch(`${s.url}/new`), 'no new connections while draining')
  hold.end('finished')
  const res = await pending
  t.equal(await res.body.text(), 'finished', 'the in-flight request completed')
  t.equal(res.headers.connection, 'close', 'and was told the connection closes')
  await closing
  const [rec] = await s.sink.waitFor(1)
  t.equal(rec!.outcome, 'ok')
})

t.test('reload swaps the routes; an invalid file is refused and the old config stays', async (t) => {
  const a = await startUpstream(t, (_req, res) => res.end('from-a'))
  const b = await startUpstream(t, (_req, res) => res.end('from-b'))
  const dir = t.testdir({})
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, yaml(a.url))
  const s = await startSensor(t, oneApp(a.url), { configFile: file })
  const get = async () => (await (await fetch(`${s.url}/`)).text())
  t.equal(await get(), 'from-a')
  writeFileSync(file, yaml(b.url))
  t.equal(await s.sensor.reloadFromFile(), true)
  t.equal(await get(), 'from-b', 'new requests go to the new upstream')
  writeFileSync(file, 'applications: [ { name: app, hosts: [], upstream: "ftp://x" } ]\n')
  t.equal(await s.sensor.reloadFromFile(), false, 'invalid config refused')
  t.equal(await get(), 'from-b', 'the running config stays')
  const refused = s.logs.find('config reload refused; the running config stays')
  t.ok(refused, 'the refusal is logged')
  t.equal(refused!.code, 'CONFIG_INVALID')
  t.match((refused!.details as string[]).join('\n'), /applications\[0\]\.hosts: .*\n.*applications\[0\]\.upstream: upstream must be http/)
})

t.test('the real process: SIGHUP reloads, SIGTERM drains and exits 0', async (t) => {
  const a = await startUpstream(t, (_req, res) => res.end('from-a'))
  const b = await startUpstream(t, (_req, res) => res.end('from-b'))
  const dir = t.testdir({})
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, yaml(a.url))
  const child = spawn(process.execPath, ['src/cli.ts', 'start', '-c', file], { stdio: ['ignore', 'pipe', 'inherit'] })
  t.teardown(() => child.kill('SIGKILL'))
  // one iterator for the whole test: leaving a for-await loop would close the stream
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const next = async (msg: string): Promise<Record<string, unknown>> => {
    for (let line = await lines.next(); !line.done; line = await lines.next()) {
      const entry = JSON.parse(line.value) as Record<string, unknown>
      if (entry.msg === msg) return entry
    }
    throw new Error(`the process ended before logging "${msg}"`)
  }
  const listening = await next('api-sessions listening')
  const url = `http://${String(listening.proxy)}`
  t.equal(await (await fetch(url)).text(), 'from-a')
  writeFileSync(file, yaml(b.url))
  child.kill('SIGHUP')
  await next('config reloaded')
  t.equal(await (await fetch(url)).text(), 'from-b')
  child.kill('SIGTERM')
  await next('stopped')
  const [code] = await once(child, 'exit')
  t.equal(code, 0)
})
