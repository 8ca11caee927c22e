/**
 * The composition root: wires config, logger, metrics, the backend (Redis, or a given sink), the
 * policy, the proxy, insight, the admin port and the console's supervisor; owns start, reload
 * (SIGHUP) and drain (SIGTERM). Nothing else creates long-lived parts.
 */
import type { Server } from 'node:http'
import type https from 'node:https'
import type { AddressInfo } from 'node:net'
import { once } from 'node:events'
import type { Config } from './config/schema.ts'
import { loadConfigInThread, ReloadAbandoned, ReloadQueue } from './config/load-thread.ts'
import type { ApiSpec } from './config/openapi.ts'
import { readServerTls, type ServerTls } from './config/files.ts'
import { planReload, type ReloadPlan } from './config/reload.ts'
import { SensorError } from './errors.ts'
import { createLogger, LogLimiter, type Logger } from './log.ts'
import { createMetrics, type Metrics } from './metrics.ts'
import { createIdSource } from './capture/ids.ts'
import { createHasher, ephemeralKey, type Hasher } from './capture/mask.ts'
import type { RecordSink } from './sink/sink.ts'
import { LocalBackend, RedisBackend, type Backend } from './backend.ts'
import { Policy } from './policy/policy.ts'
import { ConsoleSupervisor } from './console/supervisor.ts'
import { buildProxyState, closeProxyState, type Lifecycle, type ProxyState } from './proxy/state.ts'
import { createProxyServer, type StateHolder } from './proxy/server.ts'
import { Tunnels } from './proxy/tunnels.ts'
import { createAdminServer } from './admin/server.ts'
import { AbuseTracker } from './insight/abuse.ts'
import { AttackDetector } from './insight/attacks.ts'
import { Insight } from './insight/insight.ts'
import { InsightStage } from './insight/stage.ts'

export interface SensorOptions {
  config: Readonly<Config>
  /** the file SIGHUP re-reads; without it, reload() needs a config */
  configFile?: string
  /** where records go; by default the Redis writer of the config's `redis` */
  sink?: RecordSink
  logger?: Logger
  /** collect node's default process metrics (off in tests that run many sensors) */
  processMetrics?: boolean
  /** one of `workers` processes: no admin port and no console (the primary serves them) */
  worker?: boolean
  /** the config's OpenAPI specs already parsed, by file (a worker's, handed by the primary); the others are read */
  specs?: ReadonlyMap<string, ApiSpec>
  /** listen.tls's certificate and key already read (a worker's, handed by the primary); otherwise read from the files */
  tls?: ServerTls
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
  /** where records go and the policy comes from: the config's Redis, or the given sink */
  readonly backend: Backend
  /** the denylist and exceptions in force, shared by the proxy and insight */
  readonly policy: Policy
  /** where the proxy's records go first: endpoint, flow, attack and abuse analysis, then the sink */
  readonly insight: InsightStage
  readonly configFile: string | undefined
  readonly #lifecycle: Lifecycle = { draining: false }
  readonly #tunnels = new Tunnels()
  readonly #abuse: AbuseTracker
  /** when each boundary last logged an internal error: at most one line per boundary per interval */
  readonly #internalLogged = new LogLimiter()
  #config: Readonly<Config>
  #holder: StateHolder
  #proxy: Server
  #admin: Server
  #listening = false
  #closing: Promise<void> | undefined
  #console: ConsoleSupervisor | undefined
  /** the console's start, stop or restart after reloads, one after the other */
  #consoleSync: Promise<void> = Promise.resolve()
  #ephemeral: Hasher | undefined
  readonly #worker: boolean
  /** built for the config's insight.maxInspectBytes and insight.maxInspectTime: a reload that changes them builds a new one */
  #detector: AttackDetector
  /** SIGHUP's reloads, one after the other */
  readonly #reloads = new ReloadQueue(() => this.#reloadFromFile())
  /** stops the reading of a reload in flight (a drain) */
  readonly #abortReload = new AbortController()

  constructor(options: SensorOptions) {
    const config = options.config
    this.#config = config
    this.#worker = options.worker ?? false
    this.configFile = options.configFile
    this.log = options.logger ?? createLogger(config.log.level)
    this.metrics = createMetrics(options.processMetrics ?? true)
    this.policy = new Policy(config.denylist)
    this.backend = options.sink
      ? new LocalBackend(options.sink)
      : new RedisBackend(config, this.policy, this.log, this.metrics.sink, this.internalError)
    this.#abuse = new AbuseTracker(config.insight.abuse)
    this.#detector = detectorFor(config)
    this.insight = new InsightStage(this.backend.sink, this.#buildInsight(config, options.specs), this.metrics.insight, this.log.child({ part: 'insight' }), INSIGHT_BACKLOG)
    this.#holder = { state: this.#buildState(config) }
    this.#proxy = createProxyServer(config, this.#holder, options.tls)
    this.#admin = createAdminServer({ notReady: () => this.#notReady(), notWriting: () => this.backend.notWriting() }, this.metrics.registry)
  }

  /**
   * An exception caught at a boundary (a request, a record, a console call, a Redis reply): counted
   * by where it was caught and logged with its stack, at most once per boundary every 10 s.
   */
  readonly internalError = (where: string, err: unknown): void => {
    try {
      this.metrics.internalErrors.inc({ where })
      const suppressed = this.#internalLogged.pass(where)
      if (suppressed < 0) return
      this.log.error({ err, where, suppressed }, 'internal error caught at a boundary; the process goes on')
    } catch {
      // the last resort of a boundary must not throw
    }
  }

  /** where records go (the backend's sink) */
  get sink(): RecordSink {
    return this.backend.sink
  }

  /** the console's supervisor, when the console runs under this sensor */
  get console(): ConsoleSupervisor | undefined {
    return this.#console
  }

  get config(): Readonly<Config> {
    return this.#config
  }

  /** What the proxy runs on, from a config: routes, pools, identification; the shared parts by reference. */
  #buildState(config: Readonly<Config>): ProxyState {
    const { metrics, insight, log } = this
    return buildProxyState(config, {
      log,
      ids: this.#holder?.state.ids ?? createIdSource(),
      finished(record) {
        metrics.observeRecord(record)
        if (log.isLevelEnabled('debug')) {
          // the record as it will be stored: not the raw inputs kept for the attack detector
          const { inputs: _raw, windowKey: _w, handoffKey: _h, abuse: _a, ...rec } = record
          log.debug({ rec }, 'request')
        }
        insight.push(record)
      },
      rejected: (code) => metrics.rejected.inc({ code }),
      unmonitored: () => metrics.observeUnmonitored(),
      hasher: this.#hasherFor(config),
      policy: this.policy,
      lifecycle: this.#lifecycle,
      internalError: this.internalError,
      tunnels: this.#tunnels,
    })
  }

  /** Reads the OpenAPI specs not in `specs`: throws on one that cannot be used (the config loader checked them first). */
  #buildInsight(config: Readonly<Config>, specs?: ReadonlyMap<string, ApiSpec>): Insight {
    if (config.insight.maxInspectBytes !== this.#detector.maxInspectBytes || config.insight.maxInspectTime !== this.#detector.maxInspectMs) this.#detector = detectorFor(config)
    // with Redis the batch script counts abuse, so that every worker and instance agrees
    return new Insight(config, this.#detector, this.backend.inRedis ? 'redis' : this.#abuse, this.policy, specs)
  }

  /** Without hashKey, sensors on one Redis share a key kept there (made by the first one). */
  async #adoptSharedKey(): Promise<void> {
    if (this.#config.hashKey !== undefined || !this.backend.inRedis) return
    const key = await this.backend.sharedKey()
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
      if (!this.backend.inRedis) {
        this.log.warn('no hashKey configured: session ids and hashed values use a random key and change when the sensor restarts')
      }
    }
    return this.#ephemeral
  }

  #notReady(): string | undefined {
    if (!this.#listening) return 'not listening'
    if (this.#lifecycle.draining) return 'draining'
    return undefined
  }

  async start(): Promise<SensorAddresses> {
    const c = this.#config
    await this.#adoptSharedKey()
    this.backend.start()
    await Promise.all([
      listen(this.#proxy, c.listen.host, c.listen.port),
      ...(this.#worker ? [] : [listen(this.#admin, c.admin.listen.host, c.admin.listen.port)]),
    ])
    if (this.#wantsConsole(c)) {
      this.#console = this.#newConsole(c)
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

  #wantsConsole(c: Readonly<Config>): boolean {
    return !this.#worker && c.console.enabled && c.console.tokens.length > 0 && this.backend.inRedis
  }

  #newConsole(c: Readonly<Config>): ConsoleSupervisor {
    const registry = this.metrics.registry
    return new ConsoleSupervisor(c, this.log, {
      metrics: async () => ({ contentType: registry.contentType, text: await registry.metrics() }),
      internalError: this.internalError,
    })
  }

  /** After a reload that changed `console` or `log`: the console started, stopped or started again with the config in force. */
  #syncConsole(): void {
    this.#consoleSync = this.#consoleSync.then(async () => {
      if (this.#closing !== undefined) return
      const c = this.#config
      try {
        if (!this.#wantsConsole(c)) {
          const old = this.#console
          this.#console = undefined
          await old?.close()
        } else if (this.#console === undefined) {
          this.#console = this.#newConsole(c)
          await this.#console.start()
        } else {
          await this.#console.reconfigure(c)
        }
      } catch (err) {
        this.log.error({ err }, 'the console could not follow the reloaded config')
      }
    })
  }

  /** Resolves once the console follows the last reload (tests). */
  consoleSettled(): Promise<void> {
    return this.#consoleSync
  }

  addresses(): SensorAddresses {
    return {
      proxy: this.#proxy.address() as AddressInfo,
      // a worker has none: its primary serves the admin port
      admin: (this.#admin.address() as AddressInfo | null) ?? { address: '', family: 'IPv4', port: 0 },
      ...(this.#console?.address ? { console: this.#console.address } : {}),
    }
  }

  /**
   * Swap in a new config, key by key as src/config/reload.ts says: routes, pools, identification,
   * insight, the static denylist, the console and the log level apply to the next requests; the
   * keys that need a restart keep their running values (and are named in the log line); a change
   * of hashKey, redis.prefix or redis.shards refuses the whole reload (RELOAD_REFUSED). TLS
   * certificate files are read again each time (rotation). Requests in flight finish on the old pools.
   * `specs`: the OpenAPI specs already parsed, by file (a reload's thread; the others are read here);
   * `tls`: listen.tls's files already read (a worker's, handed by the primary).
   */
  reload(next: Readonly<Config>, specs?: ReadonlyMap<string, ApiSpec>, tls?: ServerTls): ReloadPlan {
    const plan = planReload(this.#config, next)
    if (plan.refused.length > 0) throw new SensorError('RELOAD_REFUSED', 'these keys cannot change on a reload; the running config stays', { details: plan.refused })
    const config = plan.config
    // everything that can fail comes first: a failure leaves the running config whole
    const context = config.listen.tls && this.#config.listen.tls ? (tls ?? readServerTls(config.listen.tls)) : undefined
    const insight = this.#buildInsight(config, specs)
    const state = this.#buildState(config)
    if (context !== undefined) (this.#proxy as https.Server).setSecureContext(context)
    this.insight.insight = insight
    this.backend.configure(config)
    this.policy.setStatic(config.denylist)
    const old = this.#holder.state
    this.#holder.state = state
    const running = this.#config
    this.#config = config
    void closeProxyState(old, true)
    if (JSON.stringify([running.console, running.log]) !== JSON.stringify([config.console, config.log])) this.#syncConsole()
    const fields = { applications: config.applications.map((a) => a.name), applied: plan.applied, restartNeeded: plan.restartNeeded }
    if (plan.restartNeeded.length > 0) this.log.warn(fields, 'config reloaded')
    else this.log.info(fields, 'config reloaded')
    this.log.level = config.log.level
    return plan
  }

  /**
   * SIGHUP: re-read the file, in a worker thread (src/config/load-thread.ts: the config, its specs
   * and TLS files read, parsed and checked off the event loop), then apply it here in one step; an
   * invalid file (or a refused change) is logged and the running config stays. Reloads run one after
   * the other (one more is queued while one runs); a drain abandons the one in flight.
   */
  reloadFromFile(): Promise<boolean> {
    if (this.configFile === undefined) return Promise.resolve(false)
    return this.#reloads.ask()
  }

  async #reloadFromFile(): Promise<boolean> {
    const file = this.configFile!
    if (this.#closing !== undefined) return false
    try {
      const loaded = await loadConfigInThread(file, { signal: this.#abortReload.signal })
      if (this.#closing !== undefined) throw new ReloadAbandoned('the sensor is stopping')
      this.reload(loaded.config, loaded.specs)
      return true
    } catch (err) {
      if (err instanceof ReloadAbandoned) {
        this.log.info('config reload abandoned: the sensor is stopping')
        return false
      }
      const e = err instanceof SensorError ? err : new SensorError('CONFIG_INVALID', String((err as Error).message ?? err), { cause: err })
      this.log.error({ code: e.code, details: e.details, reason: e.message }, 'config reload refused; the running config stays')
      return false
    }
  }

  /** Stop accepting, let in-flight requests finish (up to the shutdown timeout), then close everything. */
  close(): Promise<void> {
    if (this.#closing === undefined) this.#abortReload.abort()
    this.#closing ??= this.#drain()
    return this.#closing
  }

  async #drain(): Promise<void> {
    this.#lifecycle.draining = true
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
    await closeProxyState(this.#holder.state)
    this.backend.stop()
    await this.#consoleSync
    await this.#console?.close()
    await this.insight.close(Math.max(1_000, deadline / 6))
    this.#admin.closeAllConnections()
    await new Promise<void>((resolve) => this.#admin.close(() => resolve()))
    this.#listening = false
    this.log.info('stopped')
  }
}


/** Records waiting for analysis beyond this pass on unanalysed (counted): a burst never queues without bound. */
const INSIGHT_BACKLOG = 10_000

/** The attack detector for a config's bounds, its patterns compiled before the first request (AttackDetector.warmUp). */
function detectorFor(config: Readonly<Config>): AttackDetector {
  const detector = new AttackDetector({ maxInspectBytes: config.insight.maxInspectBytes, maxInspectMs: config.insight.maxInspectTime })
  detector.warmUp()
  return detector
}

async function listen(server: Server, host: string, port: number): Promise<void> {
  server.listen(port, host)
  try {
    await once(server, 'listening')
  } catch (err) {
    throw new SensorError('LISTEN_FAILED', `${host}:${port}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { cause: err })
  }
}
