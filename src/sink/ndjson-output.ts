/**
 * Where `api-sessions consume` writes: a file it appends to and fsyncs before the batch is
 * acknowledged (durable), or stdout (written to the pipe before the batch is acknowledged). The end
 * of an existing file gives the ids already written, so that a batch delivered again after a crash
 * (written, not yet acknowledged) is not written twice.
 */
import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs'
import type { ConsumedRecord } from './consume.ts'

/** How much of the end of an existing file is read for the ids it holds. */
const TAIL_BYTES = 4 * 1024 * 1024

export interface NdjsonOutput {
  write(records: readonly ConsumedRecord[]): Promise<void>
  /** record ids at the end of the file */
  readonly seen: string[]
  close(): Promise<void>
}

function idsAtEnd(fd: number): string[] {
  const size = fstatSync(fd).size
  const length = Math.min(size, TAIL_BYTES)
  const buffer = Buffer.alloc(length)
  readSync(fd, buffer, 0, length, size - length)
  const lines = buffer.toString('utf8').split('\n')
  if (length < size) lines.shift() // the first line may be cut
  const ids: string[] = []
  for (const line of lines) {
    try {
      const id = (JSON.parse(line) as { id?: unknown }).id
      if (typeof id === 'string') ids.push(id)
    } catch {
      // a line cut by a crash: its record was not acknowledged and comes again
    }
  }
  return ids
}

export function ndjsonOutput(file: string | undefined): NdjsonOutput {
  if (file === undefined) {
    return {
      seen: [],
      write: (records) =>
        new Promise((resolve, reject) => {
          process.stdout.write(records.map((r) => `${r.json}\n`).join(''), (err) => (err ? reject(err) : resolve()))
        }),
      close: () => Promise.resolve(),
    }
  }
  const fd = openSync(file, 'a+')
  let cut = false
  const size = fstatSync(fd).size
  if (size > 0) {
    const last = Buffer.alloc(1)
    readSync(fd, last, 0, 1, size - 1)
    cut = last[0] !== 0x0a
  }
  return {
    seen: idsAtEnd(fd),
    write(records) {
      // a line cut by a crash is ended first, so that the next record starts a line of its own
      const text = (cut ? '\n' : '') + records.map((r) => `${r.json}\n`).join('')
      cut = false
      writeSync(fd, text)
      fsyncSync(fd)
      return Promise.resolve()
    },
    close() {
      closeSync(fd)
      return Promise.resolve()
    },
  }
}
