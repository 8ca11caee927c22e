import t from 'tap'
import { execFileSync, spawnSync } from 'node:child_process'
import { truncateSync } from 'node:fs'
import { join } from 'node:path'
import { explain, parseHar, parseHttpFile } from '../../src/session/explain.ts'
import { createHasher } from '../../src/capture/mask.ts'
import { newRecord } from '../../src/capture/record.ts'
import { jwt, TEST_KEY } from '../helpers/view.ts'
import { testConfig } from '../helpers/sensor.ts'
import { startRedis } from '../helpers/redis.ts'
import { startWriter } from '../helpers/writer.ts'

const CONFIG = `
applications: [{ name: shop, hosts: [shop.test], upstream: "http://127.0.0.1:3000" }]
monitor: { all: false, targets: [{ path: "/api/**" }] }
hashKey: explain-test-key-0123
traced:
  - { name: token, from: response_body, key: /token, mask: hash }
  - { name: q-token, from: query, key: t, mask: hash }
  - { name: who, from: jwt, key: name }
rules: [{ params: [token] }, { params: [q-token] }]
users: { user: who }
`

const har = {
  log: {
    version: '1.2',
    creator: { name: 'test', version: '1' },
    entries: [
      {
        request: { method: 'POST', url: 'http://shop.test/api/login', headers: [{ name: 'Content-Type', value: 'application/json' }], postData: { mimeType: 'application/json', text: '{"u":"a"}' } },
        response: {
          status: 200,
          headers: [{ name: 'Content-Type', value: 'application/json' }, { name: 'Content-Encoding', value: 'gzip' }],
          content: { mimeType: 'application/json', text: Buffer.from('{"token":"T-1"}').toString('base64'), encoding: 'base64' },
        },
      },
      { request: { method: 'GET', url: 'http://shop.test/api/orders?t=T-1', headers: [{ name: 'Authorization', value: `Bearer ${jwt({ name: 'ann' })}` }] }, response: { status: 200, headers: [], content: {} } },
      { request: { method: 'GET', url: 'http://shop.test/static/app.js', headers: [] }, response: { status: 200, headers: [], content: {} } },
      { request: { method: 'GET', url: 'http://elsewhere.test/api/x', headers: [] } },
    ],
  },
}

t.test('explain on a HAR file: rule, session id, masked parameters, monitored or not', async (t) => {
  const dir = t.testdir({ 'sensor.yaml': CONFIG, 'traffic.har': JSON.stringify(har) })
  const run = (...args: string[]) => spawnSync(process.execPath, ['src/cli.ts', 'explain', '-c', join(dir, 'sensor.yaml'), ...args], { encoding: 'utf8' })
  const json = run('--json', join(dir, 'traffic.har'))
  t.equal(json.status, 0, json.stderr)
  const lines = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
  t.equal(lines.length, 4)
  t.match(lines[0], { n: 1, app: 'shop', monitored: true, rule: 'custom:1', idParams: ['token'], params: { token: /^hmac:/ } })
  t.match(lines[1], { rule: 'custom:2', user: 'ann', params: { 'q-token': /^hmac:/, who: 'ann' } })
  t.equal(lines[0]!.sid, lines[1]!.sid, 'the login response and the later query share a session')
  t.equal(lines[0]!.keyHash, lines[1]!.keyHash, 'one token, one key')
  t.match(lines[1], { session: { startedBy: 1, how: 'continuity', via: 1 } })
  t.match(lines[2], { monitored: false, rule: null, sid: null })
  t.match(lines[3], { app: null, monitored: false })
  t.notMatch(json.stdout, /T-1/, 'hashed values never printed in clear')

  const text = run(join(dir, 'traffic.har'))
  t.equal(text.status, 0)
  t.match(text.stdout, /#1 POST http:\/\/shop\.test\/api\/login\n  application  shop\n  monitored    yes\n  rule         custom:1 \(token\)\n  key hash     [A-Za-z0-9_-]{22}\n  session      [A-Za-z0-9_-]{22}-[0-9a-z]+  new \(keyed by the client \(IP, User-Agent\) until its response\)\n  hands out    a new identifier, which continues this session/)
  t.match(text.stdout, /#4 GET http:\/\/elsewhere\.test\/api\/x\n  application  \(none: the proxy answers 421\)/)

  const missing = run(join(dir, 'nope.har'))
  t.equal(missing.status, 2)
  t.match(missing.stderr, /^api-sessions: USAGE: wrong command-line usage: cannot read .*nope\.har: ENOENT\n$/)
})

t.test('parseHttpFile: requests, headers, bodies, optional responses, comments', async (t) => {
  const samples = parseHttpFile(
    [
      '# a comment',
      'POST https://shop.test/api/login HTTP/1.1',
      'Content-Type: application/json',
      '',
      '{"username": "a"}',
      '',
      'HTTP/1.1 201 Created',
      'Set-Cookie: sid=1',
      'Set-Cookie: other=2',
      '',
      '{"token": "x"}',
      '###',
      '// another',
      '/api/items?x=1',
      'Host: shop.test',
      '### trailing separator',
    ].join('\n'),
    'x.http',
  )
  t.equal(samples.length, 2)
  t.match(samples[0], { method: 'POST', url: 'https://shop.test/api/login', headers: [['Content-Type', 'application/json']] })
  t.equal(samples[0]!.body!.toString(), '{"username": "a"}')
  t.same(samples[0]!.response!.headers, [['Set-Cookie', 'sid=1'], ['Set-Cookie', 'other=2']])
  t.equal(samples[0]!.response!.status, 201)
  t.equal(samples[0]!.response!.body!.toString(), '{"token": "x"}')
  t.match(samples[1], { method: 'GET', url: '/api/items?x=1', body: null, response: null })
  t.throws(() => parseHttpFile('FETCH me please', 'y.http'), { code: 'USAGE', message: /y\.http: "FETCH me please" is not a request line/ })
})

t.test('parseHar refuses what is not a HAR', async (t) => {
  t.throws(() => parseHar('nope', 'a.har'), { code: 'USAGE', message: /a\.har is not JSON/ })
  t.throws(() => parseHar('{}', 'a.har'), { code: 'USAGE', message: /a\.har has no log\.entries/ })
})

// ---- the sessions the sensor makes: windows and login continuity --------------------------------

const MIN = 60_000
// two days back, on the hour: inside the writer's retention whenever the test runs
const T0 = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 2 * 86_400_000
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0'

/** A browser's HAR: the same IP and User-Agent throughout; cookies as the browser sent them. */
function browserHar(steps: { at: number; method?: string; path: string; cookie?: string; setCookie?: string }[]) {
  return {
    log: {
      version: '1.2',
      entries: steps.map((s) => ({
        startedDateTime: new Date(T0 + s.at).toISOString(),
        request: {
          method: s.method ?? 'GET',
          url: `http://shop.test${s.path}`,
          headers: [{ name: 'User-Agent', value: CHROME }, ...(s.cookie ? [{ name: 'Cookie', value: s.cookie }] : [])],
        },
        response: { status: 200, headers: s.setCookie ? [{ name: 'Set-Cookie', value: `${s.setCookie}; Path=/; HttpOnly` }] : [], content: {} },
      })),
    },
  }
}

const BROWSING = browserHar([
  { at: 0, path: '/' }, // 1: anonymous
  { at: MIN, path: '/products' }, // 2: anonymous
  { at: 2 * MIN, method: 'POST', path: '/login', setCookie: 'connect.sid=s%3Aalice.sig' }, // 3: alice logs in
  { at: 3 * MIN, path: '/orders', cookie: 'connect.sid=s%3Aalice.sig' }, // 4
  { at: 4 * MIN, path: '/account', cookie: 'connect.sid=s%3Aalice.sig' }, // 5
  { at: 5 * MIN, method: 'POST', path: '/login', setCookie: 'connect.sid=s%3Abob.sig' }, // 6: bob, same IP and browser
  { at: 6 * MIN, path: '/orders', cookie: 'connect.sid=s%3Abob.sig' }, // 7
  { at: 40 * MIN, path: '/orders', cookie: 'connect.sid=s%3Aalice.sig' }, // 8: alice, idle 36 minutes
])

t.test('explain follows login continuity: anonymous browse, login, then the cookie: one session', async (t) => {
  const dir = t.testdir({ 'sensor.yaml': 'applications: [{ name: shop, hosts: [shop.test], upstream: "http://127.0.0.1:3000" }]\nhashKey: explain-test-key-0123\n', 'browse.har': JSON.stringify(BROWSING) })
  const run = (...args: string[]) => spawnSync(process.execPath, ['src/cli.ts', 'explain', '-c', join(dir, 'sensor.yaml'), ...args], { encoding: 'utf8' })
  const json = run('--json', join(dir, 'browse.har'))
  t.equal(json.status, 0, json.stderr)
  const lines = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { rule: string; keyHash: string; sid: string; session: Record<string, unknown> })
  t.same(
    lines.map((l) => l.rule),
    ['builtin:ip-ua', 'builtin:ip-ua', 'builtin:ip-ua', 'builtin:cookie:connect.sid', 'builtin:cookie:connect.sid', 'builtin:ip-ua', 'builtin:cookie:connect.sid', 'builtin:cookie:connect.sid'],
  )
  t.not(lines[3]!.keyHash, lines[0]!.keyHash, 'two keys...')
  t.equal(new Set(lines.slice(0, 5).map((l) => l.sid)).size, 1, '...one session: browse, login and the requests with its cookie')
  t.match(lines[0], { sid: `${lines[0]!.keyHash}-${(T0).toString(36)}`, session: { startedBy: 1, how: 'new', handoff: null } })
  t.match(lines[2], { session: { startedBy: 1, how: 'same-key', handoff: 'linked' } })
  t.match(lines[3], { session: { startedBy: 1, how: 'continuity', via: 3 } })
  t.match(lines[5], { sid: lines[0]!.sid, session: { how: 'same-key', handoff: 'own' } }, "bob's anonymous login request cannot be told apart: it stays in that session")
  t.match(lines[6], { sid: `${lines[6]!.keyHash}-${(T0 + 6 * MIN).toString(36)}`, session: { startedBy: 7, how: 'new' } }, "bob's cookie starts a session of his own")
  t.match(lines[7], { sid: `${lines[3]!.keyHash}-${(T0 + 40 * MIN).toString(36)}`, session: { startedBy: 8, how: 'expired' } }, 'idle past 30 minutes: a new session')

  const text = run(join(dir, 'browse.har'))
  t.equal(text.status, 0)
  t.match(text.stdout, /#3 POST http:\/\/shop\.test\/login\n(.*\n){4}  session      (\S+)  #1's session \(same key\)\n  hands out    a new identifier, which continues this session \(login continuity\)\n/)
  t.match(text.stdout, /#4 GET http:\/\/shop\.test\/orders\n(.*\n){4}  session      \S+  #1's session \(login continuity: #3's response handed out this identifier\)\n/)
  t.match(text.stdout, /#6 POST http:\/\/shop\.test\/login\n(.*\n){5}  hands out    a new identifier, which starts its own session: /)
})

t.test("explain's sessions are the ones the writer's script makes in Redis", async (t) => {
  const samples = parseHar(JSON.stringify(BROWSING), 'browse.har')
  const config = testConfig({ applications: [{ name: 'shop', hosts: ['shop.test'], upstream: 'http://127.0.0.1:9' }] })
  const explained = explain(config, createHasher(TEST_KEY), samples)
  const redis = await startRedis(t)
  const sink = startWriter(redis.url)
  t.teardown(() => sink.close())
  for (const e of explained) {
    const r = newRecord(`r${e.n}`, samples[e.n - 1]!.ts!, 'shop', e.method, new URL(e.url).pathname, { host: 'shop.test', 'user-agent': CHROME }, '192.0.2.1')
    r.status = 200
    r.sid = e.identity!.sid
    r.windowKey = e.identity!.windowKey
    r.handoffKey = e.identity!.handoffKey
    sink.push(r)
  }
  await sink.waitWritten(explained.length)
  const written = new Map<string, string>()
  for (const [, f] of await redis.client.xrange('apisess:requests', '-', '+')) {
    const r = JSON.parse(f[f.indexOf('rec') + 1]!) as { id: string; sid: string }
    written.set(r.id, r.sid)
  }
  t.same(
    explained.map((e) => written.get(`r${e.n}`)),
    explained.map((e) => e.session!.sid),
    'the same session id for every request',
  )
})

t.test('explain refuses HAR files of another shape, and inputs over its bounds, with USAGE (exit 2)', async (t) => {
  const wrong = [
    ['{"log":{"entries":[null]}}', /log\.entries\[0\] must be an object/],
    ['{"log":{"entries":[{"request":{"url":"/","headers":{}}}]}}', /log\.entries\[0\]\.request\.headers must be an array/],
    ['{"log":{"entries":[{"request":{"url":"/","headers":[null]}}]}}', /request\.headers\[0\] must be an object/],
    ['{"log":{"entries":[{"request":{"url":"/","method":5}}]}}', /request\.method must be a string/],
    ['{"log":{"entries":[{"request":{"url":"/","postData":{"text":5}}}]}}', /request\.postData\.text must be a string/],
    ['{"log":{"entries":[{"request":{"url":"/"},"response":{"headers":5}}]}}', /response\.headers must be an array/],
    ['{"log":{"entries":[{"request":{"url":"/"},"response":{"status":"x"}}]}}', /response\.status must be a number/],
    ['null', /has no log\.entries/],
  ] as const
  for (const [text, message] of wrong) t.throws(() => parseHar(text, 'x.har'), { code: 'USAGE', message }, text)

  const dir = t.testdir({ 'sensor.yaml': CONFIG, 'null.har': 'null', 'bad.har': wrong[1][0], 'many.har': JSON.stringify({ log: { entries: Array.from({ length: 100_001 }, () => ({ request: { url: '/' } })) } }), 'many.http': 'GET /\n###\n'.repeat(100_001), 'huge.har': '' })
  truncateSync(join(dir, 'huge.har'), 64 * 1024 * 1024 + 1) // sparse: nothing is written, only its size counts
  execFileSync('mkfifo', [join(dir, 'fifo.har')])
  const run = (input: string) => spawnSync(process.execPath, ['src/cli.ts', 'explain', '-c', join(dir, 'sensor.yaml'), join(dir, input)], { encoding: 'utf8' })
  for (const [input, message] of [
    ['null.har', /has no log\.entries/],
    ['bad.har', /request\.headers must be an array/],
    ['huge.har', /cannot read .*huge\.har: larger than the 64\.0 MiB allowed/],
    // (a review's finding) a pipe or a device has no size to check: refused, never read without end
    ['fifo.har', /cannot read .*fifo\.har: .*\(explain reads a regular file of at most 64 MiB\)/],
    ['many.har', /holds more than 100000 requests/],
    ['many.http', /holds more than 100000 requests/],
  ] as const) {
    const r = run(input)
    t.equal(r.status, 2, input)
    t.match(r.stderr, new RegExp(`^api-sessions: USAGE: wrong command-line usage: [^\\n]*${message.source}[^\\n]*\\n$`), input)
  }
})
