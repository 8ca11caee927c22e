import t from 'tap'
import { SpecMatcher, classifySegment, inferTemplate, MAX_ENDPOINT_LENGTH, MAX_MATCH_STEPS, MAX_MIXED_PER_NODE, type EndpointMatch } from '../../src/insight/endpoints.ts'
import { pieces } from '../../src/match/glob.ts'
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

t.test('precedence: ranks position by position, then server order, then path order', async (t) => {
  // mixed segments tie: the rest of the path decides, not which mixed segment came first
  const mixed = new SpecMatcher(spec([''], { '/{a}.{b}/x/{id}': { GET: false }, '/{a}.json/x/lit': { GET: false } }))
  t.same(mixed.match('GET', '/f.json/x/lit'), { endpoint: '/{a}.json/x/lit', insight: null })
  t.same(mixed.match('GET', '/f.json/x/9'), { endpoint: '/{a}.{b}/x/{id}', insight: null })
  // a base path is literal segments: '' + /v1/items/{id} outranks /v1 + /{kind}/{id}, whatever the base's length
  const bases = new SpecMatcher(spec(['/v1', ''], { '/{kind}/{id}': { GET: false }, '/v1/items/{id}': { GET: false } }))
  t.same(bases.match('GET', '/v1/items/3'), { endpoint: '/v1/items/{id}', insight: null })
  t.same(bases.match('GET', '/v1/carts/3'), { endpoint: '/v1/{kind}/{id}', insight: null })
  t.same(bases.match('GET', '/v2/carts'), { endpoint: '/{kind}/{id}', insight: null })
  // equal ranks: the first server, then the first path
  const ties = new SpecMatcher(spec(['', '/v1'], { '/items/{id}': { GET: false }, '/v1/items/{x}': { GET: false }, '/v1/items/{y}': { GET: false } }))
  t.same(ties.match('GET', '/v1/items/3'), { endpoint: '/v1/items/{x}', insight: null })
  const ties2 = new SpecMatcher(spec(['/v1', ''], { '/items/{id}': { GET: false }, '/v1/items/{x}': { GET: false } }))
  t.same(ties2.match('GET', '/v1/items/3'), { endpoint: '/v1/items/{id}', insight: null })
  // the method: HEAD by a less specific path's GET; an OPTIONS operation's deprecation is the answer's
  const methods = new SpecMatcher(spec([''], { '/a/b': { POST: false }, '/a/{x}': { GET: true, OPTIONS: true } }))
  t.same(methods.match('HEAD', '/a/b'), { endpoint: '/a/{x}', insight: 'zombie' })
  t.same(methods.match('OPTIONS', '/a/b'), { endpoint: '/a/b', insight: null })
  t.same(methods.match('OPTIONS', '/a/c'), { endpoint: '/a/{x}', insight: 'zombie' })
  // the path / is the base path itself, or the root
  const slash = new SpecMatcher(spec(['', '/v1'], { '/': { GET: false } }))
  t.same(slash.match('GET', '/'), { endpoint: '/', insight: null })
  t.same(slash.match('GET', '/v1/'), { endpoint: '/v1', insight: null })
  t.same(slash.match('GET', '/v1//'), { endpoint: '/v1', insight: 'shadow' }, 'one trailing slash dropped, then an empty segment')
})

/** The flat list SpecMatcher replaced (servers × paths, sorted by rank, scanned): the reference for its precedence. */
function reference(s: ApiSpec, method: string, path: string): EndpointMatch {
  const trim = (p: string) => {
    const end = p.length > 1 && p.endsWith('/') ? p.length - 1 : p.length
    const q = end > MAX_ENDPOINT_LENGTH ? p.slice(0, MAX_ENDPOINT_LENGTH) : p.slice(0, end)
    return q === '' ? '/' : q
  }
  const decode = (seg: string) => {
    try {
      return decodeURIComponent(seg)
    } catch {
      return seg
    }
  }
  const kind = (seg: string) => (!seg.includes('{') ? 0 : /^\{[^{}]+\}$/.test(seg) ? 2 : 1)
  const entries = s.basePaths.flatMap((base) =>
    s.paths.map((p) => {
      const endpoint = trim(base + p.template)
      const segs = endpoint.split('/').slice(1)
      return { endpoint, segs, rank: segs.map(kind), operations: p.operations }
    }),
  )
  // grouped by segment count first, as the old matcher was (ranks compared up to the shorter length alone are no order: a review)
  entries.sort((a, b) => {
    if (a.rank.length !== b.rank.length) return a.rank.length - b.rank.length
    for (let i = 0; i < a.rank.length; i++) if (a.rank[i] !== b.rank[i]) return a.rank[i]! - b.rank[i]!
    return 0
  })
  const p = trim(path)
  const segs = p.split('/').slice(1).map(decode)
  let pathOnly: string | undefined
  for (const e of entries) {
    if (e.segs.length !== segs.length) continue
    const ok = e.segs.every((t, i) => {
      const r = segs[i]!
      const k = kind(t)
      return k === 0 ? t === r : k === 2 ? r !== '' : r.length <= 256 && pieces(t.split(/\{[^{}]+\}/)).test(r)
    })
    if (!ok) continue
    const op = e.operations.get(method) ?? (method === 'HEAD' ? e.operations.get('GET') : undefined)
    if (op !== undefined) return { endpoint: e.endpoint, insight: op.deprecated ? 'zombie' : null }
    if (method === 'OPTIONS') return { endpoint: e.endpoint, insight: null }
    pathOnly ??= e.endpoint
  }
  return { endpoint: pathOnly ?? inferTemplate(p), insight: 'shadow' }
}

t.test('precedence: the same answers as the flat list, over random specs and paths', async (t) => {
  let seed = 20261207
  const rnd = (n: number) => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return (seed >>> 0) % n
  }
  const pick = <T>(a: readonly T[]): T => a[rnd(a.length)]!
  const templateSegs = ['a', 'b', 'v1', '', '{p}', '{q}', '{x}.json', '{a}.{b}', 'v{n}', '{a}-{b}', 'a.json']
  const requestSegs = ['a', 'b', 'v1', '', 'x.json', 'a.json', 'v2', 'a-b', '1', 'a.b', 'v1.json', '%61']
  const bases = ['', '/v1', '/v1/a', '/a', '/']
  const methods = ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS']
  let compared = 0
  let differ = 0
  let inSpec = 0
  for (let n = 0; n < 1500; n++) {
    const paths: Record<string, Record<string, boolean>> = {}
    for (let i = 0; i < 1 + rnd(12); i++) {
      let template = Array.from({ length: rnd(4) }, () => '/' + pick(templateSegs)).join('')
      if (template === '' || rnd(8) === 0) template += '/'
      const ops: Record<string, boolean> = {}
      for (const m of methods) if (rnd(3) === 0) ops[m] = rnd(3) === 0
      paths[template] = ops
    }
    const s = spec([...new Set(Array.from({ length: 1 + rnd(3) }, () => pick(bases)))], paths)
    const m = new SpecMatcher(s)
    for (let k = 0; k < 20; k++) {
      let path = Array.from({ length: rnd(6) }, () => '/' + pick(requestSegs)).join('')
      if (rnd(6) === 0) path += '/'
      const method = pick(methods)
      const want = reference(s, method, path)
      compared++
      if (want.insight !== 'shadow') inSpec++
      if (JSON.stringify(m.match(method, path)) !== JSON.stringify(want) && differ++ < 5) t.same(m.match(method, path), want, `${method} ${path} in ${JSON.stringify(paths)} under ${JSON.stringify(s.basePaths)}`)
    }
  }
  t.equal(differ, 0, `${compared} matches compared`)
  t.ok(inSpec > compared / 20, 'a fair share of them in a spec')
})

t.test('servers × paths compile to nodes in proportion to servers + paths', async (t) => {
  const paths: Record<string, Record<string, boolean>> = {}
  for (let i = 0; i < 500; i++) paths[`/p${i}/{id}`] = { GET: false }
  const m = new SpecMatcher(spec(Array.from({ length: 500 }, (_, i) => `/v${i}`), paths))
  // two roots, a node per server, and per path its literal and its parameter: not 250,000 entries
  t.same(m.size, { basePaths: 500, paths: 500, nodes: 2 + 500 + 500 * 2 })
  t.same(m.match('GET', '/v499/p499/7'), { endpoint: '/v499/p499/{id}', insight: null })
  t.same(m.match('GET', '/zz/zz/3'), { endpoint: '/zz/zz/{id}', insight: 'shadow' })
  t.ok(m.lastSteps <= 4, `a path no template matches: ${m.lastSteps} steps`)
})

t.test('one match takes at most MAX_MATCH_STEPS steps, whatever the spec', async (t) => {
  // 20,000 paths of 8 segments, each a literal, a mixed or a parameter that all match `a-b`, then a literal
  const kinds = ['a-b', '{x}-{y}', '{p}', '{x}-b']
  const paths: Record<string, Record<string, boolean>> = {}
  for (let i = 0; i < 20_000; i++) {
    let template = ''
    for (let d = 0, k = i; d < 8; d++, k >>= 2) template += '/' + kinds[k & 3]!
    paths[`${template}/lit${i}`] = { GET: false }
  }
  const m = new SpecMatcher(spec([''], paths))
  t.ok(m.size.nodes < 2 * 20_000 + 4 ** 8, `${m.size.nodes} nodes`)
  const hostile = '/a-b'.repeat(8) + '/none'
  t.same(m.match('GET', hostile), { endpoint: '/a-b/a-b/a-b/a-b/a-b/a-b/a-b/a-b/none', insight: 'shadow' })
  t.equal(m.lastSteps, MAX_MATCH_STEPS, 'the search stopped at its bound')
  t.same(m.match('GET', '/a-b'.repeat(8) + '/lit0'), { endpoint: '/a-b'.repeat(8) + '/lit0', insight: null })
  t.ok(m.lastSteps < 50, `literal first: ${m.lastSteps} steps`)
  // the auditor's spec: 20,000 paths of seven {a}-{b} and a literal share one chain of nodes
  const chain: Record<string, Record<string, boolean>> = {}
  for (let i = 0; i < 20_000; i++) chain[`${'/{a}-{b}'.repeat(7)}/lit${i}`] = { GET: false }
  const a = new SpecMatcher(spec([''], chain))
  t.equal(a.size.nodes, 2 + 7 + 20_000)
  t.same(a.match('GET', '/a-b'.repeat(7) + '/x1'), { endpoint: '/a-b'.repeat(7) + '/x1', insight: 'shadow' })
  t.ok(a.lastSteps <= 8 * 4, `a few steps a segment: ${a.lastSteps}`)
  t.same(a.match('GET', '/a-b'.repeat(7) + '/lit19999'), { endpoint: `${'/{a}-{b}'.repeat(7)}/lit19999`, insight: null })
})

t.test('a node tries at most MAX_MIXED_PER_NODE mixed segments', async (t) => {
  const paths: Record<string, Record<string, boolean>> = {}
  for (let i = 0; i < 100; i++) paths[`/files/{name}.x${i}`] = { GET: false }
  const m = new SpecMatcher(spec([''], paths))
  t.same(m.match('GET', '/files/a.x0'), { endpoint: '/files/{name}.x0', insight: null })
  t.same(m.match('GET', `/files/a.x${MAX_MIXED_PER_NODE - 1}`), { endpoint: `/files/{name}.x${MAX_MIXED_PER_NODE - 1}`, insight: null })
  t.same(m.match('GET', '/files/a.x99'), { endpoint: '/files/a.x99', insight: 'shadow' }, 'past the bound: not tried')
  t.ok(m.lastSteps <= MAX_MIXED_PER_NODE + 8, `${m.lastSteps} steps`)
})
