/**
 * The plumbing every benchmark child shares: tell the parent the port once listening, answer its
 * `stats` question, and exit cleanly (so `--cpu-prof` gets written) when told to, when the parent
 * goes away, or on SIGINT/SIGTERM when run by hand.
 */
import { loopStats, sliceMark } from './loop-stats.ts'

/** Sensor variants (test/bench/sensor.ts) whose records go to a counting sink instead of the Redis writer. */
export const COUNTING_VARIANTS: ReadonlySet<string> = new Set(['counting'])

export interface ParentMessage {
  type: 'stats' | 'exit'
  /** BENCH_LOOP=1: this `stats` question opens or closes a measured slice of `label` (the scenario; for the upstream, the target and the scenario) (test/bench/loop-stats.ts) */
  window?: 'start' | 'end'
  label?: string
}

export interface ChildMessage {
  type: 'listening' | 'stats'
  port?: number
  stats?: Record<string, number>
}

/** Send `msg` to the parent, or print it when the child runs on its own (`node test/bench/x.ts`). */
function tell(msg: ChildMessage): void {
  if (process.send) process.send(msg)
  else console.log(JSON.stringify(msg))
}

export function announce(port: number): void {
  tell({ type: 'listening', port })
}

/**
 * Wire the life cycle: `stats()` answers the parent's question (with the process's CPU time so far,
 * `cpuUs`, its main thread's, `mainCpuUs`, and its RSS, `rss`, added); `close()` runs before exit, bounded
 * by `graceMs` so a stuck close never leaves an orphan process behind.
 */
export function lifecycle(stats: () => Record<string, number> | Promise<Record<string, number>>, close: () => unknown, graceMs = 2000): void {
  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    const timer = setTimeout(() => process.exit(0), graceMs)
    timer.unref()
    Promise.resolve()
      .then(close)
      .catch((err: unknown) => console.error(err))
      .finally(() => process.exit(0))
  }
  process.on('message', (msg: ParentMessage) => {
    if (msg.type === 'stats') {
      sliceMark(msg.window, msg.label)
      // the event loop's figures with the last answer only (every slice asks twice)
      const loop = msg.window === undefined ? loopStats() : {}
      const cpu = process.cpuUsage()
      const main = process.threadCpuUsage()
      const rss = process.memoryUsage.rss()
      void Promise.resolve(stats()).then((s) => tell({ type: 'stats', stats: { ...s, ...loop, cpuUs: cpu.user + cpu.system, mainCpuUs: main.user + main.system, rss } }))
    }
    else if (msg.type === 'exit') stop()
  })
  process.on('disconnect', stop)
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** A required `--name value` argument, else exit with a usage line. */
export function requireArg(value: string | undefined, name: string, usage: string): string {
  if (value === undefined || value === '') {
    console.error(`missing --${name}\nusage: ${usage}`)
    process.exit(2)
  }
  return value
}

/** Only loopback upstreams: the benchmark never sends load anywhere else. */
export function loopbackUrl(value: string): string {
  const url = new URL(value)
  if (url.hostname !== '127.0.0.1') {
    console.error(`refusing ${value}: the benchmark only targets 127.0.0.1`)
    process.exit(2)
  }
  return url.origin
}
