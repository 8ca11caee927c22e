/**
 * The systemd recipe as an operator runs it: `npm pack` (a built tarball with its shrinkwrap), the
 * unit's install.sh into a prefix (with the machine's older npm and node first on PATH when it has
 * them: Debian's), then the unit's own ExecStart command line (`--version`, `check-config` in
 * place of `start`) and `systemd-analyze verify` of the unit pointed at that prefix.
 */
import t from 'tap'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { delimiter, dirname, join, resolve } from 'node:path'
import { olderNode } from '../helpers/node.ts'

const UNIT = 'config/deploy/systemd/api-sessions.service'
const PKG = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; files: string[] }

t.test('npm pack, install.sh, and the unit ExecStart run; systemd-analyze verify accepts the unit', { timeout: 600_000 }, async (t) => {
  const dir = resolve(t.testdir({ stage: {}, opt: {}, etc: {} }))
  const stage = join(dir, 'stage')
  // a copy of what `npm pack` reads, so that the build does not touch this checkout's dist/
  for (const entry of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'src', ...PKG.files.filter((f) => existsSync(f))]) cpSync(entry, join(stage, entry), { recursive: true })
  symlinkSync(resolve('node_modules'), join(stage, 'node_modules'))
  execFileSync('npm', ['pack', '--loglevel=error'], { cwd: stage, stdio: ['ignore', 'ignore', 'inherit'] })
  const tarball = join(stage, `api-sessions-${PKG.version}.tgz`)
  const listed = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n')
  t.ok(listed.includes('package/dist/cli.js'), 'the tarball is built')
  t.ok(listed.includes('package/npm-shrinkwrap.json'), 'with the tested dependency versions')
  t.notOk(listed.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/')), 'and no sources or tests')
  t.notOk(existsSync(join(stage, 'npm-shrinkwrap.json')), 'postpack removed the shrinkwrap copy')

  // install.sh as an operator on Debian runs it: the system's npm and older node first on PATH
  const older = olderNode()
  const path = [...(older ? [dirname(older.path)] : []), ...(process.env.PATH ?? '').split(delimiter)].join(delimiter)
  const prefix = join(dir, 'opt')
  const nodeVersion = (JSON.parse(readFileSync('node_modules/node/package.json', 'utf8')) as { version: string }).version
  const install = spawnSync('sh', [join('config/deploy/systemd/install.sh'), tarball], {
    encoding: 'utf8',
    // the exact Node 24 `npm ci` brought, so that the npm cache has it
    env: { ...process.env, PATH: path, PREFIX: prefix, NODE_VERSION: nodeVersion, npm_config_prefer_offline: 'true' },
  })
  t.equal(install.status, 0, `install.sh exits 0 ${install.stderr}`)
  t.equal(install.stdout.trim().split('\n').at(-1), PKG.version, 'and prints the version the installed node runs')
  t.notOk(readdirSync(join(prefix, 'lib/node_modules/api-sessions/node_modules')).some((d) => ['tap', 'typescript', 'node', 'eslint'].includes(d)), 'no dev dependency installed')

  // the unit's ExecStart, pointed at that prefix and at a config of ours
  const unit = readFileSync(UNIT, 'utf8').replaceAll('/opt/api-sessions', prefix)
  const exec = /^ExecStart=(.*)$/m.exec(unit)![1]!.split(' ')
  t.equal(spawnSync(exec[0]!, [exec[1]!, '--version'], { encoding: 'utf8', env: { PATH: path } }).stdout.trim(), PKG.version, 'ExecStart runs on the Node 24 of the prefix, whatever node the PATH has')
  const config = join(dir, 'etc', 'sensor.yaml')
  writeFileSync(config, 'applications: [{ name: shop, hosts: [shop.example.com], upstream: "http://127.0.0.1:3000" }]\nhashKey: "${SENSOR_HASH_KEY}"\n')
  const args = exec.slice(1).map((a) => (a === 'start' ? 'check-config' : a === '/etc/api-sessions/sensor.yaml' ? config : a))
  const check = spawnSync(exec[0]!, args, { encoding: 'utf8', env: { PATH: path, SENSOR_HASH_KEY: 'a-long-enough-test-key' } })
  t.equal(check.status, 0, `check-config through the unit's command line ${check.stderr}`)
  t.match(check.stdout, /is valid; effective config/)

  const analyze = spawnSync('systemd-analyze', ['--version'])
  if (analyze.error) {
    t.comment('systemd-analyze is not installed: the unit is not verified here (.ci/run installs it)')
    return
  }
  const envFile = join(dir, 'etc', 'env')
  writeFileSync(envFile, 'SENSOR_HASH_KEY=a-long-enough-test-key\n', { mode: 0o600 })
  const unitFile = join(dir, 'api-sessions.service')
  writeFileSync(unitFile, unit.replaceAll('/etc/api-sessions/', `${join(dir, 'etc')}/`))
  const verify = spawnSync('systemd-analyze', ['verify', unitFile], { encoding: 'utf8' })
  t.equal(verify.status, 0, 'systemd-analyze verify exits 0')
  t.equal(`${verify.stdout}${verify.stderr}`.trim(), '', 'with nothing to say (an unknown key or a bad value is only a warning there)')
})
