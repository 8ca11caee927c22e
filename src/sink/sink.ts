/** Where finished records go. The proxy only ever calls `push`, which must not block or throw. */
import type { RequestRecord } from '../capture/record.ts'

export interface RecordSink {
  push(record: RequestRecord): void
  /** flush what can be flushed within the deadline, then release resources */
  close(deadlineMs?: number): Promise<void>
}

/** Keeps records in memory; `next()` lets a test await a record instead of sleeping. */
export class MemorySink implements RecordSink {
  readonly records: RequestRecord[] = []
  #waiters: { count: number; resolve: (records: RequestRecord[]) => void }[] = []

  push(record: RequestRecord): void {
    this.records.push(record)
    this.#waiters = this.#waiters.filter((w) => {
      if (this.records.length < w.count) return true
      w.resolve(this.records.slice(0, w.count))
      return false
    })
  }

  /** Resolves once at least `count` records in all have arrived. */
  waitFor(count: number): Promise<RequestRecord[]> {
    if (this.records.length >= count) return Promise.resolve(this.records.slice(0, count))
    return new Promise((resolve) => this.#waiters.push({ count, resolve }))
  }

  async close(): Promise<void> {}
}
