/**
 * Keyed hashing: session ids and `mask: hash` values are HMAC-SHA256 under the config's hashKey, so
 * equal values stay equal and nothing can be reversed or guessed without the key.
 */
import { createHmac, randomBytes } from 'node:crypto'

export const REDACTED = '[redacted]'

export interface Hasher {
  /** a stored stand-in for a secret value: "hmac:" + 22 url-safe characters (128 bits) */
  mask(value: string): string
  /** the session id of a key (its ordered values): 22 url-safe characters */
  sessionId(parts: readonly string[]): string
}

export function createHasher(key: string): Hasher {
  const mac = (domain: string, text: string) => createHmac('sha256', key).update(domain).update(text).digest().subarray(0, 16).toString('base64url')
  return {
    mask: (value) => `hmac:${mac('v\0', value)}`,
    sessionId: (parts) => mac('s\0', parts.join('\0')),
  }
}

/** A key for a sensor without hashKey: random per process (ids then differ across restarts). */
export function ephemeralKey(): string {
  return randomBytes(32).toString('base64url')
}
