/**
 * WebSocket upgrades, once admitted (`admit.ts`, the same admission as plain requests): the
 * upstream is asked first, and only its real 101 opens a tunnel; any other answer is relayed as an
 * ordinary response. The upstream's head is awaited at most `timeouts.upstreamHeaders`, as a plain
 * request's is, and a client that leaves meanwhile cuts the attempt (a client abort). Other upgrade
 * tokens (h2c) are never tunnelled: node hands those requests to the normal handler, which drops
 * Upgrade as a hop-by-hop field. A tunnel idles out after `timeouts.clientIdle` like any request,
 * counts against `limits.tunnels`, and is recorded when it closes: its lifetime and the bytes that
 * crossed it each way.
 */
import http from 'node:http'
import https from 'node:https'
import { errors } from 'undici'
import type { Socket } from 'node:net'
import { ERRORS, type ErrorCode } from '../errors.ts'
import { otherTransferCoding, upstreamRequestHeaders, type Forwarded } from './headers.ts'
import { finishExchange, isMonitored, type ExchangeEnd } from './finish.ts'
import { rawAnswer } from './answers.ts'
import { upstreamErrorCode } from './upstream-errors.ts'
import { INTERIM_FLOOD, MAX_INTERIM } from './interim.ts'
import { answerAndClose, keepWhenIdle } from './tunnels.ts'
import type { HeaderBag } from '../capture/view.ts'
import type { ProxyState, Route } from './state.ts'
import { logPerRequest } from './request-log.ts'

/** node's shouldUpgradeCallback: only a GET asking for websocket becomes an upgrade. */
export function wantsWebSocket(req: http.IncomingMessage): boolean {
  const upgrade = req.headers.upgrade
  return req.method === 'GET' && upgrade !== undefined && /(^|,)\s*websocket\s*(,|$)/i.test(upgrade)
}

const HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade'])
const INVALID_REASON = /[^\t\x20-\x7e\x80-\xff]/
const INVALID_VALUE = /[^\t\x20-\x7e\x80-\xff]/

function head(status: number, message: string | undefined, raw: readonly string[], keep: (name: string) => boolean): string {
  const reason = message === undefined || INVALID_REASON.test(message) ? (http.STATUS_CODES[status] ?? '') : message
  let out = `HTTP/1.1 ${status} ${reason}\r\n`
  for (let i = 0; i < raw.length; i += 2) {
    // node's client parser already refused control characters; kept as a second line of defence
    if (keep(raw[i]!.toLowerCase()) && !INVALID_VALUE.test(raw[i + 1]!)) out += `${raw[i]}: ${raw[i + 1]}\r\n`
  }
  return out
}

/** One upgrade: its end is the record's end. */
class Upgrade implements ExchangeEnd {
  readonly state: ProxyState
  readonly route: Route
  readonly req: http.IncomingMessage
  readonly fwd: Forwarded
  readonly ts = Date.now()
  readonly started = performance.now()
  readonly denied = false
  readonly reqBody = null
  readonly resBody = null
  readonly monitored: boolean
  status = 0
  ttfbMs: number | null = null
  reqBytes = 0
  resBytes = 0
  error: ErrorCode | null = null
  clientGone = false
  resHeaders: HeaderBag | null = null
  #done = false

  constructor(state: ProxyState, route: Route, fwd: Forwarded, req: http.IncomingMessage) {
    this.state = state
    this.route = route
    this.req = req
    this.fwd = fwd
    this.monitored = isMonitored(state, route, req)
  }

  finish(): void {
    if (this.#done) return
    this.#done = true
    finishExchange(this.state, this, this.monitored)
  }
}

/**
 * What a client sends between its upgrade request and the upstream's 101 is held, and written
 * upstream once the tunnel opens (as the bytes that came with the request are); once this much is
 * held the socket is not read until then. Reading it at all is what tells that the client has left:
 * unread, its FIN or reset went unseen, and the attempt held its upstream connection and its place
 * in `limits.tunnels` until the upstream answered.
 */
const MAX_HELD_BYTES = 16 * 1024

export function proxyUpgrade(state: ProxyState, route: Route, fwd: Forwarded, req: http.IncomingMessage, socket: Socket, early: Buffer): void {
  const up = new Upgrade(state, route, fwd, req)
  const headers = upstreamRequestHeaders(req.rawHeaders, req.headers.connection, fwd, state.keepRequest)
  headers.push('connection', 'Upgrade', 'upgrade', req.headers.upgrade ?? 'websocket')
  const target = new URL(route.origin)
  const t = state.config.timeouts
  const upReq = (target.protocol === 'https:' ? https : http).request({
    host: target.hostname,
    port: target.port || (target.protocol === 'https:' ? 443 : 80),
    method: 'GET',
    path: route.basePath + req.url,
    headers,
    agent: false,
    // node's socket idle timer: it bounds the connect and a refusal's body (the head: headersTimer)
    timeout: t.upstreamHeaders,
    servername: target.hostname,
  })
  let upSocket: Socket | undefined
  const release = state.tunnels.open(route.name, () => {
    socket.destroy()
    upSocket?.destroy()
  })
  let tunnelled = false
  // the upstream's head within upstreamHeaders of the request, as a plain request's (undici's
  // headersTimeout, the same cause): the idle timer alone was restarted by every byte of a head
  // trickled or of interim answers, and an upgrade waited for ever
  const headersTimer = setTimeout(() => upReq.destroy(new errors.HeadersTimeoutError()), t.upstreamHeaders)
  let interim = 0

  // until the 101 the client's bytes are held (MAX_HELD_BYTES); once an answer but 101 has begun they are dropped
  let held: Buffer[] | null = []
  let heldBytes = 0
  const hold = (chunk: Buffer): void => {
    if (held === null) return
    held.push(chunk)
    heldBytes += chunk.length
    if (heldBytes >= MAX_HELD_BYTES) socket.pause()
  }
  const dropHeld = (): void => {
    held = null
    socket.resume()
  }
  // the client closing its side before the 101 has left: nothing is waiting for the answer
  const left = (): void => {
    if (up.status === 0) socket.destroy()
  }
  socket.on('data', hold)
  socket.on('end', left)

  upReq.on('upgrade', (upRes, s: Socket, upEarly: Buffer) => {
    clearTimeout(headersTimer)
    upSocket = s
    tunnelled = true
    up.status = 101
    up.ttfbMs = performance.now() - up.started
    up.resHeaders = upRes.headers
    socket.off('data', hold).off('end', left)
    keepWhenIdle(socket) // the tunnel's own idle rule below
    socket.write(head(101, upRes.statusMessage, upRes.rawHeaders, () => true) + '\r\n')
    if (upEarly.length > 0) {
      up.resBytes += upEarly.length
      socket.write(upEarly)
    }
    for (const chunk of [early, ...(held ?? [])]) {
      if (chunk.length === 0) continue
      up.reqBytes += chunk.length
      s.write(chunk)
    }
    held = null
    s.on('error', (err) => {
      up.error ??= upstreamErrorCode(err)
      socket.destroy()
    })
    s.on('close', () => socket.destroy())
    s.on('data', (chunk: Buffer) => (up.resBytes += chunk.length))
    socket.on('data', (chunk: Buffer) => (up.reqBytes += chunk.length))
    // idle either way for clientIdle: the tunnel is over, like an idle request
    const idle = (): void => {
      socket.destroy()
      s.destroy()
    }
    s.setTimeout(t.clientIdle, idle)
    socket.setTimeout(t.clientIdle, idle)
    socket.pipe(s)
    s.pipe(socket)
  })
  upReq.on('information', () => {
    // as a plain request's (exchange.ts): a flood of interim answers is a bad upstream
    if (++interim > MAX_INTERIM) upReq.destroy(INTERIM_FLOOD)
  })
  upReq.on('response', (upRes) => {
    clearTimeout(headersTimer)
    dropHeld()
    // a transfer coding but chunked: its bytes would reach the client as a plain body (headers.ts)
    const te = upRes.headers['transfer-encoding']
    if (otherTransferCoding(te)) {
      up.error = 'UPSTREAM_BAD_RESPONSE'
      up.status = ERRORS.UPSTREAM_BAD_RESPONSE.status
      logPerRequest(state, 'warn', 'upstream upgrade answer with a transfer coding but chunked', { app: route.name, code: up.error, detail: { transferEncoding: te } })
      upRes.destroy()
      answerAndClose(socket, rawAnswer('UPSTREAM_BAD_RESPONSE'))
      return
    }
    // refused upgrade: relay the answer as it is, then close (the client may keep its side open)
    up.status = upRes.statusCode ?? 502
    up.ttfbMs = performance.now() - up.started
    up.resHeaders = upRes.headers
    socket.write(head(up.status, upRes.statusMessage, upRes.rawHeaders, (n) => !HOP.has(n)) + 'connection: close\r\n\r\n')
    upRes.on('data', (chunk: Buffer) => (up.resBytes += chunk.length))
    socket.once('finish', () => socket.destroy())
    upRes.pipe(socket)
    upRes.on('error', () => socket.destroy())
  })
  upReq.on('timeout', () => upReq.destroy(new errors.HeadersTimeoutError()))
  upReq.on('error', (err) => {
    clearTimeout(headersTimer)
    // the client left first (the attempt was cut for it): a client abort, not the upstream's failure
    if (up.clientGone) return
    if (up.status !== 0) return socket.destroy()
    const code = upstreamErrorCode(err)
    up.error = code
    up.status = ERRORS[code].status
    if (code === 'INTERNAL') state.internalError('proxy.upgrade', err)
    else logPerRequest(state, 'warn', 'upstream upgrade failed', { app: route.name, code, err })
    dropHeld()
    if (socket.writable) answerAndClose(socket, rawAnswer(code))
    else socket.destroy()
  })
  socket.on('close', () => {
    // the client side is gone: the tunnel (or the attempt) is over
    clearTimeout(headersTimer)
    if (up.status === 0) up.clientGone = true
    upReq.destroy()
    upSocket?.destroy()
    release()
    if (!tunnelled || upSocket === undefined || upSocket.destroyed) up.finish()
    else upSocket.once('close', () => up.finish())
  })
  upReq.end()
}
