/**
 * One request through the proxy: the undici dispatch handler that streams the upstream's answer
 * into node's response with backpressure, maps failures to 502/504, retries a keep-alive race
 * once, cancels the upstream when the client leaves, and hands the record to the sink at the end.
 *
 * One object per request and no closures: node's events reach it through a symbol on `res`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Dispatcher } from 'undici'
import { ERRORS, answerBody, type ErrorCode } from '../errors.ts'
import { identifyRecord, newRecord, roundMs, type Outcome, type RequestRecord } from '../capture/record.ts'
import { BodyTap } from '../capture/body-tap.ts'
import type { HeaderBag } from '../capture/view.ts'
import { downstreamResponseHeaders, type Forwarded } from './headers.ts'
import { isStaleConnection, upstreamErrorCode } from './upstream-errors.ts'
import type { ProxyState, Route } from './state.ts'

const kExchange = Symbol('api-sessions.exchange')
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE'])
/** nginx's "client closed request": the status recorded when the client left before an answer. */
export const CLIENT_CLOSED_STATUS = 499

type Controller = Dispatcher.DispatchController & { rawHeaders?: Buffer[] | null }
type Tagged = ServerResponse & { [kExchange]?: Exchange }

class ClientAbortedError extends Error {
  readonly code = 'CLIENT_ABORTED'
}
const CLIENT_ABORTED = new ClientAbortedError('the client closed the connection')

function onResponseClose(this: Tagged): void {
  this[kExchange]?.clientClosed()
}
function onResponseDrain(this: Tagged): void {
  this[kExchange]?.controller?.resume()
}
function ignore(): void {}

/**
 * Connections answered with `Connection: close`: requests already pipelined behind the answer are
 * not processed (RFC 9112 §9.6), so nothing reaches the upstream that no client will hear back from.
 */
export const closing = new WeakSet<object>()

/** Answer with one of our own errors: its status and pre-built JSON body; the connection closed when asked. */
export function answer(res: ServerResponse, code: ErrorCode, close = false): void {
  const body = answerBody(code)
  const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': body.length }
  if (close) {
    headers.connection = 'close'
    closing.add(res.socket ?? res)
  }
  res.writeHead(ERRORS[code].status, headers)
  res.end(body)
}

export class Exchange implements Dispatcher.DispatchHandler {
  readonly req: IncomingMessage
  readonly res: Tagged
  readonly route: Route
  readonly state: ProxyState
  readonly fwd: Forwarded
  readonly opts: Dispatcher.DispatchOptions
  readonly ts = Date.now()
  readonly started = performance.now()
  readonly hasBody: boolean
  controller: Controller | null = null
  ttfbMs: number | null = null
  status = 0
  reqBytes = 0
  resBytes = 0
  error: ErrorCode | null = null
  retried = false
  upstreamSettled = false
  clientGone = false
  finished = false
  drainHooked = false
  /** whether this request is analysed (monitor scope); unmonitored ones are proxied, not recorded */
  readonly monitored: boolean
  readonly path: string
  reqTap: BodyTap | null = null
  resTap: BodyTap | null = null
  resHeaders: HeaderBag | null = null

  constructor(state: ProxyState, route: Route, req: IncomingMessage, res: ServerResponse, fwd: Forwarded, headers: string[]) {
    this.state = state
    this.route = route
    this.req = req
    this.res = res as Tagged
    this.fwd = fwd
    const url = req.url ?? '/'
    const q = url.indexOf('?')
    this.path = q === -1 ? url : url.slice(0, q)
    const host = req.headers.host ?? ''
    const ident = state.identification
    this.monitored = ident.monitored(route.name, host, this.path)
    const te = req.headers['transfer-encoding']
    const cl = req.headers['content-length']
    this.hasBody = te !== undefined || (cl !== undefined && cl !== '0')
    if (this.monitored) {
      const needs = state.bodyParams ? ident.bodyNeeds(route.name, host, this.path) : 0
      if (this.hasBody && ((needs & 1) !== 0 || state.inspectBytes > 0)) {
        this.reqTap = new BodyTap((needs & 1) !== 0 ? Math.max(state.maxBodyBytes, state.inspectBytes) : state.inspectBytes, false)
      }
      if (needs & 2) this.resTap = new BodyTap(state.maxBodyBytes, true)
    }
    this.opts = {
      path: route.basePath + url,
      method: req.method ?? 'GET',
      headers,
      body: this.hasBody ? req : null,
    }
    this.res[kExchange] = this
    this.res.on('close', onResponseClose)
    if (this.hasBody) req.on('error', ignore)
  }

  start(): void {
    this.route.pool.dispatch(this.opts, this)
  }

  onRequestStart(controller: Controller): void {
    this.controller = controller
    if (this.clientGone) controller.abort(CLIENT_ABORTED)
  }

  onResponseStart(controller: Controller, statusCode: number, parsed: HeaderBag, statusMessage?: string): void {
    if (statusCode < 200) return // 1xx: node already answered the client's 100-continue itself
    this.ttfbMs = performance.now() - this.started
    this.status = statusCode
    this.resHeaders = parsed
    const headers = downstreamResponseHeaders(controller.rawHeaders ?? [])
    if (this.state.draining) headers.push('connection', 'close')
    try {
      this.res.writeHead(statusCode, statusMessage, headers)
    } catch (err) {
      // a header node refuses to send (invalid characters): the upstream's answer is unusable
      this.status = 0
      controller.abort(Object.assign(new Error('invalid upstream response header', { cause: err }), { code: 'HPE_INVALID_HEADER_TOKEN' }))
    }
  }

  onResponseData(controller: Controller, chunk: Buffer): void {
    this.resBytes += chunk.length
    this.resTap?.add(chunk)
    if (!this.res.write(chunk)) {
      controller.pause()
      if (!this.drainHooked) {
        this.drainHooked = true
        this.res.on('drain', onResponseDrain)
      }
    }
  }

  onResponseEnd(): void {
    this.upstreamSettled = true
    this.res.end()
  }

  onBodySent(chunk: Buffer | string): void {
    this.reqBytes += chunk.length
    this.reqTap?.add(chunk)
  }

  onResponseError(_controller: Controller, err: Error): void {
    this.upstreamSettled = true
    if (this.clientGone || err === CLIENT_ABORTED || this.req.errored) {
      this.clientGone = true
      return
    }
    const res = this.res
    if (!res.headersSent) {
      if (!this.retried && !this.hasBody && IDEMPOTENT.has(this.opts.method) && isStaleConnection(err)) {
        // a pooled keep-alive connection closed under us: once more, on another connection
        this.retried = true
        this.upstreamSettled = false
        this.controller = null
        this.state.log.debug({ err, app: this.route.name }, 'retrying idempotent request after a stale connection')
        this.route.pool.dispatch(this.opts, this)
        return
      }
      const code = (err as { code?: string }).code === 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH' ? 'BAD_REQUEST' : upstreamErrorCode(err)
      this.error = code
      this.status = ERRORS[code].status
      this.state.log.warn({ err, app: this.route.name, code, method: this.opts.method, url: this.req.url }, 'upstream request failed')
      answer(res, code, true)
    } else {
      // the answer had begun: all the client can be told is that it is cut short
      this.error = upstreamErrorCode(err)
      this.state.log.warn({ err, app: this.route.name, code: this.error, url: this.req.url }, 'upstream response cut short')
      res.destroy(err)
    }
  }

  /** `close` on the response: the end of the exchange, whether finished or cut. */
  clientClosed(): void {
    if (this.finished) return
    this.finished = true
    if (!this.res.writableFinished && !this.error) {
      this.clientGone = true
      if (!this.upstreamSettled) this.controller?.abort(CLIENT_ABORTED)
    }
    if (this.monitored) this.state.finished(this.record())
    else this.state.unmonitored()
  }

  outcome(): Outcome {
    if (this.error === 'UPSTREAM_TIMEOUT' || this.error === 'UPSTREAM_CONNECT_TIMEOUT') return 'timeout'
    if (this.error !== null) return this.error === 'BAD_REQUEST' ? 'client_aborted' : 'upstream_error'
    return this.clientGone ? 'client_aborted' : 'ok'
  }

  record(): RequestRecord {
    const req = this.req
    const rec = newRecord(this.state.ids.next(this.ts), this.ts, this.route.name, this.opts.method, req.url ?? '/', req.headers, this.fwd.clientIp)
    rec.status = this.status === 0 && this.clientGone ? CLIENT_CLOSED_STATUS : this.status
    rec.durationMs = roundMs(performance.now() - this.started)
    rec.ttfbMs = this.ttfbMs === null ? null : roundMs(this.ttfbMs)
    rec.reqBytes = this.reqBytes
    rec.resBytes = this.resBytes
    rec.outcome = this.outcome()
    rec.error = this.error
    const reqBody = this.reqTap?.buffer() ?? null
    if (this.state.inspectBytes > 0) {
      const url = req.url ?? '/'
      const q = url.indexOf('?')
      rec.inputs = { path: this.path, query: q === -1 ? '' : url.slice(q + 1), headers: req.headers, body: reqBody }
    }
    const max = this.state.maxBodyBytes
    const idBody = reqBody !== null && reqBody.length > max ? reqBody.subarray(0, max) : reqBody
    identifyRecord(rec, this.state.identification, max, req.headers, this.resHeaders, idBody, this.resTap?.buffer() ?? null)
    return rec
  }
}
