/**
 * The screen on a summary hash as it is (`summaryMatches`, no tally built) gives the verdict of the
 * summary's tally (`tallyVerdict`) for every filter, over generated summaries and filters: plain
 * fields of older sessions, capped counters that left values out, IP ranges, status classes,
 * endpoint searches.
 */
import t from 'tap'
import { summaryMatches, tallyVerdict } from '../../src/console/store.ts'
import { endpointSearch, type Filters } from '../../src/console/query.ts'
import { prng } from '../helpers/prng.ts'

const VALUES = {
  app: ['shop', 'blog'],
  host: ['shop.test', 'blog.test', 'x.test'],
  user: ['ann', 'bob', 'eve'],
  role: ['admin', 'viewer'],
  method: ['GET', 'POST', 'DELETE'],
  attack: ['sqli', 'xss', 'scraping'],
  flow: ['login', 'checkout'],
  ip: ['10.0.0.1', '10.0.1.7', '192.0.2.5', '2001:db8::5'],
  status: ['200', '404', '500'],
  endpoint: ['/api/products/{id}', '/api/orders', '/login'],
} as const
const FILTER_VALUES: Record<string, readonly string[]> = {
  ...VALUES,
  ip: [...VALUES.ip, '10.0.0.0/16', '192.0.2.0/24', '2001:db8::/32', '172.16.0.0/12'],
  status: [...VALUES.status, '4xx', '5xx', '3xx'],
}
const QUERIES = ['/api/*', '/api/products/7', '/login', '/nothing', '*']

t.test('summaryMatches agrees with the tally on 20,000 generated summaries and filters', async (t) => {
  const rnd = prng(17)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  let passed = 0
  const disagree: string[] = []
  for (let i = 0; i < 20_000; i++) {
    const meta: Record<string, string> = { first: '1000', last: '2000', requests: rnd() < 0.03 ? '0' : String(1 + Math.floor(rnd() * 9)) }
    if (rnd() < 0.02) delete meta.first
    // plain fields (older sessions have only these), counters, and now and then a capped counter's overflow
    for (const kind of ['app', 'host', 'user', 'role'] as const) if (rnd() < 0.7) meta[kind] = pick(VALUES[kind])
    for (const [kind, values] of Object.entries(VALUES)) {
      for (const v of values) if (rnd() < 0.35) meta[`${kind}:${v}`] = '1'
      if (['ip', 'endpoint', 'host', 'user', 'role'].includes(kind) && rnd() < 0.05) meta[`other:${kind}`] = '3'
    }
    const f: Partial<Filters> = {}
    for (const [kind, values] of Object.entries(FILTER_VALUES)) {
      if (rnd() < 0.25) (f as Record<string, string[]>)[kind] = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(values))
    }
    const q = rnd() < 0.3 ? pick(QUERIES) : undefined
    const endpoint = q === undefined ? undefined : endpointSearch(q)
    const fast = summaryMatches(meta, f, endpoint)
    if (fast) passed++
    if (fast !== tallyVerdict(meta, f, endpoint)) disagree.push(JSON.stringify({ meta, f, q }))
  }
  t.same(disagree.slice(0, 5), [], 'the same verdict')
  t.ok(passed > 500 && passed < 19_000, `${passed} of 20,000 pass: both verdicts are exercised`)
})
