/**
 * The console API's query parameters, validated with zod: a bad or unknown parameter is a 400 that
 * names it. Pure helpers for the filters: endpoint wildcards and the per-request predicate.
 */
import { z } from 'zod'
import type { RequestRecord } from '../capture/record.ts'
import { hasWildcard, template, wildcard } from '../match/glob.ts'
import { memoize } from '../memo.ts'
import { inBlockList, parseCidr, toBlockList } from '../net/address.ts'

/**
 * The latest time a Date holds (epoch ms): a later one (`from=99999999999999999999999`) would be
 * spelled `1e+23` in a stream id, which Redis refuses; an earlier than 1970 is no stream id either.
 */
const MAX_TIME_MS = 8.64e15

const time = z
  .string()
  .max(64)
  .transform((s, ctx) => {
    const n = /^\d+$/.test(s) ? Number(s) : Date.parse(s)
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not a time (epoch ms or ISO 8601)` })
      return z.NEVER
    }
    if (n < 0 || n > MAX_TIME_MS) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is out of range (from 1970 to epoch ms ${MAX_TIME_MS})` })
      return z.NEVER
    }
    return n
  })
  .optional()

/** At most this many values per multi-valued filter (`attack=xss,sqli` or `attack=xss&attack=sqli`: either). */
const MAX_VALUES = 20

/** A filter of one or more values: repeated or comma-separated, trimmed, deduplicated; any of them matches. */
function many(item: z.ZodType<string, string>) {
  return z
    .string()
    .max(4096)
    .transform((s) => [...new Set(s.split(',').map((v) => v.trim()).filter((v) => v !== ''))])
    .pipe(z.array(item).min(1, 'a value').max(MAX_VALUES, `at most ${MAX_VALUES} values`))
    .optional()
}

/** the filters that take several values (the query's repeats of them are joined with commas) */
const MULTI_FILTERS = ['app', 'host', 'ip', 'attack', 'status', 'method', 'user', 'role', 'flow'] as const

const filterShape = {
  from: time,
  to: time,
  q: z.string().max(512).optional(),
  sid: z.string().max(128).optional(),
  rid: z.string().max(128).optional(),
  app: many(z.string().max(128)),
  host: many(z.string().max(256)),
  // an address (matched as written) or a CIDR range (IPv4 or IPv6: `10.0.0.0/8`, `2001:db8::/32`)
  ip: many(z.string().max(64).refine((v) => !v.includes('/') || parseCidr(v) !== undefined, 'an IP, or a CIDR range such as 10.0.0.0/8')),
  attack: many(z.string().max(64)),
  // a code (404) or a class (4xx)
  status: many(z.string().regex(/^[1-5](\d\d|xx)$/i, 'a 3-digit status or a class such as 4xx').transform((s) => s.toLowerCase())),
  method: many(z.string().regex(/^[A-Za-z]{1,16}$/, 'an HTTP method').transform((m) => m.toUpperCase())),
  user: many(z.string().max(256)),
  role: many(z.string().max(256)),
  flow: many(z.string().max(64)),
}

export const sessionsQuery = z.strictObject({
  ...filterShape,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(256).optional(),
})

export const requestsQuery = z
  .strictObject({
    ...filterShape,
    sort: z.enum(['time', 'durationMs', 'resBytes']).default('time'),
    order: z.enum(['asc', 'desc']).default('asc'),
    limit: z.coerce.number().int().min(1).max(5000).default(500),
    // sorted by time: a stream id (`1765000000000-3`); by duration or size: a rank (digits only)
    cursor: z.string().regex(/^\d{1,16}(-\d{1,16})?$/, 'a cursor from a previous answer').optional(),
    all: z.enum(['1', 'true']).optional(),
  })
  .refine((q) => q.sort === 'time' || q.cursor === undefined || !q.cursor.includes('-'), { path: ['cursor'], message: 'a cursor from a previous answer sorted the same way' })

/** The attacks view: the filters that make sense of one request, a page of up to 200 rows. */
export const attacksQuery = z.strictObject({
  from: time,
  to: time,
  q: filterShape.q,
  attack: filterShape.attack,
  ip: filterShape.ip,
  user: filterShape.user,
  app: filterShape.app,
  host: filterShape.host,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
})

export type AttacksFilter = z.output<typeof attacksQuery>

/** The API inventory: endpoint search, classes, a page of up to 500 endpoints. */
export const inventoryQuery = z.strictObject({
  q: filterShape.q,
  insight: many(z.enum(['documented', 'shadow', 'zombie', 'inferred'])),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: z.coerce.number().int().min(0).max(1_000_000).optional(),
})

export type InventoryFilter = z.output<typeof inventoryQuery>

export const detailQuery = z.strictObject({ from: time, to: time })

export type Filters = z.output<typeof sessionsQuery>

const MULTI: ReadonlySet<string> = new Set(MULTI_FILTERS)

/**
 * A parsed query as an object of its parameters: a multi-valued filter's repeats are joined with
 * commas (`attack=xss&attack=sqli` is `attack=xss,sqli`); other repeated ones keep the last.
 */
export function queryObject(search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of search) out[k] = MULTI.has(k) && out[k] !== undefined ? `${out[k]},${v}` : v
  return out
}

/** Whether a status code passes a status filter's values (codes and classes such as `4xx`). */
export function statusMatches(values: readonly string[], status: string): boolean {
  for (const v of values) if (v === status || (v.endsWith('xx') && v[0] === status[0] && status.length === 3)) return true
  return false
}

/**
 * The endpoint search `q`: with `*` or `?` a wildcard over endpoint templates and paths; without,
 * a template or a concrete path, which also finds the templates it belongs to (`/api/products/7`
 * finds `/api/products/{id}`). Every test is linear-time (src/match/glob.ts).
 */
export interface EndpointSearch {
  /** whether a session's endpoint template matches */
  template(endpoint: string): boolean
  /** whether one request matches (its path or its template: a concrete path finds the requests of its template) */
  request(path: string, endpoint: string | null): boolean
}

/** the registry's templates repeat in every search: each compiled once (at most 10,000 kept) */
const templateOf = memoize(template, 10_000, 512)

export function endpointSearch(q: string): EndpointSearch {
  const pattern = wildcard(q)
  const concrete = !hasWildcard(q)
  const belongs = (endpoint: string) => concrete && endpoint.includes('{') && templateOf(endpoint).test(q)
  return {
    template: (endpoint) => pattern.test(endpoint) || belongs(endpoint),
    request: (path, endpoint) => pattern.test(path) || (endpoint !== null && (pattern.test(endpoint) || belongs(endpoint))),
  }
}

/** Whether an ip filter names a CIDR range (then checked on summaries and records; a narrow IPv4 one also reads its addresses' indexes: candidates.ts). */
export const hasRange = (values: readonly string[]): boolean => values.some((v) => v.includes('/'))

/** the ip filter's test, compiled once per parsed filter (a list request checks thousands of summaries) */
const ipTests = new WeakMap<readonly string[], (ip: string) => boolean>()

/** Whether a client IP passes an ip filter's values: one of the addresses as written, or inside one of the ranges. */
export function ipMatches(values: readonly string[], ip: string): boolean {
  let test = ipTests.get(values)
  if (test === undefined) {
    const exact = new Set(values.filter((v) => !v.includes('/')))
    const ranges = values.filter((v) => v.includes('/'))
    const list = ranges.length === 0 ? undefined : toBlockList(ranges)
    test = (address) => exact.has(address) || (list !== undefined && inBlockList(list, address))
    ipTests.set(values, test)
  }
  return test(ip)
}

const anyOf = (values: readonly string[] | undefined, value: string | null | undefined): boolean =>
  values === undefined || (value !== null && value !== undefined && values.includes(value))

/** The first problem of a failed parse, naming the parameter. */
export function queryError(error: z.ZodError): string {
  const issue = error.issues[0]!
  if (issue.code === 'unrecognized_keys') return `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  return `parameter "${issue.path.join('.')}": ${issue.message}`
}

/** Whether one record passes the request-level filters (time range, endpoint search, ip, ...). */
export function recordFilter(f: Partial<Filters>): (r: RequestRecord) => boolean {
  const endpoint = f.q ? endpointSearch(f.q) : undefined
  const { attack, flow, status } = f
  return (r) =>
    (f.from === undefined || r.ts >= f.from) &&
    (f.to === undefined || r.ts <= f.to) &&
    (endpoint === undefined || endpoint.request(r.path, r.endpoint ?? null)) &&
    (f.rid === undefined || r.id === f.rid) &&
    (f.ip === undefined || ipMatches(f.ip, r.ip)) &&
    (status === undefined || statusMatches(status, String(r.status))) &&
    anyOf(f.method, r.method) &&
    (attack === undefined || r.attacks.some((a) => attack.includes(a))) &&
    anyOf(f.user, r.user) &&
    anyOf(f.role, r.role) &&
    anyOf(f.app, r.app) &&
    anyOf(f.host, r.host) &&
    (flow === undefined || (r.flows ?? NO_FLOWS).some((x) => flow.includes(x)))
}

/** records written before flows existed have none */
const NO_FLOWS: readonly string[] = []
