/**
 * Redis as operators secure it (docs/operations.md): rediss:// with a private CA and a client
 * certificate, and the ACL line the docs give for the sensor, applied as printed there.
 */
import t from 'tap'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { startRedis, startRedisServer } from '../helpers/redis.ts'
import { startRedisSensor, testConfig } from '../helpers/sensor.ts'
import { freePort, startUpstream } from '../helpers/upstream.ts'
import { consume } from '../../src/sink/consume.ts'
import { createRedisClient } from '../../src/sink/redis-client.ts'
import { MAX_PEM_BYTES } from '../../src/config/files.ts'

t.test('rediss:// with a private CA and a client certificate (tls-auth-clients yes)', async (t) => {
  const dir = t.testdir({})
  const f = (name: string) => join(dir, name)
  const ssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore', cwd: dir })
  ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=apisess-test-ca')
  writeFileSync(f('ext'), 'subjectAltName=IP:127.0.0.1\n')
  for (const [name, cn, ext] of [['server', '127.0.0.1', ['-extfile', 'ext']], ['client', 'sensor', []]] as const) {
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`)
    ssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '1', ...ext)
  }
  const port = await freePort()
  const server = await startRedisServer(0, dir, ['--port', '0', '--tls-port', String(port), '--tls-cert-file', f('server.pem'), '--tls-key-file', f('server.key'), '--tls-ca-cert-file', f('ca.pem'), '--tls-auth-clients', 'yes'])
  t.teardown(() => server.kill('SIGKILL'))
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const url = `rediss://127.0.0.1:${port}`
  const s = await startRedisSensor(t, { applications: [{ name: 'shop', hosts: ['*.test'], upstream: up.url }], defaultApplication: 'shop', hashKey: 'tls-test-key-00000001', redis: { url, tls: { ca: f('ca.pem'), cert: f('client.pem'), key: f('client.key') } } })
  await (await fetch(`${s.url}/over-tls`)).text()
  await s.sink.waitWritten(1)
  const reader = new Redis(url, { tls: { ca: readFileSync(f('ca.pem')), cert: readFileSync(f('client.pem')), key: readFileSync(f('client.key')) } })
  t.teardown(() => reader.disconnect())
  t.equal(await reader.xlen('apisess:requests'), 1, 'the record is in the TLS Redis')
  const noCert = new Redis(url, { tls: { ca: readFileSync(f('ca.pem')) }, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  noCert.on('error', () => {})
  await t.rejects(noCert.connect().then(() => noCert.ping()), 'without the client certificate the server refuses')
  noCert.disconnect()
})

/** The ACL lines of docs/operations.md, as printed there. */
function aclLines(): Record<string, string> {
  const doc = readFileSync('docs/operations.md', 'utf8')
  return Object.fromEntries([...doc.matchAll(/^ACL SETUSER (apisess-[a-z]+) (.+)$/gm)].map((m) => [m[1]!, m[2]!]))
}

t.test('the ACL lines of docs/operations.md are enough for the sensor, the console and a consumer, and no more', async (t) => {
  const redis = await startRedis(t)
  const lines = aclLines()
  t.same(Object.keys(lines).sort(), ['apisess-reader', 'apisess-sensor'])
  for (const [user, rules] of Object.entries(lines)) await redis.client.call('ACL', 'SETUSER', user, ...rules.replace('<password>', 'the-password').split(' '))
  const as = (user: string) => `redis://${user}:the-password@127.0.0.1:${redis.port}`
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  // no hashKey: the shared key is made in Redis (SET NX) by the sensor's user
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['*.test'], upstream: up.url }],
    defaultApplication: 'shop',
    redis: { url: as('apisess-sensor') },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: [{ name: 'ops', token: 'an-admin-token-01', role: 'admin' }] },
  })
  for (let i = 0; i < 5; i++) await (await fetch(`${s.url}/items/${i}?q=' OR 1=1 --`)).text()
  await s.sink.waitWritten(5)
  const api = (path: string, init: RequestInit = {}) => fetch(`${s.consoleUrl}/api/${path}`, { ...init, headers: { authorization: 'Bearer an-admin-token-01', 'content-type': 'application/json' } })
  const list = await api('sessions')
  t.equal(list.status, 200, 'the console reads with the sensor user')
  t.ok(((await list.json()) as { sessions: unknown[] }).sessions.length > 0)
  const denied = await api('denylist', { method: 'POST', body: JSON.stringify({ kind: 'ip', value: '192.0.2.9', reason: 'acl test' }) })
  t.equal(denied.status, 201, 'and writes the denylist (hash, log stream, channel)')
  t.ok(await redis.client.get('apisess:descriptor'), 'the descriptor is written')
  t.ok(await redis.client.get('apisess:hashkey'), 'the shared hashKey is made')

  const reader = new Redis(as('apisess-reader'))
  t.teardown(() => reader.disconnect())
  const got: string[] = []
  const result = await consume(reader, ['apisess:requests'], { group: 'siem', consumer: 'r', start: '0', count: 10, claimIdleMs: 60_000, pollMs: 10, write: async (r) => void got.push(...r.map((x) => x.id)), gap: () => {}, once: true })
  t.equal(result.written, 5, 'the reader user runs the reference consumer')
  await t.rejects(reader.set('apisess:hashkey', 'x'), /NOPERM/, 'the reader cannot write the sensor keys')
  await t.rejects(reader.get('other:thing'), /NOPERM/, 'nor read outside the prefix')
  const sensorUser = new Redis(as('apisess-sensor'))
  t.teardown(() => sensorUser.disconnect())
  await t.rejects(sensorUser.flushall(), /NOPERM/, 'the sensor user cannot flush')
  await t.rejects(sensorUser.get('other:thing'), /NOPERM/, 'nor touch keys outside its prefix')

  const internal = s.logs.lines.filter((l) => JSON.stringify(l).includes('NOPERM'))
  t.same(internal, [], 'no command of the sensor or the console was refused')
})

t.test('redis.tls files are read bounded, as the loader reads them: a FIFO or a huge file is refused at once, naming redis.tls', async (t) => {
  const dir = t.testdir({ 'huge.pem': 'x'.repeat(MAX_PEM_BYTES + 1) })
  execFileSync('mkfifo', [join(dir, 'fifo.pem')])
  const redis = (ca: string) => testConfig({ applications: [{ name: 'shop', hosts: ['*.test'], upstream: 'http://127.0.0.1:1' }], redis: { url: 'redis://127.0.0.1:1', tls: { ca } } }).redis
  // a FIFO without a writer: readFileSync would block the process for ever
  t.throws(() => createRedisClient(redis(join(dir, 'fifo.pem'))), { code: 'CONFIG_READ', message: /redis\.tls: .*fifo\.pem: not a regular file \(a FIFO\)$/ })
  t.throws(() => createRedisClient(redis(join(dir, 'huge.pem'))), { code: 'CONFIG_READ', message: /redis\.tls: .*huge\.pem: larger than the 1\.0 MiB allowed$/ })
  t.throws(() => createRedisClient(redis(join(dir, 'none.pem'))), { code: 'CONFIG_READ', message: /redis\.tls: .*none\.pem: ENOENT$/ })
})
