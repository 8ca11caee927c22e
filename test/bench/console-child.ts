/**
 * The console alone in a process of its own, for the console bench's "separate console process"
 * row: a fresh process (nothing compiled or cached yet) reading the bench's Redis, as an analyst's
 * console started apart from the sensor reads it.
 *
 *   node test/bench/console-child.ts --redis redis://127.0.0.1:P --token T
 */
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { Redis } from 'ioredis'
import { testConfig } from '../helpers/sensor.ts'
import { createLayout } from '../../src/redis/layout.ts'
import { createLogger } from '../../src/log.ts'
import { createConsoleServer } from '../../src/console/server.ts'
import { announce, lifecycle, requireArg } from './child.ts'

const usage = 'node test/bench/console-child.ts --redis redis://127.0.0.1:P --token T'
const { values } = parseArgs({ options: { redis: { type: 'string' }, token: { type: 'string' } } })
const url = requireArg(values.redis, 'redis', usage)
const token = requireArg(values.token, 'token', usage)
const redis = new Redis(url)
const server = createConsoleServer({
  config: testConfig({ applications: [{ name: 'shop', hosts: ['shop.example.com'], upstream: 'http://127.0.0.1:9' }], redis: { url }, console: { tokens: [{ token, role: 'analyst', name: 'bench' }] } }),
  redis,
  layout: createLayout('apisess:', 1, false),
  log: createLogger('silent'),
  metrics: async () => ({ contentType: 'text/plain', text: '' }),
  internalError: (where, err) => console.error(`internal error in ${where}: ${String(err)}`),
})
server.listen(0, '127.0.0.1')
await once(server, 'listening')
lifecycle(() => ({}), () => {
  server.closeAllConnections()
  server.close()
  redis.disconnect()
})
announce((server.address() as AddressInfo).port)
