/**
 * The exceptions API with each role: a false positive (endpoint + attack type) and an IP or range
 * exempt from API-abuse detection, listed with who, when and why, removed, and each change kept in
 * the history (newest first); bad input is a 400 that says what.
 */
import t from 'tap'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { startRedisSensor } from '../helpers/sensor.ts'

const TOKENS = [
  { name: 'ann', token: 'exc-admin-token-01', role: 'admin' as const },
  { name: 'sam', token: 'exc-analyst-token1', role: 'analyst' as const },
  { name: 'vic', token: 'exc-viewer-token-1', role: 'viewer' as const },
  { name: 'dev', token: 'exc-develop-token1', role: 'api_developer' as const },
]
const token = (name: string) => TOKENS.find((x) => x.name === name)!.token

interface Exception { id: string; ip?: string; endpoint?: string; attack?: string; addedBy: string; addedAt: number; reason: string }
interface Answer { exceptions: Exception[]; history: { at: number; action: string; by: string; exception: Exception }[] }

t.test('exceptions: false positives and IPs exempt from abuse detection, with their history, per role', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'exceptions-test-key-01',
    redis: { url: redis.url },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: TOKENS },
  })
  const call = (method: string, path: string, who?: string, body?: unknown) =>
    fetch(`${s.consoleUrl}/api/exceptions${path}`, {
      method,
      headers: { ...(who ? { authorization: `Bearer ${token(who)}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })

  t.equal((await call('GET', '')).status, 401)
  t.equal((await call('GET', '', 'dev')).status, 403, 'an API developer reads no exceptions')
  t.equal((await call('POST', '', 'vic', { ip: '198.51.100.7' })).status, 403, 'a viewer changes nothing')
  t.equal((await call('POST', '', 'dev', { ip: '198.51.100.7' })).status, 403)

  const ip = await call('POST', '', 'sam', { ip: '198.51.100.0/24', reason: 'partner monitoring' })
  t.equal(ip.status, 201, 'an analyst exempts a range from abuse detection')
  const ipEntry = (await ip.json()) as Exception
  t.match(ipEntry, { ip: '198.51.100.0/24', addedBy: 'sam', reason: 'partner monitoring' })
  t.notOk('endpoint' in ipEntry)
  const fp = await call('POST', '', 'ann', { endpoint: '/search', attack: 'sqli' })
  t.equal(fp.status, 201, 'an admin marks a false positive')
  const fpEntry = (await fp.json()) as Exception

  t.same(await (await call('POST', '', 'ann', { ip: 'not-an-ip' })).json(), { error: 'parameter "ip": an IP address or CIDR range', code: 'BAD_PARAMETER' })
  t.same(await (await call('POST', '', 'ann', { ip: '10.0.0.0/40' })).json(), { error: 'parameter "ip": an IP address or CIDR range', code: 'BAD_PARAMETER' })
  t.equal((await call('POST', '', 'ann', { ip: '10.0.0.1', attack: 'sqli' })).status, 400, 'an IP exception takes no attack type')
  t.equal((await call('POST', '', 'ann', { ip: '1'.repeat(70) })).status, 400, 'bounded')

  // the same one twice: a 409 naming the one there, nothing added
  for (const spelling of ['198.51.100.0/24', '::ffff:198.51.100.0/120']) {
    const again = await call('POST', '', 'ann', { ip: spelling })
    t.equal(again.status, 409, `${spelling}: already exempt`)
    t.match(await again.json(), { code: 'ALREADY_EXCEPTED', exception: { id: ipEntry.id, ip: '198.51.100.0/24' } })
  }
  t.equal((await call('POST', '', 'ann', { ip: '198.51.100.7' })).status, 201, 'an address inside the range is another exception')
  const fpAgain = await call('POST', '', 'sam', { endpoint: '/search', attack: 'sqli' })
  t.equal(fpAgain.status, 409)
  t.match(await fpAgain.json(), { code: 'ALREADY_EXCEPTED', error: /sqli on \/search is already an exception/, exception: { id: fpEntry.id } })
  const inner = ((await (await call('GET', '', 'ann')).json()) as Answer).exceptions.find((e) => e.ip === '198.51.100.7')!
  t.equal((await call('DELETE', `/${inner.id}`, 'ann')).status, 200)

  const list = (await (await call('GET', '', 'vic')).json()) as Answer
  t.same(list.exceptions.map((e) => e.ip ?? e.endpoint).sort(), ['/search', '198.51.100.0/24'], 'a viewer reads both kinds')
  t.same(list.history.map((h) => [h.action, h.by, h.exception.id]), [['removed', 'ann', inner.id], ['added', 'ann', inner.id], ['added', 'ann', fpEntry.id], ['added', 'sam', ipEntry.id]], 'the history, newest first')

  t.equal((await call('DELETE', `/${ipEntry.id}`, 'vic')).status, 403)
  t.equal((await call('DELETE', `/${ipEntry.id}`, 'sam')).status, 200, 'an analyst removes it')
  t.equal((await call('DELETE', `/${ipEntry.id}`, 'sam')).status, 404, 'once')
  const after = (await (await call('GET', '', 'ann')).json()) as Answer
  t.same(after.exceptions.map((e) => e.id), [fpEntry.id])
  t.match(after.history[0], { action: 'removed', by: 'sam', exception: { ip: '198.51.100.0/24', addedBy: 'sam', reason: 'partner monitoring' } }, 'who removed what, and when')
  t.ok(after.history[0]!.at >= after.history[1]!.at)

  // the history is a capped stream; an entry that is not an exception's JSON is skipped, not served
  await redis.client.xadd('apisess:exceptions:log', '*', 'action', 'added', 'by', 'x', 'exception', '{"id":1}')
  t.equal(((await (await call('GET', '', 'ann')).json()) as Answer).history.length, 5)
})

t.test('the denylist and the exceptions hold 10,000 entries at most: one more is a 409 POLICY_FULL', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'exceptions-test-key-02',
    redis: { url: redis.url },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: TOKENS },
  })
  const post = (what: string, body: unknown) =>
    fetch(`${s.consoleUrl}/api/${what}`, { method: 'POST', headers: { authorization: `Bearer ${token('ann')}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  // filled to the ceiling directly in Redis, as a long-running console would have
  const fill = (hash: string, entry: (i: number) => object) => {
    const p = redis.client.pipeline()
    for (let i = 0; i < 10_000; i++) p.hset(hash, `e${i}`, JSON.stringify({ id: `e${i}`, addedBy: 'ann', addedAt: 1, reason: '', ...entry(i) }))
    return p.exec()
  }
  await fill('apisess:exceptions', (i) => ({ endpoint: `/e/${i}`, attack: 'sqli' }))
  await fill('apisess:denylist', (i) => ({ kind: 'ip', value: `10.${i >> 8}.${i & 255}.1`, apps: [], expiresAt: null }))
  const full = await post('exceptions', { ip: '203.0.113.9' })
  t.equal(full.status, 409)
  t.match(await full.json(), { code: 'POLICY_FULL' })
  const deny = await post('denylist', { kind: 'ip', value: '203.0.113.9' })
  t.equal(deny.status, 409)
  t.match(await deny.json(), { code: 'POLICY_FULL' })
  t.equal(await redis.client.hlen('apisess:exceptions'), 10_000, 'nothing added')
  // one removed: room for one
  await redis.client.hdel('apisess:exceptions', 'e0')
  t.equal((await post('exceptions', { ip: '203.0.113.9' })).status, 201)

  // 10,000 expired denials are not in force: they neither fill the denylist nor are listed, and go
  await redis.client.del('apisess:denylist')
  const old = Date.now() - 365 * 86_400_000
  await fill('apisess:denylist', (i) => ({ kind: 'ip', value: `10.${i >> 8}.${i & 255}.1`, apps: [], expiresAt: old, addedAt: old - 3_600_000 }))
  const now = await post('denylist', { kind: 'ip', value: '198.51.100.66', reason: 'an attacker now' })
  t.equal(now.status, 201, 'a new denial with 10,000 expired entries and none in force')
  const added = (await now.json()) as { id: string }
  const listed = (await (await fetch(`${s.consoleUrl}/api/denylist`, { headers: { authorization: `Bearer ${token('ann')}` } })).json()) as { entries: { id: string }[] }
  t.same(listed.entries.map((e) => e.id), [added.id], 'the entries in force only')
  t.same(await redis.client.hkeys('apisess:denylist'), [added.id], 'the expired ones removed')
})

t.test("an attack type's wildcard exceptions hold 4,096 characters of patterns at most: one more is a 409 POLICY_FULL", async (t) => {
  // (an audit's finding) every record of that type tests its endpoint against each wildcard exception: their sum bounds its cost
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'exceptions-test-key-03',
    redis: { url: redis.url },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: TOKENS },
  })
  const post = (body: unknown) =>
    fetch(`${s.consoleUrl}/api/exceptions`, { method: 'POST', headers: { authorization: `Bearer ${token('ann')}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  // 8 patterns of 512 characters: 4,096
  const pattern = (i: number) => `/${String(i).padStart(2, '0')}*${'a?'.repeat(254)}`
  for (let i = 0; i < 8; i++) t.equal((await post({ endpoint: pattern(i), attack: 'scraping', reason: 'long' })).status, 201, `pattern ${i}`)
  const more = await post({ endpoint: '/x/*', attack: 'scraping' })
  t.equal(more.status, 409)
  const answer = (await more.json()) as { code: string; error: string }
  t.equal(answer.code, 'POLICY_FULL')
  t.match(answer.error, /wildcard exceptions of scraping would hold 4100 characters of patterns, 4096 at most/)
  t.equal((await post({ endpoint: '/x/exact', attack: 'scraping' })).status, 201, 'an exact endpoint costs a lookup: still taken')
  t.equal((await post({ endpoint: '/x/*', attack: 'sqli' })).status, 201, 'another attack type has its own budget')
})
