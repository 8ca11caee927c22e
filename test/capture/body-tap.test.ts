import t from 'tap'
import { BodyTap } from '../../src/capture/body-tap.ts'

t.test('a tap keeps the first max bytes whatever the chunks, as strings or Buffers, and copies when asked', async (t) => {
  const body = Buffer.alloc(5000)
  for (let i = 0; i < body.length; i++) body[i] = (i * 7) & 0xff
  for (const copy of [false, true]) {
    for (const max of [1, 100, 1024, 4096, 10_000]) {
      for (const piece of [1, 3, 100, 999, 5000]) {
        const tap = new BodyTap(max, copy)
        const given: Buffer[] = []
        for (let at = 0; at < body.length; at += piece) {
          const chunk = Buffer.from(body.subarray(at, at + piece))
          given.push(chunk)
          tap.add(piece === 3 ? chunk.toString('latin1') : chunk)
        }
        const kept = tap.buffer()!
        t.ok(kept.equals(body.subarray(0, Math.min(max, body.length))), `max ${max}, pieces of ${piece}, copy ${copy}`)
        // the caller's memory reused: a copying tap still holds what was sent
        for (const g of given) g.fill(0)
        if (copy) t.ok(tap.buffer()!.equals(body.subarray(0, Math.min(max, body.length))), 'copies are its own')
      }
    }
  }
  const tap = new BodyTap(10, false)
  t.equal(tap.buffer(), null, 'nothing kept: null')
  tap.add(Buffer.from('abc'))
  tap.add('')
  const first = tap.buffer()!
  tap.add(Buffer.from('def'))
  t.equal(first.toString(), 'abc', 'a buffer handed out is not changed by later chunks')
  t.equal(tap.buffer()!.toString(), 'abcdef')
  tap.clear()
  t.equal(tap.buffer(), null, 'cleared')
  tap.add(Buffer.from('xyz'))
  t.equal(tap.buffer()!.toString(), 'xyz', 'and kept again from the start')
})

t.test('what a tap holds grows with what arrived, not with its max (a 64 KiB body announced, a byte sent)', async (t) => {
  const tap = new BodyTap(64 * 1024, false)
  tap.add(Buffer.alloc(1, 1))
  tap.add(Buffer.alloc(1, 2))
  t.ok(tap.buffer()!.buffer.byteLength <= 1024, 'two bytes in: at most 1 KiB held')
  for (let i = 2; i < 5000; i++) tap.add(Buffer.alloc(1, i & 0xff))
  const held = tap.buffer()!.buffer.byteLength
  t.ok(held <= 2 * 5000, `5,000 bytes in: at most twice that held (${held})`)
  t.equal(tap.buffer()!.length, 5000)
})
