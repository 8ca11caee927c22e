/**
 * The console API's query parameters, validated with zod: a bad or unknown parameter is a 400 that
 * names it. Pure helpers for the filters: endpoint wildcards and the per-request predicate.
 */
import { z } from 'zod'
import type { RequestRecord } from '../capture/record.ts'
import { wildcard } from '../match/glob.ts'

const time = z
  .string()
  .transform((s, ctx) => {
    const n = /^\d+$/.test(s) ? Number(s) : Date.parse(s)
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not a time (epoch ms or ISO 8601)` })
      return z.NEVER
    }
    return n
  })
  .optional()

const filterShape = {
  from: time,
  to: time,
  q: z.string().max(512).optional(),
  sid: z.string().max(128).optional(),
  rid: z.string().max(128).optional(),
  app: z.string().max(128).optional(),
  host: z.string().max(256).optional(),
  ip: z.string().max(64).optional(),
  attack: z.string().max(64).optional(),
  status: z.string().regex(/^\d{3}$/, 'a 3-digit status').optional(),
  method: z.string().regex(/^[A-Za-z]{1,16}$/, 'an HTTP method').transform((m) => m.toUpperCase()).optional(),
  user: z.string().max(256).optional(),
  role: z.string().max(256).optional(),
  flow: z.string().max(64).optional(),
}

export const sessionsQuery = z.strictObject({
  ...filterShape,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(256).optional(),
})

export const requestsQuery = z.strictObject({
  ...filterShape,
  sort: z.enum(['time', 'durationMs', 'resBytes']).default('time'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  cursor: z.string().regex(/^\d{1,16}(-\d{1,16})?$/, 'a cursor from a previous answer').optional(),
  all: z.enum(['1', 'true']).optional(),
})

export const detailQuery = z.strictObject({ from: time, to: time })

export type Filters = z.output<typeof sessionsQuery>

/** A parsed query as an object of its parameters; repeated ones keep the last. */
export function queryObject(search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of search) out[k] = v
  return out
}

/** The first problem of a failed parse, naming the parameter. */
export function queryError(error: z.ZodError): string {
  const issue = error.issues[0]!
  if (issue.code === 'unrecognized_keys') return `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  return `parameter "${issue.path.join('.')}": ${issue.message}`
}

/** Whether one record passes the request-level filters (time range, endpoint search, ip, ...). */
export function recordFilter(f: Partial<Filters>): (r: RequestRecord) => boolean {
  const endpoint = f.q ? wildcard(f.q) : undefined
  return (r) =>
    (f.from === undefined || r.ts >= f.from) &&
    (f.to === undefined || r.ts <= f.to) &&
    (endpoint === undefined || endpoint.test(r.endpoint ?? r.path)) &&
    (f.rid === undefined || r.id === f.rid) &&
    (f.ip === undefined || r.ip === f.ip) &&
    (f.status === undefined || String(r.status) === f.status) &&
    (f.method === undefined || r.method === f.method) &&
    (f.attack === undefined || r.attacks.includes(f.attack)) &&
    (f.user === undefined || r.user === f.user) &&
    (f.role === undefined || r.role === f.role) &&
    (f.app === undefined || r.app === f.app) &&
    (f.host === undefined || r.host === f.host) &&
    (f.flow === undefined || (r.flows ?? NO_FLOWS).includes(f.flow))
}

/** records written before flows existed have none */
const NO_FLOWS: readonly string[] = []
