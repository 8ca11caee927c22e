import t from 'tap'
import { memoize } from '../src/memo.ts'

t.test('memoize: repeated strings worked out once, bounded, oldest forgotten first, long ones not kept', async (t) => {
  const calls: string[] = []
  const f = memoize((s) => {
    calls.push(s)
    return s.length
  }, 2, 5)
  t.equal(f('ab'), 2)
  t.equal(f('ab'), 2)
  t.same(calls, ['ab'], 'the second time from memory')
  f('cd')
  f('ef') // third entry: 'ab', the oldest, is forgotten
  f('cd')
  t.same(calls, ['ab', 'cd', 'ef'], "'cd' still remembered")
  f('ab')
  t.same(calls, ['ab', 'cd', 'ef', 'ab'], "'ab' was forgotten")
  f('longer')
  f('longer')
  t.same(calls.slice(4), ['longer', 'longer'], 'past maxKey: worked out each time')
})

t.test('memoize: a result its keep test refuses is returned but not remembered', async (t) => {
  let whole = false
  let calls = 0
  const f = memoize(
    (s) => {
      calls++
      return s.length
    },
    8,
    64,
    () => whole,
  )
  t.equal(f('ab'), 2)
  t.equal(f('ab'), 2)
  t.equal(calls, 2, 'refused: worked out again')
  whole = true
  f('ab')
  f('ab')
  t.equal(calls, 3, 'kept once the test accepts it')
})
