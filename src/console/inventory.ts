/**
 * The API inventory: every endpoint template seen (the writer's registry, `endpoints`, scored by last
 * request, and `endpoints:first`, by first), with its sessions (its index, `endpoint:<template>`), and what the newest requests say
 * about it (the feed read newest first, SAMPLE records per shard at most): applications, methods,
 * requests, attacks, status mix. Each is classed against the applications' OpenAPI specs:
 * `documented` (a spec path), `zombie` (its operations deprecated), `shadow` (not in the spec of an
 * application that has one), `inferred` (no spec: the template was inferred from the paths).
 */
import type { Cluster, Redis } from 'ioredis'
import type { Config } from '../config/schema.ts'
import { loadApiSpec } from '../config/openapi.ts'
import type { RequestRecord } from '../capture/record.ts'
import { parseJson } from '../capture/json.ts'
import type { Layout } from '../redis/layout.ts'
import { endpointSearch, type InventoryFilter } from './query.ts'

type Insight = 'documented' | 'shadow' | 'zombie' | 'inferred'

interface EndpointRow {
  endpoint: string
  insight: Insight
  /** the first request to it still in the retention (null: written before first-seen was kept) */
  firstSeen: number | null
  lastSeen: number
  sessions: number
  /** from the sample of the newest requests (`sampled` in the answer) */
  apps: string[]
  methods: string[]
  requests: number
  attacks: Record<string, number>
  status: Record<string, number>
}

/** feed records read per shard for the per-endpoint detail */
const SAMPLE = 5_000
const CHUNK = 500

interface SpecIndex {
  /** per spec: its base paths, longest first, and template → whether every operation it declares is deprecated */
  readonly specs: readonly { readonly bases: readonly string[]; readonly paths: ReadonlyMap<string, boolean> }[]
  readonly withSpec: ReadonlySet<string>
  readonly apps: number
}

/**
 * Whether a spec endpoint (a base path + a template) is deprecated in every operation, undefined
 * when no spec declares it. The bases and the templates are kept apart, not multiplied: an audit's
 * spec of 2,000 servers × 2,000 paths made 4 million entries.
 */
function deprecatedOf(index: SpecIndex, endpoint: string): boolean | undefined {
  for (const spec of index.specs) {
    for (const base of spec.bases) {
      if (!endpoint.startsWith(base)) continue
      const rest = endpoint.slice(base.length)
      const found = spec.paths.get(rest === '' ? '/' : rest) ?? (rest.startsWith('/') ? spec.paths.get(`${rest}/`) : undefined)
      if (found !== undefined) return found
    }
  }
  return undefined
}

/** The config's specs, read once (they are read at start-up too; a broken one was refused then). */
export function specIndex(config: Readonly<Config>): SpecIndex {
  const specs: { bases: string[]; paths: Map<string, boolean> }[] = []
  const withSpec = new Set<string>()
  for (const app of config.applications) {
    if (app.openapi === undefined) continue
    withSpec.add(app.name)
    try {
      const spec = loadApiSpec(app.openapi)
      const paths = new Map<string, boolean>()
      for (const p of spec.paths) {
        const ops = [...p.operations.values()]
        if (!paths.has(p.template)) paths.set(p.template, ops.length > 0 && ops.every((o) => o.deprecated))
      }
      specs.push({ bases: [...new Set(spec.basePaths)].sort((a, b) => b.length - a.length), paths })
    } catch {
      // unreadable now: its endpoints are classed from the records' own insight only
    }
  }
  return { specs, withSpec, apps: config.applications.length }
}

/**
 * A session's endpoint template classed against the specs alone (the summary keeps its templates, not
 * its records' insight): `zombie` when every operation of that spec path is deprecated, `shadow` when
 * it is no spec path and every application of the session has a spec; else undefined.
 */
export function classOf(specs: SpecIndex, endpoint: string, apps: readonly string[]): 'shadow' | 'zombie' | undefined {
  const deprecated = deprecatedOf(specs, endpoint)
  if (deprecated !== undefined) return deprecated ? 'zombie' : undefined
  return apps.length > 0 && apps.every((a) => specs.withSpec.has(a)) ? 'shadow' : undefined
}

function emptyRow(endpoint: string): EndpointRow {
  return { endpoint, insight: 'inferred', firstSeen: null, lastSeen: 0, sessions: 0, apps: [], methods: [], requests: 0, attacks: {}, status: {} }
}

export async function listEndpoints(redis: Redis | Cluster, layout: Layout, specs: SpecIndex, f: InventoryFilter) {
  const shards = Array.from({ length: layout.shards }, (_, n) => n)
  const search = f.q === undefined ? undefined : endpointSearch(f.q)
  const rows = new Map<string, EndpointRow>()
  const registries = await Promise.all(shards.map((n) => redis.zrevrange(layout.endpoints(n), 0, -1, 'WITHSCORES')))
  for (const flat of registries) {
    for (let i = 0; i < flat.length; i += 2) {
      const endpoint = flat[i]!
      if (search !== undefined && !search.template(endpoint)) continue
      const row = rows.get(endpoint) ?? emptyRow(endpoint)
      row.lastSeen = Math.max(row.lastSeen, Number(flat[i + 1]))
      rows.set(endpoint, row)
    }
  }
  // the newest requests, for what the registry does not keep per endpoint
  const seenInsight = new Map<string, Set<string>>()
  let sampled = 0
  let since: number | null = null
  await Promise.all(
    shards.map(async (n) => {
      let high = '+'
      for (let read = 0; read < SAMPLE; ) {
        const entries = (await redis.xrevrange(layout.feed(n), high, '-', 'COUNT', CHUNK)) as [string, string[]][]
        for (const [, fields] of entries) {
          const at = fields.indexOf('rec')
          const r = parseJson(fields[at + 1] ?? '') as RequestRecord | null
          if (r === null || typeof r !== 'object' || typeof r.ts !== 'number') continue
          sampled++
          since = since === null ? r.ts : Math.min(since, r.ts)
          const row = rows.get(r.endpoint ?? r.path)
          if (row === undefined) continue
          row.requests++
          if (!row.apps.includes(r.app)) row.apps.push(r.app)
          if (!row.methods.includes(r.method)) row.methods.push(r.method)
          row.status[String(r.status)] = (row.status[String(r.status)] ?? 0) + 1
          for (const a of r.attacks) row.attacks[a] = (row.attacks[a] ?? 0) + 1
          let set = seenInsight.get(row.endpoint)
          if (set === undefined) seenInsight.set(row.endpoint, (set = new Set()))
          set.add(r.insight ?? (specs.withSpec.has(r.app) ? 'documented' : 'inferred'))
        }
        read += entries.length
        if (entries.length < CHUNK) break
        high = `(${entries.at(-1)![0]}`
      }
    }),
  )
  for (const row of rows.values()) {
    const seen = seenInsight.get(row.endpoint)
    const deprecated = deprecatedOf(specs, row.endpoint)
    if (seen !== undefined) row.insight = seen.has('shadow') ? 'shadow' : seen.has('zombie') ? 'zombie' : seen.has('documented') ? 'documented' : 'inferred'
    else if (deprecated !== undefined) row.insight = deprecated ? 'zombie' : 'documented'
    else row.insight = specs.withSpec.size === 0 ? 'inferred' : specs.withSpec.size === specs.apps ? 'shadow' : 'inferred'
  }
  let list = [...rows.values()].filter((r) => f.insight === undefined || f.insight.includes(r.insight))
  list.sort((a, b) => b.lastSeen - a.lastSeen || (a.endpoint < b.endpoint ? -1 : 1))
  const total = list.length
  const offset = f.cursor ?? 0
  list = list.slice(offset, offset + f.limit)
  const counts = await Promise.all(list.map(async (r) => (await Promise.all(shards.map((n) => redis.zcard(layout.endpoint(n, r.endpoint))))).reduce((a, b) => a + b, 0)))
  list.forEach((r, i) => (r.sessions = counts[i]!))
  // first seen: the oldest over the shards of the first-seen registry (one ZMSCORE per shard)
  if (list.length > 0) {
    const firsts = await Promise.all(shards.map((n) => redis.zmscore(layout.endpointsFirst(n), ...list.map((r) => r.endpoint))))
    for (const scores of firsts) list.forEach((r, i) => {
      const v = scores[i]
      if (v !== null && v !== undefined) r.firstSeen = r.firstSeen === null ? Number(v) : Math.min(r.firstSeen, Number(v))
    })
  }
  return { endpoints: list, total, next: offset + f.limit < total ? String(offset + f.limit) : null, sampled, since }
}
