/**
 * The Redis schema's contract: the keys and summary fields the batch script writes are exactly the
 * ones src/redis/layout.ts names (the module the console, the policy watchers and downstream readers
 * go by). Fails when the script and the schema module drift apart.
 */
import t from 'tap'
import { once } from 'node:events'
import { startRedis } from '../helpers/redis.ts'
import { startWriter } from '../helpers/writer.ts'
import { newRecord } from '../../src/capture/record.ts'
import { createLayout, INDEX_FIELDS, keyHashOfSession, policyKeys, shardOfSession, startOfSession, SUMMARY_CAPPED, SUMMARY_COUNTERS, SUMMARY_FIELDS } from '../../src/redis/layout.ts'
import { CLOSE_SCRIPT, WINDOW_SCRIPT, WRITE_SCRIPT } from '../../src/sink/script.ts'

t.test('every key and summary field the batch script writes is one the schema module names', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url)
  t.teardown(() => sink.close())
  if (sink.client.status !== 'ready') await once(sink.client, 'ready')
  const ts = Date.now() - 60_000
  const rec = newRecord('r1', ts, 'shop', 'POST', '/login', { host: 'shop.test', 'user-agent': 'ua' }, '192.0.2.1')
  Object.assign(rec, { sid: 'KH1', windowKey: 'KH1', status: 401, endpoint: '/login', user: 'ann', role: 'admin', attacks: ['sqli'], flows: ['auth'], durationMs: 3, resBytes: 10 })
  sink.push(rec)
  // a second request to the same session: its stream and paging sets exist from then on
  const second = newRecord('r2', ts + 1, 'shop', 'POST', '/login', { host: 'shop.test', 'user-agent': 'ua' }, '192.0.2.1')
  Object.assign(second, { sid: 'KH1', windowKey: 'KH1', status: 401, endpoint: '/login', user: 'ann', role: 'admin', attacks: ['sqli'], flows: ['auth'], durationMs: 4, resBytes: 11 })
  sink.push(second)
  await sink.waitWritten(2)

  const layout = createLayout('apisess:', 1, false)
  const sid = (await redis.client.hget('apisess:key:KH1', 'sid'))!
  t.equal(keyHashOfSession(sid), 'KH1', 'a session id is the key hash, a dash, and its start')
  t.equal(startOfSession(sid), Number(await redis.client.zscore('apisess:starts', sid)), 'the start it carries is the start index\'s')
  t.equal(startOfSession('no-start-here-'), undefined)
  t.equal(startOfSession('KH1-ZZ_'), undefined)
  t.equal(shardOfSession(layout, sid), 0)
  const expected = new Set([
    layout.feed(0), layout.session(0, sid), layout.meta(0, sid), layout.byDuration(0, sid), layout.bySize(0, sid),
    layout.sessions(0), layout.starts(0), layout.endpoint(0, '/login'), layout.endpoints(0), layout.endpointsFirst(0),
    ...INDEX_FIELDS.map((f) => layout.index(0, f, { app: 'shop', host: 'shop.test', ip: '192.0.2.1', status: '401', method: 'POST', user: 'ann', role: 'admin', attack: 'sqli', flow: 'auth' }[f])),
    layout.window(0, 'KH1'), layout.live(0),
    // no session here is over an hour long: the long-sessions index holds none, its start is set
    layout.longSince(0),
  ])
  const keys = (await redis.client.keys('apisess:*')).filter((k) => !k.startsWith('apisess:batch:'))
  t.same(keys.sort(), [...expected].sort(), 'the keys written are the keys named')

  const meta = await redis.client.hgetall(layout.meta(0, sid))
  for (const field of Object.keys(meta)) {
    const colon = field.indexOf(':')
    const [kind, rest] = [field.slice(0, colon), field.slice(colon + 1)]
    // n:<counter> and other:<counter>: the ceiling of the counters a client chooses the values of
    const ceiling = (kind === 'n' || kind === 'other') && (SUMMARY_CAPPED as readonly string[]).includes(rest)
    const known = colon === -1 ? (SUMMARY_FIELDS as readonly string[]).includes(field) : ceiling || (SUMMARY_COUNTERS as readonly string[]).includes(kind)
    t.ok(known, `summary field ${field} is in the schema`)
  }
  for (const c of SUMMARY_COUNTERS) t.ok(Object.keys(meta).some((f) => f.startsWith(`${c}:`)), `the counter ${c}: is written`)
  for (const f of SUMMARY_FIELDS) t.ok(f in meta, `the field ${f} is written`)
})

t.test("the policy keys are the prefix's, without a shard tag", async (t) => {
  const k = policyKeys('apisess:')
  t.same(k, {
    denylist: { hash: 'apisess:denylist', log: 'apisess:denylist:log', channel: 'apisess:denylist:changed' },
    exceptions: { hash: 'apisess:exceptions', log: 'apisess:exceptions:log', channel: 'apisess:exceptions:changed' },
    hashKey: 'apisess:hashkey',
  })
  for (const script of [WINDOW_SCRIPT, WRITE_SCRIPT, CLOSE_SCRIPT]) t.notMatch(script, /denylist|exceptions|hashkey/, 'the batch scripts never write them')
})
