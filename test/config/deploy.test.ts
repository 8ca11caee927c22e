import t from 'tap'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { parseConfig } from '../../src/config/load.ts'

const ROOT = 'config/deploy'
const ENV = { UPSTREAM_URL: 'http://127.0.0.1:3000', REDIS_URL: 'redis://127.0.0.1:6379', SENSOR_HASH_KEY: 'a-long-enough-test-key', CONSOLE_TOKEN: 't' }

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

type Doc = Record<string, unknown>
const asDoc = (v: unknown): Doc => (v !== null && typeof v === 'object' ? (v as Doc) : {})

/** Every sensor config a deployment example carries: ConfigMap data, compose configs. */
function sensorConfigs(file: string, doc: Doc): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = []
  if (doc.kind === 'ConfigMap') {
    for (const [k, v] of Object.entries(asDoc(doc.data))) if (k.endsWith('.yaml')) out.push({ where: `${file} ConfigMap ${String(asDoc(doc.metadata).name)}/${k}`, text: String(v) })
  }
  for (const [name, c] of Object.entries(asDoc(doc.configs))) {
    // compose turns $$ into $: the sensor then reads ${VAR} itself
    if (typeof asDoc(c).content === 'string') out.push({ where: `${file} configs.${name}`, text: String(asDoc(c).content).replaceAll('$$', '$') })
  }
  return out
}

t.test('every deployment example parses, and the sensor configs inside pass the real validator', async (t) => {
  let configs = 0
  for (const file of files(ROOT)) {
    const text = readFileSync(file, 'utf8')
    if (file.endsWith('.service')) {
      t.match(text, /^ExecStart=\/usr\/bin\/node \/opt\/api-sessions\/dist\/cli\.js start -c /m, `${file} starts the built CLI`)
      for (const option of ['DynamicUser=yes', 'ProtectSystem=strict', 'NoNewPrivileges=yes', 'ProtectHome=yes', 'PrivateTmp=yes']) t.match(text, new RegExp(`^${option}$`, 'm'), `${file}: ${option}`)
      continue
    }
    if (file.endsWith('.json')) {
      t.doesNotThrow(() => JSON.parse(text), `${file} is JSON`)
      continue
    }
    const docs = parseAllDocuments(text)
    for (const doc of docs) {
      t.same(doc.errors.map((e) => e.message), [], `${file} is valid YAML`)
      const value = asDoc(doc.toJS())
      for (const c of sensorConfigs(file, value)) {
        configs++
        t.doesNotThrow(() => parseConfig(c.text, c.where, { env: ENV }), `${c.where} is a valid sensor config`)
        const config = parseConfig(c.text, c.where, { env: ENV })
        t.equal(config.admin.listen.port, 9091, `${c.where}: the admin port the probes use`)
      }
      if (value.kind === 'Deployment') {
        const containers = asDoc(asDoc(asDoc(value.spec).template).spec).containers as Doc[]
        const sensor = containers.find((c) => String(c.image).includes('api-sessions'))!
        t.match(sensor, { readinessProbe: { httpGet: { path: '/readyz' } }, livenessProbe: { httpGet: { path: '/healthz' } }, resources: { requests: {}, limits: {} } }, `${file}: probes and resources`)
      }
    }
  }
  t.ok(configs >= 3, `${configs} embedded sensor configs checked`)
})

t.test('the Grafana dashboard only uses documented metrics', async (t) => {
  const dashboard = readFileSync(join(ROOT, 'grafana-dashboard.json'), 'utf8')
  const docs = readFileSync('docs/metrics.md', 'utf8')
  const used = new Set([...dashboard.matchAll(/apisess_[a-z_]+/g)].map((m) => m[0].replace(/_(bucket|sum|count)$/, '')))
  t.ok(used.size >= 6)
  for (const name of used) t.match(docs, `\`${name}\``, `${name} is documented`)
})
