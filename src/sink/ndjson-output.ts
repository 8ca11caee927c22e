/**
 * Where the command-line readers write. `api-sessions consume` appends to a file it fsyncs before
 * the batch is acknowledged (durable), or writes to stdout (written to the pipe before the batch is
 * acknowledged). The end of an existing file gives the ids already written, so that a batch
 * delivered again after a crash (written, not yet acknowledged) is not written twice. `export`
 * writes a file (or stdout) a chunk at a time. Records are JSON as stored in Redis, which is input
 * too: control characters a terminal would obey (C0, DEL, C1, U+2028/2029) are written as \uXXXX
 * escapes, which leaves valid JSON valid.
 */
import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs'
import { SensorError } from '../errors.ts'
import type { ConsumedRecord } from './consume.ts'

/** How much of the end of an existing file is read for the ids it holds. */
const TAIL_BYTES = 4 * 1024 * 1024

const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/** Control characters (C0, DEL, C1, U+2028/2029) as \uXXXX escapes: valid JSON stays valid, a terminal obeys none of them. */
export function escapeControls(text: string): string {
  CONTROLS.lastIndex = 0
  if (!CONTROLS.test(text)) return text
  CONTROLS.lastIndex = 0
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * A record's JSON as stored, with its control characters escaped. A record written by something else
 * may hold a raw line feed between its members, which escapeControls would turn into an escape outside
 * any string (no longer JSON: a review's finding): such a text is written again compactly first. Text
 * that is no JSON has its controls escaped as it is.
 */
export function escapeJsonControls(text: string): string {
  CONTROLS.lastIndex = 0
  if (!CONTROLS.test(text)) return text
  try {
    return escapeControls(JSON.stringify(JSON.parse(text)))
  } catch {
    return escapeControls(text)
  }
}

/** The reader of stdout went away (`... | head -1`): the command stops quietly. */
export class OutputClosed extends Error {
  constructor() {
    super('the output was closed')
    this.name = 'OutputClosed'
  }
}

/** A write error as the commands report it: EPIPE is OutputClosed, the rest OUTPUT_FAILED. */
function outputError(err: unknown, where: string): Error {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') return new OutputClosed()
  return new SensorError('OUTPUT_FAILED', `${where}: ${code ?? (err as Error).message}`, { cause: err })
}

/** Open a file the command writes, before it connects to Redis: USAGE (exit 2) when it cannot be opened. */
/** What is at an -o path (undefined: nothing yet, a file is made); a directory, a pipe or a socket is refused. */
function checkTarget(file: string): Stats | undefined {
  // a pipe's writes succeed while nobody reads (the batch acknowledged, its records gone), then block the process for good: stdout
  // is the way to a pipe (a review's finding)
  let kind: Stats
  try {
    kind = statSync(file)
  } catch {
    return undefined
  }
  if (kind.isFIFO() || kind.isSocket()) throw new SensorError('USAGE', `-o ${file} is a pipe or a socket: write to stdout and pipe that`)
  if (kind.isDirectory()) throw new SensorError('USAGE', `cannot open -o ${file}: EISDIR`)
  return kind
}

function openFile(file: string, flags: string): number {
  checkTarget(file)
  let fd: number
  try {
    fd = openSync(file, flags)
  } catch (err) {
    throw new SensorError('USAGE', `cannot open -o ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)
  }
  if (fstatSync(fd).isDirectory()) {
    closeSync(fd)
    throw new SensorError('USAGE', `cannot open -o ${file}: EISDIR`)
  }
  return fd
}

/** Write to stdout; resolves once written (pipes and files are written synchronously on Linux: backpressure). */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.destroyed || !process.stdout.writable) {
      reject(new OutputClosed())
      return
    }
    process.stdout.write(text, (err) => (err ? reject(outputError(err, 'stdout')) : resolve()))
  })
}

function writeAll(fd: number, text: string, where: string): void {
  try {
    const bytes = Buffer.from(text)
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at)
  } catch (err) {
    throw outputError(err, where)
  }
}

export interface TextOutput {
  write(text: string): Promise<void>
  /** `complete`: the export is whole, the file takes its place; else what was written is removed */
  close(complete?: boolean): Promise<void>
}

/**
 * A file `export` writes, or stdout. The file is written beside it under another name (made at the
 * first write: nothing is made for nothing to write) and takes its name once the export is whole: an
 * export cut by a Redis gone away no longer replaced a good file with a HAR without its end (a
 * review's finding). A directory, a pipe or a socket at the name is refused before anything is read.
 */
export function textOutput(file: string | undefined): TextOutput {
  if (file === undefined) return { write: writeStdout, close: () => Promise.resolve() }
  const kind = checkTarget(file)
  // a device (/dev/null, a terminal) is written as it is
  const partial = kind === undefined || kind.isFile() ? `${file}.partial-${process.pid}` : file
  let fd: number | undefined
  return {
    write(text) {
      fd ??= openFile(partial, 'w')
      writeAll(fd, text, file)
      return Promise.resolve()
    },
    close(complete = true) {
      if (fd === undefined) return Promise.resolve()
      closeSync(fd)
      fd = undefined
      if (partial === file) return Promise.resolve()
      try {
        if (complete) renameSync(partial, file)
        else rmSync(partial, { force: true })
      } catch (err) {
        rmSync(partial, { force: true })
        throw outputError(err, file)
      }
      return Promise.resolve()
    },
  }
}

export interface NdjsonOutput {
  write(records: readonly ConsumedRecord[]): Promise<void>
  /** record ids at the end of the file */
  readonly seen: string[]
  close(): Promise<void>
}

function idsAtEnd(fd: number, size: number): string[] {
  const length = Math.min(size, TAIL_BYTES)
  const buffer = Buffer.alloc(length)
  readSync(fd, buffer, 0, length, size - length)
  const lines = buffer.toString('utf8').split('\n')
  if (length < size) lines.shift() // the first line may be cut
  const ids: string[] = []
  for (const line of lines) {
    try {
      const id = (JSON.parse(line) as { id?: unknown } | null)?.id
      if (typeof id === 'string') ids.push(id)
    } catch {
      // a line cut by a crash: its record was not acknowledged and comes again
    }
  }
  return ids
}

const lines = (records: readonly ConsumedRecord[]): string => records.map((r) => `${escapeJsonControls(r.json)}\n`).join('')

export function ndjsonOutput(file: string | undefined): NdjsonOutput {
  if (file === undefined) return { seen: [], write: (records) => writeStdout(lines(records)), close: () => Promise.resolve() }
  const fd = openFile(file, 'a+')
  // a pipe, /dev/null, a terminal: nothing to read back, nothing to fsync (EINVAL)
  const stat = fstatSync(fd)
  const regular = stat.isFile()
  let cut = false
  if (regular && stat.size > 0) {
    const last = Buffer.alloc(1)
    readSync(fd, last, 0, 1, stat.size - 1)
    cut = last[0] !== 0x0a
  }
  return {
    seen: regular ? idsAtEnd(fd, stat.size) : [],
    write(records) {
      // a line cut by a crash is ended first, so that the next record starts a line of its own
      const text = (cut ? '\n' : '') + lines(records)
      writeAll(fd, text, file)
      cut = false
      if (regular) {
        try {
          fsyncSync(fd)
        } catch (err) {
          throw outputError(err, file)
        }
      }
      return Promise.resolve()
    },
    close() {
      closeSync(fd)
      return Promise.resolve()
    },
  }
}
