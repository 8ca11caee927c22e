/**
 * A streamed request body as undici is given it: whatever has arrived since undici took the last
 * piece, handed on as one Buffer.
 *
 * Given the IncomingMessage itself, undici wrote each chunk node's parser produced as its own write
 * (a writev, with a chunk head of its own): a chunked body of one-byte chunks cost a syscall per
 * byte, inside the socket read that carried them, and stalled the event loop for 0.6–0.8 s (200,000
 * such chunks took 2.6–4 s to forward). Here the chunks are gathered as they come and leave together
 * at the next turn of the loop: node's parser runs the tick queue after every chunk it hands on (it
 * reads the socket itself), so only setImmediate comes after the whole socket read.
 *
 * Bounded and streaming: undici is handed a piece only when it has asked for one (`_read`); while it
 * has not, the chunks are gathered up to PIECE_MAX_BYTES and the request is then paused, so node
 * stops reading the client at the request's high-water mark. A slow upload goes on piece by piece as
 * it comes. The request is read flowing, not in paused mode with 'readable': that took two nextTicks
 * per chunk where 'data' takes one, and left a flood of one-byte chunks half again slower.
 *
 * No closures: the request's events reach the body through a symbol on it (as exchange.ts does).
 */
import { Readable } from 'node:stream'
import type { IncomingMessage } from 'node:http'
import { BodyTap } from '../capture/body-tap.ts'

/** gathered beyond this, the request is paused until undici takes the piece (a piece may exceed it by one chunk) */
const PIECE_MAX_BYTES = 64 * 1024

const kBody = Symbol('api-sessions.coalesced-body')
type TaggedRequest = IncomingMessage & { [kBody]?: CoalescedBody }

function onRequestData(this: TaggedRequest, chunk: Buffer): void {
  this[kBody]?.add(chunk)
}
function onRequestEnd(this: TaggedRequest): void {
  this[kBody]?.ended()
}
function onRequestClose(this: TaggedRequest): void {
  this[kBody]?.cut()
}
function pullLater(body: CoalescedBody): void {
  body.scheduled = false
  body.pull()
}
function ignore(): void {}

export class CoalescedBody extends Readable {
  readonly req: TaggedRequest
  /** undici has asked for a piece (`_read`) and has not been given one yet */
  wanted = false
  /** a pull is due at the next turn of the loop */
  scheduled = false
  /**
   * what has arrived and is not handed on yet: the first chunk as it came, more copied into one
   * buffer of the tap's own (BodyTap, without a limit: the pause bounds it)
   */
  readonly #gathered = new BodyTap(Infinity, false)
  #held = 0

  constructor(req: IncomingMessage) {
    // a high-water mark of 0: a piece is made only when undici asks for one (what comes meanwhile is gathered)
    super({ highWaterMark: 0 })
    this.req = req
    const tagged = req as TaggedRequest
    tagged[kBody] = this
    req.on('data', onRequestData)
    req.on('end', onRequestEnd)
    req.on('close', onRequestClose)
    // undici destroys the body with its error when it gives up: never an unhandled 'error', even
    // after undici has stopped listening
    this.on('error', ignore)
  }

  add(chunk: Buffer): void {
    this.#gathered.add(chunk)
    this.#held += chunk.length
    if (this.#held >= PIECE_MAX_BYTES) this.req.pause()
    if (this.wanted && !this.scheduled) {
      this.scheduled = true
      setImmediate(pullLater, this)
    }
  }

  override _read(): void {
    this.wanted = true
    // what was gathered while undici was not asking (its socket was full) goes at once
    if (this.#held > 0) this.pull()
  }

  /** hand undici what has been gathered, if it is asking and there is some */
  pull(): void {
    if (!this.wanted || this.#held === 0) return
    this.wanted = false
    this.push(this.#piece())
  }

  #piece(): Buffer {
    const piece = this.#gathered.buffer()!
    this.#gathered.clear()
    if (this.#held >= PIECE_MAX_BYTES) this.req.resume()
    this.#held = 0
    return piece
  }

  /** the request's body has all arrived: the rest, and the end, wait for undici */
  ended(): void {
    if (this.#held > 0) this.push(this.#piece())
    this.detach()
    this.push(null)
  }

  /**
   * The request closed before its end (the client left, or was cut): the body ends short. Destroyed
   * without an error, undici takes the close as an aborted request and cancels the upstream one;
   * the exchange learns the client's part from the request (`req.errored`) and the response's 'close'.
   */
  cut(): void {
    this.detach()
    this.destroy()
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    // undici gave up on the body (the upstream failed or answered before it all went): the rest is
    // not read, as when undici destroyed the request itself; the answer's connection handling decides
    if (this.req[kBody] === this) this.req.pause()
    this.detach()
    this.#gathered.clear()
    this.#held = 0
    callback(err)
  }

  detach(): void {
    this.wanted = false // nothing more is taken from the request
    const req = this.req
    if (req[kBody] !== this) return
    req[kBody] = undefined
    req.off('data', onRequestData)
    req.off('end', onRequestEnd)
    req.off('close', onRequestClose)
  }
}
