/** The real Redis writer alone (no proxy): records pushed by hand go through the batch script. */
import { Redis } from 'ioredis'
import { testConfig } from './sensor.ts'
import { createLogger } from '../../src/log.ts'
import { createMetrics } from '../../src/metrics.ts'
import { RedisSink } from '../../src/sink/redis-sink.ts'
import { createLayout } from '../../src/redis/layout.ts'
import type { ConfigInput } from '../../src/config/schema.ts'
import { TimedIdsRedis } from './timed-ids.ts'

/**
 * Started; the caller closes it (`sink.close()`). One application "shop", prefix "apisess:", one shard
 * unless told (then tagged keys). `timedIds`: stream ids of the records' times, as if written live.
 */
export function startWriter(url: string, extra: Partial<ConfigInput> = {}, shards = 1, timedIds = false): RedisSink {
  const config = testConfig({ applications: [{ name: 'shop', hosts: ['shop.test'], upstream: 'http://127.0.0.1:9' }], redis: { url, shards }, ...extra })
  const client = timedIds ? new TimedIdsRedis(url, { lazyConnect: true, enableOfflineQueue: false }) : new Redis(url, { lazyConnect: true, enableOfflineQueue: false })
  const sink = new RedisSink(client, config, createLayout('apisess:', shards, shards > 1), createLogger('silent'), createMetrics(false).sink)
  sink.start()
  return sink
}
