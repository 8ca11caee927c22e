import t from 'tap'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedisSensor } from '../helpers/sensor.ts'

/** The HAR 1.2 fields every entry must have (the spec's required members). */
function assertHar12(t: Tap, har: { log: { version: string; creator: unknown; entries: Record<string, unknown>[] } }): void {
  t.equal(har.log.version, '1.2')
  t.match(har.log.creator, { name: 'api-sessions', version: String })
  for (const e of har.log.entries) {
    t.match(e, {
      startedDateTime: /^\d{4}-\d\d-\d\dT/,
      time: Number,
      request: { method: String, url: /^http:\/\//, httpVersion: String, cookies: Array, headers: Array, queryString: Array, headersSize: Number, bodySize: Number },
      response: { status: Number, statusText: String, httpVersion: String, cookies: Array, headers: Array, content: { size: Number, mimeType: String }, redirectURL: String, headersSize: Number, bodySize: Number },
      cache: {},
      timings: { send: Number, wait: Number, receive: Number },
    })
  }
}
type Tap = { equal(a: unknown, b: unknown): unknown; match(a: unknown, b: unknown): unknown }

t.test('export: a session as HAR 1.2 (every request, in order), NDJSON and CSV, masked values kept masked; the console offers the HAR', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('{"ok":1}'))
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'export-test-key-0000001',
    redis: { url: redis.url },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: [{ name: 'ann', token: 'export-admin-token', role: 'admin' }] },
  })
  const proxy = httpClient(t, s.url)
  const paths = ['/a?token=s3cret&page=1', '/b', '/c', '/d']
  for (const p of paths) await (await proxy.request({ path: p, method: 'GET', headers: { cookie: 'PHPSESSID=exp' } })).body.text()
  await s.sink.waitWritten(4)
  const sid = (await redis.client.zrange('apisess:sessions', '0', '-1'))[0]!

  const dir = t.testdir({ 'sensor.yaml': `applications: [{ name: shop, hosts: [shop.test], upstream: "http://127.0.0.1:9" }]\nredis: { url: "${redis.url}" }\n` })
  const cli = (...args: string[]) => spawnSync(process.execPath, ['src/cli.ts', 'export', '-c', join(dir, 'sensor.yaml'), ...args], { encoding: 'utf8' })

  const har = cli('--session', sid, '-o', join(dir, 's.har'))
  t.equal(har.status, 0, har.stderr)
  t.equal(har.stderr, `4 requests of 1 session(s) written to ${join(dir, 's.har')}\n`)
  const parsed = JSON.parse(readFileSync(join(dir, 's.har'), 'utf8')) as Parameters<typeof assertHar12>[1]
  assertHar12(t, parsed)
  t.same(parsed.log.entries.map((e) => new URL((e.request as { url: string }).url).pathname), ['/a', '/b', '/c', '/d'], 'every request of the session, in order')
  t.notMatch(JSON.stringify(parsed), /s3cret/, 'the masked token stays masked')

  const nd = cli('--session', sid, '--format', 'ndjson')
  t.same(nd.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path), ['/a', '/b', '/c', '/d'])
  const csv = cli('--session', sid, '--format', 'csv')
  t.equal(csv.stdout.split('\r\n').length, 6)
  const range = cli('--from', String(Date.now() - 60_000), '--to', String(Date.now() + 1000), '--format', 'ndjson')
  t.equal(range.stdout.trim().split('\n').length, 4, 'every session in a time range')
  t.equal(cli('--session', sid, '--format', 'xml').status, 2)
  t.match(cli('--session', 'nope-nope-nope').stderr, /^api-sessions: USAGE: .*no records for session nope-nope-nope/)

  const fromConsole = await fetch(`${s.consoleUrl}/api/sessions/${sid}/requests.har`, { headers: { authorization: 'Bearer export-admin-token' } })
  t.match(fromConsole.headers.get('content-disposition'), /\.har"$/)
  const consoleHar = (await fromConsole.json()) as Parameters<typeof assertHar12>[1]
  assertHar12(t, consoleHar)
  t.equal(consoleHar.log.entries.length, 4)
})
