/** Test harness: a real sensor on loopback port 0 in front of real upstreams, closed in teardown. */
import { Writable } from 'node:stream'
import { configSchema, type Config, type ConfigInput } from '../../src/config/schema.ts'
import { deepFreeze } from '../../src/config/load.ts'
import { createLogger } from '../../src/log.ts'
import { Sensor } from '../../src/sensor.ts'
import { MemorySink } from '../../src/sink/sink.ts'
import type { RedisSink } from '../../src/sink/redis-sink.ts'

export interface Tap {
  teardown(fn: () => unknown): void
}

/** Everything the sensor logged, parsed. */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = []
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    for (const line of chunk.toString().split('\n')) if (line) this.lines.push(JSON.parse(line) as Record<string, unknown>)
    done()
  }
  find(msg: string): Record<string, unknown> | undefined {
    return this.lines.find((l) => l.msg === msg)
  }
}

export function testConfig(input: Partial<ConfigInput> & Pick<ConfigInput, 'applications'>): Readonly<Config> {
  return deepFreeze(
    configSchema.parse({
      listen: { host: '127.0.0.1', port: 0 },
      admin: { listen: { host: '127.0.0.1', port: 0 } },
      ...input,
    }),
  )
}

export interface TestSensor {
  sensor: Sensor
  sink: MemorySink
  logs: LogCapture
  /** http://127.0.0.1:PORT of the proxy */
  url: string
  port: number
  adminUrl: string
}

export async function startSensor(
  t: Tap,
  input: Partial<ConfigInput> & Pick<ConfigInput, 'applications'>,
  options: { configFile?: string; level?: string } = {},
): Promise<TestSensor> {
  const config = testConfig(input)
  const sink = new MemorySink()
  const logs = new LogCapture()
  const sensor = new Sensor({
    config,
    sink,
    logger: createLogger(options.level ?? 'debug', logs),
    processMetrics: false,
    ...(options.configFile ? { configFile: options.configFile } : {}),
  })
  const { proxy, admin } = await sensor.start()
  t.teardown(() => sensor.close())
  return { sensor, sink, logs, url: `http://127.0.0.1:${proxy.port}`, port: proxy.port, adminUrl: `http://127.0.0.1:${admin.port}` }
}

/** One application named "app" for any host, in front of `upstream`. */
export function oneApp(upstream: string, extra: Partial<ConfigInput> = {}): Partial<ConfigInput> & Pick<ConfigInput, 'applications'> {
  return { applications: [{ name: 'app', hosts: ['*.test'], upstream }], defaultApplication: 'app', ...extra }
}

/** A sensor with its real Redis writer (and console, when tokens are given), closed in teardown. */
export async function startRedisSensor(
  t: Tap,
  input: Partial<ConfigInput> & Pick<ConfigInput, 'applications'>,
  level = 'warn',
): Promise<{ sensor: Sensor; logs: LogCapture; sink: RedisSink; url: string; port: number; adminUrl: string; consoleUrl: string }> {
  const logs = new LogCapture()
  const sensor = new Sensor({ config: testConfig({ buffer: { flushEvery: '5ms' }, ...input }), logger: createLogger(level, logs), processMetrics: false })
  const a = await sensor.start()
  t.teardown(() => sensor.close())
  return {
    sensor,
    logs,
    sink: sensor.sink as RedisSink,
    url: `http://127.0.0.1:${a.proxy.port}`,
    port: a.proxy.port,
    adminUrl: `http://127.0.0.1:${a.admin.port}`,
    consoleUrl: a.console ? `http://127.0.0.1:${a.console.port}` : '',
  }
}
