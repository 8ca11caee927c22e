/**
 * The Redis schema in one place (documented in docs/redis.md, the contract for downstream tools):
 * every key name, the session id's format and shard, the summary hash's fields, the denylist's and
 * exceptions' keys. The writer (sink/), the batch script (sink/script.ts, which interpolates what it
 * needs from here), the console and the policy watchers all take them from this module; contract
 * tests (test/redis/layout.test.ts, test/sink/windows.test.ts) fail when the script drifts from it.
 *
 * With one shard on a standalone Redis the names are SPEC §5's (`apisess:requests`); with a
 * cluster or shards > 1 every key carries its shard's hash tag (`apisess:{3}:requests`) so that all
 * keys one script call touches share a slot.
 */

import { createHash } from 'node:crypto'

/** The session fields the batch script indexes (SPEC §6: listing and search answer from indexes). */
export const INDEX_FIELDS = ['app', 'host', 'ip', 'status', 'method', 'user', 'role', 'attack', 'flow'] as const
export type IndexField = (typeof INDEX_FIELDS)[number]

export interface Layout {
  readonly shards: number
  /** "apisess:" or "apisess:{3}:" */
  prefixOf(shard: number): string
  /** the shard of a session-window key hash */
  shardOf(keyHash: string): number
  feed(shard: number): string
  session(shard: number, sid: string): string
  meta(shard: number, sid: string): string
  /** the session stream's entry ids scored by durationMs / by resBytes */
  byDuration(shard: number, sid: string): string
  bySize(shard: number, sid: string): string
  sessions(shard: number): string
  /** session ids scored by their first request */
  starts(shard: number): string
  /** the sessions over an hour long, scored by the first request of the newest hour each reached */
  long(shard: number): string
  /** the time of the oldest record written with `long` kept (the index is complete from there on) */
  longSince(shard: number): string
  endpoint(shard: number, endpoint: string): string
  /** every endpoint template seen, scored by last seen (for wildcard search) */
  endpoints(shard: number): string
  /** the same templates scored by first seen (the API inventory) */
  endpointsFirst(shard: number): string
  /** sessions by last seen that have this value of this field: app, host, ip, status, method, user, role, attack, flow */
  index(shard: number, field: IndexField, value: string): string
  batch(shard: number, id: string): string
  /** the session window of an identification key hash: sid, first, last (ms), and the identity it handed off to */
  window(shard: number, keyHash: string): string
  /** sessions not yet closed, scored by their last request: the sweeper closes those idle past session.idleTimeout */
  live(shard: number): string
  /** the stream of closed sessions, each with its summary (downstream tools learn a session is final) */
  closed(shard: number): string
  /**
   * API-abuse state of a session, expiring a window after its last request: `abuse:<sid>` (slice
   * counters, what fired), and the distinct values it counts (`:nf` 404 paths, `:users`, `:ids:<endpoint>`)
   */
  abuse(shard: number, sid: string, part?: string): string
  /** an application's sessions active in the abuse window: by window request count (`rate`) and by last seen (`seen`) */
  abuseApp(shard: number, set: 'rate' | 'seen', app: string): string
}

/**
 * The session summary hash (`<prefix>session:<sid>:meta`): its plain fields, and the prefixes of its
 * counters (`status:200` → the number of requests with status 200).
 */
export const SUMMARY_FIELDS = ['first', 'last', 'requests', 'attacks', 'app', 'host', 'user', 'role'] as const
export const SUMMARY_COUNTERS = ['status', 'method', 'ip', 'endpoint', 'attack', 'flow', 'app', 'host', 'user', 'role'] as const
/**
 * The counters whose values a client chooses (an address, a path, a Host header, a user name): each
 * keeps at most SUMMARY_VALUES_MAX distinct values; `n:<counter>` is how many it holds, and
 * `other:<counter>` counts the requests whose value came after the ceiling. The others have bounded
 * values (status codes, methods, the configured applications, attack types, flows).
 */
export const SUMMARY_CAPPED = ['ip', 'endpoint', 'host', 'user', 'role'] as const
export const SUMMARY_VALUES_MAX = 256

/**
 * The session-hour: a session's keys are renewed at its first request of each hour, and a session
 * longer than this enters the long-sessions index (`long`) at the first request of each hour it
 * reaches; a console time range relies on both (console/store.ts).
 */
export const SESSION_HOUR_MS = 3_600_000

/** Keys outside the shards (no hash tag: any slot): what the console writes and every sensor follows. */
export function policyKeys(prefix: string) {
  return {
    denylist: { hash: `${prefix}denylist`, log: `${prefix}denylist:log`, channel: `${prefix}denylist:changed` },
    exceptions: { hash: `${prefix}exceptions`, log: `${prefix}exceptions:log`, channel: `${prefix}exceptions:changed` },
    /** the hashKey sensors share when the config has none */
    hashKey: `${prefix}hashkey`,
  } as const
}

/**
 * The layout's format: bumped when key names, key types or the stream entries' fields change in a way
 * a reader of the previous format would misread. Written in the descriptor (below) for readers, and
 * compared by each sensor at start with what is there (docs/operations.md, upgrading).
 */
export const LAYOUT_FORMAT = 2

/** The record schema version: the `v` field of every stream entry (docs/redis.md, versioning). */
export const RECORD_VERSION = 1

/** The descriptor key (no hash tag: any slot): a JSON `Descriptor` that tells readers where every stream is. */
export function descriptorKey(prefix: string): string {
  return `${prefix}descriptor`
}

/** What the descriptor key holds: enough for a reader to find every feed stream without the sensor's config. */
export interface Descriptor {
  /** LAYOUT_FORMAT of the sensor that wrote it */
  readonly format: number
  /** `v` of the records it writes */
  readonly recordVersion: number
  readonly prefix: string
  readonly shards: number
  /** whether keys carry `{n}` after the prefix (a cluster, or shards > 1) */
  readonly tagged: boolean
  /** the feed stream of each shard, in shard order */
  readonly feeds: readonly string[]
  /** the closed-session stream of each shard, in shard order (format 2) */
  readonly closed: readonly string[]
  /** `redis.feedRetention` and `session.retention`, ms */
  readonly feedRetentionMs: number
  readonly retentionMs: number
}

export function descriptorOf(layout: Layout, prefix: string, retention: { feed: number; sessions: number }): Descriptor {
  return {
    format: LAYOUT_FORMAT,
    recordVersion: RECORD_VERSION,
    prefix,
    shards: layout.shards,
    tagged: layout.prefixOf(0) !== prefix,
    feeds: Array.from({ length: layout.shards }, (_, n) => layout.feed(n)),
    closed: Array.from({ length: layout.shards }, (_, n) => layout.closed(n)),
    feedRetentionMs: retention.feed,
    retentionMs: retention.sessions,
  }
}

/**
 * A session id is `<key hash>-<first request's time in base 36>` (the batch script makes it): the
 * key hash names the identification key, whose shard the session lives in.
 */
export function keyHashOfSession(sid: string): string {
  const dash = sid.lastIndexOf('-')
  return dash > 0 ? sid.slice(0, dash) : sid
}

/**
 * The start time (epoch ms) a session id carries, the same the batch script puts in the start index;
 * undefined when the id is not of that form. The console screens a time range's candidates on it
 * without a read.
 */
export function startOfSession(sid: string): number | undefined {
  const dash = sid.lastIndexOf('-')
  if (dash < 1 || dash === sid.length - 1 || sid.length - dash > 12) return undefined
  const part = sid.slice(dash + 1)
  if (!/^[0-9a-z]+$/.test(part)) return undefined
  const ts = parseInt(part, 36)
  return Number.isSafeInteger(ts) ? ts : undefined
}

/**
 * A value as part of a key name: as it is up to KEY_PART_BYTES bytes of UTF-8; past that, its first
 * KEY_PART_HEAD bytes (cut before a character boundary) and `#` and the SHA-1 of all of it, so that
 * no client-supplied value makes a long key name. The batch script computes the same (`kp` in
 * script.ts); a contract test holds the two together.
 */
export const KEY_PART_BYTES = 128
export const KEY_PART_HEAD = 64

export function keyPart(value: string): string {
  if (value.length * 3 <= KEY_PART_BYTES) return value // surely short enough: no encoding needed
  const bytes = Buffer.from(value, 'utf8')
  if (bytes.length <= KEY_PART_BYTES) return value
  let cut = KEY_PART_HEAD
  while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut--
  return `${bytes.subarray(0, cut).toString('utf8')}#${createHash('sha1').update(bytes).digest('hex')}`
}

/** FNV-1a over the key hash's characters: stable across processes and languages. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function createLayout(prefix: string, shards: number, tagged: boolean): Layout {
  const prefixes = Array.from({ length: shards }, (_, n) => (tagged ? `${prefix}{${n}}:` : prefix))
  const p = (n: number) => prefixes[n]!
  return {
    shards,
    prefixOf: p,
    shardOf: shards === 1 ? () => 0 : (kh) => fnv1a(kh) % shards,
    feed: (n) => `${p(n)}requests`,
    session: (n, sid) => `${p(n)}session:${sid}`,
    meta: (n, sid) => `${p(n)}session:${sid}:meta`,
    byDuration: (n, sid) => `${p(n)}session:${sid}:dur`,
    bySize: (n, sid) => `${p(n)}session:${sid}:size`,
    sessions: (n) => `${p(n)}sessions`,
    starts: (n) => `${p(n)}starts`,
    long: (n) => `${p(n)}long`,
    longSince: (n) => `${p(n)}long:since`,
    endpoint: (n, ep) => `${p(n)}endpoint:${keyPart(ep)}`,
    endpoints: (n) => `${p(n)}endpoints`,
    endpointsFirst: (n) => `${p(n)}endpoints:first`,
    index: (n, field, value) => `${p(n)}idx:${field}:${keyPart(value)}`,
    batch: (n, id) => `${p(n)}batch:${id}`,
    window: (n, kh) => `${p(n)}key:${kh}`,
    live: (n) => `${p(n)}live`,
    closed: (n) => `${p(n)}closed`,
    abuse: (n, sid, part) => (part === undefined ? `${p(n)}abuse:${sid}` : `${p(n)}abuse:${sid}:${part}`),
    abuseApp: (n, set, app) => `${p(n)}abuse:app:${set}:${keyPart(app)}`,
  }
}

/** The layout a config's `redis` section asks for (tagged on a cluster or with several shards). */
export function layoutOf(redis: { prefix: string; shards: number; cluster?: readonly string[] | undefined }): Layout {
  return createLayout(redis.prefix, redis.shards, redis.cluster !== undefined || redis.shards > 1)
}

/** The shard a session id lives in: the shard of the key hash it was made from (its first 22 characters). */
export function shardOfSession(layout: Layout, sid: string): number {
  return layout.shardOf(keyHashOfSession(sid))
}
