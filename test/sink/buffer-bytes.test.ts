/**
 * The writer's byte budget (`buffer.maxBytes`) counts what a held record costs the heap, whatever a
 * client's values make of its strings: an audit found records with a cut value held at 1.9× their
 * count (the cut's `…` makes V8 keep the value, and the serialised record, at two bytes a character).
 */
import t from 'tap'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { newRecord } from '../../src/capture/record.ts'
import { boundRecord } from '../../src/capture/bounds.ts'
import { packRecord, type PackedRecord } from '../../src/sink/script.ts'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** The heap `n` packed records hold, against the bytes the budget counts for them. */
function held(n: number, make: (i: number) => ReturnType<typeof newRecord>): { heap: number; counted: number } {
  const keep: PackedRecord[] = []
  gc()
  const before = process.memoryUsage().heapUsed
  let counted = 0
  for (let i = 0; i < n; i++) {
    const rec = make(i)
    boundRecord(rec)
    const packed = packRecord(rec)
    counted += packed.bytes
    keep.push(packed)
  }
  gc()
  const heap = process.memoryUsage().heapUsed - before
  t.equal(keep.length, n)
  return { heap, counted }
}

const rec = (i: number, host: string, user: string | null, url = `/p/${i}`, ip = '192.0.2.1') => {
  const r = newRecord(`r${i}`, 1_764_000_000_000 + i, 'shop', 'GET', url, { host, 'user-agent': 'curl/8.5' }, ip)
  r.sid = `s${i}`
  r.user = user
  return r
}
/** a string of its own, as the HTTP parser makes one per request (not a slice of a test's constant) */
const wire = (s: string) => Buffer.from(s, 'latin1').toString('latin1')

t.test('records whose values were cut, and records of wide characters, cost the heap no more than the budget counts', async (t) => {
  for (const [what, make] of [
    ['a 24 KB Host cut to its ceiling', (i: number) => rec(i, String(i).padEnd(24_000, 'x'), null)],
    ['a user name of wide characters', (i: number) => rec(i, 'shop.test', `名前${String(i).repeat(40)}`)],
    ['plain records', (i: number) => rec(i, 'shop.test', 'ann')],
    // (a review's finding) fields that are slices of longer strings kept them alive, uncounted
    ['a path, sliced from a URL of a 7 KB query', (i: number) => rec(i, 'shop.test', null, wire(`/api/items/${String(i).padStart(8, '0')}?q=${'x'.repeat(7_000)}`))],
    ['a user and an IP sliced from 16 KB headers', (i: number) => {
      const cookie = wire(`user=ann.${String(i).padStart(8, '0')}; pad=${'p'.repeat(16_000)}`)
      const xff = wire(`203.0.113.${i % 250}, ${'198.51.100.1, '.repeat(1_000)}`)
      return rec(i, 'shop.test', cookie.slice(5, 17), '/p', xff.slice(0, xff.indexOf(',')))
    }],
  ] as const) {
    const { heap, counted } = held(5_000, make)
    t.ok(heap <= counted, `${what}: ${Math.round(heap / 5_000)} B held a record, ${Math.round(counted / 5_000)} B counted`)
  }
})
