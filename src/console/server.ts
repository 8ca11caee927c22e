/**
 * The console on its own port: the JSON API (sessions, a session's statistics and requests, CSV
 * and HAR, denylist, exceptions), the web page, and /healthz, /readyz, /metrics. It reads only
 * Redis, so one console serves every sensor that writes there.
 *
 * Routes are a table (`{method, path, access, handle}`), matched on the decoded path segments. The
 * handler of every request is a boundary: a malformed path is a 400, a Redis failure a 503, and
 * anything else a 500 that is counted (`internalError('console')`) — never a thrown exception.
 */
import http from 'node:http'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import type { Cluster, Redis } from 'ioredis'
import type { Config } from '../config/schema.ts'
import type { Logger } from '../log.ts'
import type { Layout } from '../redis/layout.ts'
import { ERRORS, type ErrorCode } from '../errors.ts'
import type { RequestRecord } from '../capture/record.ts'
import { createAuthenticator, READERS, WRITERS, type Principal } from './auth.ts'
import { CSV_COLUMNS, csvRow } from '../sink/csv.ts'
import { compileDeny, DenylistStore, sameEntry, validDenyValue } from '../policy/denylist.ts'
import { keyHashOfSession } from '../redis/layout.ts'
import { ExceptionStore, MAX_WILDCARD_CHARS, overWildcardBudget } from '../policy/exceptions.ts'
import { MAX_POLICY_ENTRIES } from '../policy/watched-hash.ts'
import { parseCidr, rangeKey } from '../net/address.ts'
import { CONSOLE_PAGE, CONSOLE_SCRIPT } from './page.ts'
import { attacksQuery, detailQuery, inventoryQuery, queryError, queryObject, requestsQuery, sessionsQuery } from './query.ts'
import { decodeAttackCursor, listAttacks } from './attacks.ts'
import { knownValues } from './values.ts'
import { classOf, listEndpoints, specIndex } from './inventory.ts'
import { SessionStore, type SessionSummary } from './store.ts'
import { harEntry, harHead, HAR_TAIL } from '../sink/export.ts'
import { compileHostGuard } from '../net/host.ts'
import { REDIS_AWAY_MESSAGE, REDIS_ERROR_NAMES } from '../redis/client-errors.ts'

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version

const JSON_TYPE = 'application/json; charset=utf-8'
const MAX_BODY = 16 * 1024

/** An answer with one of the catalogue's codes and a message that says what exactly. */
class HttpError extends Error {
  readonly code: ErrorCode
  readonly status: number
  /** more of the answer's body (ALREADY_DENIED: the entry in force) */
  readonly extra: Record<string, unknown>
  constructor(code: ErrorCode, message: string = ERRORS[code].message, extra: Record<string, unknown> = {}) {
    super(message)
    this.code = code
    this.status = ERRORS[code].status
    this.extra = extra
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
  if (type !== 'application/json') throw new HttpError('NOT_JSON', 'send the body as application/json')
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY) throw new HttpError('BODY_TOO_LARGE', `at most ${MAX_BODY} bytes`)
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
  } catch {
    throw new HttpError('BAD_JSON', 'the body is not JSON')
  }
}

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input)
  if (!result.success) throw new HttpError('BAD_PARAMETER', queryError(result.error))
  return result.data
}

const denyInput = z.strictObject({
  kind: z.enum(['ip', 'session']),
  value: z.string().min(1).max(128),
  apps: z.array(z.string().max(64)).max(50).default([]),
  expiresInMs: z.number().int().positive().max(10 * 365 * 86_400_000).optional(),
  reason: z.string().max(500).default(''),
})

/** a false positive: an attack type on an endpoint */
const exceptionInput = z.strictObject({
  endpoint: z.string().min(1).max(512),
  attack: z.string().regex(/^[a-z_]{2,32}$/, 'an attack type such as sqli'),
  reason: z.string().max(500).default(''),
})

/** a client IP or CIDR range exempt from API-abuse detection */
const ipExceptionInput = z.strictObject({
  ip: z.string().min(1).max(64).refine((v) => parseCidr(v) !== undefined, 'an IP address or CIDR range'),
  reason: z.string().max(500).default(''),
})

/** The hash of the page's one style sheet, for a CSP without 'unsafe-inline'. */
function inlineHash(tag: 'style'): string {
  const start = CONSOLE_PAGE.indexOf(`<${tag}>`) + tag.length + 2
  const end = CONSOLE_PAGE.indexOf(`</${tag}>`, start)
  return `'sha256-${createHash('sha256').update(CONSOLE_PAGE.slice(start, end)).digest('base64')}'`
}
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': `default-src 'none'; script-src 'self'; style-src ${inlineHash('style')}; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
}
/** The page's script: its own file (no inline script at all), compiled by the browser as it arrives. */
const SCRIPT_HEADERS = {
  'content-type': 'text/javascript; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
}

export interface ConsoleDeps {
  config: Readonly<Config>
  redis: Redis | Cluster
  layout: Layout
  log: Logger
  /** the Prometheus text /metrics serves */
  metrics(): Promise<{ contentType: string; text: string }>
  /** an exception caught at the console's boundary (counted where the metrics live) */
  internalError(where: string, err: unknown): void
}

interface Context {
  readonly req: http.IncomingMessage
  readonly res: http.ServerResponse
  /** decoded path segments after /api/: ['sessions', '<sid>', 'requests'] */
  readonly params: readonly string[]
  readonly query: Record<string, string>
  readonly who: Principal
}

interface Route {
  readonly method: string
  /** literal segments, or ':name' for a parameter */
  readonly path: readonly string[]
  readonly access: 'read' | 'write'
  readonly handle: (c: Context) => Promise<void>
}

function match(route: Route, method: string, segments: readonly string[]): boolean {
  if (route.method !== method || route.path.length !== segments.length) return false
  for (let i = 0; i < segments.length; i++) if (route.path[i]![0] !== ':' && route.path[i] !== segments[i]) return false
  return true
}

/** '/api/sessions/x%20y' → ['sessions', 'x y']; a broken escape is a 400, never a thrown URIError. */
function segmentsOf(pathname: string): string[] {
  const out: string[] = []
  for (const part of pathname.split('/')) {
    if (part === '') continue
    try {
      out.push(decodeURIComponent(part))
    } catch {
      throw new HttpError('BAD_PATH', 'the path has a broken %-escape')
    }
  }
  return out
}

/** Redis errors (down, slow, refused) are the store being away; anything else is a bug. */
export function isStoreError(err: unknown): boolean {
  const e = err as { name?: string; code?: unknown; command?: unknown; message?: unknown } | null
  if (e === null || typeof e !== 'object') return false
  return (typeof e.name === 'string' && REDIS_ERROR_NAMES.has(e.name)) || e.command !== undefined ||
    (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) || (typeof e.message === 'string' && REDIS_AWAY_MESSAGE.test(e.message))
}

/** /metrics asks for the registry at most once in this long (Prometheus scrapes every 15 s or so) */
export const METRICS_TTL_MS = 1_000
/** an ask that has not been answered in this long no longer holds the next ones back */
const METRICS_STUCK_MS = 10_000

/**
 * An async answer asked for at most once per `ttlMs`: callers meanwhile share the one in flight, then
 * its answer until `ttlMs` after it came (a failure is not kept). /metrics without a token is open to
 * anyone who reaches the port, and under `start` each ask is work on the proxy's thread: a flood of
 * scrapes must not become a flood of asks.
 */
export function cachedFor<T>(ask: () => Promise<T>, ttlMs: number, now: () => number = () => performance.now()): () => Promise<T> {
  let held: { answer: Promise<T>; until: number } | undefined
  return () => {
    if (held !== undefined && now() < held.until) return held.answer
    const entry = { answer: ask(), until: now() + METRICS_STUCK_MS }
    held = entry
    entry.answer.then(
      () => {
        entry.until = now() + ttlMs
      },
      () => {
        if (held === entry) held = undefined
      },
    )
    return entry.answer
  }
}

export function createConsoleServer(deps: ConsoleDeps): http.Server {
  const authenticate = createAuthenticator(deps.config.console.tokens)
  const metrics = cachedFor(() => deps.metrics(), METRICS_TTL_MS)
  let specs: ReturnType<typeof specIndex> | undefined
  // the specs are read at the first call that needs them (at most once)
  const store = new SessionStore(deps.redis, deps.layout, deps.config.session.maxDuration, (endpoint, apps) => classOf((specs ??= specIndex(deps.config)), endpoint, apps))
  const denylist = new DenylistStore(deps.redis, deps.config.redis.prefix)
  const exceptions = new ExceptionStore(deps.redis, deps.config.redis.prefix)

  /** A CSV or HAR of a session, streamed a chunk at a time with backpressure. */
  const download = async (c: Context, sid: string, file: 'csv' | 'har'): Promise<void> => {
    const f = parse(requestsQuery, c.query)
    const res = c.res
    const write = (text: string): Promise<void> | undefined => {
      if (res.destroyed) throw new HttpError('NOT_FOUND', 'the client left')
      if (res.write(text)) return undefined
      // wait for the client to read (or leave), with no listener left behind either way
      return new Promise((resolve) => {
        const done = (): void => {
          res.off('drain', done).off('close', done)
          resolve()
        }
        res.on('drain', done).on('close', done)
      })
    }
    let started = false
    let first = true
    const ok = await store.exportRequests(sid, f, async (recs: RequestRecord[]) => {
      if (!started) {
        started = true
        res.writeHead(200, {
          'content-type': file === 'csv' ? 'text/csv; charset=utf-8' : JSON_TYPE,
          'content-disposition': `attachment; filename="session-${sid.replace(/[^A-Za-z0-9_-]/g, '_')}.${file}"`,
          'cache-control': 'no-store',
        })
        await write(file === 'csv' ? `${CSV_COLUMNS.join(',')}\r\n` : harHead(VERSION))
      }
      let text = ''
      for (const r of recs) {
        if (file === 'csv') text += `${csvRow(r)}\r\n`
        else {
          text += `${first ? '' : ',\n'}${JSON.stringify(harEntry(r))}`
          first = false
        }
      }
      await write(text)
    })
    if (!ok) throw new HttpError('NO_SESSION', `no session ${sid}`)
    if (!started) {
      res.writeHead(200, { 'content-type': file === 'csv' ? 'text/csv; charset=utf-8' : JSON_TYPE, 'cache-control': 'no-store' })
      res.write(file === 'csv' ? `${CSV_COLUMNS.join(',')}\r\n` : harHead(VERSION))
    }
    res.end(file === 'csv' ? '' : HAR_TAIL)
  }

  /**
   * What the denylist covers now (the console's entries in force and the config's static ranges):
   * `denied` when an entry names the session (by its identification key) for all or one of its
   * applications, `deniedIps` its client IPs an address or range covers. One read of the denylist
   * per call.
   */
  const markDenied = async <T extends SessionSummary>(sessions: T[]): Promise<(T & { denied: boolean; deniedIps: string[] })[]> => {
    const deny = compileDeny(sessions.length === 0 ? [] : await denylist.list(), deps.config.denylist)
    return sessions.map((x) => {
      const apps = x.apps.length > 0 ? x.apps : [x.app]
      const kh = keyHashOfSession(x.sid)
      return {
        ...x,
        denied: !deny.empty && apps.some((app) => deny.sessionDenied(app, kh)),
        deniedIps: deny.empty ? [] : x.ips.filter((ip) => apps.some((app) => deny.ipDenied(app, ip))),
      }
    })
  }

  const routes: readonly Route[] = [
    {
      method: 'GET',
      path: ['sessions'],
      access: 'read',
      handle: async (c) => {
        const list = await store.listSessions(parse(sessionsQuery, c.query))
        send(c.res, 200, { ...list, sessions: await markDenied(list.sessions) })
      },
    },
    {
      method: 'GET',
      path: ['sessions', ':sid'],
      access: 'read',
      handle: async (c) => {
        const found = await store.session(c.params[1]!, parse(detailQuery, c.query))
        if (!found) throw new HttpError('NO_SESSION', `no session ${c.params[1]}`)
        send(c.res, 200, { ...found, session: (await markDenied([found.session]))[0] })
      },
    },
    {
      method: 'GET',
      path: ['sessions', ':sid', 'requests'],
      access: 'read',
      handle: async (c) => {
        const { all: _all, ...f } = parse(requestsQuery, c.query)
        const found = await store.requests(c.params[1]!, f)
        if (!found) throw new HttpError('NO_SESSION', `no session ${c.params[1]}`)
        send(c.res, 200, found)
      },
    },
    { method: 'GET', path: ['sessions', ':sid', 'requests.csv'], access: 'read', handle: (c) => download(c, c.params[1]!, 'csv') },
    { method: 'GET', path: ['sessions', ':sid', 'requests.har'], access: 'read', handle: (c) => download(c, c.params[1]!, 'har') },
    {
      method: 'GET',
      path: ['attacks'],
      access: 'read',
      handle: async (c) => {
        const { cursor, ...f } = parse(attacksQuery, c.query)
        const at = cursor === undefined ? undefined : decodeAttackCursor(cursor)
        if (cursor !== undefined && at === undefined) throw new HttpError('BAD_PARAMETER', 'parameter "cursor": a cursor from a previous answer')
        send(c.res, 200, await listAttacks(store, f, at))
      },
    },
    {
      method: 'GET',
      path: ['endpoints'],
      access: 'read',
      handle: async (c) => {
        const f = parse(inventoryQuery, c.query)
        specs ??= specIndex(deps.config)
        send(c.res, 200, await listEndpoints(deps.redis, deps.layout, specs, f))
      },
    },
    {
      method: 'GET',
      path: ['values'],
      access: 'read',
      handle: async (c) => {
        parse(z.strictObject({}), c.query)
        send(c.res, 200, { values: await knownValues(deps.redis, deps.layout, deps.config) })
      },
    },
    { method: 'GET', path: ['denylist'], access: 'read', handle: async (c) => send(c.res, 200, { entries: await denylist.list(), history: await denylist.history() }) },
    {
      method: 'POST',
      path: ['denylist'],
      access: 'write',
      handle: async (c) => {
        const body = parse(denyInput, await readJson(c.req))
        if (!validDenyValue(body.kind, body.value)) throw new HttpError('BAD_PARAMETER', `parameter "value": not a valid ${body.kind === 'ip' ? 'IP or CIDR range' : 'session id'}`)
        // one entry per IP, range or session and applications: a second is a 409 naming the first;
        // the ceiling counts the entries in force (the listing removes expired ones)
        const entries = await denylist.list()
        if (entries.length >= MAX_POLICY_ENTRIES) throw new HttpError('POLICY_FULL', `the denylist holds ${entries.length} entries in force`)
        const existing = sameEntry(entries, body)
        if (existing !== undefined) throw new HttpError('ALREADY_DENIED', `${body.value} is already on the denylist (entry ${existing.id})`, { entry: existing })
        const entry = await denylist.add({
          kind: body.kind,
          value: body.value,
          apps: body.apps,
          expiresAt: body.expiresInMs === undefined ? null : Date.now() + body.expiresInMs,
          addedBy: c.who.name,
          reason: body.reason,
        })
        deps.log.info({ entry }, 'denylist entry added')
        send(c.res, 201, entry)
      },
    },
    {
      method: 'DELETE',
      path: ['denylist', ':id'],
      access: 'write',
      handle: async (c) => {
        const id = c.params[1]!
        if (!(await denylist.remove(id, c.who.name))) throw new HttpError('NO_ENTRY', `no denylist entry ${id}`)
        deps.log.info({ id, by: c.who.name }, 'denylist entry removed')
        send(c.res, 200, { removed: id })
      },
    },
    { method: 'GET', path: ['exceptions'], access: 'read', handle: async (c) => send(c.res, 200, { exceptions: await exceptions.list(), history: await exceptions.history() }) },
    {
      method: 'POST',
      path: ['exceptions'],
      access: 'write',
      handle: async (c) => {
        const body = await readJson(c.req)
        const input = body !== null && typeof body === 'object' && 'ip' in body ? parse(ipExceptionInput, body) : parse(exceptionInput, body)
        // one exception per IP or range (in any spelling), and per endpoint and attack type
        const key = 'ip' in input ? rangeKey(input.ip) : undefined
        const all = await exceptions.list()
        if (all.length >= MAX_POLICY_ENTRIES) throw new HttpError('POLICY_FULL', `the exceptions hold ${all.length} entries`)
        const over = 'endpoint' in input ? overWildcardBudget(all, input) : undefined
        if (over !== undefined && 'attack' in input) {
          throw new HttpError('POLICY_FULL', `the wildcard exceptions of ${input.attack} would hold ${over} characters of patterns, ${MAX_WILDCARD_CHARS} at most (every ${input.attack} record is tested against each): remove some first`)
        }
        const existing = all.find((e) => ('ip' in e ? 'ip' in input && rangeKey(e.ip) === key : !('ip' in input) && e.endpoint === input.endpoint && e.attack === input.attack))
        if (existing !== undefined) throw new HttpError('ALREADY_EXCEPTED', `${'ip' in input ? `${input.ip} is already exempt from abuse detection` : `${input.attack} on ${input.endpoint} is already an exception`} (exception ${existing.id})`, { exception: existing })
        const entry = await exceptions.add({ ...input, addedBy: c.who.name })
        deps.log.info({ exception: entry }, 'exception added')
        send(c.res, 201, entry)
      },
    },
    {
      method: 'DELETE',
      path: ['exceptions', ':id'],
      access: 'write',
      handle: async (c) => {
        const id = c.params[1]!
        if (!(await exceptions.remove(id, c.who.name))) throw new HttpError('NO_ENTRY', `no exception ${id}`)
        deps.log.info({ id, by: c.who.name }, 'exception removed')
        send(c.res, 200, { removed: id })
      },
    },
  ]

  const authorize = (req: http.IncomingMessage, access: 'read' | 'write'): Principal => {
    const who = authenticate(req.headers.authorization)
    if (who === undefined) throw new HttpError('UNAUTHENTICATED', 'a valid bearer token is required')
    if (!(access === 'write' ? WRITERS : READERS).has(who.role)) throw new HttpError('FORBIDDEN', `role ${who.role} may not ${access === 'write' ? 'change this' : 'read sessions'}`)
    return who
  }

  const api = async (req: http.IncomingMessage, res: http.ServerResponse, pathname: string, search: string): Promise<void> => {
    const segments = segmentsOf(pathname).slice(1) // after 'api'
    const method = req.method ?? 'GET'
    const route = routes.find((r) => match(r, method, segments))
    if (route === undefined) throw new HttpError('NOT_FOUND', `no route ${method} ${pathname.slice(0, 200)}`)
    const who = authorize(req, route.access)
    await route.handle({ req, res, params: segments, query: queryObject(new URLSearchParams(search)), who })
  }

  const fail = (res: http.ServerResponse, err: unknown): void => {
    if (res.headersSent) {
      res.destroy()
      return
    }
    if (err instanceof HttpError) {
      const headers = err.status === 401 ? { 'www-authenticate': 'Bearer' } : {}
      return send(res, err.status, { error: err.message, code: err.code, ...err.extra }, headers)
    }
    if (isStoreError(err)) {
      deps.log.warn({ err }, 'console request failed: the store is unavailable')
      return send(res, 503, { error: 'the session store is unavailable', code: 'STORE_UNAVAILABLE' })
    }
    deps.internalError('console', err)
    send(res, 500, { error: ERRORS.INTERNAL.message, code: 'INTERNAL' })
  }

  const hostAllowed = compileHostGuard(deps.config.console.allowedHosts, deps.config.console.listen.host)
  return http.createServer((req, res) => {
    try {
      if (!hostAllowed(req.headers.host)) {
        throw new HttpError('HOST_NOT_ALLOWED', `the console does not answer to Host ${JSON.stringify((req.headers.host ?? '').slice(0, 100))}: add its name to console.allowedHosts`)
      }
      const raw = req.url ?? '/'
      const q = raw.indexOf('?')
      const pathname = q === -1 ? raw : raw.slice(0, q)
      if (pathname.charCodeAt(0) !== 47 /* / */) throw new HttpError('BAD_PATH', 'the path must begin with /')
      if (pathname === '/' || pathname === '/index.html') {
        res.writeHead(200, PAGE_HEADERS)
        res.end(CONSOLE_PAGE)
        return
      }
      if (pathname === '/console.js') {
        res.writeHead(200, SCRIPT_HEADERS)
        res.end(CONSOLE_SCRIPT)
        return
      }
      if (pathname === '/healthz') return send(res, 200, { status: 'ok' })
      if (pathname === '/readyz') {
        const up = deps.redis.status === 'ready'
        return send(res, up ? 200 : 503, up ? { status: 'ready' } : { status: 'not ready', reason: 'redis unreachable' })
      }
      if (pathname === '/metrics') {
        metrics().then(
          ({ contentType, text }) => res.writeHead(200, { 'content-type': contentType }).end(text),
          (err: unknown) => fail(res, err),
        )
        return
      }
      if (!pathname.startsWith('/api/')) throw new HttpError('NOT_FOUND', 'not found')
      api(req, res, pathname, q === -1 ? '' : raw.slice(q + 1)).catch((err: unknown) => fail(res, err))
    } catch (err) {
      fail(res, err)
    }
  })
}
