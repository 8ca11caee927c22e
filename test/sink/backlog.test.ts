import t from 'tap'
import { once } from 'node:events'
import { startRedis } from '../helpers/redis.ts'
import { startWriter } from '../helpers/writer.ts'
import { newRecord } from '../../src/capture/record.ts'

/** Script calls (EVAL and EVALSHA) Redis has run since its statistics were reset. */
async function scriptCalls(client: { info(section: string): Promise<string> }): Promise<number> {
  const stats = await client.info('commandstats')
  let n = 0
  for (const m of stats.matchAll(/^cmdstat_(?:eval|evalsha):calls=(\d+)/gm)) n += Number(m[1])
  return n
}

function push(sink: ReturnType<typeof startWriter>, count: number): void {
  for (let i = 0; i < count; i++) {
    const r = newRecord(`b${i}`, Date.now(), 'shop', 'GET', `/item/${i}`, { host: 'shop.test', 'user-agent': 'ua' }, '192.0.2.7')
    r.sid = 'backlog-session'
    r.windowKey = r.sid
    r.status = 200
    sink.push(r)
  }
}

t.test('a full batch goes at once; a backlog of more than five batches goes five a call', async (t) => {
  const redis = await startRedis(t)
  const sink = startWriter(redis.url, { buffer: { batch: 10, flushEvery: '1h' } })
  t.teardown(() => sink.close())
  // a flush before the connection is up fails and backs off for the interval: nothing waits offline
  if (sink.client.status !== 'ready') await once(sink.client, 'ready')
  // the first call loads the scripts: written apart, before the count starts
  push(sink, 10)
  await sink.waitWritten(10)
  await redis.client.config('RESETSTAT')
  // 60 records at once: 50 in one call (five batches), then the last 10 — each call a window step and a write step
  push(sink, 60)
  await sink.waitWritten(70)
  t.equal(await redis.client.xlen('apisess:requests'), 70, 'every record written')
  t.equal(await scriptCalls(redis.client), 4, 'two calls of each step, not twelve')
  // a batch and no more queued: one call of each step
  await redis.client.config('RESETSTAT')
  push(sink, 10)
  await sink.waitWritten(80)
  t.equal(await scriptCalls(redis.client), 2, 'a full batch is written at once, without waiting for the timer')
})
