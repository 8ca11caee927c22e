/**
 * `workers: N | auto`: N proxy processes share the listening port (node's cluster module; the
 * primary hands out connections in turn), each a whole sensor without an admin port or a console.
 * The primary supervises them:
 * - a worker that dies, or whose start fails (it exits 1), is started again after a back-off (1 s,
 *   doubling to 30 s, back to 1 s once one has stayed up a minute) and the log says why; the
 *   listening port never closes meanwhile;
 * - every worker runs the primary's running config, handed over at its start with its OpenAPI specs
 *   parsed and its certificate read: a worker reads none of these files, so an edit the primary did
 *   not take (refused, or never reloaded) never reaches a restarted worker;
 * - SIGHUP: the config file is read and validated once, here, in a worker thread (off the event
 *   loop: src/config/load-thread.ts), then handed to every worker with its OpenAPI specs parsed and
 *   its certificate read (the IPC channel carries structured clones), so that no worker reads a file
 *   or parses a spec on its event loop;
 * - a worker whose event loop stays blocked (no answer to the primary's heartbeat, one a second,
 *   for timeouts.workerHang) still takes its turn of the port's connections and answers none: it is
 *   killed, and started again as one that died;
 * - SIGTERM/SIGINT: every worker drains, then the primary stops;
 * - the admin port: /healthz, /readyz (every worker listening), /readyz/redis (every worker's shards
 *   writing), /workers (each worker's pid, uptime, restarts and requests), /metrics (the sum over
 *   the workers that answer within 2 s, plus the primary's own worker gauges: one hung or starting
 *   leaves itself out, never the scrape);
 * - the console, in its worker thread, as under a single process.
 * Session windows, continuity and the denylist live in Redis, so the workers agree without talking.
 */
import cluster, { type Worker } from 'node:cluster'
import http from 'node:http'
import { availableParallelism } from 'node:os'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { AggregatorRegistry, Counter, Gauge, Registry, type MetricObjectWithValues, type MetricValue } from 'prom-client'
import type { Config } from './config/schema.ts'
import { deepFreeze } from './config/load.ts'
import { loadConfigInThread, ReloadAbandoned, ReloadQueue } from './config/load-thread.ts'
import { cachedApiSpec, loadApiSpec, seedApiSpecs, type ApiSpec, type ParsedSpec } from './config/openapi.ts'
import { readServerTls, type ServerTls } from './config/files.ts'
import { planReload } from './config/reload.ts'
import { SensorError } from './errors.ts'
import { createLogger, type Logger } from './log.ts'
import { ConsoleSupervisor } from './console/supervisor.ts'
import { Sensor } from './sensor.ts'

/** The number of workers a config asks for: `auto` is the cores this process may use. */
export function workerCount(config: Readonly<Config>): number {
  return config.workers === 'auto' ? availableParallelism() : config.workers
}

/**
 * What a worker is handed with a config, read and parsed by the primary: its OpenAPI specs and its
 * certificate. A worker reads no file, so that one started again after a crash runs what the others
 * run (a file changed since is the next SIGHUP's business), and parses nothing on its event loop.
 */
interface Material {
  specs: ParsedSpec[]
  tls?: ServerTls
}

type ToWorker = ({ t: 'config'; config: Config } & Material) | ({ t: 'reload'; config: Config } & Material) | { t: 'stats?'; id: number } | { t: 'notWriting?'; id: number } | { t: 'metrics?'; id: number } | { t: 'ping' }
type FromWorker =
  | { t: 'config?' }
  | { t: 'failed'; reason: string }
  | { t: 'listening' }
  | { t: 'pong' }
  | { t: 'reloaded'; ok: boolean; code?: string; reason?: string; details?: readonly string[] }
  | { t: 'stats'; id: number; slot: number; requests: number }
  | { t: 'metrics'; id: number; slot: number; metrics: MetricObjectWithValues<MetricValue<string>>[] }
  | { t: 'notWriting'; id: number; shards: { shard: number; failures: number; lastWriteAgeMs: number | null; error: string }[] }

const FIRST_BACKOFF_MS = 1_000
const MAX_BACKOFF_MS = 30_000
const STABLE_MS = 60_000
const ASK_TIMEOUT_MS = 2_000
/** the primary pings each listening worker this often (timeouts.workerHang says how long one may stay silent) */
const HEARTBEAT_MS = 1_000
/** a worker that has not had its config from the primary by then fails its start */
const CONFIG_TIMEOUT_MS = 30_000
/** the longest start failure a worker reports to the primary's log */
const MAX_REASON = 2_000

interface Slot {
  readonly slot: number
  worker: Worker | undefined
  listening: boolean
  startedAt: number
  restarts: number
  backoff: number
  timer: NodeJS.Timeout | undefined
  /** the config the worker was handed last (at its start or a reload) */
  handed: Readonly<Config> | undefined
  /** why its start failed, as the worker said before exiting */
  failure: string | undefined
  /** when it was last heard from (any message): a listening worker silent past timeouts.workerHang is hung */
  heardAt: number
}

/** The primary: forks and supervises the workers, serves the admin port and the console. */
export class Primary {
  readonly log: Logger
  readonly #file: string
  #config: Readonly<Config>
  readonly #slots: Slot[]
  readonly #registry = new Registry()
  readonly #workerUp: Gauge<'worker'>
  readonly #restarts: Counter<'worker'>
  readonly #scraped: Gauge<'worker'>
  readonly #admin: http.Server
  #console: ConsoleSupervisor | undefined
  #stopping = false
  #heartbeat: NodeJS.Timeout | undefined
  /** the running config's specs and certificate, handed with it */
  #material: Material
  readonly #reloads = new ReloadQueue(() => this.#reloadFromFile())
  readonly #abortReload = new AbortController()
  #asked = 0
  readonly #answers = new Map<number, (m: FromWorker) => void>()

  constructor(file: string, config: Readonly<Config>, log?: Logger) {
    this.#file = file
    this.#config = config
    this.log = log ?? createLogger(config.log.level)
    // the specs as the loader parsed them (its cache), the certificate read and checked once more
    this.#material = materialOf(config, config.applications.flatMap((a) => (a.openapi === undefined ? [] : [parsedApiSpec(a.openapi)])))
    this.#slots = Array.from({ length: workerCount(config) }, (_, slot) => ({ slot, worker: undefined, listening: false, startedAt: 0, restarts: 0, backoff: FIRST_BACKOFF_MS, timer: undefined, handed: undefined, failure: undefined, heardAt: 0 }))
    this.#workerUp = new Gauge({ name: 'apisess_worker_up', help: '1 while the worker process is listening', labelNames: ['worker'], registers: [this.#registry] })
    this.#scraped = new Gauge({ name: 'apisess_worker_scraped', help: '1 when the worker\'s metrics are in this scrape (0: it did not answer within 2 s, or is not listening)', labelNames: ['worker'], registers: [this.#registry] })
    this.#restarts = new Counter({ name: 'apisess_worker_restarts_total', help: 'Workers started again after dying', labelNames: ['worker'], registers: [this.#registry] })
    this.#admin = http.createServer((req, res) => void this.#answer(req, res))
    // no file: a worker asks the primary for its config ('config?'); advanced: the specs' Maps cross
    cluster.setupPrimary({ args: ['start'], serialization: 'advanced' })
  }

  async start(): Promise<AddressInfo> {
    const c = this.#config
    this.#admin.listen(c.admin.listen.port, c.admin.listen.host)
    try {
      await once(this.#admin, 'listening')
    } catch (err) {
      throw new SensorError('LISTEN_FAILED', `${c.admin.listen.host}:${c.admin.listen.port}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { cause: err })
    }
    await Promise.all(this.#slots.map((s) => this.#fork(s)))
    this.#heartbeat = setInterval(() => this.#beat(), HEARTBEAT_MS)
    this.#heartbeat.unref()
    if (c.console.enabled && c.console.tokens.length > 0) {
      this.#console = new ConsoleSupervisor(c, this.log, {
        metrics: async () => ({ contentType: this.#registry.contentType, text: await this.#metrics() }),
        internalError: (where, err) => this.log.error({ err, where }, 'internal error caught at a boundary; the process goes on'),
      })
      await this.#console.start()
    }
    const admin = this.#admin.address() as AddressInfo
    this.log.info({ workers: this.#slots.length, admin: `${admin.address}:${admin.port}`, proxy: `${c.listen.host}:${c.listen.port}`, pids: this.#slots.map((s) => s.worker?.process.pid) }, 'api-sessions workers listening')
    return admin
  }

  /** Fork the worker of a slot; resolves when it listens (or dies first). */
  #fork(s: Slot): Promise<void> {
    const worker = cluster.fork({ APISESS_WORKER_SLOT: String(s.slot) })
    s.worker = worker
    s.listening = false
    s.startedAt = Date.now()
    s.handed = undefined
    s.failure = undefined
    const label = { worker: String(s.slot) }
    worker.on('message', (m: FromWorker) => {
      s.heardAt = Date.now()
      if (m.t === 'config?') {
        s.handed = this.#config
        send(worker, { t: 'config', config: this.#config, ...this.#material })
      } else if (m.t === 'failed') {
        s.failure = String(m.reason).slice(0, MAX_REASON)
      } else if (m.t === 'reloaded') {
        // the primary validated what it handed; a worker that still refuses it (a file changed in
        // between, a file only it fails on) runs its previous config, and the log says so
        if (!m.ok) this.log.error({ worker: s.slot, pid: worker.process.pid, code: m.code, reason: m.reason, details: m.details }, 'a worker refused the config the primary handed it; it runs its previous config')
      } else if (m.t === 'listening') {
        s.listening = true
        this.#workerUp.set(label, 1)
        this.log.info({ worker: s.slot, pid: worker.process.pid }, 'worker listening')
        // a reload taken while it started: it listens with the config it was handed, so hand it the new one
        if (s.handed !== undefined && s.handed !== this.#config) this.#hand(s, worker)
      } else if ('id' in m) {
        this.#answers.get(m.id)?.(m)
        this.#answers.delete(m.id)
      }
    })
    worker.on('exit', (code, signal) => this.#exited(s, worker, code, signal))
    // a channel that broke under a send (the worker dying, its exit not yet heard): said, never thrown
    worker.on('error', (err: Error) => this.log.warn({ worker: s.slot, pid: worker.process.pid, err: err.message }, 'a message to a worker failed'))
    // its channel gone, it is dying: asked nothing more, not ready, until its exit starts it again
    worker.on('disconnect', () => {
      if (s.worker === worker) s.listening = false
    })
    return new Promise((resolve) => {
      const done = (): void => {
        worker.off('message', onMessage)
        worker.off('exit', done)
        resolve()
      }
      const onMessage = (m: FromWorker): void => {
        if (m.t === 'listening') done()
      }
      worker.on('message', onMessage)
      worker.on('exit', done)
    })
  }

  #exited(s: Slot, worker: Worker, code: number, signal: string | null): void {
    if (s.worker !== worker) return
    s.worker = undefined
    s.listening = false
    this.#workerUp.set({ worker: String(s.slot) }, 0)
    if (this.#stopping) return
    if (Date.now() - s.startedAt > STABLE_MS) s.backoff = FIRST_BACKOFF_MS
    const delay = s.backoff
    s.backoff = Math.min(MAX_BACKOFF_MS, s.backoff * 2)
    const reason = s.failure === undefined ? {} : { reason: s.failure }
    this.log.error({ worker: s.slot, pid: worker.process.pid, code, signal, restartInMs: delay, ...reason }, s.failure === undefined ? 'worker died; the other workers serve the port; starting it again' : 'worker failed to start; the other workers serve the port; starting it again')
    s.timer = setTimeout(() => {
      s.restarts++
      this.#restarts.inc({ worker: String(s.slot) })
      void this.#fork(s)
    }, delay)
  }

  /**
   * A ping to every listening worker, each second; one not heard from (a pong or anything else) for
   * timeouts.workerHang has its event loop blocked: it still takes its turn of the port's connections
   * and answers none, so it is killed, and its exit starts it again.
   */
  #beat(): void {
    if (this.#stopping) return
    const now = Date.now()
    for (const s of this.#slots) {
      const worker = s.worker
      if (worker === undefined || !s.listening) continue
      const silent = now - s.heardAt
      if (silent > this.#config.timeouts.workerHang) {
        this.log.error({ worker: s.slot, pid: worker.process.pid, silentMs: silent }, 'worker hung: no answer to the heartbeat; killing it')
        s.listening = false
        worker.process.kill('SIGKILL')
        continue
      }
      send(worker, { t: 'ping' })
    }
  }

  /** Ask every live worker; answers that do not come in time are left out. */
  async #ask(make: (id: number) => ToWorker): Promise<FromWorker[]> {
    const live = this.#slots.filter((s) => s.worker !== undefined && s.listening)
    return (
      await Promise.all(
        live.map(
          (s) =>
            new Promise<FromWorker | undefined>((resolve) => {
              const id = ++this.#asked
              const timer = setTimeout(() => {
                this.#answers.delete(id)
                resolve(undefined)
              }, ASK_TIMEOUT_MS)
              this.#answers.set(id, (m) => {
                clearTimeout(timer)
                resolve(m)
              })
              // a worker whose channel broke since it was found live answers nothing: left out at once
              send(s.worker!, make(id), () => {
                clearTimeout(timer)
                this.#answers.delete(id)
                resolve(undefined)
              })
            }),
        ),
      )
    ).filter((m): m is FromWorker => m !== undefined)
  }

  /**
   * The sum over the workers that answer within ASK_TIMEOUT_MS, with the primary's own gauges: one
   * worker hung or still starting leaves itself out (`apisess_worker_scraped` 0), never the scrape
   * (prom-client's cluster aggregation failed it whole, after 5 s, and kept the others' answers).
   */
  async #metrics(): Promise<string> {
    const answers = await this.#ask((id) => ({ t: 'metrics?', id }))
    const scraped = new Set<number>()
    const sets: MetricObjectWithValues<MetricValue<string>>[][] = []
    for (const m of answers) {
      if (m.t !== 'metrics') continue
      sets.push(m.metrics)
      scraped.add(m.slot)
    }
    for (const s of this.#slots) this.#scraped.set({ worker: String(s.slot) }, scraped.has(s.slot) ? 1 : 0)
    const workers = sets.length === 0 ? '' : await AggregatorRegistry.aggregate(sets).metrics()
    return `${workers}\n${await this.#registry.metrics()}`
  }

  async #answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    }
    try {
      const path = (req.url ?? '/').split('?')[0]
      if (path === '/healthz') return json(200, { status: 'ok' })
      if (path === '/readyz') {
        const down = this.#slots.filter((s) => !s.listening).map((s) => s.slot)
        if (this.#stopping) return json(503, { status: 'not ready', reason: 'draining' })
        return down.length === 0 ? json(200, { status: 'ready', workers: this.#slots.length }) : json(503, { status: 'not ready', reason: `workers not listening: ${down.join(', ')}` })
      }
      if (path === '/readyz/redis') {
        const answers = await this.#ask((id) => ({ t: 'notWriting?', id }))
        const shards = answers.flatMap((m) => (m.t === 'notWriting' ? m.shards : []))
        return shards.length === 0 ? json(200, { status: 'writing' }) : json(503, { status: 'not writing', shards })
      }
      if (path === '/workers') {
        const requests = new Map<number, number>()
        const answers = await this.#ask((id) => ({ t: 'stats?', id }))
        for (const m of answers) if (m.t === 'stats') requests.set(m.slot, m.requests)
        return json(200, {
          workers: this.#slots.map((s) => ({
            worker: s.slot,
            pid: s.worker?.process.pid ?? null,
            listening: s.listening,
            upMs: s.worker ? Date.now() - s.startedAt : 0,
            restarts: s.restarts,
            requests: requests.get(s.slot) ?? null,
          })),
        })
      }
      if (path === '/metrics') {
        const text = await this.#metrics()
        res.writeHead(200, { 'content-type': this.#registry.contentType }).end(text)
        return
      }
      json(404, { error: 'not found' })
    } catch (err) {
      this.log.error({ err }, 'admin request failed')
      if (!res.headersSent) json(500, { error: 'internal error', code: 'INTERNAL' })
    }
  }

  /**
   * SIGHUP: read and validate the file once, in a worker thread, then hand the config and its parsed
   * specs to every worker. One reload after the other (one more queued while one runs).
   */
  reloadFromFile(): Promise<boolean> {
    return this.#reloads.ask()
  }

  async #reloadFromFile(): Promise<boolean> {
    if (this.#stopping) return false
    let next: Readonly<Config>
    let material: Material
    try {
      const loaded = await loadConfigInThread(this.#file, { signal: this.#abortReload.signal })
      if (this.#stopping) throw new ReloadAbandoned('stopping')
      next = loaded.config
      const plan = planReload(this.#config, next)
      if (plan.refused.length > 0) throw new SensorError('RELOAD_REFUSED', 'these keys cannot change on a reload; the running config stays', { details: plan.refused })
      // the certificate read here once more (the thread checked it): what every worker is handed
      material = materialOf(plan.config, loaded.parsed)
    } catch (err) {
      if (err instanceof ReloadAbandoned) {
        this.log.info('config reload abandoned: stopping')
        return false
      }
      const e = err as SensorError
      this.log.error({ code: e.code, details: e.details, reason: e.message }, 'config reload refused; the running config stays')
      return false
    }
    const consoleChanged = JSON.stringify(next.console) !== JSON.stringify(this.#config.console)
    this.#config = next
    this.#material = material
    // a worker still starting gets it once it listens (see #fork)
    for (const s of this.#slots) if (s.worker !== undefined && s.listening) this.#hand(s, s.worker)
    if (consoleChanged) this.#console?.reconfigure(next).catch((err: unknown) => this.log.error({ err }, 'the console could not follow the reloaded config'))
    this.log.info({ workers: this.#slots.length }, 'config handed to every worker')
    return true
  }

  /** Hand a listening worker the running config. */
  #hand(s: Slot, worker: Worker): void {
    s.handed = this.#config
    send(worker, { t: 'reload', config: this.#config, ...this.#material })
  }

  /** SIGTERM: every worker drains (its own shutdown deadline), then the console and the admin port close. */
  async close(): Promise<void> {
    if (this.#stopping) return
    this.#stopping = true
    this.#abortReload.abort()
    clearInterval(this.#heartbeat)
    for (const s of this.#slots) clearTimeout(s.timer)
    const live = this.#slots.map((s) => s.worker).filter((w): w is Worker => w !== undefined)
    await Promise.all(
      live.map(async (w) => {
        const exited = once(w, 'exit')
        w.process.kill('SIGTERM')
        const timer = setTimeout(() => w.process.kill('SIGKILL'), this.#config.timeouts.shutdown + 5_000)
        await exited
        clearTimeout(timer)
      }),
    )
    await this.#console?.close()
    this.#admin.closeAllConnections()
    await new Promise<void>((resolve) => this.#admin.close(() => resolve()))
    this.log.info('stopped')
  }
}

/** The specs and certificate of a config (primary): a failure refuses it, as the loader would. */
function materialOf(config: Readonly<Config>, specs: readonly ParsedSpec[]): Material {
  return { specs: [...specs], ...(config.listen.tls ? { tls: readServerTls(config.listen.tls) } : {}) }
}

/** A spec the loader read (in its cache): taken from there, parsed only if it is not. */
function parsedApiSpec(file: string): ParsedSpec {
  loadApiSpec(file)
  return cachedApiSpec(file)!
}

/** What a worker was handed, as its Sensor takes it (the IPC's structured clone makes Buffers plain Uint8Arrays). */
interface Handed {
  specs: Map<string, ApiSpec>
  tls: ServerTls | undefined
}
function handed(m: Material): Handed {
  const buffer = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength)
  return { specs: seedApiSpecs(m.specs), tls: m.tls ? { cert: buffer(m.tls.cert), key: buffer(m.tls.key) } : undefined }
}

/** a worker's answer that could not be made: the primary leaves it out after its wait */
const noAnswer = (): void => {}

/**
 * A message to a worker, unless its channel is gone (it is dying; its exit is on its way): a send
 * that fails calls `failed` (or is said on the worker's 'error'), and never throws in the primary.
 */
function send(worker: Worker, m: ToWorker, failed?: () => void): void {
  if (!worker.isConnected()) {
    failed?.()
    return
  }
  worker.send(m, undefined, undefined, (err: Error | null) => {
    if (err !== null) failed?.()
  })
}

/**
 * The primary's running config, asked for over IPC: a worker never reads the file, so what it runs
 * is what the primary validated and took (its ${ENV} references resolved there).
 */
function configFromPrimary(): Promise<{ config: Readonly<Config> } & Handed> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      process.off('message', onMessage)
      reject(new SensorError('CONFIG_READ', `no config from the primary within ${CONFIG_TIMEOUT_MS / 1000} s`))
    }, CONFIG_TIMEOUT_MS)
    const onMessage = (m: ToWorker): void => {
      if (m.t !== 'config') return
      clearTimeout(timer)
      process.off('message', onMessage)
      resolve({ config: deepFreeze(m.config), ...handed(m) })
    }
    process.on('message', onMessage)
    process.send!({ t: 'config?' } satisfies FromWorker)
  })
}

/** A worker: a sensor without admin port or console, its metrics aggregated by the primary. */
export async function runWorker(): Promise<Sensor> {
  const { config, specs, tls } = await configFromPrimary()
  const sensor = new Sensor({ config, worker: true, specs, ...(tls ? { tls } : {}) })
  try {
    await sensor.start()
  } catch (err) {
    // what did start (the Redis writer, the policy watchers) would keep the process alive
    await sensor.close().catch(() => {})
    throw err
  }
  const slot = Number(process.env.APISESS_WORKER_SLOT ?? 0)
  const tell = (m: FromWorker): void => {
    if (process.connected) process.send!(m)
  }
  process.on('message', (m: ToWorker) => {
    if (m.t === 'reload') {
      try {
        // the specs the primary's thread parsed, the certificate it read: this worker reads no file
        const { specs, tls } = handed(m)
        sensor.reload(deepFreeze(m.config), specs, tls)
        tell({ t: 'reloaded', ok: true })
      } catch (err) {
        const e = err instanceof SensorError ? err : undefined
        const reason = (err as Error).message
        sensor.log.error({ code: e?.code, reason, details: e?.details }, 'config reload refused; the running config stays')
        tell({ t: 'reloaded', ok: false, ...(e ? { code: e.code, details: e.details.slice(0, 100) } : {}), reason: reason.slice(0, MAX_REASON) })
      }
    } else if (m.t === 'stats?') {
      void sensor.metrics.registry.getSingleMetric('apisess_requests_total')?.get().then((metric) => {
        tell({ t: 'stats', id: m.id, slot, requests: metric.values.reduce((n, v) => n + v.value, 0) })
      }, noAnswer)
    } else if (m.t === 'notWriting?') {
      tell({ t: 'notWriting', id: m.id, shards: sensor.backend.notWriting() })
    } else if (m.t === 'ping') {
      tell({ t: 'pong' })
    } else if (m.t === 'metrics?') {
      void sensor.metrics.registry.getMetricsAsJSON().then((metrics) => tell({ t: 'metrics', id: m.id, slot, metrics }), noAnswer)
    }
  })
  tell({ t: 'listening' })
  return sensor
}

/**
 * A worker whose start failed: it tells the primary why and exits 1, so that the primary starts it
 * again after its back-off (left alone, the IPC channel to the primary would keep the process alive
 * and never listening, and the primary would never hear of it). Never resolves.
 */
export function workerFailed(err: unknown): Promise<never> {
  const reason = err instanceof SensorError ? [`${err.code}: ${err.message}`, ...err.details].join('; ') : err instanceof Error ? err.message : String(err)
  const exit = (): void => process.exit(1)
  // the exit waits for the message to be sent, not longer than a second
  setTimeout(exit, 1_000).unref()
  if (process.connected) process.send!({ t: 'failed', reason: reason.slice(0, MAX_REASON) } satisfies FromWorker, undefined, undefined, exit)
  else exit()
  return new Promise<never>(() => {})
}
