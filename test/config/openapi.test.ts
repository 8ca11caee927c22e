import t from 'tap'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { loadApiSpec, MAX_SPEC_PATHS, MAX_SPEC_SERVERS, SpecError } from '../../src/config/openapi.ts'

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

t.test('a spec that is no regular file, a malformed pointer, too many paths or servers: a SpecError, never an internal error', async (t) => {
  const dir = t.testdir({
    'zero.json': JSON.stringify({ openapi: '3.0.0', paths: { '/a': { $ref: '/dev/zero#/x' } } }),
    'escape.json': JSON.stringify({ openapi: '3.0.0', paths: { '/a': { $ref: '#/%E0%A4%A' } } }),
    'paths.json': JSON.stringify({ openapi: '3.0.0', paths: Object.fromEntries(Array.from({ length: MAX_SPEC_PATHS + 1 }, (_, i) => [`/p${i}`, { get: {} }])) }),
    'servers.json': JSON.stringify({ openapi: '3.0.0', servers: Array.from({ length: MAX_SPEC_SERVERS + 1 }, (_, i) => ({ url: `/s${i}` })), paths: {} }),
  })
  execFileSync('mkfifo', [join(dir, 'fifo.yaml')])
  const reasons: Record<string, RegExp> = {
    'zero.json': /cannot read \/dev\/zero: not a regular file \(a character device\)/,
    'escape.json': /\$ref "#\/%E0%A4%A" is not a valid JSON pointer \(a malformed %-escape\)/,
    'paths.json': /10001 paths, more than the 10000 read/,
    'servers.json': /101 servers, more than the 100 read/,
    'fifo.yaml': /cannot read .*fifo\.yaml: not a regular file \(a FIFO\)/,
  }
  for (const [file, reason] of Object.entries(reasons)) t.throws(() => loadApiSpec(join(dir, file)), { name: 'SpecError', message: reason }, file)
})

t.test('JSON is read as JSON whatever the file is called; a spec is parsed again only when one of its files changed', async (t) => {
  const dir = t.testdir({ 'api.yaml': JSON.stringify({ openapi: '3.0.0', paths: { '/a': { $ref: 'item.yaml' } } }), 'item.yaml': 'get: {}\n' })
  const file = join(dir, 'api.yaml')
  const first = loadApiSpec(file)
  t.same(first.paths.map((p) => [p.template, [...p.operations.keys()]]), [['/a', ['GET']]])
  t.equal(loadApiSpec(file), first, 'unchanged: the same spec, not parsed again')
  t.ok(Object.isFrozen(first) && Object.isFrozen(first.paths), 'shared, so frozen')
  writeFileSync(join(dir, 'item.yaml'), 'get: {}\npost: {}\n')
  const second = loadApiSpec(file)
  t.not(second, first, 'a file its $ref reaches changed: read again')
  t.same([...second.paths[0]!.operations.keys()], ['GET', 'POST'])
  t.throws(() => loadApiSpec(join(dir, 'bad.json')), { message: /ENOENT/ })
  writeFileSync(join(dir, 'bad.json'), '{"openapi": "3.0.0", paths: {}}')
  t.throws(() => loadApiSpec(join(dir, 'bad.json')), { name: 'SpecError', message: /bad\.json is not JSON: / })
})
