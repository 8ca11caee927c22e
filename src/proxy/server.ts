/**
 * The front: node's http(s) server with the request limits, the request handler (route, forward),
 * the answers to malformed requests, and WebSocket upgrades.
 */
import http from 'node:http'
import https from 'node:https'
import { readFileSync } from 'node:fs'
import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { ERRORS, answerBody, type ErrorCode } from '../errors.ts'
import type { Config } from '../config/schema.ts'
import { answer, closing, Exchange } from './exchange.ts'
import { forwardedHeaders, upstreamRequestHeaders } from './headers.ts'
import { proxyUpgrade, wantsWebSocket } from './websocket.ts'
import { isDenied, refuse } from './deny.ts'
import type { ProxyState } from './state.ts'

export interface StateHolder {
  state: ProxyState
}

/** "HTTP/1.1 431 ..." with a JSON body, for sockets the parser gave up on (no response object). */
function rawAnswer(code: ErrorCode): Buffer {
  const body = answerBody(code)
  const status = ERRORS[code].status
  const head =
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\ncontent-type: application/json\r\n` +
    `content-length: ${body.length}\r\nconnection: close\r\n\r\n`
  return Buffer.concat([Buffer.from(head, 'latin1'), body])
}
const RAW = {
  BAD_REQUEST: rawAnswer('BAD_REQUEST'),
  HEADERS_TOO_LARGE: rawAnswer('HEADERS_TOO_LARGE'),
  URI_TOO_LONG: rawAnswer('URI_TOO_LONG'),
  CLIENT_TIMEOUT: rawAnswer('CLIENT_TIMEOUT'),
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
    default:
      return 'BAD_REQUEST'
  }
}

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
  const count = (code: ErrorCode): void => holder.state.rejected(code)

  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const state = holder.state
    if (closing.has(req.socket)) {
      // pipelined behind an answer that closes the connection: not processed
      req.socket.destroy()
      return
    }
    const url = req.url ?? ''
    if (url.length > state.maxUrlBytes) {
      count('URI_TOO_LONG')
      return answer(res, 'URI_TOO_LONG', true)
    }
    if (url.charCodeAt(0) !== 47 /* / */) {
      // absolute-form and asterisk-form targets are for forward proxies; an origin never needs them
      count('BAD_REQUEST')
      return answer(res, 'BAD_REQUEST', true)
    }
    if (hostFields(req.rawHeaders) > 1) {
      // RFC 9112 §3.2: more than one Host is a 400; forwarding both would let the upstream choose
      count('BAD_REQUEST')
      return answer(res, 'BAD_REQUEST', true)
    }
    const route = state.router.route(req.headers.host)
    if (route === undefined) {
      count('NO_APPLICATION')
      return answer(res, 'NO_APPLICATION', state.draining)
    }
    const socket = req.socket
    const fwd = forwardedHeaders(socket.remoteAddress ?? '', req.headers, state.scheme, state.trusted, state.anyTrusted)
    const deny = state.deny.current
    if (!deny.empty && isDenied(state, deny, route, req, fwd)) return refuse(state, route, req, res, fwd)
    const headers = upstreamRequestHeaders(req.rawHeaders, req.headers.connection, fwd)
    new Exchange(state, route, req, res, fwd, headers).start()
  }

  const server = config.listen.tls
    ? https.createServer({ ...options, cert: readFileSync(config.listen.tls.cert), key: readFileSync(config.listen.tls.key) }, onRequest)
    : http.createServer(options, onRequest)

  server.setTimeout(t.clientIdle)
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    if (err.code === 'HPE_CLOSED_CONNECTION') {
      // bytes after a request that closes the connection (HTTP/1.0, Connection: close): dropped; the
      // answer to that request is still on its way and the connection ends after it
      count('BAD_REQUEST')
      return
    }
    const code = clientErrorCode(err)
    count(code)
    holder.state.log.debug({ code: err.code, reason: err.message }, 'malformed request rejected')
    socket.end(RAW[code])
  })
  server.on('upgrade', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    proxyUpgrade(holder.state, req, socket, head)
  })
  return server
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
