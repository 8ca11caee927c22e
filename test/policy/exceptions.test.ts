/**
 * The exceptions as a sensor compiles them from Redis: the console's wildcard budget per attack type
 * held to by the sensor too, whatever wrote the hash.
 */
import t from 'tap'
import { compileExceptions, MAX_WILDCARD_CHARS, watchExceptions, type ExceptionRule } from '../../src/policy/exceptions.ts'
import type { Refused } from '../../src/policy/watched-hash.ts'
import { Policy } from '../../src/policy/policy.ts'
import { startRedis } from '../helpers/redis.ts'

t.test('the wildcard patterns of an attack type past its budget are left out, in the rules\' order; exact endpoints and other types are not', async (t) => {
  // nine 500-character patterns for sqli: eight fit in 4,096 characters, the ninth does not
  const base = (i: number) => `/p${i}/${'a'.repeat(495)}`
  const pattern = (i: number) => `${base(i)}*`
  const rules: ExceptionRule[] = Array.from({ length: 9 }, (_, i) => ({ endpoint: pattern(i), attack: 'sqli' }))
  rules.push({ endpoint: '/exact', attack: 'sqli' }, { endpoint: pattern(9), attack: 'xss' })
  t.equal(pattern(0).length, 500)
  const over: ExceptionRule[] = []
  const test = compileExceptions(rules, (r) => void over.push(r))
  t.same(over, [rules[8]], 'the ninth sqli pattern left out')
  t.ok(test(`${base(7)}/x`, 'sqli'), 'the eighth applies')
  t.notOk(test(`${base(8)}/x`, 'sqli'), 'the ninth does not')
  t.ok(test('/exact', 'sqli'), 'exact endpoints are not counted')
  t.ok(test(`${base(9)}/x`, 'xss'), 'another type has its own budget')
  t.ok(8 * 500 <= MAX_WILDCARD_CHARS && 9 * 500 > MAX_WILDCARD_CHARS)
})

t.test('from Redis: the oldest exceptions kept within the budget, the rest reported once as left out', async (t) => {
  const redis = await startRedis(t)
  const policy = new Policy([])
  const refused: Refused[] = []
  const w = watchExceptions(redis.client, 'p:', policy, (r) => void refused.push({ ...r }), 3_600_000)
  // 10 patterns of 500 characters written straight into Redis, newest first
  for (let i = 0; i < 10; i++) {
    const e = { id: `e${i}`, endpoint: `/p${i}/${'a'.repeat(493)}*`, attack: 'scraping', addedBy: 'ann', addedAt: 1_000 - i, reason: '' }
    await redis.client.hset('p:exceptions', e.id, JSON.stringify(e))
  }
  await w.refresh()
  await w.refresh()
  t.match(refused, [{ invalid: 0, skipped: 2 }], 'two left out, reported once')
  t.ok(policy.exceptions(`/p9/${'a'.repeat(493)}/x`, 'scraping'), 'the oldest kept')
  t.notOk(policy.exceptions(`/p0/${'a'.repeat(493)}/x`, 'scraping'), 'the newest left out')
  t.notOk(policy.exceptions(`/p1/${'a'.repeat(493)}/x`, 'scraping'))
  t.ok(policy.exceptions(`/p2/${'a'.repeat(493)}/x`, 'scraping'))
})
