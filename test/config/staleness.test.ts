import t from 'tap'
import { readFileSync } from 'node:fs'
import { configJsonSchema } from '../../src/config/schema.ts'
import { loadConfig } from '../../src/config/load.ts'

t.test('config/sensor.schema.json is generated from the zod schema and current', async (t) => {
  const committed = readFileSync('config/sensor.schema.json', 'utf8')
  t.equal(committed, `${JSON.stringify(configJsonSchema(), null, 2)}\n`, 'config/sensor.schema.json is stale: run npm run schema')
  const schema = JSON.parse(committed) as { additionalProperties: boolean; properties: Record<string, unknown> }
  t.equal(schema.additionalProperties, false, 'unknown keys are refused by editors too')
  for (const key of ['listen', 'trustedProxies', 'applications', 'monitor', 'traced', 'rules', 'users', 'session', 'hashKey', 'redis', 'buffer', 'capture', 'timeouts', 'limits']) {
    t.ok(key in schema.properties, `${key} is in the schema`)
  }
})

t.test('the shipped configs load with the real loader', async (t) => {
  for (const file of ['config/sensor.yaml', 'config/examples/sessions.yaml']) {
    const config = loadConfig(file, { env: {} })
    t.ok(Object.isFrozen(config) && Object.isFrozen(config.applications[0]), `${file} is valid and frozen`)
  }
  const withEnv = loadConfig('config/sensor.yaml', { env: { UPSTREAM_URL: 'http://10.1.2.3:8000', REDIS_URL: 'redis://10.9.9.9:6380' } })
  t.equal(withEnv.applications[0]!.upstream, 'http://10.1.2.3:8000')
  t.equal(withEnv.redis.url, 'redis://10.9.9.9:6380')
})

t.test('docs/configuration.md is generated from the schema and current', async (t) => {
  const { configReference } = await import('../../src/config/reference.ts')
  t.equal(readFileSync('docs/configuration.md', 'utf8'), configReference(), 'docs/configuration.md is stale: run npm run schema')
})
