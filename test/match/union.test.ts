import t from 'tap'
import fc from 'fast-check'
import { unionOf } from '../../src/match/union.ts'

const someOf = (patterns: readonly RegExp[], v: string) => patterns.some((re) => re.test(v))

t.test('the union matches where one of its patterns does, anchors and lookarounds read on the whole input', async (t) => {
  const patterns = [/^abc/, /x$/, /(?<=q)z/, /\bword\b/, /(?<!n)ot/]
  const u = unionOf(patterns)
  for (const v of ['abcdef', 'zabc', 'box', 'xo', 'qz', 'z', 'a word here', 'swordfish', 'pot', 'not', '', 'ot']) {
    t.equal(u.test(v), someOf(patterns, v), JSON.stringify(v))
  }
})

t.test('backreferences are moved past the groups of the patterns before them', async (t) => {
  const patterns = [/(a)(b)\2\1/, /(['"])x\1/, /([a-z])\1{2}/]
  const u = unionOf(patterns)
  t.match(u.source, /x\\3\)/, "the second pattern's \\1 is the union's \\3")
  t.match(u.source, /\\4\{2\}/, "the third pattern's \\1 is the union's \\4")
  const cases: [string, boolean][] = [
    ['abba', true],
    ['abab', false],
    ['"x"', true],
    ['"x\'', false],
    ['zzz', true],
    ['zz', false],
    ['ab"x\'', false],
  ]
  for (const [v, want] of cases) {
    t.equal(u.test(v), want, v)
    t.equal(someOf(patterns, v), want, `${v} (each pattern alone)`)
  }
  // a class's \1 (an octal escape there) and an escaped parenthesis are neither backreferences nor groups
  // (built from strings: TypeScript refuses such literals, the engine reads them)
  const tricky = [new RegExp('[\\1]\\('), /(a)\1/]
  const v = unionOf(tricky)
  t.match(v.source, /\[\\1\]/)
  t.match(v.source, /\(a\)\\1\)$/, 'the second pattern keeps \\1: the first has no capturing group')
  t.equal(v.test('aa'), true)
  t.equal(v.test('\u0001('), true)
  t.equal(v.test('a('), false)
})

t.test('what a join would change is refused', async (t) => {
  t.throws(() => unionOf([/a/g]), /keeps state/)
  t.throws(() => unionOf([/a/y]), /keeps state/)
  t.throws(() => unionOf([/a/i, /b/]), /flags/)
  t.throws(() => unionOf([/(?<name>a)/]), /named group/)
  t.throws(() => unionOf([new RegExp('(a)\\k<x>')]), /named backreference/)
  t.throws(() => unionOf([new RegExp('a\\2')]), /no backreference/)
  t.equal(unionOf([]).test(''), false, 'an empty list matches nothing')
  t.equal(unionOf([/(?<=a)b/, /(?<!a)c/]).test('ab'), true, 'lookbehinds are no named groups')
})

t.test('on random inputs, the union answers as the patterns one by one', async (t) => {
  const patterns = [/(['"])\s*or\s*\1/, /<([a-z]+)[^>]*>.*<\/\1>/, /\b(select|union)\s+\1\b/, /^\s*\(/, /(\d)-\1$/, /[\\(]\)/]
  const u = unionOf(patterns)
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '"', "'", ' ', 'o', 'r', '<', '>', '/', '(', ')', '\\', '1', '-', 'select', 'union', 'i', 'x') , maxLength: 30 }), (v) => u.test(v) === someOf(patterns, v)),
    { numRuns: 5000 },
  )
  t.pass('5,000 random values')
})
