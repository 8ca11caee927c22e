import t from 'tap'
import { hasWildcard, pathGlob, pieces, template, wildcard } from '../../src/match/glob.ts'

/** the meaning of each dialect, written as a RegExp (only ever run on short inputs here) */
function reference(pattern: string, dialect: 'wildcard' | 'path'): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*') {
      if (dialect === 'path' && pattern[i + 1] === '*') {
        while (pattern[i + 1] === '*') i++
        source += '.*'
      } else source += dialect === 'path' ? '[^/]*' : '.*'
    } else if (c === '?') source += dialect === 'path' ? '[^/]' : '.'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`, 's')
}

t.test('the console dialect: * any run, ? one character, anchored', async (t) => {
  const cases: [string, string, boolean][] = [
    ['/api/*/orders', '/api/v1/orders', true],
    ['/api/*/orders', '/api/v1/x/orders', true],
    ['/api/*/orders', '/api/v1/orders/7', false],
    ['/users/?', '/users/7', true],
    ['/users/?', '/users/77', false],
    ['*', '', true],
    ['*', '/anything/at/all', true],
    ['/exact', '/exact', true],
    ['/exact', '/exactly', false],
    ['*orders', '/api/orders', true],
    ['/api/*', '/api', false],
    ['/a*b*c', '/aXbYc', true],
    ['/a*b*c', '/aXcYb', false],
    ['**', 'x', true],
  ]
  for (const [p, text, want] of cases) t.equal(wildcard(p).test(text), want, `${p} on ${text}`)
})

t.test('the path dialect: * within a segment, ** across, ? one character but /', async (t) => {
  const cases: [string, string, boolean][] = [
    ['/api/*', '/api/login', true],
    ['/api/*', '/api/a/b', false],
    ['/api/**', '/api/a/b', true],
    ['/api/**', '/api/', true],
    ['/api/*/login', '/api/v2/login', true],
    ['/api/*/login', '/api/v2/x/login', false],
    ['/u/?', '/u/7', true],
    ['/u/?', '/u//', false],
    ['/**/x', '/a/b/x', true],
    ['/**/x', '/x', false],
    ['/*.json', '/a.json', true],
    ['/*.json', '/a/b.json', false],
  ]
  for (const [p, text, want] of cases) t.equal(pathGlob(p).test(text), want, `${p} on ${text}`)
})

t.test('both dialects agree with their RegExp meaning on generated patterns and texts', async (t) => {
  const alphabet = ['a', 'b', '/', '*', '?']
  let seed = 7
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n)
  let checked = 0
  for (let i = 0; i < 3000; i++) {
    const pattern = Array.from({ length: 1 + next(7) }, () => alphabet[next(5)]).join('')
    const text = Array.from({ length: next(9) }, () => alphabet[next(3)]).join('')
    for (const dialect of ['wildcard', 'path'] as const) {
      const m = dialect === 'wildcard' ? wildcard(pattern) : pathGlob(pattern)
      if (m.test(text) !== reference(pattern, dialect).test(text)) t.fail(`${dialect} ${pattern} on ${text}`)
      checked++
    }
  }
  t.equal(checked, 6000)
})

t.test("long patterns (the automaton's states over several 32-bit words) agree with their RegExp meaning, stars on word boundaries too", async (t) => {
  let seed = 11
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n)
  const letters = ['a', 'b', '/']
  let checked = 0
  let matched = 0
  for (let i = 0; i < 600; i++) {
    // 25 to 140 tokens, at most three stars (the RegExp reference backtracks on more), one often at token 31 or 63
    const length = 25 + next(116)
    const tokens = Array.from({ length }, () => (next(4) === 0 ? '?' : letters[next(3)]!))
    for (let s = 0; s < 1 + next(3); s++) tokens[next(3) === 0 ? [31, 63, 32][next(3)]! % length : next(length)] = '*'
    const pattern = tokens.join('').replace(/\*+/g, '*')
    // a text that the pattern spells (stars as short runs, ? as a letter), sometimes with one character changed
    let text = [...pattern].map((c) => (c === '*' ? letters[next(3)]!.repeat(next(4)) : c === '?' ? letters[next(2)]! : c)).join('')
    if (next(2) === 0 && text.length > 0) {
      const at = next(text.length)
      text = text.slice(0, at) + letters[next(3)] + text.slice(at + 1)
    }
    for (const dialect of ['wildcard', 'path'] as const) {
      const m = dialect === 'wildcard' ? wildcard(pattern) : pathGlob(pattern)
      const want = reference(pattern, dialect).test(text)
      if (m.test(text) !== want) t.fail(`${dialect} ${pattern} on ${text}`)
      checked++
      if (want) matched++
    }
  }
  t.equal(checked, 1200)
  t.ok(matched > 300 && matched < 1100, `both answers are asked for (${matched} of ${checked} match)`)
})

t.test('a pattern built to backtrack is answered in one pass (the finding: /*a*a*a*a*a*b over 95 a)', async (t) => {
  const text = `/${'a'.repeat(20_000)}`
  const evil = '/*a*a*a*a*a*a*a*a*b'
  t.equal(wildcard(evil).test(text), false)
  t.equal(pathGlob(evil).test(text), false)
  t.equal(pieces(['', 'a', 'a', 'a', 'b']).test('a'.repeat(20_000)), false)
})

t.test('pieces: one or more characters between literals, never a /', async (t) => {
  const m = pieces(['', '.', ''])
  t.equal(m.test('report.json'), true)
  t.equal(m.test('.json'), false)
  t.equal(m.test('report.'), false)
  t.equal(m.test('a/b.json'), false)
  t.equal(pieces(['v', '-', '.txt']).test('v1-2.txt'), true)
})

t.test('hasWildcard', async (t) => {
  t.equal(hasWildcard('/a/*'), true)
  t.equal(hasWildcard('/a/?'), true)
  t.equal(hasWildcard('/a/b'), false)
})

t.test('an endpoint template matches the concrete paths it stands for, in linear time', async (t) => {
  const m = template('/api/products/{id}')
  t.ok(m.test('/api/products/7'))
  t.ok(m.test('/api/products/abc-9'))
  t.notOk(m.test('/api/products/'), 'a parameter is never empty')
  t.notOk(m.test('/api/products/7/reviews'), 'nor more than one segment')
  t.notOk(m.test('/api/product/7'))
  const mixed = template('/files/{name}.{ext}')
  t.ok(mixed.test('/files/report.pdf'))
  t.notOk(mixed.test('/files/report'))
  t.ok(template('/literal/*?').test('/literal/*?'), '* and ? in a template are literal')
  t.notOk(template('/literal/*').test('/literal/x'))
  t.ok(template('/a/{unclosed').test('/a/{unclosed'), 'an unclosed brace is literal')
  // a hostile template and path: many parameters against a long segment stay linear
  const hostile = template(`/${'{a}-'.repeat(200)}{z}`)
  t.notOk(hostile.test(`/${'x-'.repeat(5000)}`.slice(0, -1) + '/'))
  // braces that never close, or open again before closing: literal, read in one pass (a quadratic
  // look-ahead would take minutes on these 100,000 characters)
  for (const endpoint of ['{'.repeat(100_000), `/${'{a'.repeat(50_000)}`, `/${'{'.repeat(50_000)}x}`]) {
    t.ok(template(endpoint).test(endpoint.includes('}') ? `/${'{'.repeat(49_999)}y` : endpoint), `${endpoint.slice(0, 6)}… (${endpoint.length} characters)`)
  }
  t.ok(template('/a/{}').test('/a/x'), 'an empty name is a parameter too')
  t.ok(template('/a/{{id}').test('/a/{7'), 'the inner pair is the parameter')
})
