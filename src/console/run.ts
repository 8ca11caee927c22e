/**
 * The console as a part: its own Redis client (reads never share the writer's connection) and its
 * server on `console.listen`. Used by `api-sessions start` (when console.enabled and some token is
 * configured) and alone by `api-sessions console`.
 */
import type http from 'node:http'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import type { Cluster, Redis } from 'ioredis'
import type { Registry } from 'prom-client'
import type { Config } from '../config/schema.ts'
import type { Logger } from '../log.ts'
import { createRedisClient } from '../sink/redis-client.ts'
import { layoutOf } from '../sink/layout.ts'
import { createConsoleServer } from './server.ts'

export interface RunningConsole {
  readonly address: AddressInfo
  close(): Promise<void>
}

export async function startConsole(config: Readonly<Config>, log: Logger, registry: Registry): Promise<RunningConsole> {
  const r = config.redis
  const redis: Redis | Cluster = createRedisClient(r)
  redis.on('error', () => {}) // the console answers 503 while Redis is away; the writer logs the outage
  redis.connect().catch(() => {})
  const server: http.Server = createConsoleServer({
    config,
    redis,
    layout: layoutOf(r),
    log: log.child({ part: 'console' }),
    registry,
  })
  server.listen(config.console.listen.port, config.console.listen.host)
  await once(server, 'listening')
  const address = server.address() as AddressInfo
  log.info({ console: `${address.address}:${address.port}` }, 'console listening')
  return {
    address,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      redis.disconnect()
    },
  }
}
