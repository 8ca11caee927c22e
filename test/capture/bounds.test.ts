import t from 'tap'
import { clip, WIRE_UNIT } from '../../src/capture/bounds.ts'

/** what a string costs in the record's JSON: UTF-8 bytes of its escaped form, quotes left out */
const stored = (s: string) => Buffer.byteLength(JSON.stringify(s)) - 2

t.test('a value is cut to its ceiling in bytes of the stored JSON, not in characters', async (t) => {
  t.equal(clip('a'.repeat(100), 16, 'param'), `${'a'.repeat(5)}…[+95]`, 'plain ASCII: as before')
  t.equal(clip('a'.repeat(1024), 1024, 'param'), 'a'.repeat(1024), 'exactly the ceiling: whole')
  // (an audit's finding) 1,024 control characters, each `\u0001` in JSON: 6 KiB stored under a ceiling of 1 KiB
  const controls = '\u0001'.repeat(1024)
  const cut = clip(controls, 1024, 'param')
  t.ok(stored(cut) <= 1024, `${stored(cut)} bytes stored`)
  t.match(cut, /…\[\+\d+\]$/)
  t.ok(stored(cut) > 1024 - 60, 'and not much less: the head is as long as the ceiling allows')
  for (const [what, value] of [
    ['quotes and backslashes', '"\\'.repeat(600)],
    ['accented latin', 'é'.repeat(700)],
    ['CJK', '名'.repeat(500)],
    ['emoji pairs', '😀'.repeat(400)],
    ['lone surrogates', '\udc00'.repeat(300)],
    ['a mix', 'a\u0001é名😀"\\\udc00\n'.repeat(120)],
  ] as const) {
    const out = clip(value, 1024, 'param')
    t.ok(stored(out) <= 1024, `${what}: ${stored(out)} bytes stored of ${stored(value)}`)
    t.ok(value.startsWith(out.slice(0, out.lastIndexOf('…'))), `${what}: the head of the value`)
  }
  const pairs = clip('😀'.repeat(400), 101, 'param')
  t.notOk(/[\ud800-\udbff]…/.test(pairs), 'a surrogate pair is never split')
})

t.test('values off the wire: the check that skips the count allows two bytes a unit', async (t) => {
  const host = 'é'.repeat(200)
  t.equal(stored(host), 400)
  const out = clip(host, 256, 'host', WIRE_UNIT)
  t.ok(stored(out) <= 256, `a latin1 Host of 200 characters cut to ${stored(out)} bytes (400 stored before)`)
  t.equal(clip('h'.repeat(128), 256, 'host', WIRE_UNIT), 'h'.repeat(128))
})
