import t from 'tap'
import { join } from 'node:path'
import { loadApiSpec, SpecError } from '../../src/config/openapi.ts'

const SHOP_YAML = `
openapi: 3.0.3
info: { title: shop, version: "1" }
servers:
  - url: https://shop.example.com/{base}
    variables: { base: { default: v1 } }
paths:
  /users/{id}:
    get: { responses: { "200": { description: ok } } }
    delete: { deprecated: true, responses: { "204": { description: gone } } }
  /users/me:
    $ref: "#/components/pathItems/Me"
  /orders:
    $ref: "paths/orders.yaml"
components:
  pathItems:
    Me:
      get: { responses: { "200": { description: ok } } }
`

t.test('a YAML spec: servers give base paths, $refs to components and to other files are followed', async (t) => {
  const dir = t.testdir({ 'shop.yaml': SHOP_YAML, paths: { 'orders.yaml': 'post: { responses: { "201": { description: made } } }\nget: { deprecated: true }\n' } })
  const spec = loadApiSpec(join(dir, 'shop.yaml'))
  t.same(spec.basePaths, ['/v1'])
  const byTemplate = Object.fromEntries(spec.paths.map((p) => [p.template, Object.fromEntries(p.operations)]))
  t.same(byTemplate, {
    '/users/{id}': { GET: { deprecated: false }, DELETE: { deprecated: true } },
    '/users/me': { GET: { deprecated: false } },
    '/orders': { POST: { deprecated: false }, GET: { deprecated: true } },
  })
})

t.test('JSON specs are read too; no servers means paths from the root', async (t) => {
  const dir = t.testdir({ 'api.json': JSON.stringify({ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: { '/ping': { get: {} } } }) })
  const spec = loadApiSpec(join(dir, 'api.json'))
  t.same(spec.basePaths, [''])
  t.equal(spec.paths[0]!.template, '/ping')
})

t.test('unusable specs are refused with a reason', async (t) => {
  const dir = t.testdir({
    'swagger.yaml': 'swagger: "2.0"\npaths: {}\n',
    'broken.yaml': 'openapi: 3.0.0\npaths: [unclosed\n',
    'cycle.yaml': 'openapi: 3.0.0\npaths:\n  /a: { $ref: "#/x" }\nx: { $ref: "#/x" }\n',
    'dangling.yaml': 'openapi: 3.0.0\npaths:\n  /a: { $ref: "#/components/pathItems/Nope" }\n',
    'remote.yaml': 'openapi: 3.0.0\npaths:\n  /a: { $ref: "https://example.com/a.yaml" }\n',
    'relative.yaml': 'openapi: 3.0.0\npaths:\n  a: { get: {} }\n',
  })
  const reasons: Record<string, RegExp> = {
    'swagger.yaml': /only OpenAPI 3\.x is read \(found swagger 2\.0\)/,
    'broken.yaml': /neither YAML nor JSON/,
    'cycle.yaml': /\$ref chain longer than/,
    'dangling.yaml': /points at nothing/,
    'remote.yaml': /remote \$ref .* is not fetched/,
    'relative.yaml': /does not start with \//,
    'missing.yaml': /cannot read .*ENOENT/,
  }
  for (const [file, reason] of Object.entries(reasons)) {
    t.throws(() => loadApiSpec(join(dir, file)), { name: 'SpecError', message: reason }, file)
  }
  t.ok(new SpecError('x') instanceof Error)
})

t.test('the config names the openapi path of a bad spec and reads relative paths from its own directory', async (t) => {
  const { loadConfig } = await import('../../src/config/load.ts')
  const dir = t.testdir({
    'spec.yaml': SHOP_YAML.replace('$ref: "paths/orders.yaml"', 'post: {}'),
    'bad.yaml': 'swagger: "2.0"\n',
    'good.yaml': 'applications:\n  - name: shop\n    hosts: [shop.test]\n    upstream: http://127.0.0.1:1\n    openapi: spec.yaml\n',
    'wrong.yaml': 'applications:\n  - name: shop\n    hosts: [shop.test]\n    upstream: http://127.0.0.1:1\n    openapi: bad.yaml\n',
  })
  const config = loadConfig(join(dir, 'good.yaml'))
  t.equal(config.applications[0]!.openapi, join(dir, 'spec.yaml'))
  t.throws(() => loadConfig(join(dir, 'wrong.yaml')), {
    code: 'CONFIG_INVALID',
    details: [new RegExp(`wrong\\.yaml:5:14 applications\\[0\\]\\.openapi: .*only OpenAPI 3\\.x`)],
  })
})
