/**
 * Every shipped recipe in config/deploy/, checked as far as this machine allows without a container
 * engine or a cluster: Kubernetes manifests against the Kubernetes types (kubernetes-models: the API's
 * JSON Schema for types, enums and required fields; its TypeScript interfaces for unknown fields),
 * the pod-level rules a kubelet applies (runAsNonRoot with the image's non-numeric USER), drains,
 * every sensor config through the real `check-config` with the environment the recipe gives it,
 * published ports that something listens on, and a sizing line in each recipe that matches
 * docs/sizing.md. The systemd unit's install steps run in install.test.ts.
 */
import t from 'tap'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { parseAllDocuments } from 'yaml'
import { Deployment } from 'kubernetes-models/apps/v1/Deployment'
import { Service } from 'kubernetes-models/v1/Service'
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap'
import { Secret } from 'kubernetes-models/v1/Secret'
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget'
import { parseConfig } from '../../src/config/load.ts'

const ROOT = 'config/deploy'
const ENV = { UPSTREAM_URL: 'http://127.0.0.1:3000', REDIS_URL: 'redis://127.0.0.1:6379', SENSOR_HASH_KEY: 'a-long-enough-test-key', CONSOLE_TOKEN: 'a-console-token-000' }

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

type Doc = Record<string, unknown>
const asDoc = (v: unknown): Doc => (v !== null && typeof v === 'object' ? (v as Doc) : {})
const asList = (v: unknown): Doc[] => (Array.isArray(v) ? (v as Doc[]) : [])

/** Every sensor config a deployment example carries: ConfigMap data, compose configs. */
function sensorConfigs(file: string, doc: Doc): { where: string; name: string; text: string }[] {
  const out: { where: string; name: string; text: string }[] = []
  if (doc.kind === 'ConfigMap') {
    for (const [k, v] of Object.entries(asDoc(doc.data))) if (k.endsWith('.yaml')) out.push({ where: `${file} ConfigMap ${String(asDoc(doc.metadata).name)}/${k}`, name: String(asDoc(doc.metadata).name), text: String(v) })
  }
  for (const [name, c] of Object.entries(asDoc(doc.configs))) {
    // compose turns $$ into $: the sensor then reads ${VAR} itself
    if (typeof asDoc(c).content === 'string') out.push({ where: `${file} configs.${name}`, name, text: String(asDoc(c).content).replaceAll('$$', '$') })
  }
  return out
}

const kubeDocs = files(join(ROOT, 'kubernetes')).flatMap((file) => parseAllDocuments(readFileSync(file, 'utf8')).map((d) => ({ file, doc: asDoc(d.toJS()) })))
const kubeConfigs = new Map(kubeDocs.flatMap(({ file, doc }) => sensorConfigs(file, doc).map((c) => [c.name, parseConfig(c.text, c.where, { env: ENV })] as const)))
const compose = asDoc(parseAllDocuments(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'))[0]!.toJS())

t.test('every deployment example parses, and the sensor configs inside pass the real validator', async (t) => {
  let configs = 0
  for (const file of files(ROOT)) {
    const text = readFileSync(file, 'utf8')
    if (file.endsWith('.service')) {
      t.match(text, /^ExecStart=\/opt\/api-sessions\/bin\/node \/opt\/api-sessions\/lib\/node_modules\/api-sessions\/dist\/cli\.js start -c /m, `${file} starts the installed CLI with its own Node 24`)
      for (const option of ['DynamicUser=yes', 'ProtectSystem=strict', 'NoNewPrivileges=yes', 'ProtectHome=yes', 'PrivateTmp=yes']) t.match(text, new RegExp(`^${option}$`, 'm'), `${file}: ${option}`)
      continue
    }
    if (file.endsWith('.sh')) continue
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
        const containers = asList(asDoc(asDoc(asDoc(value.spec).template).spec).containers)
        const sensor = containers.find((c) => String(c.image).includes('api-sessions'))!
        t.match(sensor, { readinessProbe: { httpGet: { path: '/readyz' } }, livenessProbe: { httpGet: { path: '/healthz' } }, resources: { requests: {}, limits: {} } }, `${file}: probes and resources`)
      }
    }
  }
  t.ok(configs >= 3, `${configs} embedded sensor configs checked`)
})

/** The model of a manifest in kubernetes-models, by apiVersion and kind: its class and its module (for its interface). */
const MODELS: Record<string, { model: new (data: never) => { validate(): void }; module: string }> = {
  'apps/v1 Deployment': { model: Deployment, module: 'kubernetes-models/apps/v1/Deployment' },
  'v1 Service': { model: Service, module: 'kubernetes-models/v1/Service' },
  'v1 ConfigMap': { model: ConfigMap, module: 'kubernetes-models/v1/ConfigMap' },
  'v1 Secret': { model: Secret, module: 'kubernetes-models/v1/Secret' },
  'policy/v1 PodDisruptionBudget': { model: PodDisruptionBudget, module: 'kubernetes-models/policy/v1/PodDisruptionBudget' },
}

/** TypeScript's excess-property check of each manifest against its interface: the unknown fields a strict apply refuses. */
function unknownFields(dir: string, docs: { name: string; doc: Doc }[]): string[] {
  const lines = docs.map(({ doc }, i) => {
    const { module } = MODELS[`${String(doc.apiVersion)} ${String(doc.kind)}`]!
    return `import type { I${String(doc.kind)} as T${i} } from '${module}'\nexport const d${i} = ${JSON.stringify(doc)} satisfies T${i}`
  })
  const file = join(dir, 'manifests.ts')
  writeFileSync(file, lines.join('\n'))
  const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 })
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0
    return `${docs[line >> 1]?.name ?? '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`
  })
}

t.test('Kubernetes manifests: the API types (schema, required fields, enums) and no unknown field', async (t) => {
  for (const { file, doc } of kubeDocs) {
    const known = MODELS[`${String(doc.apiVersion)} ${String(doc.kind)}`]
    if (!t.ok(known, `${file}: ${String(doc.kind)} is a known kind`)) continue
    t.doesNotThrow(() => new known!.model(doc as never).validate(), `${file} ${String(doc.kind)} ${String(asDoc(doc.metadata).name)} passes the Kubernetes schema`)
  }
  const named = kubeDocs.map(({ file, doc }) => ({ name: `${file} ${String(doc.kind)}`, doc }))
  t.same(unknownFields(t.testdir({}), named), [], 'no field the API does not know')
  // the check sees what it must: runAsUser at the container's level (where the kubelet ignores it)
  const wrong = structuredClone(named.find((d) => d.doc.kind === 'Deployment')!)
  asList(asDoc(asDoc(asDoc(wrong.doc.spec).template).spec).containers)[0]!.runAsUser = 1000
  t.match(unknownFields(t.testdir({}), [wrong]), [/runAsUser.* does not exist in type 'IContainer'/], 'a misplaced field is caught')
})

/** seconds of a `sleep N` preStop */
const preStopSleep = (c: Doc): number | undefined => {
  const command = asDoc(asDoc(asDoc(asDoc(c.lifecycle).preStop).exec)).command as string[] | undefined
  return command?.[0] === 'sleep' ? Number(command[1]) : undefined
}

t.test('Kubernetes pods: non-root as the image user, a preStop before the drain, the grace period covers both, ports that listen', async (t) => {
  const dockerfile = readFileSync('Dockerfile', 'utf8')
  t.match(dockerfile, /^USER node$/m, 'the image runs as the user named node (uid 1000 in the node images)')
  for (const { file, doc } of kubeDocs.filter((d) => d.doc.kind === 'Deployment')) {
    const pod = asDoc(asDoc(asDoc(doc.spec).template).spec)
    const volumes = new Map(asList(pod.volumes).map((v) => [String(v.name), String(asDoc(v.configMap).name)]))
    for (const c of asList(pod.containers).filter((c) => String(c.image).includes('api-sessions'))) {
      const where = `${file} ${String(c.name)}`
      const sc = { ...asDoc(pod.securityContext), ...asDoc(c.securityContext) }
      t.equal(sc.runAsNonRoot, true, `${where}: runAsNonRoot`)
      // USER node is a name: the kubelet refuses runAsNonRoot unless it is given a numeric user
      t.equal(sc.runAsUser, 1000, `${where}: a numeric runAsUser (the image's node user)`)
      t.equal(sc.readOnlyRootFilesystem, true, `${where}: read-only root`)
      const args = c.args as string[]
      const configName = volumes.get(String(asList(c.volumeMounts).find((m) => args.includes(`${String(m.mountPath)}/sensor.yaml`))?.name))
      const config = kubeConfigs.get(configName!)
      if (!t.ok(config, `${where}: its config is a ConfigMap of the recipes`)) continue
      const ports = asList(c.ports).map((p) => Number(p.containerPort))
      if (args[0] === 'start') {
        t.same(ports.sort(), [config!.listen.port, config!.admin.listen.port].sort(), `${where}: the container ports are the proxy and admin ports of its config`)
        const sleep = preStopSleep(c)
        t.ok(sleep !== undefined && sleep >= 3, `${where}: a preStop sleep lets the endpoints drop the pod before the drain`)
        t.ok(Number(pod.terminationGracePeriodSeconds) >= (sleep ?? 0) + config!.timeouts.shutdown / 1000 + 5, `${where}: terminationGracePeriodSeconds (${String(pod.terminationGracePeriodSeconds)}) >= preStop + timeouts.shutdown + 5 s`)
        t.equal(config!.console.enabled && config!.console.tokens.length > 0, false, `${where}: the sensors leave the console to its own Deployment`)
      } else {
        t.equal(args[0], 'console', `${where}: the other command is the console`)
        t.same(ports, [config!.console.listen.port], `${where}: its port is console.listen`)
        t.ok(config!.console.tokens.length > 0, `${where}: with tokens`)
        t.equal(config!.console.listen.host, '0.0.0.0', `${where}: reachable from its Service`)
      }
    }
  }
  const secret = kubeDocs.find((d) => d.doc.kind === 'Secret')!.doc
  const texts = kubeDocs.map((d) => JSON.stringify(d.doc)).join('\n')
  for (const name of Object.keys(asDoc(secret.stringData))) t.match(texts, `\${${name}}`, `the Secret's ${name} is used by a config`)
})

/** compose's ${VAR:-default} with the variable unset: its default */
const composeEnv = (env: Doc): Record<string, string> => Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]))

t.test('compose: every service config passes check-config with the environment compose gives it; published ports serve something', async (t) => {
  const dir = t.testdir({})
  const services = asDoc(compose.services)
  const contents = new Map(sensorConfigs('docker-compose.yml', compose).map((c) => [c.name, c.text]))
  let checked = 0
  for (const [name, service] of Object.entries(services).map(([n, s]) => [n, asDoc(s)] as const)) {
    const configs = asList(service.configs)
    const ports = (service.ports as string[] | undefined ?? []).map((p) => Number(p.split(':').at(-1)))
    if (configs.length === 0) continue
    const file = join(dir, `${name}.yaml`)
    writeFileSync(file, contents.get(String(configs[0]!.source))!)
    const env = composeEnv(asDoc(service.environment))
    const run = spawnSync(process.execPath, ['src/cli.ts', 'check-config', '-c', file], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } })
    t.equal(run.status, 0, `${name}: check-config accepts its config (${run.stderr.trim()})`)
    t.match(run.stdout, /is valid; effective config/)
    checked++
    const config = parseConfig(contents.get(String(configs[0]!.source))!, name, { env })
    const command = service.command as string[]
    const listening = command[0] === 'console' ? [config.console.listen.port] : [config.listen.port, config.admin.listen.port]
    for (const port of ports) t.ok(listening.includes(port), `${name}: published port ${port} is one it listens on (${listening.join(', ')})`)
    if (command[0] === 'start') t.equal(config.console.enabled, false, `${name}: the console runs as its own service`)
    if (command[0] === 'console') t.ok(config.console.tokens.length > 0 && config.console.listen.host === '0.0.0.0', `${name}: tokens, and reachable through its published port`)
  }
  t.equal(checked, 2, 'the sensor and the console')
  t.ok(Object.values(services).some((s) => (asDoc(s).command as string[] | undefined)?.[0] === 'console'), 'a console service')
})

/** docs/sizing.md's Redis memory per record, in bytes. */
function sizingBytes(): number {
  const m = /Redis memory per record \| \*\*~([\d,]+) B\*\*/.exec(readFileSync('docs/sizing.md', 'utf8'))
  return Number(m![1]!.replaceAll(',', ''))
}

const SIZING = /sizing \(docs\/sizing\.md\): ~([\d,]+) B of Redis memory per record: ([\d,]+) req\/s for (\d+) days ≈ ([\d.]+) GiB/

t.test('each recipe states its Redis sizing as docs/sizing.md computes it', async (t) => {
  const bytes = sizingBytes()
  const recipes = [join(ROOT, 'systemd/api-sessions.service'), join(ROOT, 'docker-compose.yml'), join(ROOT, 'kubernetes/configmap.yaml'), join(ROOT, 'kubernetes/sidecar.yaml')]
  for (const file of recipes) {
    const text = readFileSync(file, 'utf8')
    const m = SIZING.exec(text)
    if (!t.ok(m, `${file} has a sizing line`)) continue
    const [, perRecord, rate, days, gib] = m!.map((x) => Number(x.replaceAll(',', ''))) as [number, number, number, number, number]
    t.equal(perRecord, bytes, `${file}: the per-record figure of docs/sizing.md`)
    const computed = (rate * days * 86_400 * bytes) / 2 ** 30
    t.ok(Math.abs(computed - gib) < 0.05, `${file}: ${rate} req/s × ${days} days × ${bytes} B = ${computed.toFixed(2)} GiB (says ${gib})`)
    const configs = parseAllDocuments(text).flatMap((d) => sensorConfigs(file, asDoc(d.toJS()))).map((c) => parseConfig(c.text, c.where, { env: ENV }))
    for (const c of configs) {
      t.equal(Math.max(c.session.retention, c.redis.feedRetention), days * 86_400_000, `${file}: the retention it sizes for is the config's`)
    }
    if (file.endsWith('docker-compose.yml')) {
      const command = asDoc(asDoc(compose.services).redis).command as string[]
      const maxmemory = command[command.indexOf('--maxmemory') + 1]!
      const held = Number(/^(\d+)gb$/.exec(maxmemory)![1]) * 2 ** 30
      t.ok(held >= gib * 2 ** 30, `compose: Redis maxmemory ${maxmemory} holds the ${gib} GiB`)
      t.equal(command[command.indexOf('--appendonly') + 1], 'yes', 'compose: Redis keeps its data (append-only file)')
      t.match(asDoc(asDoc(compose.services).redis).volumes, ['redis-data:/data'], 'compose: on a volume')
    }
  }
})

t.test('the Grafana dashboard only uses documented metrics', async (t) => {
  const dashboard = readFileSync(join(ROOT, 'grafana-dashboard.json'), 'utf8')
  const docs = readFileSync('docs/metrics.md', 'utf8')
  const used = new Set([...dashboard.matchAll(/apisess_[a-z_]+/g)].map((m) => m[0].replace(/_(bucket|sum|count)$/, '')))
  t.ok(used.size >= 6)
  for (const name of used) t.match(docs, `\`${name}\``, `${name} is documented`)
})
