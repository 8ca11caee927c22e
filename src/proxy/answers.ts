/**
 * The answers the proxy gives itself: a response with one of the catalogue's errors, or the same as
 * raw bytes on a socket that has no response object (a parse failure, an upgrade); and the
 * connections such an answer closes.
 */
import { STATUS_CODES, type ServerResponse } from 'node:http'
import { ERRORS, answerBody, type ErrorCode } from '../errors.ts'

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
  const status = ERRORS[code].status
  // the reason phrase given: one an upstream set (and node refused) must not stay behind
  res.writeHead(status, STATUS_CODES[status], headers)
  res.end(body)
}

/** After an internal error: a 500 when the answer has not begun, else the connection cut (the client sees it short). */
export function answerOrCut(res: ServerResponse): void {
  if (!res.headersSent) answer(res, 'INTERNAL', true)
  else res.destroy()
}

/** "HTTP/1.1 431 ..." with a JSON body, for sockets without a response object; the connection closes. */
export function rawAnswer(code: ErrorCode): Buffer {
  const body = answerBody(code)
  const status = ERRORS[code].status
  const head =
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\n` +
    `content-length: ${body.length}\r\nconnection: close\r\n\r\n`
  return Buffer.concat([Buffer.from(head, 'latin1'), body])
}
