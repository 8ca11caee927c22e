/**
 * What an upstream failure means for the client: undici's and the OS's error codes mapped to
 * our catalogue, so a timeout is a 504, a refused/reset/garbled upstream a 502. A failure that is
 * the sensor's own (undici refusing what it was handed, a failed assertion) is `INTERNAL`: a bug to
 * count, never blamed on an upstream that may not even have been contacted.
 */
import type { ErrorCode } from '../errors.ts'

const BY_CODE: Readonly<Record<string, ErrorCode>> = {
  ECONNREFUSED: 'UPSTREAM_REFUSED',
  UND_ERR_CONNECT_TIMEOUT: 'UPSTREAM_CONNECT_TIMEOUT',
  ETIMEDOUT: 'UPSTREAM_CONNECT_TIMEOUT',
  UND_ERR_HEADERS_TIMEOUT: 'UPSTREAM_TIMEOUT',
  UND_ERR_BODY_TIMEOUT: 'UPSTREAM_TIMEOUT',
  UND_ERR_SOCKET: 'UPSTREAM_RESET',
  ECONNRESET: 'UPSTREAM_RESET',
  EPIPE: 'UPSTREAM_RESET',
  UND_ERR_CLOSED: 'UPSTREAM_RESET',
  UND_ERR_DESTROYED: 'UPSTREAM_RESET',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'UPSTREAM_BAD_RESPONSE',
  UND_ERR_RES_EXCEEDED_MAX_SIZE: 'UPSTREAM_BAD_RESPONSE',
  UND_ERR_HEADERS_OVERFLOW: 'UPSTREAM_BAD_RESPONSE',
  UND_ERR_INFO: 'UPSTREAM_BAD_RESPONSE',
  /** more interim (1xx) answers than one exchange allows (interim.ts) */
  APISESS_INTERIM_FLOOD: 'UPSTREAM_BAD_RESPONSE',
  ENOTFOUND: 'UPSTREAM_UNREACHABLE',
  EAI_AGAIN: 'UPSTREAM_UNREACHABLE',
  EHOSTUNREACH: 'UPSTREAM_UNREACHABLE',
  ENETUNREACH: 'UPSTREAM_UNREACHABLE',
  EHOSTDOWN: 'UPSTREAM_UNREACHABLE',
  EADDRNOTAVAIL: 'UPSTREAM_UNREACHABLE',
}

/** undici's and node's codes for an argument they refuse: the caller's fault, not the upstream's */
const OWN_FAULTS = new Set(['UND_ERR_INVALID_ARG', 'UND_ERR_NOT_SUPPORTED', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_HTTP_TOKEN', 'ERR_INVALID_CHAR'])

export function upstreamErrorCode(err: unknown): ErrorCode {
  // undici's parser errors carry a code only for some llhttp failures; the name is always there
  if ((err as { name?: unknown } | null)?.name === 'HTTPParserError') return 'UPSTREAM_BAD_RESPONSE'
  const code = (err as { code?: unknown } | null)?.code
  if (typeof code === 'string' ? OWN_FAULTS.has(code) : err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError) return 'INTERNAL'
  // an answer that contradicts its request (a 101 to a plain request): undici says 'bad upgrade', or
  // trips an assertion in onUpgrade; what the sensor hands undici is checked before (admit.ts)
  if (code === 'ERR_ASSERTION' || (code === 'UND_ERR_SOCKET' && /^bad (upgrade|response)$/.test((err as Error).message))) return 'UPSTREAM_BAD_RESPONSE'
  if (typeof code === 'string') {
    const mapped = BY_CODE[code]
    if (mapped) return mapped
    if (code.startsWith('HPE_')) return 'UPSTREAM_BAD_RESPONSE'
    if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.includes('CERT')) return 'UPSTREAM_UNREACHABLE'
  }
  return 'UPSTREAM_RESET'
}

/** A keep-alive race: the pooled connection died as the request went out. Safe to retry when idempotent. */
export function isStaleConnection(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE'
}
