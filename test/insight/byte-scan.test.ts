import t from 'tap'
import fc from 'fast-check'
import { ByteScanner, HAS_BLANK, HAS_BYTE, HAS_PAIR, nibbleTables } from '../../src/insight/byte-scan.ts'

const SETS = [[...`'"\`<>;|&$(){}\\*%#=:\n\0`], [...`<>\n`]].map((s) => s.map((c) => c.charCodeAt(0)))
const simd = new ByteScanner(SETS)
const native = new ByteScanner(SETS, { native: true })

/** the answer by definition, one byte at a time */
function reference(body: Uint8Array, set: readonly number[]): number {
  let r = 0
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!
    if (set.includes(b)) r |= HAS_BYTE
    if (b === 0x20 || b === 0x2f || b === 0x2b) r |= HAS_BLANK
    if ((b === 0x2e || b === 0x2f) && body[i + 1] === b) r |= HAS_PAIR
  }
  return r
}

t.test('WebAssembly SIMD is there on the Node this runs on', async (t) => {
  t.ok(simd.simd, 'the SIMD scanner, not the fallback, is what the detector uses')
  t.notOk(native.simd)
})

t.test('both scanners give the answer by definition on any bytes', async (t) => {
  // bytes drawn mostly from a small alphabet around the interesting ones, so that hits and misses both occur
  const alphabet = [0x00, 0x0a, 0x20, 0x22, 0x2e, 0x2f, 0x3a, 0x3c, 0x41, 0x61, 0x7a, 0x7f, 0x80, 0xae, 0xc0, 0xff]
  const byte = fc.oneof(fc.constantFrom(...alphabet), fc.integer({ min: 0, max: 255 }))
  const plain = fc.constantFrom(0x61, 0x62, 0x30, 0x2d)
  const body = fc.oneof(
    fc.uint8Array({ maxLength: 200 }),
    fc.array(fc.oneof({ weight: 30, arbitrary: plain }, { weight: 1, arbitrary: byte }), { maxLength: 300 }).map((a) => Uint8Array.from(a)),
  )
  fc.assert(
    fc.property(body, fc.integer({ min: 0, max: 1 }), (b, set) => {
      const want = reference(b, SETS[set]!)
      return simd.scan(b, set) === want && native.scan(b, set) === want
    }),
    { numRuns: 3_000 },
  )
  t.pass('3,000 bodies agree')
})

t.test('every byte value alone, at every offset in a 16-byte step', async (t) => {
  let wrong = 0
  for (let b = 0; b < 256; b++) {
    for (let at = 0; at < 18; at++) {
      const body = Buffer.alloc(20, 0x61)
      body[at] = b
      for (const set of [0, 1]) if (simd.scan(body, set) !== reference(body, SETS[set]!)) wrong++
    }
  }
  t.equal(wrong, 0)
})

t.test('long bodies: a hit in the last byte, and pairs across the 32 KiB windows the bytes are copied in', async (t) => {
  for (const size of [32_767, 32_768, 32_769, 65_535, 65_536, 100_000]) {
    const body = Buffer.alloc(size, 0x61)
    t.equal(simd.scan(body, 0), 0, `${size} plain bytes`)
    body[size - 1] = 0x3c
    t.equal(simd.scan(body, 1), HAS_BYTE, `${size}: '<' as the last byte`)
  }
  for (const at of [32_766, 32_767, 32_768, 65_533, 65_534]) {
    const body = Buffer.alloc(70_000, 0x61)
    body[at] = 0x2e
    body[at + 1] = 0x2e
    t.equal(simd.scan(body, 1), HAS_PAIR, `'..' at ${at}`)
  }
  const body = Buffer.alloc(40_000, 0x2e)
  for (let i = 0; i < body.length; i += 2) body[i] = 0x61
  t.equal(simd.scan(body, 1), 0, 'single dots are no pair')
})

t.test('a view into a larger buffer is read from its own offset', async (t) => {
  const whole = Buffer.from('<<<<abcdef>>>>')
  t.equal(simd.scan(whole.subarray(4, 10), 1), 0)
  t.equal(simd.scan(whole.subarray(3, 10), 1), HAS_BYTE)
})

t.test('sets that cannot be represented are refused when built', async (t) => {
  t.throws(() => nibbleTables([0x80]), /only ASCII/)
  t.throws(() => nibbleTables([0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60]), /more than 6 high nibbles/)
  t.throws(() => new ByteScanner([[1], [2], [3]]), /at most 2/)
  t.throws(() => new ByteScanner([[0x100]], { native: true }), /only ASCII/, 'the same checks without WebAssembly')
})
