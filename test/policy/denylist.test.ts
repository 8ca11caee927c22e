import t from 'tap'
import { sameEntry, type DenyEntry } from '../../src/policy/denylist.ts'

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
