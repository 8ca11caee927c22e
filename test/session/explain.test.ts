import t from 'tap'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { parseHar, parseHttpFile } from '../../src/session/explain.ts'
import { jwt } from '../helpers/view.ts'

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
  t.match(lines[2], { monitored: false, rule: null, sid: null })
  t.match(lines[3], { app: null, monitored: false })
  t.notMatch(json.stdout, /T-1/, 'hashed values never printed in clear')

  const text = run(join(dir, 'traffic.har'))
  t.equal(text.status, 0)
  t.match(text.stdout, /#1 POST http:\/\/shop\.test\/api\/login\n  application  shop\n  monitored    yes\n  rule         custom:1 \(token\)\n  session id   [A-Za-z0-9_-]{22}\n/)
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
