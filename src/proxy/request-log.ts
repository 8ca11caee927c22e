/**
 * Log lines a client or an upstream can cause once per request or upgrade. An upstream refusing
 * every request wrote a line per request, each with the whole URL, its query's secrets in clear and
 * up to limits.maxUrlBytes long (an audit: 437 lines/s, 3.7 MB/s of `access_token=...`). Such a line
 * now goes out at most once per message, application and code every 10 s (LogLimiter), saying how
 * many were left out since; it names the path as a record keeps it (the recorder's sanitiser), cut
 * to TEXT_CHARS, never the query; and an error by its code and message only (an undici parser
 * error carries the upstream's raw bytes). The per-request counts stay in the metrics.
 */
import { limiterOf } from '../log.ts'
import { REDACTED, type Hasher } from '../capture/mask.ts'
import { compileSanitizer, type Sanitizer } from '../capture/sanitize.ts'
import type { Config } from '../config/schema.ts'
import { pathOf } from './finish.ts'
import type { ProxyState } from './state.ts'

/** what a line keeps of a path, a message or an upstream's header value (characters) */
const TEXT_CHARS = 256

export interface RequestLine {
  readonly app: string
  /** the catalogue code the client was answered with; without one, the error's own code keys the line */
  readonly code?: string
  readonly method?: string
  /** the request target: only its path is logged */
  readonly url?: string
  readonly err?: unknown
  /** what else the line says (an upstream's header value), each cut to TEXT_CHARS */
  readonly detail?: Readonly<Record<string, string | undefined>>
}

/** Log `line` at `level` unless a line of the same message, application and code went out within the interval. */
export function logPerRequest(state: ProxyState, level: 'warn' | 'debug', msg: string, line: RequestLine): void {
  const log = state.log
  if (!log.isLevelEnabled(level)) return
  const cause = causeOf(line.err)
  const suppressed = limiterOf(log).pass(`${msg}\0${line.app}\0${line.code ?? cause}`)
  if (suppressed < 0) return
  const out: Record<string, unknown> = { app: line.app, code: line.code, suppressed }
  if (line.method !== undefined) out.method = line.method
  if (line.url !== undefined) out.path = cut(sanitizerOf(state.config).path(pathOf(line.url)))
  if (line.err !== undefined) {
    out.cause = cause
    out.reason = cut(messageOf(line.err))
  }
  if (line.detail !== undefined) for (const [k, v] of Object.entries(line.detail)) out[k] = v === undefined ? v : cut(v)
  log[level](out, msg)
}

/** an error's code, else its name (undici's parser errors have no code) */
function causeOf(err: unknown): string | undefined {
  const e = err as { code?: unknown; name?: unknown } | null | undefined
  const c = e?.code ?? e?.name
  return typeof c === 'string' ? c : undefined
}

function messageOf(err: unknown): string {
  const m = (err as { message?: unknown } | null | undefined)?.message
  return typeof m === 'string' ? m : typeof err === 'string' ? err : ''
}

function cut(text: string): string {
  return text.length > TEXT_CHARS ? `${text.slice(0, TEXT_CHARS)}…` : text
}

/** a log line carries none of the keyed hashes a record does: a value the config masks is redacted */
const REDACTING: Hasher = { mask: () => REDACTED, sessionId: () => REDACTED }
/** per config (a reload may change what is masked), compiled at its first line */
const sanitizers = new WeakMap<Readonly<Config>, Sanitizer>()

function sanitizerOf(config: Readonly<Config>): Sanitizer {
  let s = sanitizers.get(config)
  if (s === undefined) sanitizers.set(config, (s = compileSanitizer(config.traced, REDACTING, config.capture.cardNumbers)))
  return s
}
