/**
 * Real documents an API receives, from this checkout's own node_modules (pinned by package-lock.json): package
 * manifests (what `npm publish` sends) and READMEs (Markdown). None of them is in an evaluation part; the
 * twenty-fifth round was tuned on them, so this is a regression test, not a measurement (docs/detection.md).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { defaultDetector } from '../helpers/detector.ts'

const ROOT = join(import.meta.dirname, '../../node_modules')
const MAX_FILES = 1500
const MAX_BYTES = 16 * 1024

/** Files named `name` under node_modules, at most MAX_FILES, each at most MAX_BYTES, in a stable order. */
function collect(name: RegExp): string[] {
  const out: string[] = []
  const walk = (dir: string, depth: number) => {
    if (out.length >= MAX_FILES || depth > 6) return
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== 'test' && entry.name !== '.cache') walk(p, depth + 1)
      else if (entry.isFile() && name.test(entry.name) && statSync(p).size <= MAX_BYTES && out.length < MAX_FILES) out.push(p)
    }
  }
  walk(ROOT, 0)
  return out
}

const detector = defaultDetector()
const judge = (body: string) => detector.detect({ path: '/api/v1/items', query: '', headers: { 'content-type': 'application/json' }, body: Buffer.from(body) })

for (const [kind, files, body] of [
  ['package manifests', collect(/^package\.json$/), (text: string) => JSON.stringify(JSON.parse(text))],
  ['READMEs', collect(/^readme\.md$/i), (text: string) => JSON.stringify({ id: 7, readme: text })],
] as const) {
  t.test(`${kind} under node_modules: at most 0.5 % flagged`, async (t) => {
    let judged = 0
    const flagged: string[] = []
    for (const f of files) {
      let b: string
      try {
        b = body(readFileSync(f, 'utf8'))
      } catch {
        continue // a fixture that is not JSON
      }
      judged++
      const v = judge(b)
      if (v.length > 0) flagged.push(`${f.slice(ROOT.length + 1)} ${v.join(',')}`)
    }
    t.ok(judged >= 100, `${judged} ${kind} judged`)
    t.comment(`${flagged.length} of ${judged} flagged${flagged.length > 0 ? `: ${flagged.join('; ')}` : ''}`)
    t.ok(flagged.length <= judged * 0.005, `${((100 * flagged.length) / judged).toFixed(2)} % flagged`)
  })
}
