/**
 * The Redis writer: records wait in a bounded ring, and a flush loop sends them in batches, one
 * script call per shard. Nothing on the request path waits for Redis: `push` is O(1) and never
 * throws. Redis down, paused, slow or out of memory: records wait; when the ring is full new ones
 * are dropped and counted (metric + one log line per interval). A failed batch is retried with the
 * same batch ids, so a batch whose reply was lost is not written twice.
 */
import { randomBytes } from 'node:crypto'
import { EventEmitter, once } from 'node:events'
import type { Cluster, Redis } from 'ioredis'
import type { Counter, Gauge, Histogram } from 'prom-client'
import type { Config } from '../config/schema.ts'
import type { Logger } from '../log.ts'
import type { RequestRecord } from '../capture/record.ts'
import { boundRecord } from '../capture/bounds.ts'
import type { RecordSink } from './sink.ts'
import { Ring } from './ring.ts'
import { BATCH_SCRIPT, packRecord } from './script.ts'
import type { Layout } from '../redis/layout.ts'

export type DropReason = 'buffer_full' | 'shutdown'

export interface SinkMetrics {
  readonly buffered: Gauge
  readonly written: Counter
  readonly dropped: Counter<'reason'>
  readonly flushes: Counter<'result'>
  readonly flushSeconds: Histogram
  readonly redisUp: Gauge
}

type Client = (Redis | Cluster) & {
  apisessBatch(marker: string, ...args: (string | number)[]): Promise<number>
}

interface ShardCall {
  readonly shard: number
  readonly marker: string
  readonly args: (string | number)[]
  done: boolean
}

interface PendingBatch {
  readonly count: number
  readonly calls: ShardCall[]
}

/** How often drops and Redis trouble are logged at most (one line each per interval). */
const LOG_EVERY_MS = 10_000
const MAX_BACKOFF_MS = 2_000

export class RedisSink extends EventEmitter implements RecordSink {
  readonly client: Client
  readonly #ring: Ring<RequestRecord>
  readonly #layout: Layout
  readonly #log: Logger
  readonly #metrics: SinkMetrics
  readonly #batchSize: number
  readonly #flushEvery: number
  readonly #ttl: { idle: number; maxDuration: number; retention: number; feed: number }
  readonly #instance = randomBytes(6).toString('base64url')
  #batchCounter = 0
  #pending: PendingBatch | null = null
  #flushing = false
  #timer: NodeJS.Timeout | undefined
  #retryAt = 0
  #failures = 0
  #droppedSinceLog: Partial<Record<DropReason, number>> = {}
  #lastLog = 0
  #lastError = ''
  #closed = false
  #kicked = false

  /** records written since start (the `written` event carries it) */
  writtenTotal = 0

  constructor(client: Redis | Cluster, config: Readonly<Config>, layout: Layout, log: Logger, metrics: SinkMetrics) {
    super()
    client.defineCommand('apisessBatch', { numberOfKeys: 1, lua: BATCH_SCRIPT })
    this.client = client as Client
    this.#ring = new Ring(config.buffer.maxRecords)
    this.#layout = layout
    this.#log = log
    this.#metrics = metrics
    this.#batchSize = config.buffer.batch
    this.#flushEvery = config.buffer.flushEvery
    this.#ttl = {
      idle: config.session.idleTimeout,
      maxDuration: config.session.maxDuration,
      retention: config.session.retention,
      feed: config.redis.feedRetention,
    }
    metrics.buffered.set(0)
    client.on('ready', () => {
      metrics.redisUp.set(1)
      if (this.#lastError !== '') this.#log.info('redis is back; flushing the buffered records')
      this.#lastError = ''
      this.#retryAt = 0
    })
    client.on('error', (err: Error) => this.#trouble(err))
    client.on('end', () => metrics.redisUp.set(0))
    client.on('close', () => metrics.redisUp.set(0))
  }

  /** Start connecting and flushing. Resolves at once: a Redis that is away is not a reason to wait. */
  start(): void {
    this.client.connect().catch((err: unknown) => this.#trouble(err as Error))
    this.#timer = setInterval(() => this.#tick(), this.#flushEvery)
    this.#timer.unref()
  }

  get buffered(): number {
    return this.#ring.size
  }

  push(record: RequestRecord): void {
    // the ceilings of stored strings (docs/sizing.md): a record's cost in Redis has a bound
    boundRecord(record)
    if (this.#closed || !this.#ring.push(record)) {
      this.#drop(this.#closed ? 'shutdown' : 'buffer_full', 1)
      return
    }
    this.#metrics.buffered.set(this.#ring.size)
    // a full batch goes at once rather than waiting for the timer
    if (this.#ring.size >= this.#batchSize) this.#kick()
  }

  #kick(): void {
    if (this.#kicked || this.#flushing) return
    this.#kicked = true
    setImmediate(() => {
      this.#kicked = false
      this.#tick()
    })
  }

  #drop(reason: DropReason, n: number): void {
    this.#metrics.dropped.inc({ reason }, n)
    this.#droppedSinceLog[reason] = (this.#droppedSinceLog[reason] ?? 0) + n
    this.#maybeLog()
  }

  #maybeLog(): void {
    const now = Date.now()
    if (now - this.#lastLog < LOG_EVERY_MS) return
    const dropped = this.#droppedSinceLog
    if (Object.keys(dropped).length > 0) {
      this.#lastLog = now
      this.#droppedSinceLog = {}
      this.#log.warn({ dropped, buffered: this.#ring.size, capacity: this.#ring.capacity }, 'records dropped')
    }
  }

  #trouble(err: Error): void {
    this.#metrics.redisUp.set(this.client.status === 'ready' ? 1 : 0)
    const message = err.message
    if (message !== this.#lastError) {
      this.#lastError = message
      this.#log.warn({ err: { message, code: (err as NodeJS.ErrnoException).code } }, 'redis unavailable; records wait in the buffer')
    }
  }

  #tick(): void {
    this.#maybeLog()
    if (this.#flushing || this.#ring.size === 0 || Date.now() < this.#retryAt) return
    if (this.client.status !== 'ready') return
    void this.flush()
  }

  /** Send one batch (the pending one again, if the last attempt failed). True when it was written. */
  async flush(): Promise<boolean> {
    if (this.#flushing) return false
    this.#flushing = true
    const started = performance.now()
    try {
      const batch = (this.#pending ??= this.#build())
      for (const call of batch.calls) {
        if (call.done) continue
        await this.client.apisessBatch(call.marker, ...call.args)
        call.done = true
      }
      this.#ring.drop(batch.count)
      this.#pending = null
      this.#failures = 0
      this.#metrics.written.inc(batch.count)
      this.writtenTotal += batch.count
      this.emit('written', this.writtenTotal)
      this.#metrics.buffered.set(this.#ring.size)
      this.#metrics.flushes.inc({ result: 'ok' })
      this.#metrics.flushSeconds.observe((performance.now() - started) / 1000)
      if (this.#ring.size >= this.#batchSize) queueMicrotask(() => this.#kick())
      return true
    } catch (err) {
      this.#failures++
      this.#retryAt = Date.now() + Math.min(MAX_BACKOFF_MS, this.#flushEvery * 2 ** Math.min(this.#failures, 10))
      this.#metrics.flushes.inc({ result: 'error' })
      this.#trouble(err as Error)
      return false
    } finally {
      this.#flushing = false
    }
  }

  #build(): PendingBatch {
    const records = this.#ring.peek(this.#batchSize)
    const layout = this.#layout
    const head = (shard: number): (string | number)[] => [
      Date.now(), this.#ttl.idle, this.#ttl.maxDuration, this.#ttl.retention, this.#ttl.feed, layout.prefixOf(shard),
    ]
    const byShard = new Map<number, (string | number)[]>()
    for (const rec of records) {
      const shard = layout.shardOf(rec.windowKey ?? rec.sid ?? rec.id)
      let args = byShard.get(shard)
      if (args === undefined) byShard.set(shard, (args = head(shard)))
      packRecord(args, rec)
    }
    const id = `${this.#instance}.${(this.#batchCounter++).toString(36)}`
    const calls: ShardCall[] = []
    for (const [shard, args] of byShard) calls.push({ shard, marker: layout.batch(shard, id), args, done: false })
    return { count: records.length, calls }
  }

  /** Resolves once `n` records in all have been written (for tests and tools: an event, not a poll). */
  async waitWritten(n: number): Promise<void> {
    while (this.writtenTotal < n) await once(this, 'written')
  }

  /** Flush what can be flushed within `deadlineMs`, count the rest as dropped, disconnect. */
  async close(deadlineMs = 5_000): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    clearInterval(this.#timer)
    const until = Date.now() + deadlineMs
    while (this.#ring.size > 0 && Date.now() < until && this.client.status === 'ready') {
      if (this.#flushing) await new Promise((r) => setTimeout(r, 5))
      else if (!(await this.flush())) await new Promise((r) => setTimeout(r, Math.min(100, Math.max(0, until - Date.now()))))
    }
    if (this.#ring.size > 0) {
      const left = this.#ring.size
      this.#ring.drop(left)
      this.#metrics.buffered.set(0)
      this.#drop('shutdown', left)
      this.#lastLog = 0
      this.#maybeLog()
    }
    this.client.disconnect()
  }
}
