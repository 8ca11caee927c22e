/**
 * `api-sessions start --demo`: what the demo adds around the sensor. Before it starts: the demo API
 * (src/demo/upstream.ts, 127.0.0.1:3000 or --demo-port) and, when nothing answers at the config's
 * Redis, a private redis-server (src/demo/redis.ts). Once it listens: the demo traffic
 * (src/demo/traffic.ts, unless --demo-traffic=off), a wait until its records are in Redis, and
 * where to look. The demo config (config/sensor.yaml) takes both addresses from UPSTREAM_URL and
 * REDIS_URL, which the demo sets when they are not set already.
 */
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import { relative } from 'node:path'
import { loadConfig } from '../config/load.ts'
import type { Config } from '../config/schema.ts'
import { SensorError } from '../errors.ts'
import { redisAnswers, startPrivateRedis, type PrivateRedis } from './redis.ts'
import { runDemoTraffic, type TrafficSummary } from './traffic.ts'
import { startDemoApi } from './upstream.ts'

export const DEMO_API_PORT = 3000

export interface DemoOptions {
  /** the config file `start` was given */
  file: string
  /** the demo API's port on 127.0.0.1 (0: any free one) */
  port: number
  /** send the demo traffic once the sensor listens */
  traffic: boolean
  /** the environment the config is interpolated from (UPSTREAM_URL, REDIS_URL are set in it) */
  env: NodeJS.ProcessEnv
  /** where the demo's own lines go (stderr; stdout carries the sensor's JSON log) */
  write(line: string): void
}

export interface SensorPorts {
  proxy: AddressInfo
  admin: AddressInfo
  console?: AddressInfo
}

export interface Demo {
  /** the demo API's URL */
  readonly api: string
  /** the private Redis the demo started, if it did */
  readonly redis: string | undefined
  /** After the sensor listens: the traffic, a wait for its records, then where to look. Never throws. */
  started(ports: SensorPorts, config: Readonly<Config>): Promise<TrafficSummary | undefined>
  close(): Promise<void>
}

/** Starts what the demo needs before the sensor; throws SensorError (LISTEN_FAILED) when the demo API's port is taken. */
export async function prepareDemo(options: DemoOptions): Promise<Demo> {
  const { env } = options
  const write = (line: string): void => options.write(line)
  let server: http.Server
  let api: string
  try {
    ;({ server, url: api } = await startDemoApi(options.port))
  } catch (err) {
    throw new SensorError('LISTEN_FAILED', `127.0.0.1:${options.port} (the demo API): ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      cause: err,
      details: ['choose another port for it with --demo-port (0: any free port)'],
    })
  }
  write(`demo API on ${api}`)
  if (env.UPSTREAM_URL === undefined || env.UPSTREAM_URL === '') env.UPSTREAM_URL = api
  // the demo's traffic and its summary follow one process
  env.WORKERS ??= '1'

  let redis: PrivateRedis | undefined
  const config = loadConfig(options.file, { env })
  if (config.redis.cluster === undefined && !(await redisAnswers(config.redis.url))) {
    if (env.REDIS_URL === undefined || env.REDIS_URL === '') redis = await startPrivateRedis()
    if (redis !== undefined) {
      env.REDIS_URL = redis.url
      if (loadConfig(options.file, { env }).redis.url === redis.url) {
        write(`no Redis answers at ${config.redis.url}: started a private redis-server at ${redis.url} (in memory; it stops with the demo)`)
      } else {
        // a config that does not read REDIS_URL
        await redis.stop()
        redis = undefined
      }
    }
    if (redis === undefined) {
      write(
        `no Redis answers at ${config.redis.url}: the sensor proxies, but keeps no records and the console stays empty. ` +
          'Start one (apt-get install redis-server, or docker run -p 6379:6379 redis), or set REDIS_URL',
      )
    }
  }

  const close = async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    await redis?.stop()
  }

  return {
    api,
    redis: redis?.url,
    close,
    async started(ports, config) {
      const proxy = `http://${loopback(ports.proxy)}`
      let summary: TrafficSummary | undefined
      if (options.traffic) {
        try {
          summary = await runDemoTraffic({ proxy })
          await recordsWritten(`http://${loopback(ports.admin)}/metrics`, summary.requests)
        } catch (err) {
          write(`the demo traffic stopped: ${err instanceof Error ? err.message : String(err)}`)
        }
      }
      for (const line of whereToLook(ports, config, summary, redis?.url, options.file)) write(line)
      return summary
    },
  }
}

/** host:port to reach a listening address from this machine (a wildcard address is reached on loopback). */
function loopback(a: AddressInfo): string {
  if (a.address === '0.0.0.0' || a.address === '::' || a.address === '') return `127.0.0.1:${a.port}`
  return a.family === 'IPv6' ? `[${a.address}]:${a.port}` : `${a.address}:${a.port}`
}

/**
 * Waits (at most 10 s) until the writer has handled `records` records, written or dropped, as the
 * admin port's metrics count them: the console then shows the traffic's sessions.
 */
async function recordsWritten(metricsUrl: string, records: number): Promise<void> {
  const deadline = Date.now() + 10_000
  const sum = (text: string, name: string) => {
    let n = 0
    for (const m of text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+(?:\\.\\d+)?(?:e\\+\\d+)?)$`, 'gm'))) n += Number(m[1])
    return n
  }
  while (Date.now() < deadline) {
    const text = await fetch(metricsUrl, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.text(),
      () => '',
    )
    if (sum(text, 'apisess_records_written_total') + sum(text, 'apisess_records_dropped_total') >= records) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The lines that tell a newcomer where to look. */
export function whereToLook(ports: SensorPorts, config: Readonly<Config>, summary: TrafficSummary | undefined, privateRedis: string | undefined, file = 'config/sensor.yaml'): string[] {
  // on a system node older than 24 the CLI needs the Node that npm ci put in node_modules
  const here = relative(process.cwd(), process.argv[1] ?? 'dist/cli.js') || 'dist/cli.js'
  const cli = `${/[\\/]node_modules[\\/]/.test(process.execPath) ? 'npx node' : 'node'} ${here.startsWith('..') ? process.argv[1] : here}`
  const env = privateRedis === undefined ? '' : `REDIS_URL=${privateRedis} `
  const proxy = loopback(ports.proxy)
  const lines = ['']
  if (summary !== undefined) {
    lines.push(
      `api-sessions demo: ${summary.requests} requests from ${summary.clients} clients went through the sensor in ${(summary.ms / 1000).toFixed(1)} s:`,
      '  alice, bob and carol logged in and browsed (alice from two IPs), an anonymous visitor logged in as dave,',
      '  a crawler (Nikto), a scraper, a credential-stuffing run and a handful of attacks.',
    )
    if (summary.failed > 0) lines.push(`  (${summary.failed} requests got no answer)`)
  }
  const token = config.console.tokens[0]
  if (ports.console !== undefined && token !== undefined) {
    const shown = token.token === 'demo-console-token' ? token.token : `the token of "${token.name}" (CONSOLE_TOKEN)`
    lines.push(`  console   http://${loopback(ports.console)}/   token: ${shown}`)
  } else {
    lines.push('  console   off (console.enabled, console.tokens)')
  }
  lines.push(
    // tail reads the same config's redis section (its prefix): a config other than the default is named
    `  records   ${env}${cli} tail${file === 'config/sensor.yaml' ? '' : ` -c ${/^[\w./@:+-]+$/.test(file) ? file : `'${file.replace(/'/g, "'\\''")}'`}`} --follow`,
    `  metrics   curl -s http://${loopback(ports.admin)}/metrics | grep apisess_`,
    `  try       curl -i http://${proxy}/api/products/7`,
    `            curl -i -X POST http://${proxy}/api/login -H 'content-type: application/json' -d '{"username":"alice"}'`,
    'Ctrl-C stops the demo.',
  )
  return lines
}
