import t from 'tap'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { configJsonSchema } from '../src/config/schema.ts'

const cli = (...args: string[]) => spawnSync(process.execPath, ['src/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONSOLE_TOKEN: 'x' } })

t.test('--version, --help, usage errors and their exit codes', async (t) => {
  const version = cli('--version')
  t.equal(version.status, 0)
  t.equal(version.stdout, `${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}\n`)
  const help = cli('--help')
  t.equal(help.status, 0)
  t.match(help.stdout, /^api-sessions: an inline reverse-proxy traffic sensor/)
  for (const command of ['start', 'check-config', 'explain', 'tail', 'schema']) {
    const h = cli(command, '--help')
    t.equal(h.status, 0)
    t.match(h.stdout, new RegExp(`^Usage: api-sessions ${command}`), `${command} --help`)
  }
  const none = cli()
  t.equal(none.status, 2, 'no command is a usage error')
  const unknown = cli('frobnicate')
  t.equal(unknown.status, 2)
  t.equal(unknown.stderr, 'api-sessions: USAGE: wrong command-line usage: unknown command "frobnicate" (see api-sessions --help)\n')
  const badFlag = cli('start', '--nope')
  t.equal(badFlag.status, 2)
  t.match(badFlag.stderr, /^api-sessions: USAGE: .*--nope/)
})

t.test('check-config prints the effective config, secrets hidden, or every error', async (t) => {
  const dir = t.testdir({
    'good.yaml': 'applications: [{ name: a, hosts: [a.test], upstream: "http://127.0.0.1:3000" }]\nhashKey: "${KEY:-super-secret-hash-key-1}"\nredis: { url: "redis://user:pa55@127.0.0.1:6379" }\n',
    'bad.yaml': 'listen: { port: 99999 }\napplications: [{ name: a, hosts: [a.test], upstream: "ftp://x" }]\n',
  })
  const good = cli('check-config', '-c', join(dir, 'good.yaml'))
  t.equal(good.status, 0, good.stderr)
  t.match(good.stdout, /^# .*good\.yaml is valid; effective config/)
  const effective = parse(good.stdout) as { hashKey: string; redis: { url: string }; timeouts: { clientHeaders: number }; listen: { port: number } }
  t.equal(effective.hashKey, '[hidden]')
  t.equal(effective.redis.url, 'redis://[hidden]@127.0.0.1:6379')
  t.equal(effective.timeouts.clientHeaders, 10_000, 'defaults filled in, durations in ms')
  t.equal(effective.listen.port, 8080)
  t.notMatch(good.stdout, /super-secret|pa55/)

  const bad = cli('check-config', '-c', join(dir, 'bad.yaml'))
  t.equal(bad.status, 1)
  const lines = bad.stderr.trimEnd().split('\n')
  t.match(lines[0], /^api-sessions: CONFIG_INVALID: the config is invalid: .*bad\.yaml$/)
  t.match(lines[1], /^  .*bad\.yaml:1:17 listen\.port: Too big: expected number to be <=65535$/)
  t.match(lines[2], /^  .*bad\.yaml:2:54 applications\[0\]\.upstream: upstream must be http:\/\/ or https:\/\/, not ftp:\/\/$/)

  const missing = cli('check-config', '-c', join(dir, 'nope.yaml'))
  t.equal(missing.status, 1)
  t.match(missing.stderr, /^api-sessions: CONFIG_READ: cannot read the config file: .*nope\.yaml: ENOENT\n$/)
})

t.test('schema prints the JSON Schema', async (t) => {
  const out = cli('schema')
  t.equal(out.status, 0)
  t.same(JSON.parse(out.stdout), configJsonSchema())
})
