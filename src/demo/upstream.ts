/**
 * The bundled demo API, so a newcomer sees the sensor work with no application of their own:
 * a tiny shop with a login that hands out a session cookie and a bearer token. Users alice (admin),
 * bob, carol and dave (customers); a password, when one is sent, must be "demo".
 */
import http from 'node:http'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

const USERS: Record<string, { id: number; role: string }> = {
  alice: { id: 1, role: 'admin' },
  bob: { id: 2, role: 'customer' },
  carol: { id: 3, role: 'customer' },
  dave: { id: 4, role: 'customer' },
}
const DEMO_PASSWORD = 'demo'

function json(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers })
  res.end(text)
}

async function readBody(req: http.IncomingMessage, limit = 1 << 20): Promise<string> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw new Error('body too large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function createDemoApi(): http.Server {
  return http.createServer((req, res) => void answerDemo(req, res))
}

/** One request to the demo API (never rejects: a failure is a 500). */
async function answerDemo(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://demo')
  const path = url.pathname
  try {
    if (path === '/' || path === '/api') {
      return json(res, 200, { name: 'api-sessions demo shop', try: ['/api/products', '/api/products/7', 'POST /api/login {"username":"alice"}', '/api/orders'] })
    }
    if (path === '/api/health') return json(res, 200, { status: 'ok' })
    if (path === '/api/products') return json(res, 200, [1, 2, 3, 7].map((id) => ({ id, name: `product ${id}`, price: id * 10 })))
    const product = /^\/api\/products\/(\d+)$/.exec(path)
    if (product) return json(res, 200, { id: Number(product[1]), name: `product ${product[1]}`, price: Number(product[1]) * 10 })
    if (path === '/api/login' && req.method === 'POST') {
      let login: { username?: unknown; password?: unknown }
      try {
        login = JSON.parse(await readBody(req)) as typeof login
      } catch {
        return json(res, 400, { error: 'send JSON {"username": "..."}' })
      }
      const username = typeof login?.username === 'string' ? login.username : ''
      const user = Object.hasOwn(USERS, username) ? USERS[username] : undefined
      if (!user) return json(res, 401, { error: 'unknown user' })
      if (login?.password !== undefined && login.password !== DEMO_PASSWORD) return json(res, 401, { error: 'wrong password' })
      const sid = randomBytes(12).toString('hex')
      return json(res, 200, { token: randomBytes(16).toString('hex'), user: username, role: user.role }, { 'set-cookie': `session=${sid}; Path=/; HttpOnly` })
    }
    if (path === '/api/orders') return json(res, 200, [{ id: 100, total: 30 }])
    if (path === '/api/echo') {
      const body = await readBody(req)
      return json(res, 200, { method: req.method, headers: req.headers, body })
    }
    return json(res, 404, { error: 'not found' })
  } catch (err) {
    if (!res.headersSent) json(res, 500, { error: String(err) })
    else res.destroy()
  }
}

export async function startDemoApi(port = 3000, host = '127.0.0.1'): Promise<{ server: http.Server; url: string }> {
  const server = createDemoApi()
  server.listen(port, host)
  await once(server, 'listening')
  const address = server.address() as AddressInfo
  return { server, url: `http://${host}:${address.port}` }
}
