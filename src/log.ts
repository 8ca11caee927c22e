/** The logger: pino JSON lines on stdout (or a given stream, for tests that read what was logged). */
import { pino, type DestinationStream, type Logger } from 'pino'

export type { Logger }

/**
 * Log output waiting for stdout's reader, at most: past it a line is dropped and counted
 * (apisess_log_lines_dropped_total). sonic-boom's default keeps everything: with a reader that
 * stalled (journald, a log driver, a pipe nobody reads) an upstream refusing every request grew the
 * process from 157 MB to 1.08 GB in 70 s (an audit, 3.7 MB/s of lines).
 */
const LOG_PENDING_BYTES = 16 * 1024 * 1024

/** Lines the stdout destination dropped since the process started: one count per process, as stdout is. */
export const logDropped = { lines: 0 }

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { svc: 'api-sessions' },
      // an error's stack is kept, never the request bodies or headers that may carry secrets
      serializers: { err: pino.stdSerializers.err },
    },
    destination ?? boundedDestination(1),
  )
}

/** A file descriptor written asynchronously, holding at most `maxLength` bytes its reader has not taken yet. */
export function boundedDestination(fd: number, maxLength = LOG_PENDING_BYTES): ReturnType<typeof pino.destination> {
  const dest = pino.destination({ dest: fd, sync: false, maxLength })
  // sonic-boom emits 'drop' with each write it refused: pino writes one line at a time
  dest.on('drop', () => logDropped.lines++)
  return dest
}

/** How often one kind of line is written at most (the sensor's internal errors and Redis trouble are alike). */
export const LOG_EVERY_MS = 10_000

/**
 * At most one line per key every `everyMs`, the next one saying how many were left out in between:
 * for lines a client or an upstream can cause once per request, so a flood of failures writes a
 * line per key per interval, not one per request. Keys come from finite sets (an application's name
 * and a catalogue code), so the map stays as small as they are.
 */
export class LogLimiter {
  /** keys held at most (they come from finite sets; past it, what is held is forgotten: a line at most per key too many) */
  static readonly MAX_KEYS = 1_000
  readonly #keys = new Map<string, { at: number; suppressed: number }>()
  readonly #everyMs: number
  readonly #now: () => number

  constructor(everyMs = LOG_EVERY_MS, now: () => number = () => Date.now()) {
    this.#everyMs = everyMs
    this.#now = now
  }

  /** How many lines of `key` were left out since its last one when this one goes out; -1 when this one is left out too. */
  pass(key: string): number {
    const now = this.#now()
    const last = this.#keys.get(key)
    if (last === undefined) {
      if (this.#keys.size >= LogLimiter.MAX_KEYS) this.#keys.clear()
      this.#keys.set(key, { at: now, suppressed: 0 })
      return 0
    }
    if (now - last.at < this.#everyMs) {
      last.suppressed++
      return -1
    }
    const suppressed = last.suppressed
    last.at = now
    last.suppressed = 0
    return suppressed
  }
}

const limiters = new WeakMap<Logger, LogLimiter>()

/** A logger's limiter: one per logger, so that it outlives the proxy state a reload builds anew. */
export function limiterOf(log: Logger): LogLimiter {
  let limiter = limiters.get(log)
  if (limiter === undefined) limiters.set(log, (limiter = new LogLimiter()))
  return limiter
}
