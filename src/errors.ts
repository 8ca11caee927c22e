/**
 * The one catalogue of errors with stable codes. Callers branch on `code`, never on messages;
 * `docs/errors.md` documents every code and a test keeps the two in step.
 */

export interface ErrorSpec {
  /** HTTP status when the error becomes an answer to a client; 0 when it never does. */
  readonly status: number
  readonly message: string
}

export const ERRORS = {
  // configuration and start-up
  NODE_VERSION: { status: 0, message: 'this Node.js is too old' },
  CONFIG_READ: { status: 0, message: 'cannot read the config file' },
  CONFIG_YAML: { status: 0, message: 'the config file is not valid YAML' },
  CONFIG_INVALID: { status: 0, message: 'the config is invalid' },
  CONFIG_ENV: { status: 0, message: 'an ${ENV} reference in the config is not set' },
  RELOAD_REFUSED: { status: 0, message: 'the reload changes a key that cannot change on a running sensor' },
  LISTEN_FAILED: { status: 0, message: 'cannot listen on the configured address' },
  USAGE: { status: 0, message: 'wrong command-line usage' },
  REDIS_UNAVAILABLE: { status: 0, message: 'cannot reach Redis' },
  REDIS_BAD_REPLY: { status: 0, message: 'Redis answered a batch with a reply that does not fit it' },
  REDIS_ERROR: { status: 0, message: 'Redis refused a command, or holds what this command cannot read' },
  OUTPUT_FAILED: { status: 0, message: 'cannot write the output' },
  // answers the proxy gives instead of the upstream's
  DENIED: { status: 403, message: 'the client is on the denylist' },
  NO_APPLICATION: { status: 421, message: 'no application is configured for this host' },
  BAD_REQUEST: { status: 400, message: 'malformed request' },
  URI_TOO_LONG: { status: 414, message: 'request target too long' },
  HEADERS_TOO_LARGE: { status: 431, message: 'request header fields too large' },
  CLIENT_TIMEOUT: { status: 408, message: 'the request did not arrive in time' },
  UPSTREAM_REFUSED: { status: 502, message: 'the upstream refused the connection' },
  UPSTREAM_RESET: { status: 502, message: 'the upstream closed the connection' },
  UPSTREAM_BAD_RESPONSE: { status: 502, message: 'the upstream sent an invalid response' },
  UPSTREAM_UNREACHABLE: { status: 502, message: 'the upstream cannot be reached' },
  UPSTREAM_CONNECT_TIMEOUT: { status: 504, message: 'the upstream did not accept the connection in time' },
  UPSTREAM_TIMEOUT: { status: 504, message: 'the upstream did not answer in time' },
  VERSION_NOT_SUPPORTED: { status: 505, message: 'only HTTP/1.0 and HTTP/1.1 requests are served' },
  TRANSFER_CODING_NOT_IMPLEMENTED: { status: 501, message: 'no transfer coding but chunked is implemented' },
  EXPECTATION_FAILED: { status: 417, message: 'no expectation but 100-continue can be met' },
  TUNNELS_FULL: { status: 503, message: 'too many open WebSocket tunnels to this application' },
  PIPELINE_TOO_DEEP: { status: 0, message: 'too many requests pipelined on one connection' },
  INTERNAL: { status: 500, message: 'the sensor failed on this request' },
  // the console's answers
  UNAUTHENTICATED: { status: 401, message: 'a valid bearer token is required' },
  FORBIDDEN: { status: 403, message: 'this role may not do this' },
  NOT_FOUND: { status: 404, message: 'no such route' },
  HOST_NOT_ALLOWED: { status: 421, message: 'the console does not answer to this Host (console.allowedHosts)' },
  NO_SESSION: { status: 404, message: 'no such session (expired, or a wrong id)' },
  NO_ENTRY: { status: 404, message: 'no such denylist entry or exception' },
  ALREADY_DENIED: { status: 409, message: 'this IP, range or session is already on the denylist' },
  ALREADY_EXCEPTED: { status: 409, message: 'this exception already exists' },
  POLICY_FULL: { status: 409, message: 'the denylist or the exceptions hold as many entries as they may (10,000): remove some first' },
  BAD_PARAMETER: { status: 400, message: 'a query or body parameter is invalid' },
  BAD_PATH: { status: 400, message: 'the path is not a valid URL path' },
  BAD_JSON: { status: 400, message: 'the body is not JSON' },
  BODY_TOO_LARGE: { status: 413, message: 'the body is too large' },
  NOT_JSON: { status: 415, message: 'the body must be sent as application/json' },
  STORE_UNAVAILABLE: { status: 503, message: 'the session store (Redis) is unavailable' },
  CAPTURE_ERROR: { status: 0, message: 'the record could not be completed (identification failed)' },
} as const satisfies Record<string, ErrorSpec>

export type ErrorCode = keyof typeof ERRORS

export class SensorError extends Error {
  readonly code: ErrorCode
  readonly status: number
  readonly details: readonly string[]

  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown; details?: readonly string[] }) {
    const spec = ERRORS[code]
    super(detail ? `${spec.message}: ${detail}` : spec.message, options?.cause ? { cause: options.cause } : undefined)
    this.name = 'SensorError'
    this.code = code
    this.status = spec.status
    this.details = options?.details ?? []
  }
}

/** Pre-built JSON bodies of the answers the proxy gives itself, one per code, built once. */
const answerBodies = new Map<ErrorCode, Buffer>()
for (const code of Object.keys(ERRORS) as ErrorCode[]) {
  const spec = ERRORS[code]
  if (spec.status !== 0) answerBodies.set(code, Buffer.from(JSON.stringify({ error: spec.message, code })))
}

export function answerBody(code: ErrorCode): Buffer {
  const body = answerBodies.get(code)
  if (!body) throw new TypeError(`${code} is not an HTTP answer`)
  return body
}
