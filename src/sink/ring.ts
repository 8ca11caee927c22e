/** A bounded FIFO on a fixed array: O(1) push and shift, no growth, no per-item allocation. */
export class Ring<T> {
  readonly capacity: number
  #items: (T | undefined)[]
  #head = 0
  #size = 0

  constructor(capacity: number) {
    this.capacity = capacity
    this.#items = new Array<T | undefined>(capacity)
  }

  get size(): number {
    return this.#size
  }

  /** false when full: the caller counts the drop */
  push(item: T): boolean {
    if (this.#size === this.capacity) return false
    this.#items[(this.#head + this.#size) % this.capacity] = item
    this.#size++
    return true
  }

  /** the first `n` items, oldest first, without removing them */
  peek(n: number): T[] {
    const count = Math.min(n, this.#size)
    const out = new Array<T>(count)
    for (let i = 0; i < count; i++) out[i] = this.#items[(this.#head + i) % this.capacity] as T
    return out
  }

  /** remove the first `n` items */
  drop(n: number): void {
    const count = Math.min(n, this.#size)
    for (let i = 0; i < count; i++) this.#items[(this.#head + i) % this.capacity] = undefined
    this.#head = (this.#head + count) % this.capacity
    this.#size -= count
  }
}
