/**
 * The benchmark's upstream: a bare node http server on 127.0.0.1, as cheap as it can be so the
 * figures are about what sits in front of it.
 *   GET  anything -> 200, a fixed ~200-byte JSON body with content-length
 *   POST anything -> reads the whole body, 200, a small JSON saying how many bytes arrived
 * Run by test/bench/run.ts; by hand: `node test/bench/upstream.ts [--port N]`.
 */
import http from 'node:http'
import { once } from 'node:events'
import { parseArgs } from 'node:util'
import type { AddressInfo } from 'node:net'
import { announce, lifecycle } from './child.ts'

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } })

/** ~200 bytes, the size of a typical small API answer. */
export const GET_BODY = Buffer.from(
  JSON.stringify({
    id: 4711,
    name: 'benchmark product',
    price: 1999,
    currency: 'EUR',
    tags: ['bench', 'small', 'json'],
    stock: { warehouse: 'loopback-1', available: 42 },
    updatedAt: '2026-11-22T00:00:00.000Z',
    note: 'static body for api-sessions bench.',
  }),
)
const GET_HEADERS = { 'content-type': 'application/json', 'content-length': GET_BODY.length }

let gets = 0
let posts = 0
let postBytes = 0

const server = http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
  if (req.method === 'GET' || req.method === 'HEAD') {
    gets++
    res.writeHead(200, GET_HEADERS)
    res.end(req.method === 'HEAD' ? undefined : GET_BODY)
    return
  }
  let bytes = 0
  req.on('data', (chunk: Buffer) => {
    bytes += chunk.length
  })
  req.on('end', () => {
    posts++
    postBytes += bytes
    const body = `{"ok":true,"received":${bytes}}`
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
    res.end(body)
  })
})

server.listen(Number(values.port), '127.0.0.1')
await once(server, 'listening')
lifecycle(
  () => ({ gets, posts, postBytes }),
  () => {
    server.closeAllConnections()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  },
)
announce((server.address() as AddressInfo).port)
