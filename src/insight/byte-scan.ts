/**
 * The detector's prefilter over a request body's bytes, in one pass of WebAssembly SIMD: does the body
 * hold any byte of a set (the characters without which no signature can match), a `..` or `//`, or a
 * space, slash or plus (after which the signature words are worth a look: `1+union+select+1`)? A body with none of them is
 * clean without being decoded or parsed, and most bodies are.
 *
 * Sixteen bytes per step: each byte's low and high nibble index two 16-byte tables and a byte is in
 * the set when the two entries share a bit (the "shufti" technique; bit `h` stands for high nibble
 * `h`, so any set of ASCII bytes is represented exactly). The module is a few hundred bytes
 * assembled below, instruction by instruction, so there is no build step and no binary in the tree.
 * Where WebAssembly SIMD is missing, the same answer comes from one native byte search per byte.
 */

/** result bits of `scan` */
export const HAS_BYTE = 1
export const HAS_PAIR = 2
export const HAS_BLANK = 4

/** the sets' tables sit at 0, 32, ...; the bytes looked at follow them */
const TABLE_BYTES = 32
const MAX_SETS = 2
const DATA = TABLE_BYTES * MAX_SETS
/** bytes copied in per call: the module's one 64 KiB page holds the tables, a window and its padding */
const WINDOW = 32_768
/** after the bytes, so a 16-byte step past the end reads bytes in no set and in no pair */
const PAD_BYTE = 0x41 // 'A'
const PAD = 32
/** class bits: the set's bytes, one bit per high nibble they use; a space, slash or plus; a '.' or '/' */
const SET_BITS = 0x3f
const MAX_NIBBLES = 6
const BLANK_BIT = 0x40
const PAIR_BIT = 0x80

// ---------------------------------------------------------------------------------------------
// the module, assembled

const I32 = 0x7f
const V128 = 0x7b
const op = {
  block: 0x02, loop: 0x03, br: 0x0c, brIf: 0x0d, end: 0x0b, void: 0x40,
  localGet: 0x20, localSet: 0x21, i32Const: 0x41, i32GeU: 0x4f, i32Add: 0x6a, i32Or: 0x72, i32Shl: 0x74,
} as const
/** SIMD instructions: 0xfd, then the opcode (all below 0x80, so one byte) */
const simd = { load: 0x00, const: 0x0c, swizzle: 0x0e, eq: 0x23, and: 0x4e, or: 0x50, anyTrue: 0x53, shrU: 0x6d } as const

// locals: 0 table, 1 length (the parameters); 2 p, 3 end; 4 v, 5 classes, 6 all classes seen, 7 pairs seen, 8 lo table, 9 hi table
const P = 2, END = 3, V = 4, CLASSES = 5, ACC = 6, ACC_PAIR = 7, LO = 8, HI = 9

const get = (i: number) => [op.localGet, i]
const set = (i: number) => [op.localSet, i]
/** i32.const with a signed LEB128 immediate (the values used here are below 8192) */
const i32 = (n: number) => (n < 64 ? [op.i32Const, n] : [op.i32Const, (n & 0x7f) | 0x80, n >> 7])
const load = (offset: number) => [0xfd, simd.load, 0, offset] // align 1 (2^0): unaligned loads are allowed
const splat = (byte: number) => [0xfd, simd.const, ...new Array<number>(16).fill(byte)]
const v = (name: keyof typeof simd) => [0xfd, simd[name]]
/** whether any lane of the v128 on the stack has a bit of `mask` */
const anyBit = (mask: number) => [...splat(mask), ...v('and'), ...v('anyTrue')]

const body = [
  2, 2, I32, 6, V128, // locals: 2 x i32, 6 x v128 (zeroed)
  ...get(0), ...load(0), ...set(LO),
  ...get(0), ...load(16), ...set(HI),
  ...i32(DATA), ...set(P),
  ...get(1), ...i32(DATA), op.i32Add, ...set(END),
  op.block, op.void,
  op.loop, op.void,
  ...get(P), ...get(END), op.i32GeU, op.brIf, 1,
  // classes = lo[v & 15] & hi[v >> 4], lane by lane
  ...get(P), ...load(0), ...set(V),
  ...get(LO), ...get(V), ...splat(0x0f), ...v('and'), ...v('swizzle'),
  ...get(HI), ...get(V), ...i32(4), ...v('shrU'), ...v('swizzle'),
  ...v('and'), ...set(CLASSES),
  ...get(ACC), ...get(CLASSES), ...v('or'), ...set(ACC),
  // a pair: a '.' or '/' followed by the same byte
  ...get(ACC_PAIR), ...get(V), ...get(P), ...load(1), ...v('eq'), ...get(CLASSES), ...v('and'), ...v('or'), ...set(ACC_PAIR),
  ...get(P), ...i32(16), op.i32Add, ...set(P),
  op.br, 0,
  op.end,
  op.end,
  ...get(ACC), ...anyBit(SET_BITS),
  ...get(ACC_PAIR), ...anyBit(PAIR_BIT), ...i32(1), op.i32Shl, op.i32Or,
  ...get(ACC), ...anyBit(BLANK_BIT), ...i32(2), op.i32Shl, op.i32Or,
  op.end,
]

/** unsigned LEB128 */
function uleb(n: number): number[] {
  const out: number[] = []
  do {
    let b = n & 0x7f
    n >>>= 7
    if (n !== 0) b |= 0x80
    out.push(b)
  } while (n !== 0)
  return out
}
const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content]
const name = (s: string) => [s.length, ...[...s].map((c) => c.charCodeAt(0))]

const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // \0asm, version 1
  ...section(1, [1, 0x60, 2, I32, I32, 1, I32]), // one type: (i32, i32) -> i32
  ...section(3, [1, 0]), // one function, of that type
  ...section(5, [1, 0, 1]), // one memory, at least one page
  ...section(7, [2, ...name('scan'), 0, 0, ...name('memory'), 2, 0]),
  ...section(10, [1, ...uleb(body.length), ...body]),
])

// ---------------------------------------------------------------------------------------------

type Scan = (table: number, length: number) => number

/** The part of the WebAssembly JS API used here (TypeScript declares it only with the DOM's libraries). */
declare const WebAssembly: {
  validate(bytes: Uint8Array): boolean
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object) => { exports: unknown }
}

function instantiate(): { scan: Scan; memory: Uint8Array } | null {
  if (process.env.API_SESSIONS_NO_WASM === '1' || !WebAssembly.validate(MODULE)) return null
  const instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE))
  const exports = instance.exports as { scan: Scan; memory: { buffer: ArrayBuffer } }
  return { scan: exports.scan, memory: new Uint8Array(exports.memory.buffer) }
}

/**
 * The two 16-byte tables of a set of ASCII bytes: a byte's class bits are `lo[b & 15] & hi[b >> 4]`.
 * Each class is one high nibble and some low nibbles, so the answer is exact.
 */
export function nibbleTables(bytes: readonly number[]): Uint8Array {
  const t = new Uint8Array(TABLE_BYTES)
  const bitOf = new Map<number, number>()
  const add = (b: number, bit: number) => {
    t[b & 0x0f] = t[b & 0x0f]! | bit
    t[16 + (b >> 4)] = t[16 + (b >> 4)]! | bit
  }
  for (const b of bytes) {
    if (!Number.isInteger(b) || b < 0 || b > 0x7f) throw new RangeError(`byte ${b}: only ASCII bytes can be scanned for`)
    let bit = bitOf.get(b >> 4)
    if (bit === undefined) {
      if (bitOf.size === MAX_NIBBLES) throw new RangeError(`the bytes use more than ${MAX_NIBBLES} high nibbles`)
      bitOf.set(b >> 4, (bit = 1 << bitOf.size))
    }
    add(b, bit)
  }
  add(0x20, BLANK_BIT)
  add(0x2f, BLANK_BIT)
  add(0x2b, BLANK_BIT)
  add(0x2e, PAIR_BIT)
  add(0x2f, PAIR_BIT)
  return t
}

/** The same answer without WebAssembly: one native search per byte and pair. */
function scanNative(body: Uint8Array, bytes: readonly number[]): number {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  let r = 0
  for (const b of bytes) {
    if (buf.indexOf(b) !== -1) {
      r = HAS_BYTE
      break
    }
  }
  if (buf.indexOf('..') !== -1 || buf.indexOf('//') !== -1) r |= HAS_PAIR
  if (buf.indexOf(0x20) !== -1 || buf.indexOf(0x2f) !== -1 || buf.indexOf(0x2b) !== -1) r |= HAS_BLANK
  return r
}

export class ByteScanner {
  readonly #sets: readonly (readonly number[])[]
  readonly #wasm: { scan: Scan; memory: Uint8Array } | null

  /** Up to two sets of ASCII bytes, looked for by their index. `native` forces the fallback. */
  constructor(sets: readonly (readonly number[])[], options: { native?: boolean } = {}) {
    if (sets.length > MAX_SETS) throw new RangeError(`at most ${MAX_SETS} byte sets`)
    this.#sets = sets
    for (const s of sets) nibbleTables(s) // the same checks with or without WebAssembly
    this.#wasm = options.native === true ? null : instantiate()
    if (this.#wasm !== null) sets.forEach((s, i) => this.#wasm!.memory.set(nibbleTables(s), i * TABLE_BYTES))
  }

  get simd(): boolean {
    return this.#wasm !== null
  }

  /** `HAS_BYTE` | `HAS_PAIR` | `HAS_BLANK`: what `body` holds of set number `set`. */
  scan(body: Uint8Array, set: number): number {
    const wasm = this.#wasm
    if (wasm === null) return scanNative(body, this.#sets[set]!)
    const { memory, scan } = wasm
    let r = 0
    // windows overlap by one byte, so a pair across their border is seen
    for (let start = 0; start < body.length; start += WINDOW - 1) {
      const end = Math.min(body.length, start + WINDOW)
      memory.set(start === 0 && end === body.length ? body : body.subarray(start, end), DATA)
      memory.fill(PAD_BYTE, DATA + end - start, DATA + end - start + PAD)
      r |= scan(set * TABLE_BYTES, end - start)
      if (end === body.length) break
    }
    return r
  }
}
