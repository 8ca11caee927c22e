/**
 * Denylist checks at admission: the client IP (one BlockList check) and, only while some session is
 * denied, the request's session key (identification without the response).
 */
import type { IncomingMessage } from 'node:http'
import { View } from '../capture/view.ts'
import type { CompiledDeny } from '../policy/denylist.ts'
import type { Forwarded } from './headers.ts'
import type { ProxyState, Route } from './state.ts'

export function isDenied(state: ProxyState, deny: CompiledDeny, route: Route, req: IncomingMessage, fwd: Forwarded): boolean {
  if (deny.ipDenied(route.name, fwd.clientIp)) return true
  if (!deny.hasSessions) return false
  const url = req.url ?? '/'
  const q = url.indexOf('?')
  const view = new View(
    {
      app: route.name,
      host: req.headers.host ?? '',
      method: req.method ?? 'GET',
      path: q === -1 ? url : url.slice(0, q),
      query: q === -1 ? '' : url.slice(q + 1),
      ip: fwd.clientIp,
      reqHeaders: req.headers,
      resHeaders: null,
      status: 0,
      reqBody: null,
      resBody: null,
    },
    state.maxBodyBytes,
  )
  return deny.sessionDenied(route.name, state.identification.identify(view).windowKey)
}
