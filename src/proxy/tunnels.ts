/**
 * The open WebSocket tunnels, per application: their count is the budget `limits.tunnels` admits
 * against (each tunnel holds an upstream connection of its own, outside the pools), and the drain
 * closes them so that their records are written before the process exits. Shared across reloads.
 */
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
