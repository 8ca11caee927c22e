/**
 * The writer's first step: records from the proxy queue here and are analysed in batches, one batch
 * per event-loop turn, after the responses went out; then they go on to the sink (the Redis ring).
 * Analysis happens before the ring so that the request inputs the detector needs (headers, the body's
 * first bytes) are let go at once, not held while Redis is away. Fail open: a backlog beyond
 * `maxBacklog` passes records on unanalysed, and an analysis that throws passes its record on as is;
 * both are counted.
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
  readonly seconds: Counter
  readonly attacks: Counter<'type'>
}

export class InsightStage implements RecordSink {
  insight: Insight
  readonly #next: RecordSink
  readonly #metrics: InsightMetrics
  readonly #log: Logger
  readonly #maxBacklog: number
  #inbox: RequestRecord[] = []
  #scheduled = false
  readonly #drain = () => this.drain()
  readonly #attackChildren = new Map<string, ReturnType<Counter<'type'>['labels']>>()
  #lastFailure = ''

  constructor(next: RecordSink, insight: Insight, metrics: InsightMetrics, log: Logger, maxBacklog: number) {
    this.#next = next
    this.insight = insight
    this.#metrics = metrics
    this.#log = log
    this.#maxBacklog = maxBacklog
  }

  push(record: RequestRecord): void {
    if (this.#inbox.length >= this.#maxBacklog) {
      record.inputs = null
      this.#metrics.records.inc({ result: 'skipped' })
      this.#next.push(record)
      return
    }
    this.#inbox.push(record)
    if (!this.#scheduled) {
      this.#scheduled = true
      setImmediate(this.#drain)
    }
  }

  /** Analyse what is queued and pass it on, in arrival order. */
  drain(): void {
    this.#scheduled = false
    const batch = this.#inbox
    if (batch.length === 0) return
    this.#inbox = []
    const started = performance.now()
    let analysed = 0
    for (const rec of batch) {
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
      this.#next.push(rec)
    }
    this.#metrics.records.inc({ result: 'analysed' }, analysed)
    const unlocated = this.insight.takeUnlocated()
    if (unlocated > 0) this.#metrics.unlocated.inc(unlocated)
    this.#metrics.seconds.inc((performance.now() - started) / 1000)
  }

  #countAttack(type: string): void {
    let child = this.#attackChildren.get(type)
    if (child === undefined) this.#attackChildren.set(type, (child = this.#metrics.attacks.labels(type)))
    child.inc()
  }

  async close(deadlineMs?: number): Promise<void> {
    this.drain()
    await this.#next.close(deadlineMs)
  }
}
