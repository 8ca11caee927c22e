/**
 * A Redis client whose batch script gives each stream entry the id of its record's time: history
 * written at once (a seed, a test of old sessions) read back as the sensor writes it live.
 */
import { Redis } from 'ioredis'

/**
 * The batch script with stream ids taken from the records' times (`<ts>-*`: the sequence part still
 * Redis's) instead of the write time: the sensor writes within seconds of a request, so its ids are
 * its records' times give or take that lag. Fails loudly when the script no longer has these calls.
 */
function timedIds(lua: string): string {
  const swaps: [string, string][] = [
    [`redis.call('XADD', feed, 'MINID', '~', minid, '*',`, `redis.call('XADD', feed, 'MINID', '~', minid, string.format('%d-*', ts),`],
    [`redis.call('XADD', sk, '*', unpack(entry[2]))`, `redis.call('XADD', sk, string.match(fid0, '^%d+') .. '-*', unpack(entry[2]))`],
    [`redis.call('XADD', sk, '*', 'v', '1', 'sid', sid, 'rec', rec)`, `redis.call('XADD', sk, string.format('%d-*', ts), 'v', '1', 'sid', sid, 'rec', rec)`],
  ]
  for (const [from, to] of swaps) {
    if (!lua.includes(from)) throw new Error(`timed-ids: the batch script has no ${from}`)
    lua = lua.replace(from, to)
  }
  return lua
}

/** A Redis client whose write script is timedIds' */
export class TimedIdsRedis extends Redis {
  override defineCommand(name: string, definition: { lua: string; numberOfKeys?: number; readOnly?: boolean }): void {
    super.defineCommand(name, name === 'apisessWrite' ? { ...definition, lua: timedIds(definition.lua) } : definition)
  }
}
