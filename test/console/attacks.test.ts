/**
 * The attacks view's API: every request the detector marked, filterable, paged with a cursor that
 * visits each exactly once, read from the per-type indexes; each role's access.
 */
import t from 'tap'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedisSensor } from '../helpers/sensor.ts'

const TOKENS = [
  { name: 'ann', token: 'attacks-admin-0001', role: 'admin' as const },
  { name: 'vic', token: 'attacks-viewer-001', role: 'viewer' as const },
  { name: 'dev', token: 'attacks-develop-01', role: 'api_developer' as const },
]

interface Row { ts: number; attacks: string[]; rid: string; sid: string; path: string; query: string; endpoint: string | null; ip: string; user: string | null; method: string; status: number; matches: { type: string; where: string; excerpt: string }[] }
interface Page { attacks: Row[]; next: string | null; partial: boolean }

t.test('GET /api/attacks: the marked requests, filtered, paged, per role', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'attacks-test-key-000001',
    redis: { url: redis.url },
    traced: [{ name: 'login', from: 'header', key: 'x-login' }],
    users: { user: 'login' },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: TOKENS },
  })
  const proxy = httpClient(t, s.url)
  const send = async (path: string, who: string, login?: string) =>
    (await proxy.request({ path, method: 'GET', headers: { cookie: `PHPSESSID=${who}`, 'user-agent': 'Mozilla/5.0 test', ...(login ? { 'x-login': login } : {}) } })).body.text()
  // mallory: three SQL injections and one XSS among ordinary requests; eve: one XSS; bob: nothing
  await send('/products/1', 'mallory', 'mallory')
  await send(`/products/2?id=${encodeURIComponent("1' OR '1'='1")}`, 'mallory', 'mallory')
  await send(`/search?q=${encodeURIComponent('<script>alert(document.cookie)</script>')}`, 'mallory', 'mallory')
  await send(`/products/3?id=${encodeURIComponent("1 UNION SELECT password FROM users--")}`, 'mallory', 'mallory')
  const between = Date.now() + 1
  while (Date.now() < between);
  await send(`/products/4?id=${encodeURIComponent("1' OR '1'='1")}`, 'mallory', 'mallory')
  await send(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, 'eve')
  await send('/products/5', 'bob')
  await s.sink.waitWritten(7)

  const get = async (q: string, token = 'attacks-admin-0001') => fetch(`${s.consoleUrl}/api/attacks${q}`, { headers: { authorization: `Bearer ${token}` } })
  const page = async (q: string) => (await (await get(q)).json()) as Page

  // roles
  t.equal((await fetch(`${s.consoleUrl}/api/attacks`)).status, 401, 'no token: 401')
  t.equal((await get('', 'attacks-viewer-001')).status, 200, 'a viewer reads attacks')
  t.same(await (await get('', 'attacks-develop-01')).json(), { error: 'role api_developer may not read sessions', code: 'FORBIDDEN' })

  const all = await page('')
  t.equal(all.attacks.length, 5, 'every marked request, and only those')
  t.equal(all.next, null)
  t.equal(all.partial, false)
  t.same(all.attacks.map((a) => a.attacks.join(',')).sort(), ['sqli', 'sqli', 'sqli', 'xss', 'xss'])
  const eve = all.attacks[0]!
  t.match(eve, { attacks: ['xss'], path: '/search', method: 'GET', status: 200, user: null }, 'newest session first')
  t.match(eve.query, /onerror/, 'the query where the detector looked')
  t.same(eve.matches, [{ type: 'xss', where: 'query:q', excerpt: '<img src=x onerror=alert(1)>' }], 'and where it matched, with the value')
  t.same(all.attacks.find((a) => a.path === '/products/3')!.matches, [{ type: 'sqli', where: 'query:id', excerpt: '1 UNION SELECT password FROM users--' }])
  const viewer = (await (await get('', 'attacks-viewer-001')).json()) as Page
  t.same(viewer.attacks.map((a) => a.matches), all.attacks.map((a) => a.matches), 'a viewer sees the same')
  const mallory = all.attacks.slice(1)
  t.ok(mallory.every((a) => a.sid === mallory[0]!.sid && a.user === 'mallory'), 'then mallory, each row with its session and user')
  t.ok(mallory.every((a, i) => i === 0 || a.ts <= mallory[i - 1]!.ts), 'newest first within a session')
  t.match(mallory[0], { endpoint: '/products/{id}', ip: '127.0.0.1' })

  t.same((await page('?attack=xss')).attacks.map((a) => a.path), ['/search', '/search'])
  t.equal((await page('?attack=xss,sqli')).attacks.length, 5, 'several types: any of them')
  t.equal((await page('?attack=xss&attack=sqli')).attacks.length, 5)
  t.equal((await page('?attack=ssrf')).attacks.length, 0)
  t.equal((await page('?user=mallory')).attacks.length, 4)
  t.equal((await page('?user=mallory&attack=xss')).attacks.length, 1)
  t.equal((await page('?q=/products/7')).attacks.length, 3, 'a concrete path finds the attacks on its template')
  t.equal((await page('?q=/search*')).attacks.length, 2)
  t.equal((await page('?ip=192.0.2.1')).attacks.length, 0)
  t.same((await page(`?from=${between}`)).attacks.map((a) => a.path).sort(), ['/products/4', '/search'], 'a time range')
  t.same((await page(`?to=${between - 1}&attack=sqli`)).attacks.map((a) => a.path), ['/products/3', '/products/2'])

  // paging: each attack exactly once
  const seen: string[] = []
  let cursor: string | null = null
  let calls = 0
  do {
    const p: Page = await page(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
    t.ok(p.attacks.length <= 2)
    seen.push(...p.attacks.map((a) => a.rid))
    cursor = p.next
  } while (cursor !== null && ++calls < 10)
  t.same(seen, all.attacks.map((a) => a.rid), 'pages of 2 give the same rows in the same order')

  // bounded, hostile input
  t.equal((await get('?limit=201')).status, 400)
  t.same(await (await get('?cursor=bm9wZQ')).json(), { error: 'parameter "cursor": a cursor from a previous answer', code: 'BAD_PARAMETER' })
  t.equal((await get(`?attack=${Array.from({ length: 21 }, (_, i) => `t${i}`).join(',')}`)).status, 400, 'at most 20 types')
  t.equal((await get(`?q=${'*a'.repeat(256)}`)).status, 200, 'a long wildcard is linear')
  t.equal((await get('?status=500')).status, 400, 'a filter the view does not take is named')

  // the pickers' values: those that have an index, with their sessions
  const values = async (token = 'attacks-admin-0001', q = '') => fetch(`${s.consoleUrl}/api/values${q}`, { headers: { authorization: `Bearer ${token}` } })
  t.equal((await fetch(`${s.consoleUrl}/api/values`)).status, 401)
  t.equal((await values('attacks-develop-01')).status, 403)
  t.equal((await values('', '?x=1')).status, 401, 'no token: 401 before anything')
  t.same(await (await values(undefined, '?x=1')).json(), { error: 'unknown parameter "x"', code: 'BAD_PARAMETER' })
  const known = (await (await values('attacks-viewer-001')).json()) as { values: Record<string, { value: string; sessions: number }[]> }
  t.same(known.values.attack, [{ value: 'xss', sessions: 2 }, { value: 'sqli', sessions: 1 }], 'attack types that were seen, most sessions first')
  t.same(known.values.status, [{ value: '200', sessions: 3 }])
  t.same(known.values.method, [{ value: 'GET', sessions: 3 }])
  t.same(known.values.app, [{ value: 'shop', sessions: 3 }])
  t.same(known.values.role, [])

  // a hostile summary (a session that touched 20,000 endpoints) is sampled, not read whole: the
  // pickers answer as before
  const [sid] = await redis.client.zrevrange('apisess:sessions', 0, 0)
  const fields: string[] = []
  for (let i = 0; i < 20_000; i++) fields.push(`endpoint:/planted/${'x'.repeat(100)}/${i}`, '1')
  await redis.client.hset(`apisess:session:${sid!}:meta`, ...fields)
  const again = (await (await values('attacks-viewer-001')).json()) as { values: Record<string, { value: string; sessions: number }[]> }
  t.same(again.values, known.values, 'the same values beside a summary of 20,000 fields')
})
