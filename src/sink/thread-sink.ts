/**
 * `buffer.thread: true` (experimental, issue 15): the Redis writer (src/sink/redis-sink.ts: its
 * shards, batches, retries, sweeper and the ioredis client that sends the batch scripts) runs in a
 * worker thread (src/sink/writer-thread.ts). The proxy's thread bounds and packs each record (its
 * JSON made once, as inline) and hands the packed records over in batches: their UTF-8 bytes in an
 * ArrayBuffer transferred to the thread (every 256 records or 10 ms). docs/benchmarks.md ("Where the writer's microseconds go") says what it saves
 * and what it costs.
 *
 * Never blocking the proxy, and bounded: records handed over but not yet taken by the thread count
 * against a transfer budget (buffer.maxBytes, at most 16 MiB); beyond it, new records are dropped and
 * counted (`buffer_full`), as the inline buffer does. The thread's own buffer is the inline one,
 * bounded by buffer.maxBytes and buffer.maxRecords.
 *
 * Fail open: a thread that dies is started again (back-off 100 ms doubling to 5 s) and the log says
 * why; the records it held are counted as dropped (`writer_died`: those it had taken and not yet
 * reported written, an upper bound); records pushed meanwhile wait in the transfer budget.
 *
 * Metrics: the thread's writer updates a recording of the sink metrics, whose changes it posts back
 * (at most every 250 ms, and after every batch); this side applies them to the process's registry.
 * The proxy's thread keeps a Redis client of its own for the denylist, the exceptions, the descriptor
 * and the shared hashKey (RedisBackend).
 */
import { EventEmitter, once } from 'node:events'
import { Worker } from 'node:worker_threads'
import type { Cluster, Redis } from 'ioredis'
import type { Config } from '../config/schema.ts'
import { LOG_EVERY_MS, type Logger } from '../log.ts'
import type { RequestRecord } from '../capture/record.ts'
import { boundRecord } from '../capture/bounds.ts'
import type { RecordSink } from './sink.ts'
import type { DropReason, ShardHealth, SinkMetrics } from './redis-sink.ts'
import { packRecord, RECORD_FIELDS } from './script.ts'
import { createRedisClient } from './redis-client.ts'

export const RECORD_STRIDE = 3 + RECORD_FIELDS.length

const WORKER_FILE = new URL(`./writer-thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url)

/** A change of one sink metric: [metric, set|inc|observe, labels, value]. */
export type MetricOp = [keyof SinkMetrics, 's' | 'i' | 'o', Record<string, string> | null, number]

/**
 * Packed records, encoded into one transferred ArrayBuffer per batch (the proxy's thread copies no
 * more than their UTF-8 bytes; structured clone of the strings cost ~16 µs a record here): per
 * record RECORD_STRIDE values (key hash, handoff, bytes, then the fields), each a tag byte (0: a
 * string, its UTF-8 length as uint32 LE and its bytes; 1: a float64 LE)
 */
export type ToWriter = { t: 'records'; buf: ArrayBuffer; used: number; count: number; bytes: number } | { t: 'abuse'; config: Config } | { t: 'close'; deadlineMs: number }
export type FromWriter =
  | { t: 'stats'; took: number; tookBytes: number; written: number; health: ShardHealth[]; ops: MetricOp[] }
  | { t: 'log'; level: number; msg: string; fields: Record<string, unknown> }

/**
 * records handed over per message at most; a smaller batch goes after HANDOVER_MS (a message costs
 * the proxy's thread a fixed price whatever it holds: fewer, larger ones)
 */
const HANDOVER_RECORDS = 256
const HANDOVER_MS = 10
/** the encoding buffer's first size (it grows for larger batches) */
const HANDOVER_BUFFER = 256 * 1024
const TRANSFER_MAX_BYTES = 16 * 1024 * 1024
const FIRST_BACKOFF_MS = 100
const MAX_BACKOFF_MS = 5_000

export class ThreadSink extends EventEmitter implements RecordSink {
  /** the proxy thread's own client: policy watchers, descriptor, shared hashKey (not the records) */
  readonly client: Redis | Cluster
  /** the config a (re)started thread gets: a reload's abuse thresholds included */
  #config: Readonly<Config>
  readonly #log: Logger
  readonly #threadLog: Logger
  readonly #metrics: SinkMetrics
  readonly #shards: number
  readonly #transferBytes: number
  #worker: Worker | undefined
  #closing = false
  #closed = false
  #backoff = FIRST_BACKOFF_MS
  #restartTimer: NodeJS.Timeout | undefined
  #handoverTimer: NodeJS.Timeout | undefined
  /** packed records not yet handed over, encoded (see ToWriter) */
  #out: Buffer = Buffer.allocUnsafeSlow(HANDOVER_BUFFER)
  #outUsed = 0
  #outCount = 0
  #outBytes = 0
  /** handed over, not yet taken by the thread */
  #inFlight = 0
  #inFlightBytes = 0
  /** what the thread last said it holds */
  #threadBuffered = 0
  #threadBufferedBytes = 0
  #health: ShardHealth[]
  /** records written by threads that have exited (a restarted thread counts from 0) */
  #writtenBefore = 0
  #writtenNow = 0
  #lastDropLog = 0
  #droppedSinceLog = 0
  #lastError = ''

  constructor(config: Readonly<Config>, shards: number, log: Logger, metrics: SinkMetrics) {
    super()
    this.#config = config
    this.#log = log
    this.#threadLog = log.child({ thread: 'writer' })
    this.#metrics = metrics
    this.#shards = shards
    this.#transferBytes = Math.min(config.buffer.maxBytes, TRANSFER_MAX_BYTES)
    this.#health = this.#down('writer thread not started')
    this.client = createRedisClient(config.redis)
    this.client.on('error', (err: Error) => {
      if (err.message === this.#lastError) return
      this.#lastError = err.message
      this.#log.warn({ err: { message: err.message } }, 'redis unavailable (policy client)')
    })
    this.client.on('ready', () => (this.#lastError = ''))
    metrics.buffered.set(0)
    metrics.bufferedBytes.set(0)
    metrics.redisUp.set(0)
  }

  /** The worker thread now (for tests: terminate it to see a restart). */
  get worker(): Worker | undefined {
    return this.#worker
  }

  /** records written since start, over every thread (the `written` event carries it) */
  get writtenTotal(): number {
    return this.#writtenBefore + this.#writtenNow
  }

  get buffered(): number {
    return this.#threadBuffered + this.#inFlight + this.#outCount
  }

  start(): void {
    this.client.connect().catch(() => {}) // the 'error' listener logs it; the client reconnects
    this.#spawn()
  }

  health(): ShardHealth[] {
    return this.#health
  }

  configureAbuse(config: Readonly<Config>): void {
    this.#config = config
    this.#worker?.postMessage({ t: 'abuse', config } satisfies ToWriter)
  }

  push(record: RequestRecord): void {
    boundRecord(record)
    if (this.#closing) return this.#drop('shutdown')
    const packed = packRecord(record)
    if (this.#outBytes + this.#inFlightBytes + packed.bytes > this.#transferBytes) return this.#drop('buffer_full')
    this.#encode(packed.kh)
    this.#encode(packed.handoff)
    this.#encode(packed.bytes)
    for (const v of packed.fields) this.#encode(v)
    this.#outCount++
    this.#outBytes += packed.bytes
    if (this.#outCount >= HANDOVER_RECORDS) this.#handover()
    else if (this.#handoverTimer === undefined) this.#handoverTimer = setTimeout(() => this.#handover(), HANDOVER_MS)
  }

  /** Resolves once `n` records in all have been written (an event, not a poll). */
  async waitWritten(n: number): Promise<void> {
    while (this.writtenTotal < n) await once(this, 'written')
  }

  #encode(v: string | number): void {
    const need = typeof v === 'string' ? 5 + v.length * 3 : 9
    if (this.#outUsed + need > this.#out.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.#out.length * 2, this.#outUsed + need))
      this.#out.copy(bigger, 0, 0, this.#outUsed)
      this.#out = bigger
    }
    const b = this.#out
    const at = this.#outUsed
    if (typeof v === 'string') {
      b[at] = 0
      const n = b.write(v, at + 5, 'utf8')
      b.writeUInt32LE(n, at + 1)
      this.#outUsed = at + 5 + n
    } else {
      b[at] = 1
      b.writeDoubleLE(v, at + 1)
      this.#outUsed = at + 9
    }
  }

  #handover(): void {
    clearTimeout(this.#handoverTimer)
    this.#handoverTimer = undefined
    const worker = this.#worker
    if (worker === undefined || this.#outCount === 0) return
    const buf = this.#out.buffer as ArrayBuffer
    const used = this.#outUsed
    const count = this.#outCount
    const bytes = this.#outBytes
    this.#out = Buffer.allocUnsafeSlow(HANDOVER_BUFFER)
    this.#outUsed = 0
    this.#outCount = 0
    this.#outBytes = 0
    this.#inFlight += count
    this.#inFlightBytes += bytes
    worker.postMessage({ t: 'records', buf, used, count, bytes } satisfies ToWriter, [buf])
  }

  #drop(reason: DropReason, n = 1): void {
    if (n <= 0) return
    this.#metrics.dropped.inc({ reason }, n)
    this.#droppedSinceLog += n
    const now = Date.now()
    if (now - this.#lastDropLog >= LOG_EVERY_MS) {
      this.#lastDropLog = now
      this.#log.warn({ dropped: this.#droppedSinceLog, reason, buffered: this.buffered }, 'records dropped')
      this.#droppedSinceLog = 0
    }
  }

  #down(error: string): ShardHealth[] {
    return Array.from({ length: this.#shards }, (_, shard) => ({ shard, up: false, failures: 0, lastWriteAgeMs: null, buffered: 0, error }))
  }

  #spawn(): void {
    const worker = new Worker(WORKER_FILE, { workerData: { config: this.#config }, stdout: false, stderr: false })
    this.#worker = worker
    const startedAt = Date.now()
    worker.on('message', (m: FromWriter) => this.#message(m))
    worker.on('error', (err) => this.#log.error({ err }, 'the writer thread failed'))
    worker.on('exit', (code) => this.#exited(worker, code, startedAt))
    // records that waited for a thread go now
    this.#handover()
    this.emit('spawned', worker)
  }

  #message(m: FromWriter): void {
    if (m.t === 'log') {
      const log = this.#threadLog
      const fields = m.fields
      if (m.level >= 50) log.error(fields, m.msg)
      else if (m.level >= 40) log.warn(fields, m.msg)
      else if (m.level >= 30) log.info(fields, m.msg)
      else log.debug(fields, m.msg)
      return
    }
    this.#inFlight -= m.took
    this.#inFlightBytes -= m.tookBytes
    this.#health = m.health
    const metrics = this.#metrics as unknown as Record<string, { set(l: object, v: number): void; set(v: number): void; inc(l: object, v: number): void; inc(v: number): void; observe(v: number): void }>
    for (const [name, op, labels, value] of m.ops) {
      if (name === 'buffered') this.#threadBuffered = value
      else if (name === 'bufferedBytes') this.#threadBufferedBytes = value
      else if (op === 's') {
        if (labels) metrics[name]!.set(labels, value)
        else metrics[name]!.set(value)
      } else if (op === 'i') {
        if (labels) metrics[name]!.inc(labels, value)
        else metrics[name]!.inc(value)
      } else metrics[name]!.observe(value)
    }
    this.#metrics.buffered.set(this.buffered)
    this.#metrics.bufferedBytes.set(this.#threadBufferedBytes + this.#inFlightBytes + this.#outBytes)
    if (m.written !== this.#writtenNow) {
      this.#writtenNow = m.written
      this.emit('written', this.writtenTotal)
    }
    // every report applied (tests follow the metrics with it)
    this.emit('report')
  }

  #exited(worker: Worker, code: number, startedAt: number): void {
    if (this.#worker !== worker) return
    this.#worker = undefined
    // what the thread held is gone: what it had taken and not written, and what it had not taken yet
    const lost = this.#threadBuffered + this.#inFlight
    this.#writtenBefore += this.#writtenNow
    this.#writtenNow = 0
    this.#threadBuffered = 0
    this.#threadBufferedBytes = 0
    this.#inFlight = 0
    this.#inFlightBytes = 0
    if (this.#closing) {
      this.#closed = true
      this.emit('closed')
      return
    }
    this.#drop('writer_died', lost)
    this.#health = this.#down('writer thread down')
    this.#metrics.redisUp.set(0)
    this.#metrics.buffered.set(this.buffered)
    if (Date.now() - startedAt > 60_000) this.#backoff = FIRST_BACKOFF_MS
    const delay = this.#backoff
    this.#backoff = Math.min(MAX_BACKOFF_MS, this.#backoff * 2)
    this.#log.error({ code, lost, restartInMs: delay }, 'the writer thread died; its records are counted as dropped; starting it again')
    this.#restartTimer = setTimeout(() => {
      if (!this.#closing) this.#spawn()
    }, delay)
    this.#restartTimer.unref()
  }

  /** Hand over what waits, let the thread flush within `deadlineMs` (it counts what it could not write), stop it. */
  async close(deadlineMs = 5_000): Promise<void> {
    if (this.#closing) {
      if (!this.#closed) await once(this, 'closed')
      return
    }
    this.#closing = true
    clearTimeout(this.#restartTimer)
    const worker = this.#worker
    if (worker === undefined) {
      this.#drop('shutdown', this.#outCount)
      this.#outUsed = 0
      this.#outCount = 0
      this.#closed = true
    } else {
      this.#handover()
      const closed = once(this, 'closed')
      worker.postMessage({ t: 'close', deadlineMs } satisfies ToWriter)
      const timer = setTimeout(() => void worker.terminate(), deadlineMs + 2_000)
      await closed
      clearTimeout(timer)
    }
    this.client.disconnect()
  }
}
