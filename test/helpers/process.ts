/** A real sensor process (`node src/cli.ts start -c FILE`) whose JSON log lines can be awaited; stopped in teardown. */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import type { Tap } from './sensor.ts'

/** A config file's text for a sensor process on loopback ports 0 with one application "shop" for *.test; `extra` is more YAML. */
export function processConfig(upstream: string, redis: string, hashKey: string, extra = ''): string {
  return `
listen: { host: 127.0.0.1, port: 0 }
admin: { listen: { host: 127.0.0.1, port: 0 } }
applications: [{ name: shop, hosts: ["*.test"], upstream: "${upstream}" }]
defaultApplication: shop
hashKey: ${hashKey}
redis: { url: "${redis}" }
log: { level: info }
${extra}`
}

export type LogLine = Record<string, unknown> & { msg?: string }

export interface SensorProcess {
  child: ChildProcess
  /** http://host:port of the proxy */
  url: string
  /** the next log line (from now on) that passes `test` */
  waitLog(test: (line: LogLine) => boolean): Promise<LogLine>
  /** an earlier line that passed `test`, if any */
  seen(test: (line: LogLine) => boolean): LogLine | undefined
  /** every line so far */
  readonly lines: readonly LogLine[]
  /** every line so far that passed `test` */
  all(test: (line: LogLine) => boolean): LogLine[]
  /** whether the process is still running */
  alive(): boolean
}

export async function startSensorProcess(t: Tap, file: string, env: Record<string, string> = {}): Promise<SensorProcess> {
  const child = spawn(process.execPath, ['src/cli.ts', 'start', '-c', file], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } })
  t.teardown(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await once(child, 'exit')
    }
  })
  const lines: LogLine[] = []
  const waiters: { test: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = []
  createInterface({ input: child.stdout }).on('line', (text) => {
    const line = JSON.parse(text) as LogLine
    lines.push(line)
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i]!.test(line)) waiters.splice(i, 1)[0]!.resolve(line)
    }
  })
  const exited = once(child, 'exit').then(() => {
    throw new Error('the sensor exited')
  })
  const waitLog = (test: (line: LogLine) => boolean) => Promise.race([new Promise<LogLine>((resolve) => waiters.push({ test, resolve })), exited])
  const listening = await waitLog((l) => l.msg === 'api-sessions listening')
  return {
    child,
    url: `http://${String(listening.proxy)}`,
    waitLog,
    seen: (test) => lines.find(test),
    all: (test) => lines.filter(test),
    alive: () => child.exitCode === null && child.signalCode === null,
    lines,
  }
}
