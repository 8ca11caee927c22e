/**
 * The composition root: wires config, logger, metrics, the proxy, the record sink and the admin
 * port; owns start, reload (SIGHUP) and drain (SIGTERM). Nothing else creates long-lived parts.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { once } from 'node:events'
import type { Config } from './config/schema.ts'
import { loadConfig } from './config/load.ts'
import { SensorError } from './errors.ts'
import { createLogger, type Logger } from './log.ts'
import { createMetrics, type Metrics } from './metrics.ts'
import { createIdSource } from './capture/ids.ts'
import { createHasher, ephemeralKey, type Hasher } from './capture/mask.ts'
import type { RequestRecord } from './capture/record.ts'
import type { RecordSink } from './sink/sink.ts'
import { RedisSink } from './sink/redis-sink.ts'
import { createRedisClient, sharedHashKey } from './sink/redis-client.ts'
import { layoutOf } from './sink/layout.ts'
import { compileDeny, DenylistWatcher, type CompiledDeny } from './console/denylist.ts'
import { ConsoleSupervisor } from './console/supervisor.ts'
import { buildProxyState, closeProxyState, type ProxyState } from './proxy/state.ts'
import { createProxyServer, type StateHolder } from './proxy/server.ts'
import { Tunnels } from './proxy/tunnels.ts'
import { createAdminServer } from './admin/server.ts'
import { AbuseTracker } from './insight/abuse.ts'
import { AttackDetector } from './insight/attacks.ts'
import { Insight, compileExceptions } from './insight/insight.ts'
import { InsightStage } from './insight/stage.ts'
import { watchExceptions } from './console/exceptions.ts'
import type { WatchedHash } from './console/watched-hash.ts'

export interface SensorOptions {
  config: Readonly<Config>
  /** the file SIGHUP re-reads; without it, reload() needs a config */
  configFile?: string
  /** where records go; by default the Redis writer of the config's `redis` */
  sink?: RecordSink
  logger?: Logger
  /** collect node's default process metrics (off in tests that run many sensors) */
  processMetrics?: boolean
}

export interface SensorAddresses {
  proxy: AddressInfo
  admin: AddressInfo
  /** when the console runs in this process */
  console?: AddressInfo
}

export class Sensor {
  readonly log: Logger
  readonly metrics: Metrics
  readonly sink: RecordSink
  /** where the proxy's records go first: endpoint, flow, attack and abuse analysis, then `sink` */
  readonly insight: InsightStage
  readonly configFile: string | undefined
  /** the denylist in force: followed in Redis when records go there, else the config's static one */
  readonly deny: DenylistWatcher | { current: CompiledDeny }
  #config: Readonly<Config>
  #holder: StateHolder
  #proxy: Server
  #admin: Server
  #listening = false
  #closing: Promise<void> | undefined
  #console: ConsoleSupervisor | undefined
  #ephemeral: Hasher | undefined
  readonly #abuse: AbuseTracker
  readonly #tunnels = new Tunnels()
  /** when each boundary last logged an internal error: at most one line per boundary per interval */
  readonly #internalLogged = new Map<string, number>()
  #detector: AttackDetector
  #inspectBytes: number
  /** the console's exceptions, followed in Redis when records go there */
  readonly exceptions: WatchedHash | undefined

  constructor(options: SensorOptions) {
    this.#config = options.config
    this.configFile = options.configFile
    this.log = options.logger ?? createLogger(options.config.log.level)
    this.metrics = createMetrics(options.processMetrics ?? true)
    this.sink = options.sink ?? this.#redisSink(options.config)
    if (this.sink instanceof RedisSink) {
      const watcher = new DenylistWatcher(this.sink.client, options.config.redis.prefix, options.config.denylist)
      watcher.onUpdate = (ids) => this.log.info({ entries: ids.length, ids: ids.slice(0, 20) }, 'denylist updated')
      watcher.onInvalid = (json) => this.internalError('redis.denylist', new Error(`not a denylist entry, skipped: ${json.slice(0, 200)}`))
      this.deny = watcher
    } else this.deny = { current: compileDeny([], options.config.denylist) }
    this.#abuse = new AbuseTracker(options.config.insight.abuse)
    this.#inspectBytes = options.config.insight.maxInspectBytes
    this.#detector = new AttackDetector({ maxInspectBytes: this.#inspectBytes })
    this.insight = new InsightStage(this.sink, this.#buildInsight(options.config), this.metrics.insight, this.log.child({ part: 'insight' }), INSIGHT_BACKLOG)
    if (this.sink instanceof RedisSink) {
      const stage = this.insight
      this.exceptions = watchExceptions(
        this.sink.client,
        options.config.redis.prefix,
        (entries) => {
          stage.insight.exceptions = compileExceptions(entries)
        },
        undefined,
        (json) => this.internalError('redis.exceptions', new Error(`not an exception, skipped: ${json.slice(0, 200)}`)),
      )
    }
    this.#holder = { state: this.#buildState(options.config) }
    this.#proxy = createProxyServer(options.config, this.#holder)
    this.#admin = createAdminServer({ notReady: () => this.#notReady() }, this.metrics.registry)
  }

  /**
   * An exception caught at a boundary (a request, a record, a console call, a Redis reply): counted
   * by where it was caught and logged with its stack, at most once per boundary every 10 s.
   */
  readonly internalError = (where: string, err: unknown): void => {
    try {
      this.metrics.internalErrors.inc({ where })
      const now = Date.now()
      if (now - (this.#internalLogged.get(where) ?? 0) < INTERNAL_LOG_EVERY_MS) return
      this.#internalLogged.set(where, now)
      this.log.error({ err, where }, 'internal error caught at a boundary; the process goes on')
    } catch {
      // the last resort of a boundary must not throw
    }
  }

  /** the console's supervisor, when the console runs under this sensor */
  get console(): ConsoleSupervisor | undefined {
    return this.#console
  }

  get config(): Readonly<Config> {
    return this.#config
  }

  #buildState(config: Readonly<Config>): ProxyState {
    const { requests, rejected, upstreamErrors, duration, unmonitored } = this.metrics
    const sink = this.insight
    const log = this.log
    const durationObservers = new Map<string, (seconds: number) => void>()
    const unmonitoredTally = unmonitored.tally('', {})
    return buildProxyState(config, {
      log,
      ids: this.#holder?.state.ids ?? createIdSource(),
      finished(record: RequestRecord) {
        // plain counts per label set, added to prom-client's metrics when scraped (see src/metrics.ts)
        const key = `${record.app}\0${record.status}\0${record.outcome}`
        const tally = requests.find(key) ?? requests.tally(key, { app: record.app, status: String(record.status), outcome: record.outcome })
        tally.n++
        let observe = durationObservers.get(record.app)
        if (observe === undefined) durationObservers.set(record.app, (observe = duration.observer(record.app)))
        observe(record.durationMs / 1000)
        // a sensor bug (INTERNAL) is counted in apisess_internal_errors_total where it was caught, not here
        if (record.error !== null && record.outcome !== 'client_aborted' && record.error !== 'INTERNAL') upstreamErrors.inc({ app: record.app, code: record.error })
        if (log.isLevelEnabled('debug')) {
          // the record as it will be stored: not the raw inputs kept for the attack detector
          const { inputs: _raw, windowKey: _w, handoffKey: _h, ...rec } = record
          log.debug({ rec }, 'request')
        }
        try {
          sink.push(record)
        } catch (err) {
          log.error({ err }, 'record sink failed') // a sink must not throw; if one does, traffic goes on
        }
      },
      rejected(code) {
        rejected.inc({ code })
      },
      unmonitored() {
        unmonitoredTally.n++
      },
      hasher: this.#hasherFor(config),
      deny: this.deny,
      internalError: this.internalError,
      tunnels: this.#tunnels,
    })
  }

  /** Reads the OpenAPI specs: throws on one that cannot be used (the config loader checked them first). */
  #buildInsight(config: Readonly<Config>): Insight {
    if (config.insight.maxInspectBytes !== this.#inspectBytes) {
      this.#inspectBytes = config.insight.maxInspectBytes
      this.#detector = new AttackDetector({ maxInspectBytes: this.#inspectBytes })
    }
    return new Insight(config, this.#detector, this.#abuse)
  }

  #redisSink(config: Readonly<Config>): RedisSink {
    const r = config.redis
    const layout = layoutOf(r)
    return new RedisSink(createRedisClient(r), config, layout, this.log.child({ part: 'redis' }), this.metrics.sink)
  }

  /** Without hashKey, sensors on one Redis share a key kept there (made by the first one). */
  async #adoptSharedKey(): Promise<void> {
    if (this.#config.hashKey !== undefined || !(this.sink instanceof RedisSink)) return
    const sink = this.sink
    const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), this.#config.redis.connectTimeout).unref())
    const key = await Promise.race([
      sink.client.connect().then(
        () => sharedHashKey(sink.client, `${this.#config.redis.prefix}hashkey`),
        () => undefined,
      ),
      timeout,
    ])
    if (key === undefined) {
      this.log.warn('no hashKey configured and Redis unreachable at start: session ids use a random key until restart')
      return
    }
    this.#ephemeral = createHasher(key)
    this.#holder.state = this.#buildState(this.#config)
    this.log.info('using the hashKey shared through Redis')
  }

  /** The keyed hasher: from hashKey, or a random key made once per process (ids then change on restart). */
  #hasherFor(config: Readonly<Config>): Hasher {
    if (config.hashKey !== undefined) return createHasher(config.hashKey)
    if (this.#ephemeral === undefined) {
      this.#ephemeral = createHasher(ephemeralKey())
      if (!(this.sink instanceof RedisSink)) {
        this.log.warn('no hashKey configured: session ids and hashed values use a random key and change when the sensor restarts')
      }
    }
    return this.#ephemeral
  }

  #notReady(): string | undefined {
    if (!this.#listening) return 'not listening'
    if (this.#holder.state.draining) return 'draining'
    return undefined
  }

  async start(): Promise<SensorAddresses> {
    const c = this.#config
    await this.#adoptSharedKey()
    if (this.sink instanceof RedisSink) this.sink.start()
    if (this.deny instanceof DenylistWatcher) this.deny.start()
    this.exceptions?.start()
    await Promise.all([listen(this.#proxy, c.listen.host, c.listen.port), listen(this.#admin, c.admin.listen.host, c.admin.listen.port)])
    if (c.console.enabled && c.console.tokens.length > 0 && this.sink instanceof RedisSink) {
      const registry = this.metrics.registry
      this.#console = new ConsoleSupervisor(c, this.log, {
        metrics: async () => ({ contentType: registry.contentType, text: await registry.metrics() }),
        internalError: this.internalError,
      })
      await this.#console.start()
    }
    this.#listening = true
    const addresses = this.addresses()
    this.log.info(
      { proxy: `${addresses.proxy.address}:${addresses.proxy.port}`, admin: `${addresses.admin.address}:${addresses.admin.port}`, applications: c.applications.map((a) => a.name) },
      'api-sessions listening',
    )
    return addresses
  }

  addresses(): SensorAddresses {
    return {
      proxy: this.#proxy.address() as AddressInfo,
      admin: this.#admin.address() as AddressInfo,
      ...(this.#console?.address ? { console: this.#console.address } : {}),
    }
  }

  /**
   * Swap in a new config: routes, pools and limits for the next requests; requests in flight finish
   * on the old pools. Listen addresses and server limits need a restart (logged).
   */
  reload(config: Readonly<Config>): void {
    const insight = this.#buildInsight(config)
    insight.exceptions = this.insight.insight.exceptions
    this.insight.insight = insight
    const old = this.#holder.state
    if (this.deny instanceof DenylistWatcher) this.deny.setStatic(config.denylist)
    else this.deny.current = compileDeny([], config.denylist)
    const next = this.#buildState(config)
    next.draining = old.draining
    this.#holder.state = next
    const restartNeeded = ['listen', 'admin', 'limits', 'timeouts'].filter(
      (k) => JSON.stringify(config[k as keyof Config]) !== JSON.stringify(this.#config[k as keyof Config]),
    )
    this.#config = config
    void closeProxyState(old)
    this.log.info({ applications: config.applications.map((a) => a.name), restartNeeded }, 'config reloaded')
  }

  /** SIGHUP: re-read the file; an invalid file is logged and the running config stays. */
  reloadFromFile(): boolean {
    if (this.configFile === undefined) return false
    try {
      this.reload(loadConfig(this.configFile))
      return true
    } catch (err) {
      const e = err as SensorError
      this.log.error({ code: e.code, details: e.details, reason: e.message }, 'config reload refused; the running config stays')
      return false
    }
  }

  /** Stop accepting, let in-flight requests finish (up to the shutdown timeout), then close everything. */
  close(): Promise<void> {
    this.#closing ??= this.#drain()
    return this.#closing
  }

  async #drain(): Promise<void> {
    const state = this.#holder.state
    state.draining = true
    const deadline = this.#config.timeouts.shutdown
    this.log.info({ deadlineMs: deadline }, 'draining')
    const closed = new Promise<void>((resolve) => this.#proxy.close(() => resolve()))
    this.#proxy.closeIdleConnections()
    // connections that finish their last answer during the drain become idle: close them as they do
    const sweeper = setInterval(() => this.#proxy.closeIdleConnections(), 50)
    sweeper.unref()
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), deadline)
      timer.unref()
    })
    if (await Promise.race([closed.then(() => false), timedOut])) {
      this.log.warn('shutdown deadline reached; closing the remaining connections')
      this.#proxy.closeAllConnections()
    }
    clearTimeout(timer)
    clearInterval(sweeper)
    // tunnels are not the server's connections any more: closed here, so that their records are written
    this.#tunnels.closeAll()
    await closeProxyState(state)
    if (this.deny instanceof DenylistWatcher) this.deny.stop()
    this.exceptions?.stop()
    await this.#console?.close()
    await this.insight.close(Math.max(1_000, deadline / 6))
    this.#admin.closeAllConnections()
    await new Promise<void>((resolve) => this.#admin.close(() => resolve()))
    this.#listening = false
    this.log.info('stopped')
  }
}

const INTERNAL_LOG_EVERY_MS = 10_000

/** Records waiting for analysis beyond this pass on unanalysed (counted): a burst never queues without bound. */
const INSIGHT_BACKLOG = 10_000

async function listen(server: Server, host: string, port: number): Promise<void> {
  server.listen(port, host)
  try {
    await once(server, 'listening')
  } catch (err) {
    throw new SensorError('LISTEN_FAILED', `${host}:${port}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { cause: err })
  }
}
