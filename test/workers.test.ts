/**
 * `workers: 2` (issue 15): two proxy processes share the port under a supervising primary, through
 * a real sensor process, Redis and upstream on loopback. The load is shared, the metrics summed, the
 * denylist and a SIGHUP reach every worker, one session spread over both gets one API-abuse verdict,
 * a killed worker is started again without the port ever closing, and SIGTERM drains them all.
 */
import t from 'tap'
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { Agent, Client, request } from 'undici'
import { startRedis } from './helpers/redis.ts'
import { freePort, startUpstream } from './helpers/upstream.ts'
import { startSensorProcess, type SensorProcess } from './helpers/process.ts'

const TOKEN = 'workers-test-token-01'

const configText = (upstream: string, redis: string, extraApps = '') => `
listen: { host: 127.0.0.1, port: 0 }
admin: { listen: { host: 127.0.0.1, port: 0 } }
workers: 2
trustedProxies: [127.0.0.1/32]
applications:
  - { name: shop, hosts: ["a.test"], upstream: "${upstream}" }${extraApps}
hashKey: workers-test-key-00000001
redis: { url: "${redis}" }
buffer: { flushEvery: 10ms }
console: { listen: { host: 127.0.0.1, port: 0 }, tokens: [{ name: ann, token: ${TOKEN}, role: admin }] }
log: { level: info }
`

/** `n` requests, each on a connection of its own (the primary hands connections to the workers in turn). */
async function spread(url: string, n: number, headers: Record<string, string> = {}): Promise<number[]> {
  const statuses: number[] = []
  for (let i = 0; i < n; i++) {
    const client = new Client(url)
    const res = await client.request({ path: `/p/${i}`, method: 'GET', headers: { host: 'a.test', ...headers } })
    await res.body.text()
    statuses.push(res.statusCode)
    await client.close()
  }
  return statuses
}

/** `promise`, or a failure naming what did not come within a minute (never a silent hang) */
function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within 60 s`)), 60_000)
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}

/** Wait for `count` more log lines that pass `test` (from now on; lines that come together all count). */
async function lines(p: SensorProcess, count: number, test: (l: Record<string, unknown>) => boolean): Promise<void> {
  let seen = 0
  await p.waitLog((l) => test(l) && ++seen >= count)
}

/** The primary's admin URL, once every worker listens (its line seen, else still to come: no line can slip between). */
async function adminOf(p: SensorProcess): Promise<string> {
  const primary = p.seen((l) => l.msg === 'api-sessions workers listening') ?? (await p.waitLog((l) => l.msg === 'api-sessions workers listening'))
  return `http://${String(primary.admin)}`
}

/** Each worker's slot and pid, as the admin port lists them. */
async function workersOf(admin: string): Promise<{ worker: number; pid: number }[]> {
  return ((await (await fetch(`${admin}/workers`)).json()) as { workers: { worker: number; pid: number }[] }).workers
}

t.test('two workers: shared load, summed metrics, denylist, SIGHUP, a worker restarted, SIGTERM', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (req, res) => {
    if (req.url?.startsWith('/slow')) setTimeout(() => res.end('slow'), 300)
    else res.end(req.headers.host ?? '')
  })
  const dir = t.testdir({})
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, configText(up.url, redis.url))
  const p = await startSensorProcess(t, file)
  const admin = await adminOf(p)
  const consoleLine = p.seen((l) => l.msg === 'console listening') ?? (await p.waitLog((l) => l.msg === 'console listening'))
  const consoleUrl = `http://${String(consoleLine.console)}`
  t.equal(p.seen((l) => l.msg === 'api-sessions workers listening')!.workers, 2)

  // the load is shared
  const statuses = await spread(p.url, 200)
  t.ok(statuses.every((s) => s === 200), '200 requests answered')
  const workers = ((await (await fetch(`${admin}/workers`)).json()) as { workers: { worker: number; pid: number; requests: number; listening: boolean }[] }).workers
  t.equal(workers.length, 2)
  t.ok(workers.every((w) => w.listening))
  const mean = 100
  for (const w of workers) t.ok(Math.abs(w.requests - mean) <= mean * 0.2, `worker ${w.worker} answered ${w.requests} of 200 (within 20 % of the mean)`)

  // the metrics are the sum over the workers
  const metrics = await (await fetch(`${admin}/metrics`)).text()
  const counted = [...metrics.matchAll(/^apisess_requests_total\{[^}]*\} (\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0)
  t.equal(counted, 200, 'apisess_requests_total summed over the workers')
  t.match(metrics, /apisess_worker_up\{worker="0"\} 1/)
  t.match(metrics, /apisess_worker_up\{worker="1"\} 1/)
  t.equal((await fetch(`${admin}/readyz`)).status, 200)

  // the denylist reaches every worker (each follows Redis)
  const updates = lines(p, 2, (l) => l.msg === 'denylist updated')
  const added = await fetch(`${consoleUrl}/api/denylist`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'ip', value: '203.0.113.9' }),
  })
  t.equal(added.status, 201)
  await updates
  t.same([...new Set(await spread(p.url, 20, { 'x-forwarded-for': '203.0.113.9' }))], [403], 'every worker denies the client')
  t.same([...new Set(await spread(p.url, 10))], [200], 'and serves the others')

  // one session spread over both workers gets one API-abuse verdict: the windows are counted in
  // Redis by the write script, not in each worker (120 distinct ids of /products/{id}, each request
  // on a connection of its own; the default threshold is 100 distinct ids at 2 requests/s)
  const before = ((await (await fetch(`${admin}/workers`)).json()) as { workers: { requests: number }[] }).workers.map((w) => w.requests)
  for (let i = 0; i < 120; i++) {
    const client = new Client(p.url)
    const res = await client.request({ path: `/products/${1000 + i}`, method: 'GET', headers: { host: 'a.test', 'user-agent': 'Scraper/1', 'x-forwarded-for': '198.51.100.7' } })
    await res.body.dump()
    await client.close()
  }
  const served = ((await (await fetch(`${admin}/workers`)).json()) as { workers: { requests: number }[] }).workers.map((w, i) => w.requests - before[i]!)
  t.ok(served.every((n) => n >= 30), `both workers served the session (${served.join(' + ')} requests)`)
  // the writers are in other processes: read the feed until all 120 are there (bounded)
  const scraper = async () => {
    const entries = (await redis.client.xrange('apisess:requests', '-', '+')) as [string, string[]][]
    return entries.map(([, f]) => JSON.parse(f[f.indexOf('rec') + 1]!) as { ua: string | null; attacks: string[]; sid: string }).filter((r) => r.ua === 'Scraper/1')
  }
  let recs = await scraper()
  for (let i = 0; i < 100 && recs.length < 120; i++) {
    await new Promise((r) => setTimeout(r, 100))
    recs = await scraper()
  }
  t.equal(recs.length, 120)
  t.equal(new Set(recs.map((r) => r.sid)).size, 1, 'one session')
  t.equal(recs.filter((r) => r.attacks.includes('scraping')).length, 1, 'scraping reported once for the session both workers saw half of')

  // SIGHUP: the file and its spec read and validated once by the primary (in a thread), applied by
  // every worker with the spec as the primary parsed it (handed over IPC with its Maps)
  writeFileSync(join(dir, 'blog.yaml'), 'openapi: 3.0.3\ninfo: { title: blog, version: "1" }\npaths:\n  /p/{n}:\n    get: { responses: { "200": { description: ok } } }\n')
  writeFileSync(file, configText(up.url, redis.url, `\n  - { name: blog, hosts: ["b.test"], upstream: "${up.url}", openapi: blog.yaml }`))
  const reloaded = lines(p, 2, (l) => l.msg === 'config reloaded')
  p.child.kill('SIGHUP')
  await reloaded
  const blog = await spread(p.url, 10, { host: 'b.test' })
  t.same([...new Set(blog)], [200], 'every worker routes the new application')
  const blogRecords = async () => ((await redis.client.xrange('apisess:requests', '-', '+')) as [string, string[]][]).map(([, f]) => JSON.parse(f[f.indexOf('rec') + 1]!) as { app: string; endpoint: string | null }).filter((r) => r.app === 'blog')
  let blogged = await blogRecords()
  for (let i = 0; i < 100 && blogged.length < 10; i++) {
    await new Promise((r) => setTimeout(r, 100))
    blogged = await blogRecords()
  }
  t.same([...new Set(blogged.map((r) => r.endpoint))], ['/p/{n}'], "every worker matches the new application's requests to the spec the primary handed it")

  // a worker killed: started again, and the port keeps answering meanwhile
  const victim = workers[0]!.pid
  const died = p.waitLog((l) => l.msg === 'worker died; the other workers serve the port; starting it again')
  const back = p.waitLog((l) => l.msg === 'worker listening' && l.pid !== victim)
  process.kill(victim, 'SIGKILL')
  t.match(await died, { worker: workers[0]!.worker, signal: 'SIGKILL' })
  t.same([...new Set(await spread(p.url, 10))], [200], 'served by the other worker while one restarts')
  await back
  const after = ((await (await fetch(`${admin}/workers`)).json()) as { workers: { pid: number; restarts: number; listening: boolean }[] }).workers
  t.ok(after.every((w) => w.listening), 'both workers listen again')
  t.equal(after.reduce((n, w) => n + w.restarts, 0), 1, 'one restart')
  t.notOk(after.some((w) => w.pid === victim))

  // SIGTERM: an answer in flight is finished, then every worker and the primary stop
  const slow = new Client(p.url)
  const inFlight = slow.request({ path: '/slow', method: 'GET', headers: { host: 'a.test' } })
  p.child.kill('SIGTERM')
  const res = await inFlight
  t.equal(res.statusCode, 200, 'the request in flight is answered')
  t.equal(await res.body.text(), 'slow')
  await slow.close()
  const [code] = (await new Promise<unknown[]>((resolve) => p.child.once('exit', (...args) => resolve(args)))) as [number | null]
  t.equal(code, 0, 'the primary exits 0 once every worker drained')
})

t.test('a restarted worker runs the primary\'s config and OpenAPI spec, not the files', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const dir = t.testdir({ 'spec.yaml': 'openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: { /a: { get: { responses: { "200": { description: ok } } } } }\n' })
  const file = join(dir, 'sensor.yaml')
  const text = (hashKey: string) => `
listen: { host: 127.0.0.1, port: 0 }
admin: { listen: { host: 127.0.0.1, port: 0 } }
workers: 2
applications: [{ name: shop, hosts: ["a.test"], upstream: "${up.url}", openapi: spec.yaml }]
hashKey: ${hashKey}
redis: { url: "${redis.url}" }
buffer: { flushEvery: 10ms }
log: { level: info }
`
  writeFileSync(file, text('workers-running-key-00001'))
  const p = await startSensorProcess(t, file)
  const admin = await adminOf(p)

  // a hashKey change is refused (it cannot change on a reload): the file now differs from what runs
  writeFileSync(file, text('workers-refused-key-00002'))
  const refused = p.waitLog((l) => l.msg === 'config reload refused; the running config stays')
  p.child.kill('SIGHUP')
  t.match(await refused, { details: [/^hashKey: cannot change on a reload/] })

  // a worker killed is started again with the config the primary runs, not the file's
  const workers = () => workersOf(admin)
  const killed = p.waitLog((l) => l.msg === 'worker died; the other workers serve the port; starting it again')
  const back = within(p.waitLog((l) => l.msg === 'worker listening' && l.worker === 0), 'the worker listening again')
  process.kill((await workers())[0]!.pid, 'SIGKILL')
  t.match(await killed, { worker: 0, signal: 'SIGKILL', restartInMs: 1_000 })
  await back
  // one client over both workers: one session id, under the key the primary runs with
  t.same([...new Set(await spread(p.url, 10, { cookie: 'PHPSESSID=one-client-0001' }))], [200])
  // the writers are in other processes: read until both workers' records are there (bounded)
  for (let i = 0; i < 100 && (await redis.client.xlen('apisess:requests')) < 10; i++) await new Promise((r) => setTimeout(r, 50))
  t.equal(await redis.client.zcard('apisess:sessions'), 1, 'the restarted worker runs the hashKey the primary runs, not the one it refused')

  // the spec now a file a worker would fail on: the worker killed is started again with the spec the
  // primary parsed (it reads no spec itself), at the back-off of a death, not of a failed start
  writeFileSync(join(dir, 'spec.yaml'), 'openapi: [')
  const died = p.waitLog((l) => l.msg === 'worker died; the other workers serve the port; starting it again')
  const again = within(p.waitLog((l) => l.msg === 'worker listening' && l.worker === 0), 'the worker listening again')
  process.kill((await workers())[0]!.pid, 'SIGKILL')
  t.match(await died, { worker: 0, signal: 'SIGKILL', restartInMs: 2_000 })
  await again
  t.notOk(p.seen((l) => l.msg === 'worker failed to start; the other workers serve the port; starting it again'), 'it never read the spec file')
  t.equal((await fetch(`${admin}/readyz`)).status, 200)
})

t.test('a worker whose start fails (a redis.tls file, the one file it reads itself) exits and is started again after its back-off', async (t) => {
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const dir = t.testdir({})
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'ca.key'), '-out', join(dir, 'ca.pem'), '-days', '1', '-subj', '/CN=ca'], { stdio: 'ignore' })
  const file = join(dir, 'sensor.yaml')
  // no Redis answers there: a worker's start does not wait for it
  writeFileSync(file, `
listen: { host: 127.0.0.1, port: 0 }
admin: { listen: { host: 127.0.0.1, port: 0 } }
workers: 2
applications: [{ name: shop, hosts: ["a.test"], upstream: "${up.url}" }]
hashKey: workers-failed-key-000001
redis: { url: "redis://127.0.0.1:${await freePort()}", tls: { ca: ca.pem } }
log: { level: info }
`)
  const p = await startSensorProcess(t, file)
  const admin = await adminOf(p)
  const workers = () => workersOf(admin)
  const ca = readFileSync(join(dir, 'ca.pem'))
  unlinkSync(join(dir, 'ca.pem'))
  const died = p.waitLog((l) => l.msg === 'worker died; the other workers serve the port; starting it again')
  const failed = p.waitLog((l) => l.msg === 'worker failed to start; the other workers serve the port; starting it again')
  process.kill((await workers())[0]!.pid, 'SIGKILL')
  t.match(await died, { worker: 0, signal: 'SIGKILL', restartInMs: 1_000 })
  t.match(await within(failed, "the worker's failed start"), { worker: 0, code: 1, restartInMs: 2_000, reason: /redis\.tls: .*ca\.pem: ENOENT/ }, 'its start failed: it exited 1, the reason logged, the back-off doubled')
  t.equal((await fetch(`${admin}/readyz`)).status, 503, 'not ready while it is down')
  writeFileSync(join(dir, 'ca.pem'), ca)
  await within(p.waitLog((l) => l.msg === 'worker listening' && l.worker === 0), 'the worker listening again')
  t.equal((await fetch(`${admin}/readyz`)).status, 200, 'ready again once its start succeeds')
})

t.test('two workers: a SIGHUP with a certificate that cannot serve is refused by the primary, naming listen.tls.cert; no worker is handed it', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const dir = t.testdir({})
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' })
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, `
listen: { host: 127.0.0.1, port: 0, tls: { cert: cert.pem, key: key.pem } }
admin: { listen: { host: 127.0.0.1, port: 0 } }
workers: 2
applications: [{ name: shop, hosts: ["a.test"], upstream: "${up.url}" }]
hashKey: workers-tls-key-000000001
redis: { url: "${redis.url}" }
log: { level: info }
`)
  const p = await startSensorProcess(t, file)
  if (p.seen((l) => l.msg === 'api-sessions workers listening') === undefined) await p.waitLog((l) => l.msg === 'api-sessions workers listening')
  writeFileSync(join(dir, 'cert.pem'), 'garbage\n')
  const refused = p.waitLog((l) => l.msg === 'config reload refused; the running config stays')
  p.child.kill('SIGHUP')
  t.match(await within(refused, 'the refusal'), { code: 'CONFIG_INVALID', details: [/sensor\.yaml:2:\d+ listen\.tls\.cert: .*cert\.pem: not a usable PEM certificate chain/] })
  t.notOk(p.seen((l) => l.msg === 'config handed to every worker'), 'nothing handed to the workers')
  t.notOk(p.seen((l) => l.msg === 'a worker refused the config the primary handed it; it runs its previous config'))

  // the certificate file still garbage: a worker killed is started again with the certificate the
  // primary read (a worker reads none), and serves TLS
  const workers = await workersOf(await adminOf(p))
  const again = within(p.waitLog((l) => l.msg === 'worker listening' && l.worker === 0), 'the worker listening again')
  process.kill(workers[0]!.pid, 'SIGKILL')
  await again
  t.notOk(p.seen((l) => l.msg === 'worker failed to start; the other workers serve the port; starting it again'), 'it never read the certificate file')
  const tls = new Agent({ connect: { rejectUnauthorized: false } })
  t.teardown(() => tls.close())
  for (let i = 0; i < 4; i++) {
    // one connection each: both workers answer over TLS
    const res = await request(p.url.replace('http:', 'https:'), { headers: { host: 'a.test', connection: 'close' }, dispatcher: tls })
    t.equal(await res.body.text(), 'ok')
  }
})

t.test('signals: a SIGHUP while the workers start is applied once they all listen; SIGTERM to the whole process group drains', async (t) => {
  const redis = await startRedis(t)
  let slowArrived!: () => void
  const arrived = new Promise<void>((resolve) => (slowArrived = resolve))
  const up = await startUpstream(t, (req, res) => {
    if (req.url !== '/slow') return res.end('ok')
    slowArrived()
    setTimeout(() => res.end('slow'), 500)
  })
  const dir = t.testdir({})
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, configText(up.url, redis.url))
  // the helper returns when the first worker listens: the primary is still starting the other
  const p = await startSensorProcess(t, file)
  const handed = p.waitLog((l) => l.msg === 'config handed to every worker')
  p.child.kill('SIGHUP')
  await within(handed, 'the reload asked for during the start')
  t.ok(p.seen((l) => l.msg === 'api-sessions workers listening'), 'the start went on')
  t.ok(p.alive())
  const pids = (await workersOf(await adminOf(p))).map((w) => w.pid)

  // Ctrl-C or systemd without KillMode=mixed: every process gets the signal, and each worker then
  // gets the primary's too; a worker's second signal is no "exit now"
  const slow = new Client(p.url)
  t.teardown(() => slow.close())
  const inFlight = slow.request({ path: '/slow', method: 'GET', headers: { host: 'a.test' } })
  await arrived
  const exit = once(p.child, 'exit')
  p.child.kill('SIGTERM')
  for (const pid of pids) process.kill(pid, 'SIGTERM')
  const res = await inFlight
  t.equal(res.statusCode, 200, 'the request in flight is answered')
  t.equal(await res.body.text(), 'slow')
  t.equal((await exit)[0], 0, 'the primary exits 0 once every worker drained')
  t.notOk(p.seen((l) => l.msg === 'second signal: exiting now'))
})

t.test('a worker hung or dying: /metrics leaves it out and says so; asks in flight when one dies never end the primary', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const dir = t.testdir({})
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, configText(up.url, redis.url))
  const p = await startSensorProcess(t, file)
  const admin = await adminOf(p)
  const workers = () => workersOf(admin)
  t.same([...new Set(await spread(p.url, 4))], [200])
  const [w0, w1] = await workers()

  // a worker stopped (as a blocked event loop is): the scrape answers with the other and says which is missing
  process.kill(w0!.pid, 'SIGSTOP')
  t.teardown(() => {
    try {
      process.kill(w0!.pid, 'SIGCONT')
    } catch {
      // gone already
    }
  })
  const scrape = await fetch(`${admin}/metrics`)
  t.equal(scrape.status, 200, 'the scrape answers')
  const text = await scrape.text()
  t.match(text, new RegExp(`apisess_worker_scraped\\{worker="${w0!.worker}"\\} 0`))
  t.match(text, new RegExp(`apisess_worker_scraped\\{worker="${w1!.worker}"\\} 1`))
  t.match(text, /^apisess_requests_total\{[^}]*\} [1-9]/m, "the other worker's counts are in it")
  process.kill(w0!.pid, 'SIGCONT')

  // a worker killed while the admin port asks the workers over and over (bounded: 20 clients × 30
  // asks): an ask sent into its broken channel once ended the primary (EPIPE unheard)
  const died = p.waitLog((l) => l.msg === 'worker died; the other workers serve the port; starting it again')
  const back = p.waitLog((l) => l.msg === 'worker listening' && l.worker === w1!.worker)
  const asks = Array.from({ length: 20 }, async (_, i) => {
    for (let n = 0; n < 30; n++) await (await fetch(`${admin}${(i + n) % 2 === 0 ? '/workers' : '/readyz/redis'}`)).text()
  })
  process.kill(w1!.pid, 'SIGKILL')
  await Promise.all([...asks, died])
  await within(back, 'the worker listening again')
  t.ok(p.alive(), 'the primary is up')
  t.equal((await fetch(`${admin}/readyz`)).status, 200)
})

t.test('a worker hung (its event loop answers no heartbeat for timeouts.workerHang) is killed and started again', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const dir = t.testdir({})
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, `${configText(up.url, redis.url)}timeouts: { workerHang: 5s }\n`)
  const p = await startSensorProcess(t, file)
  const admin = await adminOf(p)
  const [w0] = await workersOf(admin)
  const hung = p.waitLog((l) => l.msg === 'worker hung: no answer to the heartbeat; killing it')
  const died = p.waitLog((l) => l.msg === 'worker died; the other workers serve the port; starting it again')
  const back = p.waitLog((l) => l.msg === 'worker listening' && l.worker === w0!.worker)
  // stopped, as a worker whose event loop is blocked: it would take its turn of connections for ever
  process.kill(w0!.pid, 'SIGSTOP')
  t.match(await within(hung, 'the hung worker noticed'), { worker: w0!.worker, pid: w0!.pid })
  t.match(await died, { worker: w0!.worker, signal: 'SIGKILL' })
  await within(back, 'the worker listening again')
  t.same([...new Set(await spread(p.url, 6))], [200], 'every connection answered again')
  t.equal((await fetch(`${admin}/readyz`)).status, 200)
})
