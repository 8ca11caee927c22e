/**
 * JWT claims without verifying the signature (the sensor observes, it does not authorise).
 * A malformed token yields nothing: never an exception. Its payload gets the JSON depth ceiling.
 */
import { boundedCounts } from './bounds.ts'
import { parseJson, TOO_DEEP } from './json.ts'

const MAX_TOKEN = 16 * 1024

/** A session sends the same token again and again: decoded payloads are kept, bounded, read-only. */
const decoded = new Map<string, Record<string, unknown> | undefined>()
const CACHE_ENTRIES = 4_096
const CACHEABLE = 2_048

export function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  if (decoded.has(token)) return decoded.get(token)
  const payload = decodeUncached(token)
  if (token.length > CACHEABLE) return payload // big tokens are not worth the memory
  if (decoded.size >= CACHE_ENTRIES) decoded.delete(decoded.keys().next().value!)
  decoded.set(token, payload === undefined ? undefined : Object.freeze(payload))
  return payload
}

function decodeUncached(token: string): Record<string, unknown> | undefined {
  if (token.length > MAX_TOKEN) return undefined
  const first = token.indexOf('.')
  if (first <= 0) return undefined
  const second = token.indexOf('.', first + 1)
  if (second === -1 || token.indexOf('.', second + 1) !== -1) return undefined
  const payload = token.slice(first + 1, second)
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(payload)) return undefined
  const value = parseJson(Buffer.from(payload, 'base64url').toString('utf8'))
  if (value === TOO_DEEP) {
    boundedCounts.json_depth++
    return undefined
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

/** "Bearer abc" → "abc" (scheme case-insensitive); anything else → undefined. */
export function bearerToken(authorization: string | undefined): string | undefined {
  if (authorization === undefined || authorization.length < 8) return undefined
  if (authorization.slice(0, 7).toLowerCase() !== 'bearer ') return undefined
  const token = authorization.slice(7).trim()
  return token === '' ? undefined : token
}

/** "Basic dXNlcjpwYXNz" → "user"; undefined when not Basic or undecodable. */
export function basicUser(authorization: string | undefined): string | undefined {
  if (authorization === undefined || authorization.length < 7) return undefined
  if (authorization.slice(0, 6).toLowerCase() !== 'basic ') return undefined
  const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  const user = colon === -1 ? '' : decoded.slice(0, colon)
  return user === '' ? undefined : user
}
