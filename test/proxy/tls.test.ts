import t from 'tap'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { connect as netConnect, type Socket } from 'node:net'
import { Agent, request } from 'undici'
import { startSensor, oneApp } from '../helpers/sensor.ts'
import { startUpstream } from '../helpers/upstream.ts'

t.test('listen.tls serves HTTPS and tells the upstream the scheme', async (t) => {
  const dir = t.testdir({})
  const cert = join(dir, 'cert.pem')
  const key = join(dir, 'key.pem')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' })
  let proto: string | string[] | undefined
  const up = await startUpstream(t, (req, res) => {
    proto = req.headers['x-forwarded-proto']
    res.end('secure hello')
  })
  const s = await startSensor(t, oneApp(up.url, { listen: { host: '127.0.0.1', port: 0, tls: { cert, key } } }))
  const agent = new Agent({ connect: { ca: readFileSync(cert) } })
  t.teardown(() => agent.close())
  const res = await request(`https://127.0.0.1:${s.port}/x`, { dispatcher: agent })
  t.equal(res.statusCode, 200)
  t.equal(await res.body.text(), 'secure hello')
  t.equal(proto, 'https')
})

t.test('a client that never finishes its TLS handshake is closed, counted, and does not hold up the drain', async (t) => {
  const dir = t.testdir({})
  const cert = join(dir, 'cert.pem')
  const key = join(dir, 'key.pem')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' })
  const up = await startUpstream(t, (_req, res) => res.end('ok'))
  const s = await startSensor(t, oneApp(up.url, { listen: { host: '127.0.0.1', port: 0, tls: { cert, key } }, timeouts: { clientHeaders: '300ms', shutdown: '60s' } }))
  const clients: Socket[] = []
  const drips: NodeJS.Timeout[] = []
  t.teardown(() => drips.forEach(clearInterval))
  for (let i = 0; i < 10; i++) {
    const silent = netConnect(s.port, '127.0.0.1') // connects and says nothing
    const drip = netConnect(s.port, '127.0.0.1') // a ClientHello's record header, then a byte now and then
    drip.on('connect', () => {
      drip.write(Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01]))
      drips.push(setInterval(() => drip.write(Buffer.from([0])), 50))
    })
    clients.push(silent, drip)
  }
  for (const c of clients) c.on('error', () => {})
  await Promise.all(clients.map((c) => new Promise((resolve) => c.on('close', resolve))))
  t.equal(clients.filter((c) => c.destroyed).length, 20, 'every socket was closed by the sensor')
  const metrics = await (await fetch(`${s.adminUrl}/metrics`)).text()
  t.match(metrics, /apisess_rejected_requests_total\{code="CLIENT_TIMEOUT"\} 20\b/, 'each counted as a client timeout')
  await s.sensor.close()
  t.notOk(s.logs.find('shutdown deadline reached; closing the remaining connections'), 'the drain did not wait for the deadline: no connection was left')
  t.ok(s.logs.find('stopped'), 'the sensor stopped')
})
