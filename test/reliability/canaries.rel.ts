/**
 * Issue 7 §5: secrets are never stored in clear. Canary secrets go through the real sensor (an
 * Authorization bearer and Basic credentials, a session cookie, `?token=`, a URL with `user:pass@`,
 * a JSON password, a card number and its CVV, the console's own token), then every byte the sensor
 * wrote is searched: every Redis key and value, every log line (at debug level), every console
 * answer (JSON and CSV).
 */
import t from 'tap'
import { startRedis } from '../helpers/redis.ts'
import { startRedisSensor } from '../helpers/sensor.ts'
import { startUpstream } from '../helpers/upstream.ts'
import type { Redis } from 'ioredis'

const C = {
  bearer: 'CANARYbearerTokenAbc123xyz',
  basic: 'CANARYbasicPw77',
  cookie: 'CANARYsessionCookie998877',
  query: 'CANARYqueryToken55',
  userinfo: 'CANARYurlPass31',
  password: 'CANARYjsonPassword42',
  card: '4111111111111111',
  cvv: 'cvv=7391',
  console: 'CANARYconsoleToken-000001',
  apiKey: 'CANARYapiKey8080',
}

/** Every key name and value in the database, as text. */
async function dumpRedis(redis: Redis): Promise<string> {
  const out: string[] = []
  for (const key of await redis.keys('*')) {
    out.push(key)
    const type = await redis.type(key)
    if (type === 'string') out.push((await redis.get(key)) ?? '')
    else if (type === 'hash') out.push(JSON.stringify(await redis.hgetall(key)))
    else if (type === 'zset') out.push(JSON.stringify(await redis.zrange(key, '0', '-1', 'WITHSCORES')))
    else if (type === 'set') out.push(JSON.stringify(await redis.smembers(key)))
    else if (type === 'list') out.push(JSON.stringify(await redis.lrange(key, 0, -1)))
    else if (type === 'stream') out.push(JSON.stringify(await redis.xrange(key, '-', '+')))
  }
  return out.join('\n')
}

t.test('canary secrets appear nowhere the sensor writes: Redis, logs, console answers', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (req, res) => {
    req.resume()
    res.setHeader('set-cookie', `PHPSESSID=${C.cookie}; HttpOnly`)
    res.end(JSON.stringify({ ok: true }))
  })
  const s = await startRedisSensor(
    t,
    {
      applications: [{ name: 'shop', hosts: ['*.test', '127.0.0.1'], upstream: up.url }],
      defaultApplication: 'shop',
      hashKey: 'canary-test-key-00000001',
      redis: { url: redis.url },
      traced: [
        { name: 'password', from: 'body', key: '/password', mask: 'hash' },
        { name: 'card', from: 'body', key: '/card' },
        { name: 'login', from: 'body', key: '/login' },
        { name: 'apikey', from: 'header', key: 'x-api-key', mask: 'redact' },
      ],
      users: { user: 'login' },
      console: { listen: { host: '127.0.0.1', port: 0 }, tokens: [{ name: 'soc', token: C.console, role: 'analyst' }] },
    },
    'debug',
  )
  const send = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
    fetch(s.url + path, { ...init, headers: { host: 'shop.test', ...init.headers } }).then((r) => r.text())

  await send(`/orders?token=${C.query}&${C.cvv}&next=${encodeURIComponent(`https://alice:${C.userinfo}@example.com/cb`)}&pan=${C.card}`, {
    headers: { authorization: `Bearer ${C.bearer}`, cookie: `PHPSESSID=${C.cookie}` },
  })
  await send('/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`alice:${C.basic}`).toString('base64')}`, 'x-api-key': C.apiKey },
    body: JSON.stringify({ login: 'alice', password: C.password, card: C.card, cvv: '7391' }),
  })
  await send(`/pay/${C.card}`, { headers: { cookie: `PHPSESSID=${C.cookie}` } })
  await s.sink.waitWritten(3)

  // the console's answers, as an analyst reads them
  const api = (path: string) => fetch(s.consoleUrl + path, { headers: { authorization: `Bearer ${C.console}` } }).then((r) => r.text())
  const list = await api('/api/sessions')
  const sids = (JSON.parse(list) as { sessions: { sid: string }[] }).sessions.map((x) => x.sid)
  t.ok(sids.length >= 1, 'sessions were recorded')
  const answers = [list]
  for (const sid of sids) answers.push(await api(`/api/sessions/${sid}`), await api(`/api/sessions/${sid}/requests`), await api(`/api/sessions/${sid}/requests.csv`))

  const stored = await dumpRedis(redis.client)
  const logs = s.logs.lines.map((l) => JSON.stringify(l)).join('\n')
  const console = answers.join('\n')
  t.ok(stored.includes('411111******1111'), 'the card number was recorded, truncated')
  t.ok(stored.includes('/orders'), 'the records are there to search')
  for (const [name, canary] of Object.entries(C)) {
    t.notOk(stored.includes(canary), `Redis holds no ${name} canary`)
    t.notOk(logs.includes(canary), `the logs hold no ${name} canary`)
    t.notOk(console.includes(canary), `the console shows no ${name} canary`)
  }
  t.comment(`searched ${stored.length} bytes of Redis, ${logs.length} of logs (${s.logs.lines.length} lines), ${console.length} of console answers`)
})
