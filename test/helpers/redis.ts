/**
 * A private redis-server per test (from PATH) on a free loopback port, stopped in teardown; never
 * a mock. REDIS_URL points the tests at an existing server instead (tests that kill or restart the
 * server are then skipped).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
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

/** A free port whose cluster bus port (+10,000) is free too. */
async function freeClusterPort(): Promise<number> {
  for (;;) {
    const port = await freePort()
    if (port > 55_000) continue
    const bus = net.createServer()
    const free = await new Promise<boolean>((resolve) => {
      bus.once('error', () => resolve(false))
      bus.listen(port + 10_000, '127.0.0.1', () => resolve(true))
    })
    if (free) {
      await new Promise((r) => bus.close(r))
      return port
    }
  }
}

export interface TestCluster {
  urls: string[]
  /** the masters' ports, then the replicas' */
  ports: number[]
  /** kill -9 the node on this port (it stays down) */
  kill(port: number): Promise<void>
  /** SIGSTOP / SIGCONT the node on this port */
  pause(port: number): void
  resume(port: number): void
}

/**
 * A real Redis Cluster on loopback ports (redis-server --cluster-enabled, redis-cli --cluster create):
 * `masters` masters with `replicas` replicas each. `extra` are more redis-server arguments.
 */
export async function startRedisCluster(t: Tap, masters = 3, replicas = 0, extra: string[] = []): Promise<TestCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'apisess-cluster-'))
  const ports: number[] = []
  const children = new Map<number, ChildProcess>()
  t.teardown(async () => {
    await Promise.all(
      [...children.values()].map(async (c) => {
        if (c.exitCode !== null || c.signalCode !== null) return
        const exited = once(c, 'exit')
        c.kill('SIGCONT')
        c.kill('SIGKILL')
        await exited
      }),
    )
    rmSync(dir, { recursive: true, force: true })
  })
  for (let i = 0; i < masters * (1 + replicas); i++) {
    const port = await freeClusterPort()
    ports.push(port)
    children.set(port, await startRedisServer(port, dir, ['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--cluster-node-timeout', '2000', ...extra]))
  }
  const create = spawn('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', String(replicas), '--cluster-yes'], { stdio: ['ignore', 'pipe', 'pipe'] })
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
  // the masters are the nodes that own slots (redis-cli chose them)
  const owners = new Set<number>()
  const probe = new Redis({ port: ports[0]!, host: '127.0.0.1' })
  for (const [, , owner] of await probe.cluster('SLOTS')) if (owner !== undefined) owners.add(owner[1])
  probe.disconnect()
  const ordered = [...ports.filter((p) => owners.has(p)), ...ports.filter((p) => !owners.has(p))]
  // a replica that has not synced with its master yet could not take over from it: wait for the
  // links (bounded; redis-cli sets the replicas up after the cluster reports ok)
  for (const port of ordered.slice(masters)) {
    const c = new Redis({ port, host: '127.0.0.1' })
    for (let i = 0; i < 400; i++) {
      const info = await c.info('replication')
      if (/role:slave/.test(info) && /master_link_status:up/.test(info)) break
      await new Promise((r) => setTimeout(r, 50))
    }
    c.disconnect()
  }
  return {
    urls: ordered.slice(0, masters).map((p) => `redis://127.0.0.1:${p}`),
    ports: ordered,
    async kill(port) {
      const c = children.get(port)
      if (c === undefined || c.exitCode !== null || c.signalCode !== null) return
      const exited = once(c, 'exit')
      c.kill('SIGKILL')
      await exited
    },
    pause(port) {
      children.get(port)?.kill('SIGSTOP')
    },
    resume(port) {
      children.get(port)?.kill('SIGCONT')
    },
  }
}
