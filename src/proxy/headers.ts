/**
 * Header handling at the proxy's two edges, per RFC 9110 §7.6.1: hop-by-hop fields and those
 * named in `Connection` are dropped; everything else passes in its order, case and duplicates.
 * The client IP is believed from X-Forwarded-For only through trusted proxies.
 */
import type { BlockList } from 'node:net'
import { ipFamily, normaliseIp } from '../net/address.ts'
import { API_KEY_HEADERS, SESSION_HEADERS } from '../session/builtin.ts'

/**
 * Dropped in both directions. `expect` too (node answers 100-continue itself; undici refuses it);
 * the X-Forwarded-* trio is rebuilt by `forwardedHeaders`, so the client's copies are dropped here.
 */
const REQUEST_DROP = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade',
  'expect', 'http2-settings', 'x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host',
])
const RESPONSE_DROP = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade',
])

/**
 * Fields a `Connection` header may not remove: they define the message (Host, its framing and
 * content) or they are what the sensor reads to route, record and identify it. Dropping them on a
 * client's say-so (`Connection: Host`) would let the upstream see another request than the one the
 * sensor routed and recorded. The proxy state adds the headers the config's traced parameters read.
 */
export const END_TO_END_REQUEST: readonly string[] = [
  'host', 'content-length', 'content-type', 'content-encoding', 'authorization', 'cookie', 'user-agent',
  'traceparent', 'tracestate', ...SESSION_HEADERS, ...API_KEY_HEADERS,
]
export const END_TO_END_RESPONSE: readonly string[] = ['set-cookie', 'content-length', 'content-type', 'content-encoding', 'location']

/** Extra names the `Connection` header lists, lower-cased, but the protected ones; undefined (no allocation) when none. */
function connectionTokens(value: string | undefined, keep: ReadonlySet<string>): Set<string> | undefined {
  if (value === undefined) return undefined
  let tokens: Set<string> | undefined
  for (const raw of value.split(',')) {
    const token = raw.trim().toLowerCase()
    if (token !== '' && token !== 'close' && token !== 'keep-alive' && !keep.has(token)) (tokens ??= new Set()).add(token)
  }
  return tokens
}

export interface Forwarded {
  /** the client as the sensor believes it: the peer, or the first untrusted hop of X-Forwarded-For */
  readonly clientIp: string
  readonly xff: string
  readonly proto: string
  readonly host: string
}

/**
 * The client IP: the peer unless it is a trusted proxy; then X-Forwarded-For read right to left,
 * skipping trusted hops, stopping at the first untrusted one (or at garbage, keeping the last good).
 */
/** the longest client IP taken from X-Forwarded-For: an IPv6 address (45) and a short zone id */
const MAX_IP_CHARS = 64

export function clientIpOf(peer: string, xff: string | undefined, trusted: BlockList, anyTrusted: boolean): string {
  if (!anyTrusted || xff === undefined || !isTrusted(peer, trusted)) return peer
  let client = peer
  const hops = xff.split(',')
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseIp(stripPort(hops[i]!.trim()))
    // an address is 45 characters at most; a longer one is garbage however it parses (node takes any
    // IPv6 zone id: `fe80::1%<20 KB>` would become the client IP and the keys named after it)
    if (hop.length > MAX_IP_CHARS || ipFamily(hop) === undefined) return client
    client = hop
    if (!isTrusted(hop, trusted)) return hop
  }
  return client
}

function isTrusted(ip: string, trusted: BlockList): boolean {
  const family = ipFamily(ip)
  return family !== undefined && trusted.check(ip, family)
}

/** "1.2.3.4:5678" → "1.2.3.4"; "[::1]:80" → "::1"; a bare IPv6 stays. */
function stripPort(hop: string): string {
  if (hop.startsWith('[')) {
    const end = hop.indexOf(']')
    return end > 0 ? hop.slice(1, end) : hop
  }
  const colon = hop.indexOf(':')
  return colon !== -1 && colon === hop.lastIndexOf(':') ? hop.slice(0, colon) : hop
}

/**
 * X-Forwarded-* to send upstream. From a trusted peer, the chain is extended and its proto/host
 * kept; from anyone else, the client's claims are replaced by what the sensor saw.
 */
export function forwardedHeaders(
  peer: string,
  headers: { 'x-forwarded-for'?: string | undefined; 'x-forwarded-proto'?: string | string[] | undefined; 'x-forwarded-host'?: string | string[] | undefined; host?: string | undefined },
  scheme: string,
  trusted: BlockList,
  anyTrusted: boolean,
): Forwarded {
  peer = normaliseIp(peer)
  const incoming = headers['x-forwarded-for']
  if (anyTrusted && isTrusted(peer, trusted)) {
    const proto = headers['x-forwarded-proto']
    const host = headers['x-forwarded-host']
    return {
      clientIp: clientIpOf(peer, incoming, trusted, true),
      xff: incoming ? `${incoming}, ${peer}` : peer,
      proto: typeof proto === 'string' && proto !== '' ? proto : scheme,
      host: typeof host === 'string' && host !== '' ? host : (headers.host ?? ''),
    }
  }
  return { clientIp: peer, xff: peer, proto: scheme, host: headers.host ?? '' }
}

/** Request headers for undici as a flat [name, value, ...] list, from node's rawHeaders. */
export function upstreamRequestHeaders(raw: readonly string[], connection: string | undefined, fwd: Forwarded, keep: ReadonlySet<string>): string[] {
  const extra = connectionTokens(connection, keep)
  const out: string[] = []
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!
    const lower = name.toLowerCase()
    if (REQUEST_DROP.has(lower) || (extra !== undefined && extra.has(lower))) continue
    out.push(name, raw[i + 1]!)
  }
  out.push('x-forwarded-for', fwd.xff, 'x-forwarded-proto', fwd.proto)
  if (fwd.host !== '') out.push('x-forwarded-host', fwd.host)
  return out
}

/**
 * Response headers for node's writeHead as a flat list, from undici's raw headers (Buffers),
 * keeping order, case and duplicates (every Set-Cookie) of the end-to-end fields.
 */
export function downstreamResponseHeaders(raw: readonly Buffer[], keep: ReadonlySet<string>): string[] {
  let connection: string | undefined
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]!.length === 10 && raw[i]!.toString('latin1').toLowerCase() === 'connection') {
      const value = raw[i + 1]!.toString('latin1')
      connection = connection === undefined ? value : `${connection},${value}`
    }
  }
  const extra = connectionTokens(connection, keep)
  const out: string[] = []
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toString('latin1')
    const lower = name.toLowerCase()
    if (RESPONSE_DROP.has(lower) || (extra !== undefined && extra.has(lower))) continue
    out.push(name, raw[i + 1]!.toString('latin1'))
  }
  return out
}

/**
 * Whether a Transfer-Encoding names a coding other than `chunked`, the one the sensor implements
 * (RFC 9112 §6.1). Node's and undici's parsers take the chunking off `gzip, chunked` and leave the
 * gzip: relayed without its label (Transfer-Encoding is hop-by-hop), those bytes would arrive as a
 * plain body. Requests are refused (admit.ts), answers are a bad upstream (exchange.ts, websocket.ts).
 */
export function otherTransferCoding(te: string | string[] | undefined): boolean {
  if (te === undefined) return false
  if (typeof te !== 'string') return te.length !== 1 || otherTransferCoding(te[0])
  return te.length !== 7 || te.toLowerCase() !== 'chunked'
}
