import t from 'tap'
import { compileRouter, splitHost } from '../../src/net/host.ts'

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
