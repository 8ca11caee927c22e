/**
 * The console under `api-sessions start` runs in a worker thread (worker.ts) with its own event
 * loop and a bounded heap, supervised from here: when it dies (a bug, its heap exhausted) it is
 * started again after a back-off (1 s, doubling to 30 s, back to 1 s once it has stayed up a
 * minute), and the log says why. The proxy's event loop never runs console code.
 */
import { Worker } from 'node:worker_threads'
import type { AddressInfo } from 'node:net'
import type { Config } from '../config/schema.ts'
import type { Logger } from '../log.ts'

/** messages from the console worker */
export type FromConsole =
  | { t: 'listening'; address: AddressInfo }
  | { t: 'log'; line: string }
  | { t: 'metrics?'; id: number }
  | { t: 'internal'; where: string; message: string }
/** messages to it */
export type ToConsole = { t: 'metrics'; id: number; contentType: string; text: string } | { t: 'close' } | { t: 'crash' }

export interface SupervisorDeps {
  metrics(): Promise<{ contentType: string; text: string }>
  internalError(where: string, err: unknown): void
}

/** the console's heap: its reads are bounded by the page they return, this bounds the rest */
const HEAP_MB = 512
const FIRST_BACKOFF_MS = 1_000
const MAX_BACKOFF_MS = 30_000
const STABLE_MS = 60_000

const LEVELS: Record<number, 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal'> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' }
const WORKER_FILE = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url)

export class ConsoleSupervisor {
  #config: Readonly<Config>
  readonly #log: Logger
  readonly #deps: SupervisorDeps
  #worker: Worker | undefined
  #address: AddressInfo | undefined
  #stopping = false
  #backoff = FIRST_BACKOFF_MS
  #timer: NodeJS.Timeout | undefined
  #startedAt = 0
  /** how many times the worker was started again after dying */
  restarts = 0
  /** resolves on each `listening` (for tests: an event, not a poll) */
  #listeners: ((address: AddressInfo) => void)[] = []

  constructor(config: Readonly<Config>, log: Logger, deps: SupervisorDeps) {
    this.#config = config
    this.#log = log.child({ part: 'console' })
    this.#deps = deps
  }

  get address(): AddressInfo | undefined {
    return this.#address
  }

  /** Start the worker; resolves when it listens (rejects when its first start fails). */
  start(): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      const worker = this.#spawn()
      const onExit = (code: number) => reject(new Error(`the console worker exited (${code}) before listening`))
      worker.once('exit', onExit)
      this.#listeners.push((address) => {
        worker.off('exit', onExit)
        resolve(address)
      })
    })
  }

  /** The next time the worker listens (after a restart). */
  listening(): Promise<AddressInfo> {
    return new Promise((resolve) => this.#listeners.push(resolve))
  }

  #spawn(): Worker {
    this.#startedAt = Date.now()
    const worker = new Worker(WORKER_FILE, {
      workerData: { config: this.#config },
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
      stdout: false,
      stderr: false,
    })
    this.#worker = worker
    worker.on('message', (m: FromConsole) => this.#message(worker, m))
    worker.on('error', (err) => this.#log.error({ err }, 'the console worker failed'))
    worker.on('exit', (code) => this.#exited(worker, code))
    return worker
  }

  #message(worker: Worker, m: FromConsole): void {
    switch (m.t) {
      case 'listening': {
        this.#address = m.address
        const listeners = this.#listeners
        this.#listeners = []
        for (const l of listeners) l(m.address)
        break
      }
      case 'log':
        this.#relay(m.line)
        break
      case 'metrics?':
        this.#deps.metrics().then(
          (answer) => worker.postMessage({ t: 'metrics', id: m.id, ...answer } satisfies ToConsole),
          () => worker.postMessage({ t: 'metrics', id: m.id, contentType: 'text/plain', text: '' } satisfies ToConsole),
        )
        break
      case 'internal':
        this.#deps.internalError('console', Object.assign(new Error(m.message.split('\n')[0]), { stack: m.message }))
        break
    }
  }

  /** a pino line from the worker, through the sensor's logger */
  #relay(text: string): void {
    for (const line of text.split('\n')) {
      if (line === '') continue
      try {
        const { level, time: _t, pid: _p, hostname: _h, svc: _s, msg, ...rest } = JSON.parse(line) as Record<string, unknown>
        this.#log[LEVELS[level as number] ?? 'info'](rest, typeof msg === 'string' ? msg : '')
      } catch {
        this.#log.info({ line: line.slice(0, 1000) }, 'console output')
      }
    }
  }

  #exited(worker: Worker, code: number): void {
    if (this.#worker !== worker) return
    this.#worker = undefined
    this.#address = undefined
    if (this.#stopping) return
    if (Date.now() - this.#startedAt > STABLE_MS) this.#backoff = FIRST_BACKOFF_MS
    const delay = this.#backoff
    this.#backoff = Math.min(MAX_BACKOFF_MS, this.#backoff * 2)
    this.#log.error({ code, restartInMs: delay }, 'the console worker stopped; proxying is not affected; restarting it')
    this.#timer = setTimeout(() => {
      this.restarts++
      this.#spawn()
    }, delay)
    this.#timer.unref()
  }

  /**
   * Start the worker again with another config (a reload changed the console's tokens, address or
   * the log level): the running one closes, the new one starts at once, not after a back-off.
   */
  async reconfigure(config: Readonly<Config>): Promise<AddressInfo | undefined> {
    this.#config = config
    const worker = this.#worker
    // none running: a restart after a crash is pending, and it will use the new config
    if (worker === undefined || this.#stopping) return undefined
    this.#worker = undefined
    this.#address = undefined
    await this.#stop(worker)
    if (this.#stopping) return undefined
    this.#backoff = FIRST_BACKOFF_MS
    return this.start()
  }

  async #stop(worker: Worker): Promise<void> {
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
    worker.postMessage({ t: 'close' } satisfies ToConsole)
    const timer = setTimeout(() => void worker.terminate(), 5_000)
    await exited
    clearTimeout(timer)
  }

  /** test hook: make the worker throw an uncaught exception, as a console bug would */
  crash(): void {
    this.#worker?.postMessage({ t: 'crash' } satisfies ToConsole)
  }

  async close(): Promise<void> {
    this.#stopping = true
    clearTimeout(this.#timer)
    const worker = this.#worker
    if (worker === undefined) return
    await this.#stop(worker)
  }
}
