/**
 * Endpoint templates (SPEC §7): the path of a request reduced to the endpoint it addresses.
 * With the application's OpenAPI spec, the most specific spec path that declares the method wins
 * and `insight` says `shadow` (not in the spec) or `zombie` (deprecated in it). Without a spec,
 * ids are inferred: numbers, UUIDs, long hex, emails, dates and token-like segments become
 * `{id}`-style parameters, so `/users/1` and `/users/2` are one endpoint. Pure and compiled once.
 */
import type { ApiSpec } from '../config/openapi.ts'
import { digitCount } from '../capture/chars.ts'
import { pieces, type Matcher } from '../match/glob.ts'

type Insight = 'shadow' | 'zombie' | null

export interface EndpointMatch {
  readonly endpoint: string
  readonly insight: Insight
}

/** Longest endpoint kept: a scanner's random paths must not make huge index keys. */
export const MAX_ENDPOINT_LENGTH = 512

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const HEX = /^[0-9a-f]{16,}$/i
const EMAIL = /^[^@\s]{1,64}@[^@\s.]{1,63}(?:\.[^@\s.]{1,63}){1,8}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const TOKEN_CHARS = /^[A-Za-z0-9_\-+=.~]{16,}$/
const KEBAB_WORDS = /^[a-z]+(?:[-_.][a-z0-9]+)*$/

function decodeSegment(seg: string): string {
  if (!seg.includes('%')) return seg
  try {
    return decodeURIComponent(seg)
  } catch {
    return seg
  }
}

/** The parameter a segment stands for, or undefined when it reads as a literal. */
export function classifySegment(raw: string): string | undefined {
  if (raw === '') return undefined
  const seg = decodeSegment(raw)
  const digits = digitCount(seg)
  if (digits === seg.length) return '{id}'
  if (seg.length === 36 && UUID.test(seg)) return '{uuid}'
  if (digits > 0 && seg.length >= 16 && HEX.test(seg)) return '{hex}'
  if (seg.includes('@') && EMAIL.test(seg)) return '{email}'
  if (digits === 8 && DATE.test(seg)) return '{date}'
  if (digits >= 2 && TOKEN_CHARS.test(seg) && !KEBAB_WORDS.test(seg)) return '{token}'
  return undefined
}

function trimPath(path: string): string {
  const end = path.length > 1 && path.endsWith('/') ? path.length - 1 : path.length
  const p = end > MAX_ENDPOINT_LENGTH ? path.slice(0, MAX_ENDPOINT_LENGTH) : path.slice(0, end)
  return p === '' ? '/' : p
}

/** `/users/42/orders/9f1c…` → `/users/{id}/orders/{uuid}`; a trailing slash is dropped. */
export function inferTemplate(path: string): string {
  const p = trimPath(path)
  const segs = p.split('/')
  let changed = false
  for (let i = 1; i < segs.length; i++) {
    const param = classifySegment(segs[i]!)
    if (param !== undefined) {
      segs[i] = param
      changed = true
    }
  }
  return changed ? segs.join('/') : p
}

/** One segment of a spec path: literal, a whole {param}, or mixed (`{name}.json`). */
type SegmentTest = { readonly literal: string } | { readonly param: true } | { readonly mixed: Matcher }

interface CompiledPath {
  readonly endpoint: string
  readonly segments: readonly SegmentTest[]
  /** per segment 0 literal, 1 mixed, 2 param: sorted ascending, the first match is the most specific */
  readonly rank: readonly number[]
  readonly operations: ApiSpec['paths'][number]['operations']
}

function compileSegment(seg: string): SegmentTest {
  if (!seg.includes('{')) return { literal: seg }
  if (/^\{[^{}]+\}$/.test(seg)) return { param: true }
  // literals with one or more characters for each {param}: matched in one pass, never backtracking
  return { mixed: pieces(seg.split(/\{[^{}]+\}/)) }
}

function byRank(a: CompiledPath, b: CompiledPath): number {
  for (let i = 0; i < a.rank.length; i++) {
    const d = a.rank[i]! - b.rank[i]!
    if (d !== 0) return d
  }
  return 0
}

export class SpecMatcher {
  /** spec paths by their number of segments, most specific first */
  readonly #bySize = new Map<number, CompiledPath[]>()

  constructor(spec: ApiSpec) {
    for (const base of spec.basePaths) {
      for (const p of spec.paths) {
        const endpoint = trimPath(base + p.template)
        const segments = endpoint.split('/').slice(1).map(compileSegment)
        const rank = segments.map((s) => ('literal' in s ? 0 : 'mixed' in s ? 1 : 2))
        const entry: CompiledPath = { endpoint, segments, rank, operations: p.operations }
        let list = this.#bySize.get(segments.length)
        if (list === undefined) this.#bySize.set(segments.length, (list = []))
        list.push(entry)
      }
    }
    for (const list of this.#bySize.values()) list.sort(byRank)
  }

  match(method: string, path: string): EndpointMatch {
    const p = trimPath(path)
    const segs = p.split('/').slice(1)
    const candidates = this.#bySize.get(segs.length)
    let pathOnly: CompiledPath | undefined
    if (candidates !== undefined) {
      const decoded = segs.map(decodeSegment)
      for (const c of candidates) {
        if (!matches(c.segments, decoded)) continue
        const op = c.operations.get(method) ?? (method === 'HEAD' ? c.operations.get('GET') : undefined)
        if (op !== undefined) return { endpoint: c.endpoint, insight: op.deprecated ? 'zombie' : null }
        // a CORS preflight addresses the path, not an operation
        if (method === 'OPTIONS') return { endpoint: c.endpoint, insight: null }
        pathOnly ??= c
      }
    }
    return { endpoint: pathOnly?.endpoint ?? inferTemplate(p), insight: 'shadow' }
  }
}

/** `{a}-{b}` segments backtrack quadratically: a hostile segment longer than this matches none */
const MAX_MIXED_SEGMENT = 256

function matches(tests: readonly SegmentTest[], segs: readonly string[]): boolean {
  for (let i = 0; i < tests.length; i++) {
    const t = tests[i]!
    const s = segs[i]!
    if ('literal' in t) {
      if (t.literal !== s) return false
    } else if ('param' in t) {
      if (s === '') return false
    } else if (s.length > MAX_MIXED_SEGMENT || !t.mixed.test(s)) return false
  }
  return true
}
