/**
 * The admin port: /healthz (the process answers), /readyz (ready for traffic: the sensor fails
 * open, so Redis in trouble does not make it unready), /readyz/redis (records are being written:
 * every shard of the writer is up; for an operator who would rather move traffic elsewhere than
 * proxy it unrecorded), /metrics.
 */
import http from 'node:http'
import type { Registry } from 'prom-client'

export interface Readiness {
  /** undefined when ready; otherwise why not */
  notReady(): string | undefined
  /** the writer's shards that are not writing, with why (empty: all write) */
  notWriting(): { shard: number; failures: number; lastWriteAgeMs: number | null; error: string }[]
}

const JSON_TYPE = { 'content-type': 'application/json' }

export function createAdminServer(readiness: Readiness, registry: Registry): http.Server {
  return http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...JSON_TYPE, allow: 'GET, HEAD' }).end('{"error":"method not allowed"}')
      return
    }
    if (path === '/healthz') {
      res.writeHead(200, JSON_TYPE).end('{"status":"ok"}')
    } else if (path === '/readyz') {
      const reason = readiness.notReady()
      if (reason === undefined) res.writeHead(200, JSON_TYPE).end('{"status":"ready"}')
      else res.writeHead(503, JSON_TYPE).end(JSON.stringify({ status: 'not ready', reason }))
    } else if (path === '/readyz/redis') {
      const down = readiness.notWriting()
      if (down.length === 0) res.writeHead(200, JSON_TYPE).end('{"status":"writing"}')
      else res.writeHead(503, JSON_TYPE).end(JSON.stringify({ status: 'not writing', shards: down }))
    } else if (path === '/metrics') {
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        () => res.writeHead(500, JSON_TYPE).end('{"error":"metrics unavailable"}'),
      )
    } else {
      res.writeHead(404, JSON_TYPE).end('{"error":"not found"}')
    }
  })
}
