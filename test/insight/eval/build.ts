/**
 * Builds the public evaluation's corpus from the pinned snapshots listed in sources.ts: attack
 * payloads cut out of public payload lists, fragments set apart, each payload placed in a request as
 * a client sends it (place.ts); benign values of many kinds from public text, code, documents and the
 * CSIC 2010 data set's normal requests; everything split into a tuning half and a held-out half.
 * Nothing is written into the repository: the corpus goes to node_modules/.cache (or EVAL_CACHE).
 *
 *   node test/insight/eval/build.ts                    # prints what it built (counts only: it runs no detection)
 *   node test/insight/eval/build.ts --sources fresh53  # and what each of a fresh part's sources gave (the fifty-third: measured once at cc6f785, spent)
 *   node test/insight/eval/build.ts --sources fresh54  # and what each of a fresh part's sources gave (the fifty-fourth: measured once at b231de4, spent)
 *   node test/insight/eval/build.ts --sources fresh55  # and what each of a fresh part's sources gave (the fifty-fifth: measured once at 793d810, spent)
 *   node test/insight/eval/build.ts --sources fresh56  # and what each of a fresh part's sources gave (the fifty-sixth: measured once at 793d810, spent)
 *   node test/insight/eval/build.ts --sources fresh57  # and what each of a fresh part's sources gave (the fifty-seventh: measured once at 8d85258, spent)
 *   node test/insight/eval/build.ts --sources fresh58  # and what each of a fresh part's sources gave (the fifty-eighth: measured once at 8d85258, spent)
 *   node test/insight/eval/build.ts --sources fresh59  # and what each of a fresh part's sources gave (the fifty-ninth: measured once at b63b636, spent)
 *   node test/insight/eval/build.ts --sources fresh60  # and what each of a fresh part's sources gave (the sixtieth: measured once at b63b636, spent)
 *   node test/insight/eval/build.ts --sources fresh61  # and what each of a fresh part's sources gave (the sixty-first: measured once at c3c0a1d, spent)
 *   node test/insight/eval/build.ts --sources fresh62  # and what each of a fresh part's sources gave (the sixty-second: measured once at c3c0a1d, spent)
 *   node test/insight/eval/build.ts --sources fresh63  # and what each of a fresh part's sources gave (the sixty-third: measured once at 06d5c1b, spent)
 *   node test/insight/eval/build.ts --sources fresh64  # and what each of a fresh part's sources gave (the sixty-fourth: measured once at 06d5c1b, spent)
 *   node test/insight/eval/build.ts --sources fresh65  # and what each of a fresh part's sources gave (the sixty-fifth: measured once at 78209ef, spent)
 *   node test/insight/eval/build.ts --sources fresh66  # and what each of a fresh part's sources gave (the sixty-sixth: measured once at 78209ef, spent)
 *   node test/insight/eval/build.ts --sources fresh67  # and what each of a fresh part's sources gave (the sixty-seventh: measured once at 2ce126f, spent)
 *   node test/insight/eval/build.ts --sources fresh68  # and what each of a fresh part's sources gave (the sixty-eighth: measured once at 2ce126f, spent)
 *   node test/insight/eval/build.ts --sources fresh69  # and what each of a fresh part's sources gave (the sixty-ninth: measured once at ca2ca87, spent)
 *   node test/insight/eval/build.ts --sources fresh70  # and what each of a fresh part's sources gave (the seventieth: measured once at ca2ca87, spent)
 *   node test/insight/eval/build.ts --sources fresh71  # and what each of a fresh part's sources gave (the seventy-first: measured once at 98652a8, spent)
 *   node test/insight/eval/build.ts --sources fresh72  # and what each of a fresh part's sources gave (the seventy-second: measured once at 98652a8, spent)
 *   node test/insight/eval/build.ts --sources fresh73  # and what each of a fresh part's sources gave (the seventy-third: measured once at f6ae327, spent)
 *   node test/insight/eval/build.ts --sources fresh74  # and what each of a fresh part's sources gave (the seventy-fourth: measured once at f6ae327, spent)
 *   node test/insight/eval/build.ts --sources fresh75  # and what each of a fresh part's sources gave (the seventy-fifth: measured once at d268721, spent)
 *   node test/insight/eval/build.ts --sources fresh76  # and what each of a fresh part's sources gave (the seventy-sixth: measured once at d268721, spent)
 *   node test/insight/eval/build.ts --sources fresh77  # and what each of a fresh part's sources gave (the seventy-seventh: measured once at 473ab5d, spent)
 *   node test/insight/eval/build.ts --sources fresh78  # and what each of a fresh part's sources gave (the seventy-eighth: measured once at 473ab5d, spent)
 *   node test/insight/eval/build.ts --sources fresh79  # and what each of a fresh part's sources gave (the seventy-ninth: measured once at 96a5642, spent)
 *   node test/insight/eval/build.ts --sources fresh80  # and what each of a fresh part's sources gave (the eightieth: measured once at 96a5642, spent)
 *   node test/insight/eval/build.ts --sources fresh81  # and what each of a fresh part's sources gave (the eighty-first: measured once at 064814b, spent)
 *   node test/insight/eval/build.ts --sources fresh82  # and what each of a fresh part's sources gave (the eighty-second: measured once at 064814b, spent)
 *   node test/insight/eval/build.ts --sources fresh83  # and what each of a fresh part's sources gave (the eighty-third: measured once at 5413e21, spent)
 *   node test/insight/eval/build.ts --sources fresh84  # and what each of a fresh part's sources gave (the eighty-fourth: measured once at 5413e21, spent)
 *   node test/insight/eval/build.ts --sources fresh85  # and what each of a fresh part's sources gave (the eighty-fifth: measured once at b945f65, spent)
 *   node test/insight/eval/build.ts --sources fresh86  # and what each of a fresh part's sources gave (the eighty-sixth: measured once at b945f65, spent)
 *   node test/insight/eval/build.ts --sources fresh87  # and what each of a fresh part's sources gave (the eighty-seventh: measured once at b945f65, spent)
 *   node test/insight/eval/build.ts --sources fresh88  # and what each of a fresh part's sources gave (the eighty-eighth: measured once at b945f65, spent)
 *   node test/insight/eval/build.ts --sources fresh89  # and what each of a fresh part's sources gave (the eighty-ninth: measured once at b945f65, spent)
 *   node test/insight/eval/build.ts --sources fresh90  # and what each of a fresh part's sources gave (the ninetieth: measured once at b945f65, spent)
 *   node test/insight/eval/build.ts --sources fresh91  # and what each of a fresh part's sources gave (the ninety-first: measured once at f7aa37e, spent)
 *   node test/insight/eval/build.ts --sources fresh92  # and what each of a fresh part's sources gave (the ninety-second: measured once at f7aa37e, spent)
 *   node test/insight/eval/build.ts --sources fresh93  # and what each of a fresh part's sources gave (the ninety-third: measured once at 23ae99b, spent)
 *   node test/insight/eval/build.ts --sources fresh94  # and what each of a fresh part's sources gave (the ninety-fourth: measured once at 23ae99b, spent)
 *   node test/insight/eval/build.ts --sources fresh95  # and what each of a fresh part's sources gave (the ninety-fifth: measured once at 23ae99b, spent)
 *   node test/insight/eval/build.ts --sources fresh96  # and what each of a fresh part's sources gave (the ninety-sixth: measured once at 23ae99b, spent)
 *   node test/insight/eval/build.ts --sources fresh97  # and what each of a fresh part's sources gave (the ninety-seventh: measured once at 2d4cecd, spent)
 *   node test/insight/eval/build.ts --sources fresh98  # and what each of a fresh part's sources gave (the ninety-eighth: measured once at 2d4cecd, spent)
 *   node test/insight/eval/build.ts --sources fresh99  # and what each of a fresh part's sources gave (the ninety-ninth: measured once at d89b2ee, spent)
 *   node test/insight/eval/build.ts --sources fresh100 # and what each of a fresh part's sources gave (the hundredth: measured once at d89b2ee, spent)
 *   node test/insight/eval/build.ts --sources fresh101 # and what each of a fresh part's sources gave (the hundred-and-first: measured once at a89a52c, spent)
 *   node test/insight/eval/build.ts --sources fresh102 # and what each of a fresh part's sources gave (the hundred-and-second: measured once at a89a52c, spent)
 *   node test/insight/eval/build.ts --sources fresh103 # and what each of a fresh part's sources gave (the hundred-and-third: measured once at 2bff375, spent)
 *   node test/insight/eval/build.ts --sources fresh104 # and what each of a fresh part's sources gave (the hundred-and-fourth: measured once at 2bff375, spent)
 *   node test/insight/eval/build.ts --sources fresh105 # and what each of a fresh part's sources gave (the hundred-and-fifth: measured once at 6e5c715, spent)
 *   node test/insight/eval/build.ts --sources fresh106 # and what each of a fresh part's sources gave (the hundred-and-sixth: measured once at 6e5c715, spent)
 *   node test/insight/eval/build.ts --sources fresh107 # and what each of a fresh part's sources gave (the hundred-and-seventh: measured once at 0869953, spent)
 *   node test/insight/eval/build.ts --sources fresh108 # and what each of a fresh part's sources gave (the hundred-and-eighth: measured once at 0869953, spent)
 *   node test/insight/eval/build.ts --sources fresh109 # and what each of a fresh part's sources gave (the hundred-and-ninth: measured once at 7f03250, spent)
 *   node test/insight/eval/build.ts --sources fresh110 # and what each of a fresh part's sources gave (the hundred-and-tenth: measured once at 4ee9fb9, spent)
 *   node test/insight/eval/build.ts --sources fresh111 # and what each of a fresh part's sources gave (the hundred-and-eleventh: measured once at 0d47655, spent)
 *   node test/insight/eval/build.ts --sources fresh112 # and what each of a fresh part's sources gave (the hundred-and-twelfth: measured once at c2184c1, spent)
 *   node test/insight/eval/build.ts --sources fresh113 # and what each of a fresh part's sources gave (the hundred-and-thirteenth: measured once at 0a41b24, spent)
 *   node test/insight/eval/build.ts --sources fresh114 # and what each of a fresh part's sources gave (the hundred-and-fourteenth: measured once at 61dd530, spent)
 *   node test/insight/eval/build.ts --sources fresh115 # and what each of a fresh part's sources gave (the hundred-and-fifteenth: measured once at 83a86fb, spent)
 *   node test/insight/eval/build.ts --sources fresh116 # and what each of a fresh part's sources gave (the hundred-and-sixteenth: measured once at 1df78b4, spent)
 *   node test/insight/eval/build.ts --sources fresh117 # and what each of a fresh part's sources gave (the hundred-and-seventeenth: measured once at bb08ad3, spent)
 *   node test/insight/eval/build.ts --sources fresh118 # and what each of a fresh part's sources gave (the hundred-and-eighteenth: measured once at 17ac893, spent)
 *   node test/insight/eval/build.ts --sources fresh119 # and what each of a fresh part's sources gave (the hundred-and-nineteenth: measured once at 8c5ab3b, spent)
 *   node test/insight/eval/build.ts --sources fresh120 # and what each of a fresh part's sources gave (the hundred-and-twentieth: measured once at f80c83f, spent)
 *   node test/insight/eval/build.ts --sources fresh121 # and what each of a fresh part's sources gave (the hundred-and-twenty-first: measured once at 480310d, spent)
 *   node test/insight/eval/build.ts --sources fresh122 # and what each of a fresh part's sources gave (the hundred-and-twenty-second: measured once at 4af0a61, spent)
 *   node test/insight/eval/build.ts --sources fresh123 # and what each of a fresh part's sources gave (the hundred-and-twenty-third: measured once at 6d5b08f, spent)
 *   node test/insight/eval/build.ts --sources fresh124 # and what each of a fresh part's sources gave (the hundred-and-twenty-fourth: measured once at f7ff212, spent)
 *   node test/insight/eval/build.ts --sources fresh125 # and what each of a fresh part's sources gave (the hundred-and-twenty-fifth: measured once at 2be6d9b, spent)
 *   node test/insight/eval/build.ts --sources fresh126 # and what each of a fresh part's sources gave (the hundred-and-twenty-sixth: measured once at 0b81930, spent)
 *   node test/insight/eval/build.ts --sources fresh127 # and what each of a fresh part's sources gave (the hundred-and-twenty-seventh: measured once at 0fb25d0, spent)
 *   node test/insight/eval/build.ts --sources fresh128 # and what each of a fresh part's sources gave (the hundred-and-twenty-eighth: measured once at ec1b851, spent)
 *   node test/insight/eval/build.ts --sources fresh129 # and what each of a fresh part's sources gave (the hundred-and-twenty-ninth: measured once at c9f71fd, spent)
 *   node test/insight/eval/build.ts --sources fresh130 # and what each of a fresh part's sources gave (the hundred-and-thirtieth: measured once at 18b5871, spent)
 *   node test/insight/eval/build.ts --sources fresh131 # and what each of a fresh part's sources gave (the hundred-and-thirty-first: measured once at 3288360, spent)
 *   node test/insight/eval/build.ts --sources fresh132 # and what each of a fresh part's sources gave (the hundred-and-thirty-second: measured once at 3288360, spent; built beside the hundred-and-thirty-first)
 *   node test/insight/eval/build.ts --sources fresh133 # and what each of a fresh part's sources gave (the hundred-and-thirty-third: measured once at 6652ec4, spent)
 *   node test/insight/eval/build.ts --sources fresh134 # and what each of a fresh part's sources gave (the hundred-and-thirty-fourth: measured once at 6652ec4, spent; built beside the hundred-and-thirty-third)
 *   node test/insight/eval/build.ts --sources fresh135 # and what each of a fresh part's sources gave (the hundred-and-thirty-fifth: measured once at 29eee59, spent; built beside the hundred-and-thirty-sixth)
 *   node test/insight/eval/build.ts --sources fresh136 # and what each of a fresh part's sources gave (the hundred-and-thirty-sixth: measured once at 29eee59, spent; built beside the hundred-and-thirty-fifth)
 *   node test/insight/eval/build.ts --sources fresh137 # and what each of a fresh part's sources gave (the hundred-and-thirty-seventh: measured once at 2e75d95, spent; built beside the hundred-and-thirty-eighth)
 *   node test/insight/eval/build.ts --sources fresh138 # and what each of a fresh part's sources gave (the hundred-and-thirty-eighth: measured once at 2e75d95, spent; built beside the hundred-and-thirty-seventh)
 *   node test/insight/eval/build.ts --sources fresh139 # and what each of a fresh part's sources gave (the hundred-and-thirty-ninth: measured once at 0699024, spent; built beside the hundred-and-fortieth)
 *   node test/insight/eval/build.ts --sources fresh140 # and what each of a fresh part's sources gave (the hundred-and-fortieth: measured once at 0699024, spent; built beside the hundred-and-thirty-ninth)
 *   node test/insight/eval/build.ts --sources fresh141 # and what each of a fresh part's sources gave (the hundred-and-forty-first: measured once at 8bbb754, spent; built beside the hundred-and-forty-second)
 *   node test/insight/eval/build.ts --sources fresh142 # and what each of a fresh part's sources gave (the hundred-and-forty-second: measured once at 8bbb754, spent; built beside the hundred-and-forty-first)
 *   node test/insight/eval/build.ts --sources fresh143 # and what each of a fresh part's sources gave (the hundred-and-forty-third: measured once at 2281639, spent; built beside the hundred-and-forty-fourth)
 *   node test/insight/eval/build.ts --sources fresh144 # and what each of a fresh part's sources gave (the hundred-and-forty-fourth: measured once at 2281639, spent; built beside the hundred-and-forty-third)
 *   node test/insight/eval/build.ts --sources fresh145 # and what each of a fresh part's sources gave (the hundred-and-forty-fifth: measured once at 0e6898f, spent; built beside the hundred-and-forty-sixth)
 *   node test/insight/eval/build.ts --sources fresh146 # and what each of a fresh part's sources gave (the hundred-and-forty-sixth: measured once at 0e6898f, spent; built beside the hundred-and-forty-fifth)
 *   node test/insight/eval/build.ts --sources fresh147 # and what each of a fresh part's sources gave (the hundred-and-forty-seventh: measured once at 32ccdc2, spent; built beside the hundred-and-forty-eighth)
 *   node test/insight/eval/build.ts --sources fresh148 # and what each of a fresh part's sources gave (the hundred-and-forty-eighth: measured once at 32ccdc2, spent; built beside the hundred-and-forty-seventh)
 *   node test/insight/eval/build.ts --sources fresh149 # and what each of a fresh part's sources gave (the hundred-and-forty-ninth: measured once at 10a47bf, spent; built beside the hundred-and-fiftieth)
 *   node test/insight/eval/build.ts --sources fresh150 # and what each of a fresh part's sources gave (the hundred-and-fiftieth: measured once at 10a47bf, spent; built beside the hundred-and-forty-ninth)
 *   node test/insight/eval/build.ts --sources fresh151 # and what each of a fresh part's sources gave (the hundred-and-fifty-first: measured once at 10a47bf, spent; built beside the hundred-and-fifty-second)
 *   node test/insight/eval/build.ts --sources fresh152 # and what each of a fresh part's sources gave (the hundred-and-fifty-second: measured once at 10a47bf, spent; built beside the hundred-and-fifty-first)
 *   node test/insight/eval/build.ts --sources fresh153 # and what each of a fresh part's sources gave (the hundred-and-fifty-third: measured once at 57f65fc, spent; built alone)
 *   node test/insight/eval/build.ts --sources fresh154 # and what each of a fresh part's sources gave (the hundred-and-fifty-fourth: measured once at 57f65fc, spent; built alone, after the hundred-and-fifty-third)
 *   node test/insight/eval/build.ts --sources fresh155 # and what each of a fresh part's sources gave (the hundred-and-fifty-fifth: measured once at 5dd0650, spent; built alone)
 *   node test/insight/eval/build.ts --write-known      # rewrites known-values.bin from every part (needs every snapshot)
 *   node test/insight/eval/build.ts --alone fresh53    # one fresh part from its own snapshots, deduplicated by known-values.bin (a part before it still measure-only not in it yet)
 *   node test/insight/eval/build.ts --alone halves     # the two halves from their own 29 snapshots
 *   node test/insight/eval/build.ts --alone fresh16 --write-known   # fold a measured part into known-values.bin, from its own snapshots
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prng } from '../../helpers/prng.ts'
import { extendKnown, readKnown, writeKnown, type KnownValues } from './known.ts'
import { parse as parseYaml } from 'yaml'
import { backupProbes, fillTemplate, fragmentReason, hash32, MEASURE_ONLY, partOf, placeApiBody, placeApiExample, placeAttack, placeBenign, type ApiExample, type ApiWhere, type Encoded, type Part, type PlacedRequest } from './place.ts'
import { CSIC_ANOMALOUS, FRESH_PARTS, SOURCES, type AttackClass, type AttackFile, type BenignFile, type BenignKind, type FreshPart, type Source } from './sources.ts'

export interface EvalEntry {
  /** the attack class, the benign kind, or "csic_anomalous" */
  label: string
  attack: boolean
  part: Part
  source: string
  /** the payload or value as the list or document has it */
  value: string
  req: PlacedRequest
}

interface LeftOut {
  label: string
  /** set apart from this fresh part's sources (absent: the two halves') */
  part?: FreshPart
  source: string
  value: string
  reason: string
}

const here = fileURLToPath(new URL('.', import.meta.url))
const MIRROR = process.env.EVAL_MIRROR ?? '/work/.mirror'
const CACHE = process.env.EVAL_CACHE ?? join(here, '../../../node_modules/.cache/api-sessions-eval')
/** the digest of every value the parts hold (known.ts) */
export const KNOWN_FILE = join(here, 'known-values.bin')

// ---- reading the snapshots -------------------------------------------------------------------------

function gitDir(repo: string): string {
  const [owner, name] = repo.split('/') as [string, string]
  for (const d of [join(MIRROR, `${owner}+${name}`, 'repo'), join(MIRROR, `${owner}+${name}`), join(MIRROR, name)]) if (existsSync(d)) return d
  throw new Error(`no snapshot of ${repo} under ${MIRROR}: clone https://github.com/${repo} there (as ${owner}+${name}) and check out its pinned commit, or set EVAL_MIRROR`)
}

function show(repo: string, commit: string, path: string): string {
  return execFileSync('git', ['-C', gitDir(repo), 'show', `${commit}:${path}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** Many files of one snapshot in one `git cat-file --batch` (a process per file takes minutes). */
function showMany(repo: string, commit: string, paths: readonly string[]): string[] {
  const out = execFileSync('git', ['-C', gitDir(repo), 'cat-file', '--batch'], { input: paths.map((p) => `${commit}:${p}`).join('\n') + '\n', maxBuffer: 1024 * 1024 * 1024 })
  const texts: string[] = []
  let at = 0
  for (let i = 0; i < paths.length; i++) {
    const eol = out.indexOf(0x0a, at)
    const header = out.subarray(at, eol).toString('latin1')
    const size = Number(header.split(' ')[2])
    if (header.endsWith('missing') || !Number.isFinite(size)) throw new Error(`${repo}@${commit}: ${paths[i]} ${header}`)
    texts.push(out.subarray(eol + 1, eol + 1 + size).toString('utf8'))
    at = eol + 1 + size + 1
  }
  return texts
}

function list(repo: string, commit: string): string[] {
  return execFileSync('git', ['-C', gitDir(repo), 'ls-tree', '-r', '--name-only', commit], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n').filter((l) => l !== '')
}

/** Up to `cap` items, drawn by hash (the same ones on every run). */
function sample<T>(items: readonly T[], cap: number | undefined, key: (t: T) => string): T[] {
  if (cap === undefined || items.length <= cap) return [...items]
  return [...items].sort((a, b) => hash32(key(a)) - hash32(key(b)) || (key(a) < key(b) ? -1 : 1)).slice(0, cap)
}

// ---- cutting payloads out of lists and documents ---------------------------------------------------

const NOT_PAYLOAD_LANGS = new Set(['py', 'python', 'js', 'javascript', 'php', 'java', 'ruby', 'rb', 'go', 'c', 'cpp', 'cs', 'csharp', 'yaml', 'yml', 'erb', 'jinja', 'twig', 'jsp', 'cfm', 'vb', 'asp'])

function lines(text: string, comments: boolean | undefined): string[] {
  return text.split('\n').map((l) => l.replace(/\r$/, '').trim()).filter((l) => l !== '' && !(comments && l.startsWith('#')))
}

/** The lines of a Markdown document's code blocks (but blocks of program code) and its inline code. */
function markdownPayloads(text: string, wholeBlocks: boolean): string[] {
  const out: string[] = []
  let lang: string | null = null
  let block: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '')
    const fence = /^\s*```\s*([\w+-]*)/.exec(line)
    if (fence) {
      if (lang === null) {
        lang = fence[1]!.toLowerCase()
        block = []
      } else {
        if (!NOT_PAYLOAD_LANGS.has(lang)) {
          if (wholeBlocks) out.push(block.join('\n').trim())
          else out.push(...block.map((l) => l.trim()))
        }
        lang = null
      }
      continue
    }
    if (lang !== null) block.push(line)
    else for (const m of line.matchAll(/`([^`]{3,600})`/g)) out.push(m[1]!.trim())
  }
  return out.filter((p) => p !== '')
}

/** Per-class clean-up of a document's line: the page it was shown on, a comment after it. */
function clean(cls: AttackClass, p: string): string {
  // a cheat sheet's line: the payload, a tab, what it is ("@@variable<TAB>global variable")
  const described = /^(\S[^\t]*?)\t+\s*[A-Za-z][\w ,()'.-]{3,}$/.exec(p)
  if (described !== null) p = described[1]!.trim()
  if (cls === 'ssrf') return p.replace(/^[\w./-]+\?url=/, '').replace(/\s+=\s+.*$/, '').replace(/\s+#.*$/, '').trim()
  return p
}

/**
 * A cheat sheet's notes around its payloads: a bullet or "Payload:" before one; two spaces and a
 * comment, an arrow to what it becomes, or ">> What it does" after one. A shell prompt's line is no payload.
 */
export function stripNotes(raw: readonly string[]): string[] {
  return raw
    .filter((p) => !/^\$\s/.test(p))
    .map((p) => p.replace(/^(?:[•·]\s*|-->\s*|payload:\s*)/i, '').replace(/\s{2,}(?:#|\/\/)\s.*$/, '').replace(/\s+(?:→|⇒|-->|—>)\s.*$/, '').replace(/\s+>>\s+[A-Z][a-z].*$/, '').trim())
    .filter((p) => p !== '')
}

/** A tool's string literals ('…', "…", `…`), with their escapes undone. */
export function codeLiterals(text: string): string[] {
  const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0' }
  const out: string[] = []
  for (const m of text.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`]*)`/g)) {
    const s = m[3] ?? (m[1] ?? m[2] ?? '').replace(/\\(.)/g, (_, c: string) => esc[c] ?? c)
    if (s.trim() !== '') out.push(s.trim())
  }
  return out
}

/**
 * A WAF test suite's JSON test case: in each object, the first of `fields` present (split into lines,
 * or `whole`: a multi-line value one payload); a field written as a query string gives the value of its
 * first parameter whose name matches `param`.
 */
export function jsonFields(text: string, fields: readonly string[], param?: string, where?: readonly [string, unknown], whole = false): string[] {
  const out: string[] = []
  const nameRe = param === undefined ? null : new RegExp(param, 'i')
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x)
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>
      const field = fields.find((k) => typeof o[k] === 'string')
      if (field !== undefined && where !== undefined && o[where[0]] !== where[1]) return
      if (field !== undefined) {
        let s = o[field] as string
        if (nameRe !== null && /^[^=&\s]+=/.test(s)) {
          const hit = s.split('&').find((kv) => kv.includes('=') && nameRe.test(kv.slice(0, kv.indexOf('='))))
          if (hit !== undefined) s = hit.slice(hit.indexOf('=') + 1)
        }
        if (whole) {
          if (s.trim() !== '') out.push(s.replace(/\r\n/g, '\n').trim())
        } else out.push(...s.split('\n').map((l) => l.replace(/\r$/, '').trim()).filter((l) => l !== ''))
      } else for (const x of Object.values(o)) walk(x)
    }
  }
  try {
    walk(JSON.parse(text))
  } catch {
    // not JSON: nothing taken
  }
  return out
}

/** A YAML scalar as written in a block sequence: quoted ('…' with '' for ', "…" with escapes) or plain. */
function yamlScalar(s: string): string {
  const t = s.trim()
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replaceAll("''", "'")
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
    const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0', '"': '"', '\\': '\\', '/': '/' }
    return t.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, c: string) => (c.length > 1 ? String.fromCharCode(parseInt(c.slice(1), 16)) : (esc[c] ?? c)))
  }
  return t.replace(/\s#\s.*$/, '').trimEnd()
}

/**
 * The one-line items (`- value`) of a YAML document's block sequences; with `under`, only those under
 * that key (nested keys included), up to the next line indented no deeper than the key. Multi-line
 * scalars (`|`, `>`, `!!str |`, a quoted value continued on the next line) are left out.
 */
export function yamlItems(text: string, under?: string): string[] {
  const out: string[] = []
  let inside = under === undefined
  let keyIndent = -1
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue
    const indent = raw.length - raw.trimStart().length
    if (under !== undefined) {
      const key = /^(\s*)([\w-]+):\s*$/.exec(raw)
      if (key !== null && key[2] === under) {
        inside = true
        keyIndent = indent
        continue
      }
      if (inside && indent <= keyIndent && !(indent === keyIndent && raw.trimStart().startsWith('- '))) inside = false
    }
    if (!inside) continue
    const item = /^\s*- (.+)$/.exec(raw)
    if (item === null) continue
    const v = item[1]!.trim()
    if (/^(?:[|>]|!!\w+)/.test(v)) continue
    if ((v.startsWith('"') && !(v.length >= 2 && v.endsWith('"') && !v.endsWith('\\"'))) || (v.startsWith("'") && !(v.length >= 2 && v.endsWith("'")))) continue
    const s = yamlScalar(v)
    if (s !== '') out.push(s)
  }
  return out
}

/** A query string's or form body's values (the name when a part has no `=`). */
function formValues(q: string): string[] {
  return q.split('&').filter((kv) => kv !== '').map((kv) => (kv.includes('=') ? kv.slice(kv.indexOf('=') + 1) : kv))
}

/** Headers a test harness sets on every request, whatever it tests. */
const HARNESS_HEADERS = new Set(['host', 'accept', 'accept-encoding', 'accept-language', 'accept-charset', 'connection', 'proxy-connection', 'content-type', 'content-length', 'keep-alive', 'transfer-encoding'])
const HARNESS_AGENT = /^OWASP CRS test agent\s*/

/**
 * A WAF's regression tests (the OWASP CRS `go-ftw` YAML): of each test expected to be detected
 * (`expect_ids`, `log_contains`), the request's path, query and form values, a one-line body that is
 * no form, and the headers' values but the harness's own (its user agent's name cut off). Tests
 * expected to pass (`no_expect_ids`, `no_log_contains`) and requests given whole in base64 are left out.
 */
export function ftwValues(text: string): string[] {
  return ftwParts(text).map((v) => v.value)
}

/** A regression test's value, and whether it was written encoded for the URL (a path, a query or form value). */
interface FtwValue {
  value: string
  encoded?: Encoded
}

/** `ftwValues`, each with where in the request it was written (its encoding). */
export function ftwParts(text: string): FtwValue[] {
  const out: FtwValue[] = []
  const raw = (v: string) => out.push({ value: v })
  for (const test of text.replace(/\r/g, '').split(/\n(?=\s*- test_id:)/).slice(1)) {
    if (!/^\s*(?:expect_ids|log_contains):/m.test(test)) continue
    const ls = test.split('\n')
    let headerIndent = -1
    for (const [i, line] of ls.entries()) {
      const indent = line.length - line.trimStart().length
      const kv = /^\s*([\w-]+):\s?(.*)$/.exec(line)
      if (headerIndent >= 0 && indent > headerIndent && kv !== null) {
        const name = kv[1]!.toLowerCase()
        const v = yamlScalar(kv[2]!)
        if (name === 'cookie') v.split(';').map((c) => c.trim()).filter((c) => c !== '').forEach((c) => raw(c.includes('=') ? c.slice(c.indexOf('=') + 1) : c))
        else if (!HARNESS_HEADERS.has(name)) raw(name === 'user-agent' ? v.replace(HARNESS_AGENT, '') : v)
        continue
      }
      headerIndent = -1
      if (kv === null) continue
      if (kv[1] === 'headers' && kv[2]!.trim() === '') headerIndent = indent
      else if (kv[1] === 'uri') {
        const uri = yamlScalar(kv[2]!)
        const q = uri.indexOf('?')
        out.push({ value: q === -1 ? uri : uri.slice(0, q), encoded: 'path' })
        if (q !== -1) out.push(...formValues(uri.slice(q + 1)).map((value): FtwValue => ({ value, encoded: 'query' })))
      } else if (kv[1] === 'data') {
        let data = kv[2]!.trim()
        if (/^[|>]/.test(data)) {
          // a block: taken only when it is one line
          const block: string[] = []
          for (const next of ls.slice(i + 1)) {
            if (next.trim() !== '' && next.length - next.trimStart().length <= indent) break
            if (next.trim() !== '') block.push(next.trim())
          }
          if (block.length !== 1) continue
          data = block[0]!
        } else data = yamlScalar(data)
        if (/^[^=&\s]+=/.test(data)) out.push(...formValues(data).map((value): FtwValue => ({ value, encoded: 'query' })))
        else raw(data)
      }
    }
  }
  return out.map((v) => ({ ...v, value: v.value.trim() })).filter((v) => v.value !== '')
}

/** A tool's list of paths, each followed by its options (`/config.inc   {status=200}`): the first word. */
const firstWord = (l: string) => l.split(/\s+/)[0]!

/** A line's one-line XML element of this name (`<payload>AND 1=1</payload>`): its text, the five predefined entities undone; null when the line has none. */
export function xmlElement(line: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(line)
  if (m === null) return null
  const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }
  return m[1]!.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => entities[e]!).trim()
}

/** A literal written in base64 (a test's way of keeping a payload out of its source): its UTF-8 text, or null when it is none. */
export function fromBase64(s: string): string | null {
  if (!/^[A-Za-z0-9+/]{8,}={0,2}$/.test(s) || s.length % 4 !== 0) return null
  const bytes = Buffer.from(s, 'base64')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).trim() || null
  } catch {
    return null
  }
}

/** A document's lines after the first one matching `start`, up to (not including) the next one matching `end` (a catalogue's section of one class); none when no line matches `start`. */
export function sectionOf(text: string, [start, end]: readonly [string, string]): string {
  const ls = text.split('\n')
  const from = ls.findIndex((l) => new RegExp(start).test(l))
  if (from === -1) return ''
  const to = ls.findIndex((l, i) => i > from && new RegExp(end).test(l))
  return ls.slice(from + 1, to === -1 ? undefined : to).join('\n')
}

/** The first group `re` captures in a line (a quoted literal's inside), its backslash escapes undone (`verbatim`: as written, a plain list's line whose backslashes are its own); null when it matches not. */
export function captured(line: string, re: string, verbatim = false): string | null {
  const m = new RegExp(re).exec(line)
  const inner = m?.slice(1).find((g) => g !== undefined)
  return inner === undefined ? null : verbatim ? inner : inner.replace(/\\(.)/g, '$1')
}

/** Like `captured`, for PHP's literals: a single-quoted one (the first group) undoes only `\'` and `\\`, a double-quoted one (the second) `\n`, `\r`, `\t` and any other escape. */
export function capturedPhp(line: string, re: string): string | null {
  const m = new RegExp(re).exec(line)
  if (m === null) return null
  if (m[1] !== undefined) return m[1].replace(/\\(['\\])/g, '$1')
  if (m[2] === undefined) return null
  const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t' }
  return m[2].replace(/\\(.)/g, (_, c: string) => esc[c] ?? c)
}

/** A quoted CSV line's field (`"1","","b","/path","GET"`), by index. */
export function csvField(line: string, i: number): string | null {
  const fields = [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1]!.replaceAll('""', '"'))
  return fields[i] ?? null
}

/** A labelled data set's quoted CSV line: its field `i` when its field `where[0]` matches `where[1]` (any line without `where`), else null. */
export function csvPick(line: string, i: number, where?: readonly [number, RegExp]): string | null {
  if (where !== undefined && !where[1].test(csvField(line, where[0]) ?? '')) return null
  return csvField(line, i)
}

/**
 * The payloads a list gives, deduplicated, `wanted` ones only, capped. `encodedOut` learns the ones
 * written encoded for a raw request's URL (a regression test's, or every one of an `encoded` list).
 */
function attackPayloads(repo: string, commit: string, f: AttackFile, wanted: (p: string) => boolean = () => true, encodedOut?: Map<string, Encoded>): string[] {
  const paths = f.many ? list(repo, commit).filter((p) => new RegExp(f.path).test(p)) : [f.path]
  let raw: string[] = []
  const encodedRaw = new Map<string, Encoded>()
  const csvWhere = f.csvWhere === undefined ? null : ([f.csvWhere[0], new RegExp(f.csvWhere[1])] as const)
  for (let text of f.many ? showMany(repo, commit, paths) : [show(repo, commit, f.path)]) {
    for (const [from, to] of f.replace ?? []) text = text.replaceAll(from, to)
    if (f.section !== undefined) text = sectionOf(text, f.section)
    if (f.format === 'ftw') {
      for (const v of ftwParts(text)) {
        raw.push(v.value)
        if (v.encoded !== undefined && !encodedRaw.has(v.value)) encodedRaw.set(v.value, v.encoded)
      }
      continue
    }
    raw = raw.concat(
      f.format === 'lines'
        ? lines(text, f.comments)
            .flatMap((l) => (f.iniKey === undefined ? [l] : l.startsWith(`${f.iniKey} = `) ? [l.slice(f.iniKey.length + 3).trim()] : []))
            .map((l) => (f.firstWord ? firstWord(l) : l))
            .flatMap((l) => (f.csvField === undefined ? [l] : (csvPick(l, f.csvField, csvWhere ?? undefined) ?? [])))
            .flatMap((l) => (f.xmlTag === undefined ? [l] : [xmlElement(l, f.xmlTag) ?? ''].filter((v) => v !== '')))
            .flatMap((l) => (f.capture === undefined ? [l] : [(f.php ? capturedPhp(l, f.capture) : captured(l, f.capture, f.verbatim))?.trim() ?? ''].filter((v) => v !== '')))
        : f.format === 'strings'
          ? f.base64
            ? codeLiterals(text).flatMap((l) => fromBase64(l) ?? [])
            : codeLiterals(text)
          : f.format === 'json-fields'
            ? jsonFields(text, f.fields ?? [], f.param, f.where, f.whole)
            : f.format === 'yaml-list'
              ? yamlItems(text, f.under)
              : markdownPayloads(text, f.class === 'xxe'),
    )
  }
  if (f.suffix !== undefined) {
    for (const [v, e] of [...encodedRaw]) encodedRaw.set(v + f.suffix, e)
    raw = raw.map((p) => p + f.suffix)
  }
  if (f.keep !== undefined) {
    const keep = new RegExp(f.keep, 'i')
    raw = raw.filter((p) => keep.test(p))
  }
  const out: string[] = []
  if (f.annotated) raw = stripNotes(raw)
  for (const line of raw) {
    const made = f.backups ? backupProbes(line) : fillTemplate(clean(f.class, f.prefix !== undefined && !line.startsWith('/') ? f.prefix + line : line))
    out.push(...made)
    // a line of an encoded list that has a blank in it was written decoded (a query value carries none)
    const encoded = f.encoded !== undefined && !/\s/.test(line) ? f.encoded : encodedRaw.get(line)
    if (encoded !== undefined && encodedOut !== undefined) for (const p of made) if (!encodedOut.has(p)) encodedOut.set(p, encoded)
  }
  return sample([...new Set(out)].filter(wanted), f.cap, (p) => p)
}

// ---- benign material ---------------------------------------------------------------------------------

/** A source file's string literals (a fake-data module's names), its `{{…}}` formats and gender words left out. */
export function stringLiterals(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) {
    const s = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1')
    if (s !== '' && !s.includes('{{') && s !== 'generic' && s !== 'female' && s !== 'male') out.push(s)
  }
  return out
}

function paragraphs(text: string): string[] {
  return text
    .replace(/\r/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length >= 20 && !/project gutenberg|gutenberg\.org|www\.gutenberg/i.test(p))
    .map((p) => (p.length > 1500 ? p.slice(0, 1500) : p))
}

/** Snippets of a source file: runs of lines between blank lines, merged up to ~600 characters. */
function codeSnippets(text: string, path: string): string[] {
  const blocks = text.replace(/\r/g, '').split(/\n\s*\n/).filter((b) => b.trim().length >= 15)
  const snippets: string[] = []
  let cur = ''
  for (const b of blocks) {
    if (cur !== '' && cur.length + b.length > 600) {
      snippets.push(cur)
      cur = ''
    }
    cur = cur === '' ? b : `${cur}\n\n${b}`
    if (cur.length > 1500) {
      snippets.push(cur.slice(0, 1500))
      cur = ''
    }
  }
  if (cur !== '') snippets.push(cur)
  // a few per file, so that many files are represented
  return sample(snippets, 3, (s) => `${path}\0${s}`)
}

/** A Markdown document's sections (a page of tldr is one). */
function markdownSections(text: string, path: string): string[] {
  const sections = text.replace(/\r/g, '').split(/\n(?=#{1,3} )/).map((s) => s.trim()).filter((s) => s.length >= 30)
  return sample(sections.map((s) => (s.length > 2000 ? s.slice(0, 2000) : s)), 4, (s) => `${path}\0${s}`)
}

/** Every e-mail address in a text (an AUTHORS file's `Name <address>` lines), once each. */
export function emailsOf(text: string): string[] {
  return [...new Set([...text.matchAll(/[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi)].map((m) => m[0]))]
}

function urlsOf(text: string): string[] {
  return [...new Set([...text.matchAll(/https?:\/\/[^\s)\]>"'`|]+/g)].map((m) => m[0].replace(/[.,;:]+$/, '')))]
}

function jsonDocument(text: string): string | null {
  try {
    const s = JSON.stringify(JSON.parse(text))
    return s.length > 2 && s.length <= 65_536 ? s : null
  } catch {
    return null
  }
}

/** Every string value of a JSON document (a list of names, of objects, of sentences). */
export function jsonStrings(text: string, minLength: number): string[] {
  const out: string[] = []
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.trim().length >= minLength) out.push(v.trim())
    } else if (Array.isArray(v)) for (const x of v) walk(x)
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'description') walk(x)
  }
  try {
    walk(JSON.parse(text))
  } catch {
    // not JSON: nothing taken
  }
  return out
}

/** Of each object in a JSON document that has them all, the listed fields' values joined (an address's lines). */
export function jsonRecords(text: string, fields: readonly string[]): string[] {
  const out: string[] = []
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x)
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>
      if (fields.every((k) => typeof o[k] === 'string' && o[k].trim() !== '')) out.push(fields.map((k) => (o[k] as string).trim()).join(', '))
      else for (const x of Object.values(o)) walk(x)
    }
  }
  try {
    walk(JSON.parse(text))
  } catch {
    // not JSON: nothing taken
  }
  return out
}

/**
 * Each object in a JSON document's arrays — the document's own if it is one, else those its top-level
 * keys hold (only the one under `under` when given) —, a JSON document each: a mock API's records as
 * its endpoints answer them one at a time (`{"posts":[{…},{…}]}` gives `{…}` and `{…}`).
 */
export function jsonItems(text: string, under?: string): string[] {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return [] // not JSON: nothing taken
  }
  const arrays = Array.isArray(doc)
    ? [doc]
    : doc !== null && typeof doc === 'object'
      ? Object.entries(doc).filter(([k, v]) => Array.isArray(v) && (under === undefined || k === under)).map(([, v]) => v as unknown[])
      : []
  return arrays
    .flat()
    .filter((x) => x !== null && typeof x === 'object')
    .map((x) => JSON.stringify(x))
    .filter((s) => s.length > 2 && s.length <= 65_536)
}

/** What an API description gives (openapiExamples): its parameters' examples under their names, its request bodies' examples as JSON documents. */
export interface ApiExamples {
  pairs: ApiExample[]
  documents: string[]
}

const OPERATIONS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const
const PARAMETER_PLACES = new Set<string>(['query', 'header', 'path', 'cookie'])
/** how many local `$ref`s are followed in a row (a cycle, or a chain nobody writes, gives nothing) */
const REF_DEPTH = 8

/**
 * An OpenAPI 2 or 3 description (JSON or YAML) read for its examples, as a client would send them:
 * - of every operation's parameter (its path's and its own) in the query, the path, a header or a
 *   cookie, the scalar `example` (or `x-example`), each scalar `examples.*.value`, and its schema's
 *   scalar `example`: a pair each, under the parameter's name;
 * - of a JSON request body's schema (OpenAPI 3's `requestBody`, OpenAPI 2's `in: body` parameter), each
 *   top-level property's scalar `example` (its `allOf` members' properties too): a pair each, `json`;
 * - a JSON request body's `example` and `examples.*.value` that are objects or arrays (and its schema's
 *   own `example`): a JSON document each.
 * Local `$ref`s (`#/components/…`, `#/definitions/…`, `#/parameters/…`) are followed up to REF_DEPTH deep,
 * others give nothing. Numbers and booleans are kept as such (sent as their JSON text); an empty value,
 * one over 1,000 characters and a header's over more than one line are left out, a document over 65,536.
 */
export function openapiExamples(text: string): ApiExamples {
  let doc: unknown
  try {
    doc = /^\s*[{[]/.test(text) ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1 })
  } catch {
    return { pairs: [], documents: [] } // neither JSON nor YAML: nothing taken
  }
  const pairs: ApiExample[] = []
  const documents: string[] = []
  if (doc === null || typeof doc !== 'object') return { pairs, documents }
  const obj = (v: unknown): Record<string, unknown> | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null)
  const pointer = (ref: string): unknown => {
    let at: unknown = doc
    for (const part of ref.slice(2).split('/')) {
      const o = obj(at) ?? (Array.isArray(at) ? (at as unknown as Record<string, unknown>) : null)
      if (o === null) return undefined
      at = o[part.replaceAll('~1', '/').replaceAll('~0', '~')]
    }
    return at
  }
  const resolve = (v: unknown): Record<string, unknown> | null => {
    let o = obj(v)
    for (let i = 0; o !== null && typeof o.$ref === 'string' && i <= REF_DEPTH; i++) o = o.$ref.startsWith('#/') ? obj(pointer(o.$ref)) : null
    return o !== null && typeof o.$ref === 'string' ? null : o
  }
  const scalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean'
  const pair = (where: ApiWhere, name: unknown, v: unknown) => {
    if (typeof name !== 'string' || name === '' || !scalar(v)) return
    const s = String(v)
    if (s.trim() === '' || s.length > 1000 || (where === 'header' && /[\r\n]/.test(s))) return
    pairs.push({ where, name, value: v })
  }
  const document = (v: unknown) => {
    if (v === null || typeof v !== 'object') return
    const s = JSON.stringify(v)
    if (s.length > 2 && s.length <= 65_536) documents.push(s)
  }
  /** a schema's scalar examples: `example`, and OpenAPI 3.1's `examples` list */
  const schemaExamples = (schema: Record<string, unknown> | null): unknown[] => (schema === null ? [] : [schema.example, ...(Array.isArray(schema.examples) ? schema.examples : [])])
  /** a parameter's or a media type's `examples` map: each entry's `value` */
  const exampleValues = (examples: unknown): unknown[] => Object.values(obj(examples) ?? {}).map((e) => resolve(e)?.value)
  /** a JSON body's schema: its top-level properties' examples as pairs, its own example as a document */
  const bodySchema = (schema: Record<string, unknown> | null) => {
    if (schema === null) return
    document(schema.example)
    for (const s of [schema, ...(Array.isArray(schema.allOf) ? schema.allOf.map(resolve) : [])]) {
      for (const [name, prop] of Object.entries(obj(s?.properties) ?? {})) for (const v of schemaExamples(resolve(prop))) pair('json', name, v)
    }
  }
  const isJson = (type: string) => /^application\/(?:[\w.+-]*\+)?json\b/i.test(type)
  for (const item of Object.values(obj((doc as Record<string, unknown>).paths) ?? {})) {
    const pathItem = resolve(item)
    if (pathItem === null) continue
    const shared = Array.isArray(pathItem.parameters) ? pathItem.parameters : []
    for (const method of OPERATIONS) {
      const op = obj(pathItem[method])
      if (op === null) continue
      for (const raw of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        const p = resolve(raw)
        if (p === null || typeof p.in !== 'string') continue
        if (p.in === 'body') {
          bodySchema(resolve(p.schema))
          continue
        }
        if (!PARAMETER_PLACES.has(p.in)) continue
        for (const v of [p.example, p['x-example'], ...exampleValues(p.examples), ...schemaExamples(resolve(p.schema))]) pair(p.in as ApiWhere, p.name, v)
      }
      const body = resolve(op.requestBody)
      for (const [type, media] of Object.entries(obj(body?.content) ?? {})) {
        if (!isJson(type)) continue
        const m = resolve(media)
        if (m === null) continue
        document(m.example)
        for (const v of exampleValues(m.examples)) document(v)
        bodySchema(resolve(m.schema))
      }
    }
  }
  return { pairs, documents }
}

/** An example's text in the corpus: `name=value` (a number or boolean as its JSON text); where it went is the request's. */
export const apiExampleText = (e: ApiExample) => `${e.name}=${String(e.value)}`

/** The benign values a document gives, by its source file's format. */
function benignValues(f: BenignFile, path: string, text: string): string[] {
  if (f.format === 'lines') return f.firstWord ? lines(text, true).map(firstWord) : lines(text, true)
  if (f.format === 'paragraphs') return paragraphs(text)
  if (f.format === 'code') return codeSnippets(text, path)
  if (f.format === 'markdown') return markdownSections(text, path)
  if (f.format === 'urls') return urlsOf(text)
  if (f.format === 'emails') return emailsOf(text)
  if (f.format === 'strings') return stringLiterals(text)
  if (f.format === 'json-strings') return jsonStrings(text, f.minLength ?? 1)
  if (f.format === 'yaml-list') return yamlItems(text, f.under)
  if (f.format === 'json-records') return jsonRecords(text, f.fields ?? [])
  if (f.format === 'json-items') return jsonItems(text, f.under)
  if (f.format === 'json') {
    const doc = jsonDocument(text)
    return doc === null ? [] : [doc]
  }
  return []
}

interface CsicRequest {
  method: string
  path: string
  query: string
  headers: Record<string, string>
  body: string | null
}

/** The CSIC 2010 data set's raw requests: request line, headers, a blank line, a form body for POST. */
export function parseCsic(text: string): CsicRequest[] {
  const out: CsicRequest[] = []
  const ls = text.replace(/\r/g, '').split('\n')
  let i = 0
  while (i < ls.length) {
    const m = /^(GET|POST|PUT) (\S+) HTTP\/1\.[01]$/.exec(ls[i]!)
    if (m === null) {
      i++
      continue
    }
    const url = m[2]!.replace(/^https?:\/\/[^/]+/, '')
    const q = url.indexOf('?')
    const headers: Record<string, string> = {}
    i++
    while (i < ls.length && ls[i] !== '') {
      const c = ls[i]!.indexOf(':')
      if (c > 0) headers[ls[i]!.slice(0, c).toLowerCase()] = ls[i]!.slice(c + 1).trim()
      i++
    }
    let body: string | null = null
    if (m[1] !== 'GET') {
      while (i < ls.length && ls[i] === '') i++
      if (i < ls.length && !/^(GET|POST|PUT) /.test(ls[i]!)) body = ls[i++]!
    }
    out.push({ method: m[1]!, path: q === -1 ? url : url.slice(0, q), query: q === -1 ? '' : url.slice(q + 1), headers, body })
  }
  return out
}

const csicEntry = (r: CsicRequest): PlacedRequest => ({ where: `csic:${r.method}`, path: r.path, query: r.query, headers: r.headers, body: r.body })

const ascii = (s: string) => s.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '')

function base64url(b: Buffer): string {
  return b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

// ---- the corpus ----------------------------------------------------------------------------------------

export interface Corpus {
  entries: EvalEntry[]
  leftOut: LeftOut[]
  /** per fresh part and label, its sources' values dropped because an earlier part's sources already gave them */
  overlap: Record<FreshPart, Record<string, number>>
}

/**
 * The whole corpus; or, `alone`, one fresh part only, from its own sources' snapshots, a value dropped
 * when the digest of the earlier parts has it (the digest must cover exactly the parts before it); or the
 * two halves only, from theirs (they come first and drop nothing).
 */
function buildCorpus(alone?: { part: FreshPart; known: KnownValues } | { part: 'halves' }): Corpus {
  const entries: EvalEntry[] = []
  const leftOut: LeftOut[] = []
  const seen = new Set<string>()
  const add = (label: string, attack: boolean, source: string, value: string, req: PlacedRequest, part: Part = partOf(label, value)) => {
    const key = `${label}\0${value}`
    if (seen.has(key)) return
    seen.add(key)
    entries.push({ label, attack, part, source, value, req })
  }

  // the two halves: the sources of SOURCES, the generated names, addresses, e-mail addresses, blobs and
  // tokens, and the labelled data set's anomalous requests
  const buildHalves = () => {
    const faker: Record<string, Map<string, string[]>> = { 'faker-first': new Map(), 'faker-last': new Map(), 'faker-street': new Map(), 'faker-city': new Map(), 'faker-domain': new Map() }
    const benign = new Map<Exclude<BenignKind, 'api_traffic'>, { source: string; value: string }[]>()
    const addBenign = (kind: Exclude<BenignKind, 'api_traffic'>, source: string, values: string[]) => {
      let l = benign.get(kind)
      if (l === undefined) benign.set(kind, (l = []))
      for (const value of values) l.push({ source, value })
    }

    for (const s of SOURCES) {
      for (const f of s.attacks ?? []) {
        const source = `${s.repo}/${f.path}`
        const encoded = new Map<string, Encoded>()
        for (const p of attackPayloads(s.repo, s.commit, f, undefined, encoded)) {
          const reason = fragmentReason(f.class, p)
          if (reason !== null) leftOut.push({ label: f.class, source, value: p, reason })
          else add(f.class, true, source, p, placeAttack(f.class, p, encoded.get(p)))
        }
      }
      for (const f of s.benign ?? []) {
        const paths = f.many ? list(s.repo, s.commit).filter((p) => new RegExp(f.path).test(p)) : [f.path]
        const values: string[] = []
        const texts = showMany(s.repo, s.commit, paths)
        for (const [i, path] of paths.entries()) {
          const text = texts[i]!
          if (f.kind === 'csic') {
            for (const r of parseCsic(text)) add('api_traffic', false, `${s.repo}/${path}`, `${r.method} ${r.path}?${r.query} ${r.body ?? ''}`, csicEntry(r))
            continue
          }
          if (f.kind.startsWith('faker-')) {
            const locale = path.split('/')[2]!
            faker[f.kind]!.set(locale, [...(faker[f.kind]!.get(locale) ?? []), ...stringLiterals(text)])
            continue
          }
          values.push(...benignValues(f, path, text))
        }
        if (f.kind !== 'csic' && !f.kind.startsWith('faker-')) addBenign(f.kind as Exclude<BenignKind, 'api_traffic'>, `${s.repo}/${f.path}`, sample([...new Set(values)], f.cap, (v) => v))
      }
    }

    // names, addresses and e-mail addresses, composed from faker's per-locale lists
    const rnd = prng(20_261_124)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
    const locales = [...faker['faker-last']!.keys()].filter((l) => (faker['faker-first']!.get(l)?.length ?? 0) > 0)
    const names: string[] = []
    for (let i = 0; i < 4000; i++) {
      const l = pick(locales)
      names.push(`${pick(faker['faker-first']!.get(l)!)} ${pick(faker['faker-last']!.get(l)!)}`)
    }
    addBenign('names', 'faker-js/faker src/locales/*/person', names)
    const streetLocales = [...faker['faker-street']!.keys()].filter((l) => faker['faker-city']!.has(l))
    const addresses: string[] = []
    for (let i = 0; i < 3000; i++) {
      const l = pick(streetLocales)
      const n = 1 + Math.floor(rnd() * 250)
      const zip = String(10_000 + Math.floor(rnd() * 89_999))
      const street = pick(faker['faker-street']!.get(l)!)
      const city = pick(faker['faker-city']!.get(l)!)
      addresses.push([`${n} ${street}, ${zip} ${city}`, `${street} ${n}, ${zip} ${city}`, `${street}, ${n}\n${city} ${zip}`, `Apt. ${n}, ${street} — ${city}`][i % 4]!)
    }
    addBenign('addresses', 'faker-js/faker src/locales/*/location', addresses)
    const domains = [...new Set([...faker['faker-domain']!.values()].flat())]
    const emails: string[] = []
    for (let i = 0; i < 2000; i++) {
      const [first, last] = pick(names).split(' ') as [string, string]
      const a = ascii(first) || 'user'
      const b = ascii(last ?? '') || 'name'
      emails.push([`${a}.${b}@${pick(domains)}`, `${a}_${b}${i % 100}@${pick(domains)}`, `${a[0]}${b}+orders@${pick(domains)}`, `${b}.${a}@mail.${pick(domains)}`][i % 4]!)
    }
    addBenign('emails', 'faker-js/faker src/locales/*/internet + person', emails)

    // base64 blobs and JWTs, generated: random bytes, and JSON claims from the names above
    const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256)))
    const blobs: string[] = []
    for (let i = 0; i < 1500; i++) {
      const b = bytes(6 + Math.floor(rnd() * 400))
      blobs.push(i % 3 === 0 ? base64url(b) : i % 3 === 1 ? b.toString('base64') : Buffer.from(JSON.stringify({ cursor: i * 37, after: pick(names), ts: 1_760_000_000 + i })).toString('base64'))
    }
    addBenign('base64', 'generated (random bytes, JSON cursors)', blobs)
    const jwts: string[] = []
    for (let i = 0; i < 1500; i++) {
      const header = { alg: pick(['HS256', 'RS256', 'ES256']), typ: 'JWT', ...(i % 2 ? { kid: base64url(bytes(9)) } : {}) }
      const name = pick(names)
      const claims = { sub: String(100_000 + i), name, email: pick(emails), iat: 1_760_000_000 + i, exp: 1_760_003_600 + i, scope: pick(['read write', 'openid profile email', 'orders:read']), ...(i % 3 ? { iss: 'https://auth.example.com/' } : {}) }
      jwts.push(`${base64url(Buffer.from(JSON.stringify(header)))}.${base64url(Buffer.from(JSON.stringify(claims)))}.${base64url(bytes(header.alg === 'HS256' ? 32 : 64))}`)
    }
    addBenign('jwt', 'generated (claims from the names above)', jwts)

    for (const [kind, values] of benign) for (const { source, value } of values) add(kind, false, source, value, placeBenign(kind, value))

    // the labelled data set's anomalous requests, measured as a whole
    for (const r of parseCsic(show(CSIC_ANOMALOUS.repo, CSIC_ANOMALOUS.commit, CSIC_ANOMALOUS.path))) {
      add('csic_anomalous', true, `${CSIC_ANOMALOUS.repo}/${CSIC_ANOMALOUS.path}`, `${r.method} ${r.path}?${r.query} ${r.body ?? ''}`, csicEntry(r))
    }
  }
  if (alone === undefined || alone.part === 'halves') buildHalves()

  // a fresh part: later sources, all of it in one part, but any value whose text an earlier part's
  // sources already gave (under any label, fragments included), so that it overlaps no earlier part:
  // the fresh part none of the halves, the second fresh part neither the halves nor the fresh part
  const overlap = Object.fromEntries(FRESH_PARTS.map((p) => [p.part, {}])) as Record<FreshPart, Record<string, number>>
  const freshPart = (part: FreshPart, sources: readonly Source[]) => {
    const known = new Set([...entries.map((e) => e.value), ...leftOut.map((l) => l.value)])
    const novel = (label: string, value: string) => {
      if (!known.has(value) && (alone === undefined || !('known' in alone) || !alone.known.has(value))) return true
      overlap[part][label] = (overlap[part][label] ?? 0) + 1
      return false
    }
    for (const s of sources) {
      for (const f of s.attacks ?? []) {
        const source = `${s.repo}/${f.path}`
        // values an earlier part's sources gave are dropped before a list's cap is drawn
        const encoded = new Map<string, Encoded>()
        for (const p of attackPayloads(s.repo, s.commit, f, (p) => novel(f.class, p), encoded)) {
          const reason = fragmentReason(f.class, p)
          if (reason !== null) leftOut.push({ label: f.class, part, source, value: p, reason })
          else add(f.class, true, source, p, placeAttack(f.class, p, encoded.get(p)), part)
        }
      }
      for (const f of s.benign ?? []) {
        const kind = f.kind as Exclude<BenignKind, 'api_traffic'>
        const paths = f.many ? list(s.repo, s.commit).filter((p) => new RegExp(f.path).test(p)) : [f.path]
        const texts = showMany(s.repo, s.commit, paths)
        if (f.format === 'openapi') {
          // an API description's examples: its parameters' (api_traffic) under their real names, placed where the
          // description says they go; its request bodies' (json) as a JSON request's body
          const source = `${s.repo}/${f.path}`
          const described = paths.map((_, i) => openapiExamples(texts[i]!))
          if (f.kind === 'api_traffic') {
            const placed = new Map<string, PlacedRequest>()
            for (const e of described.flatMap((d) => d.pairs)) {
              const text = apiExampleText(e)
              if (placed.has(text)) continue
              const req = placeApiExample(e)
              if (req !== null) placed.set(text, req)
            }
            const values = [...placed.keys()].filter((v) => novel('api_traffic', v))
            for (const value of sample(values, f.cap, (v) => v)) add('api_traffic', false, source, value, placed.get(value)!, part)
          } else {
            const values = [...new Set(described.flatMap((d) => d.documents))].filter((v) => novel('json', v))
            for (const value of sample(values, f.cap, (v) => v)) add('json', false, source, value, placeApiBody(value)!, part)
          }
          continue
        }
        const values = [...new Set(paths.flatMap((path, i) => benignValues(f, path, texts[i]!)))].filter((v) => novel(kind, v))
        for (const value of sample(values, f.cap, (v) => v)) add(kind, false, `${s.repo}/${f.path}`, value, placeBenign(kind, value), part)
      }
    }
    return novel
  }

  // the third fresh part's e-mail addresses, base64 blobs and JWTs, generated as the halves' are but
  // from its own names (NameDatabases) and another seed; any text an earlier part has is dropped
  const thirdGenerated = (novel3: (label: string, value: string) => boolean) => {
    const rnd3 = prng(20_261_202)
    const pick3 = <T>(xs: readonly T[]): T => xs[Math.floor(rnd3() * xs.length)]!
    const names3 = entries.filter((e) => e.part === 'fresh3' && e.label === 'names' && /^[A-Za-z' -]+$/.test(e.value)).map((e) => e.value)
    const firsts = names3.filter((n) => !n.includes(' '))
    if (firsts.length > 0) {
      const domains3 = ['example.com', 'example.org', 'example.net', 'mail.example.com', 'post.example.org', 'inbox.example.net', 'company.example', 'uni.example.edu']
      const emails3: string[] = []
      const people: [string, string][] = []
      for (let i = 0; i < 1500; i++) {
        const first = ascii(pick3(firsts)) || 'user'
        const last = ascii(pick3(firsts)) || 'name'
        people.push([first, last])
        emails3.push([`${first}.${last}@${pick3(domains3)}`, `${first[0]}${last}${i % 97}@${pick3(domains3)}`, `${last}-${first}+news@${pick3(domains3)}`, `${first}${i % 13}@${pick3(domains3)}`][i % 4]!)
      }
      const bytes3 = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd3() * 256)))
      const blobs3: string[] = []
      for (let i = 0; i < 1000; i++) {
        const b = bytes3(8 + Math.floor(rnd3() * 300))
        const [first, last] = pick3(people)
        blobs3.push(i % 3 === 0 ? b.toString('base64') : i % 3 === 1 ? base64url(b) : Buffer.from(JSON.stringify({ page: i % 50, owner: `${first} ${last}`, sort: pick3(['asc', 'desc']) })).toString('base64'))
      }
      const jwts3: string[] = []
      for (let i = 0; i < 1000; i++) {
        const alg = pick3(['HS256', 'HS512', 'RS256', 'ES384', 'PS256'])
        const header = { typ: 'JWT', alg, ...(i % 3 === 0 ? { kid: base64url(bytes3(12)) } : {}) }
        const [first, last] = pick3(people)
        const claims = { iss: pick3(['https://id.example.org', 'https://login.example.com/oauth2', 'urn:example:issuer']), sub: `${first}.${last}`, aud: pick3(['api', 'orders', 'https://api.example.net']), iat: 1_770_000_000 + i * 61, exp: 1_770_000_900 + i * 61, ...(i % 2 ? { given_name: first, family_name: last } : { roles: pick3([['user'], ['user', 'admin'], ['viewer']]) }) }
        jwts3.push(`${base64url(Buffer.from(JSON.stringify(header)))}.${base64url(Buffer.from(JSON.stringify(claims)))}.${base64url(bytes3(alg.startsWith('HS') ? 32 : 64))}`)
      }
      for (const [kind, values] of [['emails', emails3], ['base64', blobs3], ['jwt', jwts3]] as const) {
        for (const value of new Set(values)) if (novel3(kind, value)) add(kind, false, 'generated (this part\'s names, its own seed)', value, placeBenign(kind, value), 'fresh3')
      }
    }
  }

  // the thirteenth fresh part's e-mail addresses, base64 blobs and JWTs, generated as the third's are but
  // from its own one-word names (figma-mock-content's first and last names) and its own seed; any text an
  // earlier part has is dropped
  const thirteenthGenerated = (novel13: (label: string, value: string) => boolean) => {
    const rnd13 = prng(20_261_203)
    const pick13 = <T>(xs: readonly T[]): T => xs[Math.floor(rnd13() * xs.length)]!
    const words = [...new Set(entries.filter((e) => e.part === 'fresh13' && e.label === 'names' && /^[A-Za-z'-]+$/.test(e.value)).map((e) => ascii(e.value)).filter((w) => w !== ''))]
    if (words.length === 0) return
    const domains13 = ['example.com', 'example.net', 'shop.example.org', 'mail.example.net', 'students.example.edu', 'team.example.io', 'corp.example', 'news.example.co.uk']
    const people: [string, string][] = Array.from({ length: 1200 }, () => [pick13(words), pick13(words)])
    const emails13 = people.map(([first, last], i) => [`${first}.${last}@${pick13(domains13)}`, `${first}${last[0]}${i % 89}@${pick13(domains13)}`, `${first}+${pick13(['orders', 'alerts', 'billing'])}@${pick13(domains13)}`, `${last}_${first}@${pick13(domains13)}`][i % 4]!)
    const bytes13 = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd13() * 256)))
    const blobs13: string[] = []
    for (let i = 0; i < 800; i++) {
      const [first, last] = pick13(people)
      blobs13.push(i % 3 === 0 ? base64url(bytes13(12 + Math.floor(rnd13() * 280))) : i % 3 === 1 ? bytes13(12 + Math.floor(rnd13() * 280)).toString('base64') : Buffer.from(JSON.stringify({ offset: i * 25, user: `${first} ${last}`, filter: pick13(['open', 'closed', 'all']) })).toString('base64'))
    }
    const jwts13: string[] = []
    for (let i = 0; i < 800; i++) {
      const alg = pick13(['HS256', 'HS384', 'RS256', 'RS512', 'ES256', 'EdDSA'])
      const header = { alg, typ: 'JWT', ...(i % 4 === 0 ? { kid: base64url(bytes13(10)) } : {}) }
      const [first, last] = pick13(people)
      const claims = { sub: `${first}.${last}`, iss: pick13(['https://accounts.example.com', 'https://sso.example.org/realms/main', 'urn:example:auth']), aud: pick13(['web', 'mobile', 'https://api.example.com']), iat: 1_780_000_000 + i * 47, exp: 1_780_003_600 + i * 47, ...(i % 2 ? { email: emails13[i % emails13.length] } : { scope: pick13(['profile', 'read:orders write:orders', 'openid email']) }) }
      jwts13.push(`${base64url(Buffer.from(JSON.stringify(header)))}.${base64url(Buffer.from(JSON.stringify(claims)))}.${base64url(bytes13(alg.startsWith('HS') ? 32 : 64))}`)
    }
    for (const [kind, values] of [['emails', emails13], ['base64', blobs13], ['jwt', jwts13]] as const) {
      for (const value of new Set(values)) if (novel13(kind, value)) add(kind, false, 'generated (this part\'s names, its own seed)', value, placeBenign(kind, value), 'fresh13')
    }
  }

  // the fresh parts in their order (FRESH_PARTS): each drops what any earlier part has, the third's
  // generated values included (the thirteenth's are generated last, after its sources)
  for (const { part, sources } of FRESH_PARTS) {
    if (alone !== undefined && part !== alone.part) continue
    const novel = freshPart(part, sources)
    if (part === 'fresh3') thirdGenerated(novel)
    if (part === 'fresh13') thirteenthGenerated(novel)
  }
  return { entries, leftOut, overlap }
}

/**
 * The corpus, built once per version of its sources and rules and kept in the cache; `alone`, one fresh
 * part only, deduplicated by the digest (known-values.bin), which must hold exactly the parts before it,
 * or the two halves only (`'halves'`: their 29 snapshots, enough to tune and check on the tuning half).
 */
export function loadCorpus(alone?: FreshPart | 'halves'): Corpus {
  const files = ['sources.ts', 'place.ts', 'build.ts', ...(alone === undefined || alone === 'halves' ? [] : ['known-values.bin'])]
  const version = hash32(files.map((f) => readFileSync(join(here, f), 'utf8')).join('\0')).toString(16)
  const file = join(CACHE, `corpus-${alone === undefined ? '' : `${alone}-`}${version}.json`)
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Corpus
  let corpus: Corpus
  if (alone === undefined) corpus = buildCorpus()
  else if (alone === 'halves') corpus = buildCorpus({ part: 'halves' })
  else {
    const known = readKnown(KNOWN_FILE)
    // a part before it still waiting for its one measurement is not in the digest yet (folded in after it): not needed
    const before = ['halves', ...FRESH_PARTS.slice(0, FRESH_PARTS.findIndex((p) => p.part === alone)).map((p) => p.part).filter((p) => !MEASURE_ONLY.includes(p))]
    if (known.parts.join() !== before.join()) {
      throw new Error(`${KNOWN_FILE} holds the values of ${known.parts.join(', ')}; ${alone} alone needs exactly ${before.join(', ')} (rewrite it with --write-known from every snapshot)`)
    }
    corpus = buildCorpus({ part: alone, known })
  }
  mkdirSync(CACHE, { recursive: true })
  writeFileSync(file, JSON.stringify(corpus))
  return corpus
}

/** The parts a digest written now covers: the halves and every fresh part. */
export const KNOWN_PARTS: readonly string[] = ['halves', ...FRESH_PARTS.map((p) => p.part)]

if (import.meta.main) {
  // counts only: how many values each part holds per label (nothing here runs the detector)
  const aloneAt = process.argv.indexOf('--alone')
  const named = process.argv[aloneAt + 1]
  const alone = aloneAt === -1 ? undefined : named === 'halves' ? 'halves' : FRESH_PARTS.find((p) => p.part === named)?.part
  if (aloneAt !== -1 && alone === undefined) throw new Error(`--alone takes halves or a fresh part: ${FRESH_PARTS.map((p) => p.part).join(', ')}`)
  const { entries, leftOut, overlap } = loadCorpus(alone)
  if (process.argv.includes('--write-known')) {
    const values = [...entries.map((e) => e.value), ...leftOut.map((l) => l.value)]
    if (alone === 'halves') throw new Error('--write-known needs every part, or one fresh part --alone to fold in')
    if (alone === undefined) writeKnown(KNOWN_FILE, KNOWN_PARTS, values)
    else writeFileSync(KNOWN_FILE, extendKnown(readFileSync(KNOWN_FILE), alone, values))
    console.log(`${KNOWN_FILE}: the values of ${readKnown(KNOWN_FILE).parts.join(', ')}`)
  }
  const cols = ['tune', 'held-out', 'fragments', ...FRESH_PARTS.flatMap((p) => [p.part, 'fragments', 'dropped'])]
  const count = new Map<string, number[]>()
  const row = (label: string) => {
    let c = count.get(label)
    if (c === undefined) count.set(label, (c = cols.map(() => 0)))
    return c
  }
  // a part's column: the halves first, then each fresh part's three (its values, its fragments, its drops)
  const at = Object.fromEntries([['tune', 0], ['held-out', 1], ...FRESH_PARTS.map((p, i) => [p.part, 3 + 3 * i] as const)]) as Record<Part, number>
  for (const e of entries) row(e.label)[at[e.part]]!++
  for (const l of leftOut) row(l.label)[l.part === undefined ? 2 : at[l.part] + 1]!++
  for (const { part } of FRESH_PARTS) for (const [label, n] of Object.entries(overlap[part])) row(label)[at[part] + 2] = n
  console.log('label'.padEnd(18), cols.map((c, i) => c.padStart(i === 0 ? 7 : 10)).join(' '))
  for (const [label, c] of count) console.log(label.padEnd(18), c.map((n, i) => String(n).padStart(i === 0 ? 7 : 10)).join(' '))
  console.log('("dropped": values an earlier part\'s sources already gave; "fragments": set apart by fragmentReason)')
  const sourcesAt = process.argv.indexOf('--sources')
  if (sourcesAt !== -1) {
    // what each source of a fresh part gave, per label (payloads kept, fragments set apart): `--sources <a fresh part>`, the last by default
    const part = (FRESH_PARTS.find((p) => p.part === process.argv[sourcesAt + 1]) ?? FRESH_PARTS.at(-1)!).part
    const bySource = new Map<string, Map<string, [number, number]>>()
    const tally = (source: string, label: string, i: 0 | 1) => {
      const repo = source.split('/').slice(0, 2).join('/')
      const m = bySource.get(repo) ?? new Map<string, [number, number]>()
      bySource.set(repo, m)
      const t = m.get(label) ?? [0, 0]
      t[i]++
      m.set(label, t)
    }
    for (const e of entries) if (e.part === part) tally(e.source, e.label, 0)
    for (const l of leftOut) if (l.part === part) tally(l.source, l.label, 1)
    for (const [repo, m] of bySource) console.log(repo.padEnd(48), [...m].map(([label, [n, f]]) => `${label} ${n}${f > 0 ? ` (+${f} fragments)` : ''}`).join(', '))
  }
}
