import t from 'tap'
import { compileHostGuard, compileRouter, splitHost } from '../../src/net/host.ts'

t.test('splitHost separates the port and lowercases', async (t) => {
  t.same(splitHost('Shop.Example.COM:8080'), { full: 'shop.example.com:8080', name: 'shop.example.com' })
  t.same(splitHost('[::1]:80'), { full: '[::1]:80', name: '[::1]' })
  t.same(splitHost('example.com.'), { full: 'example.com.', name: 'example.com' })
})

t.test('exact before wildcard, longest wildcard first, then the fallback', async (t) => {
  const r = compileRouter(
    [
      { patterns: ['*.example.com'], target: 'wide' },
      { patterns: ['*.shop.example.com'], target: 'narrow' },
      { patterns: ['api.example.com', 'example.com:8080'], target: 'exact' },
    ],
    'fallback',
  )
  t.equal(r.route('api.example.com'), 'exact')
  t.equal(r.route('API.example.com:443'), 'exact', 'a port does not hide a name match')
  t.equal(r.route('a.shop.example.com'), 'narrow')
  t.equal(r.route('x.example.com'), 'wide')
  t.equal(r.route('example.com'), 'fallback', '*.example.com does not match the bare domain')
  t.equal(r.route('example.com:8080'), 'exact', 'host:port patterns match with their port')
  t.equal(r.route('other.org'), 'fallback')
  t.equal(r.route(undefined), 'fallback')
})

t.test('without a fallback an unknown host finds nothing', async (t) => {
  const r = compileRouter([{ patterns: ['a.test'], target: 1 }], undefined)
  t.equal(r.route('b.test'), undefined)
  t.equal(r.route('a.test'), 1)
})

t.test('the host guard: addresses, localhost, the listen host and the names given; * for any', async (t) => {
  const guard = compileHostGuard(['console.example', '*.corp.example', '*.ops.example.'], 'sensor-1.internal')
  for (const ok of ['127.0.0.1', '127.0.0.1:9090', '[::1]:9090', '[2001:db8::1]', 'localhost:9090', 'x.localhost', 'sensor-1.internal:9090', 'console.example', 'CONSOLE.example:443', 'a.b.corp.example', 'a.corp.example.', 'eu.ops.example', 'eu.ops.example.:80']) t.ok(guard(ok), ok)
  for (const no of ['evil.example', 'evil.example:9090', 'console.example.evil', 'corp.example', 'localhost.evil.example', '127.0.0.1.nip.io', '[::1', '[evil]', '[::1]evil', '[::1].evil.example', '1.2.3', 'a b', 'x'.repeat(300)]) t.notOk(guard(no), String(no).slice(0, 40))
  t.ok(guard(undefined) && guard(''), 'no Host (HTTP/1.0, a load balancer\'s check): no browser\'s request')
  t.ok(compileHostGuard(['*'], '127.0.0.1')('anything.example'), '* answers any Host')
})
