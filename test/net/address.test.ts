import t from 'tap'
import { BlockList } from 'node:net'
import { ipFamily, ipv6Words, normaliseIp, parseCidr, toBlockList } from '../../src/net/address.ts'

t.test('parseCidr: addresses and ranges', async (t) => {
  t.same(parseCidr('10.0.0.0/8'), { address: '10.0.0.0', prefix: 8, family: 'ipv4' })
  t.same(parseCidr('192.168.1.7'), { address: '192.168.1.7', prefix: 32, family: 'ipv4' }, 'a bare IPv4 is a /32')
  t.same(parseCidr('0.0.0.0/0'), { address: '0.0.0.0', prefix: 0, family: 'ipv4' })
  t.same(parseCidr('1.2.3.4/32'), { address: '1.2.3.4', prefix: 32, family: 'ipv4' })
  t.same(parseCidr('10.0.0.0/08'), { address: '10.0.0.0', prefix: 8, family: 'ipv4' }, 'a leading zero in the prefix')
  t.same(parseCidr('::1'), { address: '::1', prefix: 128, family: 'ipv6' }, 'a bare IPv6 is a /128')
  t.same(parseCidr('2001:db8::/32'), { address: '2001:db8::', prefix: 32, family: 'ipv6' })
  t.same(parseCidr('::/0'), { address: '::', prefix: 0, family: 'ipv6' })
  t.same(parseCidr('::ffff:10.0.0.0/104'), { address: '::ffff:10.0.0.0', prefix: 104, family: 'ipv6' })
})

t.test('parseCidr: anything else is undefined', async (t) => {
  for (const bad of ['', 'localhost', '10.0.0', '10.0.0.256', '10.0.0.0/33', '::/129', '10.0.0.0/', '10.0.0.0/-1', '10.0.0.0/+8', '10.0.0.0/1000', '10.0.0.0/8/8', '10.0.0.0/a', ' 10.0.0.1', '10.0.0.1 ', '[::1]', '::1/1 28', '1.2.3.4:80']) {
    t.equal(parseCidr(bad), undefined, JSON.stringify(bad))
  }
})

t.test('toBlockList: every range, both families', async (t) => {
  const list = toBlockList(['10.0.0.0/8', '192.168.1.7', '2001:db8::/32', '::1'])
  t.ok(list instanceof BlockList)
  t.equal(list.check('10.255.0.1', 'ipv4'), true)
  t.equal(list.check('11.0.0.1', 'ipv4'), false)
  t.equal(list.check('192.168.1.7', 'ipv4'), true)
  t.equal(list.check('192.168.1.8', 'ipv4'), false)
  t.equal(list.check('2001:db8:ffff::1', 'ipv6'), true)
  t.equal(list.check('2001:db9::1', 'ipv6'), false)
  t.equal(list.check('::1', 'ipv6'), true)
  t.equal(list.check('::2', 'ipv6'), false)
  t.equal(list.check('::ffff:10.1.2.3', 'ipv6'), true, 'an IPv4-mapped address matches the IPv4 range')
  t.same(list.rules, ['Subnet: IPv6 ::1/128', 'Subnet: IPv6 2001:db8::/32', 'Subnet: IPv4 192.168.1.7/32', 'Subnet: IPv4 10.0.0.0/8'])
  t.same(toBlockList([]).rules, [])
  t.same(toBlockList(['nope', '10.0.0.0/8']).rules, ['Subnet: IPv4 10.0.0.0/8'], 'unreadable entries are skipped (the schema has refused them already)')
})

t.test('normaliseIp: IPv4-mapped IPv6 is the IPv4 address', async (t) => {
  t.equal(normaliseIp('::ffff:1.2.3.4'), '1.2.3.4')
  t.equal(normaliseIp('1.2.3.4'), '1.2.3.4')
  t.equal(normaliseIp('2001:db8::1'), '2001:db8::1')
  t.equal(normaliseIp('::ffff:abcd'), '::ffff:abcd', 'not followed by an IPv4 address: unchanged')
  t.equal(normaliseIp('::ffff:1.2.3'), '::ffff:1.2.3')
  t.equal(normaliseIp('::1'), '::1')
  t.equal(normaliseIp(''), '')
})

t.test('ipFamily', async (t) => {
  t.equal(ipFamily('1.2.3.4'), 'ipv4')
  t.equal(ipFamily('::1'), 'ipv6')
  t.equal(ipFamily('::ffff:1.2.3.4'), 'ipv6')
  t.equal(ipFamily('1.2.3.4:80'), undefined)
  t.equal(ipFamily('[::1]'), undefined)
  t.equal(ipFamily('garbage'), undefined)
  t.equal(ipFamily(''), undefined)
})

t.test('ipv6Words: the eight words of an IPv6 address, a dotted tail read as two', async (t) => {
  t.same(ipv6Words('::127.0.0.1'), [0, 0, 0, 0, 0, 0, 0x7f00, 1])
  t.same(ipv6Words('::7f00:1'), [0, 0, 0, 0, 0, 0, 0x7f00, 1])
  t.same(ipv6Words('2002:c0a8:101::'), [0x2002, 0xc0a8, 0x101, 0, 0, 0, 0, 0])
  t.same(ipv6Words('64:ff9b::10.0.0.1'), [0x64, 0xff9b, 0, 0, 0, 0, 0x0a00, 1])
  t.same(ipv6Words('1:2:3:4:5:6:7:8'), [1, 2, 3, 4, 5, 6, 7, 8])
  t.same(ipv6Words('fe80::1%eth0'), [0xfe80, 0, 0, 0, 0, 0, 0, 1], 'a zone is no part of the address')
  for (const v of ['', '::1::2', '1:2:3:4:5:6:7:8:9', '::256.0.0.1', '12345::', '10.0.0.1', 'x::1', `${'0:'.repeat(40)}1`]) t.equal(ipv6Words(v), undefined, JSON.stringify(v))
})

