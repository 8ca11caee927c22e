import t from 'tap'
import { BlockList } from 'node:net'
import { clientIpOf, downstreamResponseHeaders, END_TO_END_REQUEST, END_TO_END_RESPONSE, forwardedHeaders, upstreamRequestHeaders, type Forwarded } from '../../src/proxy/headers.ts'

const keepReq = new Set(END_TO_END_REQUEST)
const keepRes = new Set(END_TO_END_RESPONSE)
import { toBlockList } from '../../src/net/address.ts'

const trusted = toBlockList(['10.0.0.0/8', '::1/128', '2001:db8::/32'])
const ip = (peer: string, xff: string | undefined) => clientIpOf(peer, xff, trusted, true)

t.test('clientIpOf: an untrusted peer is the client, whatever X-Forwarded-For claims', async (t) => {
  t.equal(ip('203.0.113.7', '1.2.3.4'), '203.0.113.7')
  t.equal(ip('203.0.113.7', '10.0.0.5'), '203.0.113.7', 'even when the claimed hop is a trusted address')
  t.equal(ip('2001:db9::1', '1.2.3.4'), '2001:db9::1')
  t.equal(clientIpOf('10.0.0.1', '1.2.3.4', trusted, false), '10.0.0.1', 'anyTrusted false: X-Forwarded-For is never read')
  t.equal(clientIpOf('10.0.0.1', '1.2.3.4', new BlockList(), true), '10.0.0.1', 'an empty trust list')
  t.equal(ip('10.0.0.1', undefined), '10.0.0.1', 'a trusted peer without X-Forwarded-For is the client')
  t.equal(ip('10.0.0.1', ''), '10.0.0.1', 'an empty X-Forwarded-For')
})

t.test('clientIpOf: through trusted proxies, the rightmost untrusted hop', async (t) => {
  t.equal(ip('10.0.0.1', '1.2.3.4'), '1.2.3.4')
  t.equal(ip('10.0.0.1', '6.6.6.6, 1.2.3.4, 10.0.0.2'), '1.2.3.4', 'trusted hops skipped; a spoofed left part is ignored')
  t.equal(ip('10.0.0.1', '6.6.6.6,1.2.3.4,10.0.0.2,10.0.0.3'), '1.2.3.4', 'no blanks after commas')
  t.equal(ip('::1', '1.2.3.4'), '1.2.3.4', 'an IPv6 trusted peer')
  t.equal(ip('::ffff:10.0.0.1', '1.2.3.4'), '1.2.3.4', 'an IPv4-mapped peer is matched against IPv4 ranges')
  t.equal(ip('10.0.0.1', '2001:db9::1, 2001:db8::5'), '2001:db9::1', 'IPv6 hops, IPv6 trusted range')
})

t.test('clientIpOf: all hops trusted → the leftmost', async (t) => {
  t.equal(ip('10.0.0.1', '10.0.0.3, 10.0.0.2'), '10.0.0.3')
  t.equal(ip('10.0.0.1', '::1'), '::1')
})

t.test('clientIpOf: garbage stops the walk at the last good hop', async (t) => {
  t.equal(ip('10.0.0.1', 'garbage'), '10.0.0.1', 'garbage at once: the peer')
  t.equal(ip('10.0.0.1', '1.2.3.4, garbage, 10.0.0.2'), '10.0.0.2', 'the last good (trusted) hop before the garbage')
  t.equal(ip('10.0.0.1', '1.2.3.4, unknown'), '10.0.0.1')
  t.equal(ip('10.0.0.1', 'unknown, 1.2.3.4'), '1.2.3.4', 'garbage left of the client is never reached')
  // (an audit's finding) node takes any IPv6 zone id: a 20 KB one became the client IP, and the Redis keys named after it
  t.equal(ip('10.0.0.1', `fe80::1%${'z'.repeat(20_000)}`), '10.0.0.1', 'an address longer than any is garbage')
  t.equal(ip('10.0.0.1', 'fe80::1%eth0'), 'fe80::1%eth0', 'a short zone id is an address')
  t.equal(ip('10.0.0.1', '1.2.3.4,,10.0.0.2'), '10.0.0.2', 'an empty hop is garbage')
  t.equal(ip('10.0.0.1', '"1.2.3.4"'), '10.0.0.1', 'quoted is not an address')
  t.equal(ip('10.0.0.1', '1.2.3.4:80:90'), '10.0.0.1')
  t.equal(ip('10.0.0.1', '999.1.1.1'), '10.0.0.1')
})

t.test('clientIpOf: ports, brackets and mapped addresses in hops', async (t) => {
  t.equal(ip('10.0.0.1', '1.2.3.4:5678'), '1.2.3.4', 'an IPv4 port is stripped')
  t.equal(ip('10.0.0.1', '1.2.3.4:5678, 10.0.0.2:443'), '1.2.3.4')
  t.equal(ip('10.0.0.1', '[2001:db9::1]:443'), '2001:db9::1', 'bracketed IPv6 with a port')
  t.equal(ip('10.0.0.1', '[2001:db9::1]'), '2001:db9::1', 'bracketed IPv6 without a port')
  t.equal(ip('10.0.0.1', '2001:db9::1'), '2001:db9::1', 'a bare IPv6 keeps its colons')
  t.equal(ip('10.0.0.1', '[::1]:80'), '::1', 'a bracketed trusted hop, then nothing left: itself')
  t.equal(ip('10.0.0.1', '::ffff:1.2.3.4'), '1.2.3.4', 'an IPv4-mapped hop is the IPv4 address')
  t.equal(ip('10.0.0.1', '1.2.3.4, ::ffff:10.0.0.9'), '1.2.3.4', 'a mapped trusted hop is skipped')
  t.equal(ip('10.0.0.1', '  1.2.3.4  '), '1.2.3.4', 'blanks around a hop')
})

t.test('forwardedHeaders: from an untrusted peer, the client claims are replaced', async (t) => {
  const headers = { 'x-forwarded-for': '1.2.3.4', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.test', host: 'shop.test' }
  t.same(forwardedHeaders('203.0.113.7', headers, 'http', trusted, true), { clientIp: '203.0.113.7', xff: '203.0.113.7', proto: 'http', host: 'shop.test' })
  t.same(forwardedHeaders('10.0.0.1', headers, 'https', trusted, false), { clientIp: '10.0.0.1', xff: '10.0.0.1', proto: 'https', host: 'shop.test' }, 'no trusted proxies configured')
  t.same(forwardedHeaders('203.0.113.7', {}, 'http', trusted, true), { clientIp: '203.0.113.7', xff: '203.0.113.7', proto: 'http', host: '' }, 'no Host: empty host')
})

t.test('forwardedHeaders: from a trusted peer, the chain is extended and proto/host kept', async (t) => {
  t.same(
    forwardedHeaders('10.0.0.1', { 'x-forwarded-for': '1.2.3.4, 10.0.0.9', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'shop.example.com', host: 'internal:8080' }, 'http', trusted, true),
    { clientIp: '1.2.3.4', xff: '1.2.3.4, 10.0.0.9, 10.0.0.1', proto: 'https', host: 'shop.example.com' },
  )
  t.same(
    forwardedHeaders('10.0.0.1', { host: 'shop.test' }, 'http', trusted, true),
    { clientIp: '10.0.0.1', xff: '10.0.0.1', proto: 'http', host: 'shop.test' },
    'nothing forwarded: the peer starts the chain, proto and host are what the sensor saw',
  )
  t.same(
    forwardedHeaders('::1', { 'x-forwarded-for': '2001:db9::1', 'x-forwarded-proto': '', 'x-forwarded-host': '', host: 'h.test' }, 'https', trusted, true),
    { clientIp: '2001:db9::1', xff: '2001:db9::1, ::1', proto: 'https', host: 'h.test' },
    'empty forwarded proto/host fall back',
  )
  t.same(
    forwardedHeaders('10.0.0.1', { 'x-forwarded-proto': ['https', 'http'], 'x-forwarded-host': ['a', 'b'], host: 'h.test' }, 'http', trusted, true),
    { clientIp: '10.0.0.1', xff: '10.0.0.1', proto: 'http', host: 'h.test' },
    'arrays are not single values: ignored',
  )
})

const fwd: Forwarded = { clientIp: '1.2.3.4', xff: '1.2.3.4, 10.0.0.1', proto: 'https', host: 'shop.test' }

t.test('upstreamRequestHeaders drops hop-by-hop fields and the client X-Forwarded-*', async (t) => {
  const raw = [
    'Host', 'shop.test',
    'Connection', 'keep-alive, X-Hop',
    'Keep-Alive', 'timeout=5',
    'Proxy-Connection', 'keep-alive',
    'TE', 'trailers',
    'Trailer', 'X-Sum',
    'Transfer-Encoding', 'chunked',
    'Upgrade', 'h2c',
    'Expect', '100-continue',
    'HTTP2-Settings', 'AAMAAABkAAQAAP__',
    'X-Forwarded-For', '6.6.6.6',
    'x-forwarded-proto', 'ftp',
    'X-FORWARDED-HOST', 'evil.test',
    'x-hop', 'dropped: named in Connection',
    'Accept', 'text/html',
  ]
  t.same(upstreamRequestHeaders(raw, 'keep-alive, X-Hop', fwd, keepReq), [
    'Host', 'shop.test',
    'Accept', 'text/html',
    'x-forwarded-for', '1.2.3.4, 10.0.0.1',
    'x-forwarded-proto', 'https',
    'x-forwarded-host', 'shop.test',
  ])
})

t.test('upstreamRequestHeaders keeps order, case and duplicates of the others', async (t) => {
  const raw = ['host', 'shop.test', 'X-Custom', 'a', 'cookie', 'a=1', 'ACCEPT', '*/*', 'X-Custom', 'b', 'Cookie', 'b=2', 'authorization', 'Bearer t', 'content-length', '3']
  t.same(upstreamRequestHeaders(raw, undefined, { ...fwd, host: '' }, keepReq), [
    ...raw,
    'x-forwarded-for', '1.2.3.4, 10.0.0.1',
    'x-forwarded-proto', 'https',
  ], 'no x-forwarded-host when there is no host')
  t.same(raw.length, 16, 'the input is not modified')
})

t.test('upstreamRequestHeaders drops what Connection names, case-insensitively, and only that', async (t) => {
  const raw = ['X-A', '1', 'x-b', '2', 'X-C', '3', 'Connection', 'x-a, X-B ,, close', 'Close', 'kept: close is an option, not a field']
  t.same(upstreamRequestHeaders(raw, 'x-a, X-B ,, close', fwd, keepReq).slice(0, -6), ['X-C', '3', 'Close', 'kept: close is an option, not a field'])
  t.same(upstreamRequestHeaders(['Host', 'h', 'Connection', 'HOST'], 'HOST', fwd, keepReq).slice(0, -6), ['Host', 'h'], 'never Host: the upstream must see the request the sensor routed')
  for (const name of ['Content-Length', 'Authorization', 'Cookie', 'User-Agent', 'X-Session-Id', 'X-Api-Key']) {
    t.same(upstreamRequestHeaders([name, 'v'], name, fwd, keepReq).slice(0, -6), [name, 'v'], `never ${name}: the sensor reads it`)
  }
  t.same(upstreamRequestHeaders(['X-Tenant', 't1'], 'x-tenant', fwd, new Set(['x-tenant'])).slice(0, -6), ['X-Tenant', 't1'], 'nor a header a traced parameter reads')
  t.same(upstreamRequestHeaders(['X-A', '1'], '', fwd, keepReq).slice(0, -6), ['X-A', '1'], 'an empty Connection')
})

const buffers = (...pairs: string[]) => pairs.map((s) => Buffer.from(s, 'latin1'))

t.test('downstreamResponseHeaders: Buffers in, strings out, hop-by-hop dropped, every Set-Cookie kept', async (t) => {
  const raw = buffers(
    'Content-Type', 'application/json',
    'Set-Cookie', 'a=1; Path=/',
    'Connection', 'keep-alive, X-Internal',
    'Keep-Alive', 'timeout=5',
    'Transfer-Encoding', 'chunked',
    'Proxy-Connection', 'keep-alive',
    'TE', 'trailers',
    'Trailer', 'X-Sum',
    'Upgrade', 'websocket',
    'X-Internal', 'dropped: named in Connection',
    'set-cookie', 'b=2; HttpOnly',
    'Vary', 'Accept',
    'SET-COOKIE', 'c=3',
    'X-Forwarded-For', 'kept: an answer header is end-to-end',
  )
  const out = downstreamResponseHeaders(raw, keepRes)
  t.same(out, [
    'Content-Type', 'application/json',
    'Set-Cookie', 'a=1; Path=/',
    'set-cookie', 'b=2; HttpOnly',
    'Vary', 'Accept',
    'SET-COOKIE', 'c=3',
    'X-Forwarded-For', 'kept: an answer header is end-to-end',
  ])
  t.ok(out.every((v) => typeof v === 'string'))
})

t.test('downstreamResponseHeaders: several Connection fields all count, in any case', async (t) => {
  const raw = buffers('CONNECTION', 'X-One', 'X-One', '1', 'x-two', '2', 'connection', 'X-TWO', 'X-Three', '3')
  t.same(downstreamResponseHeaders(raw, keepRes), ['X-Three', '3'])
  t.same(downstreamResponseHeaders([], keepRes), [])
  const kept = buffers('Connection', 'set-cookie, content-length', 'Set-Cookie', 'sid=1', 'Content-Length', '0')
  t.same(downstreamResponseHeaders(kept, keepRes), ['Set-Cookie', 'sid=1', 'Content-Length', '0'], 'never what the sensor reads or what frames the answer')
})

t.test('downstreamResponseHeaders: values are bytes, round-tripped through latin1', async (t) => {
  const utf8 = Buffer.from('attachment; filename="café.txt"', 'utf8')
  const [name, value] = downstreamResponseHeaders([Buffer.from('Content-Disposition'), utf8], keepRes)
  t.equal(name, 'Content-Disposition')
  t.same(Buffer.from(value!, 'latin1'), utf8, 'node writes the string back as the same bytes')
})
