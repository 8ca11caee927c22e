/**
 * A session's summary counts every application, host, user and role it had (a credential-stuffing
 * session tries many users; a client may call two applications), and the filters match any of them.
 */
import t from 'tap'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedisSensor } from '../helpers/sensor.ts'

const TOKEN = 'summary-token-000001'

t.test('every user, role, app and host of a session, and a filter on any of them finds it', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startRedisSensor(t, {
    applications: [
      { name: 'shop', hosts: ['shop.test'], upstream: up.url },
      { name: 'blog', hosts: ['blog.test'], upstream: up.url },
    ],
    hashKey: 'summary-test-key-000001',
    redis: { url: redis.url },
    traced: [
      { name: 'login', from: 'header', key: 'x-login' },
      { name: 'sess', from: 'header', key: 'x-sess' },
      { name: 'role', from: 'header', key: 'x-role' },
    ],
    rules: [{ params: ['sess'] }],
    users: { user: 'login', role: 'role' },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: [{ name: 'a', token: TOKEN, role: 'analyst' }] },
  })
  const proxy = httpClient(t, s.url)
  for (const [host, login, role] of [['shop.test', 'user1', 'customer'], ['shop.test', 'user2', 'customer'], ['blog.test', 'user3', 'editor']] as const) {
    await (await proxy.request({ path: '/login', method: 'POST', headers: { host, 'x-sess': 'one', 'x-login': login, 'x-role': role } })).body.text()
  }
  await s.sink.waitWritten(3)
  const get = async (q: string) => ((await (await fetch(`${s.consoleUrl}/api/sessions?${q}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { sessions: Record<string, unknown>[] }).sessions
  const [one] = await get('')
  t.match(one, { users: ['user1', 'user2', 'user3'], roles: ['customer', 'editor'], apps: ['shop', 'blog'], hosts: ['shop.test', 'blog.test'] })
  for (const q of ['user=user1', 'user=user3', 'role=editor', 'app=blog', 'host=blog.test', 'app=shop']) t.equal((await get(q)).length, 1, q)
  t.equal((await get('user=nobody')).length, 0)
})
