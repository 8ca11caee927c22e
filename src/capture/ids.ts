/**
 * Record ids: unique across sensor instances, time-ordered and cheap: the request's arrival time
 * in base 36, a random per-process part, and a counter (no random bytes per request). The time part
 * lets the console find a record by id in the time-ordered feed.
 */
import { randomBytes } from 'node:crypto'

export interface IdSource {
  next(ts: number): string
}

export function createIdSource(): IdSource {
  const instance = randomBytes(6).toString('hex')
  let counter = 0
  return {
    next: (ts) => `${ts.toString(36)}.${instance}.${(counter++).toString(36)}`,
  }
}

/** The arrival time (epoch ms) a record id carries; undefined when the id is not one of ours. */
export function timeOfRecordId(id: string): number | undefined {
  const dot = id.indexOf('.')
  if (dot < 1 || !/^[0-9a-z]+$/.test(id.slice(0, dot))) return undefined
  const ts = parseInt(id.slice(0, dot), 36)
  return Number.isSafeInteger(ts) ? ts : undefined
}
