/**
 * What the proxy needs per request, built once from the config at start-up (and again on reload):
 * the host router with an undici pool per upstream, trusted proxies, limits.
 */
import type { BlockList } from 'node:net'
import { Pool } from 'undici'
import type { Logger } from 'pino'
import type { Config } from '../config/schema.ts'
import type { IdSource } from '../capture/ids.ts'
import type { RequestRecord } from '../capture/record.ts'
import type { ErrorCode } from '../errors.ts'
import { toBlockList } from '../net/address.ts'
import { compileRouter, type Router } from '../net/host.ts'
import { END_TO_END_REQUEST, END_TO_END_RESPONSE } from './headers.ts'
import { tolerantConnector } from './interim.ts'
import type { Tunnels } from './tunnels.ts'
import type { Hasher } from '../capture/mask.ts'
import type { CompiledDeny } from '../policy/denylist.ts'
import { compileIdentification, type Identification } from '../session/identify.ts'

export interface Route {
  readonly name: string
  /** the upstream URL's path without its trailing slash, prefixed to every request target */
  readonly basePath: string
  readonly origin: string
  readonly pool: Pool
  /**
   * this route's exchanges not yet over (exchange.ts): a reload closes the old pool only after them,
   * for a request may still be dispatched on it after the reload — one whose body was being read
   * whole, one retried after a keep-alive race ("requests in flight finish on the old pools")
   */
  readonly active: { count: number; idle: (() => void) | null }
}

export interface Lifecycle {
  draining: boolean
}

export interface ProxyState {
  readonly config: Readonly<Config>
  readonly router: Router<Route>
  readonly routes: readonly Route[]
  readonly trusted: BlockList
  readonly anyTrusted: boolean
  readonly maxUrlBytes: number
  readonly scheme: 'http' | 'https'
  readonly log: Logger
  readonly ids: IdSource
  /** the end of every exchange: metrics, then the record to the sink (never blocks, never throws) */
  readonly finished: (record: RequestRecord) => void
  /** a request the sensor answered itself */
  readonly rejected: (code: ErrorCode) => void
  readonly identification: Identification
  /** whether any traced parameter reads a body (else no request pays for a tap) */
  readonly bodyParams: boolean
  readonly maxBodyBytes: number
  /** attack detection reads request bodies: the first `inspectBytes` of every monitored one are kept */
  readonly inspectBytes: number
  /** a request outside the monitored scope: proxied, counted, not recorded */
  readonly unmonitored: () => void
  /** the policy in force (the denylist at admission), shared across reloads and swapped as it changes */
  readonly policy: { readonly deny: CompiledDeny }
  /** the process's life, shared across reloads: once draining, answers carry Connection: close */
  readonly lifecycle: Lifecycle
  /** an exception caught at a boundary: counted and logged with where it was caught; never throws */
  readonly internalError: (where: string, err: unknown) => void
  /** open WebSocket tunnels per application (shared across reloads): the budget of limits.tunnels */
  readonly tunnels: Tunnels
  /** request fields a `Connection` header may not remove (the message's own, and what identification reads) */
  readonly keepRequest: ReadonlySet<string>
  readonly keepResponse: ReadonlySet<string>
}

function createPool(origin: string, config: Readonly<Config>): Pool {
  const t = config.timeouts
  return new Pool(origin, {
    connections: config.limits.upstreamConnections,
    pipelining: 1,
    keepAliveTimeout: t.upstreamKeepAlive,
    keepAliveMaxTimeout: Math.max(t.upstreamKeepAlive, 600_000),
    headersTimeout: t.upstreamHeaders,
    bodyTimeout: t.upstreamIdle,
    connect: tolerantConnector({ timeout: t.upstreamConnect }),
  })
}

export function buildProxyState(
  config: Readonly<Config>,
  deps: Pick<ProxyState, 'log' | 'ids' | 'finished' | 'rejected' | 'unmonitored' | 'policy' | 'lifecycle' | 'internalError' | 'tunnels'> & { hasher: Hasher },
): ProxyState {
  const routes = config.applications.map((app): Route => {
    const url = new URL(app.upstream)
    return {
      name: app.name,
      basePath: url.pathname === '/' ? '' : url.pathname.replace(/\/$/, ''),
      origin: url.origin,
      pool: createPool(url.origin, config),
      active: { count: 0, idle: null },
    }
  })
  const byName = new Map(routes.map((r) => [r.name, r]))
  const router = compileRouter(
    config.applications.map((app) => ({ patterns: app.hosts, target: byName.get(app.name)! })),
    config.defaultApplication === undefined ? undefined : byName.get(config.defaultApplication),
  )
  return {
    config,
    router,
    routes,
    trusted: toBlockList(config.trustedProxies),
    anyTrusted: config.trustedProxies.length > 0,
    maxUrlBytes: config.limits.maxUrlBytes,
    scheme: config.listen.tls ? 'https' : 'http',
    log: deps.log,
    ids: deps.ids,
    finished: deps.finished,
    rejected: deps.rejected,
    unmonitored: deps.unmonitored,
    policy: deps.policy,
    lifecycle: deps.lifecycle,
    identification: compileIdentification(config, deps.hasher),
    bodyParams: config.traced.some((p) => p.from === 'body' || p.from === 'response_body'),
    maxBodyBytes: config.capture.maxBodyBytes,
    inspectBytes: config.insight.attacks ? config.insight.maxInspectBytes : 0,
    internalError: deps.internalError,
    tunnels: deps.tunnels,
    keepRequest: new Set([...END_TO_END_REQUEST, ...tracedHeaders(config, ['header'])]),
    keepResponse: new Set([...END_TO_END_RESPONSE, ...tracedHeaders(config, ['response_header'])]),
  }
}

/** Header names the config's traced parameters read (a JWT's token header too), lower-cased. */
function tracedHeaders(config: Readonly<Config>, sources: readonly string[]): string[] {
  const names: string[] = []
  for (const p of config.traced) {
    if (sources.includes(p.from)) names.push(p.key.toLowerCase())
    if (p.from === 'jwt' && p.in?.startsWith('header:') && sources.includes('header')) names.push(p.in.slice(7).toLowerCase())
  }
  return names
}

/**
 * Close the pools of a state that is no longer routed to, once their requests are done; at a reload
 * (`afterExchanges`) once its exchanges are over too, for one may still dispatch on its pool. A drain
 * closes them after every connection has closed.
 */
export async function closeProxyState(state: ProxyState, afterExchanges = false): Promise<void> {
  await Promise.allSettled(
    state.routes.map(async (r) => {
      if (afterExchanges && r.active.count > 0) await new Promise<void>((resolve) => (r.active.idle = resolve))
      await r.pool.close()
    }),
  )
}

/** An exchange of `route` is over (its response closed): the last one lets a closing state's pool close. */
export function exchangeOver(route: Route): void {
  const active = route.active
  if (--active.count > 0 || active.idle === null) return
  const idle = active.idle
  active.idle = null
  idle()
}
