import t from 'tap'
import { SpecMatcher, classifySegment, inferTemplate, MAX_ENDPOINT_LENGTH } from '../../src/insight/endpoints.ts'
import type { ApiSpec } from '../../src/config/openapi.ts'

function spec(basePaths: string[], paths: Record<string, Record<string, boolean>>): ApiSpec {
  return {
    file: 'inline',
    basePaths,
    paths: Object.entries(paths).map(([template, ops]) => ({
      template,
      operations: new Map(Object.entries(ops).map(([m, deprecated]) => [m, { deprecated }])),
    })),
  }
}

t.test('inference: ids of every kind become one parameter, words stay', async (t) => {
  const cases: [string, string][] = [
    ['/users/1', '/users/{id}'],
    ['/users/2/', '/users/{id}'],
    ['/orders/8d0f6a3e-1b2c-4d5e-9f00-aabbccddeeff/items/17', '/orders/{uuid}/items/{id}'],
    ['/objects/5f2b8c9d1e3a4b5c6d7e8f90', '/objects/{hex}'],
    ['/accounts/jane.doe%40example.com/profile', '/accounts/{email}/profile'],
    ['/reports/2026-11-23', '/reports/{date}'],
    ['/files/aB3dE5fG7hJ9kL1mN2pQ', '/files/{token}'],
    ['/api/v2/reports', '/api/v2/reports'],
    ['/api/v2/user-profiles-2024', '/api/v2/user-profiles-2024'],
    ['/deadbeef', '/deadbeef'],
    ['/', '/'],
    ['', '/'],
  ]
  for (const [path, template] of cases) t.equal(inferTemplate(path), template, path)
  t.equal(classifySegment('%E0%A4%A'), undefined, 'a broken escape is a literal, not a throw')
  t.equal(inferTemplate(`/x/${'a'.repeat(2000)}`).length, MAX_ENDPOINT_LENGTH, 'hostile lengths are cut')
})

t.test('spec matching: the most specific path that declares the method wins', async (t) => {
  const m = new SpecMatcher(
    spec([''], {
      '/users/{id}': { GET: false, DELETE: false },
      '/users/me': { GET: false },
      '/users/{id}/avatar.{ext}': { GET: false },
      '/legacy/search': { GET: true },
      '/{tenant}/status': { GET: false },
    }),
  )
  t.same(m.match('GET', '/users/42'), { endpoint: '/users/{id}', insight: null })
  t.same(m.match('GET', '/users/me'), { endpoint: '/users/me', insight: null }, 'a literal beats a parameter')
  t.same(m.match('DELETE', '/users/me'), { endpoint: '/users/{id}', insight: null }, 'the less specific path declares DELETE')
  t.same(m.match('PUT', '/users/me'), { endpoint: '/users/me', insight: 'shadow' }, 'no path declares PUT: shadow')
  t.same(m.match('GET', '/users/7/avatar.png'), { endpoint: '/users/{id}/avatar.{ext}', insight: null }, 'mixed segments')
  t.same(m.match('GET', '/legacy/search'), { endpoint: '/legacy/search', insight: 'zombie' })
  t.same(m.match('HEAD', '/users/1'), { endpoint: '/users/{id}', insight: null }, 'HEAD is answered by GET')
  t.same(m.match('OPTIONS', '/users/1'), { endpoint: '/users/{id}', insight: null }, 'a CORS preflight is not shadow')
  t.same(m.match('GET', '/internal/debug/42'), { endpoint: '/internal/debug/{id}', insight: 'shadow' }, 'unknown paths are shadow, with an inferred template')
  t.same(m.match('GET', '/acme/status'), { endpoint: '/{tenant}/status', insight: null })
  t.same(m.match('GET', '/users/'), { endpoint: '/users', insight: 'shadow' }, 'an empty segment is not a parameter value')
  t.same(m.match('GET', '/users/%6de'), { endpoint: '/users/me', insight: null }, 'segments are compared decoded')
})

t.test('spec matching under the servers’ base paths', async (t) => {
  const m = new SpecMatcher(spec(['/v1', '/v2'], { '/items/{id}': { GET: false } }))
  t.same(m.match('GET', '/v1/items/3'), { endpoint: '/v1/items/{id}', insight: null })
  t.same(m.match('GET', '/v2/items/3'), { endpoint: '/v2/items/{id}', insight: null })
  t.same(m.match('GET', '/items/3'), { endpoint: '/items/{id}', insight: 'shadow' })
})
