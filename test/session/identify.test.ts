import t from 'tap'
import { gzipSync, brotliCompressSync, deflateSync } from 'node:zlib'
import { createHasher } from '../../src/capture/mask.ts'
import { identificationOf, jwt, TEST_KEY, viewOf } from '../helpers/view.ts'

const hasher = createHasher(TEST_KEY)

// SPEC §3's Wallarm-style example: three rules over four traced parameters, plus a context-only fifth
const wallarm = identificationOf({
  traced: [
    { name: 'traced-par-ex-1', from: 'header', key: 'X-Tenant' },
    { name: 'traced-par-ex-2', from: 'cookie', key: 'device' },
    { name: 'traced-par-ex-3', from: 'query', key: 'token', mask: 'hash' },
    { name: 'traced-par-ex-4', from: 'jwt', key: 'details.username' },
    { name: 'context-5', from: 'body', key: '/cart/id' },
  ],
  rules: [{ params: ['traced-par-ex-1', 'traced-par-ex-2', 'traced-par-ex-3'] }, { params: ['traced-par-ex-1', 'traced-par-ex-2'] }, { params: ['traced-par-ex-4'] }],
  users: { user: 'traced-par-ex-4' },
}).ident

t.test('Wallarm-style example: the first rule whose parameters are all present wins', async (t) => {
  const all = wallarm.identify(
    viewOf({ url: '/a?token=T1', reqHeaders: { 'x-tenant': ' acme ', cookie: 'device=d1', authorization: `Bearer ${jwt({ details: { username: 'alice' } })}` } }),
  )
  t.equal(all.rule, 'custom:1')
  t.same(all.idParams, ['traced-par-ex-1', 'traced-par-ex-2', 'traced-par-ex-3'])
  t.same(all.key, ['acme', 'd1', 'T1'], 'values trimmed, in rule order')
  t.equal(all.sid, hasher.sessionId(['acme', 'd1', 'T1'], 'custom'))
  t.same(all.params, { 'traced-par-ex-1': 'acme', 'traced-par-ex-2': 'd1', 'traced-par-ex-3': hasher.mask('T1'), 'traced-par-ex-4': 'alice' })
  t.equal(all.user, 'alice')

  const two = wallarm.identify(viewOf({ reqHeaders: { 'x-tenant': 'acme', cookie: 'device=d1' } }))
  t.equal(two.rule, 'custom:2', 'rule 1 lacks the token: rule 2')
  t.same(two.key, ['acme', 'd1'])

  const empty = wallarm.identify(viewOf({ url: '/a?token=', reqHeaders: { 'x-tenant': 'acme', cookie: 'device=d1' } }))
  t.equal(empty.rule, 'custom:2', 'an empty value counts as absent')

  const three = wallarm.identify(viewOf({ reqHeaders: { 'x-tenant': 'acme', authorization: `Bearer ${jwt({ details: { username: 'bob' } })}` } }))
  t.equal(three.rule, 'custom:3')
  t.same(three.key, ['bob'])
  t.equal(three.user, 'bob')

  const none = wallarm.identify(viewOf({ reqHeaders: { 'x-tenant': 'acme', 'user-agent': 'UA/1' }, ip: '198.51.100.7' }))
  t.equal(none.rule, 'builtin:ip-ua', 'no custom rule applies: the built-ins')
  t.same(none.params, { 'traced-par-ex-1': 'acme' }, 'context parameters are still recorded')

  const context = wallarm.identify(
    viewOf({ method: 'POST', reqHeaders: { 'content-type': 'application/json' }, reqBody: Buffer.from('{"cart":{"id":42}}') }),
  )
  t.same(context.params, { 'context-5': '42' }, 'the fifth parameter is context only')
})

t.test('values only: a token from a login response and from a later query make one session', async (t) => {
  const { ident } = identificationOf({
    traced: [
      { name: 'login-token', from: 'response_body', key: '/token' },
      { name: 'query-token', from: 'query', key: 'access_token' },
    ],
    rules: [{ params: ['login-token'] }, { params: ['query-token'] }],
  })
  const login = ident.identify(
    viewOf({ method: 'POST', path: '/login', resHeaders: { 'content-type': 'application/json' }, resBody: Buffer.from('{"token":"tok-123"}') }),
  )
  const later = ident.identify(viewOf({ url: '/orders?access_token=tok-123' }))
  t.equal(login.rule, 'custom:1')
  t.equal(later.rule, 'custom:2')
  t.equal(login.sid, later.sid)
})

t.test('no key passes for another: a value holding a separator, or a two-part key, never makes another rule\'s or a built-in key', async (t) => {
  // the audit's cases: the key was hashed as its parts joined by NUL, custom keys untagged
  const { ident } = identificationOf({
    traced: [
      { name: 'tok', from: 'query', key: 'access_token' },
      { name: 'tenant', from: 'header', key: 'X-Tenant' },
      { name: 'device', from: 'header', key: 'X-Device' },
    ],
    rules: [{ params: ['tok'] }, { params: ['tenant', 'device'] }],
  })
  const ua = 'Mozilla/5.0 (X11; Linux x86_64)'
  const victim = ident.identify(viewOf({ url: '/orders', ip: '203.0.113.5', reqHeaders: { 'user-agent': ua } }))
  t.equal(victim.rule, 'builtin:ip-ua')
  const viaNul = ident.identify(viewOf({ url: `/x?access_token=ip%00203.0.113.5%00${encodeURIComponent(ua)}`, ip: '198.51.100.9' }))
  t.equal(viaNul.rule, 'custom:1')
  t.same(viaNul.key, [`ip\u0000203.0.113.5\u0000${ua}`], 'the value as it came (NUL decoded)')
  t.not(viaNul.sid, victim.sid, "a NUL-joined value is not the victim's IP + User-Agent key")

  const alice = ident.identify(viewOf({ url: '/orders', reqHeaders: { authorization: `Bearer ${jwt({ sub: 'alice' })}` } }))
  t.equal(alice.rule, 'builtin:jwt')
  t.not(ident.identify(viewOf({ url: '/x?access_token=jwt%00alice' })).sid, alice.sid, "nor alice's JWT key")

  const ipOnly = ident.identify(viewOf({ url: '/orders', ip: '203.0.113.5' }))
  t.equal(ipOnly.rule, 'builtin:ip')
  const twoParts = ident.identify(viewOf({ url: '/x', reqHeaders: { 'x-tenant': 'ip', 'x-device': '203.0.113.5' } }))
  t.equal(twoParts.rule, 'custom:2')
  t.not(twoParts.sid, ipOnly.sid, "a two-part custom key is not the built-in IP key it spells")

  const pair = ident.identify(viewOf({ url: '/x', reqHeaders: { 'x-tenant': 'acme', 'x-device': 'd1' } }))
  const joined = ident.identify(viewOf({ url: '/x?access_token=acme%00d1' }))
  t.not(pair.sid, joined.sid, "one value holding NUL is not a two-part key")
  // a JWT's sub holding NUL cannot pass for sub + sid either
  const subSid = ident.identify(viewOf({ url: '/o', reqHeaders: { authorization: `Bearer ${jwt({ sub: 'alice', sid: 's1' })}` } }))
  const subNul = ident.identify(viewOf({ url: '/o', reqHeaders: { authorization: `Bearer ${jwt({ sub: 'alice\u0000s1' })}` } }))
  t.not(subSid.sid, subNul.sid)
})

t.test('each source kind', async (t) => {
  const { ident } = identificationOf({
    traced: [
      { name: 'h', from: 'header', key: 'X-Api-Client' },
      { name: 'c', from: 'cookie', key: 'cid' },
      { name: 'q', from: 'query', key: 'q' },
      { name: 'p', from: 'path', key: 'id', template: '/users/{id}/orders/{order}' },
      { name: 'b', from: 'body', key: '/user/name' },
      { name: 'j', from: 'jwt', key: 'tenant', in: 'cookie:auth' },
      { name: 'rh', from: 'response_header', key: 'X-Request-Id' },
      { name: 'rc', from: 'response_cookie', key: 'sess' },
      { name: 'rb', from: 'response_body', key: '/items/1/id' },
      { name: 'jh', from: 'jwt', key: 'sub', in: 'header:X-Token' },
    ],
  })
  const id = ident.identify(
    viewOf({
      method: 'POST',
      url: '/users/caf%C3%A9/orders/9?q=search%20me&q=second',
      reqHeaders: {
        'x-api-client': 'mobile',
        cookie: `cid=c1; auth=${jwt({ tenant: 't-9' })}; cid=ignored`,
        'content-type': 'application/json; charset=utf-8',
        'x-token': `Bearer ${jwt({ sub: 77 })}`,
      },
      reqBody: Buffer.from('{"user":{"name":"  Ann  "}}'),
      resHeaders: { 'x-request-id': 'r-1', 'set-cookie': ['other=1; Path=/', 'sess="s-2"; HttpOnly'], 'content-type': 'application/json' },
      resBody: Buffer.from('{"items":[{"id":1},{"id":"second"}]}'),
    }),
  )
  t.same(id.params, { h: 'mobile', c: 'c1', q: 'search me', p: 'café', b: 'Ann', j: 't-9', rh: 'r-1', rc: 's-2', rb: 'second', jh: '77' })
})

t.test('a path parameter is read on every spelling a router sends to the route, as masking reads it', async (t) => {
  const { ident } = identificationOf({ traced: [{ name: 'p', from: 'path', key: 'id', template: '/users/{id}/orders/{order}' }] })
  for (const url of ['/users/u1/orders/9', '/users/u1/orders/9/', '//users/u1//orders/9', '/Users/u1/Orders/9']) {
    t.same(ident.identify(viewOf({ url })).params, { p: 'u1' }, url)
  }
  for (const url of ['/users/u1/orders', '/users//orders/9', '/users/u1/orders/9/x', '/people/u1/orders/9']) {
    t.same(ident.identify(viewOf({ url })).params, {}, `${url}: another route`)
  }
})

t.test('bodies: form, multipart, GraphQL, compressed, invalid, truncated, absent', async (t) => {
  const { ident } = identificationOf({
    traced: [
      { name: 'f', from: 'body', key: '/login' },
      { name: 'op', from: 'body', key: '/operationName' },
      { name: 'var', from: 'body', key: '/variables/id' },
    ],
  })
  const form = ident.identify(viewOf({ method: 'POST', reqHeaders: { 'content-type': 'application/x-www-form-urlencoded' }, reqBody: Buffer.from('login=jo%20e&x=1&login=second') }))
  t.same(form.params, { f: 'jo e' })
  const boundary = '----b0und'
  const multipart = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nlogin=nope\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="login"\r\n\r\nmary\r\n--${boundary}--\r\n`,
  )
  t.same(ident.identify(viewOf({ method: 'POST', reqHeaders: { 'content-type': `multipart/form-data; boundary=${boundary}` }, reqBody: multipart })).params, { f: 'mary' })
  const gql = Buffer.from(JSON.stringify({ operationName: 'GetUser', query: 'query GetUser($id: ID!) { user(id: $id) { name } }', variables: { id: 'u1' } }))
  t.same(ident.identify(viewOf({ method: 'POST', reqHeaders: { 'content-type': 'application/json' }, reqBody: gql })).params, { op: 'GetUser', var: 'u1' })
  const json = Buffer.from('{"login":"zip"}')
  for (const [enc, body] of [['gzip', gzipSync(json)], ['deflate', deflateSync(json)], ['br', brotliCompressSync(json)]] as const) {
    t.same(ident.identify(viewOf({ method: 'POST', reqHeaders: { 'content-type': 'application/json', 'content-encoding': enc }, reqBody: body })).params, { f: 'zip' }, enc)
  }
  t.same(ident.identify(viewOf({ method: 'POST', reqHeaders: { 'content-type': 'application/json' }, reqBody: Buffer.from('{"login": "x"') })).params, {}, 'invalid JSON yields nothing')
  t.same(ident.identify(viewOf({ method: 'POST', reqHeaders: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, reqBody: Buffer.from('not gzip') })).params, {}, 'a broken encoding yields nothing')
  t.same(ident.identify(viewOf({ method: 'POST', reqHeaders: { 'content-type': 'application/octet-stream' }, reqBody: Buffer.from([0, 1, 2, 255]) })).params, {}, 'binary yields nothing')
  t.same(ident.identify(viewOf({ method: 'POST' })).params, {}, 'absent body')
  t.same(ident.identify(viewOf({ method: 'POST', reqHeaders: { 'content-type': 'application/json' }, reqBody: Buffer.from('{"__proto__":{"login":"polluted"}}') })).params, {}, '__proto__ is just a key')
  t.equal(({} as Record<string, unknown>).login, undefined, 'no prototype pollution')
})

t.test('malformed JWTs simply yield nothing', async (t) => {
  const { ident } = identificationOf({ traced: [{ name: 'u', from: 'jwt', key: 'sub' }] })
  for (const bad of ['abc', 'a.b', 'a.b.c.d', `x.${Buffer.from('not json').toString('base64url')}.s`, `x.${Buffer.from('[1]').toString('base64url')}.s`, 'x.!!!.s', `x.${'A'.repeat(20000)}.s`]) {
    const id = ident.identify(viewOf({ reqHeaders: { authorization: `Bearer ${bad}`, 'user-agent': 'ua' } }))
    t.same(id.params, {}, `no claim from ${bad.slice(0, 20)}`)
    t.equal(id.rule, 'builtin:bearer', 'an undecodable bearer still identifies by value')
  }
})

t.test('masking: hash is keyed and stable, redact stores [redacted], long values are cut', async (t) => {
  const { ident } = identificationOf({
    traced: [
      { name: 'h', from: 'header', key: 'x-secret', mask: 'hash' },
      { name: 'r', from: 'header', key: 'x-card', mask: 'redact' },
      { name: 'n', from: 'header', key: 'x-long' },
    ],
    capture: { maxValueBytes: 16 },
  })
  const id = ident.identify(viewOf({ reqHeaders: { 'x-secret': 's3cret', 'x-card': '4111111111111111', 'x-long': 'a'.repeat(100) } }))
  t.match(id.params.h, /^hmac:[A-Za-z0-9_-]{22}$/)
  t.equal(id.params.h, hasher.mask('s3cret'), 'equal values hash equally')
  t.not(id.params.h, createHasher('another-key-0123456789').mask('s3cret'), 'the hash depends on the key')
  t.equal(id.params.r, '[redacted]')
  t.equal(id.params.n, `${'a'.repeat(5)}…[+95]`, 'cut to 16 characters, the marker saying how many were cut')
  t.notMatch(JSON.stringify(id.params), /s3cret|4111/, 'no clear secret stored')
})

t.test('built-in rules in their order', async (t) => {
  const { ident } = identificationOf({})
  const at = (reqHeaders: Record<string, string>) => ident.identify(viewOf({ reqHeaders, ip: '203.0.113.5' }))
  const bearerJwt = `Bearer ${jwt({ sub: 'user-1', sid: 'login-9' })}`
  const all = { cookie: 'PHPSESSID=p1; JSESSIONID=j1', 'x-session-id': 'h1', authorization: bearerJwt, 'x-api-key': 'k1', 'user-agent': 'UA' }
  t.equal(at(all).rule, 'builtin:cookie:PHPSESSID')
  t.equal(at({ ...all, cookie: 'JSESSIONID=j1' }).rule, 'builtin:cookie:JSESSIONID')
  t.equal(at({ ...all, cookie: 'connect.sid=s%3Aabc' }).rule, 'builtin:cookie:connect.sid')
  t.equal(at({ ...all, cookie: 'theme=dark' }).rule, 'builtin:header:x-session-id')
  t.equal(at({ 'mcp-session-id': 'm1', authorization: bearerJwt }).rule, 'builtin:header:mcp-session-id')
  const j = at({ authorization: bearerJwt, 'x-api-key': 'k1' })
  t.equal(j.rule, 'builtin:jwt')
  t.same(j.idParams, ['authorization:sub', 'authorization:sid'])
  t.equal(j.sid, at({ authorization: `Bearer ${jwt({ sub: 'user-1', sid: 'login-9', iat: 5 })}` }).sid, 'same sub+sid, same session whatever else the token holds')
  t.equal(at({ authorization: `Bearer ${jwt({ sub: 'user-1' })}` }).idParams.length, 1, 'sub alone when there is no sid')
  t.equal(at({ authorization: 'Bearer opaque-123' }).rule, 'builtin:bearer')
  t.equal(at({ authorization: `Basic ${Buffer.from('joe:pw').toString('base64')}` }).rule, 'builtin:basic')
  t.equal(at({ 'x-api-key': 'k1', 'user-agent': 'UA' }).rule, 'builtin:apikey:x-api-key')
  t.equal(at({ 'user-agent': 'UA' }).rule, 'builtin:ip-ua')
  t.equal(at({}).rule, 'builtin:ip', 'IP alone without a User-Agent')
  t.not(at({ 'user-agent': 'UA' }).sid, at({ 'user-agent': 'UB' }).sid, 'the User-Agent is part of the key')
  t.equal(at({ cookie: 'PHPSESSID=p1', 'user-agent': 'A' }).sid, at({ cookie: 'PHPSESSID=p1', 'user-agent': 'B' }).sid, 'a session cookie ignores the rest')
})

t.test('users and roles, and the monitored scope', async (t) => {
  const { ident } = identificationOf({
    applications: [
      { name: 'shop', hosts: ['shop.test'], upstream: 'http://127.0.0.1:9' },
      { name: 'blog', hosts: ['blog.test'], upstream: 'http://127.0.0.1:9' },
    ],
    monitor: { all: false, targets: [{ application: 'shop' }, { host: 'blog.test', path: '/api/**' }] },
    traced: [
      { name: 'login', from: 'jwt', key: 'preferred_username' },
      { name: 'role', from: 'jwt', key: 'realm.role', mask: 'hash' },
      { name: 'scoped', from: 'header', key: 'x-scoped', when: { path: '/admin/*' } },
    ],
    users: { user: 'login', role: 'role' },
  })
  const id = ident.identify(viewOf({ app: 'shop', reqHeaders: { authorization: `Bearer ${jwt({ preferred_username: 'ann', realm: { role: 'admin' } })}`, 'x-scoped': 'yes' }, path: '/admin/users' }))
  t.equal(id.user, 'ann')
  t.equal(id.role, hasher.mask('admin'), 'the role as stored (masked)')
  t.equal(id.params.scoped, 'yes', 'in scope')
  t.equal(ident.identify(viewOf({ app: 'shop', reqHeaders: { 'x-scoped': 'yes' }, path: '/admin/a/b' })).params.scoped, undefined, '* stays within a segment')
  t.equal(ident.identify(viewOf({ reqHeaders: {} })).user, null)
  t.ok(ident.monitored('shop', 'shop.test', '/anything'))
  t.ok(ident.monitored('blog', 'blog.test', '/api/v1/posts'))
  t.notOk(ident.monitored('blog', 'blog.test', '/about'))
  t.notOk(ident.monitored('blog', 'other.test', '/api/x'))
})

t.test('Basic authentication: its user name is the record user, its password never stored', async (t) => {
  const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  const { ident } = identificationOf({})
  const id = ident.identify(viewOf({ reqHeaders: { authorization: basic('joe', 's3cret-pw'), 'user-agent': 'git/2.47' } }))
  t.equal(id.rule, 'builtin:basic')
  t.equal(id.user, 'joe')
  t.notMatch(JSON.stringify(id), /s3cret-pw/, 'the password is nowhere in the identity')
  t.equal(ident.identify(viewOf({ reqHeaders: { authorization: basic('joe', 'other') } })).sid, id.sid, 'one session per user name, whatever the password')
  t.equal(ident.identify(viewOf({ reqHeaders: { authorization: basic('', 'pw'), 'user-agent': 'UA' } })).user, null, 'no user name, no user')
  t.equal(ident.identify(viewOf({ reqHeaders: { cookie: 'PHPSESSID=p1', authorization: basic('ann', 'pw') } })).user, 'ann', 'the credential names the user whatever rule identified the session')

  const configured = identificationOf({ traced: [{ name: 'login', from: 'header', key: 'x-login' }], users: { user: 'login' } }).ident
  t.equal(configured.identify(viewOf({ reqHeaders: { authorization: basic('joe', 'pw'), 'x-login': 'joseph' } })).user, 'joseph', 'a configured users.user value wins')
  t.equal(configured.identify(viewOf({ reqHeaders: { authorization: basic('joe', 'pw') } })).user, 'joe', 'without it, the credential user')
})

t.test('JWT users: the first of users.claims the token carries, whatever rule identified the session', async (t) => {
  const bearer = (payload: unknown) => ({ authorization: `Bearer ${jwt(payload)}`, 'user-agent': 'npm/11' })
  const { ident } = identificationOf({})
  const byName = ident.identify(viewOf({ reqHeaders: bearer({ name: 'registry-user', iat: 1 }) }))
  t.equal(byName.rule, 'builtin:bearer', 'no sub: identified by the token')
  t.equal(byName.user, 'registry-user', 'but the user is its name claim')
  t.equal(ident.identify(viewOf({ reqHeaders: bearer({ sub: 'u-1', preferred_username: 'ann', email: 'a@x.test' }) })).user, 'u-1', 'sub first')
  t.equal(ident.identify(viewOf({ reqHeaders: bearer({ sub: '  ', preferred_username: 'ann', email: 'a@x.test' }) })).user, 'ann', 'an empty claim is skipped')
  t.equal(ident.identify(viewOf({ reqHeaders: bearer({ email: 'a@x.test', name: { first: 'A' } }) })).user, 'a@x.test', 'an object claim is skipped')
  t.equal(ident.identify(viewOf({ reqHeaders: bearer({ sub: 42 }) })).user, '42', 'a number is a user')
  t.equal(ident.identify(viewOf({ reqHeaders: bearer({ scope: 'read' }) })).user, null, 'no user claim, no user')
  t.equal(ident.identify(viewOf({ reqHeaders: { authorization: 'Bearer opaque-123' } })).user, null, 'an opaque token names no user')
  t.equal(ident.identify(viewOf({ reqHeaders: { ...bearer({ sub: 'bob' }), cookie: 'connect.sid=s1' } })).user, 'bob', 'with a session cookie too')

  const custom = identificationOf({ users: { claims: ['login.name', 'name'] } }).ident
  t.equal(custom.identify(viewOf({ reqHeaders: bearer({ sub: 'u-1', login: { name: 'carol' }, name: 'Carol C' }) })).user, 'carol', 'claim paths in the configured order')
  t.equal(custom.identify(viewOf({ reqHeaders: bearer({ sub: 'u-1', name: 'Carol C' }) })).user, 'Carol C', 'sub is not tried when not listed')
  const off = identificationOf({ users: { claims: [] } }).ident
  t.equal(off.identify(viewOf({ reqHeaders: bearer({ sub: 'u-1' }) })).user, null, '[] turns JWT users off')
  t.equal(off.identify(viewOf({ reqHeaders: { authorization: `Basic ${Buffer.from('joe:pw').toString('base64')}` } })).user, 'joe', 'Basic users stay')
})
