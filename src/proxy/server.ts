/**
 * The front: node's http(s) server with the request limits, the request and upgrade handlers (both
 * through one admission, `admit.ts`), the answers to malformed requests, and the order of pipelined
 * requests. Each handler is a boundary: an exception in it is answered 500 (or the socket closed),
 * counted in apisess_internal_errors_total and logged; the process goes on.
 */
import http from 'node:http'
import https from 'node:https'
import type { Socket } from 'node:net'
import type { TLSSocket } from 'node:tls'
import type { Duplex } from 'node:stream'
import { ERRORS, type ErrorCode } from '../errors.ts'
import type { Config } from '../config/schema.ts'
import { readServerTls, type ServerTls } from '../config/files.ts'
import { admit, refused, type Refusal } from './admit.ts'
import { answer, answerOrCut, closing, rawAnswer } from './answers.ts'
import { Exchange } from './exchange.ts'
import { finishExchange, isMonitored } from './finish.ts'
import { upstreamRequestHeaders } from './headers.ts'
import { proxyUpgrade, wantsWebSocket } from './websocket.ts'
import { answerAndClose, closeWhenIdle } from './tunnels.ts'
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
    case 'ERR_TLS_HANDSHAKE_TIMEOUT':
      return 'CLIENT_TIMEOUT'
    case 'HPE_INVALID_VERSION':
      return 'VERSION_NOT_SUPPORTED'
    default:
      return 'BAD_REQUEST'
  }
}

/**
 * A TLS connection whose handshake did not finish (timed out, or failed): nothing can be answered on
 * it — a write waits behind the handshake for ever, and the socket with it (an audit's leak: every
 * client that never finished its handshake kept a descriptor for good).
 */
function handshakeUnfinished(err: NodeJS.ErrnoException, socket: Duplex): boolean {
  if (err.code?.startsWith('ERR_TLS_') === true || err.code?.startsWith('ERR_SSL_') === true) return true
  const tls = socket as Partial<TLSSocket> & { _secureEstablished?: boolean }
  return tls.encrypted === true && tls._secureEstablished !== true
}

/**
 * Pipelined requests wait their turn: node hands them over as soon as they are parsed, but one is
 * forwarded only once the answer before it is over, so that nothing reaches the upstream behind an
 * answer that closes the connection (an upstream 502, a 400) — RFC 9112 §9.6. A client that
 * pipelines more than this ahead of its answers loses the connection.
 *
 * What ends the connection's HTTP — a malformed request's answer, a CONNECT's refusal, a WebSocket
 * upgrade — waits its turn too: node reports it the moment it is parsed, and written then it would
 * overtake an earlier answer (taken by the client as that request's) or land in its body. It is
 * always the last thing node parses on a connection, so it waits after the queue (`last`), and is
 * dropped when an answer before it closes the connection.
 */
const MAX_PIPELINED = 64
const kTurn = Symbol('api-sessions.turn')
/** one per connection: whether a request of it is being answered, and those waiting their turn */
interface Turns {
  readonly socket: Socket
  busy: boolean
  queue: [http.IncomingMessage, TurnResponse][]
  /** the last request node handed over: a parse error is in its body while it is not complete */
  newest: http.IncomingMessage
  /** what comes once every answer is out (an error answer, an upgrade); it checks the connection itself */
  last: (() => void) | undefined
}
type TurnSocket = Socket & { [kTurn]?: Turns; _httpMessage?: http.ServerResponse | null }
type TurnResponse = http.ServerResponse & { [kTurn]?: Turns }

/** Connections whose parser failed: node reports the same error again for every byte that follows. */
const parseFailed = new WeakSet<Socket>()
/** Requests waiting their turn whose body the parser failed in: answered with that error in their turn, never forwarded. */
const brokenBodies = new WeakMap<http.IncomingMessage, ErrorCode>()

/** Whether an answer before it closed the connection (or is closing it): then what came after is dropped. */
function closedBehind(socket: Socket): boolean {
  return socket.destroyed || !socket.writable || closing.has(socket)
}

/**
 * Node stops relaying its socket's 'drain' to the answer being written once it hands the socket over
 * (an upgrade, a CONNECT): an answer still going out would wait for it forever.
 */
function relayDrain(this: TurnSocket): void {
  const msg = this._httpMessage
  if (msg != null && msg.writableNeedDrain && msg.writableLength === 0) msg.emit('drain')
}

/**
 * Node stops watching the socket's idle timeout too when it hands it over: the answer still going out
 * to a client that does not read would hold the connection and its upstream connection for ever
 * (a review's finding). As node did: the answer is told, and the socket closed unless it takes it.
 */
function relayTimeout(this: TurnSocket): void {
  const msg = this._httpMessage
  if (msg == null || !msg.emit('timeout', this)) this.destroy()
}

export function createProxyServer(config: Readonly<Config>, holder: StateHolder, tls?: ServerTls): http.Server {
  const t = config.timeouts
  const options: http.ServerOptions = {
    maxHeaderSize: config.limits.maxHeaderBytes,
    headersTimeout: t.clientHeaders,
    requestTimeout: 0, // long uploads are bounded by the idle timeout instead
    keepAliveTimeout: t.keepAlive,
    connectionsCheckingInterval: Math.min(t.clientHeaders, 30_000) / 2,
    // admission refuses a missing Host in the request's turn (admit.ts); node's own 400 came out of turn
    requireHostHeader: false,
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
      const broken = brokenBodies.get(req)
      if (broken !== undefined) return answer(res, broken, true) // counted when it failed
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
    if (turns === undefined) socket[kTurn] = turns = { socket, busy: true, queue: [], newest: req, last: undefined }
    else if (turns.busy) {
      turns.newest = req
      if (turns.queue.length >= MAX_PIPELINED) {
        holder.state.rejected('PIPELINE_TOO_DEEP')
        socket.destroy()
        return
      }
      res[kTurn] = turns
      turns.queue.push([req, res])
      res.on('close', onQueuedClose)
      return
    } else {
      turns.busy = true
      turns.newest = req
    }
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
      const last = turns.last
      if (last !== undefined) {
        turns.last = undefined
        turns.socket.off('drain', relayDrain).off('timeout', relayTimeout)
        last()
      }
      return
    }
    const [req, res] = next
    res.off('close', onQueuedClose)
    res.on('close', onTurnOver)
    handle(req, res)
  }
  /**
   * Run `then` once the connection's answers are out: at once when none is in flight, else after the
   * last of them (`handedOver`: node has given up the socket, and no longer relays its 'drain' to
   * them). Whether the connection is still open then is `then`'s to check (`closedBehind`).
   */
  function afterAnswers(socket: TurnSocket, handedOver: boolean, then: () => void): void {
    const turns = socket[kTurn]
    if (turns !== undefined && turns.busy) {
      turns.last = then
      if (handedOver) socket.on('drain', relayDrain).on('timeout', relayTimeout)
    } else if (socket._httpMessage == null) then()
    else {
      // an answer node gave itself (it closes the connection): nothing follows it
      closing.add(socket)
    }
  }

  /** a waiting request whose connection went away: nothing to do but forget it */
  function onQueuedClose(this: TurnResponse): void {
    const turns = this[kTurn]!
    turns.queue = turns.queue.filter(([, res]) => res !== this)
  }

  const server = config.listen.tls
    ? https.createServer(
        // a handshake gets the time a request head gets (node's default: 120 s)
        { ...options, handshakeTimeout: t.clientHeaders, ...(tls ?? readServerTls(config.listen.tls)) },
        onRequest,
      )
    : http.createServer(options, onRequest)

  server.setTimeout(t.clientIdle)
  server.on('clientError', (err: NodeJS.ErrnoException, duplex: Duplex) => {
    const socket = duplex as TurnSocket
    try {
      if (err.code === 'ECONNRESET' || !socket.writable) {
        socket.destroy()
        return
      }
      if (handshakeUnfinished(err, socket)) {
        holder.state.rejected(clientErrorCode(err))
        holder.state.log.debug({ code: err.code, reason: err.message }, 'TLS handshake not finished; connection closed')
        socket.destroy()
        return
      }
      if (parseFailed.has(socket)) return
      parseFailed.add(socket)
      if (err.code === 'HPE_CLOSED_CONNECTION') {
        // bytes after a request that closes the connection (HTTP/1.0, Connection: close): dropped; the
        // answer to that request is still on its way and the connection ends after it
        holder.state.rejected('BAD_REQUEST')
        return
      }
      const code = clientErrorCode(err)
      holder.state.rejected(code)
      holder.state.log.debug({ code: err.code, reason: err.message }, 'malformed request rejected')
      const turns = socket[kTurn]
      const newest = turns?.busy === true ? turns.newest : undefined
      if (newest === undefined || newest.complete) {
        // in the head of a request after those handed over, whole: after their answers
        afterAnswers(socket, false, () => endWith(socket, RAW[code]))
      } else if (turns!.queue.some(([req]) => req === newest)) {
        // in the body of a request still waiting its turn: answered then, after the answers before it
        brokenBodies.set(newest, code)
      } else if (socket._httpMessage?.headersSent === true) {
        // in the body of the request being answered, whose answer has begun: it is cut short
        socket.destroy()
      } else {
        // in the body of the request being answered: this is its answer (the upstream sees it cut off)
        socket.end(RAW[code])
      }
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
      afterAnswers(socket, true, () => {
        closeWhenIdle(socket, t.clientIdle)
        if (closedBehind(socket)) socket.destroySoon()
        else answerAndClose(socket, RAW.BAD_REQUEST)
      })
    } catch (err) {
      holder.state.internalError('proxy.connect', err)
      socket.destroy()
    }
  })
  // an expectation but 100-continue: node hands the request here instead of answering a bare 417
  // itself; it takes its turn like any other, and admission refuses it from the catalogue
  server.on('checkExpectation', onRequest)

  /** An upgrade, its turn come: admitted and tunnelled, or refused on its socket. */
  const upgrade = (req: http.IncomingMessage, socket: Socket, head: Buffer): void => {
    const state = holder.state
    try {
      closeWhenIdle(socket, t.clientIdle)
      if (closedBehind(socket)) {
        // pipelined behind an answer that closes the connection: not processed
        socket.destroySoon()
        return
      }
      const verdict = admit(state, req, true)
      if (refused(verdict)) {
        refuseRaw(state, req, socket, verdict)
        return
      }
      proxyUpgrade(state, verdict.route, verdict.fwd, req, socket, head)
    } catch (err) {
      state.internalError('proxy.upgrade', err)
      if (socket.writable) answerAndClose(socket, rawAnswer('INTERNAL'))
      else socket.destroy()
    }
  }
  server.on('upgrade', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    try {
      socket.on('error', () => socket.destroy())
      afterAnswers(socket, true, () => upgrade(req, socket, head))
    } catch (err) {
      holder.state.internalError('proxy.upgrade', err)
      socket.destroy()
    }
  })
  return server
}

/** The last answer on a connection, unless an answer before it closed the connection already. */
function endWith(socket: Socket, answer: Buffer): void {
  if (closedBehind(socket)) socket.destroySoon()
  else socket.end(answer)
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
  answerAndClose(socket, rawAnswer(verdict.refused))
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
