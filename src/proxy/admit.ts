/**
 * One admission for plain requests and WebSocket upgrades, so that the two entry points cannot
 * drift apart again (an upgrade used to skip the denylist and the duplicate-Host check): protocol
 * version, target length and form, Host fields, routing, denylist, and for upgrades the tunnel
 * budget. Pure apart from the reads of the state; the caller answers a refusal in its own way (a
 * response, or raw bytes on the upgrade's socket).
 */
import type { IncomingMessage } from 'node:http'
import type { ErrorCode } from '../errors.ts'
import { forwardedHeaders, type Forwarded } from './headers.ts'
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
  // absolute-form and asterisk-form targets are for forward proxies; an origin never needs them
  if (url.charCodeAt(0) !== 47 /* / */) return early('BAD_REQUEST')
  // RFC 9112 §3.2: more than one Host is a 400; forwarding both would let the upstream choose
  if (hostFields(req.rawHeaders) > 1) return early('BAD_REQUEST')
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

/** How many Host fields a request carries (node keeps only the first in `headers`). */
function hostFields(raw: readonly string[]): number {
  let n = 0
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!
    if (name.length === 4 && name.toLowerCase() === 'host') n++
  }
  return n
}
