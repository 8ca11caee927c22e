/**
 * One request through the proxy: the undici dispatch handler that streams the upstream's answer
 * into node's response with backpressure, maps failures to 502/504, retries a keep-alive race
 * once, cancels the upstream when the client leaves, and hands the record to the sink at the end.
 *
 * One object per request and no closures: node's events reach it through a symbol on `res`.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import { answer, answerOrCut, closing } from './answers.ts'
import type { Dispatcher } from 'undici'
import { ERRORS, type ErrorCode } from '../errors.ts'
import { BodyTap } from '../capture/body-tap.ts'
import { CoalescedBody } from './coalesced-body.ts'
import { BODY_NEEDS } from '../session/identify.ts'
import type { HeaderBag } from '../capture/view.ts'
import { downstreamResponseHeaders, otherTransferCoding, type Forwarded } from './headers.ts'
import { finishExchange, pathOf, type ExchangeEnd } from './finish.ts'
import { isStaleConnection, upstreamErrorCode } from './upstream-errors.ts'
import { INTERIM_FLOOD, MAX_INTERIM } from './interim.ts'
import { exchangeOver, type ProxyState, type Route } from './state.ts'
import { logPerRequest } from './request-log.ts'

const kExchange = Symbol('api-sessions.exchange')
/**
 * A request body of a known length up to this is read whole before the upstream request starts, and
 * handed to undici as one Buffer (head and body in one write; nginx buffers request bodies the same
 * way): streaming the IncomingMessage keeps every small body's chunks and stream state alive across
 * the upstream round trip, which the young generation then promotes (docs/benchmarks.md, "The POST
 * tail is garbage collection"). Longer and chunked bodies stream.
 */
export const PREREAD_MAX_BYTES = 64 * 1024
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE'])
type Controller = Dispatcher.DispatchController & { rawHeaders?: Buffer[] | null }
type Tagged = ServerResponse & { [kExchange]?: Exchange }
type TaggedRequest = IncomingMessage & { [kExchange]?: Exchange }

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
function onRequestData(this: TaggedRequest, chunk: Buffer): void {
  this[kExchange]!.bodyChunk(chunk)
}
function onRequestEnd(this: TaggedRequest): void {
  this[kExchange]!.bodyRead()
}
function ignore(): void {}

/** the length of a body to read whole before forwarding, or 0 to stream it (chunked, unknown, too long) */
function prereadLength(te: string | undefined, cl: string | undefined): number {
  if (te !== undefined || cl === undefined) return 0
  const n = Number(cl) // node's parser has refused a malformed or conflicting length already
  return n > 0 && n <= PREREAD_MAX_BYTES ? n : 0
}

/** what node accepts in a reason phrase (its own check, which throws): tab, visible ASCII, obs-text */
const INVALID_REASON = /[^\t\x20-\x7e\x80-\xff]/
const OTHER_CODING = Object.assign(new Error('a transfer coding other than chunked'), { code: 'HPE_INVALID_TRANSFER_ENCODING' })

export class Exchange implements Dispatcher.DispatchHandler, ExchangeEnd {
  readonly req: IncomingMessage
  readonly res: Tagged
  readonly route: Route
  readonly state: ProxyState
  readonly fwd: Forwarded
  readonly opts: Dispatcher.DispatchOptions
  readonly ts = Date.now()
  readonly started = performance.now()
  readonly hasBody: boolean
  /** the body's known length when it is read whole before forwarding; 0 when it streams or there is none */
  readonly preread: number
  /**
   * the body while it is read whole (null before, once it has all come, or once the exchange is
   * over): a body tap as long as the body, whose buffer grows with what has arrived
   */
  body: BodyTap | null = null
  controller: Controller | null = null
  ttfbMs: number | null = null
  status = 0
  reqBytes = 0
  resBytes = 0
  error: ErrorCode | null = null
  readonly denied = false
  retried = false
  upstreamSettled = false
  clientGone = false
  finished = false
  drainHooked = false
  /** interim (1xx) answers seen so far */
  interim = 0
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
    this.res = res
    this.fwd = fwd
    const url = req.url ?? '/'
    this.path = pathOf(url)
    const host = req.headers.host ?? ''
    const ident = state.identification
    this.monitored = ident.monitored(route.name, host, this.path)
    const te = req.headers['transfer-encoding']
    const cl = req.headers['content-length']
    this.hasBody = te !== undefined || (cl !== undefined && cl !== '0')
    this.preread = this.hasBody ? prereadLength(te, cl) : 0
    if (this.monitored) {
      const needs = state.bodyParams ? ident.bodyNeeds(route.name, host, this.path) : 0
      const requestBody = (needs & BODY_NEEDS.request) !== 0
      if (this.hasBody && (requestBody || state.inspectBytes > 0)) {
        this.reqTap = new BodyTap(requestBody ? Math.max(state.maxBodyBytes, state.inspectBytes) : state.inspectBytes, false)
      }
      if ((needs & BODY_NEEDS.response) !== 0) this.resTap = new BodyTap(state.maxBodyBytes, true)
    }
    this.opts = {
      path: route.basePath + url,
      method: req.method ?? 'GET',
      headers,
      // a body is set by start() when it streams, by bodyRead() when it is read whole
      body: null,
    }
    this.res[kExchange] = this
    this.res.on('close', onResponseClose)
    if (this.hasBody) req.on('error', ignore)
    // until clientClosed: the route's pool stays open (a reload closes the old pools after their exchanges)
    route.active.count++
  }

  start(): void {
    if (this.preread === 0) {
      // streamed in pieces of what has arrived, not chunk by chunk (coalesced-body.ts)
      if (this.hasBody) this.opts.body = new CoalescedBody(this.req)
      this.route.pool.dispatch(this.opts, this)
      return
    }
    // read the body whole first; a client that leaves meanwhile ends the exchange (clientClosed)
    // with nothing sent upstream, and one that stalls is cut by the idle timeout
    const req = this.req as TaggedRequest
    req[kExchange] = this
    this.body = new BodyTap(this.preread, false)
    req.on('data', onRequestData)
    req.on('end', onRequestEnd)
  }

  /**
   * A chunk of the body read whole, kept by a body tap: the first chunk as it came, the rest in one
   * buffer grown by doubling (node's parser passes no more than the Content-Length). Kept as chunks, a
   * client writing its 64 KiB a byte at a time made 65,535 Buffers; given its whole length at once, a
   * client that announces 64 KiB and sends a byte made the sensor hold 64 KiB.
   */
  bodyChunk(chunk: Buffer): void {
    this.body?.add(chunk) // none once the exchange is over
  }

  /** the whole body has arrived: forwarded as one Buffer, unless the client has gone meanwhile */
  bodyRead(): void {
    const body = this.body
    if (body === null) return // the exchange ended before (clientClosed)
    this.body = null
    this.opts.body = body.buffer()
    try {
      this.route.pool.dispatch(this.opts, this)
    } catch (err) {
      // an event listener: the request handler's boundary (server.ts) is behind us, so this is one
      this.state.internalError('proxy.request', err)
      answerOrCut(this.res)
    }
  }

  onRequestStart(controller: Controller): void {
    this.controller = controller
    if (this.clientGone) controller.abort(CLIENT_ABORTED)
  }

  get reqBody(): Buffer | null {
    return this.reqTap?.buffer() ?? null
  }

  get resBody(): Buffer | null {
    return this.resTap?.buffer() ?? null
  }

  onResponseStart(controller: Controller, statusCode: number, parsed: HeaderBag, statusMessage?: string): void {
    // 1xx but 101 (an upgrade never comes this way): node answered the client's 100-continue itself
    // and an upstream's unsolicited 100 never reaches here (interim.ts); others are not relayed, and
    // a flood of them is a bad upstream (MAX_INTERIM)
    if (statusCode < 200) {
      if (++this.interim > MAX_INTERIM) controller.abort(INTERIM_FLOOD)
      return
    }
    // a transfer coding but chunked: undici takes the chunking off and leaves the rest, which would reach the client as a plain body (headers.ts)
    if (otherTransferCoding(parsed['transfer-encoding'])) return controller.abort(OTHER_CODING)
    this.ttfbMs = performance.now() - this.started
    this.status = statusCode
    this.resHeaders = parsed
    const headers = downstreamResponseHeaders(controller.rawHeaders ?? [], this.state.keepResponse)
    // an upgrade not taken (h2c): node reads nothing more of what arrived with that request, so
    // requests pipelined behind it would wait unanswered for the keep-alive timeout; the connection
    // closes after this answer instead, for the client to send them again (RFC 9112 §9.6)
    if (this.state.lifecycle.draining || this.req.headers.upgrade !== undefined) {
      headers.push('connection', 'close')
      closing.add(this.res.socket ?? this.res)
    }
    // the reason phrase carries no meaning (RFC 9112 §4): one node would refuse is replaced by the standard one
    const reason = statusMessage === undefined || INVALID_REASON.test(statusMessage) ? STATUS_CODES[statusCode] : statusMessage
    try {
      this.res.writeHead(statusCode, reason, headers)
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
      if (!this.retried && (!this.hasBody || this.preread > 0) && IDEMPOTENT.has(this.opts.method) && isStaleConnection(err)) {
        // a pooled keep-alive connection closed under us: once more, on another connection (a body
        // read whole is sent again from its start; a streamed one cannot be)
        this.retried = true
        this.reqBytes = 0
        this.reqTap?.clear()
        this.upstreamSettled = false
        this.controller = null
        logPerRequest(this.state, 'debug', 'retrying idempotent request after a stale connection', { app: this.route.name, err })
        this.route.pool.dispatch(this.opts, this)
        return
      }
      const code = (err as { code?: string }).code === 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH' ? 'BAD_REQUEST' : upstreamErrorCode(err)
      this.error = code
      this.status = ERRORS[code].status
      if (code === 'INTERNAL') this.state.internalError('proxy.dispatch', err)
      else logPerRequest(this.state, 'warn', 'upstream request failed', { app: this.route.name, code, method: this.opts.method, url: this.req.url, err })
      answer(res, code, true)
    } else {
      // the answer had begun: all the client can be told is that it is cut short
      this.error = upstreamErrorCode(err)
      if (this.error === 'INTERNAL') this.state.internalError('proxy.dispatch', err)
      else logPerRequest(this.state, 'warn', 'upstream response cut short', { app: this.route.name, code: this.error, url: this.req.url, err })
      // the head was given to node but maybe not yet sent (node sends it with the first body bytes):
      // send it, then end the connection, so the client sees the status the record shows, cut short
      const socket = res.socket
      if (socket !== null && !socket.destroyed) {
        res.flushHeaders()
        closing.add(socket)
        socket.destroySoon()
      } else res.destroy(err)
    }
  }

  /** `close` on the response: the end of the exchange, whether finished or cut. */
  clientClosed(): void {
    if (this.finished) return
    this.finished = true
    exchangeOver(this.route)
    // left while its body was being read: nothing was sent upstream, and nothing more is kept
    this.body = null
    if (!this.res.writableFinished && !this.error) {
      this.clientGone = true
      if (!this.upstreamSettled) this.controller?.abort(CLIENT_ABORTED)
    }
    finishExchange(this.state, this, this.monitored)
  }
}
