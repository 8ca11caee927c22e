/**
 * Session identification compiled from the config (SPEC §3-4): the monitored scope, the traced
 * parameters, the custom rules in order, then the built-in ones; values masked as configured and
 * the session id a keyed hash of the key. Pure: the same view always gives the same identity.
 */
import type { Config } from '../config/schema.ts'
import { compileParams, type CompiledParam } from '../capture/extract.ts'
import { REDACTED, type Hasher } from '../capture/mask.ts'
import { compileScopes, type ScopeTest } from '../capture/scope.ts'
import { maskCards } from '../capture/cards.ts'
import { clip } from '../capture/bounds.ts'
import { compileSanitizer } from '../capture/sanitize.ts'
import { View, type HeaderBag } from '../capture/view.ts'
import type { RequestRecord } from '../capture/record.ts'
import { builtinMatch, credentialUser, newSessionCookie, WEAK_RULES, type Match } from './builtin.ts'

/** the tag every custom rule's key is hashed under (built-in keys begin with their kind: 'ip', 'jwt', 'cookie'…) */
const CUSTOM_KEY = 'custom'

const RESPONSE_SOURCES = new Set(['response_header', 'response_cookie', 'response_body'])

export interface Identity {
  /** every traced parameter present, as stored (masked) */
  readonly params: Record<string, string>
  readonly rule: string
  /** names of the parameters the session key was made of */
  readonly idParams: readonly string[]
  /** the keyed hash of the key: the session id before session windows */
  readonly sid: string
  /** the key (values, raw): kept in memory only, never stored */
  readonly key: readonly string[]
  /**
   * Login continuity (SPEC §4.5): the key hash whose current session this request joins (its own
   * `sid`, or the weak IP + User-Agent key's when a response identifier made the strong key), and
   * the key hashes (comma-separated) to point at that session from now on, or null.
   */
  readonly windowKey: string
  readonly handoffKey: string | null
  readonly user: string | null
  readonly role: string | null
  /** the path and query as a record keeps them: masked values replaced */
  readonly path: string
  readonly query: string
}

/** What `bodyNeeds` answers: bits for the request's body and the response's */
export const BODY_NEEDS = { request: 1, response: 2 } as const

export interface Identification {
  readonly monitored: ScopeTest
  /** whether some body parameter could apply to this request: BODY_NEEDS bits */
  readonly bodyNeeds: (app: string, host: string, path: string) => number
  identify(view: View): Identity
}

export function compileIdentification(config: Readonly<Config>, hasher: Hasher): Identification {
  const params = compileParams(config.traced)
  const index = new Map(params.map((p, i) => [p.name, i]))
  const rules = config.rules.map((r, n) => ({
    rule: `custom:${n + 1}`,
    idParams: r.params,
    at: r.params.map((name) => index.get(name)!),
    fromResponse: r.params.some((name) => RESPONSE_SOURCES.has(params[index.get(name)!]!.from)),
  }))
  const userAt = config.users.user === undefined ? -1 : index.get(config.users.user)!
  const claims = config.users.claims.map((c) => c.split('.'))
  const roleAt = config.users.role === undefined ? -1 : index.get(config.users.role)!
  const maxValue = config.capture.maxValueBytes
  const sanitizer = compileSanitizer(config.traced, hasher, config.capture.cardNumbers)
  const cards = config.capture.cardNumbers === 'truncate' ? maskCards : (v: string) => v
  const bodyParams = params.filter((p) => p.from === 'body' || p.from === 'response_body')

  const store = (p: CompiledParam, raw: string): string => {
    if (p.mask === 'hash') return hasher.mask(raw)
    if (p.mask === 'redact') return REDACTED
    return cards(clip(raw, maxValue, 'param'))
  }

  return {
    monitored: compileScopes(config.monitor.all, config.monitor.targets),
    bodyNeeds(app, host, path) {
      let needs = 0
      for (const p of bodyParams) {
        if (p.inScope === undefined || p.inScope(app, host, path)) needs |= p.from === 'body' ? BODY_NEEDS.request : BODY_NEEDS.response
      }
      return needs
    },
    identify(view) {
      const d = view.data
      const raw = new Array<string | undefined>(params.length)
      const stored: Record<string, string> = {}
      for (let i = 0; i < params.length; i++) {
        const p = params[i]!
        if (p.inScope !== undefined && !p.inScope(d.app, d.host, d.path)) continue
        const value = p.get(view)
        raw[i] = value
        if (value !== undefined) stored[p.name] = store(p, value)
      }
      let rule: string | undefined
      let idParams: readonly string[] = []
      let key: readonly string[] = []
      let byResponse = false
      for (const r of rules) {
        if (r.at.every((i) => raw[i] !== undefined)) {
          rule = r.rule
          idParams = r.idParams
          // values only: the same token found by different rules makes the same key
          key = r.at.map((i) => raw[i]!)
          byResponse = r.fromResponse
          break
        }
      }
      let builtin: Match | undefined
      if (rule === undefined) {
        builtin = builtinMatch(view)
        rule = builtin.rule
        idParams = builtin.idParams
        key = builtin.parts
      }
      // a custom rule's key is tagged as one (every custom rule alike: values only); a built-in key begins with its kind
      const sid = builtin === undefined ? hasher.sessionId(key, CUSTOM_KEY) : hasher.sessionId(key)
      let windowKey = sid
      let weakBefore = builtin !== undefined && WEAK_RULES.has(builtin.rule)
      const handoffs: string[] = []
      if (byResponse) {
        // the response handed out the identifier: what would the request alone have been?
        const before = rules.find((r) => !r.fromResponse && r.at.every((i) => raw[i] !== undefined))
        const weak = before === undefined ? builtinMatch(view) : undefined
        if (weak !== undefined && WEAK_RULES.has(weak.rule)) {
          weakBefore = true
          windowKey = hasher.sessionId(weak.parts)
          handoffs.push(sid)
        }
      }
      if (weakBefore) {
        const cookie = newSessionCookie(view)
        if (cookie !== undefined) handoffs.push(hasher.sessionId(cookie))
      }
      const handoffKey = handoffs.length === 0 ? null : handoffs.join(',')
      // the configured user parameter wins; else the user the request's credential names
      const traced = userAt === -1 ? undefined : stored[params[userAt]!.name]
      const own = traced === undefined ? credentialUser(view, claims) : undefined
      return {
        params: stored,
        rule,
        idParams,
        sid,
        key,
        windowKey,
        handoffKey,
        user: traced ?? (own === undefined ? null : cards(clip(own, maxValue, 'param'))),
        role: roleAt === -1 ? null : (stored[params[roleAt]!.name] ?? null),
        path: sanitizer.path(d.path),
        query: sanitizer.query(d.query),
      }
    },
  }
}

/** Identify the exchange a record describes and fill in its session part. */
export function identifyRecord(
  rec: RequestRecord,
  identification: Identification,
  maxBodyBytes: number,
  reqHeaders: HeaderBag,
  resHeaders: HeaderBag | null,
  reqBody: Buffer | null,
  resBody: Buffer | null,
): void {
  const view = new View(
    { app: rec.app, host: rec.host, method: rec.method, path: rec.path, query: rec.query, ip: rec.ip, reqHeaders, resHeaders, status: rec.status, reqBody, resBody },
    maxBodyBytes,
  )
  const id = identification.identify(view)
  rec.sid = id.sid
  rec.windowKey = id.windowKey
  rec.handoffKey = id.handoffKey
  rec.rule = id.rule
  rec.idParams = id.idParams as string[]
  rec.params = id.params
  rec.user = id.user
  rec.role = id.role
  rec.path = id.path
  rec.query = id.query
}
