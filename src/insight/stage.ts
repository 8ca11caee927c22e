/**
 * The writer's first step: records from the proxy queue here and are analysed in slices of at most
 * SLICE_MS of the event loop's time, one slice per turn, after the responses went out (a request's
 * analysis has its own budget, insight.maxInspectTime); then they go on to the sink (the Redis ring).
 * Analysis happens before the ring so that the request inputs the detector needs (headers, the body's
 * first bytes) are let go at once, not held while Redis is away.
 *
 * Its share of the event loop is bounded: while a backlog waits, the next slice starts only after a
 * pause three times as long as the slice took (ANALYSIS_SHARE), so a flood of records that each cost a
 * whole budget cannot take the loop from the requests it serves. Fail open: a record that waited
 * MAX_WAIT_MS, or a backlog beyond `maxBacklog` records or MAX_BACKLOG_BYTES of inputs, passes its oldest
 * records on unanalysed (in arrival order still), and an analysis that throws passes its record on as
 * is; both are counted.
 */
import type { Counter } from 'prom-client'
import type { RequestRecord } from '../capture/record.ts'
import type { Logger } from '../log.ts'
import type { RecordSink } from '../sink/sink.ts'
import type { Insight } from './insight.ts'

export interface InsightMetrics {
  /** analysed | skipped (backlog) | failed (the analysis threw) */
  readonly records: Counter<'result'>
  /** flagged requests whose matches were not located (LOCATES_PER_SECOND spent) */
  readonly unlocated: Counter
  /** requests whose values were judged only in part (insight.maxInspectTime spent) */
  readonly cut: Counter
  /** requests judged on their first insight.maxInspectBytes only */
  readonly truncated: Counter
  readonly seconds: Counter
  readonly attacks: Counter<'type'>
}

/** the event loop's time one turn may spend analysing; the rest of the backlog waits for the next turn */
const SLICE_MS = 4
/**
 * The share of the event loop's time analysis may take while a backlog waits: after a slice of `d` ms the next starts
 * `d × (1 − share) / share` ms later (a 4 ms slice, then 12 ms for the requests). Traffic the detector keeps up with never
 * waits for it (a slice empties the backlog); an audit's flood of 50 hostile requests a second, each a 16 ms judgement, took
 * 88 % of the loop and slowed every other client's answers tenfold.
 */
export const ANALYSIS_SHARE = 0.25
/** a record waiting longer than this for analysis goes on unanalysed (counted): the backlog delays nothing by more */
export const MAX_WAIT_MS = 1_000
/** the inputs the backlog may hold (bodies cut at maxInspectBytes, paths, queries, header names and values) */
export const MAX_BACKLOG_BYTES = 16 * 1024 * 1024
/** what a header costs besides its name and value (its entry in the headers object) */
const HEADER_OVERHEAD = 32

/** What a record's inputs weigh in the backlog (0 without inputs): UTF-16 code units, a fair count of the bytes held. */
export function inputBytes(rec: RequestRecord): number {
  const inputs = rec.inputs
  if (inputs === null) return 0
  let bytes = inputs.path.length + inputs.query.length + (inputs.body?.length ?? 0)
  const headers = inputs.headers
  for (const name in headers) {
    const value = headers[name]
    bytes += name.length + HEADER_OVERHEAD
    if (typeof value === 'string') bytes += value.length
    else if (value !== undefined) for (const v of value) bytes += v.length + HEADER_OVERHEAD
  }
  return bytes
}

/** The clock and the scheduling the stage uses (a test's fake clock in their place). */
export interface StageTimers {
  now(): number
  /** run `fn` at the next turn */
  soon(fn: () => void): void
  /** run `fn` in `ms` */
  later(fn: () => void, ms: number): void
}

const REAL_TIMERS: StageTimers = {
  now: () => performance.now(),
  soon: (fn) => void setImmediate(fn),
  later: (fn, ms) => void setTimeout(fn, ms),
}

export class InsightStage implements RecordSink {
  insight: Insight
  readonly #next: RecordSink
  readonly #metrics: InsightMetrics
  readonly #log: Logger
  readonly #maxBacklog: number
  /** records waiting for analysis from `#head` on, in arrival order, what each one's inputs weigh, and their sum */
  #inbox: (RequestRecord | undefined)[] = []
  #weights: number[] = []
  /** when each waiting record came (StageTimers.now) */
  #arrived: number[] = []
  #head = 0
  #bytes = 0
  #scheduled = false
  readonly #drain = () => this.drain()
  readonly #attackChildren = new Map<string, ReturnType<Counter<'type'>['labels']>>()
  #lastFailure = ''
  readonly #timers: StageTimers

  constructor(next: RecordSink, insight: Insight, metrics: InsightMetrics, log: Logger, maxBacklog: number, timers: StageTimers = REAL_TIMERS) {
    this.#next = next
    this.insight = insight
    this.#metrics = metrics
    this.#log = log
    this.#maxBacklog = maxBacklog
    this.#timers = timers
  }

  /** records waiting for analysis */
  get backlog(): number {
    return this.#inbox.length - this.#head
  }

  push(record: RequestRecord): void {
    const bytes = inputBytes(record)
    // past a bound, the oldest waiting records go on unanalysed until this one fits: records reach the sink in the order
    // they came (a record that skipped the queue would reach Redis before the ones waiting)
    while (this.#head < this.#inbox.length && (this.#inbox.length - this.#head >= this.#maxBacklog || this.#bytes + bytes > MAX_BACKLOG_BYTES)) this.#passOldest()
    if (this.#maxBacklog < 1 || bytes > MAX_BACKLOG_BYTES) {
      // (nothing waits now) a record heavier than the whole bound goes on unanalysed too
      this.#skip(record)
      return
    }
    this.#inbox.push(record)
    this.#weights.push(bytes)
    this.#arrived.push(this.#timers.now())
    this.#bytes += bytes
    this.#schedule()
  }

  /** The oldest waiting record, passed on unanalysed (counted). */
  #passOldest(): void {
    const i = this.#head++
    const rec = this.#inbox[i]!
    this.#inbox[i] = undefined
    this.#bytes -= this.#weights[i]!
    this.#skip(rec)
  }

  #skip(record: RequestRecord): void {
    record.inputs = null
    this.#metrics.records.inc({ result: 'skipped' })
    this.#next.push(record)
  }

  #schedule(): void {
    if (!this.#scheduled) {
      this.#scheduled = true
      this.#timers.soon(this.#drain)
    }
  }

  /**
   * Analyse what is queued and pass it on, in arrival order, until `sliceMs` of the event loop's time
   * is spent (at least one record); what is left goes on after a pause (ANALYSIS_SHARE). A record that
   * waited past MAX_WAIT_MS goes on unanalysed.
   */
  drain(sliceMs = SLICE_MS): void {
    this.#scheduled = false
    const inbox = this.#inbox
    if (this.#head >= inbox.length) return
    const timers = this.#timers
    const started = timers.now()
    const stale = started - MAX_WAIT_MS
    let now = started
    let analysed = 0
    let i = this.#head
    while (i < inbox.length) {
      const rec = inbox[i]!
      // let the record go from the backlog now (the sink holds it from here)
      inbox[i] = undefined
      this.#bytes -= this.#weights[i]!
      if (this.#arrived[i++]! < stale) {
        this.#skip(rec)
        continue
      }
      try {
        this.insight.analyse(rec)
        analysed++
        for (const a of rec.attacks) this.#countAttack(a)
      } catch (err) {
        rec.inputs = null
        this.#metrics.records.inc({ result: 'failed' })
        const message = (err as Error).message
        if (message !== this.#lastFailure) {
          this.#lastFailure = message
          this.#log.error({ err, rid: rec.id }, 'insight failed on a record; it is kept without insight')
        }
      }
      // a sink's push never throws (its contract); were one to, the record is counted and the slice goes on with the next
      try {
        this.#next.push(rec)
      } catch (err) {
        this.#metrics.records.inc({ result: 'failed' })
        this.#log.error({ err, rid: rec.id }, 'the sink refused a record; it is dropped and counted')
      }
      if ((now = timers.now()) - started >= sliceMs) break
    }
    if (i >= inbox.length) {
      this.#inbox = []
      this.#weights = []
      this.#arrived = []
      this.#head = 0
      this.#bytes = 0
    } else {
      this.#head = i
      // compact once the dead head is large: amortised O(1) per record
      if (i > 1024 && i * 2 > inbox.length) {
        inbox.splice(0, i)
        this.#weights.splice(0, i)
        this.#arrived.splice(0, i)
        this.#head = 0
      }
      // the rest after a pause that keeps analysis to its share of the loop
      this.#scheduled = true
      timers.later(this.#drain, Math.max(1, ((now - started) * (1 - ANALYSIS_SHARE)) / ANALYSIS_SHARE))
    }
    this.#metrics.records.inc({ result: 'analysed' }, analysed)
    const unlocated = this.insight.takeUnlocated()
    if (unlocated > 0) this.#metrics.unlocated.inc(unlocated)
    const cut = this.insight.takeCut()
    if (cut > 0) this.#metrics.cut.inc(cut)
    const truncated = this.insight.takeTruncated()
    if (truncated > 0) this.#metrics.truncated.inc(truncated)
    this.#metrics.seconds.inc((timers.now() - started) / 1000)
  }

  #countAttack(type: string): void {
    let child = this.#attackChildren.get(type)
    if (child === undefined) this.#attackChildren.set(type, (child = this.#metrics.attacks.labels(type)))
    child.inc()
  }

  async close(deadlineMs?: number): Promise<void> {
    this.drain(Infinity)
    await this.#next.close(deadlineMs)
  }
}
