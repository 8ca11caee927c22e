/**
 * A private redis-server per test (from PATH) on a free loopback port, stopped in teardown; never
 * a mock. REDIS_URL points the tests at an existing server instead (tests that kill or restart the
 * server are then skipped).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import type { Tap } from './sensor.ts'
import { freePort } from './upstream.ts'

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

export async function startRedisServer(port: number, dir: string, extra: string[] = []): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'no', ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString()
      if (out.includes('Ready to accept connections')) {
        child.stdout.off('data', onData)
        child.stdout.resume()
        resolve()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.resume()
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

export interface TestCluster {
  urls: string[]
  ports: number[]
}

/** A real 3-master Redis Cluster on loopback ports (redis-server --cluster-enabled, redis-cli --cluster create). */
export async function startRedisCluster(t: Tap, masters = 3): Promise<TestCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'apisess-cluster-'))
  const ports: number[] = []
  const children: ChildProcess[] = []
  t.teardown(async () => {
    await Promise.all(
      children.map(async (c) => {
        const exited = once(c, 'exit')
        c.kill('SIGKILL')
        await exited
      }),
    )
    rmSync(dir, { recursive: true, force: true })
  })
  for (let i = 0; i < masters; i++) {
    const port = await freePort()
    ports.push(port)
    children.push(await startRedisServer(port, dir, ['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--cluster-node-timeout', '5000']))
  }
  const create = spawn('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  create.stdout.on('data', (d) => (out += String(d)))
  create.stderr.on('data', (d) => (out += String(d)))
  const [code] = await once(create, 'exit')
  if (code !== 0) throw new Error(`redis-cli --cluster create failed: ${out}`)
  // every node must agree the cluster is up before a client can use it: bounded wait, no event exists
  for (const port of ports) {
    const c = new Redis({ port, host: '127.0.0.1', lazyConnect: true })
    await c.connect()
    for (let i = 0; i < 200; i++) {
      if (/cluster_state:ok/.test(await c.cluster('INFO'))) break
      await new Promise((r) => setTimeout(r, 50))
    }
    c.disconnect()
  }
  return { urls: ports.map((p) => `redis://127.0.0.1:${p}`), ports }
}
