/**
 * WebSocket upgrades: the upstream is asked first, and only its real 101 opens a tunnel; any other
 * answer is relayed as an ordinary response. Other upgrade tokens (h2c) are never tunnelled: node
 * hands those requests to the normal handler, which drops Upgrade as a hop-by-hop field.
 */
import http from 'node:http'
import https from 'node:https'
import type { Socket } from 'node:net'
import { ERRORS, answerBody, type ErrorCode } from '../errors.ts'
import { identifyRecord, newRecord, roundMs } from '../capture/record.ts'
import { forwardedHeaders, upstreamRequestHeaders } from './headers.ts'
import { upstreamErrorCode } from './upstream-errors.ts'
import type { ProxyState } from './state.ts'

/** node's shouldUpgradeCallback: only a GET asking for websocket becomes an upgrade. */
export function wantsWebSocket(req: http.IncomingMessage): boolean {
  const upgrade = req.headers.upgrade
  return req.method === 'GET' && upgrade !== undefined && /(^|,)\s*websocket\s*(,|$)/i.test(upgrade)
}

const HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade'])

function head(status: number, message: string | undefined, raw: readonly string[], keep: (name: string) => boolean): string {
  let out = `HTTP/1.1 ${status} ${message ?? http.STATUS_CODES[status] ?? ''}\r\n`
  for (let i = 0; i < raw.length; i += 2) if (keep(raw[i]!.toLowerCase())) out += `${raw[i]}: ${raw[i + 1]}\r\n`
  return out
}

function errorHead(code: ErrorCode): Buffer {
  const body = answerBody(code)
  const status = ERRORS[code].status
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`, 'latin1'),
    body,
  ])
}

export function proxyUpgrade(
  state: ProxyState,
  req: http.IncomingMessage,
  socket: Socket,
  early: Buffer,
): void {
  const started = performance.now()
  const ts = Date.now()
  socket.on('error', () => socket.destroy())
  const route = state.router.route(req.headers.host)
  if (route === undefined || (req.url ?? '').charCodeAt(0) !== 47) {
    const code = route === undefined ? 'NO_APPLICATION' : 'BAD_REQUEST'
    state.rejected(code)
    socket.end(errorHead(code))
    return
  }
  const fwd = forwardedHeaders(socket.remoteAddress ?? '', req.headers, state.scheme, state.trusted, state.anyTrusted)
  const headers = upstreamRequestHeaders(req.rawHeaders, req.headers.connection, fwd)
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
    timeout: t.upstreamHeaders,
    servername: target.hostname,
  })

  const record = newRecord(state.ids.next(ts), ts, route.name, 'GET', req.url ?? '/', req.headers, fwd.clientIp)
  const monitored = state.identification.monitored(route.name, record.host, record.path)
  let done = false
  const finish = (status: number, error: ErrorCode | null, resHeaders: http.IncomingHttpHeaders | null, aborted = false): void => {
    if (done) return
    done = true
    if (!monitored) return state.unmonitored()
    record.status = status
    record.durationMs = roundMs(performance.now() - started)
    record.ttfbMs = record.durationMs
    record.error = error
    record.outcome = aborted ? 'client_aborted' : error === null ? 'ok' : error === 'UPSTREAM_TIMEOUT' ? 'timeout' : 'upstream_error'
    identifyRecord(record, state.identification, state.maxBodyBytes, req.headers, resHeaders, null, null)
    state.finished(record)
  }

  upReq.on('upgrade', (upRes, upSocket: Socket, upEarly: Buffer) => {
    finish(101, null, upRes.headers)
    socket.write(head(101, upRes.statusMessage, upRes.rawHeaders, () => true) + '\r\n')
    if (upEarly.length > 0) socket.write(upEarly)
    if (early.length > 0) upSocket.write(early)
    upSocket.on('error', () => socket.destroy())
    socket.on('close', () => upSocket.destroy())
    upSocket.on('close', () => socket.destroy())
    upSocket.setTimeout(0)
    socket.setTimeout(0)
    socket.pipe(upSocket)
    upSocket.pipe(socket)
  })
  upReq.on('response', (upRes) => {
    // refused upgrade: relay the answer as it is, then close
    finish(upRes.statusCode ?? 502, null, upRes.headers)
    socket.write(head(upRes.statusCode ?? 502, upRes.statusMessage, upRes.rawHeaders, (n) => !HOP.has(n)) + 'connection: close\r\n\r\n')
    upRes.pipe(socket)
    upRes.on('error', () => socket.destroy())
  })
  upReq.on('timeout', () => upReq.destroy(Object.assign(new Error('upstream upgrade timed out'), { code: 'UND_ERR_HEADERS_TIMEOUT' })))
  upReq.on('error', (err) => {
    const code = upstreamErrorCode(err)
    if (!done) {
      finish(ERRORS[code].status, code, null)
      state.log.warn({ err, app: route.name, code }, 'upstream upgrade failed')
      if (socket.writable) socket.end(errorHead(code))
    } else {
      socket.destroy()
    }
  })
  socket.on('close', () => {
    finish(499, null, null, true)
    upReq.destroy()
  })
  upReq.end()
}
