import t from 'tap'
import { once } from 'node:events'
import { execFileSync } from 'node:child_process'
import { closeSync, constants, createReadStream, openSync } from 'node:fs'
import { join } from 'node:path'
import { boundedDestination, createLogger, limiterOf, logDropped, LogLimiter } from '../src/log.ts'
import { createMetrics } from '../src/metrics.ts'

t.test('LogLimiter: one line per key per interval, the next saying how many were left out', async (t) => {
  let clock = 1_000
  const limiter = new LogLimiter(10_000, () => clock)
  t.equal(limiter.pass('app\0UPSTREAM_REFUSED'), 0, 'the first line goes out')
  for (let i = 0; i < 999; i++) t.equal(limiter.pass('app\0UPSTREAM_REFUSED'), -1)
  t.equal(limiter.pass('app\0UPSTREAM_TIMEOUT'), 0, 'another key has its own budget')
  t.equal(limiter.pass('other\0UPSTREAM_REFUSED'), 0, 'so has another application')
  clock += 9_999
  t.equal(limiter.pass('app\0UPSTREAM_REFUSED'), -1, 'still within the interval')
  clock += 1
  t.equal(limiter.pass('app\0UPSTREAM_REFUSED'), 1000, 'the interval over: the line says 1000 were left out')
  t.equal(limiter.pass('app\0UPSTREAM_REFUSED'), -1)
  clock += 10_000
  t.equal(limiter.pass('app\0UPSTREAM_REFUSED'), 1, 'counted again from the last line')
  clock += 10_000
  t.equal(limiter.pass('app\0UPSTREAM_REFUSED'), 0)
})

t.test('LogLimiter: its keys held to MAX_KEYS, whatever the keys', async (t) => {
  const limiter = new LogLimiter(10_000, () => 0)
  t.equal(limiter.pass('first'), 0)
  t.equal(limiter.pass('first'), -1, 'held')
  for (let i = 1; i < LogLimiter.MAX_KEYS; i++) t.equal(limiter.pass(`k${i}`), 0)
  t.equal(limiter.pass('first'), -1, 'still held at MAX_KEYS keys')
  t.equal(limiter.pass('one-too-many'), 0)
  t.equal(limiter.pass('first'), 0, 'past MAX_KEYS what was held is forgotten: a line more, never more memory')
})

t.test('limiterOf: one limiter per logger', async (t) => {
  const a = createLogger('silent')
  t.equal(limiterOf(a), limiterOf(a))
  t.not(limiterOf(a), limiterOf(createLogger('silent')))
})

t.test('the destination of a reader that never reads holds at most maxLength bytes; the rest is dropped and counted', async (t) => {
  const fifo = join(t.testdir(), 'stdout')
  execFileSync('mkfifo', [fifo])
  // the reader is open (so the writer's open does not wait) and never reads, as a stalled journald
  const idleReader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK)
  const fd = openSync(fifo, constants.O_WRONLY)
  const maxLength = 64 * 1024
  const dest = boundedDestination(fd, maxLength)
  const droppedBefore = logDropped.lines
  let produced = 0
  let written = 0
  let dropped = 0
  let droppedLines = 0
  dest.on('write', (n: number) => (written += n))
  dest.on('drop', (data: string) => {
    dropped += Buffer.byteLength(data)
    droppedLines++
  })
  const line = `${JSON.stringify({ msg: 'upstream request failed', pad: 'x'.repeat(1000) })}\n`
  // rounds of a thousand lines (1 MB), the event loop let run between them: the pipe (64 KiB) fills
  // and stays full, and what waits for it never passes maxLength
  for (let round = 0; round < 8; round++) {
    for (let i = 0; i < 1000; i++) {
      dest.write(line)
      produced += line.length
    }
    t.ok(produced - written - dropped <= maxLength, `round ${round}: ${produced - written - dropped} bytes wait, at most ${maxLength}`)
    await new Promise((resolve) => setImmediate(resolve))
  }
  t.ok(droppedLines > 0, 'lines were dropped')
  t.equal(logDropped.lines - droppedBefore, droppedLines, 'every dropped line is counted')
  const metrics = createMetrics(false)
  t.match(await metrics.registry.metrics(), new RegExp(`\\napisess_log_lines_dropped_total ${logDropped.lines}\\n`), 'and reported')

  // the reader comes back: what waited is written, the destination closes
  const reader = createReadStream(fifo)
  reader.resume()
  dest.end()
  await once(dest, 'close')
  reader.destroy()
  closeSync(idleReader)
})
