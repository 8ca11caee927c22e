/**
 * Follows a Redis hash the console writes (the denylist, the exceptions): loaded at start, again on
 * every change published on its channel (pub/sub, for speed) and every `resyncMs` (for what pub/sub
 * missed). Redis away: the last copy stays in force; `apply` hears `undefined` so that time-based
 * state (expiries) can still move on.
 */
import type { Cluster, Redis } from 'ioredis'

/**
 * Entries a watched hash holds at most: the console refuses one more (409 `POLICY_FULL`), and a
 * sensor compiles no more than this many of what it reads (a hash written past it by other means).
 */
export const MAX_POLICY_ENTRIES = 10_000

/** An entry's stored bytes at most: more than the console's whole request body (16 KiB) is no entry it wrote. */
export const MAX_POLICY_VALUE_BYTES = 16 * 1024

/** The entries' stored bytes in all, at most: 10,000 of the console's (a few hundred bytes each) fit several times over. */
export const MAX_POLICY_BYTES = 8 * 1024 * 1024

/**
 * A watched hash read in Redis, bounded there: its values page by page (HSCAN), at most
 * MAX_POLICY_ENTRIES kept, no value over MAX_POLICY_VALUE_BYTES, MAX_POLICY_BYTES in all (a hash written past them by
 * other means is never sent whole, nor read whole: twice the entries scanned at most), and a digest
 * of what is kept. When the digest is the one the sensor holds (ARGV[3]) only it comes back: a resync
 * that finds nothing changed costs the sensor neither the transfer nor a parse nor a compile.
 * Replies {digest, skipped} or {digest, skipped, value...}; `skipped`: values left out.
 */
const READ_SCRIPT = `
local maxEntries, maxBytes, maxTotal = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[4])
local total = 0
-- the reply as it will go: the digest and the count first, the values from the third place on
local reply, framed, skipped, scanned, cursor = {'', 0}, {}, 0, 0, '0'
repeat
  local page = redis.call('HSCAN', KEYS[1], cursor, 'COUNT', 500)
  cursor = page[1]
  local kv = page[2]
  for i = 2, #kv, 2 do
    scanned = scanned + 1
    local v = kv[i]
    if #v <= maxBytes and #framed < maxEntries and total + #v <= maxTotal then
      total = total + #v
      reply[#reply + 1] = v
      framed[#framed + 1] = #v .. ':' .. v
    else
      skipped = skipped + 1
    end
  end
until cursor == '0' or scanned >= 2 * maxEntries
if cursor ~= '0' then skipped = skipped + redis.call('HLEN', KEYS[1]) - scanned end
local digest = redis.sha1hex(table.concat(framed))
if digest == ARGV[3] then return {digest, skipped} end
reply[1], reply[2] = digest, skipped
return reply
`

/** What a load found that it could not apply: for one report per change, never one per entry per resync. */
export interface Refused {
  /** entries that are not valid entries */
  invalid: number
  /** the first of them, as stored (cut by the reporter) */
  first: string
  /** entries Redis left out: past MAX_POLICY_ENTRIES or MAX_POLICY_BYTES, or over MAX_POLICY_VALUE_BYTES */
  skipped: number
}

/** The entries of a watched hash that `parse` accepts; those refused are counted in `refused` (and skipped). */
export function parseEach<T>(values: readonly string[], parse: (json: string) => T | undefined, refused?: Refused): T[] {
  const out: T[] = []
  for (const json of values) {
    const entry = parse(json)
    if (entry !== undefined) out.push(entry)
    else if (refused !== undefined && refused.invalid++ === 0) refused.first = json
  }
  return out
}

/** A load's refusals as one error (counted and logged once per change at the boundary that hears it). */
export function refusedError(what: string, r: Refused): Error {
  const parts: string[] = []
  if (r.invalid > 0) parts.push(`${r.invalid} not valid, skipped (the first: ${r.first.slice(0, 200)})`)
  if (r.skipped > 0) parts.push(`${r.skipped} left out: past ${MAX_POLICY_ENTRIES} entries or ${MAX_POLICY_BYTES} bytes in all, over ${MAX_POLICY_VALUE_BYTES} bytes each, or past an attack type's wildcard budget`)
  return new Error(`${what} in Redis: ${parts.join('; ')}`)
}

/** Who added an entry, when and why, as far as a stored entry says (the console always writes all three). */
export function provenance(e: { addedBy?: unknown; addedAt?: unknown; reason?: unknown }): { addedBy: string; addedAt: number; reason: string } {
  return {
    addedBy: typeof e.addedBy === 'string' ? e.addedBy : '',
    addedAt: typeof e.addedAt === 'number' ? e.addedAt : 0,
    reason: typeof e.reason === 'string' ? e.reason : '',
  }
}

/**
 * A load's outcome for `apply`: the values when they differ from the last load (and what could not be
 * applied of them), undefined when they are the same or Redis is away — the last copy stays, and
 * time-based state (expiries) can still move on.
 */
export type Apply = (values: string[] | undefined, skipped: number) => void

export class WatchedHash {
  readonly #redis: Redis | Cluster
  readonly #subscriber: Redis | Cluster
  readonly #hash: string
  readonly #channel: string
  readonly #resyncMs: number
  readonly #apply: Apply
  #timer: NodeJS.Timeout | undefined
  /** the load in flight (it loads once more when a change was announced meanwhile) */
  #loading: Promise<void> | undefined
  #again = false
  /** the digest of the values last applied ('' before the first load) */
  #digest = ''

  constructor(redis: Redis | Cluster, hash: string, channel: string, apply: Apply, resyncMs = 1_000) {
    this.#redis = redis
    // ioredis's own subscribing again after a reconnect is a promise nobody hears: a connection lost
    // while it runs rejected it unhandled, and the process ended (a CLIENT KILL loop did it in 3 s).
    // This watcher subscribes itself at every ready, and hears the outcome.
    this.#subscriber = (redis as Redis).duplicate({ autoResubscribe: false })
    this.#hash = hash
    this.#channel = channel
    this.#apply = apply
    this.#resyncMs = resyncMs
    this.#subscriber.on('error', () => {})
    this.#subscriber.on('message', () => void this.refresh())
  }

  start(): void {
    // the subscriber is a copy of the writer's client: lazy and without an offline queue, so it
    // subscribes once connected, and again at each reconnection
    const sub = this.#subscriber as Redis
    const subscribe = () => void sub.subscribe(this.#channel).catch(() => {})
    sub.on('ready', subscribe)
    if (sub.status === 'ready') subscribe()
    if (sub.status === 'wait') sub.connect().catch(() => {})
    void this.refresh()
    this.#timer = setInterval(() => void this.refresh(), this.#resyncMs)
    this.#timer.unref()
  }

  /** Load the hash now; resolves once what Redis holds at the call applies (the load in flight, run once more). */
  refresh(): Promise<void> {
    if (this.#redis.status !== 'ready') {
      this.#apply(undefined, 0)
      return Promise.resolve()
    }
    if (this.#loading !== undefined) {
      // a change announced during a load: load once more when it ends
      this.#again = true
      return this.#loading
    }
    this.#loading = this.#load().finally(() => (this.#loading = undefined))
    return this.#loading
  }

  async #load(): Promise<void> {
    try {
      do {
        this.#again = false
        const reply = (await this.#redis.eval(READ_SCRIPT, 1, this.#hash, MAX_POLICY_ENTRIES, MAX_POLICY_VALUE_BYTES, this.#digest, MAX_POLICY_BYTES)) as [string, number, ...string[]]
        const [digest, skipped] = reply
        if (digest === this.#digest) {
          this.#apply(undefined, 0)
        } else {
          this.#digest = digest
          this.#apply(reply.slice(2) as string[], skipped)
        }
      } while (this.#again)
    } catch {
      // keep the last copy
    }
  }

  stop(): void {
    clearInterval(this.#timer)
    this.#subscriber.disconnect()
  }
}
