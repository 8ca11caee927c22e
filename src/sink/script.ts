/**
 * The server-side scripts (SPEC §5: let Redis do the fan-out), three per shard, each declaring every
 * key it touches (Redis's rule for scripts on a cluster: a slot can then migrate under live traffic,
 * the script failing with TRYAGAIN until it has, instead of writing half a batch to each node):
 *
 * 1. WINDOW_SCRIPT decides each record's session: the window of its identification key (idle past
 *    session.idleTimeout or older than session.maxDuration: a new session), and login continuity
 *    (a new identity the response handed out continues this session; a weak window links at most
 *    one identity, so two people behind one IP and browser are never merged). It returns the
 *    session ids, and the sessions a new window closed. Its keys are the windows the writer names
 *    from each record's key hashes.
 * 2. WRITE_SCRIPT writes each record, its session now known: the global feed; the session's stream
 *    (a session's first request stays in the feed only, the stream made at its second request: a
 *    one-entry stream costs ~4.8 KB of Redis memory); the summary hash; what paging a session by
 *    duration or size needs; the indexes the console reads; the closed-session events of step 1.
 *    Its keys are all derived from the shard, the session ids and the record's fields.
 * 3. CLOSE_SCRIPT closes sessions idle past the timeout (the writer's sweeper finds them in the
 *    shard's `live` set first, then names their summaries as keys).
 *
 * A batch marker per step makes a retried call a no-op (a window step replays its first answer), so
 * a batch whose reply was lost is never written twice. The `#!lua` shebang makes Redis refuse a
 * script up front when it is out of memory, instead of failing half-way.
 */
import { ABUSE_KINDS, type RequestRecord } from '../capture/record.ts'
import type { Config } from '../config/schema.ts'
import { INDEX_FIELDS, KEY_PART_BYTES, KEY_PART_HEAD, SESSION_HOUR_MS, SUMMARY_VALUES_MAX, keyPart, type Layout } from '../redis/layout.ts'
import { recordTail } from './serialize.ts'

/**
 * A record's arguments to WRITE_SCRIPT (after its session id), in order, with how each is taken from
 * the record: the list the script unpacks by. packRecord writes the same values as one array literal
 * (a call per getter through one call site cost more); test/sink/windows.test.ts holds the two together.
 */
export const RECORD_ARGS = {
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
  path: (r: RequestRecord) => r.path,
  abuse: (r: RequestRecord) => r.abuse, // what the abuse windows need ('' with abuse off or the IP exempt: insight.ts abuseFlags)
  tail: (r: RequestRecord) => recordTail(r), // the record's JSON after `{"sid":...,`
} as const satisfies Record<string, (r: RequestRecord) => string | number>

export const RECORD_FIELDS = Object.keys(RECORD_ARGS) as readonly (keyof typeof RECORD_ARGS)[]
const FIELDS = RECORD_FIELDS.length
const AT = Object.fromEntries(RECORD_FIELDS.map((f, i) => [f, i])) as Record<(typeof RECORD_FIELDS)[number], number>

/** A record as the writer holds it until written: serialised once, when it was pushed. */
export interface PackedRecord {
  /** the key hash whose session window it joins */
  readonly kh: string
  /** key hashes (comma list) the response handed out: they continue this session */
  readonly handoff: string
  /** RECORD_FIELDS, in order */
  readonly fields: readonly (string | number)[]
  /** what it costs the buffer: the byte budget counts this */
  readonly bytes: number
}

/** the buffer's estimate of a record beyond its strings (the packed object and its array, numbers, the strings' own headers: ~330 B measured, test/sink/buffer-bytes.test.ts) */
const RECORD_OVERHEAD_BYTES = 448
/**
 * What one UTF-16 code unit of a held string may cost the heap: V8 keeps a string with any character past U+00FF at two
 * bytes each, and a value cut to its ceiling ends with `…` (U+2026), so a record with one cut value is held at two bytes a
 * character, its serialised tail too (an audit measured 1.9× the budget's count for such records). Counting every string
 * at two makes `buffer.maxBytes` a bound on the heap the buffer holds, not an estimate a client's values can double.
 */
const BYTES_PER_UNIT = 2

/** V8 makes a slice of this length or more a view into its parent (a SlicedString), shorter ones a copy */
const SLICE_MIN = 13

/**
 * `s` as a string of its own. A record's fields are often slices of longer strings: the path of the
 * whole URL, an IP of the whole X-Forwarded-For, a user of the whole Cookie header, a cut Host of the
 * header it was cut from. Held as they are, each kept its parent alive in the buffer, uncounted (a
 * review measured records of a 15 KB query held at 3.8× their count). A concatenation's slice is a
 * copy: the parent is the new string, one character longer.
 */
function own(s: string): string {
  return s.length < SLICE_MIN ? s : (' ' + s).slice(1)
}

export function packRecord(rec: RequestRecord): PackedRecord {
  // RECORD_ARGS, in its order; the strings held beside the serialised tail (a fresh string) are made strings of their own
  const path = own(rec.path)
  // (an endpoint is a template the route cache holds anyway: shared, not copied)
  const endpoint = rec.endpoint ?? path
  const user = rec.user === null ? '' : own(rec.user)
  const role = rec.role === null ? '' : own(rec.role)
  const attacks = rec.attacks.length === 0 ? '' : rec.attacks.join(',')
  const flows = rec.flows.length === 0 ? '' : rec.flows.join(',')
  const tail = recordTail(rec)
  const fields = [rec.ts, rec.app, own(rec.host), own(rec.ip), rec.method, rec.status, endpoint, user, role, attacks, flows, rec.durationMs, rec.resBytes, path, rec.abuse, tail]
  let bytes = RECORD_OVERHEAD_BYTES
  for (let i = 0; i < fields.length; i++) {
    const v = fields[i]
    if (typeof v === 'string') bytes += v.length * BYTES_PER_UNIT
  }
  const kh = rec.windowKey ?? rec.sid ?? rec.id
  const handoff = rec.handoffKey ?? ''
  return { kh, handoff, fields, bytes: bytes + (kh.length + handoff.length) * BYTES_PER_UNIT }
}

/**
 * The abuse thresholds as one argument of the write script: window (ms), then crawlerNotFound,
 * crawlerDistinctPaths, scrapingDistinctIds, scrapingRate, failedLogins, distinctUsers, rateFactor,
 * minRate; '' when abuse detection is off.
 */
export function abuseArg(a: Readonly<Config['insight']['abuse']>): string {
  if (!a.enabled) return ''
  return [a.window, a.crawlerNotFound, a.crawlerDistinctPaths, a.scrapingDistinctIds, a.scrapingRate, a.failedLogins, a.distinctUsers, a.rateFactor, a.minRate].join(',')
}

/**
 * API abuse per session (docs/insight.md; the in-process AbuseTracker of src/insight/abuse.ts is the
 * same rules for a local sink). State, each key expiring a window after its last write:
 * abuse:<sid> (MessagePack: window, first, fired, bucket, slice, then the counts of requests, 404s,
 * failed logins and probes of the previous window and the current one: a sliding window's count is
 * the current window's plus the previous one's weighted by the part still covered);
 * abuse:<sid>:nf, :users, :ids:<endpoint> (zsets: value -> last seen); per application on the shard,
 * abuse:app:rate:<app> (sid -> its window count's log2 bucket) and abuse:app:seen:<app> (sid -> last
 * seen, to the slice), whose median is the application's normal. Returns the kinds this record makes its session cross.
 */
const LUA_ABUSE = `
local A = {}
if ARGV[6] ~= '' then
  for x in string.gmatch(ARGV[6], '[^,]+') do A[#A + 1] = tonumber(x) end
end
local awin = A[1]
-- numbers given to redis.call as strings made once: a Lua number argument is formatted each time (%.17g)
local awins = awin and string.format('%d', awin)
-- a rate bucket's score, the geometric middle of the bucket
local BUCKET = {}
for b = 1, 31 do BUCKET[b] = string.format('%.6f', 2 ^ (b - 0.5)) end
local aslice = awin and math.max(1, math.ceil(awin / 10))
local KIND = { [1] = 'security_crawler', [2] = 'scraping', [4] = 'account_takeover', [8] = 'api_abuse' }
local EXCEPT = { [1] = 'c', [2] = 's', [4] = 'a', [8] = 'r' }
local trimmed = {}
local aexpire = {}
local normals = {}
local function abuseExpire()
  for _, k in ipairs(aexpire) do redis.call('PEXPIRE', k, awins) end
end
-- whether a set of values holds at least n values seen in the window; past n members it drops the older
-- ones, so a slow client (never at the rate or count that checks it) cannot grow the set. Asked only
-- when the set grew (added: ZADD's answer) or its count could cross (need): a set that did not grow
-- is within its bound still. card: the set's size when known without asking (a session new to the
-- window: its sets were empty, they expire no later than its state; were a state evicted under
-- maxmemory before its sets, that one record would count them short, the next asks again).
local function distinct(k, since, n, added, need, card)
  if added == 0 and not need then return false end
  local c = card or redis.call('ZCARD', k)
  if c < n then return false end
  return c - redis.call('ZREMRANGEBYSCORE', k, '-inf', '(' .. string.format('%d', since)) >= n
end
-- an application's two sets, named once per batch
local appkeys = {}
local function appKeys(app)
  local ks = appkeys[app]
  if not ks then
    ks = { p .. 'abuse:app:rate:' .. kp(app), p .. 'abuse:app:seen:' .. kp(app) }
    appkeys[app] = ks
  end
  return ks[1], ks[2]
end
-- v: the session's state { window, first, fired, bucket, slice, then the previous window's four
-- counters and the current window's } with counters 1 requests, 2 404s, 3 failed logins, 4 probes.
-- A counter over the sliding window is the current window's plus the previous one's weighted by
-- how much of it the sliding window still covers.
local function fresh(w, sl, ts)
  return { w, ts, 0, -1, sl, 0, 0, 0, 0, 0, 0, 0, 0 }
end
local function abuseOf(sid, ts, tss, app, status, endpoint, path, user, flags)
  local sk = p .. 'abuse:' .. sid
  local w = math.floor(ts / awin)
  local sl = math.floor(ts / aslice)
  local st = redis.call('GET', sk)
  local v = st and cmsgpack.unpack(st) or fresh(w, sl, ts)
  local moved = (not st) or sl > v[5]
  if sl > v[5] then v[5] = sl end
  local at = 9
  if w > v[1] then
    if w == v[1] + 1 then v[6], v[7], v[8], v[9] = v[10], v[11], v[12], v[13] else v[6], v[7], v[8], v[9] = 0, 0, 0, 0 end
    v[10], v[11], v[12], v[13] = 0, 0, 0, 0
    v[1] = w
  elseif w == v[1] - 1 then
    at = 5
  elseif w < v[1] then
    return nil
  end
  local login = string.find(flags, 'L', 1, true) ~= nil
  local scanner = string.find(flags, 'S', 1, true) ~= nil
  v[at + 1] = v[at + 1] + 1
  if status == 404 then v[at + 2] = v[at + 2] + 1 end
  if login and (status == 401 or status == 403) then v[at + 3] = v[at + 3] + 1 end
  if scanner then v[at + 4] = v[at + 4] + 1 end
  local weight = 1 - (ts - v[1] * awin) / awin
  local function sumOf(q) return v[9 + q] + v[5 + q] * weight end
  local since = ts - awin
  local fired = v[3]
  local out = nil
  local crossed = 0

  if fired % 2 == 0 then
    if scanner and sumOf(4) >= 3 then crossed = crossed + 1
    elseif status == 404 then
      local nk = sk .. ':nf'
      local added = redis.call('ZADD', nk, tss, path)
      redis.call('PEXPIRE', nk, awins)
      local need = sumOf(2) >= A[2]
      if distinct(nk, since, A[3], added, need, (not st) and added) and need then crossed = crossed + 1 end
    end
  end
  if math.floor(fired / 2) % 2 == 0 and status < 400 and string.find(endpoint, '{', 1, true) then
    local ik = sk .. ':ids:' .. kp(endpoint)
    local added = redis.call('ZADD', ik, tss, path)
    redis.call('PEXPIRE', ik, awins)
    -- machine rate: requests per second since the session began, or over the window when older
    local reqs = sumOf(1)
    local need = reqs >= A[4] and reqs >= A[5] * math.min(awin, math.max(1000, ts - v[2])) / 1000
    if distinct(ik, since, A[4], added, need, (not st) and added) and need then
      crossed = crossed + 2
      redis.call('DEL', ik)
    end
  end
  if math.floor(fired / 4) % 2 == 0 then
    if login and sumOf(3) >= A[6] then crossed = crossed + 4
    elseif user ~= '' then
      local uk = sk .. ':users'
      local added = redis.call('ZADD', uk, tss, user)
      redis.call('PEXPIRE', uk, awins)
      if distinct(uk, since, A[7], added, true, (not st) and added) then crossed = crossed + 4 end
    end
  end
  -- the application's normal: its active sessions by log2 bucket of their window count (the score
  -- is the bucket's geometric middle), moved only when a session changes bucket or slice
  local count = sumOf(1)
  local nb = math.min(31, math.floor(math.log(math.max(1, count)) / math.log(2)) + 1)
  local rk, seen = appKeys(app)
  if nb ~= v[4] then
    redis.call('ZADD', rk, BUCKET[nb], sid)
    v[4] = nb
  end
  if moved then redis.call('ZADD', seen, tss, sid) end
  -- the two sets expire a window after the batch (abuseExpire: once per batch, not per record)
  if not trimmed[app] then
    aexpire[#aexpire + 1] = rk
    aexpire[#aexpire + 1] = seen
    -- sessions idle for a window leave the application's normal (bounded per batch)
    trimmed[app] = true
    local gone = redis.call('ZRANGEBYSCORE', seen, '-inf', '(' .. string.format('%d', since), 'LIMIT', 0, 500)
    if #gone > 0 then
      redis.call('ZREM', seen, unpack(gone))
      redis.call('ZREM', rk, unpack(gone))
    end
  end
  if math.floor(fired / 8) % 2 == 0 then
    local floor = A[9] * awin / 1000
    if count >= floor then
      -- the application's median session rate, read once per batch (it moves slowly)
      local normal = normals[app]
      if normal == nil then
        normal = false
        local n = redis.call('ZCARD', rk)
        if n >= 5 then
          local mid = math.floor((n - 1) / 2)
          normal = tonumber(redis.call('ZRANGE', rk, mid, mid, 'WITHSCORES')[2])
        end
        normals[app] = normal
      end
      if count >= A[8] * (normal or floor) then crossed = crossed + 8 end
    end
  end
  if crossed > 0 then
    v[3] = fired + crossed
    for _, bit1 in ipairs({ 1, 2, 4, 8 }) do
      if math.floor(crossed / bit1) % 2 == 1 and not string.find(flags, EXCEPT[bit1], 1, true) then
        out = out or {}
        out[#out + 1] = KIND[bit1]
      end
    end
  end
  redis.call('SET', sk, cmsgpack.pack(v), 'PX', awins)
  return out
end
-- a kind into the record's JSON: appended to its "attacks" array (the first "attacks":[ of the tail is
-- that field: every string value before it has its quotes escaped)
local function withAttack(tail, kind)
  local at = string.find(tail, '"attacks":[', 1, true)
  if not at then return tail end
  local close = string.find(tail, ']', at + 11, true)
  local sep = (close == at + 11) and '' or ','
  return string.sub(tail, 1, close - 1) .. sep .. '"' .. kind .. '"' .. string.sub(tail, close)
end
`

const LUA_HELPERS = `
local digits = '0123456789abcdefghijklmnopqrstuvwxyz'
-- the digits gathered lowest first, then made one string (not a string per digit)
local function b36(n)
  local d = {}
  repeat
    local r = n % 36
    d[#d + 1] = string.byte(digits, r + 1)
    n = (n - r) / 36
  until n == 0
  return string.reverse(string.char(unpack(d)))
end
-- a summary hash as a JSON object (the closed-session events carry it)
local function summary(mk)
  local flat = redis.call('HGETALL', mk)
  local o = {}
  for j = 1, #flat, 2 do o[flat[j]] = flat[j + 1] end
  return cjson.encode(o)
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
`

/**
 * KEYS = marker, then every window key of the batch (the writer's `windowKeys`).
 * ARGV = idleMs, maxDurationMs, shard prefix, then per record: key hash, handoff key hashes, ts.
 * Returns { sid per record..., then the session ids a new window closed }, the same on a retry.
 */
export const WINDOW_SCRIPT = `#!lua
local marker = KEYS[1]
local done = redis.call('GET', marker)
if done then return cjson.decode(done) end
local idle = tonumber(ARGV[1])
local half = math.max(1, math.floor(idle / 2))
local wttl = string.format('%d', idle + half)
local maxd = tonumber(ARGV[2])
local p = ARGV[3]
${LUA_HELPERS}
-- a window whose times are not numbers (a key written by something else) is no window
local function live(state, ts)
  local first, last = tonumber(state[2]), tonumber(state[3])
  return state[1] and first and last and (ts - last <= idle) and (ts - first <= maxd)
end

local sids = {}
local closed = {}
for i = 4, #ARGV, 3 do
  local kh, handoff, tss = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local ts = tonumber(tss)
  local wk = p .. 'key:' .. kh
  local st = redis.call('HMGET', wk, 'sid', 'first', 'last')
  local sid, first
  -- the window expires 1.5 idle timeouts after the write that last renewed it; a write renews it when
  -- its time is in another half-timeout than the window's last request (or starts the window), so the
  -- key outlives its last request by more than the idle timeout, at one PEXPIRE per half-timeout
  local renew = true
  if live(st, ts) then
    sid, first = st[1], tonumber(st[2])
    local prev = tonumber(st[3])
    if ts > prev then redis.call('HSET', wk, 'last', tss) end
    renew = math.floor(ts / half) ~= math.floor(prev / half)
  else
    if st[1] then closed[#closed + 1] = st[1] end
    sid, first = kh .. '-' .. b36(ts), ts
    redis.call('HSET', wk, 'sid', sid, 'first', tss, 'last', tss)
    -- a new window of a known key hands off anew (a new key has nothing to forget)
    if st[1] then redis.call('HDEL', wk, 'linked') end
  end
  if renew then redis.call('PEXPIRE', wk, wttl) end

  -- login continuity: the identities one response handed out (a cookie, a token) continue this
  -- session, unless this window already handed off to those of another response: two clients
  -- behind one IP and User-Agent who each log in keep a session each
  if handoff ~= '' then
    local linked = redis.call('HGET', wk, 'linked')
    if not linked then
      redis.call('HSET', wk, 'linked', handoff)
      linked = handoff
    end
    for h in string.gmatch(handoff, '[^,]+') do
      local hk = p .. 'key:' .. h
      if string.find(',' .. linked .. ',', ',' .. h .. ',', 1, true) and not live(redis.call('HMGET', hk, 'sid', 'first', 'last'), ts) then
        redis.call('HSET', hk, 'sid', sid, 'first', first, 'last', ts)
        redis.call('PEXPIRE', hk, idle)
      end
    end
  end
  sids[#sids + 1] = sid
end
local out = { sids, closed }
redis.call('SET', marker, cjson.encode(out), 'PX', 3600000)
return out
`

/**
 * KEYS = marker, then every key the batch writes (the writer's `writeKeys`).
 * ARGV = now, retentionMs, feedRetentionMs, shard prefix, lite (1: a session's first request stays in
 * the feed only), the abuse thresholds (abuseArg), closed count C, C closed session ids, then per
 * record: sid and RECORD_FIELDS.
 * Returns { records written, then each API-abuse kind found } when the whole batch was written;
 * { -2, records written, the first error, then the kinds } when a command failed (a key of the wrong
 * type, written by something else); { -1 } when the batch had already been written whole, { -2, ... }
 * again when in part, { -3 } when an earlier attempt stopped part-way (what it wrote is not known).
 *
 * Redis does not undo a script's writes when it fails part-way: each record is written under a pcall,
 * so one that fails leaves the others written (its feed entry taken back, so the feed holds only the
 * records the answer counts; counts of it may stay in its session's summary and abuse windows), and so
 * does each step after the records. The marker is '0' while the script runs and the answer at its end:
 * a retry (the reply lost) answers what the first attempt wrote, never writes a record again.
 */
export const WRITE_SCRIPT = `#!lua
local marker = KEYS[1]
if not redis.call('SET', marker, '0', 'NX', 'PX', 3600000) then
  local was = redis.call('GET', marker)
  if was == '1' then return { -1 } end
  if was == '0' then return { -3 } end
  return cjson.decode(was)
end
local now = tonumber(ARGV[1])
local ret = tonumber(ARGV[2])
-- a session's own keys: the retention and an hour (renewed once per session-hour, see below)
local srets = string.format('%d', ret + ${SESSION_HOUR_MS})
local feedret = tonumber(ARGV[3])
local p = ARGV[4]
local lite = ARGV[5] == '1'
local nclosed = tonumber(ARGV[7])
local F = ${FIELDS}
local feed = p .. 'requests'
local sessions = p .. 'sessions'
local starts = p .. 'starts'
local longkey = p .. 'long'
-- the batch's oldest record time: where the long-sessions index begins to be complete (long:since)
local oldest, oldestS = math.huge, nil
local livekey = p .. 'live'
local closedkey = p .. 'closed'
local firstkey = p .. 'endpoints:first'
-- template -> the oldest ts of the batch's records of it
local efirst, efirstS = {}, {}
local minid = string.format('%d', now - feedret)
${LUA_HELPERS}
-- the first error met (a record refused, or a step after the records), cut to 300 bytes
local fault = nil
local function noted(e)
  if type(e) == 'table' then e = e.err or cjson.encode(e) end
  fault = fault or string.sub(tostring(e), 1, 300)
end
-- a command on one key of many (an index, a trim): a key of the wrong type fails alone, noted with its name, the others go on
local function soft(cmd, k, ...)
  local r = redis.pcall(cmd, k, ...)
  if type(r) == 'table' and r.err then noted(r.err .. ' (key ' .. k .. ')') end
  return r
end
local cutoff = '(' .. string.format('%d', now - ret)
local touched = {}
-- sorted-set writes gathered over the batch: one ZADD per key (per 400 members) instead of one per
-- record; a member keeps its latest score (GT) or its first (NX). Flushed before anything reads them.
-- A member's pending score is the number of the record that set it (cur): times[cur] its time as a
-- number, timeS[cur] as the string it came as (scores go to Redis as that string: a Lua number
-- argument is formatted with %.17g each time).
local cur = 0
local times, timeS = {}, {}
local zpend, znx = {}, {}
local function zlater(k, nx, member)
  local t = zpend[k]
  if not t then
    t = {}
    zpend[k] = t
    znx[k] = nx
  end
  local old = t[member]
  if old == nil or (nx and times[cur] < times[old]) or (not nx and times[cur] > times[old]) then t[member] = cur end
end
local function zflush()
  for k, t in pairs(zpend) do
    local args = { znx[k] and 'NX' or 'GT' }
    local na = 1
    for m, at in pairs(t) do
      args[na + 1] = timeS[at]
      args[na + 2] = m
      na = na + 2
      if na > 800 then
        soft('ZADD', k, unpack(args, 1, na))
        na = 1
      end
    end
    if na > 1 then soft('ZADD', k, unpack(args, 1, na)) end
  end
  zpend, znx = {}, {}
end
-- when each template of the batch was first seen, before the registry is written: one template new
-- to the registry starts over (a stale first-seen left by a trim is replaced), a known one is lowered
-- by an older record only (two ZADDs per batch)
local function firstSeen()
  local eps = {}
  for ep in pairs(efirst) do eps[#eps + 1] = ep end
  -- 400 templates per call: unpack and a command's arguments are bounded by Lua's stack (8,000)
  for from = 1, #eps, 400 do
    local part = {}
    for i = from, math.min(from + 399, #eps) do part[#part + 1] = eps[i] end
    local known = redis.call('ZMSCORE', p .. 'endpoints', unpack(part))
    local fresh, lower = {}, {}
    for i, ep in ipairs(part) do
      -- a template past the retention still waiting for its slice (below) is new again
      local t = (known[i] and tonumber(known[i]) >= now - ret) and lower or fresh
      t[#t + 1] = efirstS[ep]
      t[#t + 1] = ep
    end
    if #fresh > 0 then redis.call('ZADD', firstkey, unpack(fresh)) end
    if #lower > 0 then redis.call('ZADD', firstkey, 'LT', unpack(lower)) end
  end
end
local function index(k, member)
  zlater(k, false, member)
  touched[k] = true
end
-- a key name of a value (prefix .. kp(value)) built once per batch: a batch repeats its apps, hosts, statuses...
local names = {}
local endpointPrefix = p .. 'endpoint:'
local function named(prefix, value)
  local t = names[prefix]
  if not t then
    t = {}
    names[prefix] = t
  end
  local k = t[value]
  if not k then
    k = prefix .. kp(value)
    t[value] = k
  end
  return k
end
local IDX = {}
for _, field in ipairs({ ${INDEX_FIELDS.map((f) => `'${f}'`).join(', ')} }) do IDX[field] = p .. 'idx:' .. field .. ':' end
local function by(field, value, sid)
  index(named(IDX[field], value), sid)
end
-- a summary field of a value (t:v) built once per batch: a batch repeats its apps, statuses, methods...
-- (named's twin in shape, kept apart: a shared memo taking a builder is one more Lua call per lookup)
local fieldNames = {}
local function field(t, v)
  local byValue = fieldNames[t]
  if not byValue then
    byValue = {}
    fieldNames[t] = byValue
  end
  local f = byValue[v]
  if not f then
    f = t .. ':' .. v
    byValue[v] = f
  end
  return f
end
-- a summary counter a client chooses the values of: ${SUMMARY_VALUES_MAX} values at most, the rest counted as other
local function bump(mk, t, v)
  local f = field(t, v)
  if redis.call('HINCRBY', mk, f, '1') == 1 and redis.call('HINCRBY', mk, 'n:' .. t, '1') > ${SUMMARY_VALUES_MAX} then
    redis.call('HDEL', mk, f)
    redis.call('HINCRBY', mk, 'n:' .. t, '-1')
    redis.call('HINCRBY', mk, 'other:' .. t, '1')
  end
end
-- The summary counts of a session that comes back in the batch, gathered (issue 15): a session's first
-- and second records of the batch write its summary at once, as a command per count (a session seen
-- once or twice a batch pays next to nothing for the gathering: for it, the gathering would cost more
-- than the commands it saves); from its third record on, each count is added up here per field and
-- written once per batch (gflush: one HINCRBY of the sum per field, before anything reads a summary).
-- Written in the order each field was first counted, what is stored stays what a command per count
-- stored: a field new to a hash is made where the first count made it (a listpack hash keeps its
-- fields in that order); a value past a counter's ceiling (bump) is the one whose HINCRBY of the sum
-- answers the sum (the field was new), counted in the order values came (first come, first kept), all
-- of its counts then going to other:<t> as each one did.
-- seen[mk] = true after a session's first record; after its second { requests, last (as it came),
-- last (a number), the first request's feed id, duration and size while the stream is not made
-- (false after), first (a number) }: what its later records read. pend[mk] = { [0] = size, field ->
-- at, then per field from at: field, counter name (a bump) or false, the sum to add (a number) or
-- the value to write (a string: last, user, role) }.
local seen, pend, plist = {}, {}, {}
local function gcount(mk, f, t, x)
  local g = pend[mk]
  if not g then
    g = { [0] = 0 }
    pend[mk] = g
    plist[#plist + 1] = mk
  end
  local at = g[f]
  if at then
    if x then g[at + 2] = x else g[at + 2] = g[at + 2] + 1 end
    return
  end
  at = g[0] + 1
  g[0] = at + 2
  g[f], g[at], g[at + 1], g[at + 2] = at, f, t, x or 1
end
local function gflush()
  for _, mk in ipairs(plist) do
    local g = pend[mk]
    for at = 1, g[0], 3 do
      local f, t, x = g[at], g[at + 1], g[at + 2]
      if type(x) == 'string' then
        redis.call('HSET', mk, f, x)
      elseif not t then
        redis.call('HINCRBY', mk, f, string.format('%d', x))
      else
        local xs = string.format('%d', x)
        if redis.call('HINCRBY', mk, f, xs) == x and redis.call('HINCRBY', mk, 'n:' .. t, '1') > ${SUMMARY_VALUES_MAX} then
          redis.call('HDEL', mk, f)
          redis.call('HINCRBY', mk, 'n:' .. t, '-1')
          redis.call('HINCRBY', mk, 'other:' .. t, xs)
        end
      end
    end
  end
  pend, plist = {}, {}
end
local function close(sid, reason)
  -- once: whoever removes it from the live set (a new window here, or the sweeper) says so
  if redis.call('ZREM', livekey, sid) == 1 then
    redis.call('XADD', closedkey, 'MINID', '~', string.format('%d', now - ret), '*', 'sid', sid, 'reason', reason,
      'summary', summary(p .. 'session:' .. sid .. ':meta'))
  end
end

${LUA_ABUSE}
local n = 0
local found = {}
-- the feed entry of the record being written (taken back if the record fails after it)
local added = false
-- one record, from the ARGV at i; n counts it once it is written whole
local function write(i)
  local sid = ARGV[i]
  local ${RECORD_FIELDS.join(', ')} = unpack(ARGV, i + 1, i + F)
  local tss = ts
  ts = tonumber(ts)
  local kinds = nil
  if awin and abuse ~= '' then
    kinds = abuseOf(sid, ts, tss, app, tonumber(status), endpoint, path, user, abuse)
    if kinds then
      for _, k in ipairs(kinds) do
        attacks = (attacks == '') and k or (attacks .. ',' .. k)
        tail = withAttack(tail, k)
      end
    end
  end
  local rec = '{"sid":"' .. sid .. '",' .. tail
  local fid = redis.call('XADD', feed, 'MINID', '~', minid, '*', 'v', '1', 'sid', sid, 'rec', rec)
  added = fid

  local sk = p .. 'session:' .. sid
  local mk = sk .. ':meta'
  -- The session's keys expire R + an hour after the write that last renewed them; a write renews
  -- them when the hour of its time differs from the session's previous request's (or when it makes
  -- them), so they always outlive the session's last request by at least R, at one PEXPIRE per key
  -- per session-hour instead of per record.
  local renew = true
  local long = false
  -- the first request's feed id, duration and size while the session's stream is not made
  local fid0, fdur0, fsize0 = false, false, false
  local count
  local c = seen[mk]
  local gather = c and c ~= true
  if not gather then
    -- the session's first or second record in the batch: its summary written at once
    count = redis.call('HINCRBY', mk, 'requests', '1')
    if count == 1 then
      -- a new summary: its first counters in the same command (every value is its first), and while
      -- the session has one request, where that request is (its stream is made at the second)
      local f1 = { 'first', tss, 'last', tss, 'app', app, 'host', host,
        field('app', app), '1', field('host', host), '1', field('status', status), '1', field('method', method), '1',
        field('ip', ip), '1', field('endpoint', endpoint), '1', 'n:host', '1', 'n:ip', '1', 'n:endpoint', '1' }
      if lite then
        local n = #f1
        f1[n + 1] = 'fid'
        f1[n + 2] = fid
        f1[n + 3] = 'fdur'
        f1[n + 4] = dur
        f1[n + 5] = 'fsize'
        f1[n + 6] = size
      end
      redis.call('HSET', mk, unpack(f1))
      if c then seen[mk] = { 1, tss, ts, lite and fid, dur, size, ts } else seen[mk] = true end
    else
      local first = redis.call('HMGET', mk, 'last', 'fid', 'fdur', 'fsize', 'first')
      local prev = tonumber(first[1] or '0')
      if ts > prev then redis.call('HSET', mk, 'last', tss) end
      fid0, fdur0, fsize0 = first[2], first[3], first[4]
      renew = fid0 or math.floor(ts / ${SESSION_HOUR_MS}) ~= math.floor(prev / ${SESSION_HOUR_MS})
      -- a session over an hour long enters the long-sessions index at the first request of each hour
      -- it reaches (the console bounds a time range's candidates with it)
      local firstTs = tonumber(first[5] or tss)
      long = renew and ts - firstTs > ${SESSION_HOUR_MS}
      if not c then
        seen[mk] = true
      elseif ts > prev then
        seen[mk] = { count, tss, ts, false, false, false, firstTs }
      else
        seen[mk] = { count, first[1], prev, false, false, false, firstTs }
      end
    end
  else
    -- the session's third record in the batch or later: what it reads is known (its second one read
    -- it), its counts gathered
    count = c[1] + 1
    c[1] = count
    gcount(mk, 'requests', false)
    local prev = c[3]
    if ts > prev then
      c[2], c[3] = tss, ts
      gcount(mk, 'last', false, tss)
    end
    fid0, fdur0, fsize0 = c[4], c[5], c[6]
    c[4] = false
    renew = fid0 or math.floor(ts / ${SESSION_HOUR_MS}) ~= math.floor(prev / ${SESSION_HOUR_MS})
    long = renew and ts - c[7] > ${SESSION_HOUR_MS}
  end
  -- the session's stream: from its second request on (the first one's stays in the feed until then)
  if not (count == 1 and lite) then
    if fid0 then
      local entry = redis.call('XRANGE', feed, fid0, fid0)[1]
      if entry then
        local eid0 = redis.call('XADD', sk, '*', unpack(entry[2]))
        redis.call('ZADD', sk .. ':dur', fdur0, eid0)
        redis.call('ZADD', sk .. ':size', fsize0, eid0)
      end
      redis.call('HDEL', mk, 'fid', 'fdur', 'fsize')
    end
    local eid = redis.call('XADD', sk, '*', 'v', '1', 'sid', sid, 'rec', rec)
    -- what paging a session by duration or size needs, so the console never reads a whole session
    redis.call('ZADD', sk .. ':dur', dur, eid)
    redis.call('ZADD', sk .. ':size', size, eid)
    if renew then
      redis.call('PEXPIRE', sk, srets)
      redis.call('PEXPIRE', sk .. ':dur', srets)
      redis.call('PEXPIRE', sk .. ':size', srets)
    end
  end

  if gather then
    gcount(mk, field('app', app), false)
    gcount(mk, field('host', host), 'host')
    gcount(mk, field('status', status), false)
    gcount(mk, field('method', method), false)
    gcount(mk, field('ip', ip), 'ip')
    gcount(mk, field('endpoint', endpoint), 'endpoint')
    if attacks ~= '' then
      for a in string.gmatch(attacks, '[^,]+') do
        gcount(mk, 'attack:' .. a, false)
        gcount(mk, 'attacks', false)
      end
    end
    if flows ~= '' then
      for f in string.gmatch(flows, '[^,]+') do gcount(mk, 'flow:' .. f, false) end
    end
    if user ~= '' then
      gcount(mk, 'user', false, user)
      gcount(mk, field('user', user), 'user')
    end
    if role ~= '' then
      gcount(mk, 'role', false, role)
      gcount(mk, field('role', role), 'role')
    end
  else
    if count > 1 then
      redis.call('HINCRBY', mk, field('app', app), '1')
      bump(mk, 'host', host)
      redis.call('HINCRBY', mk, field('status', status), '1')
      redis.call('HINCRBY', mk, field('method', method), '1')
      bump(mk, 'ip', ip)
      bump(mk, 'endpoint', endpoint)
    end
    if attacks ~= '' then
      for a in string.gmatch(attacks, '[^,]+') do
        redis.call('HINCRBY', mk, 'attack:' .. a, '1')
        redis.call('HINCRBY', mk, 'attacks', '1')
      end
    end
    if flows ~= '' then
      for f in string.gmatch(flows, '[^,]+') do redis.call('HINCRBY', mk, 'flow:' .. f, '1') end
    end
    -- every user and role a session had (the plain fields keep the latest, for older readers)
    if user ~= '' then redis.call('HSET', mk, 'user', user); bump(mk, 'user', user) end
    if role ~= '' then redis.call('HSET', mk, 'role', role); bump(mk, 'role', role) end
  end
  if renew then redis.call('PEXPIRE', mk, srets) end

  cur = cur + 1
  times[cur], timeS[cur] = ts, tss
  if ts < oldest then oldest, oldestS = ts, tss end
  if long then index(longkey, sid) end
  zlater(livekey, false, sid)
  zlater(sessions, false, sid)
  if count == 1 then zlater(starts, true, sid) end
  index(named(endpointPrefix, endpoint), sid)
  index(p .. 'endpoints', endpoint)
  -- when the template was first seen: the oldest of the batch's records (written with firstSeen)
  local ef = efirst[endpoint]
  if not ef or ts < ef then
    efirst[endpoint] = ts
    efirstS[endpoint] = tss
  end
  by('app', app, sid)
  by('host', host, sid)
  by('ip', ip, sid)
  by('status', status, sid)
  by('method', method, sid)
  if user ~= '' then by('user', user, sid) end
  if role ~= '' then by('role', role, sid) end
  if attacks ~= '' then
    for a in string.gmatch(attacks, '[^,]+') do by('attack', a, sid) end
  end
  if flows ~= '' then
    for f in string.gmatch(flows, '[^,]+') do by('flow', f, sid) end
  end
  if kinds then
    for _, k in ipairs(kinds) do found[#found + 1] = k end
  end
  n = n + 1
end
for i = 8 + nclosed, #ARGV, F + 1 do
  added = false
  local ok, e = pcall(write, i)
  if not ok then
    if added then redis.call('XDEL', feed, added) end
    if not fault then
      noted(e)
      fault = fault .. ' (a record of session ' .. ARGV[i] .. ')'
    end
  end
end
-- each step after the records on its own (a failure noted, the records written): a key of the wrong
-- type in one leaves the others to run
local function step(f, ...)
  local ok, e = pcall(f, ...)
  if not ok then noted(e) end
end
-- the gathered counts, before anything reads a summary (the closed sessions' events below)
step(gflush)
step(firstSeen)
step(abuseExpire)
step(zflush)
-- sessions a new window of their key replaced (after the records: some of theirs may be in this batch)
for i = 8, 7 + nclosed do step(close, ARGV[i], 'new_window') end
-- templates whose last request left the retention leave the registry and the first-seen registry
-- together, 500 a batch: the registry is trimmed by these slices only (not with the other indexes
-- below), so a template past the retention stays in it until it has left the first-seen registry too
local endpoints = p .. 'endpoints'
step(function()
  local gone = redis.call('ZRANGEBYSCORE', endpoints, '-inf', cutoff, 'LIMIT', 0, 500)
  if #gone > 0 then
    redis.call('ZREM', firstkey, unpack(gone))
    redis.call('ZREM', endpoints, unpack(gone))
  end
end)
redis.call('PEXPIRE', firstkey, ret)
for k in pairs(touched) do
  if k ~= endpoints then soft('ZREMRANGEBYSCORE', k, '-inf', cutoff) end
  redis.call('PEXPIRE', k, ret)
end
soft('ZREMRANGEBYSCORE', sessions, '-inf', cutoff)
redis.call('PEXPIRE', sessions, ret)
soft('ZREMRANGEBYSCORE', starts, '-inf', cutoff)
redis.call('PEXPIRE', starts, ret)
if oldestS then redis.call('SET', longkey .. ':since', oldestS, 'NX', 'PX', ret) end
redis.call('PEXPIRE', longkey .. ':since', ret)
soft('ZREMRANGEBYSCORE', livekey, '-inf', cutoff)
redis.call('PEXPIRE', livekey, ret)
redis.call('PEXPIRE', closedkey, ret)
redis.call('PEXPIRE', feed, math.max(ret, feedret))
if not fault then
  redis.call('SET', marker, '1', 'KEEPTTL')
  table.insert(found, 1, n)
  return found
end
local answer = { -2, n, fault }
redis.call('SET', marker, cjson.encode(answer), 'KEEPTTL')
for _, k in ipairs(found) do answer[#answer + 1] = k end
return answer
`

/**
 * KEYS = live set, closed stream, then the summary of each candidate.
 * ARGV = now, idleMs, retentionMs, shard prefix, then candidate session ids.
 * Closes those still idle past the timeout; returns how many it closed.
 */
export const CLOSE_SCRIPT = `#!lua
local now = tonumber(ARGV[1])
local idle = tonumber(ARGV[2])
local ret = tonumber(ARGV[3])
local p = ARGV[4]
${LUA_HELPERS}
local n = 0
for i = 5, #ARGV do
  local sid = ARGV[i]
  local last = redis.call('ZSCORE', KEYS[1], sid)
  if last and now - tonumber(last) > idle and redis.call('ZREM', KEYS[1], sid) == 1 then
    redis.call('XADD', KEYS[2], 'MINID', '~', string.format('%d', now - ret), '*', 'sid', sid, 'reason', 'idle',
      'summary', summary(p .. 'session:' .. sid .. ':meta'))
    n = n + 1
  end
end
return n
`

/**
 * WINDOW_SCRIPT's answer for a batch of `count` records: a session id per record and the closed
 * sessions, or null when the reply does not fit the batch (a stream corrupted on the way, a reply
 * meant for another command). cjson encodes an empty table as an object: no closed session.
 */
export function windowReply(reply: unknown, count: number): { sids: string[]; closed: string[] } | null {
  if (!Array.isArray(reply) || reply.length !== 2) return null
  const [sids, closed] = reply as [unknown, unknown]
  if (!isStrings(sids) || sids.length !== count || sids.includes('')) return null
  if (isStrings(closed)) return { sids, closed }
  return closed !== null && typeof closed === 'object' && !Array.isArray(closed) && Object.keys(closed).length === 0 ? { sids, closed: [] } : null
}

/** WRITE_SCRIPT's answer for a batch, as the writer counts it */
export interface WriteAnswer {
  /** records written: the whole batch, or fewer when the script refused some (the others are dropped) */
  readonly written: number
  /** the first error the script met ('' when none): a refused record's, or a step's after the records */
  readonly fault: string
  /** the API-abuse kinds found */
  readonly kinds: string[]
}

/** a script's error as the writer keeps it (logged, in the shard's health): the script cuts its own at 300 bytes */
const FAULT_MAX = 400

/**
 * WRITE_SCRIPT's answer for a batch of `count` records, or null when the reply is not the script's. Each
 * kind becomes a metric's label: a kind that is none of ABUSE_KINDS (a reply meant for something
 * else, a hostile server) makes the reply no answer, never a new series.
 */
export function writeReply(reply: unknown, count: number): WriteAnswer | null {
  if (!Array.isArray(reply)) return null
  const [head, written, fault] = reply as unknown[]
  if (typeof head !== 'number') return null
  // written in part: how many, and the error
  const partial = head === -2
  const kinds: unknown = reply.slice(partial ? 3 : 1)
  if (!isStrings(kinds) || !kinds.every((k) => (ABUSE_KINDS as readonly string[]).includes(k))) return null
  if (partial) {
    if (typeof written !== 'number' || !Number.isInteger(written) || written < 0 || written > count || typeof fault !== 'string' || fault === '') return null
    return { written, fault: fault.slice(0, FAULT_MAX), kinds }
  }
  // an earlier attempt stopped part-way: none of the batch is known to be written
  if (head === -3) return kinds.length === 0 ? { written: 0, fault: 'an earlier attempt at this batch stopped part-way: what it wrote is not known', kinds } : null
  return head >= -1 ? { written: count, fault: '', kinds } : null
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

/** The window keys WINDOW_SCRIPT touches for these records (each record's key and its handoffs), each once, in order of first use. */
export function windowKeys(layout: Layout, shard: number, records: readonly PackedRecord[]): string[] {
  const hashes = new Set<string>()
  const keys: string[] = []
  for (const r of records) {
    if (!hashes.has(r.kh)) {
      hashes.add(r.kh)
      keys.push(layout.window(shard, r.kh))
    }
    if (r.handoff !== '') {
      for (const h of r.handoff.split(',')) {
        if (h === '' || hashes.has(h)) continue
        hashes.add(h)
        keys.push(layout.window(shard, h))
      }
    }
  }
  return keys
}

/** the index fields a record's packed fields give directly (attack and flow are comma lists, apart) */
const INDEX_AT = INDEX_FIELDS.filter((f) => f !== 'attack' && f !== 'flow').map((f) => [f, AT[f as keyof typeof AT]] as const)

/** true the first time a value is added (a Set's add, answering whether it was new) */
function added(set: Set<string>, value: string): boolean {
  if (set.has(value)) return false
  set.add(value)
  return true
}

/**
 * Every key WRITE_SCRIPT touches for these records, their session ids known (and the sessions to close).
 * A batch repeats sessions, endpoints and index values: each key name is built once per batch (a
 * set of values per kind of key, the values as they are).
 */
export function writeKeys(layout: Layout, shard: number, records: readonly PackedRecord[], sids: readonly string[], closed: readonly string[]): string[] {
  const keys = [layout.feed(shard), layout.sessions(shard), layout.starts(shard), layout.long(shard), layout.longSince(shard), layout.endpoints(shard), layout.endpointsFirst(shard), layout.live(shard), layout.closed(shard)]
  const metas = new Set<string>()
  const sessions = new Set<string>()
  const abuseSessions = new Set<string>()
  /** session and endpoint template, joined by a NUL */
  const idSets = new Set<string>()
  const apps = new Set<string>()
  const endpoints = new Set<string>()
  const indexed = new Map<string, Set<string>>(INDEX_FIELDS.map((f) => [f, new Set<string>()]))
  const attacks = indexed.get('attack')!
  const flows = indexed.get('flow')!
  const byField = INDEX_AT.map(([field, at]) => [field, at, indexed.get(field)!] as const)
  for (const sid of closed) if (added(metas, sid)) keys.push(layout.meta(shard, sid))
  let abuse = false
  for (let i = 0; i < records.length; i++) {
    const sid = sids[i]!
    const f = records[i]!.fields
    const endpoint = String(f[AT.endpoint])
    if (added(sessions, sid)) {
      keys.push(layout.session(shard, sid), layout.byDuration(shard, sid), layout.bySize(shard, sid))
      if (added(metas, sid)) keys.push(layout.meta(shard, sid))
    }
    if (f[AT.abuse] !== '') {
      // the abuse windows (LUA_ABUSE): the session's state and distinct sets, its application's normal
      abuse = true
      if (added(abuseSessions, sid)) keys.push(layout.abuse(shard, sid), layout.abuse(shard, sid, 'nf'), layout.abuse(shard, sid, 'users'))
      if (endpoint.includes('{') && added(idSets, `${sid}\0${endpoint}`)) keys.push(layout.abuse(shard, sid, `ids:${keyPart(endpoint)}`))
      const app = String(f[AT.app])
      if (added(apps, app)) keys.push(layout.abuseApp(shard, 'rate', app), layout.abuseApp(shard, 'seen', app))
    }
    if (added(endpoints, endpoint)) keys.push(layout.endpoint(shard, endpoint))
    for (let j = 0; j < byField.length; j++) {
      const [field, at, seen] = byField[j]!
      const value = f[at]!
      const text = typeof value === 'string' ? value : String(value)
      if (text !== '' && added(seen, text)) keys.push(layout.index(shard, field, text))
    }
    const a = f[AT.attacks] as string
    if (a !== '') for (const v of a.split(',')) if (added(attacks, v)) keys.push(layout.index(shard, 'attack', v))
    const fl = f[AT.flows] as string
    if (fl !== '') for (const v of fl.split(',')) if (added(flows, v)) keys.push(layout.index(shard, 'flow', v))
  }
  // a kind the script finds is indexed like an attack type
  if (abuse) for (const kind of ABUSE_KINDS) if (added(attacks, kind)) keys.push(layout.index(shard, 'attack', kind))
  return keys
}

/** The arguments of WRITE_SCRIPT for a batch (its keys are `writeKeys`): head, the closed sessions, then each record's sid and fields. */
export function writeArgs(head: readonly (string | number)[], records: readonly PackedRecord[], sids: readonly string[], closed: readonly string[]): (string | number)[] {
  const per = FIELDS + 1
  const args = new Array<string | number>(head.length + 1 + closed.length + records.length * per)
  let at = 0
  for (const v of head) args[at++] = v
  args[at++] = closed.length
  for (const sid of closed) args[at++] = sid
  for (let i = 0; i < records.length; i++) {
    args[at++] = sids[i]!
    const fields = records[i]!.fields
    for (let j = 0; j < fields.length; j++) args[at++] = fields[j]!
  }
  // a record with fewer fields than RECORD_FIELDS (none is made so) would leave holes: cut to what was written
  args.length = at
  return args
}
