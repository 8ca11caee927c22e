/**
 * Prometheus metrics (prom-client), one registry per sensor so tests and several sensors in one
 * process do not share counters. Names are documented in docs/metrics.md.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { SinkMetrics } from './sink/redis-sink.ts'
import type { InsightMetrics } from './insight/stage.ts'

export interface Metrics {
  readonly registry: Registry
  readonly requests: Counter<'app' | 'status' | 'outcome'>
  readonly rejected: Counter<'code'>
  readonly upstreamErrors: Counter<'app' | 'code'>
  readonly duration: Histogram<'app'>
  readonly unmonitored: Counter
  readonly sink: SinkMetrics
  readonly insight: InsightMetrics
}

export function createMetrics(defaults = true): Metrics {
  const registry = new Registry()
  if (defaults) collectDefaultMetrics({ register: registry, prefix: 'apisess_' })
  return {
    registry,
    requests: new Counter({
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
    duration: new Histogram({
      name: 'apisess_request_duration_seconds',
      help: 'Time from request arrival to the end of the response, by application',
      labelNames: ['app'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    unmonitored: new Counter({
      name: 'apisess_unmonitored_requests_total',
      help: 'Requests proxied outside the monitored scope (not recorded)',
      registers: [registry],
    }),
    sink: {
      buffered: new Gauge({ name: 'apisess_records_buffered', help: 'Records waiting in the buffer for Redis', registers: [registry] }),
      written: new Counter({ name: 'apisess_records_written_total', help: 'Records written to Redis', registers: [registry] }),
      dropped: new Counter({
        name: 'apisess_records_dropped_total',
        help: 'Records lost: buffer_full (Redis away too long for the buffer), shutdown (left at exit)',
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
      redisUp: new Gauge({ name: 'apisess_redis_up', help: '1 when the writer is connected to Redis', registers: [registry] }),
    },
    insight: {
      records: new Counter({
        name: 'apisess_insight_records_total',
        help: 'Records through the insight stage: analysed, skipped (backlog beyond the bound), failed (analysis threw; kept without insight)',
        labelNames: ['result'],
        registers: [registry],
      }),
      seconds: new Counter({ name: 'apisess_insight_seconds_total', help: 'CPU time spent on endpoint, flow, attack and abuse analysis', registers: [registry] }),
      attacks: new Counter({
        name: 'apisess_attacks_total',
        help: 'Records tagged with an attack type or API-abuse kind, by type',
        labelNames: ['type'],
        registers: [registry],
      }),
    },
  }
}
