/**
 * Where records go and where the policy comes from, chosen once by the composition root: the
 * config's Redis (the writer; the denylist and exceptions followed there; the hashKey shared there),
 * or a given sink with the config's static denylist only (tests, tools). The sensor never asks which
 * one it has: it asks the backend.
 */
import type { Config } from './config/schema.ts'
import type { Logger } from './log.ts'
import type { RecordSink } from './sink/sink.ts'
import { RedisSink, type SinkMetrics } from './sink/redis-sink.ts'
import { createRedisClient, sharedHashKey } from './sink/redis-client.ts'
import { descriptorOf, layoutOf, policyKeys } from './redis/layout.ts'
import { writeDescriptor } from './sink/descriptor.ts'
import { ThreadSink } from './sink/thread-sink.ts'
import { DenylistWatcher } from './policy/denylist.ts'
import { watchExceptions } from './policy/exceptions.ts'
import type { Policy } from './policy/policy.ts'
import { refusedError, type WatchedHash } from './policy/watched-hash.ts'

export interface Backend {
  readonly sink: RecordSink
  /** records and policy are in Redis: a console can serve them */
  readonly inRedis: boolean
  start(): void
  stop(): void
  /** a reloaded config: what the writer follows without a restart (the abuse thresholds) */
  configure(config: Readonly<Config>): void
  /** load the denylist and exceptions again now (resolves once they apply) */
  refresh(): Promise<void>
  /** the hashKey sensors share through Redis when the config has none; undefined when unreachable in time */
  sharedKey(): Promise<string | undefined>
  /** the writer's shards that are not writing (empty when all are, or when there is no writer) */
  notWriting(): { shard: number; failures: number; lastWriteAgeMs: number | null; error: string }[]
}

/** The config's Redis: one client for the writer and the policy's watchers (its copies subscribe). */
export class RedisBackend implements Backend {
  /** the writer: inline, or in a worker thread (`buffer.thread`, experimental) */
  readonly sink: RedisSink | ThreadSink
  readonly inRedis = true
  readonly deny: DenylistWatcher
  readonly exceptions: WatchedHash
  /** the client of the policy watchers, the descriptor and the shared key (the writer's own, inline) */
  readonly #client: RedisSink['client']
  readonly #config: Readonly<Config>
  readonly #log: Logger
  readonly #internalError: (where: string, err: unknown) => void

  constructor(config: Readonly<Config>, policy: Policy, log: Logger, metrics: SinkMetrics, internalError: (where: string, err: unknown) => void) {
    this.#config = config
    this.#log = log
    this.#internalError = internalError
    this.sink = config.buffer.thread
      ? new ThreadSink(config, layoutOf(config.redis).shards, log.child({ part: 'redis' }), metrics)
      : new RedisSink(createRedisClient(config.redis), config, layoutOf(config.redis), log.child({ part: 'redis' }), metrics)
    this.#client = this.sink.client as RedisSink['client']
    this.deny = new DenylistWatcher(this.#client, config.redis.prefix, policy)
    this.deny.onUpdate = (ids) => log.info({ entries: ids.length, ids: ids.slice(0, 20) }, 'denylist updated')
    this.deny.onRefused = (r) => internalError('redis.denylist', refusedError('denylist entries', r))
    this.exceptions = watchExceptions(this.#client, config.redis.prefix, policy, (r) => internalError('redis.exceptions', refusedError('exceptions', r)))
  }

  configure(config: Readonly<Config>): void {
    this.sink.configureAbuse(config)
  }

  start(): void {
    // the descriptor for readers, at every (re)connection: a Redis restarted empty gets it back
    this.#client.on('ready', this.#describe)
    // already connected (the shared hashKey was fetched first): ready has been and gone
    if (this.#client.status === 'ready') this.#describe()
    this.sink.start()
    this.deny.start()
    this.exceptions.start()
  }

  readonly #describe = (): void => {
    const c = this.#config
    const mine = descriptorOf(layoutOf(c.redis), c.redis.prefix, { feed: c.redis.feedRetention, sessions: c.session.retention })
    writeDescriptor(this.#client, mine).then(
      (conflicts) => {
        if (conflicts.length > 0) this.#log.error({ conflicts, prefix: c.redis.prefix }, 'another sensor on this Redis prefix has another layout: every sensor on a prefix needs the same redis.shards (and version); readers follow the descriptor written last')
      },
      (err: unknown) => this.#internalError('redis.descriptor', err),
    )
  }

  stop(): void {
    this.#client.off('ready', this.#describe)
    this.deny.stop()
    this.exceptions.stop()
  }

  async refresh(): Promise<void> {
    await Promise.all([this.deny.refresh(), this.exceptions.refresh()])
  }

  notWriting(): { shard: number; failures: number; lastWriteAgeMs: number | null; error: string }[] {
    return this.sink.health().filter((h) => !h.up).map(({ shard, failures, lastWriteAgeMs, error }) => ({ shard, failures, lastWriteAgeMs, error }))
  }

  async sharedKey(): Promise<string | undefined> {
    const client = this.#client
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), this.#config.redis.connectTimeout)))
    try {
      return await Promise.race([
        client.connect().then(
          () => sharedHashKey(client, policyKeys(this.#config.redis.prefix).hashKey),
          () => undefined,
        ),
        timeout,
      ])
    } finally {
      clearTimeout(timer)
    }
  }
}

/** A given sink; the policy is the config's static denylist (set on the Policy by the sensor). */
export class LocalBackend implements Backend {
  readonly sink: RecordSink
  readonly inRedis = false

  constructor(sink: RecordSink) {
    this.sink = sink
  }

  start(): void {}
  stop(): void {}
  configure(): void {}
  refresh(): Promise<void> {
    return Promise.resolve()
  }
  sharedKey(): Promise<string | undefined> {
    return Promise.resolve(undefined)
  }
  notWriting(): [] {
    return []
  }
}
