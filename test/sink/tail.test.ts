import t from 'tap'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { startRedis } from '../helpers/redis.ts'

function entry(n: number, sid: string): string[] {
  return ['v', '1', 'sid', sid, 'rec', JSON.stringify({ sid, id: `r${n}`, path: `/p/${n}` })]
}

t.test('tail prints the latest records, one session, and follows new ones', async (t) => {
  const redis = await startRedis(t)
  const dir = t.testdir({})
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, `applications: [{ name: a, hosts: [a.test], upstream: "http://127.0.0.1:9" }]\nredis: { url: "${redis.url}" }\n`)
  for (let n = 1; n <= 5; n++) await redis.client.xadd('apisess:requests', '*', ...entry(n, n % 2 ? 'odd-1' : 'even-1'))
  await redis.client.xadd('apisess:session:odd-1', '*', ...entry(1, 'odd-1'))
  await redis.client.xadd('apisess:session:odd-1', '*', ...entry(3, 'odd-1'))

  const last3 = spawnSync(process.execPath, ['src/cli.ts', 'tail', '-c', file, '--count', '3'], { encoding: 'utf8' })
  t.equal(last3.status, 0, last3.stderr)
  t.same(last3.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id), ['r3', 'r4', 'r5'], 'the latest three, oldest first')

  const session = spawnSync(process.execPath, ['src/cli.ts', 'tail', '-c', file, '--session', 'odd-1'], { encoding: 'utf8' })
  t.same(session.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id), ['r1', 'r3'])

  const follow = spawn(process.execPath, ['src/cli.ts', 'tail', '-c', file, '--count', '1', '--follow'], { stdio: ['ignore', 'pipe', 'inherit'] })
  t.teardown(() => follow.kill('SIGKILL'))
  const lines = createInterface({ input: follow.stdout })[Symbol.asyncIterator]()
  t.equal((JSON.parse((await lines.next()).value as string) as { id: string }).id, 'r5')
  await redis.client.xadd('apisess:requests', '*', ...entry(6, 'odd-2'))
  t.equal((JSON.parse((await lines.next()).value as string) as { id: string }).id, 'r6', 'a new record is printed as it lands')
  follow.kill('SIGINT')
  const [code] = await once(follow, 'exit')
  t.equal(code, 0, 'SIGINT ends a follow cleanly')

  const bad = spawnSync(process.execPath, ['src/cli.ts', 'tail', '-c', file, '--count', 'many'], { encoding: 'utf8' })
  t.equal(bad.status, 2)
  t.match(bad.stderr, /^api-sessions: USAGE: wrong command-line usage: --count must be a whole number, not "many"\n$/)
})
