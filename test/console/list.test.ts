/**
 * What the session list says of each session without opening it (issue 17): its attack types and
 * API-abuse kinds, every user, how many client IPs, whether it touched shadow or zombie endpoints.
 */
import t from 'tap'
import { join } from 'node:path'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedisSensor } from '../helpers/sensor.ts'
import { LISTED_VALUES } from '../../src/console/store.ts'

const TOKENS = [
  { name: 'ann', token: 'list-admin-token-01', role: 'admin' as const },
  { name: 'vic', token: 'list-viewer-token-1', role: 'viewer' as const },
  { name: 'dev', token: 'list-dev-token-0001', role: 'api_developer' as const },
]
const SPEC = 'openapi: 3.0.3\ninfo: { title: shop, version: "1" }\npaths:\n  /products/{id}: { get: {} }\n  /search: { get: {} }\n  /orders/{id}: { get: { deprecated: true } }\n'

interface Listed {
  sid: string
  attackTypes: string[]
  abuse: string[]
  ips: string[]
  ipCount: number
  users: string[]
  shadow: string[]
  zombie: string[]
  denied: boolean
  deniedIps: string[]
}

/** A sensor with its console, the user from `x-login`, the client IP through the trusted loopback proxy; its Redis is the test's own. */
async function listSensor(t: Parameters<typeof startRedis>[0], openapi?: string) {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('{"ok":true}'))
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url, ...(openapi !== undefined && { openapi }) }],
    defaultApplication: 'shop',
    hashKey: 'list-test-key-00000001',
    trustedProxies: ['127.0.0.1/32', '::1/128'],
    redis: { url: redis.url },
    traced: [{ name: 'login', from: 'header', key: 'x-login' }],
    users: { user: 'login' },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: TOKENS },
  })
  return { redis, s }
}

t.test('the list: attack types and abuse kinds, every user, the IP count, shadow and zombie endpoints', async (t) => {
  const dir = t.testdir({ 'shop.yaml': SPEC })
  const { redis, s } = await listSensor(t, join(dir, 'shop.yaml'))
  const proxy = httpClient(t, s.url)
  // the client IP through the trusted loopback proxy
  const send = async (who: string, ip: string, path: string, login?: string) =>
    (await proxy.request({ path, method: 'GET', headers: { cookie: `PHPSESSID=${who}`, 'x-forwarded-for': ip, ...(login ? { 'x-login': login } : {}) } })).body.text()
  await send('alice', '192.0.2.7', '/products/1', 'alice')
  await send('mallory', '10.1.2.3', `/products/3?id=${encodeURIComponent("1' OR '1'='1")}`, 'mallory')
  await send('mallory', '10.1.2.4', `/search?q=${encodeURIComponent('<script>alert(document.cookie)</script>')}`, 'mal2')
  await send('mallory', '2001:db8::5', '/admin/users', 'mal3')
  await send('mallory', '10.1.2.3', '/orders/17', 'mallory')
  await s.sink.waitWritten(5)

  const get = (q: string, token = 'list-admin-token-01') => fetch(`${s.consoleUrl}/api/sessions?${q}`, { headers: { authorization: `Bearer ${token}` } })
  const list = async (q = '') => ((await (await get(q)).json()) as { sessions: Listed[] }).sessions
  const [mallory, alice] = await list()
  t.match(mallory, {
    attackTypes: ['sqli', 'xss'].sort(),
    abuse: [],
    ipCount: 3,
    users: ['mallory', 'mal2', 'mal3'],
    shadow: ['/admin/users'],
    zombie: ['/orders/{id}'],
  })
  t.same([...mallory!.attackTypes].sort(), ['sqli', 'xss'])
  t.same([...mallory!.ips].sort(), ['10.1.2.3', '10.1.2.4', '2001:db8::5'])
  t.match(alice, { attackTypes: [], abuse: [], ipCount: 1, users: ['alice'], shadow: [], zombie: [] })

  // an API-abuse kind is an attack counter of the summary like any other (the batch script writes it)
  await redis.client.hincrby(`apisess:session:${mallory!.sid}:meta`, 'attack:scraping', 4)
  const [again] = await list()
  t.same(again!.attackTypes, ['scraping', ...[...mallory!.attackTypes]], 'the most frequent first')
  t.same(again!.abuse, ['scraping'], 'the abuse kinds among them')

  // the session's own detail carries the same fields
  const detail = (await (await fetch(`${s.consoleUrl}/api/sessions/${mallory!.sid}`, { headers: { authorization: 'Bearer list-admin-token-01' } })).json()) as { session: Listed }
  t.match(detail.session, { ipCount: 3, shadow: ['/admin/users'], zombie: ['/orders/{id}'], abuse: ['scraping'] })

  // cut by a time range, the session is counted from its records: their own insight
  const recs = ((await (await fetch(`${s.consoleUrl}/api/sessions/${mallory!.sid}/requests`, { headers: { authorization: 'Bearer list-admin-token-01' } })).json()) as { requests: { ts: number; insight: string | null }[] }).requests
  const cut = await list(`from=${recs[2]!.ts}`)
  t.match(cut.find((x) => x.sid === mallory!.sid), { ipCount: 2, shadow: ['/admin/users'], zombie: ['/orders/{id}'], users: ['mal3', 'mallory'] })

  // CIDR ranges, IPv4 and IPv6: the sessions, a session's requests, the attacks
  const sids = async (q: string) => (await list(q)).map((x) => x.sid)
  t.same(await sids('ip=10.0.0.0/8'), [mallory!.sid], 'ip=10.0.0.0/8')
  t.same(await sids('ip=2001:db8::/32'), [mallory!.sid], 'ip=2001:db8::/32')
  t.same(await sids('ip=192.0.2.0/24,10.1.2.4'), [mallory!.sid, alice!.sid], 'a range or an address')
  t.same(await sids('ip=172.16.0.0/12'), [])
  const bad = await get('ip=10.0.0.0/33')
  t.equal(bad.status, 400)
  t.same(await bad.json(), { error: 'parameter "ip.0": an IP, or a CIDR range such as 10.0.0.0/8', code: 'BAD_PARAMETER' })
  const inRange = ((await (await fetch(`${s.consoleUrl}/api/sessions/${mallory!.sid}/requests?ip=10.1.2.0/24`, { headers: { authorization: 'Bearer list-admin-token-01' } })).json()) as { requests: { ip: string }[] }).requests
  t.same(inRange.map((r) => r.ip), ['10.1.2.3', '10.1.2.4', '10.1.2.3'], 'a session\'s requests in a range')
  const attacks = ((await (await fetch(`${s.consoleUrl}/api/attacks?ip=10.1.2.4/32`, { headers: { authorization: 'Bearer list-admin-token-01' } })).json()) as { attacks: { attacks: string[] }[] }).attacks
  t.same(attacks.map((a) => a.attacks), [['xss']], 'the attacks from a range')

  // what the denylist covers now: an IP of mallory's, a range for another application, alice's session
  const deny = async (body: object) =>
    (await fetch(`${s.consoleUrl}/api/denylist`, { method: 'POST', headers: { authorization: 'Bearer list-admin-token-01', 'content-type': 'application/json' }, body: JSON.stringify(body) })).status
  t.equal(await deny({ kind: 'ip', value: '10.1.2.4' }), 201)
  t.equal(await deny({ kind: 'ip', value: '2001:db8::/32', apps: ['blog'] }), 201)
  t.equal(await deny({ kind: 'session', value: alice!.sid }), 201)
  const marked = await list()
  t.match(marked[0], { sid: mallory!.sid, denied: false, deniedIps: ['10.1.2.4'] }, 'its IP on the denylist; a range for another application does not count')
  t.match(marked[1], { sid: alice!.sid, denied: true, deniedIps: [] }, 'the session on the denylist')
  const one = (await (await fetch(`${s.consoleUrl}/api/sessions/${alice!.sid}`, { headers: { authorization: 'Bearer list-admin-token-01' } })).json()) as { session: { denied: boolean } }
  t.equal(one.session.denied, true, 'in its detail too')
  t.equal(await deny({ kind: 'ip', value: '2001:db8::/48' }), 201)
  t.same((await list())[0]!.deniedIps, ['10.1.2.4', '2001:db8::5'], 'a range covers the IPs in it')

  // each role
  t.equal((await get('', 'list-viewer-token-1')).status, 200, 'a viewer reads the list')
  t.equal((await get('', 'list-dev-token-0001')).status, 403, 'an API developer does not')
  t.equal((await fetch(`${s.consoleUrl}/api/sessions`)).status, 401, 'nobody does not')
})

t.test('a session of many IPs and users: its summary keeps 256 of each, counts the rest, and still matches every filter', async (t) => {
  const { redis, s } = await listSensor(t)
  const proxy = httpClient(t, s.url)
  const N = 300
  const ipOf = (i: number) => `10.9.${i >> 8}.${i & 255}`
  for (let i = 0; i < N; i++) {
    await (await proxy.request({ path: '/products/1', method: 'GET', headers: { cookie: 'PHPSESSID=hydra', 'x-forwarded-for': ipOf(i), 'x-login': `user${i}` } })).body.text()
  }
  await s.sink.waitWritten(N)
  const get = async (path: string) => (await (await fetch(`${s.consoleUrl}${path}`, { headers: { authorization: 'Bearer list-admin-token-01' } })).json()) as Record<string, unknown>
  const [listed] = (await get('/api/sessions')).sessions as (Listed & { moreIps: number })[]
  const meta = await redis.client.hgetall(`apisess:session:${listed!.sid}:meta`)
  t.equal(meta['n:ip'], '256')
  t.equal(meta['other:ip'], String(N - 256), 'the requests from IPs past the ceiling are counted')
  t.equal(meta['n:user'], '256')
  t.equal(meta['other:user'], String(N - 256))
  t.equal(meta.requests, String(N))
  t.ok(Object.keys(meta).length < 2 * 256 + 30, `${Object.keys(meta).length} fields: bounded`)
  t.equal(meta[`ip:${ipOf(N - 1)}`], undefined, 'the last IP is not kept')
  t.match(listed, { ipCount: 256, moreIps: N - 256 })
  // the list names the first LISTED_VALUES users and says how many (a 200-session page of 256 long users each was 40 MB); the detail names them all
  const detail = (await get(`/api/sessions/${listed!.sid}`)) as { session: Listed & { userCount: number }; stats: { others: Record<string, number> } }
  // the summary's 256 counted users and the latest (past the ceiling)
  t.equal(detail.session.users.length, 257, 'the detail: every user the summary keeps')
  t.equal(detail.session.userCount, 257)
  t.same(listed!.users, detail.session.users.slice(0, LISTED_VALUES), 'the list: the first ten of them')
  t.match(listed, { userCount: 257, roleCount: 0, hostCount: 1 })
  t.same(detail.stats.others, { ip: N - 256 })
  // a value the summary no longer keeps cannot rule the session out: found through its index
  const sids = async (q: string) => ((await get(`/api/sessions?${q}`)).sessions as Listed[]).map((x) => x.sid)
  t.same(await sids(`ip=${ipOf(N - 1)}`), [listed!.sid], 'an IP past the ceiling')
  t.same(await sids(`user=user${N - 1}`), [listed!.sid], 'a user past the ceiling')
  t.same(await sids(`ip=10.9.1.0/24&user=user0`), [listed!.sid], 'a range over the IPs past the ceiling')
  t.same(await sids('ip=10.8.0.1'), [], 'an IP it never had, with no index')
})
