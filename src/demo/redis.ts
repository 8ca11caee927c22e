/**
 * A Redis for the demo. The demo config writes to REDIS_URL (default redis://127.0.0.1:6379); on a
 * fresh machine nothing may answer there, and a console with no Redis shows nothing. So when the
 * URL was not chosen (REDIS_URL unset) and does not answer, the demo starts a private
 * `redis-server` from PATH on a free loopback port, in memory only, stopped when the demo exits.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createConnection, createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Whether a Redis answers PING at a redis:// URL within `ms` (an auth error is an answer too). */
export function redisAnswers(url: string, ms = 1_000): Promise<boolean> {
  let target: URL
  try {
    target = new URL(url)
  } catch {
    return Promise.resolve(false)
  }
  if (target.protocol !== 'redis:') return Promise.resolve(true) // rediss:// and unix://: left to the sensor to report
  return new Promise((resolve) => {
    const socket = createConnection({ host: target.hostname.replace(/^\[|\]$/g, ''), port: Number(target.port || 6379) })
    const done = (answer: boolean) => {
      socket.destroy()
      clearTimeout(timer)
      resolve(answer)
    }
    const timer = setTimeout(() => done(false), ms)
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (d) => done(d[0] === 0x2b /* + */ || d[0] === 0x2d /* - */))
    socket.once('error', () => done(false))
  })
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

export interface PrivateRedis {
  url: string
  /** kills it (it holds only the demo's records) and removes its directory */
  stop(): Promise<void>
}

/**
 * A watchdog around redis-server: it runs redis-server in the background and waits for its own
 * stdin (kept as fd 3: an asynchronous list's stdin is /dev/null), a pipe from this process, to close: when this process ends, however it ends (SIGKILL
 * too), the pipe closes and the watchdog kills redis-server and removes its directory. The shell
 * itself waits for redis-server, so it exits when redis-server does (at once when there is none).
 */
const WATCHDOG = 'exec 3<&0; redis-server "$@" 3<&- & pid=$!; (cat <&3 >/dev/null; kill -9 $pid 2>/dev/null; rm -rf "$DEMO_REDIS_DIR") & exec 3<&-; wait $pid'

/**
 * Starts `redis-server` (from PATH) on a free port of 127.0.0.1, no persistence; resolves once it
 * accepts connections, or undefined when there is no redis-server (or it does not start in 10 s).
 * It runs in its own process group, so a Ctrl-C reaches the sensor first (which flushes to it),
 * and is stopped when this process exits, or dies (the watchdog above).
 */
export async function startPrivateRedis(): Promise<PrivateRedis | undefined> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'api-sessions-demo-redis-'))
  let child: ChildProcess
  try {
    child = spawn('/bin/sh', ['-c', WATCHDOG, 'sh', '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
      stdio: ['pipe', 'pipe', 'ignore'],
      detached: true,
      env: { ...process.env, DEMO_REDIS_DIR: dir },
    })
  } catch {
    rmSync(dir, { recursive: true, force: true })
    return undefined
  }
  child.stdin!.on('error', () => {})
  const ready = await new Promise<boolean>((resolve) => {
    let out = ''
    const timer = setTimeout(() => resolve(false), 10_000)
    child.once('error', () => resolve(false)) // ENOENT: no redis-server on PATH
    child.once('exit', () => resolve(false))
    child.stdout!.on('data', (d: Buffer) => {
      out = (out + d.toString()).slice(-4096)
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve(true)
      }
    })
  })
  child.stdout!.resume()
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  const kill = () => {
    // the watchdog kills redis-server once its stdin closes
    child.stdin!.destroy()
    rmSync(dir, { recursive: true, force: true })
  }
  const stop = async () => {
    process.off('exit', kill)
    kill()
    await exited
  }
  if (!ready) {
    await stop()
    return undefined
  }
  process.once('exit', kill)
  return { url: `redis://127.0.0.1:${port}`, stop }
}
