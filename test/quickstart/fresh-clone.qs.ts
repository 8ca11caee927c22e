/**
 * The README's quick start, run as a newcomer runs it (`npm run test:quickstart`, in .ci/run): a
 * fresh clone of this commit in a temp dir, `npm ci` (from the npm registry), `npm run demo`, with
 * the machine's older node first on PATH when there is one (Debian's nodejs), and the console API
 * then lists the demo's sessions. Slow (npm ci downloads ~400 packages and Node 24): not in
 * `npm test`. Each step is bounded; the demo gets a private redis-server and free ports (PORT,
 * ADMIN_PORT, CONSOLE_PORT, --demo-port 0), so nothing on 8080/9090/9091/3000/6379 is touched.
 */
import t from 'tap'
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { once } from 'node:events'
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { nodeTooOld } from '../../src/node-version.ts'
import { startRedis } from '../helpers/redis.ts'
import { freePort } from '../helpers/upstream.ts'
import { olderNode } from '../helpers/node.ts'


function onPath(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    try {
      accessSync(join(dir, name), constants.X_OK)
      return join(dir, name)
    } catch {}
  }
  return undefined
}

// the environment of a newcomer's shell: none of npm's variables from the `npm run` that started
// this test, no node_modules/.bin and no Node 24 of ours on PATH; the older node first when there is one
const old = olderNode()
const path = [
  ...(old === undefined ? [] : [dirname(old.path)]),
  ...(process.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '' && !dir.includes('node_modules') && dir !== dirname(process.execPath)),
].join(delimiter)
const env: NodeJS.ProcessEnv = { PATH: path, HOME: process.env.HOME, LANG: process.env.LANG ?? 'C.UTF-8', TMPDIR: process.env.TMPDIR, CI: process.env.CI }
for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k]
const npm = onPath('npm', path)

t.test('a fresh clone: npm ci && npm run demo, then the console lists the demo\'s sessions', { skip: npm === undefined ? 'no npm on PATH without our own Node' : false, timeout: 900_000 }, async (t) => {
  const root = spawnSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).stdout.trim()
  const commit = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim()
  const dir = mkdtempSync(join(tmpdir(), 'api-sessions-quickstart-'))
  const clone = join(dir, 'api-sessions')
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const run = (command: string, args: string[], options: SpawnSyncOptions = {}, expected = 0) => {
    const r = spawnSync(command, args, { cwd: clone, env, encoding: 'utf8', timeout: 600_000, ...options })
    if (r.status !== expected) t.comment(`${command} ${args.join(' ')}: status ${r.status} ${r.signal ?? ''}\n${String(r.stdout).slice(-3000)}\n${String(r.stderr).slice(-3000)}`)
    return r
  }
  t.equal(run('git', ['clone', '--quiet', '--no-checkout', root, clone], { cwd: dir }).status, 0, 'git clone')
  t.equal(run('git', ['checkout', '--quiet', commit]).status, 0, `at ${commit.slice(0, 12)}`)
  t.comment(`system node: ${old === undefined ? 'none older than required' : `${old.path} ${old.version}`}`)

  // 1. npm ci, with whatever node runs the machine's npm
  const ci = run('npm', ['ci', '--no-audit', '--no-fund'])
  t.equal(ci.status, 0, 'npm ci')
  t.notMatch(String(ci.stderr), /npm (ERR|error)/, 'no npm error')
  const scriptsNode = run('npm', ['exec', '--', 'node', '-p', 'process.versions.node'])
  t.equal(nodeTooOld(String(scriptsNode.stdout).trim(), 'node'), undefined, `npm scripts run on Node ${String(scriptsNode.stdout).trim()}`)

  // 2. npm run demo, on free ports and a private Redis
  const redis = await startRedis(t)
  const ports = { PORT: await freePort(), ADMIN_PORT: await freePort(), CONSOLE_PORT: await freePort() }
  const demo = spawn('npm', ['run', 'demo', '--', '--demo-port', '0'], {
    cwd: clone,
    env: { ...env, REDIS_URL: redis.url, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group: npm, the shell and the sensor are stopped together
  })
  const exited = once(demo, 'exit')
  t.teardown(async () => {
    if (demo.exitCode !== null || demo.signalCode !== null) return
    process.kill(-demo.pid!, 'SIGTERM')
    await exited
  })
  const stderr: string[] = []
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo did not print where to look within 300 s:\n${stderr.join('\n')}`)), 300_000)
    createInterface({ input: demo.stderr }).on('line', (line) => {
      stderr.push(line)
      if (line === 'Ctrl-C stops the demo.') {
        clearTimeout(timer)
        resolve()
      }
    })
    void exited.then(() => {
      clearTimeout(timer)
      reject(new Error(`the demo exited:\n${stderr.join('\n')}`))
    })
  })
  await ready
  const printed = stderr.join('\n')
  t.notMatch(printed, /INTERNAL|TypeError|Error:/, 'no stack, no error')
  t.match(printed, /api-sessions demo: \d+ requests from 8 clients went through the sensor/)
  const consoleLine = /console {3}(http:\/\/127\.0\.0\.1:\d+)\/ {3}token: (\S+)/.exec(printed)
  t.ok(consoleLine, 'the console URL and token are printed')
  t.equal(consoleLine?.[1], `http://127.0.0.1:${ports.CONSOLE_PORT}`)
  t.match(printed, `curl -s http://127.0.0.1:${ports.ADMIN_PORT}/metrics`)
  t.match(printed, / tail --follow/)

  // 3. the console API: the demo's sessions, users, attacks and abuse
  const list = async (query: string) => {
    const res = await fetch(`${consoleLine![1]}/api/sessions?limit=200&${query}`, { headers: { authorization: `Bearer ${consoleLine![2]}` } })
    t.equal(res.status, 200)
    return ((await res.json()) as { sessions: { user: string | null; ips: string[] }[] }).sessions
  }
  const sessions = await list('')
  t.equal(sessions.length, 8, 'eight sessions')
  t.same(sessions.map((s) => s.user).filter((u) => u === 'alice' || u === 'bob' || u === 'carol' || u === 'dave').sort(), ['alice', 'bob', 'carol', 'dave'], 'the users who logged in')
  t.equal(sessions.find((s) => s.user === 'alice')?.ips.length, 2, 'alice from two IPs')
  for (const attack of ['security_crawler', 'scraping', 'account_takeover', 'sqli', 'xss', 'jndi']) t.equal((await list(`attack=${attack}`)).length, 1, attack)

  // 4. npm test runs on the Node it installed (one small file of the suite)
  const tap = run('npm', ['test', '--', 'test/node-version.test.ts'], { timeout: 300_000 })
  t.equal(tap.status, 0, 'npm test -- test/node-version.test.ts')
  t.match(String(tap.stdout), /# \{ total: \d+, pass: \d+ \}/)

  // 5. the built CLI run directly by the older node: one line, no stack
  if (old !== undefined) {
    const direct = run(old.path, ['dist/cli.js', 'start', '--demo'], {}, 1)
    t.equal(direct.status, 1, `${old.path} dist/cli.js: exit 1`)
    t.equal(direct.stderr, `${nodeTooOld(old.version, old.path)}\n`, 'one line naming the Node needed')
  }
})
