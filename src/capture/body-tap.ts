/**
 * Keeps the first `max` bytes of a body as it streams past; never delays or buffers the
 * forwarding itself. Chunks are copied when their owner may reuse the memory.
 */
export class BodyTap {
  readonly max: number
  readonly copy: boolean
  #chunks: Buffer[] = []
  #size = 0

  constructor(max: number, copy: boolean) {
    this.max = max
    this.copy = copy
  }

  add(chunk: Buffer | string): void {
    const room = this.max - this.#size
    if (room <= 0) return
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk
    const part = buf.length > room ? buf.subarray(0, room) : buf
    this.#chunks.push(this.copy ? Buffer.from(part) : part)
    this.#size += part.length
  }

  /** forget what was kept (the body is sent again, from its start) */
  clear(): void {
    this.#chunks.length = 0
    this.#size = 0
  }

  buffer(): Buffer | null {
    if (this.#size === 0) return null
    return this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks, this.#size)
  }
}
