/**
 * A reload's reading, off the event loop: the config file is read, parsed and validated, with its
 * OpenAPI specs and TLS files, in a worker thread (load-worker.ts) with a bounded heap and a time
 * limit, and the result comes back parsed (the config, and each spec as openapi.ts caches it), so
 * that the main thread only applies it. Done on the proxy's event loop, a 10,000-path YAML spec
 * stalled every request ~2 s and a 1.3 MB config ~1.3 s (an audit's finding).
 * Start-up still reads synchronously (loadConfig): nothing is served yet.
 */
import { Worker } from 'node:worker_threads'
import type { Config } from './schema.ts'
import { ERRORS, SensorError, type ErrorCode } from '../errors.ts'
import { deepFreeze } from './load.ts'
import { seedApiSpecs, type ApiSpec, type ParsedSpec } from './openapi.ts'

/** how long a terminated thread may take to exit before its reload is refused without it */
const EXIT_GRACE_MS = 5_000
/** a reload whose reading takes longer is abandoned, its thread terminated */
const LOAD_TIMEOUT_MS = 30_000
/** the thread's heap: a config of 4 MiB and specs of 16 MiB parse well within it */
const LOAD_HEAP_MB = 512

const WORKER_FILE = new URL(`./load-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url)

/** what the worker posts */
export type FromLoader =
  | { ok: true; config: Config; specs: ParsedSpec[] }
  | { ok: false; code: string; message: string; details: string[] }

export interface LoadedConfig {
  readonly config: Readonly<Config>
  /** the config's OpenAPI specs, by file, as parsed in the thread (and seeded into openapi.ts's cache) */
  readonly specs: ReadonlyMap<string, ApiSpec>
  /** the same, as openapi.ts caches them (what the primary hands its workers) */
  readonly parsed: readonly ParsedSpec[]
}

export interface ThreadLoadOptions {
  timeoutMs?: number
  heapMb?: number
  /** the environment ${ENV} references read (by default this process's) */
  env?: NodeJS.ProcessEnv
  /** abandons the reading (a SIGTERM during a reload): the thread is terminated, the promise rejects with a ReloadAbandoned */
  signal?: AbortSignal
}

/** The reading was stopped by its caller's signal (not an error of the file). */
export class ReloadAbandoned extends Error {
  override name = 'ReloadAbandoned'
}

let live = 0
/** Load threads running now (tests: none is left after a reload). */
export function loadThreadsLive(): number {
  return live
}

/**
 * loadConfig in a worker thread. Resolves once the thread has exited, with the config deep-frozen
 * and its specs seeded into openapi.ts's cache; rejects with the SensorError loadConfig would have
 * thrown (same code and details), or CONFIG_READ when the thread ran out of time or heap.
 */
export function loadConfigInThread(file: string, options: ThreadLoadOptions = {}): Promise<LoadedConfig> {
  const timeoutMs = options.timeoutMs ?? LOAD_TIMEOUT_MS
  const heapMb = options.heapMb ?? LOAD_HEAP_MB
  if (options.signal?.aborted) return Promise.reject(new ReloadAbandoned('the reload was abandoned'))
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { file },
      env: options.env ?? process.env,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
      stdout: false,
      stderr: false,
    })
    live++
    let outcome: { result: FromLoader } | { error: Error } | undefined
    let settled = false
    const stop = (error: Error): void => {
      outcome ??= { error }
      void worker.terminate()
      // a thread stuck in a call that cannot be interrupted (a hung network mount) never exits: the reload is
      // refused all the same after a grace, so that the reloads queued behind it are not held for ever (a review's note)
      setTimeout(() => {
        if (settled) return
        settled = true
        reject('error' in outcome! ? outcome.error : error)
      }, EXIT_GRACE_MS).unref()
    }
    const timer = setTimeout(() => stop(new SensorError('CONFIG_READ', `${file}: the config and its files were not read within ${timeoutMs / 1000} s; the reload is abandoned`)), timeoutMs)
    const onAbort = (): void => stop(new ReloadAbandoned('the reload was abandoned'))
    options.signal?.addEventListener('abort', onAbort, { once: true })
    worker.on('message', (result: FromLoader) => {
      outcome ??= { result }
      void worker.terminate()
    })
    worker.on('error', (err: Error & { code?: string }) => {
      const reason = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reading it ran out of the ${heapMb} MB its thread may use` : `reading it failed: ${err.message}`
      outcome ??= { error: new SensorError('CONFIG_READ', `${file}: ${reason}`, { cause: err }) }
    })
    worker.on('exit', () => {
      live--
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      if (settled) return
      settled = true
      const o = outcome ?? { error: new SensorError('CONFIG_READ', `${file}: the thread reading it exited without an answer`) }
      if ('error' in o) return reject(o.error)
      const r = o.result
      if (!r.ok) {
        // the error as the thread had it: its code, its message (already prefixed), its details
        const e = new SensorError(Object.hasOwn(ERRORS, r.code) ? (r.code as ErrorCode) : 'CONFIG_INVALID', undefined, { details: r.details })
        e.message = r.message
        return reject(e)
      }
      resolve({ config: deepFreeze(r.config), specs: seedApiSpecs(r.specs), parsed: r.specs })
    })
  })
}

/**
 * Reloads one after the other: a reload asked for while one runs waits for it, and however many
 * are asked for meanwhile, one more runs (it reads the file as it is then).
 */
export class ReloadQueue {
  #running: Promise<boolean> | undefined
  #queued: Promise<boolean> | undefined
  readonly #run: () => Promise<boolean>

  constructor(run: () => Promise<boolean>) {
    this.#run = run
  }

  ask(): Promise<boolean> {
    if (this.#running === undefined) {
      const running = this.#run().finally(() => {
        if (this.#running === running) this.#running = undefined
      })
      this.#running = running
      return running
    }
    this.#queued ??= this.#running.then(
      () => {
        this.#queued = undefined
        return this.ask()
      },
      () => {
        this.#queued = undefined
        return this.ask()
      },
    )
    return this.#queued
  }
}
