import t from 'tap'
import { readFileSync } from 'node:fs'
import { loadConfig } from '../../src/config/load.ts'
import { configJsonSchema } from '../../src/config/schema.ts'

const ROOT = new URL('../../', import.meta.url)

t.test('config/sensor.schema.json is the generated schema (run `npm run schema` when this fails)', async (t) => {
  const committed = readFileSync(new URL('config/sensor.schema.json', ROOT), 'utf8')
  const generated = `${JSON.stringify(configJsonSchema(), null, 2)}\n`
  t.equal(committed, generated, 'config/sensor.schema.json is stale: run `npm run schema` and commit the result')
})

t.test('the JSON Schema describes the YAML operators write', async (t) => {
  const schema = configJsonSchema() as {
    $id: string
    title: string
    type: string
    required: string[]
    additionalProperties: boolean
    properties: Record<string, { additionalProperties?: boolean; properties?: Record<string, unknown> }>
  }
  t.equal(schema.$id, 'https://github.com/api-sessions/api-sessions/config/sensor.schema.json')
  t.equal(schema.title, 'api-sessions sensor config')
  t.equal(schema.type, 'object')
  t.same(schema.required, ['applications'], 'only applications is required: everything else has a default')
  t.equal(schema.additionalProperties, false, 'unknown keys are errors for editors too')
  t.equal(schema.properties.listen?.additionalProperties, false)
  t.same(schema.properties.timeouts?.properties?.clientIdle, {
    default: '120s',
    type: ['number', 'string'],
    description: 'client socket inactivity (reading the body, writing the answer); must exceed upstreamHeaders and upstreamIdle',
  }, 'durations take a number or a string, with the default as written')
})

t.test('config/sensor.yaml loads with the real loader', async (t) => {
  const file = new URL('config/sensor.yaml', ROOT).pathname
  const plain = loadConfig(file, { env: {} })
  t.same(
    plain.applications,
    [{ name: 'demo', hosts: ['localhost', '127.0.0.1', '*.localhost'], upstream: 'http://127.0.0.1:3000', openapi: new URL('config/openapi/demo.yaml', ROOT).pathname }],
    'UPSTREAM_URL unset: the demo API, its spec read from beside the config',
  )
  t.equal(plain.defaultApplication, 'demo')
  t.same(plain.listen, { host: '0.0.0.0', port: 8080 })
  t.same(plain.admin.listen, { host: '127.0.0.1', port: 9091 })
  t.same(plain.trustedProxies, ['127.0.0.1/32', '::1/128'])
  t.equal(plain.timeouts.clientIdle, 120_000)
  t.equal(plain.limits.maxHeaderBytes, 32768)

  const set = loadConfig(file, { env: { UPSTREAM_URL: 'https://api.internal:8443/v1' } })
  t.equal(set.applications[0]!.upstream, 'https://api.internal:8443/v1', 'UPSTREAM_URL set: that upstream')
})

t.test('the example configs load', async (t) => {
  const config = loadConfig(new URL('config/examples/sessions.yaml', ROOT).pathname, { env: {} })
  t.same(config.applications.map((a) => a.name), ['shop'])
  t.equal(config.hashKey, 'example-only-hash-key-change-me')
  t.same(config.rules, [{ params: ['tenant', 'login-token'] }, { params: ['login-token'] }, { params: ['bearer'] }])
})
