/**
 * The ioredis client as the writer needs it: no offline queue (our bounded ring is the only place
 * records wait), no per-command retries (a failed batch is retried whole, by the writer), a command
 * timeout, and reconnection with a capped backoff forever.
 */
import { randomBytes } from 'node:crypto'
import type { ConnectionOptions } from 'node:tls'
import { Cluster, Redis, type RedisOptions } from 'ioredis'
import type { Config } from '../config/schema.ts'
import { SensorError } from '../errors.ts'
import { MAX_PEM_BYTES, readBoundedFile } from '../config/files.ts'

/** The TLS options of redis.tls (files read now, each at most MAX_PEM_BYTES, as the loader read them), or undefined for none. */
function tlsOptions(config: Readonly<Config>['redis']): ConnectionOptions | undefined {
  if (config.tls === undefined) return undefined
  const read = (path: string) => {
    try {
      return readBoundedFile(path, MAX_PEM_BYTES)
    } catch (err) {
      throw new SensorError('CONFIG_READ', `redis.tls: ${(err as Error).message}`, { cause: err })
    }
  }
  const { ca, cert, key } = config.tls
  return { ...(ca ? { ca: read(ca) } : {}), ...(cert ? { cert: read(cert) } : {}), ...(key ? { key: read(key) } : {}) }
}

export function createRedisClient(config: Readonly<Config>['redis']): Redis | Cluster {
  const tls = tlsOptions(config)
  const common: RedisOptions = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: config.connectTimeout,
    // 0 means none (ioredis would time every command out at once)
    ...(config.commandTimeout > 0 ? { commandTimeout: config.commandTimeout } : {}),
    lazyConnect: true,
    enableReadyCheck: true,
  }
  const retryStrategy = (times: number) => Math.min(50 * 2 ** Math.min(times, 6), 2_000)
  if (config.cluster !== undefined) {
    const nodes = config.cluster.map((url) => {
      const u = new URL(url)
      return { host: u.hostname, port: Number(u.port || 6379) }
    })
    const first = new URL(config.cluster[0]!)
    return new Cluster(nodes, {
      enableOfflineQueue: false,
      lazyConnect: true,
      clusterRetryStrategy: retryStrategy,
      redisOptions: {
        ...common,
        ...(first.password ? { password: decodeURIComponent(first.password) } : {}),
        ...(first.username ? { username: decodeURIComponent(first.username) } : {}),
        ...(first.protocol === 'rediss:' || tls ? { tls: tls ?? {} } : {}),
      },
    })
  }
  if (config.url.startsWith('unix://')) return new Redis({ ...common, path: config.url.slice('unix://'.length), retryStrategy })
  return new Redis(config.url, { ...common, retryStrategy, ...(tls ? { tls } : {}) })
}

/**
 * The hashKey shared by every sensor on this Redis when the config has none: made once (SET NX) by
 * whichever sensor comes first. Undefined when Redis cannot be reached in time.
 */
export async function sharedHashKey(client: Redis | Cluster, key: string): Promise<string | undefined> {
  try {
    await client.set(key, randomBytes(32).toString('base64url'), 'NX')
    return (await client.get(key)) ?? undefined
  } catch {
    return undefined
  }
}

/** A connected client for a command-line tool (no command timeout); REDIS_UNAVAILABLE when it cannot connect. */
export async function connectedRedis(config: Readonly<Config>['redis']): Promise<Redis | Cluster> {
  const client = createRedisClient({ ...config, commandTimeout: 0 })
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (err) {
    client.disconnect()
    throw new SensorError('REDIS_UNAVAILABLE', `${config.cluster?.join(',') ?? config.url}: ${(err as Error).message}`, { cause: err })
  }
  return client
}
