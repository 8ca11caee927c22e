/**
 * The writer's cost of handing a batch to ioredis, this checkout's against another's
 * (`WRITER_BASE=/path/to/checkout`): the two script calls' arguments built from 500 packed records
 * (`windowArgs`/`writeArgs`; the other's as its writer builds them), the same keys (`windowKeys`,
 * `writeKeys`), ioredis's command for each (`new Command('evalsha', ...)`, `toWritable`) and the
 * bytes its socket write would make of a string (`Buffer.from`). Redis is not involved: main-thread
 * and whole-process CPU per record, rounds of each in turn, medians and paired ratios. Bounded: ROUNDS × ITER batches of each.
 * Run with `WRITER_BASE=... node test/bench/writer-args.ts [ROUNDS] [ITER]`.
 */
import { resolve } from 'node:path'
import { Command } from 'ioredis'
import { createLayout } from '../../src/redis/layout.ts'
import { newRecord } from '../../src/capture/record.ts'
import { boundRecord } from '../../src/capture/bounds.ts'
import { createHasher } from '../../src/capture/mask.ts'
import { packRecord, windowArgs, windowKeys, writeArgs, writeKeys, type PackedRecord } from '../../src/sink/script.ts'

const BASE = process.env.WRITER_BASE
if (BASE === undefined) throw new Error('WRITER_BASE: the checkout to compare with')
const ROUNDS = Math.min(Number(process.argv[2] ?? 10), 100)
const ITER = Math.min(Number(process.argv[3] ?? 40), 1_000)
const BATCH = 500
/** requests per session, as test/bench/redis-size.ts (SIZE_PER_SESSION) */
const PER = Math.max(1, Number(process.env.SIZE_PER_SESSION ?? 20))

type Args = (string | number | Buffer)[]
const other = (await import(resolve(BASE, 'src/sink/script.ts'))) as { writeArgs: (head: readonly (string | number)[], records: readonly PackedRecord[], sids: readonly string[], closed: readonly string[]) => Args }

const hasher = createHasher('sizing-key-00000000000')
const base = Date.now()
const sessions = Math.max(1, Math.round(BATCH / PER))
const records: PackedRecord[] = []
const sids: string[] = []
for (let i = 0; i < BATCH; i++) {
  const s = i % sessions
  const ts = base + i
  const r = newRecord(`${ts.toString(36)}.a1b2c3d4e5f6.${i.toString(36)}`, ts, 'shop', i % 5 ? 'GET' : 'POST', `/api/products/${i % 997}?page=${i % 7}`, { host: 'shop.example.com', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36' }, `198.51.100.${s % 250}`)
  r.sid = hasher.sessionId(['cookie', `session-${s}`])
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
  boundRecord(r)
  records.push(packRecord(r))
  sids.push(`${r.sid}-${ts.toString(36)}`)
}
const layout = createLayout('apisess:', 1, false)
const head = [base, 604_800_000, 604_800_000, 'apisess:', 1, '60000,10,20,30,5,10,5,10,1']

/** what reaches the socket for one command: its bytes */
function wire(cmd: Command): number {
  const w = cmd.toWritable(undefined as never)
  return typeof w === 'string' ? Buffer.from(w, 'utf8').length : w.length
}

function batch(mine: boolean): number {
  const wkeys = windowKeys(layout, 0, records)
  let wargs: Args
  if (mine) wargs = windowArgs(1_800_000, 14_400_000, 'apisess:', records)
  else {
    wargs = [1_800_000, 14_400_000, 'apisess:']
    for (const r of records) wargs.push(r.kh, r.handoff, r.fields[0]!)
  }
  const keys = writeKeys(layout, 0, records, sids, [])
  const args = mine ? writeArgs(head, records, sids, []) : other.writeArgs(head, records, sids, [])
  const a = new Command('evalsha', ['0'.repeat(40), wkeys.length + 1, 'apisess:batch:x:w', wkeys, wargs])
  const b = new Command('evalsha', ['0'.repeat(40), keys.length + 1, 'apisess:batch:x', keys, args])
  a.promise.catch(() => {})
  b.promise.catch(() => {})
  return wire(a) + wire(b)
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
const times: Record<'base' | 'this', number[]> = { base: [], this: [] }
/** the process's CPU (every thread: GC helpers too) */
const all: Record<'base' | 'this', number[]> = { base: [], this: [] }
const bytes: Record<'base' | 'this', number> = { base: 0, this: 0 }
for (let i = 0; i < 5; i++) {
  batch(true)
  batch(false)
}
for (let round = 0; round < ROUNDS; round++) {
  for (const mine of round % 2 ? [true, false] : [false, true]) {
    const p0 = process.cpuUsage()
    const t0 = process.threadCpuUsage()
    for (let i = 0; i < ITER; i++) bytes[mine ? 'this' : 'base'] = batch(mine)
    const t = process.threadCpuUsage(t0)
    const p = process.cpuUsage(p0)
    times[mine ? 'this' : 'base'].push((t.user + t.system) / (ITER * BATCH))
    all[mine ? 'this' : 'base'].push((p.user + p.system) / (ITER * BATCH))
  }
}
const ratio = (x: Record<'base' | 'this', number[]>) => +median(x.this.map((v, i) => v / x.base[i]!)).toFixed(3)
const us = (xs: number[]) => +median(xs).toFixed(2)
console.log(JSON.stringify({ perSession: PER, rounds: ROUNDS, batches: ITER, mainMicrosPerRecord: { base: us(times.base), this: us(times.this), pairedRatio: ratio(times) }, processMicrosPerRecord: { base: us(all.base), this: us(all.this), pairedRatio: ratio(all) }, bytesPerBatch: bytes }))
