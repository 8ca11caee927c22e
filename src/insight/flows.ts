/**
 * Business flows (SPEC §7): `flows: { auth: ["POST /login", "/oauth/**"], ... }` in the config.
 * A pattern is an optional method and a path glob (`*` one segment, `**` any depth), tried on the
 * endpoint template and on the request path, so both `/users/{id}/password` and `/users/*` work.
 */
import type { Config } from '../config/schema.ts'
import { pathGlob, type Matcher } from '../match/glob.ts'

export type FlowTagger = (method: string, endpoint: string, path: string) => string[]

interface FlowPattern {
  readonly flow: string
  readonly method: string | undefined
  readonly path: Matcher
}

const NONE: string[] = []

/** Patterns the account-takeover detector uses when the config names no `auth` flow. */
const DEFAULT_AUTH_PATTERNS = [
  '/login', '/signin', '/sign-in', '/logon', '/session', '/sessions', '/token', '/oauth/token', '/oauth2/token',
  '/auth/**', '/api/login', '/api/auth/**', '/api/*/login', '/api/*/auth/**', '/users/sign_in', '/account/login',
] as const

function compile(flow: string, pattern: string): FlowPattern {
  const space = pattern.indexOf(' ')
  return space === -1
    ? { flow, method: undefined, path: pathGlob(pattern) }
    : { flow, method: pattern.slice(0, space), path: pathGlob(pattern.slice(space + 1)) }
}

function test(p: FlowPattern, method: string, endpoint: string, path: string): boolean {
  return (p.method === undefined || p.method === method) && (p.path.test(endpoint) || p.path.test(path))
}

export function compileFlows(flows: Config['flows']): FlowTagger {
  const patterns: FlowPattern[] = []
  for (const [flow, list] of Object.entries(flows)) for (const pattern of list ?? []) patterns.push(compile(flow, pattern))
  if (patterns.length === 0) return () => NONE
  return (method, endpoint, path) => {
    let out: string[] | undefined
    for (const p of patterns) {
      if ((out === undefined || !out.includes(p.flow)) && test(p, method, endpoint, path)) (out ??= []).push(p.flow)
    }
    return out ?? NONE
  }
}

/** Whether a request is a login attempt: the config's `auth` flow, else the default patterns. */
export function compileAuthTest(flows: Config['flows']): (method: string, endpoint: string, path: string) => boolean {
  const patterns = (flows.auth ?? DEFAULT_AUTH_PATTERNS).map((pattern) => compile('auth', pattern))
  return (method, endpoint, path) => patterns.some((p) => test(p, method, endpoint, path))
}
