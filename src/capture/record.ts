/**
 * The record of one request (SPEC §5): built after the response, off the request path, and
 * handed to the sink. Field order here is the order of the published JSON Schema.
 */

import type { HeaderBag } from './view.ts'

/** What the attack detector reads: the request as it arrived (not serialised; let go after analysis). */
export interface RequestInputs {
  /** raw path as sent */
  readonly path: string
  /** raw query string without "?" */
  readonly query: string
  readonly headers: HeaderBag
  /** the body's first bytes as received (content-encoded as sent), null when none */
  readonly body: Buffer | null
}

/** Where an attack type was found: the input (`query:id`, `header:referer`, `body:$.user.name`, `path`) and a short masked excerpt. */
interface AttackMatchRecord {
  type: string
  where: string
  excerpt: string
}

export type Outcome = 'ok' | 'upstream_error' | 'timeout' | 'client_aborted' | 'denied'

export interface RequestRecord {
  id: string
  ts: number
  sid: string | null
  rule: string | null
  /** names of the parameters the session key was made of */
  idParams: string[]
  app: string
  host: string
  method: string
  path: string
  endpoint: string | null
  query: string
  status: number
  durationMs: number
  ttfbMs: number | null
  reqBytes: number
  resBytes: number
  ip: string
  ua: string | null
  user: string | null
  role: string | null
  params: Record<string, string>
  attacks: string[]
  insight: 'shadow' | 'zombie' | null
  /** business flows (config `flows`) whose endpoints this request touched */
  flows: readonly string[]
  outcome: Outcome
  /** the error code of a failed exchange (UPSTREAM_TIMEOUT, ...), null when ok */
  error: string | null
  /** the W3C trace id of the request's `traceparent` (passed upstream untouched), null without one */
  traceId: string | null
  /** where each attack type was found (only on a record with attack types): see AttackMatchRecord */
  matches?: AttackMatchRecord[]
  /** not serialised: the key hash whose session window this record joins (login continuity) */
  windowKey: string | null
  /** not serialised: key hashes (comma-separated) to point at this record's session from now on */
  handoffKey: string | null
  /** not serialised: the request's inputs for the attack detector, dropped once analysed */
  inputs: RequestInputs | null
  /**
   * not serialised: what the batch script's API-abuse windows need beyond the record (abuse counted
   * in Redis): `L` an auth endpoint, `S` a scanner probe, then the kinds excepted on this endpoint
   * (`c` security_crawler, `s` scraping, `a` account_takeover, `r` api_abuse); '' with abuse off or the
   * client IP exempt (an IP exception): the request counts in no abuse window
   */
  abuse: string
}

/**
 * The attack types the detector finds (insight/attacks.ts): with the abuse kinds, the values of
 * `attacks` today; readers need them too (the console reads the per-type indexes by them).
 */
export const ATTACK_TYPES = ['sqli', 'xss', 'path_traversal', 'rce', 'ssrf', 'nosqli', 'ldapi', 'xxe', 'jndi', 'ssti', 'ssi', 'crlf', 'open_redirect', 'scanner'] as const
/** The API-abuse kinds (SPEC §7): a record's `attacks` holds them beside the attack types. */
export const ABUSE_KINDS = ['security_crawler', 'scraping', 'account_takeover', 'api_abuse'] as const
export type AbuseKind = (typeof ABUSE_KINDS)[number]

/** A record with what is known when a request arrives; the exchange fills in the answer. */
export function newRecord(
  id: string,
  ts: number,
  app: string,
  method: string,
  url: string,
  headers: { host?: string | undefined; 'user-agent'?: string | undefined; traceparent?: string | undefined },
  ip: string,
): RequestRecord {
  const q = url.indexOf('?')
  return {
    id,
    ts,
    sid: null,
    rule: null,
    idParams: [],
    app,
    host: headers.host ?? '',
    method,
    path: q === -1 ? url : url.slice(0, q),
    endpoint: null,
    query: q === -1 ? '' : url.slice(q + 1),
    status: 0,
    durationMs: 0,
    ttfbMs: null,
    reqBytes: 0,
    resBytes: 0,
    ip,
    ua: headers['user-agent'] ?? null,
    user: null,
    role: null,
    params: {},
    attacks: [],
    insight: null,
    flows: [],
    outcome: 'ok',
    error: null,
    traceId: traceIdOf(headers.traceparent),
    windowKey: null,
    handoffKey: null,
    abuse: '',
    inputs: null,
  }
}

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}/

/** The trace id of a W3C `traceparent` (version-traceid-parentid-flags); null when absent or invalid. */
function traceIdOf(traceparent: string | undefined): string | null {
  if (traceparent === undefined) return null
  const m = TRACEPARENT.exec(traceparent.trim())
  if (!m || m[1] === '00000000000000000000000000000000' || traceparent.startsWith('ff')) return null
  return m[1]!
}

/** Milliseconds rounded to the microsecond, as records carry them. */
export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000
}
