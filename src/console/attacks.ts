/**
 * The attacks view: every request the detector marked (attack types and abuse kinds), newest
 * sessions first and, inside each, newest requests first. Read from what the writer keeps: the
 * per-type indexes (`idx:attack:<type>`, sessions by their last request of that type) name the
 * sessions, their summaries screen them, and their streams are read newest first for the marked
 * requests. Bounded per call: at most MAX_SESSIONS sessions and MAX_RECORDS records are examined;
 * past that the answer is `partial` with a cursor that goes on.
 */
import type { RequestRecord } from '../capture/record.ts'
import { ABUSE_KINDS, ATTACK_TYPES } from '../capture/record.ts'
import { shardOfSession } from '../redis/layout.ts'
import { CandidateStream, type Position } from './candidates.ts'
import { endpointSearch, recordFilter, type AttacksFilter } from './query.ts'
import { summaryMatches, type SessionStore } from './store.ts'

/** One detected attack: the request it was found in, and where that request is. */
interface AttackRow {
  ts: number
  /** every attack type and abuse kind of the request */
  attacks: string[]
  rid: string
  sid: string
  method: string
  host: string
  app: string
  path: string
  /** the query string as stored (masked as configured): with the path, where the detector looked */
  query: string
  endpoint: string | null
  status: number
  ip: string
  user: string | null
  /** where each type was found and a masked excerpt (records written before this was kept: []) */
  matches: { type: string; where: string; excerpt: string }[]
}

export interface AttackPage {
  attacks: AttackRow[]
  next: string | null
  partial: boolean
}

const MAX_SESSIONS = 500
const MAX_RECORDS = 5_000

/** Where a page stopped: the session's position in the candidate order and, inside it, the last entry read. */
interface Cursor {
  at: Position
  entry: string | null
}

function encode(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.at[0], c.at[1], c.entry])).toString('base64url')
}

/** A cursor from a previous answer; undefined for anything else (the client's text is input). */
export function decodeAttackCursor(text: string): Cursor | undefined {
  try {
    const v = JSON.parse(Buffer.from(text, 'base64url').toString()) as unknown
    if (!Array.isArray(v) || v.length !== 3) return undefined
    const [score, sid, entry] = v as unknown[]
    if (typeof score !== 'number' || typeof sid !== 'string' || sid.length > 128) return undefined
    if (entry !== null && (typeof entry !== 'string' || !/^\d{1,16}-\d{1,16}$/.test(entry))) return undefined
    return { at: [score, sid], entry }
  } catch {
    return undefined
  }
}

function rowOf(r: RequestRecord): AttackRow {
  return {
    ts: r.ts, attacks: r.attacks, rid: r.id, sid: r.sid ?? '', method: r.method, host: r.host, app: r.app, path: r.path, query: r.query ?? '',
    endpoint: r.endpoint ?? null, status: r.status, ip: r.ip, user: r.user ?? null, matches: Array.isArray(r.matches) ? r.matches : [],
  }
}

export async function listAttacks(store: SessionStore, f: AttacksFilter, cursor: Cursor | undefined): Promise<AttackPage> {
  const { redis, layout } = store
  const types = f.attack ?? [...ATTACK_TYPES, ...ABUSE_KINDS]
  const keys: string[] = []
  for (const t of types) for (let n = 0; n < layout.shards; n++) keys.push(layout.index(n, 'attack', t))
  const { attack: _attack, ...sessionFilter } = f
  const endpoint = f.q === undefined ? undefined : endpointSearch(f.q)
  const test = recordFilter(f)
  const wanted = f.attack
  const marked = (r: RequestRecord) => (wanted === undefined ? r.attacks.length > 0 : r.attacks.some((a) => wanted.includes(a)))
  const out: AttackRow[] = []
  let sessions = 0
  let records = 0

  /** Read one session's marked requests newest first; the last entry read when it stopped before its end. */
  const visit = async (sid: string, after: string | null): Promise<string | null> => {
    const budget = MAX_RECORDS - records
    let read = 0
    const last = await store.scan(
      sid,
      { from: f.from, to: f.to, reverse: true, ...(after === null ? {} : { after }) },
      (r) => {
        read++
        if (marked(r) && test(r)) out.push(rowOf(r))
        return out.length < f.limit
      },
      budget,
    )
    records += Math.max(read, 1)
    return last
  }

  if (cursor !== undefined && cursor.entry !== null) {
    sessions++
    const stopped = await visit(cursor.at[1], cursor.entry)
    if (stopped !== null) return { attacks: out, next: encode({ at: cursor.at, entry: stopped }), partial: out.length < f.limit }
  }
  const stream = new CandidateStream(redis, keys, {
    // a session whose last attack is before `from` has none in range
    min: f.from ?? -Infinity,
    max: Infinity,
    after: cursor?.at,
    layout,
  })
  // the last session read to its end: a cursor after it goes on with the next one
  let done: Position | undefined = cursor?.at
  const rest = async (): Promise<AttackPage> => {
    const more = done !== undefined && (await stream.next(1)).length > 0
    return { attacks: out, next: more ? encode({ at: done!, entry: null }) : null, partial: more && out.length < f.limit }
  }
  while (out.length < f.limit) {
    if (sessions >= MAX_SESSIONS || records >= MAX_RECORDS) return rest()
    const chunk = await stream.next(Math.min(50, MAX_SESSIONS - sessions))
    if (chunk.length === 0) return { attacks: out, next: null, partial: false }
    const metas = await Promise.all(chunk.map(([, sid]) => redis.hgetall(layout.meta(shardOfSession(layout, sid), sid))))
    for (let i = 0; i < chunk.length; i++) {
      const at = chunk[i]!
      sessions++
      // screened on the whole session's summary first: it must have had the type, IP, user, ... at all
      if (summaryMatches(metas[i]!, sessionFilter, endpoint) && !(f.to !== undefined && Number(metas[i]!.first) > f.to)) {
        const stopped = await visit(at[1], null)
        // the page filled (or the budget ran out) inside this session: go on from that entry
        if (stopped !== null) return { attacks: out, next: encode({ at, entry: stopped }), partial: out.length < f.limit }
      }
      done = at
      if (out.length >= f.limit || sessions >= MAX_SESSIONS || records >= MAX_RECORDS) {
        // the rest of this chunk comes again after `done` (the stream is re-made from the cursor)
        if (i + 1 < chunk.length) return { attacks: out, next: encode({ at, entry: null }), partial: out.length < f.limit }
        return rest()
      }
    }
  }
  return { attacks: out, next: null, partial: false }
}
