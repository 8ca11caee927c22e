/**
 * Issue 18: people behind one IP and one browser build (an office behind NAT) are not merged. Three
 * clients browse anonymously, each logs in and gets a `connect.sid` cookie of its own, and goes on
 * with it: three authenticated sessions, none merged, through one sensor and through two sensor
 * instances sharing a Redis (the requests alternating between them).
 */
import t from 'tap'
import { randomBytes } from 'node:crypto'
import type { Dispatcher } from 'undici'
import { startRedisSensor, type Tap } from '../helpers/sensor.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedis } from '../helpers/redis.ts'

/** An app that hands a fresh session cookie to whoever logs in. */
async function app(t: Tap) {
  return startUpstream(t, (req, res) => {
    req.resume()
    req.on('end', () => {
      if (req.url?.startsWith('/login')) res.setHeader('set-cookie', `connect.sid=${randomBytes(12).toString('hex')}; Path=/; HttpOnly`)
      res.end('{}')
    })
  })
}

const UA = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36'
const PEOPLE = ['alice', 'bob', 'carol'] as const

/**
 * The three interleaved: everyone's anonymous visit, then everyone's login, then two requests each
 * with their own cookie. `through(i)` picks the sensor of the i-th request.
 */
async function browse(through: (i: number) => Dispatcher): Promise<Map<string, string>> {
  const cookies = new Map<string, string>()
  let i = 0
  const go = async (who: string, path: string, method: 'GET' | 'POST' = 'GET') => {
    const cookie = cookies.get(who)
    const res = await through(i++).request({ path, method, headers: { host: 'shop.test', 'user-agent': UA, 'x-who': who, ...(cookie ? { cookie } : {}) } })
    const set = res.headers['set-cookie']
    if (typeof set === 'string') cookies.set(who, set.split(';')[0]!)
    await res.body.dump()
  }
  for (const who of PEOPLE) await go(who, '/')
  for (const who of PEOPLE) await go(who, `/login?user=${who}`, 'POST')
  for (let k = 0; k < 2; k++) for (const who of PEOPLE) await go(who, `/orders/${k}`)
  return cookies
}

const config = (upstream: string, redis: string) => ({
  applications: [{ name: 'shop', hosts: ['shop.test'], upstream }],
  defaultApplication: 'shop',
  hashKey: 'shared-ip-test-key-00000001',
  redis: { url: redis },
  traced: [{ name: 'who', from: 'header' as const, key: 'x-who' }],
})

/** Per person: the sessions of their requests made with their cookie, and of all their requests. */
async function sessions(redis: { xrange(key: string, start: string, end: string): Promise<[string, string[]][]> }) {
  const entries = await redis.xrange('apisess:requests', '-', '+')
  const recs = entries.map(([, f]) => JSON.parse(f[f.indexOf('rec') + 1]!) as { sid: string; path: string; params: Record<string, string> })
  const out: Record<string, { authenticated: string[] }> = {}
  for (const r of recs) {
    const v = (out[r.params.who ?? ''] ??= { authenticated: [] })
    if (r.path.startsWith('/orders') && !v.authenticated.includes(r.sid)) v.authenticated.push(r.sid)
  }
  return out
}

t.test('three people behind one IP and browser, each with a cookie of their own: three sessions, through one sensor and through two', async (t) => {
  const up = await app(t)
  const check = (s: Record<string, { authenticated: string[] }>, how: string) => {
    for (const who of PEOPLE) t.equal(s[who]!.authenticated.length, 1, `${how}: ${who}'s requests with their cookie are one session`)
    t.equal(new Set(PEOPLE.map((who) => s[who]!.authenticated[0])).size, 3, `${how}: three people, three sessions, none merged`)
  }

  const one = await startRedis(t)
  const s = await startRedisSensor(t, config(up.url, one.url))
  const client = httpClient(t, s.url)
  const cookies = await browse(() => client)
  t.equal(new Set(cookies.values()).size, 3, 'the app handed out three cookies')
  await s.sink.waitWritten(12)
  check(await sessions(one.client), 'one sensor')

  const two = await startRedis(t)
  const a = await startRedisSensor(t, config(up.url, two.url))
  const b = await startRedisSensor(t, config(up.url, two.url))
  const clients = [httpClient(t, a.url), httpClient(t, b.url)]
  await browse((i) => clients[i % 2]!)
  await Promise.all([a.sink.waitWritten(6), b.sink.waitWritten(6)])
  check(await sessions(two.client), 'two sensors')
})
