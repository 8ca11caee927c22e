/**
 * A private redis-server per test (from PATH) on a free loopback port, stopped in teardown; never
 * a mock. REDIS_URL points the tests at an existing server instead (tests that kill or restart the
 * server are then skipped).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import type { Tap } from './sensor.ts'

export interface TestRedis {
  url: string
  port: number
  /** false with REDIS_URL: the server is not ours to stop */
  own: boolean
  client: Redis
  stop(): Promise<void>
  /** kill -9 */
  kill(): Promise<void>
  start(): Promise<void>
}

export async function freePort(): Promise<number> {
  const server = net.createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const port = (server.address() as net.AddressInfo).port
  await new Promise((r) => server.close(r))
  return port
}

export async function startRedisServer(port: number, dir: string, extra: string[] = []): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'no', ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString()
      if (out.includes('Ready to accept connections')) {
        child.stdout!.off('data', onData)
        child.stdout!.resume()
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.resume()
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)))
  })
  return child
}

export async function startRedis(t: Tap, extra: string[] = []): Promise<TestRedis> {
  const external = process.env.REDIS_URL
  if (external) {
    const client = new Redis(external)
    await client.flushall()
    t.teardown(() => client.disconnect())
    const noop = async () => {
      throw new Error('REDIS_URL is set: this test needs a private redis-server')
    }
    return { url: external, port: Number(new URL(external).port || 6379), own: false, client, stop: noop, kill: noop, start: noop }
  }
  const dir = mkdtempSync(join(tmpdir(), 'apisess-redis-'))
  const port = await freePort()
  let child: ChildProcess | undefined = await startRedisServer(port, dir, extra)
  const url = `redis://127.0.0.1:${port}`
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 })
  client.on('error', () => {})
  await client.connect()
  const stopChild = async (signal: NodeJS.Signals) => {
    if (!child) return
    const c = child
    child = undefined
    const exited = once(c, 'exit')
    c.kill(signal)
    await exited
  }
  t.teardown(async () => {
    client.disconnect()
    await stopChild('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  })
  return {
    url,
    port,
    own: true,
    client,
    stop: () => stopChild('SIGTERM'),
    kill: () => stopChild('SIGKILL'),
    async start() {
      child = await startRedisServer(port, dir, extra)
    },
  }
}
