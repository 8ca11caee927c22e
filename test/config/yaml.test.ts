import t from 'tap'
import { parseYamlDocument } from '../../src/config/yaml.ts'

t.test('duplicate keys are found in one pass, with yaml\'s own message, at the duplicate', async (t) => {
  const text = 'a: 1\nb: {x: 1, x: 2}\na: 3\n'
  const { problems } = parseYamlDocument(text, undefined, 32)
  t.same(problems, [
    { pos: text.indexOf('x: 2'), message: 'Map keys must be unique' },
    { pos: text.lastIndexOf('a: 3'), message: 'Map keys must be unique' },
  ])
  t.same(parseYamlDocument('1: a\n"1": b\n', undefined).problems, [], 'a number and a string are different keys, as in yaml')
})

t.test('a __proto__ key is refused wherever it is', async (t) => {
  for (const text of ['__proto__: {workers: 3}\n', 'console: {enabled: false, __proto__: {x: 1}}\n', 'list: [{__proto__: 1}]\n']) {
    const { problems } = parseYamlDocument(text, undefined, 32)
    t.same(problems, [{ pos: text.indexOf('__proto__'), message: 'the key __proto__ is not allowed' }], text)
  }
})

t.test('nesting deep enough to overflow the parser is said as such', async (t) => {
  const { problems } = parseYamlDocument(`x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, undefined, 32)
  t.match(problems, [{ message: 'nested too deeply (at most 32 levels)' }])
})

t.test('10,000 keys in a map: every duplicate found', async (t) => {
  const keys = Array.from({ length: 10_000 }, (_, i) => `k${i}: ${i}`)
  t.same(parseYamlDocument(keys.join('\n'), undefined).problems, [])
  t.equal(parseYamlDocument([...keys, 'k9999: 0', 'k0: 0'].join('\n'), undefined).problems.length, 2)
})
