/**
 * The ceiling of a record's cost in Redis (docs/sizing.md): a client that sends every field at its
 * longest, one session per request (every key is new) or one session for all (its records stored
 * twice), with values JSON escapes, costs at most CEILING bytes of Redis memory per record; and the
 * key names its values make are short.
 */
import t from 'tap'
import { startRedis } from '../helpers/redis.ts'
import { startRedisSensor } from '../helpers/sensor.ts'
import { httpClient, rawRequest } from '../helpers/client.ts'
import { startRawUpstream, startUpstream } from '../helpers/upstream.ts'
import { CEILINGS } from '../../src/capture/bounds.ts'
import { createLayout, keyPart, KEY_PART_BYTES } from '../../src/redis/layout.ts'

/** documented in docs/sizing.md: the most one record can cost, with the default capture.maxValueBytes */
const CEILING = 48 * 1024

const used = async (r: { info(s: string): Promise<string> }) => Number(/^used_memory:(\d+)/m.exec(await r.info('memory'))![1])

t.test('every field at its longest, one session each: the cost per record stays under the ceiling', async (t) => {
  const redis = await startRedis(t)
  // a raw upstream: node's own server would refuse heads over 16 KiB
  const up = await startRawUpstream(t, (socket) => {
    let buf = ''
    socket.on('data', (d) => {
      buf += d.toString('latin1')
      while (buf.includes('\r\n\r\n')) {
        buf = buf.slice(buf.indexOf('\r\n\r\n') + 4)
        socket.write('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok')
      }
    })
  })
  const traced = Array.from({ length: 10 }, (_, i) => ({ name: `p${i}`, from: 'header' as const, key: `x-p${i}` }))
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'ceiling-test-key-000001',
    redis: { url: redis.url },
    traced,
    users: { user: 'p0', role: 'p1' },
    limits: { maxHeaderBytes: '64KiB' },
  })
  const N = 20
  const long = (c: string, n: number, i: number) => `${i}-${c.repeat(n)}`
  // warm up the key namespace so that the measured records pay only their own cost
  const client = httpClient(t, s.url)
  await (await client.request({ path: '/warm', method: 'GET', headers: { host: 'warm.test' } })).body.text()
  await s.sink.waitWritten(1)
  const before = await used(redis.client)
  for (let i = 0; i < N; i++) {
    const headers: Record<string, string> = {
      host: long('h', 2_000, i),
      'user-agent': long('u', 4_000, i),
    }
    for (let p = 0; p < 10; p++) headers[`x-p${p}`] = long(String(p), 2_000, i)
    const path = `/${long('a', 3_000, i)}/${'b'.repeat(100)}?${'q'.repeat(4_000)}`
    const res = await client.request({ path, method: 'GET', headers })
    const body = await res.body.text()
    if (res.statusCode !== 200) t.fail(`${res.statusCode} ${body}`)
  }
  await s.sink.waitWritten(N + 1)
  const perRecord = ((await used(redis.client)) - before) / N
  t.ok(perRecord < CEILING, `${Math.round(perRecord)} B per record, under the ${CEILING} B ceiling`)

  const [, fields] = (await redis.client.xrevrange('apisess:requests', '+', '-', 'COUNT', 1))[0]!
  const rec = JSON.parse(fields[5]!) as Record<string, string>
  t.ok(rec.host!.length <= CEILINGS.host && rec.host!.endsWith(']'), 'the host is cut, with a marker')
  t.match(rec.host, /…\[\+\d+\]$/)
  t.ok(rec.ua!.length <= CEILINGS.ua)
  t.ok(rec.path!.length <= CEILINGS.path)
  t.ok(rec.query!.length <= CEILINGS.query)
  t.ok(rec.user!.length <= CEILINGS.user)
  const keys = await redis.client.keys('*')
  const longest = Math.max(...keys.map((k) => Buffer.byteLength(k)))
  t.ok(longest < 200, `the longest key name is ${longest} bytes`)
  const metrics = await s.sensor.metrics.registry.getSingleMetricAsString('apisess_bounded_total')
  t.match(metrics, /what="host"\} [1-9]/)
})

t.test('values that JSON escapes (control characters), one session for all and one each: under the ceiling', async (t) => {
  // (an audit's finding) values cut by characters were stored escaped: 1,024 × U+0001 is 6 KiB in the record's JSON,
  // 72 KB a record with new sessions and 132 KB in one session, whose records are stored twice (the feed, its stream)
  const redis = await startRedis(t)
  const up = await startUpstream(t, (req, res) => {
    req.resume()
    req.on('end', () => res.end('ok'))
  })
  const traced = Array.from({ length: 10 }, (_, i) => ({ name: `p${i}`, from: 'body' as const, key: `/p${i}` }))
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'ceiling-test-key-000003',
    redis: { url: redis.url },
    traced,
    users: { user: 'p0', role: 'p1' },
  })
  const client = httpClient(t, s.url)
  await (await client.request({ path: '/warm', method: 'GET' })).body.text()
  await s.sink.waitWritten(1)
  const N = 20
  const body = (i: number) => JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, p) => [`p${p}`, `${i}${'\u0001'.repeat(1_000)}`])))
  let written = 1
  for (const [what, ua] of [['one session', () => 'same-agent'], ['a session each', (i: number) => `agent-${i}`]] as const) {
    const before = await used(redis.client)
    for (let i = 0; i < N; i++) {
      const res = await client.request({ path: '/orders', method: 'POST', body: body(i), headers: { 'content-type': 'application/json', 'user-agent': ua(i) } })
      await res.body.text()
    }
    await s.sink.waitWritten((written += N))
    const perRecord = ((await used(redis.client)) - before) / N
    t.ok(perRecord < CEILING, `${what}: ${Math.round(perRecord)} B per record, under the ${CEILING} B ceiling`)
  }
  const [, fields] = (await redis.client.xrevrange('apisess:requests', '+', '-', 'COUNT', 1))[0]!
  const rec = JSON.parse(fields[5]!) as { params: Record<string, string>; user: string }
  for (const [name, value] of Object.entries(rec.params)) t.ok(Buffer.byteLength(JSON.stringify(value)) - 2 <= 1024, `${name}: at most 1 KiB stored`)
  t.ok(Buffer.byteLength(JSON.stringify(rec.user)) - 2 <= CEILINGS.user, 'the user at most its ceiling, stored')
})

t.test("keyPart in JS and the batch script's kp make the same key names (contract)", async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'ceiling-test-key-000002',
    redis: { url: redis.url },
  })
  // a host of multi-byte characters, cut inside one of them at the head's length
  const hosts = [`${'é'.repeat(40)}.test`, `${'x'.repeat(63)}${'€'.repeat(30)}.test`, 'short.test']
  // sent as UTF-8 bytes; node reads header bytes as latin1, so the stored host is that string
  for (const host of hosts) await rawRequest(s.port, Buffer.from(`GET /k HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, 'utf8'))
  await s.sink.waitWritten(hosts.length)
  const layout = createLayout('apisess:', 1, false)
  for (const host of hosts) {
    const key = layout.index(0, 'host', Buffer.from(host, 'utf8').toString('latin1'))
    t.equal(await redis.client.exists(key), 1, `${key.slice(0, 40)}… exists`)
  }
  t.equal(keyPart('a'.repeat(KEY_PART_BYTES)), 'a'.repeat(KEY_PART_BYTES), 'up to the limit: as it is')
  t.match(keyPart('a'.repeat(KEY_PART_BYTES + 1)), /^a{64}#[0-9a-f]{40}$/)
})
