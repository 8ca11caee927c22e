import t from 'tap'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { escapeJsonControls, ndjsonOutput, textOutput } from '../../src/sink/ndjson-output.ts'
import { SensorError } from '../../src/errors.ts'

t.test('a stored record\'s control characters are escaped and it stays the same JSON, raw whitespace between members too', async (t) => {
  // (a review's finding) a raw line feed between members escaped in place was no JSON any more
  const stored = '{"id":"a",\n"x":"\u007f\u009b31m","y":"\u2028"}'
  const out = escapeJsonControls(stored)
  t.same(JSON.parse(out), JSON.parse(stored), 'the same values')
  t.notOk(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(out), 'no control character left raw')
  t.equal(escapeJsonControls('{"id":"plain"}'), '{"id":"plain"}', 'a record without controls as it is')
  t.equal(escapeJsonControls('not json \u001b[31m'), 'not json \\u001b[31m', 'text that is no JSON: escaped as it is')
})

t.test('-o a pipe is refused (its writes succeed unread, then block): stdout is the way to a pipe', async (t) => {
  const dir = t.testdir({})
  const fifo = join(dir, 'pipe')
  execFileSync('mkfifo', [fifo])
  for (const open of [() => ndjsonOutput(fifo), () => textOutput(fifo).write('x')]) {
    try {
      await open()
      t.fail('opened')
    } catch (err) {
      t.ok(err instanceof SensorError && err.code === 'USAGE', (err as Error).message)
    }
  }
  const file = ndjsonOutput(join(dir, 'out.ndjson'))
  await file.write([{ stream: 's', entry: '1-0', id: 'a', json: '{"id":"a"}' }])
  await file.close()
  t.pass('a file still opens')
})

t.test('an export cut short leaves the file that was there as it was; a whole one takes its place', async (t) => {
  const { readFileSync, readdirSync, writeFileSync } = await import('node:fs')
  const dir = t.testdir({})
  const file = join(dir, 'incident.har')
  writeFileSync(file, 'the good export\n')
  // (a review's finding) the file was opened with 'w' at the first write: a Redis gone mid-export left a HAR without its end
  const cut = textOutput(file)
  await cut.write('{"log":{"entries":[')
  await cut.close(false)
  t.equal(readFileSync(file, 'utf8'), 'the good export\n', 'the earlier export kept')
  t.same(readdirSync(dir), ['incident.har'], 'nothing left beside it')
  const whole = textOutput(file)
  await whole.write('{"log":{"entries":[]}}\n')
  await whole.close(true)
  t.equal(readFileSync(file, 'utf8'), '{"log":{"entries":[]}}\n')
  t.same(readdirSync(dir), ['incident.har'])
})
