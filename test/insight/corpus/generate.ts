/**
 * Writes malicious.jsonl and benign.jsonl from payloads.ts and benign.ts: every malicious payload in
 * each of its class's placements, plus encoded variants (URL-encoded twice, HTML entities, mixed
 * case, JavaScript escapes in JSON); the benign values in several placements and combined into
 * realistic texts with a fixed pseudo-random sequence, so that the files are the same on every run.
 *
 *   node test/insight/corpus/generate.ts
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CorpusEntry } from './evaluate.ts'
import { FORMER_HELD_OUT, HELD_OUT, MALICIOUS } from './payloads.ts'
import { CODE, JSON_STRINGS, MARKDOWN, NAMES, PATHS, PROSE, SEARCHES, TOKENS, URLS, USER_AGENTS } from './benign.ts'
import { prng } from '../../helpers/prng.ts'

const here = fileURLToPath(new URL('.', import.meta.url))
const rnd = prng(20261123)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!

const mixedCase = (s: string) => [...s].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('')
const htmlEntities = (s: string) => s.replace(/[<>"'()]/g, (c) => `&#${c.charCodeAt(0)};`)
const jsEscapes = (s: string) => s.replace(/[<>'"/$]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

const malicious: CorpusEntry[] = []
for (const [cls, { where, payloads }] of Object.entries(MALICIOUS)) {
  payloads.forEach((p, i) => {
    // a scanner is known by its user agent or by the path it probes, not both
    const places = cls === 'scanner' ? [p.startsWith('/') ? 'path-raw' : 'header:user-agent'] : where
    for (const w of places) malicious.push({ class: cls, where: w, value: p })
    if (cls === 'scanner') malicious.push({ class: cls, where: places[0]!, value: p.startsWith('/') ? `${p}?${['x=1', 'debug=true', 'v=2'][i % 3]}` : `${p} build/${i + 1}` })
    // evasions, one per payload in turn (a whole query string, for splitting and redirects, has none)
    const kind = i % 4
    const name = cls === 'ssrf' ? 'url' : 'q'
    const field = cls === 'ssrf' ? 'webhook_url' : 'comment'
    if (where.includes('query-raw')) return
    if (where.includes('query') && kind === 0) malicious.push({ class: cls, where: 'query-raw', value: `${name}=${encodeURIComponent(encodeURIComponent(p))}` })
    else if (where.includes('query') && kind === 1) malicious.push({ class: cls, where: 'query', value: mixedCase(p) })
    else if (where.includes('body-json') && kind === 2) malicious.push({ class: cls, where: 'body-json-raw', value: `{"${field}": "${jsEscapes(p).replace(/"/g, '\\"')}"}` })
    else if (where.includes('query') && kind === 3 && /[<>"'()]/.test(p)) malicious.push({ class: cls, where: 'query', value: htmlEntities(p) })
  })
}

// held out: each in its class's usual placement (a scanner's by its kind), never used for tuning
function heldOutEntry(cls: string, p: string): CorpusEntry {
  const where = cls === 'scanner' ? (p.startsWith('/') ? 'path-raw' : 'header:user-agent') : cls === 'jndi' ? 'header:user-agent' : cls === 'nosqli' ? (p.startsWith('{') ? 'body-json-raw' : 'query-raw') : cls === 'xxe' ? 'body-xml' : cls === 'path_traversal' && p.startsWith('%') ? 'query-raw' : 'query'
  return { class: cls, where, value: where === 'query-raw' && !p.includes('=') ? `file=${p}` : p }
}
// the held-out sets were labelled before the template-injection class existed: those are ssti now
function relabel(cls: string, p: string): string {
  return cls === 'rce' && /^\s*(?:\{\{|\$\{|#\{|<%)/.test(p) && !/popen|exec|system|getruntime/i.test(p) ? 'ssti' : cls
}
const heldOut: CorpusEntry[] = []
for (const [cls, payloads] of Object.entries(HELD_OUT)) for (const p of payloads) heldOut.push(heldOutEntry(relabel(cls, p), p))
// the first held-out set, tuned on since: part of the corpus now, in the placement it was measured in
for (const [cls, payloads] of Object.entries(FORMER_HELD_OUT)) for (const p of payloads) malicious.push(heldOutEntry(relabel(cls, p), p))

const benign: CorpusEntry[] = []
const seen = new Set<string>()
const add = (where: string, value: string) => {
  const key = `${where}\0${value}`
  if (seen.has(key)) return
  seen.add(key)
  benign.push({ class: 'benign', where, value })
}
const texts = [...NAMES, ...PROSE, ...CODE, ...MARKDOWN, ...URLS, ...JSON_STRINGS, ...TOKENS, ...SEARCHES]
for (const t of texts) for (const w of ['query', 'body-json', 'body-form']) add(w, t)
for (const ua of USER_AGENTS) add('header:user-agent', ua)
for (const p of PATHS) add('path-raw', p)
for (const n of NAMES) add('path', n)
// realistic combinations: a name and a message, a search with a filter, a review with a link
const joiners = [' ', ' — ', '\n\n', ', ']
let guard = 0
while (benign.length < 3_600 && guard++ < 50_000) {
  const shape = Math.floor(rnd() * 6)
  if (shape === 0) add(pick(['query', 'body-json', 'body-form']), `${pick(NAMES)}${pick(joiners)}${pick(PROSE)}`)
  else if (shape === 1) add(pick(['query', 'body-json']), `${pick(PROSE)}${pick(joiners)}${pick(URLS)}`)
  else if (shape === 2) add(pick(['body-json', 'body-form']), `${pick(PROSE)}${pick(joiners)}${pick(CODE)}`)
  else if (shape === 3) add('query', `${pick(SEARCHES)} ${pick(['', 'near me', 'under $50', "men's", "women's", '2026', 'review'])}`.trim())
  else if (shape === 4) add('body-json-raw', JSON.stringify({ name: pick(NAMES), comment: pick([...PROSE, ...MARKDOWN]), website: pick(URLS), tags: [pick(SEARCHES)] }))
  else add('header:cookie', `session=${pick(TOKENS).replace(/[;\s]/g, '')}; theme=${pick(['dark', 'light'])}; lang=${pick(['fr-FR', 'en-GB', 'de'])}; last_search=${encodeURIComponent(pick(SEARCHES))}`)
}

const write = (file: string, entries: CorpusEntry[]) => writeFileSync(join(here, file), entries.map((e) => JSON.stringify(e)).join('\n') + '\n')
write('malicious.jsonl', malicious)
write('benign.jsonl', benign)
write('held-out.jsonl', heldOut)
const counts: Record<string, number> = {}
for (const e of malicious) counts[e.class] = (counts[e.class] ?? 0) + 1
console.log(`malicious: ${malicious.length} ${JSON.stringify(counts)}; held out: ${heldOut.length}; benign: ${benign.length}`)
