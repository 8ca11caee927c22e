/**
 * Unsolicited `100 Continue` from an upstream, tolerated as RFC 9110 §15.2 asks ("a client MUST be
 * able to parse one or more 1xx responses ... even if the client does not expect one"). undici
 * destroys the connection on any 100 (it never sends `Expect`), which turned such an upstream's
 * every answer into a 502. The sensor never asks an upstream for a 100 (it drops `Expect`; node
 * answers the client's own), so a 100 at the start of an answer is dropped before undici reads it.
 *
 * How: the pool's connector hooks each upstream socket. Writing a request head arms the socket;
 * while armed, the bytes that arrive are held until they show whether they begin with a
 * `HTTP/1.x 100` head; such heads (up to MAX_INTERIM of them) are removed through their blank line,
 * and the first other byte disarms it until the next request head. Past MAX_INTERIM the rest goes to
 * undici as it is, which refuses a 100: the flood is a bad response (502), as a flood of other
 * interim answers is. With one request per connection at a
 * time (`pipelining: 1`) a response can only begin after a request head was written.
 */
import type { Socket } from 'node:net'
import { buildConnector } from 'undici'

/**
 * Interim (1xx) answers an upstream may send before its final one, to a plain request (exchange.ts)
 * or an upgrade (websocket.ts). More is a flood: each is parsed on the event loop (tens of thousands
 * a read on loopback stalled it for 100–260 ms), and each restarts undici's headers timer (or node's
 * socket idle timer), so `timeouts.upstreamHeaders` never fired.
 */
export const MAX_INTERIM = 32
/** the cause of an exchange cut for a flood of interim answers: a bad upstream (upstream-errors.ts) */
export const INTERIM_FLOOD = Object.assign(new Error(`more than ${MAX_INTERIM} interim (1xx) responses`), { code: 'APISESS_INTERIM_FLOOD' })

/** a 100 head longer than this is no 100 head: the bytes go to undici as they are */
const MAX_INTERIM_HEAD = 4096
const PREFIXES = [Buffer.from('HTTP/1.1 100'), Buffer.from('HTTP/1.0 100')]
const PREFIX_LENGTH = 12
const BLANK_LINE = Buffer.from('\r\n\r\n')

/** How a held run of bytes begins: a 100 head (ending at `end`), maybe one (need more bytes), or not one. */
function interimHead(held: Buffer): { end: number } | 'more' | 'no' {
  const n = Math.min(held.length, PREFIX_LENGTH)
  const prefix = PREFIXES.find((p) => held.compare(p, 0, n, 0, n) === 0)
  if (prefix === undefined) return 'no'
  if (held.length < PREFIX_LENGTH + 1) return 'more'
  // "HTTP/1.1 100 Continue" or "HTTP/1.1 100\r\n", not "HTTP/1.1 1000"
  const next = held[PREFIX_LENGTH]
  if (next !== 0x20 && next !== 0x0d) return 'no'
  const blank = held.indexOf(BLANK_LINE)
  if (blank !== -1) return { end: blank + BLANK_LINE.length }
  return held.length > MAX_INTERIM_HEAD ? 'no' : 'more'
}

type Push = (chunk: Buffer | null, encoding?: BufferEncoding) => boolean
type Write = Socket['write']

/** Hook one upstream socket (see the module comment). */
function dropInterim100(socket: Socket): void {
  const push: Push = socket.push.bind(socket)
  const write: Write = socket.write.bind(socket)
  let armed = false
  let held: Buffer | null = null
  /** 100 heads removed since the request head was written */
  let removed = 0

  socket.write = function (this: Socket, chunk: unknown, ...rest: unknown[]): boolean {
    // undici writes a request head as one latin1 string beginning with the method
    if (!armed && typeof chunk === 'string') {
      const c = chunk.charCodeAt(0)
      if (c >= 65 && c <= 90) {
        armed = true
        removed = 0
      }
    }
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
  }

  socket.push = function (chunk: Buffer | null, encoding?: BufferEncoding): boolean {
    if (!armed) return push(chunk, encoding)
    if (chunk === null) {
      armed = false
      const rest = held
      held = null
      if (rest !== null) push(rest)
      return push(null)
    }
    let data = held === null ? chunk : Buffer.concat([held, chunk])
    held = null
    for (;;) {
      const head = interimHead(data)
      if (head === 'more') {
        held = data
        return true
      }
      if (head === 'no' || removed === MAX_INTERIM) {
        armed = false
        return push(data)
      }
      removed++
      data = data.subarray(head.end)
      if (data.length === 0) return true
    }
  }
}

/** undici's connector with every socket hooked by `dropInterim100`. */
export function tolerantConnector(options: buildConnector.BuildOptions): buildConnector.connector {
  const connect = buildConnector(options)
  return (opts, callback) => {
    connect(opts, (err, socket) => {
      if (err === null && socket) dropInterim100(socket)
      ;(callback as (e: Error | null, s: Socket | null) => void)(err, socket)
    })
  }
}
