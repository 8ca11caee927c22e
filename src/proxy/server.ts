/**
 * The front: node's http(s) server with the request limits, the request and upgrade handlers (both
 * through one admission, `admit.ts`), the answers to malformed requests, and the order of pipelined
 * requests. Each handler is a boundary: an exception in it is answered 500 (or the socket closed),
 * counted in apisess_internal_errors_total and logged; the process goes on.
 */
import http from 'node:http'
import https from 'node:https'
import { readFileSync } from 'node:fs'
import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { ERRORS } from '../errors.ts'
import type { Config } from '../config/schema.ts'
import { admit, refused, type Refusal } from './admit.ts'
import { answer, answerOrCut, closing, rawAnswer } from './answers.ts'
import { Exchange } from './exchange.ts'
import { finishExchange, isMonitored } from './finish.ts'
import { upstreamRequestHeaders } from './headers.ts'
import { proxyUpgrade, wantsWebSocket } from './websocket.ts'
import type { ProxyState } from './state.ts'

export interface StateHolder {
  state: ProxyState
}

const RAW = {
  BAD_REQUEST: rawAnswer('BAD_REQUEST'),
  HEADERS_TOO_LARGE: rawAnswer('HEADERS_TOO_LARGE'),
  URI_TOO_LONG: rawAnswer('URI_TOO_LONG'),
  CLIENT_TIMEOUT: rawAnswer('CLIENT_TIMEOUT'),
  VERSION_NOT_SUPPORTED: rawAnswer('VERSION_NOT_SUPPORTED'),
} as const

function clientErrorCode(err: NodeJS.ErrnoException): keyof typeof RAW {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return 'HEADERS_TOO_LARGE'
    case 'HPE_URI_TOO_LONG':
      return 'URI_TOO_LONG'
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'HPE_HEADERS_TIMEOUT':
      return 'CLIENT_TIMEOUT'
    case 'HPE_INVALID_VERSION':
      return 'VERSION_NOT_SUPPORTED'
    default:
      return 'BAD_REQUEST'
  }
}

/**
 * Pipelined requests wait their turn: node hands them over as soon as they are parsed, but one is
 * forwarded only once the answer before it is over, so that nothing reaches the upstream behind an
 * answer that closes the connection (an upstream 502, a 400) — RFC 9112 §9.6. A client that
 * pipelines more than this ahead of its answers loses the connection.
 */
const MAX_PIPELINED = 64
const kTurn = Symbol('api-sessions.turn')
/** one per connection: whether a request of it is being answered, and those waiting their turn */
interface Turns {
  readonly socket: Socket
  busy: boolean
  queue: [http.IncomingMessage, TurnResponse][]
}
type TurnSocket = Socket & { [kTurn]?: Turns }
type TurnResponse = http.ServerResponse & { [kTurn]?: Turns }

export function createProxyServer(config: Readonly<Config>, holder: StateHolder): http.Server {
  const t = config.timeouts
  const options: http.ServerOptions = {
    maxHeaderSize: config.limits.maxHeaderBytes,
    headersTimeout: t.clientHeaders,
    requestTimeout: 0, // long uploads are bounded by the idle timeout instead
    keepAliveTimeout: t.keepAlive,
    connectionsCheckingInterval: Math.min(t.clientHeaders, 30_000) / 2,
    requireHostHeader: true,
    shouldUpgradeCallback: wantsWebSocket,
  }

  /** One request, its turn come: admitted and forwarded, or answered by the sensor. */
  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const state = holder.state
    try {
      if (closing.has(req.socket)) {
        // pipelined behind an answer that closes the connection: not processed
        req.socket.destroy()
        return
      }
      const verdict = admit(state, req, false)
      if (refused(verdict)) return refuse(state, req, res, verdict)
      const headers = upstreamRequestHeaders(req.rawHeaders, req.headers.connection, verdict.fwd, state.keepRequest)
      new Exchange(state, verdict.route, req, res, verdict.fwd, headers).start()
    } catch (err) {
      state.internalError('proxy.request', err)
      answerOrCut(res)
    }
  }

  const onRequest = (req: http.IncomingMessage, res: TurnResponse): void => {
    const socket = req.socket as TurnSocket
    let turns = socket[kTurn]
    if (turns === undefined) socket[kTurn] = turns = { socket, busy: true, queue: [] }
    else if (turns.busy) {
      if (turns.queue.length >= MAX_PIPELINED) {
        holder.state.rejected('PIPELINE_TOO_DEEP')
        socket.destroy()
        return
      }
      res[kTurn] = turns
      turns.queue.push([req, res])
      res.on('close', onQueuedClose)
      return
    } else turns.busy = true
    res[kTurn] = turns
    res.on('close', onTurnOver)
    handle(req, res)
  }

  /** an answer is over: the next pipelined request on its connection gets its turn */
  function onTurnOver(this: TurnResponse): void {
    const turns = this[kTurn]!
    const next = turns.queue.shift()
    if (next === undefined || turns.socket.destroyed) {
      turns.busy = false
      turns.queue.length = 0
      return
    }
    const [req, res] = next
    res.off('close', onQueuedClose)
    res.on('close', onTurnOver)
    handle(req, res)
  }
  /** a waiting request whose connection went away: nothing to do but forget it */
  function onQueuedClose(this: TurnResponse): void {
    const turns = this[kTurn]!
    turns.queue = turns.queue.filter(([, res]) => res !== this)
  }

  const server = config.listen.tls
    ? https.createServer({ ...options, cert: readFileSync(config.listen.tls.cert), key: readFileSync(config.listen.tls.key) }, onRequest)
    : http.createServer(options, onRequest)

  server.setTimeout(t.clientIdle)
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    try {
      if (err.code === 'ECONNRESET' || !socket.writable) {
        socket.destroy()
        return
      }
      if (err.code === 'HPE_CLOSED_CONNECTION') {
        // bytes after a request that closes the connection (HTTP/1.0, Connection: close): dropped; the
        // answer to that request is still on its way and the connection ends after it
        holder.state.rejected('BAD_REQUEST')
        return
      }
      const code = clientErrorCode(err)
      holder.state.rejected(code)
      holder.state.log.debug({ code: err.code, reason: err.message }, 'malformed request rejected')
      socket.end(RAW[code])
    } catch (e) {
      holder.state.internalError('proxy.clientError', e)
      socket.destroy()
    }
  })
  // CONNECT asks for a tunnel, a forward proxy's job: without a listener node closes the connection
  // without a word and uncounted; it gets the 400 of the other forward-proxy targets instead
  server.on('connect', (_req: http.IncomingMessage, socket: Socket) => {
    try {
      socket.on('error', () => socket.destroy())
      holder.state.rejected('BAD_REQUEST')
      socket.end(RAW.BAD_REQUEST)
    } catch (err) {
      holder.state.internalError('proxy.connect', err)
      socket.destroy()
    }
  })
  server.on('upgrade', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    const state = holder.state
    try {
      socket.on('error', () => socket.destroy())
      const verdict = admit(state, req, true)
      if (refused(verdict)) {
        refuseRaw(state, req, socket, verdict)
        return
      }
      proxyUpgrade(state, verdict.route, verdict.fwd, req, socket, head)
    } catch (err) {
      state.internalError('proxy.upgrade', err)
      if (socket.writable) socket.end(rawAnswer('INTERNAL'))
      else socket.destroy()
    }
  })
  return server
}

/** Answer a refused request; a refusal after routing (denied) is recorded. */
function refuse(state: ProxyState, req: http.IncomingMessage, res: http.ServerResponse, verdict: Refusal): void {
  const started = performance.now()
  const ts = Date.now()
  state.rejected(verdict.refused)
  answer(res, verdict.refused, verdict.refused !== 'NO_APPLICATION' || state.lifecycle.draining)
  recordRefusal(state, req, verdict, ts, started)
}

/** The same for an upgrade: the answer is written on the socket, which then closes. */
function refuseRaw(state: ProxyState, req: http.IncomingMessage, socket: Socket, verdict: Refusal): void {
  const started = performance.now()
  const ts = Date.now()
  state.rejected(verdict.refused)
  closing.add(socket)
  socket.end(rawAnswer(verdict.refused))
  recordRefusal(state, req, verdict, ts, started)
}

function recordRefusal(state: ProxyState, req: http.IncomingMessage, verdict: Refusal, ts: number, started: number): void {
  const { route, fwd } = verdict
  if (route === undefined || fwd === undefined) return
  finishExchange(
    state,
    {
      route, req, fwd, ts, started,
      status: ERRORS[verdict.refused].status,
      ttfbMs: null, reqBytes: 0, resBytes: 0,
      error: verdict.refused, clientGone: false, denied: verdict.refused === 'DENIED' || verdict.refused === 'TUNNELS_FULL',
      resHeaders: null, reqBody: null, resBody: null,
    },
    isMonitored(state, route, req),
  )
}
