/**
 * The Redis writer. Nothing on the request path waits for Redis: `push` is O(1) and never throws.
 *
 * Each shard is independent (issue 19): its own queue, its own batch in flight, its own retries and
 * back-off, its own health. A shard that cannot be reached holds back only its own records; the
 * others go on. The buffer is bounded in bytes (`buffer.maxBytes`, split evenly between the shards,
 * and `buffer.maxRecords` in all): past it, new records are dropped and counted (metric + one log line
 * per interval), never silently lost.
 *
 * A batch is written in two script calls (src/sink/script.ts), each declaring every key it touches:
 * the session windows first (which give the session ids), then the records. A failed call is
 * retried with the same batch id, so a batch whose reply was lost is never written twice. A record
 * the write script cannot write (a key of the wrong type) is refused alone: the script answers how
 * many it wrote, the others are dropped (`script_error`), never counted written. A call
 * past redis.commandTimeout drops its connection (#recycle): a Redis that stopped answering, or
 * sends a reply without end, holds the writer back one command timeout at most.
 * Sessions idle past the timeout are closed by a sweeper (a closed-session event each).
 */
import { randomBytes } from 'node:crypto'
import { EventEmitter, once } from 'node:events'
import type { Socket } from 'node:net'
import { Command, type Cluster, type Redis } from 'ioredis'
import type { Counter, Gauge, Histogram } from 'prom-client'
import type { Config } from '../config/schema.ts'
import { LOG_EVERY_MS, LogLimiter, type Logger } from '../log.ts'
import type { RequestRecord } from '../capture/record.ts'
import { boundRecord } from '../capture/bounds.ts'
import type { RecordSink } from './sink.ts'
import { abuseArg, CLOSE_SCRIPT, packRecord, WINDOW_SCRIPT, WRITE_SCRIPT, windowKeys, windowReply, writeArgs, writeKeys, writeReply, type PackedRecord, type WriteAnswer } from './script.ts'
import { SensorError } from '../errors.ts'
import type { Layout } from '../redis/layout.ts'

/** (issue 15) a backlog of more than this many batches is written this many batches a call */
const BACKLOG_BATCHES = 5
const MAX_CALL_RECORDS = 10_000

export type DropReason = 'buffer_full' | 'shutdown' | 'writer_died' | 'script_error'

/** One shard's state, as /healthz and the admin report it (the thread writer's too) */
export interface ShardHealth {
  shard: number
  up: boolean
  failures: number
  lastWriteAgeMs: number | null
  buffered: number
  error: string
}

export interface SinkMetrics {
  readonly buffered: Gauge
  readonly bufferedBytes: Gauge
  readonly written: Counter
  readonly dropped: Counter<'reason'>
  readonly flushes: Counter<'result'>
  readonly flushSeconds: Histogram
  /** 1 while every shard wrote within the health window and its last call succeeded */
  readonly redisUp: Gauge
  readonly shardUp: Gauge<'shard'>
  readonly shardFailures: Gauge<'shard'>
  readonly shardWriteAge: Gauge<'shard'>
  readonly sessionsClosed: Counter<'reason'>
  /** apisess_attacks_total: the API-abuse kinds the write script found */
  readonly attacks: Counter<'type'>
}

type Script = (numKeys: number, ...keysAndArgs: (string | number | readonly (string | number)[])[]) => Promise<unknown>
type Client = (Redis | Cluster) & {
  apisessWindows: Script
  apisessWrite: Script
  apisessClose: Script
}

interface Batch {
  readonly id: string
  readonly records: PackedRecord[]
  /** the session ids once the window step answered */
  sids: string[] | null
  closed: string[]
}

/** One shard's queue, batch in flight and health. */
class Shard {
  readonly n: number
  readonly queue: PackedRecord[] = []
  /** index of the first record still queued (the queue is compacted now and then) */
  head = 0
  bytes = 0
  pending: Batch | null = null
  busy = false
  /** when the call in flight began (a call past redis.commandTimeout is trouble) */
  busySince = 0
  failures = 0
  /** the pending batch's failures in a row where the script itself raised an error */
  scriptFailures = 0
  /** records still to send one per batch: those of a batch the script refused twice (one of them is at fault) */
  isolate = 0
  retryAt = 0
  lastOkAt = 0
  lastError = ''

  constructor(n: number) {
    this.n = n
  }

  get size(): number {
    return this.queue.length - this.head
  }

  take(max: number): PackedRecord[] {
    return this.queue.slice(this.head, this.head + max)
  }

  drop(count: number): void {
    const queue = this.queue as (PackedRecord | undefined)[]
    for (let i = this.head; i < this.head + count; i++) {
      this.bytes -= queue[i]!.bytes
      // let the record go now, not at the next compaction: a dead head of ~1,000 written records
      // would otherwise survive every scavenge until then (copied, then promoted to the old space)
      queue[i] = undefined
    }
    this.head += count
    // compact once the dead head is large: amortised O(1) per record
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head)
      this.head = 0
    }
  }
}

/** How often drops and Redis trouble are logged at most (one line each per interval). */
/** a batch the script refuses this many times in a row is sent again one record at a time */
const SCRIPT_FAILURES = 2
/** an error raised inside a batch script (a Lua error, a command the script called refused), not a connection's or a server's state */
const SCRIPT_ERROR = /user_script:\d+/
/** a command refused on a key of another type than the script's (a key written by something else) */
const WRONG_TYPE = /\bWRONGTYPE\b/
/** what a script error is, in its log line (once per interval: the same error comes back for the same data) */
const WRONG_TYPE_LINE = 'the batch script met a key of the wrong type (written by something else): the records it could not write are dropped (script_error)'
const SCRIPT_LINE = 'the batch script failed: the records it could not write are dropped (script_error)'
/** ioredis's error for a command past redis.commandTimeout (it rejects the promise and keeps the connection) */
const TIMED_OUT = 'Command timed out'
const MAX_BACKOFF_MS = 2_000
/**
 * How often idle sessions are looked for; they are closed SWEEP_PAGE a script call, and a sweep
 * takes up to SWEEP_PAGES pages per shard (20,000 sessions in 5 s: a flood of one-request sessions
 * does not leave closing behind), each call a short one for Redis.
 */
const SWEEP_EVERY_MS = 5_000
const SWEEP_PAGE = 500
const SWEEP_PAGES = 40

export class RedisSink extends EventEmitter implements RecordSink {
  readonly client: Client
  readonly #shards: Shard[]
  readonly #layout: Layout
  readonly #log: Logger
  readonly #metrics: SinkMetrics
  readonly #batchSize: number
  readonly #flushEvery: number
  readonly #maxRecords: number
  readonly #maxShardBytes: number
  /** a shard that has not written for this long while it had records is not healthy */
  readonly #healthMs: number
  readonly #commandTimeout: number
  readonly #lite: boolean
  readonly #waitReplicas: number
  /** the abuse thresholds as the batch script reads them ('' with abuse off); a reload changes them */
  #abuse: string
  readonly #ttl: { idle: number; maxDuration: number; retention: number; feed: number }
  readonly #instance = randomBytes(6).toString('base64url')
  #batchCounter = 0
  #records = 0
  #timer: NodeJS.Timeout | undefined
  #sweeper: NodeJS.Timeout | undefined
  #sweeping = false
  #droppedSinceLog: Partial<Record<DropReason, number>> = {}
  #lastLog = 0
  /** script errors and recycled connections: a line per interval each */
  readonly #lines = new LogLimiter()
  #closed = false
  #kicked = false

  /** records written since start (the `written` event carries it) */
  writtenTotal = 0

  constructor(client: Redis | Cluster, config: Readonly<Config>, layout: Layout, log: Logger, metrics: SinkMetrics) {
    super()
    client.defineCommand('apisessWindows', { lua: WINDOW_SCRIPT })
    client.defineCommand('apisessWrite', { lua: WRITE_SCRIPT })
    client.defineCommand('apisessClose', { lua: CLOSE_SCRIPT })
    this.client = client as Client
    this.#layout = layout
    this.#shards = Array.from({ length: layout.shards }, (_, n) => new Shard(n))
    this.#log = log
    this.#metrics = metrics
    this.#batchSize = config.buffer.batch
    this.#flushEvery = config.buffer.flushEvery
    this.#maxRecords = config.buffer.maxRecords
    this.#maxShardBytes = Math.floor(config.buffer.maxBytes / layout.shards)
    this.#healthMs = Math.max(10_000, config.redis.commandTimeout * 2)
    this.#commandTimeout = config.redis.commandTimeout
    // a session's first request stays in the feed alone only while the feed outlives the session
    this.#lite = config.redis.feedRetention >= config.session.retention
    this.#waitReplicas = config.redis.waitReplicas
    this.#abuse = abuseArg(config.insight.abuse)
    this.#ttl = {
      idle: config.session.idleTimeout,
      maxDuration: config.session.maxDuration,
      retention: config.session.retention,
      feed: config.redis.feedRetention,
    }
    metrics.buffered.set(0)
    metrics.bufferedBytes.set(0)
    metrics.redisUp.set(0)
    for (const s of this.#shards) metrics.shardUp.set({ shard: String(s.n) }, 0)
    client.on('ready', () => {
      this.#log.info('redis connected')
      for (const s of this.#shards) s.retryAt = 0
    })
    client.on('error', (err: Error) => this.#trouble(undefined, err))
  }

  /** The abuse thresholds of a reloaded config, for the next batches. */
  configureAbuse(config: Readonly<Config>): void {
    this.#abuse = abuseArg(config.insight.abuse)
  }

  /** Start connecting and flushing. Resolves at once: a Redis that is away is not a reason to wait. */
  start(): void {
    this.client.connect().catch((err: unknown) => this.#trouble(undefined, err as Error))
    this.#timer = setInterval(() => this.#tick(), this.#flushEvery)
    this.#timer.unref()
    // one sweep at a time: a slow Redis must not get a second reading the same pages
    this.#sweeper = setInterval(() => {
      if (this.#sweeping) return
      this.#sweeping = true
      void this.sweep().finally(() => (this.#sweeping = false))
    }, SWEEP_EVERY_MS)
    this.#sweeper.unref()
  }

  get buffered(): number {
    return this.#records
  }

  /** The health of each shard, for /readyz and metrics. */
  health(now = Date.now()): ShardHealth[] {
    return this.#shards.map((s) => ({
      shard: s.n,
      up: this.#shardUp(s, now),
      failures: s.failures,
      lastWriteAgeMs: s.lastOkAt === 0 ? null : now - s.lastOkAt,
      buffered: s.size,
      error: s.lastError,
    }))
  }

  /** Up: its last call succeeded and, with records waiting, it wrote within the health window. */
  #shardUp(s: Shard, now: number): boolean {
    if (s.failures > 0 || this.client.status !== 'ready') return false
    if (s.busy && now - s.busySince > this.#commandTimeout) return false
    if (s.size === 0) return true
    return s.lastOkAt !== 0 && now - s.lastOkAt < this.#healthMs
  }

  /** The gauges that follow the shards' health: set at every tick, read at scrape time. */
  #reportHealth(): void {
    const now = Date.now()
    let all = 1
    let bytes = 0
    for (const s of this.#shards) {
      bytes += s.bytes
      const up = this.#shardUp(s, now)
      if (!up) all = 0
      const shard = String(s.n)
      this.#metrics.shardUp.set({ shard }, up ? 1 : 0)
      this.#metrics.shardFailures.set({ shard }, s.failures)
      this.#metrics.shardWriteAge.set({ shard }, s.lastOkAt === 0 ? -1 : (now - s.lastOkAt) / 1000)
    }
    this.#metrics.redisUp.set(all)
    // every tick, Redis up or down (set only after a write, it stood still through an outage, as the buffer filled: an audit's finding)
    this.#metrics.bufferedBytes.set(bytes)
    this.emit('health')
  }

  push(record: RequestRecord): void {
    // the ceilings of stored strings (docs/sizing.md): a record's cost in Redis has a bound
    boundRecord(record)
    if (this.#closed) return this.#drop('shutdown', 1)
    this.pushPacked(packRecord(record))
  }

  /** A record already bounded and packed (by the proxy's thread, for a writer thread: src/sink/thread-sink.ts). */
  pushPacked(packed: PackedRecord): void {
    if (this.#closed) return this.#drop('shutdown', 1)
    const shard = this.#shards[this.#layout.shardOf(packed.kh)]!
    if (this.#records >= this.#maxRecords || shard.bytes + packed.bytes > this.#maxShardBytes) return this.#drop('buffer_full', 1)
    shard.queue.push(packed)
    shard.bytes += packed.bytes
    this.#records++
    this.#metrics.buffered.set(this.#records)
    // a full batch goes at once rather than waiting for the timer
    if (shard.size >= this.#batchSize) this.#kick()
  }

  #kick(): void {
    if (this.#kicked) return
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
      this.#log.warn({ dropped, buffered: this.#records, shards: this.health(now).filter((h) => !h.up).map((h) => h.shard) }, 'records dropped')
    }
  }

  #trouble(shard: Shard | undefined, err: Error): void {
    const message = err.message
    if (shard !== undefined) {
      if (message === shard.lastError) return
      shard.lastError = message
    }
    this.#log.warn({ err: { message, code: (err as NodeJS.ErrnoException).code }, shard: shard?.n }, 'redis unavailable; records wait in the buffer')
  }

  /** A batch script's error: the shard's health says it, the log once per interval with what it is (not "redis unavailable") */
  #scriptFault(s: Shard, message: string): void {
    s.lastError = message
    const suppressed = this.#lines.pass('script')
    if (suppressed < 0) return
    this.#log.error({ err: { message }, shard: s.n, suppressed }, WRONG_TYPE.test(message) ? WRONG_TYPE_LINE : SCRIPT_LINE)
  }

  #tick(): void {
    this.#maybeLog()
    this.#reportHealth()
    if (this.client.status !== 'ready') return
    const now = Date.now()
    for (const s of this.#shards) if (!s.busy && s.size > 0 && now >= s.retryAt) void this.#flushShard(s)
  }

  /** Send one batch of every shard that has records (for tools and tests). True when all were written. */
  async flush(): Promise<boolean> {
    const results = await Promise.all(this.#shards.filter((s) => s.size > 0 && !s.busy).map((s) => this.#flushShard(s)))
    return results.every(Boolean)
  }

  /**
   * How many records one script call takes: a batch, or five when more than five wait (a backlog after a slow spell or an outage
   * is written in fewer round trips; at most 10,000, the configurable batch's own ceiling)
   */
  #callSize(s: Shard): number {
    return s.size > this.#batchSize * BACKLOG_BATCHES ? Math.min(this.#batchSize * BACKLOG_BATCHES, MAX_CALL_RECORDS) : this.#batchSize
  }

  /** One batch of one shard (the pending one again, if its last attempt failed). True when it was written. */
  async #flushShard(s: Shard): Promise<boolean> {
    if (s.busy) return false
    s.busy = true
    s.busySince = Date.now()
    const started = performance.now()
    let ok = false
    /** a script call is in flight (a WAIT past the timeout is no sign of a stuck connection) */
    let scripted = true
    const layout = this.#layout
    try {
      const batch = (s.pending ??= { id: `${this.#instance}.${(this.#batchCounter++).toString(36)}`, records: s.take(s.isolate > 0 ? 1 : this.#callSize(s)), sids: null, closed: [] })
      if (batch.sids === null) {
        const keys = windowKeys(layout, s.n, batch.records)
        const args: (string | number)[] = [this.#ttl.idle, this.#ttl.maxDuration, layout.prefixOf(s.n)]
        for (const r of batch.records) args.push(r.kh, r.handoff, r.fields[0]!)
        // arrays, not spread: ioredis flattens a command's arguments once (no copy of thousands of arguments per call)
        const reply = windowReply(await this.client.apisessWindows(keys.length + 1, layout.batch(s.n, `${batch.id}:w`), keys, args), batch.records.length)
        if (reply === null) {
          // the step's marker may keep that answer for every retry: the batch starts again under a new id
          s.pending = null
          this.#badReply(s, 'window')
        }
        batch.sids = reply.sids
        batch.closed = reply.closed
      }
      const keys = writeKeys(layout, s.n, batch.records, batch.sids, batch.closed)
      const head = [Date.now(), this.#ttl.retention, this.#ttl.feed, layout.prefixOf(s.n), this.#lite ? 1 : 0, this.#abuse]
      // a write whose answer is lost or garbled is retried under its id: its marker says how much of it was written
      const answer = writeReply(await this.client.apisessWrite(keys.length + 1, layout.batch(s.n, batch.id), keys, writeArgs(head, batch.records, batch.sids, batch.closed)), batch.records.length)
      if (answer === null) this.#badReply(s, 'write')
      for (const kind of answer.kinds) this.#metrics.attacks.inc({ type: kind })
      scripted = false
      if (this.#waitReplicas > 0) await this.#waitFor(s, layout.feed(s.n))
      ok = this.#written(s, batch, answer)
      this.#metrics.flushSeconds.observe((performance.now() - started) / 1000)
      // a full batch waiting, or records still sent one at a time, go at once rather than at the next tick
      if (s.size >= this.#batchSize || s.isolate > 0) queueMicrotask(() => this.#kick())
      return ok
    } catch (err) {
      s.failures++
      s.retryAt = Date.now() + Math.min(MAX_BACKOFF_MS, this.#flushEvery * 2 ** Math.min(s.failures, 10))
      this.#metrics.flushes.inc({ result: (err as SensorError).code === 'REDIS_BAD_REPLY' ? 'bad_reply' : 'error' })
      const message = (err as Error).message
      if (SCRIPT_ERROR.test(message)) this.#scriptFault(s, message)
      else this.#trouble(s, err as Error)
      if (scripted && (err as Error).message === TIMED_OUT) this.#recycle(s)
      if (s.pending !== null && SCRIPT_ERROR.test(message)) this.#refused(s, s.pending)
      return false
    } finally {
      s.busy = false
      this.#metrics.bufferedBytes.set(this.#shards.reduce((n, x) => n + x.bytes, 0))
      // every call's end, written or not (tests and tools follow a shard's health with it)
      this.emit('attempt', s.n, ok)
    }
  }

  /**
   * The write step's answer: the batch leaves the buffer, its records written or, those the script
   * refused (a key of the wrong type: the same answer for the same data, so never retried), dropped
   * as `script_error`. A shard whose batch was refused whole is not up. True when all were written.
   */
  #written(s: Shard, batch: Batch, answer: WriteAnswer): boolean {
    const count = batch.records.length
    const refused = count - answer.written
    s.drop(count)
    s.pending = null
    s.scriptFailures = 0
    if (s.isolate > 0) s.isolate = Math.max(0, s.isolate - count)
    s.failures = answer.written === 0 && count > 0 ? s.failures + 1 : 0
    if (answer.written > 0) s.lastOkAt = Date.now()
    this.#records -= count
    this.#metrics.buffered.set(this.#records)
    if (batch.closed.length > 0) this.#metrics.sessionsClosed.inc({ reason: 'new_window' }, batch.closed.length)
    this.#metrics.flushes.inc({ result: answer.fault === '' ? 'ok' : 'error' })
    if (answer.fault === '') s.lastError = ''
    else this.#scriptFault(s, answer.fault)
    if (refused > 0) this.#drop('script_error', refused)
    if (answer.written > 0) {
      this.#metrics.written.inc(answer.written)
      this.writtenTotal += answer.written
      this.emit('written', this.writtenTotal)
    }
    return refused === 0
  }

  /**
   * The script raised an error on this batch (the window step; the write step answers what it could
   * not write instead). Redis answers a script the same way for the same data, so a batch refused
   * again would block its shard for good (its new records dropped as `buffer_full`): after
   * SCRIPT_FAILURES in a row its records are sent one at a time, and a record refused alone that
   * often is dropped and counted (`script_error`; the error logged once per interval by #scriptFault).
   */
  #refused(s: Shard, batch: Batch): void {
    if (++s.scriptFailures < SCRIPT_FAILURES) return
    s.scriptFailures = 0
    s.pending = null
    if (batch.records.length > 1) {
      s.isolate = batch.records.length
      return
    }
    s.drop(1)
    s.isolate = Math.max(0, s.isolate - 1)
    this.#records--
    this.#metrics.buffered.set(this.#records)
    this.#drop('script_error', 1)
    // its successors wait for no back-off
    s.retryAt = 0
    if (s.size > 0) this.#kick()
  }

  /**
   * A reply that does not fit its command means the connection's stream is out of step (corrupted on
   * the way, or replies paired with the wrong commands): the connection is dropped and made anew,
   * and the batch is retried.
   */
  #badReply(s: Shard, step: 'window' | 'write'): never {
    this.#recycle(s)
    throw new SensorError('REDIS_BAD_REPLY', `the ${step} step of shard ${s.n}; the connection is made anew and the batch retried`)
  }

  /**
   * Drop the connection a shard's call went out on, and make it anew. ioredis's command timeout only
   * rejects the call's promise: the socket, its reply parser and the command (with its arguments)
   * stay, so a connection that stopped answering would hold every later call behind the lost reply,
   * and one sending a reply without end (a bulk announced as 2 GB) would grow the parser's buffer
   * for as long as it sends. The socket is destroyed, not ended (an ended socket still reads until
   * the peer closes or ioredis's disconnectTimeout), so what the parser holds is bounded by what
   * came within one command timeout; the commands queued on it are rejected (maxRetriesPerRequest
   * 0: none is sent again) and let go. On a cluster only the node of the shard's slot is dropped
   * (ioredis makes it anew at the next call: the other nodes' shards go on); every node when the
   * slot's node is not known.
   */
  #recycle(s: Shard): void {
    const client = this.client
    let connections: Redis[]
    if (client.isCluster) {
      const cluster = client as Cluster
      const slot = new Command('exists', [this.#layout.feed(s.n)]).getSlot()
      const key = cluster.slots[slot]?.[0]
      const node = key === undefined ? undefined : cluster.nodes('all').find((n) => `${n.options.host}:${n.options.port}` === key)
      connections = node === undefined ? cluster.nodes('all') : [node]
      if (node === undefined) cluster.disconnect(true)
      else node.disconnect()
    } else {
      connections = [client as Redis]
      client.disconnect(true)
    }
    for (const c of connections) (c.stream as Socket | undefined)?.destroy()
    if (this.#lines.pass('recycle') >= 0) {
      this.#log.warn({ shard: s.n, nodes: connections.map((c) => c.options.path ?? `${c.options.host}:${c.options.port}`) }, 'redis connection dropped and made anew: a call timed out or its reply did not fit')
    }
  }

  /**
   * `redis.waitReplicas`: the batch counts as written once that many replicas have it (WAIT), so a
   * failover does not take acknowledged records with it. WAIT goes to the shard's master (the node
   * of its feed's slot on a cluster).
   */
  async #waitFor(s: Shard, key: string): Promise<void> {
    const timeout = Math.max(100, Math.floor(this.#healthMs / 4))
    // a pipeline goes to the node of its keys' slot: WAIT with it reaches the shard's master
    const replies = await this.client.pipeline().exists(key).wait(this.#waitReplicas, timeout).exec()
    const [err, acked] = replies?.[1] ?? [new Error('WAIT: no reply'), 0]
    if (err) throw err
    if ((acked as number) < this.#waitReplicas) throw Object.assign(new Error(`WAIT: ${String(acked)} of ${this.#waitReplicas} replicas acknowledged shard ${s.n}`), { code: 'WAIT_SHORT' })
  }

  /**
   * Close the sessions idle past session.idleTimeout: a closed-session event each (the stream
   * `<prefix>closed`, docs/redis.md). Every sensor sweeps; the script closes each session once.
   */
  async sweep(now = Date.now()): Promise<number> {
    if (this.client.status !== 'ready') return 0
    let closed = 0
    for (const s of this.#shards) {
      try {
        const live = this.#layout.live(s.n)
        for (let page = 0; page < SWEEP_PAGES && !this.#closed; page++) {
          // idle strictly past the timeout, as the script closes them (one exactly at it, read again on every page, was closed by none)
          const idle = await this.client.zrangebyscore(live, '-inf', `(${now - this.#ttl.idle}`, 'LIMIT', 0, SWEEP_PAGE)
          if (idle.length === 0) break
          const keys = [live, this.#layout.closed(s.n), ...idle.map((sid) => this.#layout.meta(s.n, sid))]
          const n = (await this.client.apisessClose(keys.length, ...keys, now, this.#ttl.idle, this.#ttl.retention, this.#layout.prefixOf(s.n), ...idle)) as number
          closed += n
          if (n > 0) this.#metrics.sessionsClosed.inc({ reason: 'idle' }, n)
          // a short page, or one whose sessions all came alive again meanwhile (nothing left to close behind it)
          if (idle.length < SWEEP_PAGE || n === 0) break
        }
      } catch (err) {
        this.#trouble(s, err as Error)
        if ((err as Error).message === TIMED_OUT) this.#recycle(s)
      }
    }
    return closed
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
    clearInterval(this.#sweeper)
    const until = Date.now() + deadlineMs
    while (this.#records > 0 && Date.now() < until && this.client.status === 'ready') {
      const busy = this.#shards.some((s) => s.busy)
      if (busy) await new Promise((r) => setTimeout(r, 5))
      else if (!(await this.flush())) await new Promise((r) => setTimeout(r, Math.min(100, Math.max(0, until - Date.now()))))
    }
    if (this.#records > 0) {
      const left = this.#records
      for (const s of this.#shards) s.drop(s.size)
      this.#records = 0
      this.#metrics.buffered.set(0)
      this.#drop('shutdown', left)
      this.#lastLog = 0
      this.#maybeLog()
    }
    this.client.disconnect()
  }
}
