/**
 * The values the filters can take, as pickers: the ones that have an index now (`idx:<field>:<value>`,
 * docs/redis.md), each with the number of sessions in it. There is no registry of index keys to list
 * (and a SCAN of the keyspace is not bounded by what it finds), so the candidates come from what is
 * known without one — the attack vocabulary, the registered status codes and methods, the config's
 * applications, hosts and flows — and from the summaries of the newest sessions (SAMPLE per shard),
 * which add the rest (roles, a host that no pattern names), one HSCAN step each; then one ZCARD per
 * candidate and shard keeps those with sessions. Bounded: at most MAX_PER_FIELD values per field.
 */
import type { Cluster, Redis } from 'ioredis'
import { STATUS_CODES, METHODS } from 'node:http'
import type { Config } from '../config/schema.ts'
import { ABUSE_KINDS, ATTACK_TYPES } from '../capture/record.ts'
import type { IndexField, Layout } from '../redis/layout.ts'

const FIELDS = ['attack', 'status', 'method', 'app', 'host', 'role', 'flow'] as const satisfies readonly IndexField[]
type PickerField = (typeof FIELDS)[number]
const PICKERS: ReadonlySet<string> = new Set(FIELDS)

/** newest sessions per shard whose summaries add values */
const SAMPLE = 200
/** fields read of one summary at most (a hash past Redis's listpack size answers about this many per HSCAN step) */
const SCAN_COUNT = 500
const MAX_PER_FIELD = 100

interface Value {
  value: string
  sessions: number
}

export type Values = Record<PickerField, Value[]>

export async function knownValues(redis: Redis | Cluster, layout: Layout, config: Readonly<Config>): Promise<Values> {
  const candidates: Record<PickerField, Set<string>> = {
    attack: new Set([...ATTACK_TYPES, ...ABUSE_KINDS]),
    status: new Set(Object.keys(STATUS_CODES)),
    method: new Set(METHODS),
    app: new Set(config.applications.map((a) => a.name)),
    host: new Set(config.applications.flatMap((a) => a.hosts.filter((h) => !h.includes('*')))),
    role: new Set(),
    flow: new Set(Object.keys(config.flows)),
  }
  const shards = Array.from({ length: layout.shards }, (_, n) => n)
  const sampled = await Promise.all(shards.map(async (n) => {
    const sids = await redis.zrevrange(layout.sessions(n), 0, SAMPLE - 1)
    // one HSCAN step per summary, not HKEYS: a session that touched 100,000 endpoints has a summary
    // of 100,000 fields, and a sample is all the pickers need (a small hash answers whole in one step)
    return Promise.all(sids.map(async (sid) => (await redis.hscan(layout.meta(n, sid), '0', 'COUNT', SCAN_COUNT))[1]))
  }))
  for (const flat of sampled.flat()) {
    // HSCAN answers field, value, field, value...
    for (let i = 0; i < flat.length; i += 2) {
      const field = flat[i]!
      const colon = field.indexOf(':')
      const kind = field.slice(0, colon)
      const set = colon > 0 && PICKERS.has(kind) ? candidates[kind as PickerField] : undefined
      if (set !== undefined && set.size < 4 * MAX_PER_FIELD) set.add(field.slice(colon + 1))
    }
  }
  const out = {} as Values
  await Promise.all(
    FIELDS.map(async (field) => {
      const values = [...candidates[field]]
      const counts = await Promise.all(values.map(async (v) => (await Promise.all(shards.map((n) => redis.zcard(layout.index(n, field, v))))).reduce((a, b) => a + b, 0)))
      out[field] = values
        .map((value, i) => ({ value, sessions: counts[i]! }))
        .filter((v) => v.sessions > 0)
        .sort((a, b) => b.sessions - a.sessions || (a.value < b.value ? -1 : 1))
        .slice(0, MAX_PER_FIELD)
    }),
  )
  return out
}
