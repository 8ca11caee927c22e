import t from 'tap'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
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
