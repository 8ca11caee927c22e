/**
 * The sensor under test, started programmatically in its own process. With `--redis URL` its
 * records go to the real Redis writer, as a user runs it (the `counting` variant keeps a sink that
 * only counts them: the proxy's price without the writer's). Run by test/bench/run.ts; by hand
 * (e.g. to profile):
 *   node --cpu-prof test/bench/sensor.ts --upstream http://127.0.0.1:PORT [--redis redis://127.0.0.1:6379] [--variant plain] [--port N]
 * then load it and stop it with Ctrl-C (the profile is written on exit).
 *
 * `--variant` picks the config: add an entry to VARIANTS for a new scenario (a 10-parameter rule
 * set, OpenAPI matching, ...) and name it in BENCH_SENSOR_VARIANTS for run.ts.
 */
import { parseArgs } from 'node:util'
import { Sensor } from '../../src/sensor.ts'
import { configSchema, type ConfigInput } from '../../src/config/schema.ts'
import { deepFreeze } from '../../src/config/load.ts'
import { createLogger } from '../../src/log.ts'
import type { RecordSink } from '../../src/sink/sink.ts'
import type { RequestRecord } from '../../src/capture/record.ts'
import { COUNTING_VARIANTS, announce, lifecycle, loopbackUrl, requireArg } from './child.ts'
import { LOOP_STATS, timed } from './loop-stats.ts'
import { RedisSink } from '../../src/sink/redis-sink.ts'
import { TEN_PARAMS } from './identify.ts'
import { FLOWS, benchSpec } from './insight.ts'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const USAGE = 'node test/bench/sensor.ts --upstream http://127.0.0.1:PORT [--redis URL] [--variant plain] [--port N]'

type Variant = (upstream: string, port: number) => ConfigInput

/** The sensor configs a benchmark can run, by name. */
export const VARIANTS: Record<string, Variant> = {
  /** one application, default settings: the bare proxy + record path */
  plain: (upstream, port) => ({
    listen: { host: '127.0.0.1', port },
    admin: { listen: { host: '127.0.0.1', port: 0 } },
    applications: [{ name: 'bench', hosts: ['localhost'], upstream }],
    defaultApplication: 'bench',
    hashKey: 'bench-only-hash-key-not-a-secret', // as in production: no "random key" warning
    log: { level: 'warn' },
  }),
  /** the plain config with the Redis writer in a worker thread (buffer.thread, experimental) */
  thread: (upstream, port) => ({ ...VARIANTS.plain!(upstream, port), buffer: { thread: true } }),
  // (issue 15) the writer's batch before its default became 100, and a smaller one
  batch500: (upstream, port) => ({ ...VARIANTS.plain!(upstream, port), buffer: { batch: 500 } }),
  batch50: (upstream, port) => ({ ...VARIANTS.plain!(upstream, port), buffer: { batch: 50 } }),
  /** the plain config with the counting sink: what the Redis writer costs, by difference */
  counting: (upstream, port) => VARIANTS.plain!(upstream, port),
  /**
   * the plain config, its writer's script calls answered by stub scripts (`STUB_WINDOWS`,
   * `STUB_WRITE`): the same keys and arguments over the wire, the same work in the sensor, but
   * next to none in Redis (nothing stored): Redis's own CPU taken out of the comparison
   */
  stub: (upstream, port) => VARIANTS.plain!(upstream, port),
  /** the plain config with Redis unreachable (run.ts passes a closed port): what an outage costs */
  'redis-down': (upstream, port) => ({ ...VARIANTS.plain!(upstream, port), log: { level: 'error' } }), // its "redis unavailable" warnings would fill the report
  /** issue 3's speed target: 10 traced parameters and 5 rules on every request */
  rules: (upstream, port) => ({ ...VARIANTS.plain!(upstream, port), ...TEN_PARAMS }),
  /** recording with 10 parameters and 5 rules, no insight (no attack detection, no abuse): what `full` adds insight to */
  recorded: (upstream, port) => ({ ...VARIANTS.plain!(upstream, port), ...TEN_PARAMS, insight: { attacks: false, abuse: { enabled: false } } }),
  /** proxying only: nothing monitored, so nothing recorded or analysed (issue 6's baseline) */
  proxy: (upstream, port) => ({ ...VARIANTS.plain!(upstream, port), monitor: { all: false, targets: [] } }),
  /** everything on: 10 parameters and 5 rules, an OpenAPI spec of 60 paths, flows, attack and abuse detection */
  full: (upstream, port) => {
    const plain = VARIANTS.plain!(upstream, port)
    return { ...plain, ...TEN_PARAMS, ...FLOWS, applications: [{ ...plain.applications[0]!, openapi: specFile() }] }
  },
  /** everything on but request bodies not looked at (`insight.maxInspectBytes: 0`): what inspecting bodies costs */
  'full-no-body': (upstream, port) => ({ ...VARIANTS.full!(upstream, port), insight: { maxInspectBytes: 0 } }),
}

/** a session id per record (its key hash, the 1st of its 3 arguments after the 3 of the head), no session closed */
const STUB_WINDOWS = `local s = {}
for i = 4, #ARGV, 3 do s[#s + 1] = ARGV[i] end
return {s, {}}`
/** no abuse kind found */
const STUB_WRITE = 'return {0}'

let spec: string | undefined
/** the bench spec, written once to a temporary file removed at exit */
function specFile(): string {
  if (spec === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'apisess-bench-'))
    spec = join(dir, 'spec.yaml')
    writeFileSync(spec, benchSpec())
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  }
  return spec
}

/** Discards every record, counting them by outcome so the parent can check nothing is lost. */
class CountingSink implements RecordSink {
  readonly counts: Record<string, number> = { records: 0 }
  push(record: RequestRecord): void {
    this.counts.records!++
    this.counts[record.outcome] = (this.counts[record.outcome] ?? 0) + 1
  }
  async close(): Promise<void> {}
}

const { values } = parseArgs({
  options: {
    upstream: { type: 'string' },
    redis: { type: 'string' },
    variant: { type: 'string', default: process.env.BENCH_SENSOR_VARIANT ?? 'plain' },
    port: { type: 'string', default: '0' },
  },
})
const upstream = loopbackUrl(requireArg(values.upstream, 'upstream', USAGE))
const variant = VARIANTS[values.variant]
if (variant === undefined) {
  console.error(`unknown --variant ${values.variant} (one of: ${Object.keys(VARIANTS).join(', ')})`)
  process.exit(2)
}
const counting = COUNTING_VARIANTS.has(values.variant) || values.redis === undefined
if (values.redis !== undefined && new URL(values.redis).hostname !== '127.0.0.1') {
  console.error(`refusing --redis ${values.redis}: the benchmark only uses 127.0.0.1`)
  process.exit(2)
}
const redis = counting ? {} : { redis: { url: values.redis! } }

const config = deepFreeze(configSchema.parse({ ...variant(upstream, Number(values.port)), ...redis }))
const sink = counting ? new CountingSink() : undefined
const sensor = new Sensor({ config, ...(sink ? { sink } : {}), logger: createLogger(config.log.level), processMetrics: false })
const { proxy } = await sensor.start()
if (values.variant === 'stub') stubScripts()
if (LOOP_STATS) timeWriter()
const sinkMetrics = sensor.metrics.sink
const bufferedNow = async () => (await sinkMetrics.buffered.get()).values.reduce((n, v) => n + v.value, 0)
// whether the writer keeps up with the proxy: the most records it ever held back (sampled every 100 ms)
let peakBuffered = 0
if (!counting) {
  setInterval(() => {
    bufferedNow().then((n) => { peakBuffered = Math.max(peakBuffered, n) }, () => {})
  }, 100).unref()
}
lifecycle(
  async () =>
    sink
      ? { ...sink.counts }
      : {
          written: (await sinkMetrics.written.get()).values.reduce((n, v) => n + v.value, 0),
          dropped: (await sinkMetrics.dropped.get()).values.reduce((n, v) => n + v.value, 0),
          buffered: await bufferedNow(),
          peakBuffered,
        },
  () => sensor.close(),
)
announce(proxy.port)

/**
 * BENCH_LOOP=1: the writer's synchronous chunks, timed per call: the insight stage's drain (a turn's
 * records analysed, then bounded, packed and serialised by the sink's push), the sink's push alone,
 * and each script call's hand-over to ioredis (building the command and writing it to the socket).
 */
function timeWriter(): void {
  const stage = sensor.insight
  stage.drain = timed('insight-drain', stage.drain.bind(stage))
  const sink = sensor.sink
  if (!(sink instanceof RedisSink)) return
  sink.push = timed('sink-push', sink.push.bind(sink))
  const client = sink.client
  client.apisessWindows = timed('ioredis-window-call', client.apisessWindows.bind(client))
  client.apisessWrite = timed('ioredis-write-call', client.apisessWrite.bind(client))
}

/** The `stub` variant: the writer's two script calls go to scripts that store nothing and answer at once. */
function stubScripts(): void {
  const sink = sensor.sink
  if (!(sink instanceof RedisSink)) throw new Error('the stub variant needs Redis')
  const client = sink.client as typeof sink.client & { benchStubWindows: typeof sink.client.apisessWindows; benchStubWrite: typeof sink.client.apisessWrite }
  client.defineCommand('benchStubWindows', { lua: STUB_WINDOWS })
  client.defineCommand('benchStubWrite', { lua: STUB_WRITE })
  client.apisessWindows = client.benchStubWindows.bind(client)
  client.apisessWrite = client.benchStubWrite.bind(client)
}
