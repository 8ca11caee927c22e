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
  t.match(bad.stderr, /^api-sessions: USAGE: wrong command-line usage: --count must be a whole number from 0 to 100000, not "many"\n$/)
})

t.test('tail: --count 0, the largest --count, escapes, bad options, Redis errors, a lost Redis and a closed pipe', async (t) => {
  const redis = await startRedis(t)
  const dir = t.testdir({})
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, `applications: [{ name: a, hosts: [a.test], upstream: "http://127.0.0.1:9" }]\nredis: { url: "${redis.url}" }\n`)
  const run = (...args: string[]) => spawnSync(process.execPath, ['src/cli.ts', 'tail', '-c', file, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  /** until a follower blocks in XREAD (it then reads from the last id it found) */
  const blockedReader = async () => {
    while (!(await redis.client.client('LIST') as string).includes('cmd=xread')) await new Promise((r) => setTimeout(r, 20))
  }
  const follow = (...args: string[]) => {
    const child = spawn(process.execPath, ['src/cli.ts', 'tail', '-c', file, '--follow', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    t.teardown(() => child.kill('SIGKILL'))
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += String(d)))
    const exited = once(child, 'exit').then(([code]) => ({ code: code as number, stderr: () => stderr }))
    return { child, lines: createInterface({ input: child.stdout })[Symbol.asyncIterator](), exited }
  }

  // 100,000 entries, all asked for: no "Maximum call stack size exceeded"
  await redis.client.eval("for i=1,100000 do redis.call('xadd', KEYS[1], '*', 'v', '1', 'sid', 's', 'rec', '{\"id\":\"b' .. i .. '\"}') end", 1, 'apisess:requests')
  const all = run('--count', '100000')
  t.equal(all.status, 0, all.stderr.slice(0, 300))
  const printed = all.stdout.trim().split('\n')
  t.equal(printed.length, 100_000)
  t.equal(printed.at(-1), '{"id":"b100000"}')
  for (const count of ['100001', '1e30', '1.5', 'many']) {
    const bad = run('--count', count)
    t.equal(bad.status, 2, `--count ${count}`)
    t.match(bad.stderr, /^api-sessions: USAGE: wrong command-line usage: --count must be a whole number from 0 to 100000, not ".*"\n$/)
  }

  // --count 0: nothing printed; with --follow only what lands from now on
  const zero = run('--count', '0')
  t.same({ status: zero.status, stdout: zero.stdout, stderr: zero.stderr }, { status: 0, stdout: '', stderr: '' })
  const fromNow = follow('--count', '0')
  await blockedReader()
  await redis.client.xadd('apisess:requests', '*', 'v', '1', 'sid', 's', 'rec', '{"id":"new-1"}')
  t.equal((await fromNow.lines.next()).value, '{"id":"new-1"}', 'the first line is the new record, not the feed replayed')
  fromNow.child.kill('SIGINT')
  t.equal((await fromNow.exited).code, 0)

  // a hostile record (raw ESC) and a client's C1 control in a User-Agent are printed escaped
  await redis.client.xadd('apisess:requests', '*', 'v', '1', 'sid', 's', 'rec', '{"id":"esc","ua":"\u001b]0;pwned\u0007 \u009b31m \u2028"}')
  const esc = run('--count', '1')
  t.equal(esc.stdout, '{"id":"esc","ua":"\\u001b]0;pwned\\u0007 \\u009b31m \\u2028"}\n')
  t.same(JSON.parse(esc.stdout), { id: 'esc', ua: '\u001b]0;pwned\u0007 \u009b31m \u2028' }, 'still the same JSON')

  // the reader of a follow goes away (`| head -1`): a quiet exit at the next record
  const piped = follow('--count', '1')
  t.equal((await piped.lines.next()).value, esc.stdout.trim())
  piped.child.stdout.destroy()
  await redis.client.xadd('apisess:requests', '*', 'v', '1', 'sid', 's', 'rec', '{"id":"after-close"}')
  const closed = await piped.exited
  t.same({ code: closed.code, stderr: closed.stderr() }, { code: 0, stderr: '' })

  // the feed key of another type: one line, REDIS_ERROR
  await redis.client.set('wt:requests', 'x')
  writeFileSync(join(dir, 'wt.yaml'), `applications: [{ name: a, hosts: [a.test], upstream: "http://127.0.0.1:9" }]\nredis: { url: "${redis.url}", prefix: "wt:" }\n`)
  const wrongType = spawnSync(process.execPath, ['src/cli.ts', 'tail', '-c', join(dir, 'wt.yaml')], { encoding: 'utf8' })
  t.equal(wrongType.status, 1)
  t.match(wrongType.stderr, /^api-sessions: REDIS_ERROR: [^\n]*WRONGTYPE[^\n]*\n$/)

  // Redis shut down during a follow: one line, REDIS_UNAVAILABLE
  const live = follow('--count', '1')
  t.equal((await live.lines.next()).value, '{"id":"after-close"}')
  await redis.stop()
  const lost = await live.exited
  t.equal(lost.code, 1)
  t.match(lost.stderr(), /^api-sessions: REDIS_UNAVAILABLE: [^\n]*\n$/)
})
