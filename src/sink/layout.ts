/**
 * Key names in Redis (documented in docs/redis.md), and which shard a session's keys live in.
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
  endpoint(shard: number, endpoint: string): string
  /** every endpoint template seen, scored by last seen (for wildcard search) */
  endpoints(shard: number): string
  /** sessions by last seen that have this value of this field: app, host, ip, status, method, user, role, attack, flow */
  index(shard: number, field: IndexField, value: string): string
  batch(shard: number, id: string): string
  /** the shared hashKey (no tag: any slot) */
  readonly hashKey: string
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
export function fnv1a(text: string): number {
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
    endpoint: (n, ep) => `${p(n)}endpoint:${keyPart(ep)}`,
    endpoints: (n) => `${p(n)}endpoints`,
    index: (n, field, value) => `${p(n)}idx:${field}:${keyPart(value)}`,
    batch: (n, id) => `${p(n)}batch:${id}`,
    hashKey: `${prefix}hashkey`,
  }
}

/** The layout a config's `redis` section asks for (tagged on a cluster or with several shards). */
export function layoutOf(redis: { prefix: string; shards: number; cluster?: readonly string[] | undefined }): Layout {
  return createLayout(redis.prefix, redis.shards, redis.cluster !== undefined || redis.shards > 1)
}

/** The shard a session id lives in: the shard of the key hash it was made from (its first 22 characters). */
export function shardOfSession(layout: Layout, sid: string): number {
  const dash = sid.lastIndexOf('-')
  return layout.shardOf(dash > 0 ? sid.slice(0, dash) : sid)
}
