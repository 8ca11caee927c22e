/**
 * Keeps the first `max` bytes of a body as it streams past; never delays or buffers the
 * forwarding itself. Chunks are copied when their owner may reuse the memory.
 *
 * The first chunk is kept as it came (or its copy); from the second on, the bytes go into one buffer
 * of the tap's own, grown by doubling up to `max`. Kept as a list of chunks, a body that arrived a
 * byte at a time cost a Buffer per byte: 16 KiB kept for the attack detector held ~3.4 MiB of heap.
 */
export class BodyTap {
  readonly max: number
  readonly copy: boolean
  /** the bytes kept are `#buf`'s first `#size` */
  #buf: Buffer | null = null
  #size = 0
  /** whether `#buf` is the tap's own, to write into (else the first chunk, or its exact copy) */
  #owned = false

  constructor(max: number, copy: boolean) {
    this.max = max
    this.copy = copy
  }

  add(chunk: Buffer | string): void {
    const size = this.#size
    const room = this.max - size
    if (room <= 0) return
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk
    const part = buf.length > room ? buf.subarray(0, room) : buf
    if (part.length === 0) return
    let kept = this.#buf
    if (kept === null) {
      this.#buf = this.copy ? Buffer.from(part) : part
      this.#size = part.length
      return
    }
    const need = size + part.length
    if (!this.#owned || need > kept.length) {
      const grown = Buffer.allocUnsafeSlow(Math.min(this.max, Math.max(need, 2 * size, 1024)))
      kept.copy(grown, 0, 0, size)
      this.#buf = kept = grown
      this.#owned = true
    }
    part.copy(kept, size)
    this.#size = need
  }

  /** forget what was kept (the body is sent again, from its start) */
  clear(): void {
    this.#buf = null
    this.#size = 0
    this.#owned = false
  }

  buffer(): Buffer | null {
    const kept = this.#buf
    if (kept === null || this.#size === 0) return null
    return kept.length === this.#size ? kept : kept.subarray(0, this.#size)
  }
}
