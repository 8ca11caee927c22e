/** Scopes (monitor targets, a parameter's `when`): application, host pattern and path glob, compiled once. */
import type { Scope } from '../config/schema.ts'
import { compileRouter } from '../proxy/router.ts'

export type ScopeTest = (app: string, host: string, path: string) => boolean

/** "/api/*" matches one segment, "/api/**" any depth; everything else is literal. Linear-time regex. */
export function globToRegExp(glob: string): RegExp {
  let source = '^'
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*') {
      if (glob[i + 1] === '*') {
        source += '.*'
        i++
      } else source += '[^/]*'
    } else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`${source}$`)
}

export function compileScope(scope: Scope): ScopeTest {
  const hostOk = scope.host === undefined ? undefined : compileRouter([{ patterns: [scope.host], target: true }], false)
  const pathRe = scope.path === undefined ? undefined : globToRegExp(scope.path)
  const app = scope.application
  return (a, host, path) =>
    (app === undefined || app === a) && (hostOk === undefined || hostOk.route(host) === true) && (pathRe === undefined || pathRe.test(path))
}

/** Any of the scopes; `all` short-circuits to always. */
export function compileScopes(all: boolean, scopes: readonly Scope[]): ScopeTest {
  if (all) return () => true
  const tests = scopes.map(compileScope)
  return (a, host, path) => tests.some((test) => test(a, host, path))
}
