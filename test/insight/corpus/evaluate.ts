/**
 * The detection corpus (docs/detection.md): labelled values, where each goes in a request, and the
 * per-class detection and false-positive rates of the real detector on them. Used by
 * test/insight/attacks.test.ts (which asserts the targets) and test/bench/detection.ts (which prints
 * the table).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type AttackInputs, type AttackType } from '../../../src/insight/attacks.ts'
import { ATTACK_TYPES } from '../../../src/capture/record.ts'
import { defaultDetector } from '../../helpers/detector.ts'

export interface CorpusEntry {
  /** an attack class, or "benign" */
  class: string
  /** query | query-raw | cookie | path | path-raw | body-json | body-json-raw | body-form | body-form-raw | body-xml | header:NAME */
  where: string
  value: string
}

const here = fileURLToPath(new URL('.', import.meta.url))

export type CorpusFile = 'malicious.jsonl' | 'held-out.jsonl' | 'benign.jsonl'

export function loadCorpus(file: CorpusFile): CorpusEntry[] {
  return readFileSync(join(here, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusEntry)
}

/** The request inputs a corpus entry stands for. */
export function inputsOf(e: CorpusEntry): AttackInputs {
  const headers: Record<string, string> = { host: 'shop.example.com', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/127.0' }
  let path = '/api/items'
  let query = ''
  let body: Buffer | null = null
  const v = e.value
  // a URL goes where an application fetches or redirects to one (docs/detection.md: SSRF in context)
  const name = e.class === 'ssrf' ? 'url' : 'q'
  const field = e.class === 'ssrf' ? 'webhook_url' : 'comment'
  switch (e.where) {
    case 'query': query = `page=1&${name}=${encodeURIComponent(v)}`; break
    case 'query-raw': query = v; break
    case 'path': path = `/api/items/${encodeURIComponent(v)}`; break
    case 'path-raw': {
      const q = v.indexOf('?')
      path = q === -1 ? v : v.slice(0, q)
      query = q === -1 ? '' : v.slice(q + 1)
      break
    }
    case 'body-json': headers['content-type'] = 'application/json'; body = Buffer.from(JSON.stringify({ id: 7, [field]: v })); break
    case 'body-json-raw': headers['content-type'] = 'application/json'; body = Buffer.from(v); break
    case 'body-form': headers['content-type'] = 'application/x-www-form-urlencoded'; body = Buffer.from(`id=7&${field}=${encodeURIComponent(v)}`); break
    case 'body-form-raw': headers['content-type'] = 'application/x-www-form-urlencoded'; body = Buffer.from(v); break
    case 'cookie': headers.cookie = `theme=dark; session=${encodeURIComponent(v)}`; break
    case 'body-xml': headers['content-type'] = 'application/xml'; body = Buffer.from(v); break
    default:
      if (!e.where.startsWith('header:')) throw new Error(`unknown placement ${e.where}`)
      headers[e.where.slice(7)] = v
  }
  return { path, query, headers, body }
}

export interface ClassFigures {
  class: string
  payloads: number
  detected: number
  detectionPct: number
  /** benign values reported as this class */
  falsePositives: number
  fpPct: number
}

export interface CorpusFigures {
  classes: ClassFigures[]
  benign: number
  /** benign values reported as any class */
  benignFlagged: number
  benignFlaggedPct: number
  missed: CorpusEntry[]
  flagged: (CorpusEntry & { as: AttackType[] })[]
}

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 10_000) / 100)

export function evaluateCorpus(detector = defaultDetector(), file: 'malicious.jsonl' | 'held-out.jsonl' = 'malicious.jsonl'): CorpusFigures {
  const malicious = loadCorpus(file)
  const benign = loadCorpus('benign.jsonl')
  const missed: CorpusEntry[] = []
  const flagged: (CorpusEntry & { as: AttackType[] })[] = []
  const classes: ClassFigures[] = []
  const fp = new Map<string, number>()
  for (const e of benign) {
    const as = detector.detect(inputsOf(e))
    if (as.length > 0) flagged.push({ ...e, as })
    for (const a of as) fp.set(a, (fp.get(a) ?? 0) + 1)
  }
  for (const c of ATTACK_TYPES) {
    const mine = malicious.filter((e) => e.class === c)
    let detected = 0
    for (const e of mine) {
      if (detector.detect(inputsOf(e)).includes(c)) detected++
      else missed.push(e)
    }
    const f = fp.get(c) ?? 0
    classes.push({ class: c, payloads: mine.length, detected, detectionPct: pct(detected, mine.length), falsePositives: f, fpPct: pct(f, benign.length) })
  }
  return { classes, benign: benign.length, benignFlagged: flagged.length, benignFlaggedPct: pct(flagged.length, benign.length), missed, flagged }
}

export function corpusTable(f: CorpusFigures): string {
  const rows = f.classes.map((c) => `| \`${c.class}\` | ${c.payloads} | ${c.detected} | ${c.detectionPct.toFixed(1)} % | ${c.falsePositives} | ${c.fpPct.toFixed(2)} % |`)
  return [
    '| class | payloads | detected | detection | false positives (of ' + f.benign + ' benign) | false-positive rate |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    `| any class | | | | ${f.benignFlagged} | ${f.benignFlaggedPct.toFixed(2)} % |`,
  ].join('\n')
}
