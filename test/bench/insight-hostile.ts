/**
 * What one hostile value costs the attack detector with the default config's budget (insight.maxInspectTime 5 ms,
 * maxInspectBytes 16 KiB): runs of punctuation, 16 KB each, sent as a text body and as a header; CPU ms per request,
 * median of seven after a warm-up. The fifty-first round's figures (docs/detection.md) come from it. Bounded in count.
 * Run alone with `node test/bench/insight-hostile.ts [unit…]`.
 */
import { AttackDetector } from '../../src/insight/attacks.ts'

/** the runs that cost the most before the fifty-first round, and a few ordinary ones */
const UNITS = ['<%e1', '|+', '"|', "'|", '"&', ';', '${{{', '{', '{{', '&&', '&', '|', '$(', '<svg<', '{$', '${;', '{{${', '&\\n', "'\\'", '<!--\n', '![', '${a}', '\\n\\n', '"\\n', 'a b ']
const SIZE = 16_000
const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

const detector = new AttackDetector({ maxInspectBytes: 16 * 1024, maxInspectMs: 5 })
const base = { path: '/api/items', query: '', headers: { host: 'app.test', 'user-agent': 'Mozilla/5.0' } as Record<string, string>, body: null as Buffer | null }
for (let i = 0; i < 300; i++) detector.detect({ ...base, query: `q=hello+${i}` })

const units = process.argv.length > 2 ? process.argv.slice(2) : UNITS
let worst = 0
let worstUnit = ''
console.log('| run (16 KB) | body, ms | header, ms |\n|---|---|---|')
for (const unit of units) {
  const v = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)
  const cells: string[] = []
  for (const inputs of [{ ...base, headers: { ...base.headers, 'content-type': 'text/plain' }, body: Buffer.from(v) }, { ...base, headers: { ...base.headers, 'x-data': v } }]) {
    const times: number[] = []
    for (let i = 0; i < 7; i++) {
      const t = cpuMs()
      detector.detect(inputs)
      times.push(cpuMs() - t)
    }
    times.sort((a, b) => a - b)
    const median = times[3]!
    if (median > worst) [worst, worstUnit] = [median, unit]
    cells.push(median.toFixed(1))
  }
  console.log(`| \`${JSON.stringify(unit).slice(1, -1)}\` | ${cells.join(' | ')} |`)
}
console.log(`\nworst: ${worst.toFixed(1)} ms (${JSON.stringify(worstUnit)}), budget 5 ms`)
