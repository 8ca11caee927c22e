/**
 * The one server-side script per batch and shard (SPEC §5: let Redis do the fan-out). For each
 * record it decides the session window (the state lives in Redis so every sensor agrees), applies
 * login continuity, appends to the global and the session streams, updates the session summary and
 * the indexes (sessions by last seen and by start; per endpoint; per app, host, ip, status, method, user, role,
 * attack type and flow; the endpoint registry), and refreshes every TTL: each index key touched by
 * the batch loses its members older than the retention once per batch. A batch marker makes a retried batch a no-op, so a batch
 * whose reply was lost is never written twice. The `#!lua` shebang makes Redis refuse the whole
 * script up front when it is out of memory, instead of failing half-way.
 *
 * KEYS[1] = batch marker (carries the shard's hash tag)
 * ARGV = now, idleMs, maxDurationMs, retentionMs, feedRetentionMs, shard prefix, then RECORD_FIELDS
 * per record (one list: the writer packs it with `packRecord`, the script unpacks it by name).
 * Returns the number of records written, or -1 when the batch had already been written.
 */
import type { RequestRecord } from '../capture/record.ts'
import { KEY_PART_BYTES, KEY_PART_HEAD } from '../redis/layout.ts'
import { recordTail } from './serialize.ts'

/** A record's arguments to the batch script, in order, with how each is taken from the record. */
const RECORD_ARGS = {
  kh: (r: RequestRecord) => r.windowKey ?? r.sid ?? r.id, // the key hash whose session window the record joins
  handoff: (r: RequestRecord) => r.handoffKey ?? '', // key hashes (comma list) continuing this session
  ts: (r: RequestRecord) => r.ts,
  app: (r: RequestRecord) => r.app,
  host: (r: RequestRecord) => r.host,
  ip: (r: RequestRecord) => r.ip,
  method: (r: RequestRecord) => r.method,
  status: (r: RequestRecord) => r.status,
  endpoint: (r: RequestRecord) => r.endpoint ?? r.path,
  user: (r: RequestRecord) => r.user ?? '',
  role: (r: RequestRecord) => r.role ?? '',
  attacks: (r: RequestRecord) => r.attacks.join(','),
  flows: (r: RequestRecord) => r.flows.join(','),
  dur: (r: RequestRecord) => r.durationMs,
  size: (r: RequestRecord) => r.resBytes,
  tail: (r: RequestRecord) => recordTail(r), // the record's JSON after `{"sid":...,`
} as const satisfies Record<string, (r: RequestRecord) => string | number>

export const RECORD_FIELDS = Object.keys(RECORD_ARGS) as readonly (keyof typeof RECORD_ARGS)[]
const GETTERS = Object.values(RECORD_ARGS) as readonly ((r: RequestRecord) => string | number)[]
const FIELDS = RECORD_FIELDS.length

/** Append one record's arguments, in RECORD_FIELDS order. */
export function packRecord(args: (string | number)[], rec: RequestRecord): void {
  for (let i = 0; i < FIELDS; i++) args.push(GETTERS[i]!(rec))
}

export const BATCH_SCRIPT = `#!lua
local marker = KEYS[1]
if not redis.call('SET', marker, '1', 'NX', 'PX', 3600000) then return -1 end
local now = tonumber(ARGV[1])
local idle = tonumber(ARGV[2])
local maxd = tonumber(ARGV[3])
local ret = tonumber(ARGV[4])
local feedret = tonumber(ARGV[5])
local p = ARGV[6]
local F = ${FIELDS}
local feed = p .. 'requests'
local sessions = p .. 'sessions'
local starts = p .. 'starts'
local minid = string.format('%d', now - feedret)
local digits = '0123456789abcdefghijklmnopqrstuvwxyz'

local function b36(n)
  local s = ''
  repeat
    local d = n % 36
    s = string.sub(digits, d + 1, d + 1) .. s
    n = (n - d) / 36
  until n == 0
  return s
end

-- a value as part of a key name (layout.ts keyPart): past ${KEY_PART_BYTES} bytes, its head and a SHA-1
local function kp(v)
  if #v <= ${KEY_PART_BYTES} then return v end
  local cut = ${KEY_PART_HEAD}
  while cut > 0 do
    local b = string.byte(v, cut + 1)
    if b < 128 or b >= 192 then break end
    cut = cut - 1
  end
  return string.sub(v, 1, cut) .. '#' .. redis.sha1hex(v)
end

local function live(state, ts)
  return state[1] and (ts - tonumber(state[3]) <= idle) and (ts - tonumber(state[2]) <= maxd)
end

local cutoff = '(' .. string.format('%d', now - ret)
local touched = {}
local function index(k, ts, member)
  redis.call('ZADD', k, 'GT', ts, member)
  touched[k] = true
end
local function by(field, value, ts, sid)
  index(p .. 'idx:' .. field .. ':' .. kp(value), ts, sid)
end

local n = 0
for i = 7, #ARGV, F do
  local ${RECORD_FIELDS.join(', ')} = unpack(ARGV, i, i + F - 1)
  ts = tonumber(ts)

  -- the session window of this key
  local wk = p .. 'key:' .. kh
  local st = redis.call('HMGET', wk, 'sid', 'first', 'last')
  local sid, first
  if live(st, ts) then
    sid, first = st[1], tonumber(st[2])
    if ts > tonumber(st[3]) then redis.call('HSET', wk, 'last', ts) end
  else
    sid, first = kh .. '-' .. b36(ts), ts
    redis.call('HSET', wk, 'sid', sid, 'first', ts, 'last', ts)
  end
  redis.call('PEXPIRE', wk, idle)

  -- login continuity: the new identifiers continue this session
  for h in string.gmatch(handoff, '[^,]+') do
    local hk = p .. 'key:' .. h
    if not live(redis.call('HMGET', hk, 'sid', 'first', 'last'), ts) then
      redis.call('HSET', hk, 'sid', sid, 'first', first, 'last', ts)
      redis.call('PEXPIRE', hk, idle)
    end
  end

  local rec = '{"sid":"' .. sid .. '",' .. tail
  redis.call('XADD', feed, 'MINID', '~', minid, '*', 'v', '1', 'sid', sid, 'rec', rec)
  local sk = p .. 'session:' .. sid
  local eid = redis.call('XADD', sk, '*', 'v', '1', 'sid', sid, 'rec', rec)
  redis.call('PEXPIRE', sk, ret)
  -- what paging a session by duration or size needs, so the console never reads a whole session
  redis.call('ZADD', sk .. ':dur', dur, eid)
  redis.call('PEXPIRE', sk .. ':dur', ret)
  redis.call('ZADD', sk .. ':size', size, eid)
  redis.call('PEXPIRE', sk .. ':size', ret)

  local mk = sk .. ':meta'
  if redis.call('HSETNX', mk, 'first', ts) == 0 then
    local last = tonumber(redis.call('HGET', mk, 'last') or '0')
    if ts > last then redis.call('HSET', mk, 'last', ts) end
  else
    redis.call('HSET', mk, 'last', ts, 'app', app, 'host', host)
  end
  redis.call('HINCRBY', mk, 'requests', 1)
  redis.call('HINCRBY', mk, 'app:' .. app, 1)
  redis.call('HINCRBY', mk, 'host:' .. host, 1)
  redis.call('HINCRBY', mk, 'status:' .. status, 1)
  redis.call('HINCRBY', mk, 'method:' .. method, 1)
  redis.call('HINCRBY', mk, 'ip:' .. ip, 1)
  redis.call('HINCRBY', mk, 'endpoint:' .. endpoint, 1)
  if attacks ~= '' then
    for a in string.gmatch(attacks, '[^,]+') do
      redis.call('HINCRBY', mk, 'attack:' .. a, 1)
      redis.call('HINCRBY', mk, 'attacks', 1)
    end
  end
  for f in string.gmatch(flows, '[^,]+') do redis.call('HINCRBY', mk, 'flow:' .. f, 1) end
  -- every user and role a session had (the plain fields keep the latest, for older readers)
  if user ~= '' then redis.call('HSET', mk, 'user', user); redis.call('HINCRBY', mk, 'user:' .. user, 1) end
  if role ~= '' then redis.call('HSET', mk, 'role', role); redis.call('HINCRBY', mk, 'role:' .. role, 1) end
  redis.call('PEXPIRE', mk, ret)

  redis.call('ZADD', sessions, 'GT', ts, sid)
  redis.call('ZADD', starts, 'NX', ts, sid)
  index(p .. 'endpoint:' .. kp(endpoint), ts, sid)
  index(p .. 'endpoints', ts, endpoint)
  by('app', app, ts, sid)
  by('host', host, ts, sid)
  by('ip', ip, ts, sid)
  by('status', status, ts, sid)
  by('method', method, ts, sid)
  if user ~= '' then by('user', user, ts, sid) end
  if role ~= '' then by('role', role, ts, sid) end
  for a in string.gmatch(attacks, '[^,]+') do by('attack', a, ts, sid) end
  for f in string.gmatch(flows, '[^,]+') do by('flow', f, ts, sid) end
  n = n + 1
end
for k in pairs(touched) do
  redis.call('ZREMRANGEBYSCORE', k, '-inf', cutoff)
  redis.call('PEXPIRE', k, ret)
end
redis.call('ZREMRANGEBYSCORE', sessions, '-inf', cutoff)
redis.call('PEXPIRE', sessions, ret)
redis.call('ZREMRANGEBYSCORE', starts, '-inf', cutoff)
redis.call('PEXPIRE', starts, ret)
redis.call('PEXPIRE', feed, math.max(ret, feedret))
return n
`
