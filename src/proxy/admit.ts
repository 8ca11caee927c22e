/**
 * One admission for plain requests and WebSocket upgrades, so that the two entry points cannot
 * drift apart again (an upgrade used to skip the denylist and the duplicate-Host check): protocol
 * version, target length and form, Host fields, framing (no body on an upgrade, no transfer coding
 * but chunked), expectations, routing, denylist, and for upgrades the tunnel budget. Pure apart
 * from the reads of the state; the caller answers a refusal in its own way (a response, or raw
 * bytes on the upgrade's socket).
 */
import type { IncomingMessage } from 'node:http'
import type { ErrorCode } from '../errors.ts'
import { forwardedHeaders, otherTransferCoding, type Forwarded } from './headers.ts'
import { isDenied } from './deny.ts'
import type { ProxyState, Route } from './state.ts'

export interface Admission {
  readonly route: Route
  readonly fwd: Forwarded
}

export interface Refusal {
  readonly refused: ErrorCode
  /** known once routing passed: a refusal after it (denied, tunnels full) is recorded */
  readonly route: Route | undefined
  readonly fwd: Forwarded | undefined
}

const refusals = new Map<ErrorCode, Refusal>()
/** a refusal before routing: one object per code, made once */
function early(code: ErrorCode): Refusal {
  let r = refusals.get(code)
  if (r === undefined) refusals.set(code, (r = { refused: code, route: undefined, fwd: undefined }))
  return r
}

export function admit(state: ProxyState, req: IncomingMessage, upgrade: boolean): Admission | Refusal {
  if (req.httpVersionMajor !== 1) return early('VERSION_NOT_SUPPORTED')
  const url = req.url ?? ''
  if (url.length > state.maxUrlBytes) return early('URI_TOO_LONG')
  // absolute-form and asterisk-form targets are for forward proxies; an origin never needs them.
  // A fragment is never part of a request target (RFC 9112 §3.2): `/a#/../admin` forwarded is /a to
  // a server that strips it and /admin to one that normalises the path first
  if (url.charCodeAt(0) !== 47 /* / */ || url.includes('#')) return early('BAD_REQUEST')
  // RFC 9112 §3.2: more than one Host is a 400; forwarding both would let the upstream choose. A
  // field the sensor reads or rebuilds spelled with `_` for `-` is one too: CGI-style servers read
  // `Transfer_Encoding` as Transfer-Encoding, `X_Forwarded_For` as X-Forwarded-For
  if (!unambiguousFields(req.rawHeaders)) return early('BAD_REQUEST')
  // and so is a Host that is not `host [":" port]` (an unclosed `[` used to reach undici, whose
  // failed assertion then passed for an upstream that reset the connection)
  const host = req.headers.host
  if (host !== undefined && !HOST_FIELD.test(host)) return early('BAD_REQUEST')
  // an HTTP/1.1 request without Host is a 400 (RFC 9112 §3.2), refused here rather than by node
  // (server.ts: requireHostHeader off) so that its answer takes its pipelining turn like any other
  if (host === undefined && req.httpVersionMinor === 1) return early('BAD_REQUEST')
  // a WebSocket handshake has no body (RFC 6455 §4.1): what follows its head is the tunnel's, which
  // the sensor holds back until the upstream's 101; forwarded with a Content-Length or
  // Transfer-Encoding, the upstream would read those bytes as a body instead
  const te = req.headers['transfer-encoding']
  if (upgrade && (te !== undefined || (req.headers['content-length'] ?? '0') !== '0')) return early('BAD_REQUEST')
  // chunked is the one transfer coding the sensor implements (RFC 9112 §6.1: 501 for the others; headers.ts)
  if (otherTransferCoding(te)) return early('TRANSFER_CODING_NOT_IMPLEMENTED')
  // an expectation but 100-continue cannot be met (RFC 9110 §10.1.1); node hands such a request over
  // through 'checkExpectation' (server.ts) when it tested it with this same expression
  const expect = req.headers.expect
  if (expect !== undefined && !CONTINUE.test(expect)) return early('EXPECTATION_FAILED')
  const route = state.router.route(req.headers.host)
  if (route === undefined) return early('NO_APPLICATION')
  const fwd = forwardedHeaders(req.socket.remoteAddress ?? '', req.headers, state.scheme, state.trusted, state.anyTrusted)
  const deny = state.policy.deny
  if (!deny.empty && isDenied(state, deny, route, req, fwd)) return { refused: 'DENIED', route, fwd }
  if (upgrade && state.tunnels.count(route.name) >= state.config.limits.tunnels) return { refused: 'TUNNELS_FULL', route, fwd }
  return { route, fwd }
}

export function refused(verdict: Admission | Refusal): verdict is Refusal {
  return (verdict as Refusal).refused !== undefined
}

/**
 * RFC 9112 §3.2's Host: an IP literal or a reg-name (RFC 3986 §3.2.2), then an optional port. Bytes
 * over 0x7f pass, as node reads them (latin1): raw UTF-8 host names are recorded as they come.
 */
const HOST_FIELD = /^(?:\[[0-9A-Fa-f:.]+\]|[\w\-.~!$&'()*+,;=%\x80-\xff]*)(?::\d*)?$/

/** node's own test of an `Expect` value (continueExpression in lib/_http_common.js): what it answers 100 to. */
const CONTINUE = /(?:^|\W)100-continue(?:$|\W)/i

/** Fields whose look-alike with `_` for `-` is refused: the framing, and what the sensor rebuilds or drops. */
const LOOKALIKES = new Set(['content-length', 'transfer-encoding', 'x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'keep-alive', 'proxy-connection', 'http2-settings'])

/**
 * Whether a request carries at most one Host field (node keeps only the first in `headers`) and no
 * look-alike of a field the sensor reads or rebuilds, spelled with an underscore.
 */
function unambiguousFields(raw: readonly string[]): boolean {
  let hosts = 0
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!
    if (name.length === 4 && name.toLowerCase() === 'host' && ++hosts > 1) return false
    if (name.length >= 10 && name.length <= 17 && name.includes('_') && LOOKALIKES.has(name.toLowerCase().replaceAll('_', '-'))) return false
  }
  return true
}
