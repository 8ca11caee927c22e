import t from 'tap'
import { gzipSync } from 'node:zlib'
import type { IncomingMessage } from 'node:http'
import { oneApp, startSensor } from '../helpers/sensor.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { jwt } from '../helpers/view.ts'

async function text(req: IncomingMessage): Promise<string> {
  let s = ''
  for await (const c of req) s += String(c)
  return s
}

t.test('labelled traffic: interleaved users through the real proxy each get their own session', async (t) => {
  const up = await startUpstream(t, async (req, res) => {
    await text(req)
    if (req.url === '/login') {
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'PHPSESSID=from-login; Path=/' })
      return res.end('{"ok":true}')
    }
    res.end('{}')
  })
  const s = await startSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'labelled-traffic-key-0001',
    traced: [{ name: 'tenant', from: 'header', key: 'x-tenant' }],
    rules: [{ params: ['tenant'] }],
  })
  const client = httpClient(t, s.url)
  const users = {
    cookieAnn: { cookie: 'PHPSESSID=ann-session; theme=dark', 'user-agent': 'Browser/1' },
    jwtBob: { authorization: `Bearer ${jwt({ sub: 'bob', sid: 's-bob' })}`, 'user-agent': 'App/2' },
    jwtBobOtherLogin: { authorization: `Bearer ${jwt({ sub: 'bob', sid: 's-bob-2' })}`, 'user-agent': 'App/2' },
    apiKeyCi: { 'x-api-key': 'ci-key-1', 'user-agent': 'curl/8' },
    anonymous: { 'user-agent': 'Crawler/0.1' },
    tenant: { 'x-tenant': 'acme', cookie: 'PHPSESSID=ignored-by-rule' },
  } as const
  const order = ['cookieAnn', 'jwtBob', 'apiKeyCi', 'anonymous', 'tenant', 'jwtBobOtherLogin', 'cookieAnn', 'anonymous', 'jwtBob', 'tenant', 'apiKeyCi', 'cookieAnn'] as const
  for (const [i, who] of order.entries()) {
    const res = await client.request({ path: `/item/${i}`, method: i % 3 === 0 ? 'POST' : 'GET', headers: { ...users[who], 'x-who': who }, body: i % 3 === 0 ? '{}' : null })
    await res.body.text()
  }
  const recs = await s.sink.waitFor(order.length)
  const sidOf = new Map<string, string>()
  for (const [i, rec] of recs.entries()) {
    const who = order[i]!
    if (!sidOf.has(who)) sidOf.set(who, rec.sid!)
    t.equal(rec.sid, sidOf.get(who), `request ${i} (${who}) is in ${who}'s session`)
  }
  t.equal(new Set(sidOf.values()).size, Object.keys(users).length, 'every user has a session of their own')
  t.equal(recs[0]!.rule, 'builtin:cookie:PHPSESSID')
  t.equal(recs[1]!.rule, 'builtin:jwt')
  t.equal(recs[2]!.rule, 'builtin:apikey:x-api-key')
  t.equal(recs[3]!.rule, 'builtin:ip-ua')
  t.equal(recs[4]!.rule, 'custom:1')
  t.notMatch(JSON.stringify(recs), /ann-session|ci-key-1/, 'built-in identifiers are never stored in clear')
})

t.test('body parameters are captured as they stream past, within the cap, compressed or not', async (t) => {
  const up = await startUpstream(t, async (req, res) => {
    const body = await text(req)
    if (req.url === '/login') {
      const json = Buffer.from(JSON.stringify({ token: 'tok-xyz', user: JSON.parse(body).user }))
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      return res.end(gzipSync(json))
    }
    res.end('ok')
  })
  const s = await startSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    traced: [
      { name: 'login', from: 'body', key: '/user', when: { path: '/login' } },
      { name: 'token', from: 'response_body', key: '/token', mask: 'hash' },
      { name: 'q-token', from: 'query', key: 'token', mask: 'hash' },
      { name: 'late', from: 'body', key: '/late' },
    ],
    rules: [{ params: ['token'] }, { params: ['q-token'] }],
    users: { user: 'login' },
    capture: { maxBodyBytes: 64 },
  })
  const client = httpClient(t, s.url)
  const login = await client.request({ path: '/login', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'ann', password: 'pw' }) })
  const zipped = Buffer.from(await login.body.arrayBuffer())
  t.equal(zipped[0], 0x1f, 'the client got the gzip bytes, unchanged')
  const later = await client.request({ path: '/orders?token=tok-xyz', method: 'GET' })
  await later.body.text()
  const big = await client.request({ path: '/big', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(100), late: 'beyond-the-cap' }) })
  await big.body.text()
  const [r1, r2, r3] = await s.sink.waitFor(3)
  t.equal(r1!.user, 'ann', 'user from the request body')
  t.equal(r1!.rule, 'custom:1', 'token from the gzip response body')
  t.equal(r2!.rule, 'custom:2')
  t.equal(r1!.sid, r2!.sid, 'the login response and the later query are one session')
  t.notMatch(JSON.stringify([r1, r2]), /tok-xyz|"pw"/, 'hashed token and unlisted password never stored')
  t.same(r3!.params, {}, 'a value past capture.maxBodyBytes is not seen (the body was cut)')
  t.equal(r3!.reqBytes, JSON.stringify({ pad: 'x'.repeat(100), late: 'beyond-the-cap' }).length, 'but every byte was forwarded')
})

t.test('requests outside the monitored scope are proxied, counted and not recorded', async (t) => {
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    monitor: { all: false, targets: [{ path: '/api/**' }] },
  })
  const client = httpClient(t, s.url)
  for (const path of ['/static/app.js', '/api/users/1', '/favicon.ico']) {
    const res = await client.request({ path, method: 'GET' })
    t.equal(await res.body.text(), 'ok', `${path} proxied`)
  }
  const recs = await s.sink.waitFor(1)
  t.equal(recs[0]!.path, '/api/users/1')
  t.equal(s.sink.records.length, 1, 'only the monitored request was recorded')
  const metrics = await (await fetch(`${s.adminUrl}/metrics`)).text()
  t.match(metrics, /apisess_unmonitored_requests_total 2/)
})

t.test('credential users through the real proxy: Basic user names (never their passwords), JWT name claims', async (t) => {
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startSensor(t, oneApp(up.url))
  const client = httpClient(t, s.url)
  const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  const sent = [
    { authorization: basic('alice', 'alice-pw-1'), 'user-agent': 'git/2.47' },
    { authorization: basic('bob', 'bob-pw-2'), 'user-agent': 'git/2.47' },
    { authorization: basic('alice', 'alice-pw-1'), 'user-agent': 'git/2.47' },
    { authorization: `Bearer ${jwt({ name: 'carol', scope: 'publish' })}`, 'user-agent': 'npm/11' },
  ]
  for (const headers of sent) await (await client.request({ path: '/repo.git/info/refs', method: 'GET', headers })).body.text()
  const recs = await s.sink.waitFor(sent.length)
  t.same(
    recs.map((r) => [r.rule, r.user]),
    [
      ['builtin:basic', 'alice'],
      ['builtin:basic', 'bob'],
      ['builtin:basic', 'alice'],
      ['builtin:bearer', 'carol'],
    ],
  )
  t.equal(recs[0]!.sid, recs[2]!.sid, "alice's requests share a session")
  t.not(recs[0]!.sid, recs[1]!.sid, 'bob has his own')
  t.notMatch(JSON.stringify(recs), /pw-1|pw-2/, 'no password stored')
})
