/**
 * The console as a part: its own Redis client (reads never share the writer's connection) and its
 * server on `console.listen`. Run in-process by `api-sessions console`, and inside the console
 * worker (`worker.ts`) that `api-sessions start` supervises.
 */
import type http from 'node:http'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import type { Cluster, Redis } from 'ioredis'
import type { Config } from '../config/schema.ts'
import type { Logger } from '../log.ts'
import { createRedisClient } from '../sink/redis-client.ts'
import { layoutOf } from '../redis/layout.ts'
import { createConsoleServer, type ConsoleDeps } from './server.ts'

export interface RunningConsole {
  readonly address: AddressInfo
  readonly config: Readonly<Config>
  close(): Promise<void>
}

export async function startConsole(config: Readonly<Config>, log: Logger, deps: Pick<ConsoleDeps, 'metrics' | 'internalError'>): Promise<RunningConsole> {
  const r = config.redis
  const redis: Redis | Cluster = createRedisClient(r)
  redis.on('error', () => {}) // the console answers 503 while Redis is away; the writer logs the outage
  // listen once Redis answers (or after its connect timeout: then 503s until it does), so that the
  // first calls after a start or a restart are not refused for a connection still being made
  let timer: NodeJS.Timeout | undefined
  await Promise.race([
    redis.connect().catch(() => {}),
    new Promise((resolve) => (timer = setTimeout(resolve, r.connectTimeout))),
  ])
  clearTimeout(timer)
  const server: http.Server = createConsoleServer({ config, redis, layout: layoutOf(r), log: log.child({ part: 'console' }), ...deps })
  server.listen(config.console.listen.port, config.console.listen.host)
  try {
    await once(server, 'listening')
  } catch (err) {
    redis.disconnect()
    throw err
  }
  const address = server.address() as AddressInfo
  log.info({ console: `${address.address}:${address.port}` }, 'console listening')
  return {
    address,
    config,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      redis.disconnect()
    },
  }
}
