/**
 * The descriptor key (`<prefix>descriptor`, docs/redis.md): a JSON object that says where every feed
 * stream is (format version, prefix, shards, their stream names, retentions), so that a downstream
 * reader needs no copy of the sensor's config. Every sensor writes it each time its Redis connection
 * becomes ready (a Redis restarted without persistence gets it back); a sensor that finds another
 * layout there says so loudly, since sensors on one prefix must agree.
 */
import type { Cluster, Redis } from 'ioredis'
import { descriptorKey, type Descriptor } from '../redis/layout.ts'

/** The descriptor under `prefix`, or undefined when there is none (or it is not JSON of that shape). */
export async function readDescriptor(client: Redis | Cluster, prefix: string): Promise<Descriptor | undefined> {
  const text = await client.get(descriptorKey(prefix))
  if (text === null) return undefined
  try {
    const d = JSON.parse(text) as Descriptor
    return Number.isInteger(d.format) && Number.isInteger(d.shards) && Array.isArray(d.feeds) && d.feeds.every((f) => typeof f === 'string') ? d : undefined
  } catch {
    return undefined
  }
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
