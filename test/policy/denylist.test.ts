import t from 'tap'
import { DenylistStore, sameEntry, type DenyEntry } from '../../src/policy/denylist.ts'
import { startRedis } from '../helpers/redis.ts'

const entry = (id: string, kind: DenyEntry['kind'], value: string, apps: string[] = [], expiresAt: number | null = null): DenyEntry => ({ id, kind, value, apps, expiresAt, addedBy: 'ann', addedAt: 1, reason: '' })

t.test('the entry in force for the same IP, range or session and applications', async (t) => {
  const now = 1_000_000
  const list = [entry('a', 'ip', '203.0.113.7'), entry('b', 'ip', '2001:db8::/32', ['shop']), entry('c', 'ip', '198.51.100.1', [], now - 1), entry('d', 'session', 'abcdefghijkl-x1')]
  t.equal(sameEntry(list, { kind: 'ip', value: '203.0.113.7', apps: [] }, now)?.id, 'a')
  t.equal(sameEntry(list, { kind: 'ip', value: '203.0.113.7/32', apps: [] }, now)?.id, 'a', 'a /32 is the address')
  t.equal(sameEntry(list, { kind: 'ip', value: '::FFFF:203.0.113.7', apps: [] }, now)?.id, 'a', 'an IPv4-mapped address is the IPv4 one')
  t.equal(sameEntry(list, { kind: 'ip', value: '203.0.113.7', apps: ['shop'] }, now), undefined, 'other applications: another entry')
  t.equal(sameEntry(list, { kind: 'ip', value: '2001:DB8::/32', apps: ['shop', 'shop'] }, now)?.id, 'b')
  t.equal(sameEntry(list, { kind: 'ip', value: '2001:db8::/48', apps: ['shop'] }, now), undefined, 'another range')
  t.equal(sameEntry(list, { kind: 'ip', value: '198.51.100.1', apps: [] }, now), undefined, 'an expired entry is not in force')
  t.equal(sameEntry(list, { kind: 'session', value: 'abcdefghijkl-x1', apps: [] }, now)?.id, 'd')
})

t.test('the store lists the entries in force and removes expired ones from the hash, keeping their history', async (t) => {
  const redis = await startRedis(t)
  const store = new DenylistStore(redis.client, 'apisess:')
  const live = await store.add({ kind: 'ip', value: '203.0.113.7', apps: [], expiresAt: null, addedBy: 'ann', reason: 'for good' })
  const later = await store.add({ kind: 'ip', value: '203.0.113.8', apps: [], expiresAt: Date.now() + 3_600_000, addedBy: 'ann', reason: 'an hour' })
  const gone = await store.add({ kind: 'ip', value: '203.0.113.9', apps: [], expiresAt: Date.now() - 1, addedBy: 'ann', reason: 'expired' })
  // 12,000 that expired a year ago, as a long-running console would have left them
  const old = Date.now() - 365 * 86_400_000
  const p = redis.client.pipeline()
  for (let i = 0; i < 12_000; i++) p.hset('apisess:denylist', `old${i}`, JSON.stringify({ id: `old${i}`, kind: 'ip', value: `10.${i >> 8}.${i & 255}.1`, apps: [], expiresAt: old, addedBy: 'ann', addedAt: old - 3_600_000, reason: '' }))
  await p.exec()
  const listed = await store.list()
  t.same(listed.map((e) => e.id).sort(), [live.id, later.id].sort(), 'only the entries in force')
  t.equal(await redis.client.hlen('apisess:denylist'), 2_003, 'up to 10,000 expired ones removed a listing')
  t.same((await store.list()).map((e) => e.id).sort(), [live.id, later.id].sort())
  t.same((await redis.client.hkeys('apisess:denylist')).sort(), [live.id, later.id].sort(), 'the next listing removes the rest')
  t.ok((await store.history()).some((h) => h.action === 'added' && h.entry.id === gone.id), 'the expired entry\'s addition stays in the history')
  // one that expires later is listed until then, and removed after
  t.same((await store.list(later.expiresAt! + 1)).map((e) => e.id), [live.id])
  t.same(await redis.client.hkeys('apisess:denylist'), [live.id])
})
