/**
 * The writer's own work on the proxy's thread, this checkout's against another's
 * (`WRITER_BASE=/path/to/checkout`, e.g. one of main), in one process, no Redis: serialising a
 * record (`recordTail`) alone, and a batch's whole hand-over to ioredis (each record serialised and
 * packed, the window keys, the write keys and arguments, and the UTF-8 length of every argument, as
 * ioredis measures each before writing it). The records are redis-size.ts's (500 a batch, 20
 * requests per session; WB_PER_SESSION=1: every request a session of its own). Rounds alternate
 * between the two checkouts; the report gives each one's median CPU (this thread's, garbage
 * collection included) per record and the paired median of the ratios. Both checkouts' outputs are
 * compared first: it exits 1 if a record's JSON, keys or arguments differ.
 *
 *   WRITER_BASE=/work/main node test/bench/writer-batch.ts [rounds=21]
 */
import { resolve } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { newRecord, type RequestRecord } from '../../src/capture/record.ts'
import { createLayout } from '../../src/redis/layout.ts'
import * as here from '../../src/sink/script.ts'
import { recordTail } from '../../src/sink/serialize.ts'

const BASE = process.env.WRITER_BASE
if (BASE === undefined) throw new Error('WRITER_BASE: the checkout whose writer this one is compared with')
const ROUNDS = Math.min(Math.max(Number(process.argv[2] ?? 21), 3), 201)
const PER_SESSION = Math.max(1, Number(process.env.WB_PER_SESSION ?? 20))
type Script = typeof here
const base = (await import(resolve(BASE, 'src/sink/script.ts'))) as Script
const baseTail = ((await import(resolve(BASE, 'src/sink/serialize.ts'))) as { recordTail: typeof recordTail }).recordTail

const layout = createLayout('apisess:', 1, false)
function batch(first: number): RequestRecord[] {
  const out: RequestRecord[] = []
  for (let i = first; i < first + 500; i++) {
    const s = Math.floor(i / PER_SESSION)
    const ts = 1795390416873 + i
    const r = newRecord(`${ts.toString(36)}.a1b2c3d4e5f6.${i.toString(36)}`, ts, 'shop', i % 5 ? 'GET' : 'POST', `/api/products/${i % 997}?page=${i % 7}`, { host: 'shop.example.com', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36' }, `198.51.100.${s % 250}`)
    r.sid = `Ab3dEf5hIj7lMn9pQr1tUv-${s.toString(36)}`
    r.windowKey = r.sid
    r.rule = 'builtin:cookie:PHPSESSID'
    r.idParams = ['cookie:PHPSESSID']
    r.status = i % 20 ? 200 : 404
    r.durationMs = 3.456
    r.ttfbMs = 2.345
    r.resBytes = 1234
    r.params = { tenant: 'acme' }
    r.endpoint = '/api/products/{id}'
    r.abuse = '-'
    if (i % 50 === 0) {
      r.attacks = ['sqli']
      r.matches = [{ type: 'sqli', where: 'query:page', excerpt: "1' OR '1'='1" }]
    }
    out.push(r)
  }
  return out
}
const batches = Array.from({ length: 20 }, (_, b) => batch(b * 500))
const RECORDS = batches.length * 500
const head = [1795390416873, 604_800_000, 604_800_000, 'apisess:', 1, '60000,10,10,20,2,5,3,4,1']

/** one batch's hand-over: what the writer builds before ioredis encodes it */
function handOver(s: Script, records: readonly RequestRecord[]): number {
  const packed = records.map((r) => s.packRecord(r))
  const sids = records.map((r) => r.sid!)
  let n = s.windowKeys(layout, 0, packed).length
  const keys = s.writeKeys(layout, 0, packed, sids, [])
  for (const k of keys) n += Buffer.byteLength(k)
  for (const a of s.writeArgs(head, packed, sids, [])) n += typeof a === 'string' ? Buffer.byteLength(a) : String(a).length
  return n
}

for (const records of batches) {
  for (const r of records) if (recordTail(r) !== baseTail(r)) throw new Error(`recordTail differs from the base's for ${r.id}`)
  const a = records.map((r) => here.packRecord(r))
  const b = records.map((r) => base.packRecord(r))
  const sids = records.map((r) => r.sid!)
  if (!isDeepStrictEqual(a, b)) throw new Error('packRecord differs from the base')
  if (!isDeepStrictEqual(here.windowKeys(layout, 0, a), base.windowKeys(layout, 0, b))) throw new Error('windowKeys differs from the base')
  if (!isDeepStrictEqual(here.writeKeys(layout, 0, a, sids, []), base.writeKeys(layout, 0, b, sids, []))) throw new Error('writeKeys differs from the base')
  if (!isDeepStrictEqual(here.writeArgs(head, a, sids, []), base.writeArgs(head, b, sids, []))) throw new Error('writeArgs differs from the base')
}

const cpu = (f: () => number): [number, number] => {
  const t0 = process.threadCpuUsage()
  const n = f()
  const t = process.threadCpuUsage(t0)
  return [(t.user + t.system) / RECORDS, n]
}
const parts = {
  recordTail: (tail: typeof recordTail) => () => {
    let n = 0
    for (const records of batches) for (const r of records) n += Buffer.byteLength(tail(r))
    return n
  },
  handOver: (s: Script) => () => {
    let n = 0
    for (const records of batches) n += handOver(s, records)
    return n
  },
}
const runs = {
  recordTail: { here: parts.recordTail(recordTail), base: parts.recordTail(baseTail) },
  handOver: { here: parts.handOver(here), base: parts.handOver(base) },
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!
let check = 0
for (const [name, run] of Object.entries(runs)) {
  const us = { here: [] as number[], base: [] as number[] }
  for (let round = 0; round < ROUNDS; round++) {
    for (const which of round % 2 === 0 ? (['base', 'here'] as const) : (['here', 'base'] as const)) {
      const [t, n] = cpu(run[which])
      check += n
      // the first two rounds warm both up
      if (round >= 2) us[which].push(t)
    }
  }
  const ratio = median(us.here.map((v, i) => v / us.base[i]!))
  console.log(`${name.padEnd(10)} µs per record: base ${median(us.base).toFixed(2)}, this ${median(us.here).toFixed(2)}; paired median ratio ${ratio.toFixed(3)} (${us.here.length} rounds)`)
}
if (check < 0) console.log(check)
