import t from 'tap'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { RECORD_SCHEMA, recordJson, recordTail, recordTailBySchema } from '../../src/sink/serialize.ts'
import { newRecord, type RequestRecord } from '../../src/capture/record.ts'

t.test('the published record schema is current', async (t) => {
  const committed = readFileSync('docs/record.schema.json', 'utf8')
  t.equal(committed, `${JSON.stringify(RECORD_SCHEMA, null, 2)}\n`, 'docs/record.schema.json is stale: run npm run schema')
})

t.test('records serialise with sid first, every schema field, nothing internal', async (t) => {
  const rec = newRecord('id-1', 1795390416873, 'shop', 'GET', '/a?b=1', { host: 'shop.test', 'user-agent': 'ua "quoted"' }, '192.0.2.1')
  rec.windowKey = 'internal'
  rec.params = { 'p:1': 'v\u2028"x"' }
  const json = recordJson(rec, 'sid-1')
  const back = JSON.parse(json) as Record<string, unknown>
  t.same(Object.keys(back), Object.keys(RECORD_SCHEMA.properties).filter((k) => k !== 'matches'), 'exactly the schema properties, in order (matches only on a record with attacks)')
  t.same(RECORD_SCHEMA.required, Object.keys(back), 'every one of them required')
  t.equal(back.sid, 'sid-1')
  t.same(back.params, { 'p:1': 'v\u2028"x"' })
  t.equal(back.ua, 'ua "quoted"')
  t.ok(recordTail(rec).startsWith('"id":"id-1"'), 'the tail starts after the brace')
  rec.attacks = ['sqli']
  rec.matches = [{ type: 'sqli', where: 'query:id', excerpt: "1' OR '1'='1" }]
  const flagged = JSON.parse(recordJson(rec, 'sid-1')) as Record<string, unknown>
  t.same(Object.keys(flagged), Object.keys(RECORD_SCHEMA.properties), 'a record with attacks: where they were found, last')
  t.same(flagged.matches, rec.matches)
})

// The writer's serializer (JSON.stringify of the record in schema order) against the schema's
// (fast-json-stringify): the same bytes for any record, the stored format being the contract.
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.constantFrom('"', '\\', '\\"', '\u0000', '\u001f', '\u007f', '\n', '\r\n', '\t', '\u2028', '\u2029', '\ud800', '\udfff', '\udc00\ud800', '😀', 'é', 'ß', '中文', '\ufeff', '</script>') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
)
const text = fc.oneof(
  { weight: 6, arbitrary: fc.array(unit, { maxLength: 8 }).map((a) => a.join('')) },
  // past the schema serializer's own thresholds (41 and 4,999 characters), where it escapes differently
  { weight: 1, arbitrary: fc.tuple(fc.array(unit, { minLength: 1, maxLength: 4 }), fc.integer({ min: 5, max: 3_000 })).map(([a, n]) => a.join('').repeat(n)) },
)
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 3 })
const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(0, -0, 3.456, 1e21, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE))
const integer = fc.oneof(fc.integer(), fc.constantFrom(0, -0, 1795390416873, 2 ** 53 + 2, 1e21))
const record = fc
  .record({
    id: text, ts: integer, sid: nullable(text), rule: nullable(text), idParams: fc.array(text, { maxLength: 10 }), app: text, host: text, method: text, path: text,
    endpoint: nullable(text), query: text, status: integer, durationMs: number, ttfbMs: nullable(number), reqBytes: integer, resBytes: integer, ip: text,
    ua: nullable(text), user: nullable(text), role: nullable(text), params: fc.dictionary(fc.oneof(text, fc.constantFrom('0', '10', '__proto__', 'toJSON', 'constructor')), text, { maxKeys: 6 }),
    attacks: fc.array(text, { maxLength: 10 }), insight: fc.constantFrom(null, 'shadow', 'zombie'), flows: fc.array(text, { maxLength: 3 }),
    outcome: fc.constantFrom('ok', 'upstream_error', 'timeout', 'client_aborted', 'denied'), error: nullable(text), traceId: nullable(text),
    matches: fc.option(fc.array(fc.record({ type: text, where: text, excerpt: text }), { maxLength: 17 }), { nil: undefined }),
    windowKey: nullable(text), handoffKey: nullable(text), abuse: text,
  })
  .map((r) => {
    const rec = { ...r, inputs: null } as RequestRecord
    if (r.matches === undefined) delete rec.matches
    return rec
  })

/** the schema serializer's answer, or the error it throws */
const outcome = (f: () => string): string => {
  try {
    return f()
  } catch (err) {
    return `threw ${(err as Error).constructor.name}: ${(err as Error).message}`
  }
}

t.test('the writer serialises every record as the schema serializer does, byte for byte', async (t) => {
  let runs = 0
  fc.assert(
    fc.property(record, (rec) => {
      runs++
      const tail = recordTail(rec)
      if (tail !== recordTailBySchema(rec)) throw new Error(`differs: ${JSON.stringify(rec).slice(0, 400)}`)
      JSON.parse(`{${tail}`)
    }),
    { numRuns: 3_000 },
  )
  t.equal(runs, 3_000, '3,000 generated records, hostile strings (quotes, backslashes, control characters, lone surrogates, long values) included')
})

t.test('a record off its declared shape is written as the schema serializer writes it (coerced), or refused alike', async (t) => {
  const base = () => {
    const rec = newRecord('id-1', 1795390416873, 'shop', 'GET', '/a?b=1', { host: 'shop.test', 'user-agent': 'ua' }, '192.0.2.1')
    rec.params = { a: 'x' }
    return rec as unknown as Record<string, unknown>
  }
  const shapes: [string, (r: Record<string, unknown>) => void][] = [
    ['a number for a string', (r) => (r.host = 42)],
    ['null for a string', (r) => (r.query = null)],
    ['a String object', (r) => (r.path = new String('/p'))],
    ['a Date for a string', (r) => (r.app = new Date(0))],
    ['a fraction for an integer', (r) => (r.status = 200.7)],
    ['a numeric string for an integer', (r) => (r.ts = '17')],
    ['NaN for an integer', (r) => (r.reqBytes = NaN)],
    ['Infinity for a number', (r) => (r.durationMs = Infinity)],
    ['NaN for a number', (r) => (r.durationMs = NaN)],
    ['a string for a number', (r) => (r.durationMs = '3.5')],
    ['-Infinity for a nullable number', (r) => (r.ttfbMs = -Infinity)],
    ['a number for a nullable string', (r) => (r.user = 7)],
    ['a missing required field', (r) => delete r.ip],
    ['an undefined required field', (r) => (r.endpoint = undefined)],
    ['null for an array', (r) => (r.attacks = null)],
    ['a number in an array', (r) => (r.flows = ['a', 1])],
    ['a hole in an array', (r) => (r.idParams = ['a', , 'b'])],
    ['an array of eight strings or more', (r) => (r.attacks = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i"'])],
    ['a number in params', (r) => (r.params = { a: 1 })],
    ['undefined in params', (r) => (r.params = { a: undefined, b: 'y' })],
    ['null in params', (r) => (r.params = { a: null })],
    ['an array for params', (r) => (r.params = ['x'])],
    ['null for params', (r) => (r.params = null)],
    ['params without a prototype', (r) => (r.params = Object.assign(Object.create(null) as object, { a: 'x', '1': 'y' }))],
    ['params inheriting a value', (r) => (r.params = Object.assign(Object.create({ inherited: 'z' }) as object, { a: 'x' }))],
    ['params with a toJSON', (r) => (r.params = { a: 'x', toJSON: () => ({ b: 'y' }) })],
    ['a record with a toJSON', (r) => (r.toJSON = () => ({ id: 'other' }))],
    ['null for matches', (r) => (r.matches = null)],
    ['a match with more properties', (r) => (r.matches = [{ type: 't', where: 'w', excerpt: 'e', extra: 1 }])],
    ['a match missing one', (r) => (r.matches = [{ type: 't', where: 'w' }])],
    ['a match with a number', (r) => (r.matches = [{ type: 't', where: 'w', excerpt: 5 }])],
    ['null for a match', (r) => (r.matches = [null])],
    ['an insight outside its enum', (r) => (r.insight = 'other')],
    ['an unknown property', (r) => (r.extra = 'x')],
  ]
  for (const [name, change] of shapes) {
    const rec = base()
    change(rec)
    const expected = outcome(() => recordTailBySchema(rec as unknown as RequestRecord))
    t.equal(outcome(() => recordTail(rec as unknown as RequestRecord)), expected, name)
  }
  const proto = Object.prototype as Record<string, unknown>
  proto.toJSON = function () {
    return { id: 'polluted' }
  }
  try {
    const rec = base() as unknown as RequestRecord
    t.equal(outcome(() => recordTail(rec)), outcome(() => recordTailBySchema(rec)), 'a toJSON on Object.prototype')
  } finally {
    delete proto.toJSON
  }
})

t.test('params that are not a plain object (a boxed string, JSON.rawJSON) go through the schema serializer', async (t) => {
  const rawJSON = (JSON as unknown as { rawJSON?: (s: string) => object }).rawJSON
  const odd: unknown[] = [new String('ab'), new Number(5), new Boolean(false), ...(rawJSON ? [rawJSON('"x"')] : [])]
  for (const params of odd) {
    const rec = newRecord('r1', 1_700_000_000_000, 'shop', 'GET', '/x', { host: 'shop.test' }, '192.0.2.1')
    ;(rec as unknown as { params: unknown }).params = params
    t.equal(recordTail(rec), recordTailBySchema(rec), `${Object.prototype.toString.call(params)}`)
  }
})
