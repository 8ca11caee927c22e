import t from 'tap'
import { parsePointer, scalarText, walk } from '../../src/capture/pointer.ts'

t.test('parsePointer: RFC 6901 tokens with ~1 and ~0 unescaped in that order', async (t) => {
  t.same(parsePointer(''), [])
  t.same(parsePointer('/'), [''])
  t.same(parsePointer('/a/b~1c/~01'), ['a', 'b/c', '~1'])
  t.same(parsePointer('/items/0/id'), ['items', '0', 'id'])
})

t.test('walk: own properties and array indexes only', async (t) => {
  const doc = JSON.parse('{"a":{"b":[10,{"c":"x"}]},"__proto__":{"polluted":1}}') as unknown
  t.equal(walk(doc, ['a', 'b', '1', 'c']), 'x')
  t.equal(walk(doc, ['a', 'b', '01']), undefined, 'no leading zeros in an index')
  t.equal(walk(doc, ['a', 'b', '-1']), undefined)
  t.equal(walk(doc, ['a', 'toString']), undefined, 'inherited properties are not found')
  t.same(walk(doc, ['__proto__']), { polluted: 1 }, 'a "__proto__" key in JSON is just a key')
  t.equal(({} as { polluted?: number }).polluted, undefined, 'and nothing was polluted')
  t.equal(walk('text', ['a']), undefined, 'a scalar has no children')
})

t.test('scalarText: what a found value is stored as', async (t) => {
  t.equal(scalarText('  ann '), 'ann')
  t.equal(scalarText(''), undefined)
  t.equal(scalarText(42), '42')
  t.equal(scalarText(false), 'false')
  t.equal(scalarText(null), undefined)
  t.equal(scalarText({ a: [1] }), '{"a":[1]}')
  t.equal(scalarText(undefined), undefined)
})
