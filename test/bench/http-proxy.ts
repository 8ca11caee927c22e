/**
 * The baseline: the smallest reasonable reverse proxy built on `http-proxy` (keep-alive agent to
 * the upstream, 502 on upstream errors), i.e. what a team would write in ten lines instead of
 * deploying the sensor. Run by test/bench/run.ts; by hand:
 * `node test/bench/http-proxy.ts --upstream http://127.0.0.1:PORT [--port N]`.
 */
import http from 'node:http'
import { once } from 'node:events'
import { parseArgs } from 'node:util'
import type { AddressInfo } from 'node:net'
import httpProxy from 'http-proxy'
import { announce, lifecycle, loopbackUrl, requireArg } from './child.ts'

const USAGE = 'node test/bench/http-proxy.ts --upstream http://127.0.0.1:PORT [--port N]'
const { values } = parseArgs({ options: { upstream: { type: 'string' }, port: { type: 'string', default: '0' } } })
const target = loopbackUrl(requireArg(values.upstream, 'upstream', USAGE))

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
const proxy = httpProxy.createProxyServer({ target, agent })
let upstreamErrors = 0
proxy.on('error', (_err, _req, res) => {
  upstreamErrors++
  if (res instanceof http.ServerResponse) {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json', connection: 'close' })
    res.end('{"error":"bad gateway"}')
  } else {
    res.destroy()
  }
})

const server = http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => proxy.web(req, res))
server.listen(Number(values.port), '127.0.0.1')
await once(server, 'listening')
lifecycle(
  () => ({ upstreamErrors }),
  () => {
    server.closeAllConnections()
    agent.destroy()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  },
)
announce((server.address() as AddressInfo).port)
