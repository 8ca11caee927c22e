/**
 * The console's own thread under `api-sessions start` (supervisor.ts starts it): its own event loop
 * and heap, so that a slow or failing console call never holds or stops proxied traffic. It talks to
 * the sensor by messages only: its log lines go up to the sensor's logger, /metrics asks the sensor
 * for its metrics, an exception caught at its boundary is counted there.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import { Writable } from 'node:stream'
import type { Config } from '../config/schema.ts'
import { deepFreeze } from '../config/load.ts'
import { createLogger } from '../log.ts'
import { startConsole } from './run.ts'
import type { FromConsole, ToConsole } from './supervisor.ts'

/**
 * The console yields the CPU to proxying: on Linux a thread has its own nice value, and this one
 * takes 10 (the proxy's thread keeps the process's). Elsewhere, or if refused, it runs as it is.
 */
const CONSOLE_NICE = 10
try {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop())
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, CONSOLE_NICE)
} catch {
  // not Linux, or not allowed: same priority as the proxy
}

const port = parentPort!
const post = (message: FromConsole): void => port.postMessage(message)
const config = deepFreeze((workerData as { config: Config }).config)

const lines = new Writable({
  write(chunk: Buffer, _enc, done) {
    post({ t: 'log', line: chunk.toString() })
    done()
  },
})
const log = createLogger(config.log.level, lines)

let asked = 0
const waiting = new Map<number, (answer: { contentType: string; text: string }) => void>()

const running = await startConsole(config, log, {
  metrics: () =>
    new Promise((resolve) => {
      const id = ++asked
      waiting.set(id, resolve)
      post({ t: 'metrics?', id })
    }),
  internalError: (where, err) => {
    post({ t: 'internal', where, message: err instanceof Error ? (err.stack ?? err.message) : String(err) })
  },
})

port.on('message', (message: ToConsole) => {
  switch (message.t) {
    case 'metrics':
      waiting.get(message.id)?.({ contentType: message.contentType, text: message.text })
      waiting.delete(message.id)
      break
    case 'close':
      void running.close().then(() => process.exit(0))
      break
    case 'crash':
      // the supervisor's test hook: an uncaught exception, as a console bug would throw
      throw new Error('console worker crashed on purpose (test hook)')
  }
})
post({ t: 'listening', address: running.address })
