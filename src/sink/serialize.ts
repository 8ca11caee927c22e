/**
 * The record's JSON Schema (published as docs/record.schema.json, the contract for downstream
 * tools) and its serializer, compiled once with fast-json-stringify. The writer sends the record
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

/** The record as JSON without `sid`, and without its opening brace: `"id":"...",...}`. */
export function recordTail(rec: RequestRecord): string {
  return stringifyTail(rec).slice(1)
}

/** The full JSON with a given session id, as the script writes it. */
export function recordJson(rec: RequestRecord, sid: string): string {
  return `{"sid":${JSON.stringify(sid)},${recordTail(rec)}`
}
