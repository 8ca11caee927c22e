/**
 * The built-in identification rules (SPEC §4), tried in this order after the custom ones:
 * common session cookies, session headers, the Authorization credential (a JWT by sub+sid, an
 * opaque bearer by value, Basic by user), API-key headers, and last the client IP + User-Agent;
 * and the user a request's credential names.
 */
import { basicUser, bearerToken } from '../capture/jwt.ts'
import { walk } from '../capture/pointer.ts'
import type { View } from '../capture/view.ts'

export interface Match {
  readonly rule: string
  readonly idParams: readonly string[]
  /** the key: a kind tag then the values */
  readonly parts: readonly string[]
}

const SESSION_COOKIES = ['PHPSESSID', 'JSESSIONID', 'connect.sid', 'session', 'sessionid', 'SESSION', 'ASP.NET_SessionId', 'laravel_session', '_session_id'] as const
export const SESSION_HEADERS = ['session-id', 'x-session-id', 'mcp-session-id'] as const
export const API_KEY_HEADERS = ['x-api-key', 'api-key', 'x-auth-token'] as const

interface BuiltinRule {
  readonly rule: string
  readonly idParams: readonly string[]
  match(view: View): readonly string[] | undefined
}

function present(value: string | undefined): string | undefined {
  const v = value?.trim()
  return v === undefined || v === '' ? undefined : v
}

/** A rule per name, reading the value with `read`: `builtin:cookie:PHPSESSID`, ... */
function byName(kind: 'cookie' | 'header', names: readonly string[], read: (v: View, name: string) => string | undefined): BuiltinRule[] {
  return names.map((name) => ({
    rule: `builtin:${kind}:${name}`,
    idParams: [`${kind}:${name}`],
    match: (v: View) => {
      const value = present(read(v, name))
      return value === undefined ? undefined : [kind, value]
    },
  }))
}

const RULES: readonly BuiltinRule[] = [
  ...byName('cookie', SESSION_COOKIES, (v, name) => v.cookie(name)),
  ...byName('header', SESSION_HEADERS, (v, name) => v.header(name)),
]

const IP_UA: Match['rule'] = 'builtin:ip-ua'

/** Rules weak enough that a login's new identifier continues their session rather than start one. */
export const WEAK_RULES: ReadonlySet<string> = new Set([IP_UA, 'builtin:ip'])

/** A built-in session cookie the response sets (the key its next requests will have), if any. */
export function newSessionCookie(view: View): readonly string[] | undefined {
  if (view.data.resHeaders?.['set-cookie'] === undefined) return undefined
  for (const name of SESSION_COOKIES) {
    const value = present(view.responseCookie(name))
    if (value !== undefined) return ['cookie', value]
  }
  return undefined
}

/**
 * The user the request's own credential names, for a record whose `users.user` parameter gave none:
 * the user name of Basic authentication (never the password), or the first of `claims` (claim paths,
 * `users.claims`) that a bearer JWT carries as a non-empty string or a number.
 */
export function credentialUser(view: View, claims: readonly (readonly string[])[]): string | undefined {
  const authorization = view.header('authorization')
  const bearer = bearerToken(authorization)
  if (bearer === undefined) return basicUser(authorization)
  const payload = claims.length === 0 ? undefined : view.jwt(bearer)
  if (payload === undefined) return undefined
  for (const path of claims) {
    const value = walk(payload, path)
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
    const text = typeof value === 'string' ? present(value) : undefined
    if (text !== undefined) return text
  }
  return undefined
}

/** The first built-in rule that applies; always one (the IP rule cannot miss). */
export function builtinMatch(view: View): Match {
  for (const r of RULES) {
    const parts = r.match(view)
    if (parts) return { rule: r.rule, idParams: r.idParams, parts }
  }
  const authorization = view.header('authorization')
  const bearer = bearerToken(authorization)
  if (bearer !== undefined) {
    const claims = view.jwt(bearer)
    const sub = claims?.sub
    if (typeof sub === 'string' || typeof sub === 'number') {
      const sid = claims?.sid
      return typeof sid === 'string' && sid !== ''
        ? { rule: 'builtin:jwt', idParams: ['authorization:sub', 'authorization:sid'], parts: ['jwt', String(sub), sid] }
        : { rule: 'builtin:jwt', idParams: ['authorization:sub'], parts: ['jwt', String(sub)] }
    }
    return { rule: 'builtin:bearer', idParams: ['authorization:bearer'], parts: ['bearer', bearer] }
  }
  const basic = basicUser(authorization)
  if (basic !== undefined) return { rule: 'builtin:basic', idParams: ['authorization:basic'], parts: ['basic', basic] }
  for (const name of API_KEY_HEADERS) {
    const value = present(view.header(name))
    if (value !== undefined) return { rule: `builtin:apikey:${name}`, idParams: [`header:${name}`], parts: ['apikey', value] }
  }
  const ua = present(view.header('user-agent'))
  return ua === undefined
    ? { rule: 'builtin:ip', idParams: ['ip'], parts: ['ip', view.data.ip] }
    : { rule: IP_UA, idParams: ['ip', 'user-agent'], parts: ['ip', view.data.ip, ua] }
}
