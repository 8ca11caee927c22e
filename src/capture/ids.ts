/**
 * Record ids: unique across sensor instances, roughly time-ordered, cheap. A random per-process
 * prefix plus a counter: one string concatenation per request instead of a UUID's random bytes.
 */
import { randomBytes } from 'node:crypto'

export interface IdSource {
  next(): string
}

export function createIdSource(): IdSource {
  const prefix = `${Date.now().toString(36)}${randomBytes(6).toString('base64url')}-`
  let counter = 0
  return {
    next: () => prefix + (counter++).toString(36),
  }
}
