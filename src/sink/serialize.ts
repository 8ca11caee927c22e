/**
 * The record's JSON Schema (published as docs/record.schema.json, the contract for downstream
 * tools) and its serializer: compiled once with fast-json-stringify, with V8's JSON.stringify as the
 * fast path for a record of its declared shape (`recordTail`). The writer sends the record
 * without `sid` (the JSON after its opening brace); the batch script puts the windowed session id
 * in front, so `sid` is always the first property.
 */
import fastJson from 'fast-json-stringify'
import type { RequestRecord } from '../capture/record.ts'

const nullable = (type: string) => ({ type: [type, 'null'] })

const PROPERTIES = {
  id: { type: 'string', description: 'record id, unique across sensors' },
  ts: { type: 'integer', description: 'request arrival, epoch milliseconds' },
  rule: { ...nullable('string'), description: 'the rule that identified the session: custom:N, builtin:...' },
  idParams: { type: 'array', items: { type: 'string' }, description: 'names of the parameters the session key was made of' },
  app: { type: 'string' },
  host: { type: 'string' },
  method: { type: 'string' },
  path: { type: 'string', description: 'request path; masked path parameters replaced' },
  endpoint: { ...nullable('string'), description: 'the endpoint template (/users/{id})' },
  query: { type: 'string', description: 'raw query string; secret values masked' },
  status: { type: 'integer', description: 'status sent to the client; 499 when the client left first' },
  durationMs: { type: 'number' },
  ttfbMs: nullable('number'),
  reqBytes: { type: 'integer' },
  resBytes: { type: 'integer' },
  ip: { type: 'string', description: 'client IP (through trusted proxies)' },
  ua: nullable('string'),
  user: nullable('string'),
  role: nullable('string'),
  params: { type: 'object', additionalProperties: { type: 'string' }, description: 'traced parameters as stored (masked)' },
  attacks: { type: 'array', items: { type: 'string' }, description: 'attack types and API-abuse kinds detected' },
  insight: { type: ['string', 'null'], enum: ['shadow', 'zombie', null], description: 'shadow: not in the OpenAPI spec; zombie: deprecated in it' },
  flows: { type: 'array', items: { type: 'string' }, description: 'business flows (config flows) this request touched' },
  outcome: { type: 'string', enum: ['ok', 'upstream_error', 'timeout', 'client_aborted', 'denied'] },
  error: { ...nullable('string'), description: 'error code of a failed exchange' },
  traceId: { ...nullable('string'), description: 'W3C trace id from the request traceparent header' },
  matches: {
    type: 'array',
    maxItems: 16,
    description: 'where each attack type was found (present only on a record with attack types): the input (path, query:<name>, body:<field> ($.user.name in a JSON body), header:<name>, cookie:<name>; a part alone: that part as a whole) and a short excerpt of the value, masked (a secret-like field is [redacted]), at most 80 characters',
    items: {
      type: 'object',
      properties: { type: { type: 'string' }, where: { type: 'string', maxLength: 80 }, excerpt: { type: 'string', maxLength: 80 } },
      required: ['type', 'where', 'excerpt'],
      additionalProperties: false,
    },
  },
} as const

/** every property but `matches`, which only a record with attack types carries */
const REQUIRED = Object.keys(PROPERTIES).filter((k) => k !== 'matches')

/** What lands in the `rec` field of every stream entry (SPEC §5), schema version 1. */
export const RECORD_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/api-sessions/api-sessions/docs/record.schema.json',
  title: 'api-sessions request record, v1',
  type: 'object',
  properties: { sid: { type: 'string', description: 'session id (windowed)' }, ...PROPERTIES },
  required: ['sid', ...REQUIRED],
  additionalProperties: false,
} as const

const tailSchema = { type: 'object', properties: PROPERTIES, required: REQUIRED }
const stringifyTail = fastJson(tailSchema as Parameters<typeof fastJson>[0])

/**
 * The record as JSON without `sid`, and without its opening brace: `"id":"...",...}`.
 *
 * A record of the shape RequestRecord declares (every field of its type, plain strings, finite
 * numbers, integers where the schema says integer) is written by V8's own JSON.stringify of a
 * literal in schema order: the same bytes as the schema's serializer, in one flat string. Anything
 * else (a value of another type, a field missing, a `toJSON` anywhere) goes through the schema's
 * serializer (fast-json-stringify), which coerces or throws as it always did. test/sink/serialize.test.ts
 * compares the two over generated records, hostile strings included.
 */
export function recordTail(rec: RequestRecord): string {
  return isPlain(rec) ? JSON.stringify(schemaOrdered(rec)).slice(1) : recordTailBySchema(rec)
}

/** The schema's serializer: every record the fast path above does not take, and its reference in tests. */
export function recordTailBySchema(rec: RequestRecord): string {
  return stringifyTail(rec).slice(1)
}

/** The full JSON with a given session id, as the script writes it. */
export function recordJson(rec: RequestRecord, sid: string): string {
  return `{"sid":${JSON.stringify(sid)},${recordTail(rec)}`
}

/** the record's properties in schema order (PROPERTIES), `matches` last and only when present */
function schemaOrdered(r: RequestRecord): object {
  const { matches } = r
  if (matches === undefined) {
    return { id: r.id, ts: r.ts, rule: r.rule, idParams: r.idParams, app: r.app, host: r.host, method: r.method, path: r.path, endpoint: r.endpoint, query: r.query, status: r.status, durationMs: r.durationMs, ttfbMs: r.ttfbMs, reqBytes: r.reqBytes, resBytes: r.resBytes, ip: r.ip, ua: r.ua, user: r.user, role: r.role, params: r.params, attacks: r.attacks, insight: r.insight, flows: r.flows, outcome: r.outcome, error: r.error, traceId: r.traceId }
  }
  return {
    id: r.id, ts: r.ts, rule: r.rule, idParams: r.idParams, app: r.app, host: r.host, method: r.method, path: r.path, endpoint: r.endpoint, query: r.query, status: r.status, durationMs: r.durationMs, ttfbMs: r.ttfbMs, reqBytes: r.reqBytes, resBytes: r.resBytes, ip: r.ip, ua: r.ua, user: r.user, role: r.role, params: r.params, attacks: r.attacks, insight: r.insight, flows: r.flows, outcome: r.outcome, error: r.error, traceId: r.traceId,
    // a match's own properties only (the schema's)
    matches: matches.map((m) => ({ type: m.type, where: m.where, excerpt: m.excerpt })),
  }
}

type Loose = Record<string, unknown>
const isString = (v: unknown): boolean => typeof v === 'string'
const isNullableString = (v: unknown): boolean => v === null || typeof v === 'string'
const hasToJson = (v: unknown): boolean => typeof (v as Loose).toJSON === 'function'

/** an array of strings that JSON.stringify writes as the schema's serializer does (no holes, no toJSON) */
function isStrings(a: unknown): boolean {
  if (!Array.isArray(a) || hasToJson(a)) return false
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'string') return false
  return true
}

/**
 * True when JSON.stringify of schemaOrdered(rec) is byte for byte the schema serializer's output:
 * each value of the type the serializer writes unchanged (it coerces others: a number where a
 * string is due, a fraction where an integer is, null for an array), no toJSON for either to call
 * (the literal's own prototype, Object.prototype, included; JSON.stringify asks none for a primitive).
 */
function isPlain(rec: RequestRecord): boolean {
  const r = rec as unknown as Loose
  if (hasToJson(r) || (Object.prototype as Loose).toJSON !== undefined) return false
  if (!isString(r.id) || !Number.isInteger(r.ts) || !isNullableString(r.rule) || !isStrings(r.idParams) || !isString(r.app) || !isString(r.host) || !isString(r.method) || !isString(r.path)) return false
  if (!isNullableString(r.endpoint) || !isString(r.query) || !Number.isInteger(r.status) || !Number.isFinite(r.durationMs) || !(r.ttfbMs === null || Number.isFinite(r.ttfbMs))) return false
  if (!Number.isInteger(r.reqBytes) || !Number.isInteger(r.resBytes) || !isString(r.ip) || !isNullableString(r.ua) || !isNullableString(r.user) || !isNullableString(r.role)) return false
  if (!isStrings(r.attacks) || !isNullableString(r.insight) || !isStrings(r.flows) || !isString(r.outcome) || !isNullableString(r.error) || !isNullableString(r.traceId)) return false
  // params: its own enumerable string-keyed values, strings only (the serializer skips undefined ones, JSON.stringify too, but it coerces others)
  const p = r.params
  if (typeof p !== 'object' || p === null || hasToJson(p)) return false
  // a plain object, as the sensor builds it: not a boxed primitive, an array, a prototype-less object
  // or JSON.rawJSON's (which JSON.stringify writes as its raw text)
  if (Object.getPrototypeOf(p) !== Object.prototype) return false
  for (const k in p) if (typeof (p as Loose)[k] !== 'string') return false
  const m = r.matches
  if (m !== undefined) {
    if (!Array.isArray(m) || hasToJson(m)) return false
    for (const x of m as unknown[]) {
      if (typeof x !== 'object' || x === null || hasToJson(x)) return false
      const { type, where, excerpt } = x as Loose
      if (!isString(type) || !isString(where) || !isString(excerpt)) return false
    }
  }
  return true
}
