import t from 'tap'
import { compileScope, compileScopes } from '../../src/capture/scope.ts'

t.test('a scope: application, host pattern and path glob, each optional', async (t) => {
  const s = compileScope({ application: 'shop', host: '*.example.com', path: '/api/**' })
  t.equal(s('shop', 'a.example.com', '/api/x/y'), true)
  t.equal(s('blog', 'a.example.com', '/api/x'), false, 'another application')
  t.equal(s('shop', 'example.org', '/api/x'), false, 'another host')
  t.equal(s('shop', 'a.example.com', '/web'), false, 'another path')
  t.equal(compileScope({ path: '/users/*' })('any', 'any', '/users/7'), true)
  t.equal(compileScope({ path: '/users/*' })('any', 'any', '/users/7/orders'), false, '* is one segment')
})

t.test('scopes: any of them; all short-circuits', async (t) => {
  const any = compileScopes(false, [{ application: 'a' }, { path: '/b' }])
  t.equal(any('a', 'h', '/x'), true)
  t.equal(any('z', 'h', '/b'), true)
  t.equal(any('z', 'h', '/x'), false)
  t.equal(compileScopes(true, [])('z', 'h', '/x'), true)
  t.equal(compileScopes(false, [])('z', 'h', '/x'), false)
})
