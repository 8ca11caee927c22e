/**
 * The console on its own port: the JSON API (sessions, a session's statistics and requests, CSV,
 * denylist, exceptions), the web page, and /healthz, /readyz, /metrics. It reads only Redis, so one
 * console serves every sensor that writes there.
 */
import http from 'node:http'
import { z } from 'zod'
import type { Cluster, Redis } from 'ioredis'
import type { Registry } from 'prom-client'
import type { Config } from '../config/schema.ts'
import type { Logger } from '../log.ts'
import type { Layout } from '../sink/layout.ts'
import { createAuthenticator, READERS, WRITERS, type Principal } from './auth.ts'
import { toCsv } from './csv.ts'
import { DenylistStore, validDenyValue } from './denylist.ts'
import { ExceptionStore } from './exceptions.ts'
import { CONSOLE_PAGE } from './page.ts'
import { detailQuery, queryError, queryObject, requestsQuery, sessionsQuery } from './query.ts'
import { SessionStore } from './store.ts'
import { toHar } from '../sink/export.ts'
import { readFileSync } from 'node:fs'

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version

const JSON_TYPE = 'application/json; charset=utf-8'
const MAX_BODY = 16 * 1024

class HttpError extends Error {
  readonly status: number
  readonly code: string
  constructor(status: number, code: string, message: string) {
    super(message)
    this.status = status
    this.code = code
  }
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers })
  res.end(text)
}

/**
 * The body of a change, which must say it is JSON: with the bearer token in a header (never a
 * cookie) a cross-site page cannot act for an analyst, and a form post cannot even reach here.
 */
async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/json') throw new HttpError(415, 'NOT_JSON', 'send the body as application/json')
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY) throw new HttpError(413, 'BODY_TOO_LARGE', `at most ${MAX_BODY} bytes`)
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
  } catch {
    throw new HttpError(400, 'BAD_JSON', 'the body is not JSON')
  }
}

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input)
  if (!result.success) throw new HttpError(400, 'BAD_PARAMETER', queryError(result.error))
  return result.data
}

const denyInput = z.strictObject({
  kind: z.enum(['ip', 'session']),
  value: z.string().min(1).max(128),
  apps: z.array(z.string().max(64)).max(50).default([]),
  expiresInMs: z.number().int().positive().max(10 * 365 * 86_400_000).optional(),
  reason: z.string().max(500).default(''),
})

const exceptionInput = z.strictObject({
  endpoint: z.string().min(1).max(512),
  attack: z.string().regex(/^[a-z_]{2,32}$/, 'an attack type such as sqli'),
  reason: z.string().max(500).default(''),
})

export interface ConsoleDeps {
  config: Readonly<Config>
  redis: Redis | Cluster
  layout: Layout
  log: Logger
  registry: Registry
}

export function createConsoleServer(deps: ConsoleDeps): http.Server {
  const authenticate = createAuthenticator(deps.config.console.tokens)
  const store = new SessionStore(deps.redis, deps.layout, deps.config.session.maxDuration)
  const denylist = new DenylistStore(deps.redis, deps.config.redis.prefix)
  const exceptions = new ExceptionStore(deps.redis, deps.config.redis.prefix)

  const authorize = (req: http.IncomingMessage, write: boolean): Principal => {
    const who = authenticate(req.headers.authorization)
    if (who === undefined) throw new HttpError(401, 'UNAUTHENTICATED', 'a valid bearer token is required')
    if (!(write ? WRITERS : READERS).has(who.role)) throw new HttpError(403, 'FORBIDDEN', `role ${who.role} may not ${write ? 'change this' : 'read sessions'}`)
    return who
  }

  async function api(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET'
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent) // ['api', ...]
    const q = queryObject(url.searchParams)

    if (parts[1] === 'sessions' && method === 'GET') {
      authorize(req, false)
      if (parts.length === 2) return send(res, 200, await store.listSessions(parse(sessionsQuery, q)))
      const sid = parts[2]!
      if (parts.length === 3) {
        const found = await store.session(sid, parse(detailQuery, q))
        if (!found) throw new HttpError(404, 'NO_SESSION', `no session ${sid}`)
        return send(res, 200, found)
      }
      if (parts.length === 4 && (parts[3] === 'requests' || parts[3] === 'requests.csv' || parts[3] === 'requests.har')) {
        const file = parts[3] === 'requests' ? undefined : parts[3] === 'requests.csv' ? 'csv' : 'har'
        const f = parse(requestsQuery, q)
        const found = await store.requests(sid, file || f.all ? { ...f, limit: 1_000_000, cursor: undefined } : f)
        if (!found) throw new HttpError(404, 'NO_SESSION', `no session ${sid}`)
        if (file === undefined) return send(res, 200, { requests: found.requests, next: found.next, total: found.total })
        const body = file === 'csv' ? toCsv(found.requests) : toHar(found.requests, VERSION)
        res.writeHead(200, {
          'content-type': file === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
          'content-disposition': `attachment; filename="session-${sid.replace(/[^A-Za-z0-9_-]/g, '_')}.${file}"`,
          'content-length': Buffer.byteLength(body),
          'cache-control': 'no-store',
        })
        res.end(body)
        return
      }
    }

    if (parts[1] === 'denylist' && parts.length === 2 && method === 'GET') {
      authorize(req, false)
      return send(res, 200, { entries: await denylist.list(), history: await denylist.history() })
    }
    if (parts[1] === 'denylist' && parts.length === 2 && method === 'POST') {
      const who = authorize(req, true)
      const body = parse(denyInput, await readJson(req))
      if (!validDenyValue(body.kind, body.value)) throw new HttpError(400, 'BAD_PARAMETER', `parameter "value": not a valid ${body.kind === 'ip' ? 'IP or CIDR range' : 'session id'}`)
      const entry = await denylist.add({
        kind: body.kind,
        value: body.value,
        apps: body.apps,
        expiresAt: body.expiresInMs === undefined ? null : Date.now() + body.expiresInMs,
        addedBy: who.name,
        reason: body.reason,
      })
      deps.log.info({ entry }, 'denylist entry added')
      return send(res, 201, entry)
    }
    if (parts[1] === 'denylist' && parts.length === 3 && method === 'DELETE') {
      const who = authorize(req, true)
      if (!(await denylist.remove(parts[2]!, who.name))) throw new HttpError(404, 'NO_ENTRY', `no denylist entry ${parts[2]}`)
      deps.log.info({ id: parts[2], by: who.name }, 'denylist entry removed')
      return send(res, 200, { removed: parts[2] })
    }

    if (parts[1] === 'exceptions' && parts.length === 2 && method === 'GET') {
      authorize(req, false)
      return send(res, 200, { exceptions: await exceptions.list() })
    }
    if (parts[1] === 'exceptions' && parts.length === 2 && method === 'POST') {
      const who = authorize(req, true)
      const body = parse(exceptionInput, await readJson(req))
      return send(res, 201, await exceptions.add({ ...body, addedBy: who.name }))
    }
    if (parts[1] === 'exceptions' && parts.length === 3 && method === 'DELETE') {
      authorize(req, true)
      if (!(await exceptions.remove(parts[2]!))) throw new HttpError(404, 'NO_ENTRY', `no exception ${parts[2]}`)
      return send(res, 200, { removed: parts[2] })
    }
    throw new HttpError(404, 'NOT_FOUND', `no route ${method} ${url.pathname}`)
  }

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://console')
    const path = url.pathname
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      })
      res.end(CONSOLE_PAGE)
      return
    }
    if (path === '/healthz') return send(res, 200, { status: 'ok' })
    if (path === '/readyz') {
      const up = deps.redis.status === 'ready'
      return send(res, up ? 200 : 503, up ? { status: 'ready' } : { status: 'not ready', reason: 'redis unreachable' })
    }
    if (path === '/metrics') {
      deps.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': deps.registry.contentType }).end(text),
        () => send(res, 500, { error: 'metrics unavailable' }),
      )
      return
    }
    if (!path.startsWith('/api/')) return send(res, 404, { error: 'not found', code: 'NOT_FOUND' })
    api(req, res, url).catch((err: unknown) => {
      if (res.headersSent) return res.destroy()
      if (err instanceof HttpError) {
        const headers = err.status === 401 ? { 'www-authenticate': 'Bearer' } : {}
        return send(res, err.status, { error: err.message, code: err.code }, headers)
      }
      deps.log.warn({ err }, 'console request failed')
      send(res, 503, { error: 'the session store is unavailable', code: 'STORE_UNAVAILABLE' })
    })
  })
}
