import t from 'tap'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import net from 'node:net'
import { createInterface } from 'node:readline'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.ts'
import { createLogger } from '../../src/log.ts'
import { Sensor } from '../../src/sensor.ts'
import { demoFlags } from '../../src/demo/flags.ts'
import { redisAnswers } from '../../src/demo/redis.ts'
import { prepareDemo, whereToLook } from '../../src/demo/run.ts'
import { DEMO_CLIENTS } from '../../src/demo/traffic.ts'
import { LogCapture } from '../helpers/sensor.ts'
import { startRedis } from '../helpers/redis.ts'

interface Listed {
  sid: string
  requests: number
  attacks: number
  ips: string[]
  user: string | null
  role: string | null
}

t.test('the demo: its traffic through the real sensor shows users, a login across IPs, attacks and every abuse kind in the console', async (t) => {
  const redis = await startRedis(t)
  // config/sensor.yaml as npm run demo reads it, on ports 0 and a private Redis
  const env: NodeJS.ProcessEnv = { PORT: '0', ADMIN_PORT: '0', CONSOLE_PORT: '0', REDIS_URL: redis.url }
  const lines: string[] = []
  const demo = await prepareDemo({ file: 'config/sensor.yaml', port: 0, traffic: true, env, write: (line) => lines.push(line) })
  t.teardown(() => demo.close())
  t.match(env.UPSTREAM_URL, /^http:\/\/127\.0\.0\.1:\d+$/, 'the demo API is the upstream')
  t.equal(demo.redis, undefined, 'a Redis answers at REDIS_URL: no private one')

  const config = loadConfig('config/sensor.yaml', { env })
  const sensor = new Sensor({ config, logger: createLogger('warn', new LogCapture()), processMetrics: false })
  const ports = await sensor.start()
  t.teardown(() => sensor.close())
  t.ok(ports.console, 'the console runs')

  const summary = await demo.started(ports, config)
  t.ok(summary, 'the traffic ran')
  t.equal(summary!.failed, 0, 'every request was answered')
  t.ok(summary!.requests > 150 && summary!.requests < 400, `a bounded script (${summary!.requests} requests)`)
  const text = lines.join('\n')
  t.match(text, `console   http://127.0.0.1:${ports.console!.port}/   token: demo-console-token`)
  t.match(text, `curl -s http://127.0.0.1:${ports.admin.port}/metrics | grep apisess_`)
  t.match(text, / tail --follow$/m)

  // the console API, as an analyst reads it: started() returns once the records are written
  const api = async (query: string): Promise<Listed[]> => {
    const res = await fetch(`http://127.0.0.1:${ports.console!.port}/api/sessions?limit=200&${query}`, { headers: { authorization: 'Bearer demo-console-token' } })
    t.equal(res.status, 200)
    return ((await res.json()) as { sessions: Listed[] }).sessions
  }
  const sessions = await api('')
  t.equal(sessions.length, 8, 'one session per client: alice (two IPs), bob, carol, the visitor, crawler, scraper, stuffer, attacker')
  const byUser = (user: string) => sessions.find((s) => s.user === user)
  t.same(byUser('alice')?.ips.sort(), [DEMO_CLIENTS.alice.ip, DEMO_CLIENTS.aliceMobile.ip].sort(), 'alice: one session from two IPs')
  t.equal(byUser('alice')?.role, 'admin')
  for (const user of ['bob', 'carol']) t.equal(byUser(user)?.role, 'customer', `${user} logged in`)
  const visitor = sessions.find((s) => s.ips.includes(DEMO_CLIENTS.visitor.ip))
  t.equal(visitor?.user, 'dave', 'the anonymous visitor who logged in: one session, with the user')
  t.equal(visitor?.requests, 6, 'the anonymous steps and the logged-in ones')

  const ipsOf = async (attack: string) => (await api(`attack=${attack}`)).flatMap((s) => s.ips)
  t.same(await ipsOf('security_crawler'), [DEMO_CLIENTS.crawler.ip], 'the crawler')
  t.same(await ipsOf('scraping'), [DEMO_CLIENTS.scraper.ip], 'the scraper')
  t.same(await ipsOf('account_takeover'), [DEMO_CLIENTS.stuffer.ip], 'the credential stuffing')
  for (const attack of ['sqli', 'xss', 'path_traversal', 'rce', 'ssrf', 'nosqli', 'jndi']) {
    t.same(await ipsOf(attack), [DEMO_CLIENTS.attacker.ip], `the attacker's ${attack}`)
  }
  t.same(await api('attack=api_abuse'), [], 'no client is only fast')
})

t.test('no Redis at the config\'s default and REDIS_URL unset: the demo starts a private redis-server, stopped with it', async (t) => {
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as AddressInfo).port
  await new Promise((resolve) => closed.close(resolve))
  const dir = t.testdir({
    'demo.yaml': `applications: [{ name: demo, hosts: [localhost], upstream: "\${UPSTREAM_URL:-http://127.0.0.1:3000}" }]
redis: { url: "\${REDIS_URL:-redis://127.0.0.1:${port}}" }
`,
    'fixed.yaml': `applications: [{ name: demo, hosts: [localhost], upstream: "\${UPSTREAM_URL:-http://127.0.0.1:3000}" }]
redis: { url: "redis://127.0.0.1:${port}" }
`,
  })
  const lines: string[] = []
  const env: NodeJS.ProcessEnv = {}
  const demo = await prepareDemo({ file: join(dir, 'demo.yaml'), port: 0, traffic: false, env, write: (line) => lines.push(line) })
  t.teardown(() => demo.close())
  t.match(demo.redis, /^redis:\/\/127\.0\.0\.1:\d+$/)
  t.equal(env.REDIS_URL, demo.redis, 'the config reads it through REDIS_URL')
  t.ok(await redisAnswers(demo.redis!), 'it answers')
  t.match(lines.join('\n'), `no Redis answers at redis://127.0.0.1:${port}: started a private redis-server at ${demo.redis}`)
  await demo.close()
  t.notOk(await redisAnswers(demo.redis!), 'stopped with the demo')

  // a config that does not read REDIS_URL: no private Redis, and a clear word on what to do
  const fixedLines: string[] = []
  const fixed = await prepareDemo({ file: join(dir, 'fixed.yaml'), port: 0, traffic: false, env: {}, write: (line) => fixedLines.push(line) })
  t.teardown(() => fixed.close())
  t.equal(fixed.redis, undefined)
  t.match(fixedLines.join('\n'), /no Redis answers at redis:\/\/127\.0\.0\.1:\d+: the sensor proxies, but keeps no records and the console stays empty\. Start one/)
})

t.test('the demo API\'s port taken: LISTEN_FAILED naming --demo-port', async (t) => {
  const taken = createServer()
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise((resolve) => taken.close(resolve)))
  const port = (taken.address() as AddressInfo).port
  await t.rejects(prepareDemo({ file: 'config/sensor.yaml', port, traffic: false, env: {}, write: () => {} }), {
    code: 'LISTEN_FAILED',
    message: `cannot listen on the configured address: 127.0.0.1:${port} (the demo API): EADDRINUSE`,
    details: ['choose another port for it with --demo-port (0: any free port)'],
  })
})

t.test('--demo-port and --demo-traffic', async (t) => {
  t.equal(demoFlags({ demo: false }), undefined)
  t.same(demoFlags({ demo: true }), { port: 3000, traffic: true })
  t.same(demoFlags({ demo: true, 'demo-port': '0', 'demo-traffic': 'off' }), { port: 0, traffic: false })
  t.throws(() => demoFlags({ demo: true, 'demo-port': '70000' }), { code: 'USAGE', message: /--demo-port must be a port number/ })
  t.throws(() => demoFlags({ demo: true, 'demo-port': '' }), { code: 'USAGE' })
  t.throws(() => demoFlags({ demo: true, 'demo-traffic': 'maybe' }), { code: 'USAGE', message: /--demo-traffic is on or off, not "maybe"/ })
  t.throws(() => demoFlags({ demo: false, 'demo-port': '3100' }), { code: 'USAGE', message: /go with --demo/ })
  const run = spawnSync(process.execPath, ['src/cli.ts', 'start', '--demo', '--demo-traffic=maybe'], { encoding: 'utf8' })
  t.equal(run.status, 2)
  t.equal(run.stderr, 'api-sessions: USAGE: wrong command-line usage: --demo-traffic is on or off, not "maybe"\n')
})

t.test('where to look: the console only with a token, and the private Redis in the tail command', async (t) => {
  const config = loadConfig('config/sensor.yaml', { env: {} })
  const at = (port: number) => ({ address: '127.0.0.1', family: 'IPv4', port })
  const lines = whereToLook({ proxy: { address: '0.0.0.0', family: 'IPv4', port: 8080 }, admin: at(9091), console: at(9090) }, config, undefined, 'redis://127.0.0.1:41234')
  t.match(lines.join('\n'), 'console   http://127.0.0.1:9090/   token: demo-console-token')
  t.match(lines.join('\n'), /records   REDIS_URL=redis:\/\/127\.0\.0\.1:41234 (npx )?node \S+ tail --follow/)
  t.match(lines.join('\n'), 'try       curl -i http://127.0.0.1:8080/api/products/7')
  const own = loadConfig('config/sensor.yaml', { env: { CONSOLE_TOKEN: 'a-secret-of-our-own' } })
  const mine = whereToLook({ proxy: at(8080), admin: at(9091), console: at(9090) }, own, undefined, undefined).join('\n')
  t.notMatch(mine, 'a-secret-of-our-own', 'a token of your own is not printed')
  t.match(mine, 'token: the token of "demo" (CONSOLE_TOKEN)')
  t.match(whereToLook({ proxy: at(8080), admin: at(9091) }, config, undefined, undefined).join('\n'), 'console   off')
  t.match(whereToLook({ proxy: at(8080), admin: at(9091) }, config, undefined, undefined, 'my conf.yaml').join('\n'), / tail -c 'my conf\.yaml' --follow$/m, 'a config other than the default is named')
  t.match(whereToLook({ proxy: at(8080), admin: at(9091) }, config, undefined, undefined, 'config/sensor.yaml').join('\n'), / tail --follow$/m)
})

t.test('the private redis-server dies with the demo, even when the demo is killed with SIGKILL', async (t) => {
  const script = "const { startPrivateRedis } = await import('./src/demo/redis.ts'); const r = await startPrivateRedis(); console.log(r === undefined ? 'none' : r.url); setInterval(() => {}, 1000)"
  const demo = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
  t.teardown(() => demo.kill('SIGKILL'))
  const [line] = (await once(createInterface({ input: demo.stdout }), 'line')) as [string]
  if (line === 'none') return void t.pass('no redis-server on PATH: nothing to stop')
  const port = Number(new URL(line).port)
  const socket = net.connect(port, '127.0.0.1')
  await once(socket, 'connect')
  const closed = once(socket, 'close')
  socket.on('error', () => {})
  demo.kill('SIGKILL')
  await closed // redis-server closed its connections: it is going
  // a connection that lands while it shuts its listener is reset, not refused: it is still going (bounded)
  let err: NodeJS.ErrnoException | undefined
  for (let i = 0; i < 50 && (err === undefined || err.code === 'ECONNRESET'); i++) {
    const again = net.connect(port, '127.0.0.1')
    ;[err] = (await once(again, 'error')) as [NodeJS.ErrnoException]
  }
  t.equal(err!.code, 'ECONNREFUSED', 'nothing listens there any more')
})
