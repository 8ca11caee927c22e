import t from 'tap'
import { parseCookieHeader, parseSetCookies } from '../../src/capture/cookies.ts'

t.test('a Cookie header: first of a name wins, quotes removed, junk skipped', async (t) => {
  const c = parseCookieHeader('sid=abc; theme="dark"; sid=second; =nameless; novalue; spaced = v ')
  t.same([...c], [['sid', 'abc'], ['theme', 'dark'], ['spaced', 'v']])
  t.equal(parseCookieHeader(undefined).size, 0)
  t.equal(parseCookieHeader('').size, 0)
})

t.test('Set-Cookie lines: attributes ignored, the last of a name wins', async (t) => {
  const c = parseSetCookies(['sid=1; Path=/; HttpOnly', 'other="q"; Secure', 'sid=2'])
  t.same([...c], [['sid', '2'], ['other', 'q']])
  t.same([...parseSetCookies('one=1; Max-Age=0')], [['one', '1']])
  t.equal(parseSetCookies(undefined).size, 0)
  t.equal(parseSetCookies(['=x', 'noequals']).size, 0)
})
