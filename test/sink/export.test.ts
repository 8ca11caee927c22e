import t from 'tap'
import { spawnSync } from 'node:child_process'
import { createReadStream, readFileSync } from 'node:fs'
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

t.test('export streams: 200,000 records and six of 50 MB each are written whole; bad records, paths and cells', async (t) => {
  const redis = await startRedis(t)
  const dir = t.testdir({ 'sensor.yaml': `applications: [{ name: shop, hosts: [shop.test], upstream: "http://127.0.0.1:9" }]\nredis: { url: "${redis.url}" }\n` })
  const cli = (...args: string[]) => spawnSync(process.execPath, ['src/cli.ts', 'export', '-c', join(dir, 'sensor.yaml'), ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })

  // 200,000 records in one session: no "Maximum call stack size exceeded"
  await redis.client.eval("for i=1,200000 do redis.call('xadd', KEYS[1], '*', 'v', '1', 'sid', 'big-1', 'rec', '{\"id\":\"b' .. i .. '\",\"ts\":1,\"attacks\":[]}') end", 1, 'apisess:session:big-1')
  const many = cli('--session', 'big-1', '--format', 'ndjson', '-o', join(dir, 'many.ndjson'))
  t.equal(many.status, 0, many.stderr.slice(0, 300))
  t.equal(many.stderr, `200000 requests of 1 session(s) written to ${join(dir, 'many.ndjson')}\n`)
  const lines = readFileSync(join(dir, 'many.ndjson'), 'utf8').trim().split('\n')
  t.equal(lines.length, 200_000)
  t.equal(lines[199_999], '{"id":"b200000","ts":1,"attacks":[]}')
  await redis.client.del('apisess:session:big-1')

  // six records of 50 MB: a HAR of 600 MB (each User-Agent twice), more than one string may hold
  await redis.client.eval("local ua = string.rep('A', 50 * 1048576) for i=1,6 do redis.call('xadd', KEYS[1], '*', 'v', '1', 'sid', 'huge-1', 'rec', '{\"id\":\"h' .. i .. '\",\"ts\":' .. (1700000000000 + i) .. ',\"ua\":\"' .. ua .. '\",\"attacks\":[]}') end", 1, 'apisess:session:huge-1')
  const huge = cli('--session', 'huge-1', '-o', join(dir, 'huge.har'))
  t.equal(huge.status, 0, huge.stderr.slice(0, 300))
  t.equal(huge.stderr, `6 requests of 1 session(s) written to ${join(dir, 'huge.har')}\n`)
  let size = 0
  let entries = 0
  let head = ''
  let tail = ''
  for await (const chunk of createReadStream(join(dir, 'huge.har'), { encoding: 'latin1', highWaterMark: 1 << 20 })) {
    const text = chunk as string
    if (head.length < 100) head += text.slice(0, 100)
    tail = (tail + text).slice(-20)
    entries += text.split('"startedDateTime"').length - 1
    size += text.length
  }
  t.ok(size > 600 * 1048576, `${size} bytes`)
  t.equal(entries, 6)
  t.match(head, /^\{"log":\{"version":"1\.2"/)
  t.equal(tail.slice(-5), '\n]}}\n')
  await redis.client.del('apisess:session:huge-1')

  // records of another shape (a time out of range, attacks missing or not an array) are written as far as they go
  const add = (rec: string) => redis.client.xadd('apisess:session:odd-1', '*', 'v', '1', 'sid', 'odd-1', 'rec', rec)
  await add('{"id":"o1","ts":1e20}')
  await add('{"id":"o2","ts":1700000000000,"attacks":"sqli"}')
  await add('{"id":"o3","ts":1700000000000,"ua":"x\u009b31m","path":5,"durationMs":"x"}')
  const csv = cli('--session', 'odd-1', '--format', 'csv')
  t.equal(csv.status, 0, csv.stderr)
  t.equal(csv.stdout.split('\r\n').length, 5, 'a header, three rows')
  const har = cli('--session', 'odd-1')
  t.equal(har.status, 0, har.stderr)
  const parsed = JSON.parse(har.stdout) as Parameters<typeof assertHar12>[1]
  assertHar12(t, parsed)
  t.equal(parsed.log.entries.length, 3)
  t.notMatch(har.stdout, /\u009b/, 'C1 controls escaped')
  const nd = cli('--session', 'odd-1', '--format', 'ndjson')
  t.match(nd.stdout, /"ua":"x\\u009b31m"/)
  t.notMatch(nd.stdout, /\u009b/)

  // -o a directory: a usage error before anything is written
  const toDir = cli('--session', 'odd-1', '-o', dir)
  t.equal(toDir.status, 2)
  t.match(toDir.stderr, /^api-sessions: USAGE: wrong command-line usage: cannot open -o .*: EISDIR\n$/)
  const full = cli('--session', 'odd-1', '-o', '/dev/full')
  t.equal(full.status, 1)
  t.match(full.stderr, /^api-sessions: OUTPUT_FAILED: cannot write the output: \/dev\/full: ENOSPC\n$/)
})

t.test('CSV cells: formulas neutralised, a ; or a tab inside quoted (a locale splitting on them starts no formula)', async (t) => {
  const { csvRow } = await import('../../src/sink/csv.ts')
  const row = csvRow({ ts: 0, id: 'x;=cmd|\' /C calc\'!A0', sid: 'a\t=1', method: '=HYPERLINK()', host: 'plain', path: '/p', query: '', attacks: [] } as unknown as Parameters<typeof csvRow>[0])
  const cells = row.split(',')
  t.equal(cells[0], '1970-01-01T00:00:00.000Z')
  t.equal(cells[1], '"x;=cmd|\' /C calc\'!A0"')
  t.equal(cells[2], '"a\t=1"')
  t.equal(cells[3], "'=HYPERLINK()")
  t.equal(cells[4], 'plain')
})
