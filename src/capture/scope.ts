/** Scopes (monitor targets, a parameter's `when`): application, host pattern and path glob, compiled once. */
import type { Scope } from '../config/schema.ts'
import { compileRouter } from '../net/host.ts'
import { pathGlob } from '../match/glob.ts'

export type ScopeTest = (app: string, host: string, path: string) => boolean

export function compileScope(scope: Scope): ScopeTest {
  const hostOk = scope.host === undefined ? undefined : compileRouter([{ patterns: [scope.host], target: true }], false)
  const pathMatch = scope.path === undefined ? undefined : pathGlob(scope.path)
  const app = scope.application
  return (a, host, path) =>
    (app === undefined || app === a) && (hostOk === undefined || hostOk.route(host) === true) && (pathMatch === undefined || pathMatch.test(path))
}

/** Any of the scopes; `all` short-circuits to always. */
export function compileScopes(all: boolean, scopes: readonly Scope[]): ScopeTest {
  if (all) return () => true
  const tests = scopes.map(compileScope)
  return (a, host, path) => tests.some((test) => test(a, host, path))
}
