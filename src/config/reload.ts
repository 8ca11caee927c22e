/**
 * What SIGHUP does with each key of the config: applied to the next requests, kept until a restart
 * (and named in the reload's log line), or refused because changing it on a running sensor would
 * corrupt what is in Redis. The table covers every key of the schema (test/config/reload.test.ts
 * walks the JSON Schema and fails on a key the table does not name); docs/operations.md prints it.
 */
import type { Config } from './schema.ts'
import { deepFreeze } from './load.ts'

type ReloadEffect = 'apply' | 'restart' | 'refuse'

interface ReloadRule {
  readonly effect: ReloadEffect
  /** what happens, for the docs and the refusal's message */
  readonly why: string
}

const apply = (why: string): ReloadRule => ({ effect: 'apply', why })
const restart = (why: string): ReloadRule => ({ effect: 'restart', why })
const refuse = (why: string): ReloadRule => ({ effect: 'refuse', why })

/** By YAML path; a path stands for every key under it. */
export const RELOAD_TABLE: Readonly<Record<string, ReloadRule>> = {
  'listen.host': restart('the proxy socket is bound once'),
  'listen.port': restart('the proxy socket is bound once'),
  'listen.tls': apply('the certificate and key files are read again at every reload (rotation); turning TLS on or off needs a restart'),
  admin: restart('the admin socket is bound once'),
  workers: restart('the worker processes are forked at start'),
  trustedProxies: apply('the next requests'),
  applications: apply('the next requests (in-flight ones finish on the old pools); OpenAPI specs are read again'),
  defaultApplication: apply('the next requests'),
  monitor: apply('the next requests'),
  traced: apply('the next requests'),
  rules: apply('the next requests'),
  users: apply('the next requests'),
  hashKey: refuse('a new key gives every live session a new id and every hashed value a new hash: restart every sensor with it at once'),
  capture: apply('the next requests'),
  'timeouts.clientHeaders': restart("a property of the proxy's server"),
  'timeouts.clientIdle': restart("a property of the proxy's server"),
  'timeouts.keepAlive': restart("a property of the proxy's server"),
  'timeouts.upstreamConnect': apply('the new upstream pools'),
  'timeouts.upstreamHeaders': apply('the new upstream pools and tunnels'),
  'timeouts.upstreamIdle': apply('the new upstream pools'),
  'timeouts.upstreamKeepAlive': apply('the new upstream pools'),
  'timeouts.shutdown': apply('the next drain'),
  'timeouts.workerHang': apply('the next heartbeat'),
  'limits.maxHeaderBytes': restart("a property of the proxy's server"),
  'limits.maxUrlBytes': apply('the next requests'),
  'limits.upstreamConnections': apply('the new upstream pools'),
  'limits.tunnels': apply('the next upgrades'),
  session: restart('the Redis writer and the console read the windows and retention at start'),
  'redis.url': restart('the Redis clients are made at start'),
  'redis.cluster': restart('the Redis clients are made at start'),
  'redis.tls': restart('the Redis clients are made at start (the files are read then)'),
  'redis.prefix': refuse('every key name changes: the running sessions and the console would split across two layouts'),
  'redis.shards': refuse('a session key lands in another shard: the running sessions would split'),
  'redis.feedRetention': restart('the Redis writer reads it at start'),
  'redis.connectTimeout': restart('the Redis clients are made at start'),
  'redis.commandTimeout': restart('the Redis clients are made at start'),
  'redis.waitReplicas': restart('the Redis writer reads it at start'),
  buffer: restart("the writer's queues and the flush loop are made at start"),
  flows: apply('the next records'),
  insight: apply('the next records'),
  denylist: apply('at once'),
  console: apply('the console worker is started again with it (a second or so without the console)'),
  'log.level': apply('at once'),
}

/** The table's rule for a YAML path: the entry of the longest prefix. */
export function reloadRuleOf(path: string): (ReloadRule & { key: string }) | undefined {
  for (let key = path; key !== ''; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '') {
    const rule = RELOAD_TABLE[key]
    if (rule !== undefined) return { ...rule, key }
  }
  return undefined
}

export interface ReloadPlan {
  /** a line per refused key: "hashKey: why" */
  readonly refused: string[]
  /** keys whose new value waits for a restart (the effective config keeps the running one) */
  readonly restartNeeded: string[]
  /** keys whose change applies now */
  readonly applied: string[]
  /** the config in force after the reload: the new one, with the running values of restartNeeded */
  readonly config: Readonly<Config>
}

type Plain = Record<string, unknown>
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v)

/** Table keys whose value differs between a and b (a key's whole subtree compared). */
function changedKeys(a: unknown, b: unknown, path = ''): string[] {
  if (path !== '' && RELOAD_TABLE[path] !== undefined) return JSON.stringify(a) === JSON.stringify(b) ? [] : [path]
  if (isPlain(a) || isPlain(b)) {
    const pa = isPlain(a) ? a : {}
    const pb = isPlain(b) ? b : {}
    return [...new Set([...Object.keys(pa), ...Object.keys(pb)])].flatMap((k) => changedKeys(pa[k], pb[k], path === '' ? k : `${path}.${k}`))
  }
  // a key no entry names (the test keeps this from happening): safest is to wait for a restart
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [path]
}

function at(obj: unknown, path: string): unknown {
  let v = obj
  for (const k of path.split('.')) v = isPlain(v) ? v[k] : undefined
  return v
}

function setAt(obj: Plain, path: string, value: unknown): void {
  const keys = path.split('.')
  let o = obj
  for (const k of keys.slice(0, -1)) {
    if (!isPlain(o[k])) o[k] = {}
    o = o[k] as Plain
  }
  const last = keys.at(-1)!
  if (value === undefined) delete o[last]
  else o[last] = structuredClone(value)
}

/** What a reload from `running` to `next` does, key by key (nothing is changed here). */
export function planReload(running: Readonly<Config>, next: Readonly<Config>): ReloadPlan {
  const refused: string[] = []
  const restartNeeded: string[] = []
  const applied: string[] = []
  for (const key of changedKeys(running, next)) {
    const rule = RELOAD_TABLE[key]
    if (rule?.effect === 'refuse') refused.push(`${key}: cannot change on a reload: ${rule.why}`)
    else if (rule?.effect === 'apply' && !(key === 'listen.tls' && (running.listen.tls === undefined) !== (next.listen.tls === undefined))) applied.push(key)
    else restartNeeded.push(key)
  }
  const effective = structuredClone(next) as unknown as Plain
  for (const key of restartNeeded) setAt(effective, key, at(running, key))
  return { refused, restartNeeded, applied, config: deepFreeze(effective as unknown as Config) }
}
