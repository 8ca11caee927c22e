import t from 'tap'
import { execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { X509Certificate } from 'node:crypto'
import { connect } from 'node:tls'
import { join } from 'node:path'
import { configJsonSchema, type ConfigInput } from '../../src/config/schema.ts'
import { RELOAD_TABLE, reloadRuleOf } from '../../src/config/reload.ts'
import { loadThreadsLive } from '../../src/config/load-thread.ts'
import { apiSpecsParsed } from '../../src/config/openapi.ts'
import type { SensorError } from '../../src/errors.ts'
import { startSensor, testConfig, startRedisSensor, oneApp } from '../helpers/sensor.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { startRedis } from '../helpers/redis.ts'

/** Every leaf key of the published config schema, as a YAML path. */
function schemaLeaves(): string[] {
  const out: string[] = []
  const walk = (node: Record<string, unknown>, path: string): void => {
    const objectOf = (n: Record<string, unknown>) => (n.properties ? n : ((n.anyOf as Record<string, unknown>[] | undefined) ?? []).find((x) => x.properties))
    const o = objectOf(node)
    if (o?.properties) for (const [k, v] of Object.entries(o.properties as Record<string, Record<string, unknown>>)) walk(v, path === '' ? k : `${path}.${k}`)
    else out.push(path)
  }
  walk(configJsonSchema(), '')
  return out
}

const APP = { name: 'app', hosts: ['*.test'], upstream: 'http://127.0.0.1:9' }
/** The base every change below starts from: every key present and different from its change. */
const BASE: Partial<ConfigInput> & Pick<ConfigInput, 'applications'> = {
  listen: { host: '127.0.0.1', port: 0 },
  admin: { listen: { host: '127.0.0.1', port: 0 } },
  console: { listen: { host: '127.0.0.1', port: 0 } },
  applications: [APP],
  traced: [{ name: 'tenant', from: 'header', key: 'X-Tenant' }],
  hashKey: 'the-base-hash-key-0123',
}

/** A valid new value for every leaf key: the test fails on a schema key missing here (and so in the table). */
const CHANGES: Record<string, unknown> = {
  'listen.host': '127.0.0.2',
  'listen.port': 1,
  'listen.tls.cert': 'cert.pem',
  'listen.tls.key': 'key.pem',
  'admin.listen.host': '127.0.0.2',
  'admin.listen.port': 1,
  workers: 2,
  trustedProxies: ['10.0.0.0/8'],
  applications: [APP, { name: 'other', hosts: ['other.example'], upstream: 'http://127.0.0.1:10' }],
  defaultApplication: 'app',
  'monitor.all': false,
  'monitor.targets': [{ application: 'app' }],
  traced: [{ name: 'tenant', from: 'header', key: 'X-Tenant-Id' }],
  rules: [{ params: ['tenant'] }],
  'users.user': 'tenant',
  'users.role': 'tenant',
  'users.claims': ['name'],
  hashKey: 'another-hash-key-456789',
  'capture.maxBodyBytes': 1024,
  'capture.maxValueBytes': 64,
  'capture.cardNumbers': 'keep',
  'timeouts.clientHeaders': '11s',
  'timeouts.clientIdle': '121s',
  'timeouts.keepAlive': '76s',
  'timeouts.upstreamConnect': '6s',
  'timeouts.upstreamHeaders': '61s',
  'timeouts.upstreamIdle': '59s',
  'timeouts.upstreamKeepAlive': '3s',
  'timeouts.shutdown': '10s',
  'timeouts.workerHang': '10s',
  'limits.maxHeaderBytes': '16KiB',
  'limits.maxUrlBytes': '4KiB',
  'limits.upstreamConnections': 8,
  'limits.tunnels': 8,
  'session.idleTimeout': '10m',
  'session.maxDuration': '12h',
  'session.retention': '2d',
  'redis.url': 'redis://127.0.0.1:6390',
  'redis.cluster': ['redis://127.0.0.1:7000'],
  'redis.tls.ca': 'ca.pem',
  'redis.tls.cert': 'client.pem',
  'redis.tls.key': 'client.key',
  'redis.prefix': 'other:',
  'redis.shards': 4,
  'redis.feedRetention': '1d',
  'redis.connectTimeout': '3s',
  'redis.commandTimeout': '4s',
  'redis.waitReplicas': 1,
  'buffer.maxRecords': 10,
  'buffer.maxBytes': '1MiB',
  'buffer.flushEvery': '10ms',
  'buffer.batch': 10,
  'buffer.thread': true,
  flows: { auth: ['/login'] },
  'insight.attacks': false,
  'insight.maxInspectBytes': '4KiB',
  'insight.maxInspectTime': '20ms',
  'insight.abuse.enabled': false,
  'insight.abuse.window': '30s',
  'insight.abuse.crawlerNotFound': 3,
  'insight.abuse.crawlerDistinctPaths': 3,
  'insight.abuse.scrapingDistinctIds': 3,
  'insight.abuse.scrapingRate': 3,
  'insight.abuse.failedLogins': 3,
  'insight.abuse.distinctUsers': 3,
  'insight.abuse.rateFactor': 3,
  'insight.abuse.minRate': 3,
  'insight.abuse.maxSessions': 3,
  denylist: ['192.0.2.1'],
  'console.enabled': false,
  'console.listen.host': '127.0.0.2',
  'console.listen.port': 1,
  'console.tokens': [{ name: 'ops', token: 'a-console-token-1', role: 'viewer' }],
  'console.allowedHosts': ['console.corp.example'],
  'log.level': 'error',
}

function withChange(path: string, value: unknown): Partial<ConfigInput> & Pick<ConfigInput, 'applications'> {
  const input = structuredClone(BASE) as Record<string, unknown>
  const keys = path.split('.')
  let o = input
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>
  o[keys.at(-1)!] = value
  // the tls pair comes together
  if (path.startsWith('listen.tls.')) (input.listen as Record<string, unknown>).tls = { cert: 'cert.pem', key: 'key.pem' }
  if (path === 'redis.tls.cert' || path === 'redis.tls.key') (input.redis as Record<string, unknown>).tls = { cert: 'client.pem', key: 'client.key' }
  return input as Partial<ConfigInput> & Pick<ConfigInput, 'applications'>
}

const at = (obj: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), obj)

t.test('the reload table names every key of the schema, and nothing else', async (t) => {
  const leaves = schemaLeaves()
  t.ok(leaves.length > 60, `${leaves.length} keys`)
  for (const leaf of leaves) t.ok(reloadRuleOf(leaf), `${leaf} has a reload rule`)
  for (const key of Object.keys(RELOAD_TABLE)) t.ok(leaves.some((l) => l === key || l.startsWith(`${key}.`)), `${key} is a key of the schema`)
  t.same(Object.keys(CHANGES).sort(), [...leaves].sort(), 'this test changes every key')
})

t.test('for every key of the schema, a reload applies it, names it as needing a restart, or refuses it', async (t) => {
  const s = await startSensor(t, BASE, { level: 'info' })
  const base = testConfig(BASE)
  for (const [path, value] of Object.entries(CHANGES)) {
    const next = testConfig(withChange(path, value))
    const rule = reloadRuleOf(path)!
    // TLS turned on (the base has none) needs a restart; a certificate change under TLS applies (below)
    const effect = path.startsWith('listen.tls.') ? 'restart' : rule.effect
    const logged = s.logs.lines.length
    if (effect === 'refuse') {
      const err = (() => {
        try {
          s.sensor.reload(next)
        } catch (e) {
          return e as SensorError
        }
        return undefined
      })()
      t.equal(err?.code, 'RELOAD_REFUSED', `${path}: refused`)
      t.match(err?.details, [new RegExp(`^${rule.key.replace('.', '\\.')}: cannot change on a reload`)], `${path}: the refusal names the key`)
      t.same(at(s.sensor.config, path), at(base, path), `${path}: the running value stays`)
      continue
    }
    const plan = s.sensor.reload(next)
    const line = s.logs.lines.slice(logged).find((l) => l.msg === 'config reloaded')!
    if (effect === 'apply') {
      t.same(plan.applied, [rule.key], `${path}: applied`)
      t.same(line.applied, [rule.key], `${path}: the log says it applied`)
      t.same(at(s.sensor.config, path), at(next, path), `${path}: the new value is in force`)
    } else {
      t.same(plan.restartNeeded, [rule.key], `${path}: needs a restart`)
      t.same(line.restartNeeded, [rule.key], `${path}: the log names it under restartNeeded`)
      t.equal(line.level, 40, `${path}: at warn`)
      t.same(at(s.sensor.config, path), at(base, path), `${path}: the running value stays in force until the restart`)
    }
    s.sensor.reload(base) // back to the base for the next key
  }
})

t.test('hashKey: a reload that changes it is refused whole, and session ids stay as they were', async (t) => {
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const dir = t.testdir({})
  const file = join(dir, 'sensor.yaml')
  const yaml = (hashKey: string, upstream: string) => `applications: [{ name: app, hosts: ["*.test"], upstream: "${upstream}" }]\ndefaultApplication: app\nhashKey: ${hashKey}\n`
  writeFileSync(file, yaml('the-first-hash-key-0123', up.url))
  const s = await startSensor(t, { ...oneApp(up.url), hashKey: 'the-first-hash-key-0123' }, { configFile: file })
  await (await fetch(`${s.url}/a`, { headers: { 'user-agent': 'same' } })).text()
  const up2 = await startUpstream(t, (_req, res) => res.end('two'))
  writeFileSync(file, yaml('a-second-hash-key-4567', up2.url))
  t.equal(await s.sensor.reloadFromFile(), false, 'refused')
  const refused = s.logs.find('config reload refused; the running config stays')!
  t.equal(refused.code, 'RELOAD_REFUSED')
  t.match((refused.details as string[]).join('\n'), /^hashKey: cannot change on a reload: a new key gives every live session a new id/)
  t.equal(await (await fetch(`${s.url}/b`, { headers: { 'user-agent': 'same' } })).text(), 'ok', 'nothing else of that file applied either')
  const [a, b] = await s.sink.waitFor(2)
  t.equal(a!.sid, b!.sid, 'the session is not split')
})

t.test('console tokens and log level apply on reload; a new redis.url is named and the old Redis kept', async (t) => {
  const redis = await startRedis(t)
  const other = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const consoleInput = (token: string) => ({ enabled: true, listen: { host: '127.0.0.1', port: 0 }, tokens: [{ name: 'ops', token, role: 'admin' as const }] })
  const input = { ...oneApp(up.url), redis: { url: redis.url }, console: consoleInput('the-first-token-0') }
  const s = await startRedisSensor(t, input, 'info')
  const sessions = async (token: string) => (await fetch(`http://127.0.0.1:${s.sensor.addresses().console!.port}/api/sessions`, { headers: { authorization: `Bearer ${token}` } })).status
  t.equal(await sessions('the-first-token-0'), 200)

  const listening = s.sensor.console!.listening()
  const plan = s.sensor.reload(testConfig({ ...input, buffer: { flushEvery: '5ms' }, redis: { url: other.url }, console: consoleInput('the-second-token'), log: { level: 'debug' } }))
  t.same(plan.restartNeeded, ['redis.url'])
  t.same(plan.applied.sort(), ['console', 'log.level'])
  await listening
  await s.sensor.consoleSettled()
  t.equal(await sessions('the-second-token'), 200, 'the new token is accepted')
  t.equal(await sessions('the-first-token-0'), 401, 'the old one is not')
  const line = s.logs.lines.findLast((l) => l.msg === 'config reloaded')!
  t.same(line.restartNeeded, ['redis.url'], 'the log names redis.url')

  await (await fetch(`${s.url}/after-reload`)).text()
  const debug = s.logs.lines.find((l) => l.msg === 'request')
  t.ok(debug, 'log.level debug applied: the request is logged')
  await s.sink.waitWritten(1)
  t.equal(await redis.client.xlen('apisess:requests'), 1, 'records still go to the Redis the sensor started with')
  t.equal(await other.client.exists('apisess:requests'), 0, 'none to the new one before a restart')
})

/** The fingerprint of the certificate a TLS listener on `port` serves to a new connection. */
function servedCertificate(port: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      resolve(socket.getPeerX509Certificate()!.fingerprint256)
      socket.end()
    })
    socket.on('error', reject)
  })
}

t.test('listen.tls: a reload reads the certificate files again (rotation without a restart)', async (t) => {
  const dir = t.testdir({})
  const cert = join(dir, 'cert.pem')
  const key = join(dir, 'key.pem')
  const make = (cn: string) => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${key}.new`, '-out', `${cert}.new`, '-days', '1', '-subj', `/CN=${cn}`], { stdio: 'ignore' })
    renameSync(`${key}.new`, key)
    renameSync(`${cert}.new`, cert)
    return new X509Certificate(readFileSync(cert)).fingerprint256
  }
  const served = () => servedCertificate(s.port)
  const first = make('first')
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const input = oneApp(up.url, { listen: { host: '127.0.0.1', port: 0, tls: { cert, key } } })
  const s = await startSensor(t, input)
  t.equal(await served(), first)
  const second = make('second')
  t.not(second, first)
  const plan = s.sensor.reload(testConfig(input))
  t.same(plan.restartNeeded, [])
  t.equal(await served(), second, 'new connections get the new certificate')
})

t.test('listen.tls: a reload whose certificate cannot serve is refused naming the YAML path, and the old certificate stays', async (t) => {
  const dir = t.testdir({})
  const cert = join(dir, 'cert.pem')
  const key = join(dir, 'key.pem')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=first'], { stdio: 'ignore' })
  const first = new X509Certificate(readFileSync(cert)).fingerprint256
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, `listen: { host: 127.0.0.1, port: 0, tls: { cert: cert.pem, key: key.pem } }\napplications: [{ name: app, hosts: ["*.test"], upstream: "${up.url}" }]\ndefaultApplication: app\n`)
  const s = await startSensor(t, oneApp(up.url, { listen: { host: '127.0.0.1', port: 0, tls: { cert, key } } }), { configFile: file })
  const served = () => servedCertificate(s.port)
  writeFileSync(cert, 'garbage\n')
  t.equal(await s.sensor.reloadFromFile(), false, 'refused')
  const refused = s.logs.find('config reload refused; the running config stays')!
  t.equal(refused.code, 'CONFIG_INVALID')
  t.match(refused.details, [/sensor\.yaml:1:\d+ listen\.tls\.cert: .*cert\.pem: not a usable PEM certificate chain/], 'the YAML path and the reason')
  t.equal(await served(), first, 'the old certificate is still served')
})

t.test('api-sessions console alone: SIGHUP starts it again with the new tokens', async (t) => {
  const redis = await startRedis(t)
  const dir = t.testdir({})
  const file = join(dir, 'console.yaml')
  const yaml = (token: string) =>
    `applications: [{ name: app, hosts: ["*.test"], upstream: "http://127.0.0.1:9" }]\nredis: { url: "${redis.url}" }\nconsole: { enabled: false, listen: { host: 127.0.0.1, port: 0 }, tokens: [{ name: ops, token: ${token}, role: viewer }] }\n`
  writeFileSync(file, yaml('the-first-token-0'))
  const child = spawn(process.execPath, ['src/cli.ts', 'console', '-c', file], { stdio: ['ignore', 'pipe', 'inherit'] })
  t.teardown(() => child.kill('SIGKILL'))
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const next = async (msg: string): Promise<Record<string, unknown>> => {
    for (let line = await lines.next(); !line.done; line = await lines.next()) {
      const entry = JSON.parse(line.value) as Record<string, unknown>
      if (entry.msg === msg) return entry
    }
    throw new Error(`the console ended before logging "${msg}"`)
  }
  const status = async (address: string, token: string) => (await fetch(`http://${address}/api/sessions`, { headers: { authorization: `Bearer ${token}` } })).status
  const first = String((await next('console listening')).console)
  t.equal(await status(first, 'the-first-token-0'), 200)
  writeFileSync(file, yaml('the-second-token'))
  child.kill('SIGHUP')
  const second = String((await next('console listening')).console)
  await next('config reloaded')
  t.equal(await status(second, 'the-second-token'), 200, 'the new token is accepted')
  t.equal(await status(second, 'the-first-token-0'), 401, 'the old one is not')
  writeFileSync(file, 'console: { tokens: [] }\n')
  child.kill('SIGHUP')
  const refused = await next('config reload refused; the running config stays')
  t.equal(refused.code, 'CONFIG_INVALID')
  t.equal(await status(second, 'the-second-token'), 200, 'an invalid file changes nothing')
  child.kill('SIGTERM')
  const [code] = (await once(child, 'exit')) as [number]
  t.equal(code, 0)
})

/** a valid OpenAPI spec of `n` paths, in YAML (parsed in seconds on an event loop: read in the reload's thread) */
function bigSpec(n: number): string {
  let text = 'openapi: 3.0.3\ninfo: { title: big, version: "1" }\nservers: [{ url: /api }]\npaths:\n'
  for (let i = 0; i < n; i++) text += `  /r${i}/items/{id}:\n    get:\n      summary: item ${i}\n      responses:\n        "200": { description: ok }\n`
  return text
}

t.test('SIGHUP reads the config and a 10,000-path spec in a thread: the proxy answers meanwhile, the parsed spec is used, no thread is left', async (t) => {
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const dir = t.testdir({ 'spec.yaml': bigSpec(10_000) })
  const file = join(dir, 'sensor.yaml')
  const text = (spec: boolean) => `applications: [{ name: app, hosts: ["*.test"], upstream: "${up.url}"${spec ? ', openapi: spec.yaml' : ''} }]\ndefaultApplication: app\n`
  writeFileSync(file, text(false))
  const s = await startSensor(t, oneApp(up.url), { configFile: file })
  writeFileSync(file, text(true))
  const parsed = apiSpecsParsed()
  const order: string[] = []
  const reloading = s.sensor.reloadFromFile().then((ok) => {
    order.push('reloaded')
    return ok
  })
  t.equal(loadThreadsLive(), 1, 'a thread reads it')
  // sent after the reload started: answered while the thread parses the spec
  const res = await fetch(`${s.url}/during`)
  order.push(`answered ${res.status}`)
  t.notOk(s.logs.find('config reloaded'), 'answered before the reload applied')
  t.equal(await reloading, true)
  t.same(order, ['answered 200', 'reloaded'], 'the request is answered before the reload is applied')
  t.ok(s.logs.find('config reloaded'))
  t.equal(apiSpecsParsed(), parsed, 'the main thread parsed no spec: the one parsed in the thread is used')
  t.equal(loadThreadsLive(), 0, 'the thread is gone')
  await (await fetch(`${s.url}/api/r9999/items/7`)).text()
  const recs = await s.sink.waitFor(2)
  t.equal(recs[1]!.endpoint, '/api/r9999/items/{id}', 'the spec from the thread matches the requests')
})

t.test('SIGHUP: reloads in a row run one after the other (one more queued, not one per signal); a drain abandons the one in flight', async (t) => {
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const dir = t.testdir({ 'spec.yaml': bigSpec(2_000) })
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, `applications: [{ name: app, hosts: ["*.test"], upstream: "${up.url}", openapi: spec.yaml }]\ndefaultApplication: app\n`)
  const s = await startSensor(t, oneApp(up.url), { configFile: file })
  const asked = [s.sensor.reloadFromFile(), s.sensor.reloadFromFile(), s.sensor.reloadFromFile(), s.sensor.reloadFromFile()]
  t.equal(loadThreadsLive(), 1, 'one thread at a time')
  t.same(await Promise.all(asked), [true, true, true, true])
  t.equal(s.logs.lines.filter((l) => l.msg === 'config reloaded').length, 2, 'the first, then one more for the three asked meanwhile')
  t.equal(loadThreadsLive(), 0)

  const inFlight = s.sensor.reloadFromFile()
  t.equal(loadThreadsLive(), 1)
  await s.sensor.close()
  t.equal(await inFlight, false, 'the reload in flight is abandoned')
  t.ok(s.logs.find('config reload abandoned: the sensor is stopping'))
  t.equal(s.logs.lines.filter((l) => l.msg === 'config reloaded').length, 2, 'and not applied')
  t.ok(s.logs.find('stopped'), 'the drain finished')
  t.equal(loadThreadsLive(), 0, 'its thread terminated')
  t.equal(await s.sensor.reloadFromFile(), false, 'a stopped sensor reloads nothing')
})

t.test('Sensor.reload with specs given (a worker handed them by its primary) reads no spec file', async (t) => {
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startSensor(t, oneApp(up.url))
  const missing = join(t.testdir({}), 'not-here.yaml')
  const spec = { file: missing, basePaths: [''], paths: [{ template: '/users/{id}', operations: new Map([['GET', { deprecated: false }]]) }] }
  s.sensor.reload(testConfig({ applications: [{ ...APP, upstream: up.url, openapi: missing }], defaultApplication: 'app' }), new Map([[missing, spec]]))
  await (await fetch(`${s.url}/users/42`)).text()
  const [rec] = await s.sink.waitFor(1)
  t.equal(rec!.endpoint, '/users/{id}', 'the given spec is used; its file was never read')
})

t.test('docs/operations.md prints the reload table as it is', async (t) => {
  const doc = readFileSync('docs/operations.md', 'utf8')
  const rows = new Map([...doc.matchAll(/^\| `([a-zA-Z.]+)` \| (applied|\*\*restart\*\*|\*\*refused\*\*) \|/gm)].map((m) => [m[1]!, m[2]!.replaceAll('*', '')]))
  const words = { apply: 'applied', restart: 'restart', refuse: 'refused' }
  t.same(Object.fromEntries(rows), Object.fromEntries(Object.entries(RELOAD_TABLE).map(([k, r]) => [k, words[r.effect]])))
})
