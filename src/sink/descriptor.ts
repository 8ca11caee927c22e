/**
 * The descriptor key (`<prefix>descriptor`, docs/redis.md): a JSON object that says where every feed
 * stream is (format version, prefix, shards, their stream names, retentions), so that a downstream
 * reader needs no copy of the sensor's config. Every sensor writes it each time its Redis connection
 * becomes ready (a Redis restarted without persistence gets it back); a sensor that finds another
 * layout there says so loudly, since sensors on one prefix must agree.
 */
import type { Cluster, Redis } from 'ioredis'
import { createLayout, descriptorKey, type Descriptor } from '../redis/layout.ts'

/** At most this many shards are believed (the config allows 256): a descriptor is input too. */
const MAX_DESCRIPTOR_SHARDS = 16_384

/**
 * Why this value is not a descriptor a reader may follow, or undefined when it is one: its feeds
 * must be exactly the layout's feed streams under `prefix` (`<prefix>requests`, or
 * `<prefix>{n}:requests` for each shard n), so that a hostile or broken descriptor never sends a
 * reader to keys outside the prefix (consume creates its group with MKSTREAM).
 */
function descriptorProblem(d: unknown, prefix: string): string | undefined {
  if (d === null || typeof d !== 'object' || Array.isArray(d)) return 'not a JSON object'
  const x = d as Partial<Record<keyof Descriptor, unknown>>
  if (!Number.isInteger(x.format)) return 'no format'
  if (!Number.isInteger(x.shards) || (x.shards as number) < 1 || (x.shards as number) > MAX_DESCRIPTOR_SHARDS) return `shards must be 1 to ${MAX_DESCRIPTOR_SHARDS}`
  if (typeof x.tagged !== 'boolean' && x.tagged !== undefined) return 'tagged is not a boolean'
  const shards = x.shards as number
  const tagged = x.tagged === true || shards > 1
  if (!Array.isArray(x.feeds) || x.feeds.length !== shards) return `feeds must list ${shards} stream(s)`
  const layout = createLayout(prefix, shards, tagged)
  for (let n = 0; n < shards; n++) {
    if (x.feeds[n] !== layout.feed(n)) return `feeds[${n}] is not ${layout.feed(n)}`
  }
  return undefined
}

/** The descriptor under `prefix`; `problem` says why what is there is not followed (absent: neither). */
export async function inspectDescriptor(client: Redis | Cluster, prefix: string): Promise<{ descriptor?: Descriptor; problem?: string }> {
  const text = await client.get(descriptorKey(prefix))
  if (text === null) return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { problem: 'not JSON' }
  }
  const problem = descriptorProblem(value, prefix)
  return problem === undefined ? { descriptor: value as Descriptor } : { problem }
}

/** The descriptor under `prefix`, or undefined when there is none (or it is not one a reader may follow). */
async function readDescriptor(client: Redis | Cluster, prefix: string): Promise<Descriptor | undefined> {
  return (await inspectDescriptor(client, prefix)).descriptor
}

/** What differs between the descriptor found and this sensor's (format, shards, tagging), for the log. */
function conflicts(found: Descriptor, mine: Descriptor): string[] {
  const out: string[] = []
  if (found.format !== mine.format) out.push(`layout format ${found.format} there, ${mine.format} here`)
  if (found.shards !== mine.shards || found.tagged !== mine.tagged) out.push(`${found.shards} shard(s)${found.tagged ? ' tagged' : ''} there, ${mine.shards}${mine.tagged ? ' tagged' : ''} here`)
  return out
}

/**
 * Write this sensor's descriptor; resolves to what differed from the one found (empty when none was
 * there or it agreed). The sensor logs a difference as an error: another sensor on this prefix has
 * another layout, and readers will follow whichever wrote last.
 */
export async function writeDescriptor(client: Redis | Cluster, mine: Descriptor): Promise<string[]> {
  const found = await readDescriptor(client, mine.prefix)
  await client.set(descriptorKey(mine.prefix), JSON.stringify(mine))
  return found === undefined ? [] : conflicts(found, mine)
}
