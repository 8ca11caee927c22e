/**
 * The sensor under test, started programmatically in its own process. Records go to a sink that
 * only counts them (a Redis sink would measure Redis, not the proxy). Run by test/bench/run.ts;
 * by hand (e.g. to profile):
 *   node --cpu-prof test/bench/sensor.ts --upstream http://127.0.0.1:PORT [--variant plain] [--port N]
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
import { announce, lifecycle, loopbackUrl, requireArg } from './child.ts'
import { TEN_PARAMS } from './identify.ts'

const USAGE = 'node test/bench/sensor.ts --upstream http://127.0.0.1:PORT [--variant plain] [--port N]'

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
  /** issue 3's speed target: 10 traced parameters and 5 rules on every request */
  rules: (upstream, port) => ({ ...VARIANTS.plain!(upstream, port), ...TEN_PARAMS }),
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

const config = deepFreeze(configSchema.parse(variant(upstream, Number(values.port))))
const sink = new CountingSink()
const sensor = new Sensor({ config, sink, logger: createLogger(config.log.level), processMetrics: false })
const { proxy } = await sensor.start()
lifecycle(
  () => ({ ...sink.counts }),
  () => sensor.close(),
)
announce(proxy.port)
