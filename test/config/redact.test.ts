import t from 'tap'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { parseConfig } from '../../src/config/load.ts'
import { redactConfig } from '../../src/config/redact.ts'

t.test('secret keys are hidden wherever they are', async (t) => {
  t.same(
    redactConfig({
      hashKey: 'a-very-secret-hash-key',
      console: { tokens: [{ name: 'ops', token: 'tok-1', role: 'admin' }, { name: 'ro', token: 'tok-2', role: 'viewer' }] },
      db: { password: 'pw', Secret: 's', tokenSecret: 'ts', tokensSecret: 'tss' },
    }),
    {
      hashKey: '[hidden]',
      console: { tokens: [{ name: 'ops', token: '[hidden]', role: 'admin' }, { name: 'ro', token: '[hidden]', role: 'viewer' }] },
      db: { password: '[hidden]', Secret: '[hidden]', tokenSecret: '[hidden]', tokensSecret: '[hidden]' },
    },
  )
  t.same(redactConfig({ hashKeys: 'x', tokens: 'y', passwordFile: '/run/pw', mask: 'hash' }), { hashKeys: 'x', tokens: 'y', passwordFile: '/run/pw', mask: 'hash' }, 'only exact key names')
})

t.test('a key named key is a path or a name, not a secret', async (t) => {
  t.same(redactConfig({ listen: { tls: { cert: '/etc/tls/cert.pem', key: '/etc/tls/key.pem' } } }), { listen: { tls: { cert: '/etc/tls/cert.pem', key: '/etc/tls/key.pem' } } })
  t.same(redactConfig({ traced: [{ name: 'k', from: 'header', key: 'X-API-Key', mask: 'hash' }] }), { traced: [{ name: 'k', from: 'header', key: 'X-API-Key', mask: 'hash' }] })
})

t.test('credentials in URLs are hidden, the rest of the URL kept', async (t) => {
  const url = (u: string) => (redactConfig({ redis: { url: u } }) as { redis: { url: string } }).redis.url
  t.equal(url('redis://user:pass@redis.internal:6379/0'), 'redis://[hidden]@redis.internal:6379/0')
  t.equal(url('rediss://:only-password@r:6380'), 'rediss://[hidden]@r:6380')
  t.equal(url('REDIS://u:p@h'), 'REDIS://[hidden]@h', 'scheme case-insensitive')
  t.equal(url('redis://u:p@ss@host:6379'), 'redis://[hidden]@host:6379', 'an "@" in the password: hidden up to the last one')
  t.equal(url('redis://host:6379?password=s3cret&db=2'), 'redis://host:6379?password=[hidden]&db=2', 'a password query parameter (ioredis reads it)')
  t.equal(url('redis://h?db=1&sentinelPassword=x#f'), 'redis://h?db=1&sentinelPassword=[hidden]#f')
  t.equal(url('redis://127.0.0.1:6379'), 'redis://127.0.0.1:6379', 'no credentials: unchanged')
  t.equal(url('unix:///run/redis.sock'), 'unix:///run/redis.sock')
  t.equal(url('http://host/path@x'), 'http://host/path@x', 'an "@" in the path is not a credential')
  t.equal(url('http://host?q=a@b'), 'http://host?q=a@b', 'nor one in the query')
  t.same(redactConfig({ redis: { cluster: ['redis://a:b@n1:7000', 'redis://n2:7000'] } }), { redis: { cluster: ['redis://[hidden]@n1:7000', 'redis://n2:7000'] } }, 'in lists too')
  t.equal(redactConfig('a user@example.com address'), 'a user@example.com address', 'not a URL')
})

t.test('other values pass unchanged and the input is not modified', async (t) => {
  const input = { n: 5, b: false, z: null, list: [1, 'two', { hashKey: 'h' }] }
  t.same(redactConfig(input), { n: 5, b: false, z: null, list: [1, 'two', { hashKey: '[hidden]' }] })
  t.same(input, { n: 5, b: false, z: null, list: [1, 'two', { hashKey: 'h' }] })
})

t.test('a real effective config keeps everything but its secrets', async (t) => {
  // the loader reads the TLS files it is given
  const dir = t.testdir({})
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' })
  const config = parseConfig(
    `applications: [{ name: shop, hosts: [shop.test], upstream: "http://127.0.0.1:3000" }]
listen: { tls: { cert: c.pem, key: k.pem } }
hashKey: "\${HK}"
redis: { url: "redis://default:\${RP}@redis:6379" }
`,
    'x.yaml',
    { env: { HK: 'hash-key-of-20-chars', RP: 'redis-password' }, baseDir: dir },
  )
  const shown = redactConfig(config) as typeof config
  t.equal(shown.hashKey, '[hidden]')
  t.equal(shown.redis.url, 'redis://[hidden]@redis:6379')
  t.same(shown.listen.tls, { cert: join(dir, 'c.pem'), key: join(dir, 'k.pem') })
  t.same({ ...shown, hashKey: config.hashKey, redis: { ...shown.redis, url: config.redis.url } }, config, 'nothing else differs')
  t.notMatch(JSON.stringify(shown), /hash-key-of-20-chars|redis-password/)
})
