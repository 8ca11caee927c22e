/**
 * The end of every exchange the proxy sees — forwarded, refused at admission, or tunnelled — as one
 * record, built in one place: the outcome decided by one rule (`outcomeOf`), the request's inputs
 * kept for the detector, the session identified. A failure here is a bug: it is caught, counted and
 * logged, the record is kept without its session part (`error: CAPTURE_ERROR`), and traffic goes on.
 */
import type { IncomingMessage } from 'node:http'
import type { ErrorCode } from '../errors.ts'
import { newRecord, roundMs, type Outcome, type RequestRecord } from '../capture/record.ts'
import { identifyRecord } from '../session/identify.ts'
import type { HeaderBag } from '../capture/view.ts'
import type { Forwarded } from './headers.ts'
import type { ProxyState, Route } from './state.ts'

/** nginx's "client closed request": the status recorded when the client left before an answer. */
const CLIENT_CLOSED_STATUS = 499

/** What an exchange knows at its end; the Exchange class is one, refusals and tunnels build theirs. */
export interface ExchangeEnd {
  readonly route: Route
  readonly req: IncomingMessage
  readonly fwd: Forwarded
  /** arrival, epoch ms and performance.now() */
  readonly ts: number
  readonly started: number
  /** the status the client was sent; 0 when none was */
  readonly status: number
  readonly ttfbMs: number | null
  readonly reqBytes: number
  readonly resBytes: number
  readonly error: ErrorCode | null
  /** the client left before the exchange was over */
  readonly clientGone: boolean
  /** refused at admission because of the denylist */
  readonly denied: boolean
  readonly resHeaders: HeaderBag | null
  /** the first bytes of each body, when kept */
  readonly reqBody: Buffer | null
  readonly resBody: Buffer | null
}

/** A request target's path: what comes before its `?`. */
export function pathOf(url: string): string {
  const q = url.indexOf('?')
  return q === -1 ? url : url.slice(0, q)
}

/** Whether a request is in the monitored scope (recorded), or only proxied. */
export function isMonitored(state: ProxyState, route: Route, req: IncomingMessage): boolean {
  return state.identification.monitored(route.name, req.headers.host ?? '', pathOf(req.url ?? '/'))
}

/** The one rule for a record's outcome. */
export function outcomeOf(error: ErrorCode | null, clientGone: boolean, denied: boolean): Outcome {
  if (denied) return 'denied'
  if (error === 'UPSTREAM_TIMEOUT' || error === 'UPSTREAM_CONNECT_TIMEOUT') return 'timeout'
  // a body shorter than its Content-Length: the client's doing
  if (error === 'BAD_REQUEST') return 'client_aborted'
  if (error !== null) return 'upstream_error'
  return clientGone ? 'client_aborted' : 'ok'
}

/** The record of an exchange (identified; inputs kept for the detector when it reads bodies). */
function recordOf(state: ProxyState, end: ExchangeEnd): RequestRecord {
  const req = end.req
  const url = req.url ?? '/'
  const rec = newRecord(state.ids.next(end.ts), end.ts, end.route.name, req.method ?? 'GET', url, req.headers, end.fwd.clientIp)
  rec.status = end.status === 0 && end.clientGone ? CLIENT_CLOSED_STATUS : end.status
  rec.durationMs = roundMs(performance.now() - end.started)
  rec.ttfbMs = end.ttfbMs === null ? null : roundMs(end.ttfbMs)
  rec.reqBytes = end.reqBytes
  rec.resBytes = end.resBytes
  rec.outcome = outcomeOf(end.error, end.clientGone, end.denied)
  rec.error = end.error
  const reqBody = end.reqBody
  if (state.inspectBytes > 0) rec.inputs = { path: rec.path, query: rec.query, headers: req.headers, body: reqBody }
  const max = state.maxBodyBytes
  const idBody = reqBody !== null && reqBody.length > max ? reqBody.subarray(0, max) : reqBody
  try {
    identifyRecord(rec, state.identification, max, req.headers, end.resHeaders, idBody, end.resBody)
  } catch (err) {
    state.internalError('identify', err)
    if (rec.error === null) rec.error = 'CAPTURE_ERROR'
  }
  return rec
}

/** Hand an exchange's record on (or count an unmonitored one); never throws. */
export function finishExchange(state: ProxyState, end: ExchangeEnd, monitored: boolean): void {
  if (!monitored) return state.unmonitored()
  try {
    state.finished(recordOf(state, end))
  } catch (err) {
    state.internalError('record', err)
  }
}
