/**
 * Prometheus metrics (prom-client), one registry per sensor so tests and several sensors in one
 * process do not share counters. Names are documented in docs/metrics.md.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics, type CounterConfiguration, type LabelValues, type Metric } from 'prom-client'
import { boundedCounts } from './capture/bounds.ts'
import { logDropped } from './log.ts'
import type { SinkMetrics } from './sink/redis-sink.ts'
import type { InsightMetrics } from './insight/stage.ts'
import type { RequestRecord } from './capture/record.ts'

export interface Metrics {
  readonly registry: Registry
  readonly requests: TalliedCounter<'app' | 'status' | 'outcome'>
  readonly rejected: Counter<'code'>
  readonly upstreamErrors: Counter<'app' | 'code'>
  readonly duration: LabelHistogram
  readonly unmonitored: TalliedCounter<never>
  /** exceptions caught at a boundary (a bug made harmless), by where they were caught */
  readonly internalErrors: Counter<'where'>
  readonly bounded: Counter<'what'>
  /** log lines stdout's destination dropped, its reader too far behind (src/log.ts): the process's count */
  readonly logLinesDropped: Counter
  readonly sink: SinkMetrics
  readonly insight: InsightMetrics
  /** the per-request counts of one finished record (plain numbers on the request path; see TalliedCounter) */
  observeRecord(record: RequestRecord): void
  /** a request proxied outside the monitored scope */
  observeUnmonitored(): void
}

/** One label set's count, incremented in place: `tally.n++`. */
export interface Tally {
  n: number
}

/**
 * A counter incremented on every request: each label set's count is a plain number, added to the
 * prom-client counter when it is scraped. prom-client's own labelled `inc` validates and hashes the
 * labels on every call (about 0.15 µs, on every request).
 */
export class TalliedCounter<L extends string> {
  readonly counter: Counter<L>
  readonly #tallies = new Map<string, { labels: LabelValues<L>; tally: Tally }>()

  constructor(config: CounterConfiguration<L>) {
    const tallies = this.#tallies
    this.counter = new Counter<L>({
      ...config,
      collect() {
        for (const { labels, tally } of tallies.values()) {
          if (tally.n === 0) continue
          this.inc(labels, tally.n)
          tally.n = 0
        }
      },
    })
  }

  /** The tally a label set already has, by its key. */
  find(key: string): Tally | undefined {
    return this.#tallies.get(key)?.tally
  }

  /** The tally of a label set (`key` names it uniquely): keep it and increment it. */
  tally(key: string, labels: LabelValues<L>): Tally {
    let entry = this.#tallies.get(key)
    if (entry === undefined) this.#tallies.set(key, (entry = { labels, tally: { n: 0 } }))
    return entry.tally
  }
}

/**
 * A histogram by one label, observed through a function built once per label value; registered and
 * scraped like prom-client's own (whose labelled `observe` validates and hashes the labels on every
 * call: about 0.4 µs, on every request).
 */
export class LabelHistogram {
  readonly name: string
  readonly help: string
  readonly type = 'histogram'
  readonly aggregator = 'sum'
  readonly #label: string
  readonly #bounds: readonly number[]
  readonly #series = new Map<string, { counts: Float64Array; sum: number; count: number }>()

  constructor(config: { name: string; help: string; label: string; buckets: readonly number[]; registers: readonly Registry[] }) {
    this.name = config.name
    this.help = config.help
    this.#label = config.label
    this.#bounds = [...config.buckets].sort((a, b) => a - b)
    for (const r of config.registers) r.registerMetric(this as unknown as Metric)
  }

  /** The observe function of one label value. */
  observer(value: string): (v: number) => void {
    let s = this.#series.get(value)
    if (s === undefined) this.#series.set(value, (s = { counts: new Float64Array(this.#bounds.length + 1), sum: 0, count: 0 }))
    const series = s
    const bounds = this.#bounds
    return (v) => {
      let i = 0
      while (i < bounds.length && v > bounds[i]!) i++
      series.counts[i]!++
      series.sum += v
      series.count++
    }
  }

  /** prom-client's metric object: cumulative buckets, then sum and count, per label value */
  get(): { name: string; help: string; type: string; aggregator: string; values: { labels: Record<string, string | number>; value: number; metricName: string }[] } {
    const values: { labels: Record<string, string | number>; value: number; metricName: string }[] = []
    for (const [value, s] of this.#series) {
      let cumulative = 0
      for (let i = 0; i <= this.#bounds.length; i++) {
        cumulative += s.counts[i]!
        values.push({ labels: { le: i < this.#bounds.length ? this.#bounds[i]! : '+Inf', [this.#label]: value }, value: cumulative, metricName: `${this.name}_bucket` })
      }
      values.push({ labels: { [this.#label]: value }, value: s.sum, metricName: `${this.name}_sum` })
      values.push({ labels: { [this.#label]: value }, value: s.count, metricName: `${this.name}_count` })
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values }
  }

  /** zero every series in place (observers already handed out keep counting into them) */
  reset(): void {
    for (const s of this.#series.values()) {
      s.counts.fill(0)
      s.sum = 0
      s.count = 0
    }
  }
}

export function createMetrics(defaults = true): Metrics {
  const registry = new Registry()
  if (defaults) collectDefaultMetrics({ register: registry, prefix: 'apisess_' })
  const metrics = buildMetrics(registry)
  const durationObservers = new Map<string, (seconds: number) => void>()
  const unmonitored = metrics.unmonitored.tally('', {})
  return {
    ...metrics,
    observeRecord(record) {
      const key = `${record.app}\0${record.status}\0${record.outcome}`
      const tally = metrics.requests.find(key) ?? metrics.requests.tally(key, { app: record.app, status: String(record.status), outcome: record.outcome })
      tally.n++
      let observe = durationObservers.get(record.app)
      if (observe === undefined) durationObservers.set(record.app, (observe = metrics.duration.observer(record.app)))
      observe(record.durationMs / 1000)
      // a sensor bug (INTERNAL) is counted in apisess_internal_errors_total where it was caught, not here
      if (record.error !== null && record.outcome !== 'client_aborted' && record.error !== 'INTERNAL') metrics.upstreamErrors.inc({ app: record.app, code: record.error })
    },
    observeUnmonitored() {
      unmonitored.n++
    },
  }
}

function buildMetrics(registry: Registry): Omit<Metrics, 'observeRecord' | 'observeUnmonitored'> {
  // attack types counted by the insight stage, API-abuse kinds by the writer (the script finds them)
  const attacks = new Counter({
    name: 'apisess_attacks_total',
    help: 'Records tagged with an attack type or API-abuse kind, by type',
    labelNames: ['type'],
    registers: [registry],
  })
  return {
    registry,
    requests: new TalliedCounter({
      name: 'apisess_requests_total',
      help: 'Requests proxied, by application, status and outcome',
      labelNames: ['app', 'status', 'outcome'],
      registers: [registry],
    }),
    rejected: new Counter({
      name: 'apisess_rejected_requests_total',
      help: 'Requests the sensor answered itself (malformed, too large, unknown host), by error code',
      labelNames: ['code'],
      registers: [registry],
    }),
    upstreamErrors: new Counter({
      name: 'apisess_upstream_errors_total',
      help: 'Upstream failures (refused, reset, timeout, invalid), by application and error code',
      labelNames: ['app', 'code'],
      registers: [registry],
    }),
    duration: new LabelHistogram({
      name: 'apisess_request_duration_seconds',
      help: 'Time from request arrival to the end of the response, by application',
      label: 'app',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    unmonitored: new TalliedCounter<never>({
      name: 'apisess_unmonitored_requests_total',
      help: 'Requests proxied outside the monitored scope (not recorded)',
      registers: [registry],
    }),
    internalErrors: new Counter({
      name: 'apisess_internal_errors_total',
      help: 'Exceptions caught at a boundary (the request, record, console or Redis reply they hit was answered or dropped; the process went on), by where',
      labelNames: ['where'],
      registers: [registry],
    }),
    bounded: new Counter({
      name: 'apisess_bounded_total',
      help: 'Values cut to their ceiling before storage, and JSON documents too deep to parse, by kind',
      labelNames: ['what'],
      registers: [registry],
      // the process's own counts (src/capture/bounds.ts), read when scraped
      collect() {
        this.reset()
        for (const [what, n] of Object.entries(boundedCounts)) if (n > 0) this.inc({ what }, n)
      },
    }),
    logLinesDropped: new Counter({
      name: 'apisess_log_lines_dropped_total',
      help: 'Log lines dropped because the log reader (stdout) was 16 MiB behind',
      registers: [registry],
      collect() {
        this.reset()
        if (logDropped.lines > 0) this.inc(logDropped.lines)
      },
    }),
    sink: {
      buffered: new Gauge({ name: 'apisess_records_buffered', help: 'Records waiting in the buffer for Redis', registers: [registry] }),
      written: new Counter({ name: 'apisess_records_written_total', help: 'Records written to Redis', registers: [registry] }),
      dropped: new Counter({
        name: 'apisess_records_dropped_total',
        help: 'Records lost: buffer_full (Redis away too long for the buffer), shutdown (left at exit), writer_died (held by a writer thread that died: buffer.thread)',
        labelNames: ['reason'],
        registers: [registry],
      }),
      flushes: new Counter({ name: 'apisess_flushes_total', help: 'Batch flushes to Redis, by result', labelNames: ['result'], registers: [registry] }),
      flushSeconds: new Histogram({
        name: 'apisess_flush_duration_seconds',
        help: 'Time to write one batch to Redis',
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
        registers: [registry],
      }),
      redisUp: new Gauge({ name: 'apisess_redis_up', help: '1 while every shard has written within its health window and its last call succeeded (records are being written)', registers: [registry] }),
      bufferedBytes: new Gauge({ name: 'apisess_records_buffered_bytes', help: 'Bytes of records waiting for Redis (bounded by buffer.maxBytes)', registers: [registry] }),
      shardUp: new Gauge({ name: 'apisess_redis_shard_up', help: '1 while the shard writes: its last call succeeded and, with records waiting, it wrote recently', labelNames: ['shard'], registers: [registry] }),
      shardFailures: new Gauge({ name: 'apisess_redis_shard_failures', help: 'Consecutive failed calls to the shard (0 once one succeeds)', labelNames: ['shard'], registers: [registry] }),
      shardWriteAge: new Gauge({ name: 'apisess_redis_shard_last_write_age_seconds', help: 'Seconds since the shard last wrote a batch (-1: never)', labelNames: ['shard'], registers: [registry] }),
      sessionsClosed: new Counter({ name: 'apisess_sessions_closed_total', help: 'Closed-session events written, by reason (idle: swept after session.idleTimeout; new_window: its key started a new session)', labelNames: ['reason'], registers: [registry] }),
      attacks,
    },
    insight: {
      records: new Counter({
        name: 'apisess_insight_records_total',
        help: 'Records through the insight stage: analysed, skipped (backlog beyond the bound), failed (analysis threw; kept without insight)',
        labelNames: ['result'],
        registers: [registry],
      }),
      seconds: new Counter({ name: 'apisess_insight_seconds_total', help: 'CPU time spent on endpoint, flow, attack and abuse analysis', registers: [registry] }),
      unlocated: new Counter({
        name: 'apisess_insight_unlocated_total',
        help: 'Requests with attack types recorded without where they matched: more than 500 a second were flagged (a flood)',
        registers: [registry],
      }),
      cut: new Counter({
        name: 'apisess_insight_cut_total',
        help: 'Requests whose values the attack detector judged only in part: it spent insight.maxInspectTime on them',
        registers: [registry],
      }),
      truncated: new Counter({
        name: 'apisess_insight_truncated_total',
        help: 'Requests whose query or body was longer than insight.maxInspectBytes: the attack detector judged their first maxInspectBytes only',
        registers: [registry],
      }),
      attacks,
    },
  }
}
