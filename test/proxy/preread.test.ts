import t from 'tap'
import net from 'node:net'
import { once } from 'node:events'
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import { startSensor, oneApp, testConfig } from '../helpers/sensor.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { statusOf } from '../helpers/client.ts'

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

/** resolves once the proxy's server has handed a request for `path` to its handler (then start() has run) */
function requestSeen(path: string): Promise<void> {
  return new Promise((resolve) => {
    const onStart = (msg: unknown): void => {
      if ((msg as { request: IncomingMessage }).request.url !== path) return
      unsubscribe('http.server.request.start', onStart)
      // the channel speaks before 'request' is emitted: resolve after it
      setImmediate(resolve)
    }
    subscribe('http.server.request.start', onStart)
  })
}

async function readAnswer(socket: net.Socket, until: (text: string) => boolean): Promise<string> {
  let text = ''
  while (!until(text)) {
    const [chunk] = (await once(socket, 'data')) as [Buffer]
    text += chunk.toString('latin1')
  }
  return text
}

t.test('a config reload while a small body is being read: the request still reaches its upstream (in-flight requests finish on the old pools)', async (t) => {
  const up = await startUpstream(t, async (req, res) => res.end(`got ${(await bodyOf(req)).length}`))
  const s = await startSensor(t, oneApp(up.url))
  const client = net.connect(s.port, '127.0.0.1')
  t.teardown(() => client.destroy())
  await once(client, 'connect')
  const seen = requestSeen('/upload')
  client.write('POST /upload HTTP/1.1\r\nHost: a.test\r\nContent-Length: 10\r\n\r\n12345')
  await seen
  s.sensor.reload(testConfig(oneApp(up.url)))
  client.write('67890')
  const text = await readAnswer(client, (x) => x.includes('\r\n\r\n') && (statusOf(x) !== 200 || x.endsWith('got 10')))
  t.equal(statusOf(text), 200, 'answered by the upstream, not a 502')
  const [rec] = await s.sink.waitFor(1)
  t.match(rec, { status: 200, outcome: 'ok', error: null, reqBytes: 10 })
})
