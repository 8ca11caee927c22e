/** Real upstream servers on loopback port 0: node http ones, and raw TCP ones that misbehave on purpose. */
import http from 'node:http'
import net from 'node:net'
import { once } from 'node:events'
import type { Tap } from './sensor.ts'

export interface TestUpstream {
  server: http.Server
  url: string
  port: number
}

/** The whole body of a request an upstream received. */
export async function bodyOf(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

/** A node http server; the handler may be async (its promise is not awaited, as node does not). */
export async function startUpstream(t: Tap, handler: (req: http.IncomingMessage, res: http.ServerResponse) => unknown): Promise<TestUpstream> {
  const server = http.createServer((req, res) => void handler(req, res))
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  t.teardown(() => {
    server.closeAllConnections()
    return new Promise((resolve) => server.close(resolve))
  })
  const port = (server.address() as net.AddressInfo).port
  return { server, url: `http://127.0.0.1:${port}`, port }
}

export interface RawUpstream {
  server: net.Server
  url: string
  port: number
  /** every connection accepted, in order */
  sockets: net.Socket[]
  /** all bytes received, per connection */
  received: Buffer[][]
}

/** A TCP server whose `onConnection` decides what bytes go back (or none). */
export async function startRawUpstream(t: Tap, onConnection: (socket: net.Socket, index: number) => void): Promise<RawUpstream> {
  const sockets: net.Socket[] = []
  const received: Buffer[][] = []
  const server = net.createServer((socket) => {
    const index = sockets.length
    sockets.push(socket)
    received.push([])
    socket.on('data', (d) => received[index]!.push(d))
    socket.on('error', () => {})
    onConnection(socket, index)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  t.teardown(() => {
    for (const s of sockets) s.destroy()
    return new Promise((resolve) => server.close(resolve))
  })
  const port = (server.address() as net.AddressInfo).port
  return { server, url: `http://127.0.0.1:${port}`, port, sockets, received }
}

/** A loopback port nothing listens on: bind one, note it, close it. */
export async function freePort(): Promise<number> {
  const server = net.createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const port = (server.address() as net.AddressInfo).port
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * A shop for the API-abuse tests: every login fails (401), the catalogue, users, the home page,
 * search and /old answer 200, anything else is a 404.
 */
export function startShopUpstream(t: Tap): ReturnType<typeof startUpstream> {
  return startUpstream(t, (req, res) => {
    req.resume()
    req.on('end', () => {
      const url = req.url ?? '/'
      if (url.startsWith('/login')) {
        res.writeHead(401, { 'content-type': 'application/json' })
        return res.end('{"error":"bad credentials"}')
      }
      if (url.startsWith('/products') || url.startsWith('/users') || url === '/' || url.startsWith('/search') || url.startsWith('/old')) return res.end('{}')
      res.writeHead(404)
      res.end()
    })
  })
}

/**
 * A listener that must never be contacted (a smuggled request's target): it counts connections and
 * drops them. Closed in teardown.
 */
export async function startCanary(t: Tap): Promise<{ port: number; hits: () => number }> {
  let hits = 0
  const canary = net.createServer((s) => {
    hits++
    s.destroy()
  })
  canary.listen(0, '127.0.0.1')
  await once(canary, 'listening')
  t.teardown(() => canary.close())
  return { port: (canary.address() as net.AddressInfo).port, hits: () => hits }
}
