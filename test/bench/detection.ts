/**
 * The attack detector alone: µs per request for typical inputs, and the corpus figures of
 * docs/detection.md. In-process, bounded by iterations and time.
 *
 *   node test/bench/detection.ts          # both
 */
import type { AttackInputs } from '../../src/insight/attacks.ts'
import { corpusTable, evaluateCorpus } from '../insight/corpus/evaluate.ts'
import { defaultDetector } from '../helpers/detector.ts'

const ITERATIONS = 20_000
const MAX_MS = 3_000

const CASES: [string, AttackInputs][] = [
  ['benign GET, query of 3 parameters', { path: '/api/v1/products/42', query: 'page=2&sort=price&q=red%20shoes', headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/127.0', cookie: 'session=abc123; theme=dark' }, body: null }],
  [
    'benign JSON POST of ~1 KiB',
    {
      path: '/api/v1/orders',
      query: '',
      headers: { 'content-type': 'application/json', 'user-agent': 'MyApp/3.2' },
      body: Buffer.from(JSON.stringify({ customer: { name: "Ann O'Brien", email: 'ann@example.com' }, items: Array.from({ length: 12 }, (_, i) => ({ sku: `SKU-${i}`, qty: i + 1, note: 'gift wrap, please & thanks' })), notes: 'Leave it at the door; ring twice.' })),
    },
  ],
  [
    'benign JSON POST of ~1 KiB, 30 distinct values',
    {
      path: '/api/v1/tickets',
      query: '',
      headers: { 'content-type': 'application/json', 'user-agent': 'MyApp/3.2' },
      body: Buffer.from(
        JSON.stringify({
          author: { name: "Zoë d'Artagnan", email: 'zoe@example.org', phone: '+33 6 12 34 56 78' },
          messages: Array.from({ length: 27 }, (_, i) => [`Order #${1000 + i}: it's late (again)`, `Tom & Jerry's box ${i}`, `Price: $${i + 5}.99; tax incl.`][i % 3]!.concat(` — note ${i}`)),
        }),
      ),
    },
  ],
  ['SQL injection in the query', { path: '/search', query: "q=1%27%20OR%20%271%27%3D%271", headers: { 'user-agent': 'Mozilla/5.0' }, body: null }],
]

/**
 * µs per detect() call for each case. Synchronous (run.ts iterates the result directly); `usPerRecord`
 * is the same figure under the insight bench's name.
 */
export function runDetectionBench(): { name: string; usPerRequest: number; usPerRecord: number; iterations: number }[] {
  const detector = defaultDetector()
  return CASES.map(([name, inputs]) => {
    for (let i = 0; i < 500; i++) detector.detect(inputs)
    const t0 = performance.now()
    let n = 0
    while (n < ITERATIONS && performance.now() - t0 < MAX_MS) {
      detector.detect(inputs)
      n++
    }
    const us = ((performance.now() - t0) * 1000) / n
    return { name, usPerRequest: us, usPerRecord: us, iterations: n }
  })
}

export function printDetection(print: (line: string) => void = console.log): void {
  print('attack detector (in-process, per request):')
  for (const r of runDetectionBench()) print(`  ${r.name.padEnd(48)} ${r.usPerRequest.toFixed(2).padStart(8)} µs/request  (${r.iterations} iterations)`)
  const tuned = evaluateCorpus()
  const held = evaluateCorpus(undefined, 'held-out.jsonl')
  print('\ncorpus (test/insight/corpus/malicious.jsonl and benign.jsonl):\n' + corpusTable(tuned))
  print('\nheld-out payloads (never used for tuning):\n' + corpusTable(held))
}

if (import.meta.main) printDetection()
