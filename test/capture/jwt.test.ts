import t from 'tap'
import { basicUser, bearerToken, decodeJwtPayload } from '../../src/capture/jwt.ts'

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')

t.test('a JWT payload is decoded without verifying; anything malformed yields nothing', async (t) => {
  t.same(decodeJwtPayload(`${b64({ alg: 'none' })}.${b64({ sub: 'ann', n: 1 })}.sig`), { sub: 'ann', n: 1 })
  t.equal(decodeJwtPayload('not-a-jwt'), undefined)
  t.equal(decodeJwtPayload('a.b'), undefined, 'two parts')
  t.equal(decodeJwtPayload('a.b.c.d'), undefined, 'four parts')
  t.equal(decodeJwtPayload(`h.${Buffer.from('not json').toString('base64url')}.s`), undefined)
  t.equal(decodeJwtPayload(`h.${b64([1, 2])}.s`), undefined, 'an array is not a claims object')
  t.equal(decodeJwtPayload(`h.${b64({ a: 'x'.repeat(20_000) })}.s`), undefined, 'over 16 KiB: not decoded')
  t.equal(decodeJwtPayload('h.a*b.s'), undefined, 'not base64url')
})

t.test('a decoded payload is kept read-only, so a second decode of the same token is the same object', async (t) => {
  const token = `h.${b64({ sub: 'bob' })}.s`
  const first = decodeJwtPayload(token)!
  t.ok(Object.isFrozen(first))
  t.equal(decodeJwtPayload(token), first)
})

t.test('bearer and basic credentials', async (t) => {
  t.equal(bearerToken('Bearer abc'), 'abc')
  t.equal(bearerToken('bearer   abc  '), 'abc', 'scheme case-insensitive, value trimmed')
  t.equal(bearerToken('Basic abc'), undefined)
  t.equal(bearerToken('Bearer '), undefined)
  t.equal(bearerToken(undefined), undefined)
  t.equal(basicUser(`Basic ${Buffer.from('ann:secret:with:colons').toString('base64')}`), 'ann', 'the user name, never the password')
  t.equal(basicUser(`Basic ${Buffer.from(':nopass').toString('base64')}`), undefined)
  t.equal(basicUser(`Basic ${Buffer.from('nocolon').toString('base64')}`), undefined)
  t.equal(basicUser('Bearer x'), undefined)
})
