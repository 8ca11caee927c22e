/**
 * The open WebSocket tunnels, per application: their count is the budget `limits.tunnels` admits
 * against (each tunnel holds an upstream connection of its own, outside the pools), and the drain
 * closes them so that their records are written before the process exits. Shared across reloads.
 *
 * And the rules for a socket node has handed over (an upgrade, a CONNECT) until a tunnel owns it:
 * node no longer watches its idle timeout, and the server accepts half-open connections, so a client
 * that kept its side open after the last answer held the socket (and an upgrade's place in
 * `limits.tunnels`, and its record) for ever (an audit's finding: one descriptor per such client).
 */
import type { Socket } from 'node:net'

function cut(this: Socket): void {
  this.destroy()
}

/** A handed-over socket idle this long is closed; `keepWhenIdle` once a tunnel's own idle rule takes over. */
export function closeWhenIdle(socket: Socket, ms: number): void {
  socket.setTimeout(ms)
  socket.on('timeout', cut)
}

export function keepWhenIdle(socket: Socket): void {
  socket.off('timeout', cut)
}

/**
 * The last answer on a handed-over socket: written, then the socket closed, whether or not the client
 * closes its side. What the client still sends is read and dropped meanwhile: bytes left unread would
 * turn the close into a reset, which can cost the client the answer before it reads it.
 */
export function answerAndClose(socket: Socket, answer: Buffer): void {
  socket.resume()
  socket.end(answer, () => socket.destroy())
}

export class Tunnels {
  readonly #count = new Map<string, number>()
  readonly #open = new Set<() => void>()

  count(app: string): number {
    return this.#count.get(app) ?? 0
  }

  /** A tunnel (or its upstream attempt) begins; the returned function ends it, once. */
  open(app: string, close: () => void): () => void {
    this.#count.set(app, this.count(app) + 1)
    this.#open.add(close)
    let done = false
    return () => {
      if (done) return
      done = true
      this.#open.delete(close)
      this.#count.set(app, this.count(app) - 1)
    }
  }

  get size(): number {
    return this.#open.size
  }

  /** Close every tunnel (at the end of a drain). */
  closeAll(): void {
    for (const close of [...this.#open]) close()
  }
}
