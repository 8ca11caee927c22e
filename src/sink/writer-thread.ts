/**
 * The writer thread of `buffer.thread: true` (src/sink/thread-sink.ts): the inline Redis writer
 * (RedisSink) with its own ioredis client, fed packed records by the proxy's thread. Its metrics are
 * recorded, not registered: their changes go back to the proxy's thread with every report.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { Config } from '../config/schema.ts'
import { createLogger } from '../log.ts'
import { layoutOf } from '../redis/layout.ts'
import { createRedisClient } from './redis-client.ts'
import { RedisSink, type SinkMetrics } from './redis-sink.ts'
import { RECORD_STRIDE, type FromWriter, type MetricOp, type ToWriter } from './thread-sink.ts'

const REPORT_EVERY_MS = 250
const port = parentPort!
const config = (workerData as { config: Config }).config

/** changes since the last report: gauges their last value, counters their sum, observations each */
let ops = new Map<string, MetricOp>()
let observed: MetricOp[] = []

function recorder(name: keyof SinkMetrics): unknown {
  const key = (labels: Record<string, string> | null) => (labels === null ? name : `${name}\0${JSON.stringify(labels)}`)
  const split = (a: unknown, b: unknown): [Record<string, string> | null, number | undefined] => (typeof a === 'object' && a !== null ? [a as Record<string, string>, b as number | undefined] : [null, a as number | undefined])
  return {
    set(a: unknown, b?: unknown) {
      const [labels, v] = split(a, b)
      ops.set(key(labels), [name, 's', labels, v ?? 0])
    },
    inc(a?: unknown, b?: unknown) {
      const [labels, v] = split(a, b)
      const k = key(labels)
      const was = ops.get(k)
      ops.set(k, [name, 'i', labels, (was?.[3] ?? 0) + (v ?? 1)])
    },
    observe(v: number) {
      observed.push([name, 'o', null, v])
    },
  }
}
const NAMES = ['buffered', 'bufferedBytes', 'written', 'dropped', 'flushes', 'flushSeconds', 'redisUp', 'shardUp', 'shardFailures', 'shardWriteAge', 'sessionsClosed', 'attacks'] as const satisfies readonly (keyof SinkMetrics)[]
const metrics = Object.fromEntries(NAMES.map((n) => [n, recorder(n)])) as unknown as SinkMetrics

/** its log lines go to the proxy thread's logger (the process's one destination) */
const log = createLogger(config.log.level, {
  write(line: string) {
    const { level, msg, time: _t, svc: _s, pid: _p, hostname: _h, ...fields } = JSON.parse(line) as Record<string, unknown>
    port.postMessage({ t: 'log', level: level as number, msg: typeof msg === 'string' ? msg : '', fields } satisfies FromWriter)
  },
})
const sink = new RedisSink(createRedisClient(config.redis), config, layoutOf(config.redis), log, metrics)

let took = 0
let tookBytes = 0
let scheduled = false
function report(): void {
  scheduled = false
  const msg: FromWriter = { t: 'stats', took, tookBytes, written: sink.writtenTotal, health: sink.health(), ops: [...ops.values(), ...observed] }
  took = 0
  tookBytes = 0
  ops = new Map()
  observed = []
  port.postMessage(msg)
}
function soon(): void {
  if (scheduled) return
  scheduled = true
  setImmediate(report)
}

sink.on('written', soon)
port.on('message', (m: ToWriter) => {
  if (m.t === 'records') {
    const b = Buffer.from(m.buf, 0, m.used)
    let at = 0
    const next = (): string | number => {
      if (b[at] === 1) {
        const v = b.readDoubleLE(at + 1)
        at += 9
        return v
      }
      const n = b.readUInt32LE(at + 1)
      const v = b.toString('utf8', at + 5, at + 5 + n)
      at += 5 + n
      return v
    }
    for (let i = 0; i < m.count; i++) {
      const kh = next() as string
      const handoff = next() as string
      const bytes = next() as number
      const fields = new Array<string | number>(RECORD_STRIDE - 3)
      for (let j = 0; j < fields.length; j++) fields[j] = next()
      sink.pushPacked({ kh, handoff, bytes, fields })
    }
    took += m.count
    tookBytes += m.bytes
    soon()
  } else if (m.t === 'abuse') {
    sink.configureAbuse(m.config)
  } else {
    clearInterval(timer)
    void sink.close(m.deadlineMs).finally(() => {
      report()
      port.close()
    })
  }
})
const timer = setInterval(report, REPORT_EVERY_MS)
sink.start()
