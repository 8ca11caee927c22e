/**
 * Denylist enforcement at the front of the request path: the client IP (one BlockList check) and,
 * only while some session is denied, the request's session key (identification without the
 * response). A denied request gets 403 and a record with outcome `denied`; it never reaches the
 * upstream.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { identifyRecord, newRecord, roundMs } from '../capture/record.ts'
import { View } from '../capture/view.ts'
import type { CompiledDeny } from '../console/denylist.ts'
import { answer } from './exchange.ts'
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

export function refuse(state: ProxyState, route: Route, req: IncomingMessage, res: ServerResponse, fwd: Forwarded): void {
  const started = performance.now()
  const ts = Date.now()
  state.rejected('DENIED')
  answer(res, 'DENIED', true)
  const rec = newRecord(state.ids.next(ts), ts, route.name, req.method ?? 'GET', req.url ?? '/', req.headers, fwd.clientIp)
  if (!state.identification.monitored(route.name, rec.host, rec.path)) return
  rec.status = 403
  rec.outcome = 'denied'
  rec.error = 'DENIED'
  rec.durationMs = roundMs(performance.now() - started)
  identifyRecord(rec, state.identification, state.maxBodyBytes, req.headers, null, null, null)
  state.finished(rec)
}
