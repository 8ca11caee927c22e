/**
 * Routing by Host, compiled once from the applications: exact names in a map, `*.` wildcards
 * ordered longest suffix first, then the default application. First configured match wins.
 */
import { isIPv4, isIPv6 } from 'node:net'

export interface HostEntry<T> {
  readonly patterns: readonly string[]
  readonly target: T
}

export interface Router<T> {
  route(host: string | undefined): T | undefined
}

/** "Shop.Example.com:8080" → ["shop.example.com:8080", "shop.example.com"]; IPv6 literals kept bracketed. */
export function splitHost(host: string): { full: string; name: string } {
  const full = host.trim().toLowerCase()
  const end = full.startsWith('[') ? full.indexOf(']') + 1 : full.lastIndexOf(':')
  if (end <= 0 || end >= full.length) return { full, name: full.replace(/\.$/, '') }
  return { full, name: full.slice(0, end).replace(/\.$/, '') }
}

export function compileRouter<T>(entries: readonly HostEntry<T>[], fallback: T | undefined): Router<T> {
  const exact = new Map<string, T>()
  const wildcards: { suffix: string; withPort: boolean; target: T; order: number }[] = []
  let order = 0
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      if (pattern.startsWith('*.')) {
        const { full, name } = splitHost(pattern.slice(2))
        wildcards.push({ suffix: pattern.slice(1), withPort: full !== name, target: entry.target, order: order++ })
      } else if (!exact.has(pattern)) {
        exact.set(pattern, entry.target)
      }
    }
  }
  // longer (more specific) suffixes first; among equals, the first configured
  wildcards.sort((a, b) => b.suffix.length - a.suffix.length || a.order - b.order)

  return {
    route(host) {
      if (host === undefined || host === '') return fallback
      const { full, name } = splitHost(host)
      const hit = exact.get(full) ?? exact.get(name)
      if (hit !== undefined) return hit
      for (const w of wildcards) {
        const candidate = w.withPort ? full : name
        if (candidate.endsWith(w.suffix) && candidate.length > w.suffix.length) return w.target
      }
      return fallback
    },
  }
}

/**
 * Which `Host` values a browser-facing server answers to, against DNS rebinding: a page of
 * `evil.example` whose name is made to point at 127.0.0.1 reaches a loopback server with
 * `Host: evil.example`. Always answered: an IP literal (v4 or bracketed v6, any port), `localhost`
 * and its sub-domains, the server's own listen host, and a request without Host (HTTP/1.0, which no
 * browser sends); then the names given (`*.` for any sub-domain). `*` alone answers any Host (the
 * guard off).
 */
export function compileHostGuard(allowed: readonly string[], listenHost: string): (host: string | undefined) => boolean {
  if (allowed.includes('*')) return () => true
  const exact = new Set<string>(['localhost', splitHost(listenHost).name])
  const suffixes = ['.localhost']
  for (const pattern of allowed) {
    if (pattern.startsWith('*.')) suffixes.push(splitHost(pattern.slice(1)).name)
    else exact.add(splitHost(pattern).name)
  }
  return (host) => {
    // no Host at all (HTTP/1.0: a load balancer's health check) is no browser's request, so no rebinding
    if (host === undefined || host === '') return true
    if (host.length > 255 || !HOST_FIELD.test(host)) return false
    const { name } = splitHost(host)
    if (exact.has(name) || isIpLiteral(name)) return true
    for (const s of suffixes) if (name.length > s.length && name.endsWith(s)) return true
    return false
  }
}

/** a Host field's shape: a name or an address (bracketed v6), then a port */
const HOST_FIELD = /^(?:\[[0-9A-Fa-f:.]+(?:%25[\w.~-]+)?\]|[\w.~-]+)(?::\d{1,5})?$/

function isIpLiteral(name: string): boolean {
  if (name.startsWith('[')) return name.endsWith(']') && isIPv6(name.slice(1, -1))
  return isIPv4(name)
}
