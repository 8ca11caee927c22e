import t from 'tap'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { configJsonSchema } from '../src/config/schema.ts'
import { loadConfig } from '../src/config/load.ts'
import { redactConfig } from '../src/config/redact.ts'

const cli = (...args: string[]) => spawnSync(process.execPath, ['src/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONSOLE_TOKEN: 'x' } })

t.test('--version, --help, usage errors and their exit codes', async (t) => {
  const version = cli('--version')
  t.equal(version.status, 0)
  t.equal(version.stdout, `${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}\n`)
  const help = cli('--help')
  t.equal(help.status, 0)
  t.match(help.stdout, /^api-sessions: an inline reverse-proxy traffic sensor/)
  for (const command of ['start', 'check-config', 'explain', 'tail', 'console', 'export', 'schema']) {
    const h = cli(command, '--help')
    t.equal(h.status, 0)
    t.match(h.stdout, new RegExp(`^Usage: api-sessions ${command}`), `${command} --help`)
  }
  for (const args of [['help', 'start'], ['help', 'check-config']]) {
    const h = cli(...args)
    t.equal(h.status, 0, args.join(' '))
    t.match(h.stdout, new RegExp(`^Usage: api-sessions ${args[1]} \\[-c FILE\\]`), `${args.join(' ')} prints that command's usage`)
    t.equal(h.stderr, '')
  }
  t.equal(cli('help', 'start').stdout, cli('start', '--help').stdout, 'help start = start --help')
  const general = cli('help')
  t.equal(general.status, 0)
  t.equal(general.stdout, help.stdout, 'help alone: the general usage')
  t.match(help.stdout, /\nUsage: api-sessions <command> \[options\]\n/)
  t.match(help.stdout, /\nExit codes: 0 ok, 1 invalid config or runtime failure, 2 wrong usage\.\n$/)
  const none = cli()
  t.equal(none.status, 2, 'no command is a usage error')
  t.equal(none.stdout, help.stdout, 'and shows the general usage')
  const unknown = cli('frobnicate')
  t.equal(unknown.status, 2)
  t.equal(unknown.stderr, 'api-sessions: USAGE: wrong command-line usage: unknown command "frobnicate" (see api-sessions --help)\n')
  t.equal(unknown.stdout, '')
  const badFlag = cli('start', '--nope')
  t.equal(badFlag.status, 2)
  t.match(badFlag.stderr, /^api-sessions: USAGE: .*--nope/)
})

t.test('check-config prints the effective config, secrets hidden, or every error', async (t) => {
  const dir = t.testdir({
    'good.yaml': 'applications: [{ name: a, hosts: [a.test], upstream: "http://127.0.0.1:3000" }]\nhashKey: "${KEY:-super-secret-hash-key-1}"\nredis: { url: "redis://user:pa55@127.0.0.1:6379" }\n',
    'bad.yaml': 'listen: { port: 99999 }\napplications: [{ name: a, hosts: [a.test], upstream: "ftp://x" }]\n',
    'env.yaml': 'applications: [{ name: a, hosts: [a.test], upstream: "http://127.0.0.1:3000" }]\nhashKey: "${API_SESSIONS_TEST_UNSET}"\n',
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
  t.equal(good.stdout.split('\n')[0], `# ${join(dir, 'good.yaml')} is valid; effective config (durations in ms, sizes in bytes):`)
  t.same(parse(good.stdout), redactConfig(loadConfig(join(dir, 'good.yaml'), { env: process.env })), 'the whole output is the effective config, secrets hidden')
  const fromEnv = spawnSync(process.execPath, ['src/cli.ts', 'check-config', '-c', join(dir, 'good.yaml')], { encoding: 'utf8', env: { ...process.env, KEY: 'key-from-the-environment' } })
  t.equal(fromEnv.status, 0, fromEnv.stderr)
  t.equal((parse(fromEnv.stdout) as { hashKey: string }).hashKey, '[hidden]', 'an interpolated secret is hidden too')
  t.notMatch(fromEnv.stdout, /key-from-the-environment/)

  const bad = cli('check-config', '-c', join(dir, 'bad.yaml'))
  t.equal(bad.status, 1)
  const lines = bad.stderr.trimEnd().split('\n')
  t.match(lines[0], /^api-sessions: CONFIG_INVALID: the config is invalid: .*bad\.yaml$/)
  t.match(lines[1], /^  .*bad\.yaml:1:17 listen\.port: Too big: expected number to be <=65535$/)
  t.match(lines[2], /^  .*bad\.yaml:2:54 applications\[0\]\.upstream: upstream must be http:\/\/ or https:\/\/, not ftp:\/\/$/)
  const badFile = join(dir, 'bad.yaml')
  t.equal(bad.stderr, [
    `api-sessions: CONFIG_INVALID: the config is invalid: ${badFile}`,
    `  ${badFile}:1:17 listen.port: Too big: expected number to be <=65535`,
    `  ${badFile}:2:54 applications[0].upstream: upstream must be http:// or https://, not ftp://`,
    '',
  ].join('\n'), 'the whole of stderr: one line with the code, one indented line per error')
  t.equal(bad.stdout, '', 'nothing on stdout')

  const unset = cli('check-config', '-c', join(dir, 'env.yaml'))
  t.equal(unset.status, 1)
  t.equal(unset.stderr, `api-sessions: CONFIG_ENV: an \${ENV} reference in the config is not set: ${join(dir, 'env.yaml')}\n  ${join(dir, 'env.yaml')}:2:10 hashKey: \${API_SESSIONS_TEST_UNSET} is not set (use \${API_SESSIONS_TEST_UNSET:-default} for a fallback)\n`)

  const missing = cli('check-config', '-c', join(dir, 'nope.yaml'))
  t.equal(missing.status, 1)
  t.match(missing.stderr, /^api-sessions: CONFIG_READ: cannot read the config file: .*nope\.yaml: ENOENT\n$/)
})

t.test('schema prints the JSON Schema', async (t) => {
  const out = cli('schema')
  t.equal(out.status, 0)
  t.same(JSON.parse(out.stdout), configJsonSchema())
  t.equal(out.stdout, `${JSON.stringify(configJsonSchema(), null, 2)}\n`, 'byte for byte what `npm run schema` commits')
})

t.test('help for an unknown command is a usage error', async (t) => {
  const out = cli('help', 'nope')
  t.equal(out.status, 2)
  t.equal(out.stderr, 'api-sessions: USAGE: wrong command-line usage: no help for "nope": no such command (see api-sessions --help)\n')
})
