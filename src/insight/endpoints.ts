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

/**
 * Spec matching, compiled once into two tries of segments (SPEC §7). A spec path's segments are
 * literal (`users`), mixed (`{name}.json`) or whole parameters (`{id}`); the servers' base paths make
 * a trie of their own whose ends lead to the root of the paths' trie, so a spec of S servers and P
 * paths compiles to O(S + P) nodes, not S × P entries.
 *
 * Precedence (unchanged from the flat list this replaces): every matching spec path under every base
 * path, ordered by its segments' ranks position by position (literal < mixed < parameter), then by
 * server order, then by path order; the first that declares the method wins, else the first at all
 * is the `shadow` endpoint. The search walks the tries depth first in exactly that order: at each
 * segment it follows the literal edge (one Map lookup), then the mixed edges that match, then the
 * parameter edge, carrying together every node reached with the same ranks so far (so `{a}.json` and
 * `{a}.{b}` tie as the flat list's ranks did), and ranks the paths that end at a leaf by server and
 * path order from per-node summaries.
 *
 * Bounded per request whatever the spec: a node tries at most MAX_MIXED_PER_NODE of its mixed edges,
 * and one match takes at most MAX_MATCH_STEPS steps (an edge followed or tried, a mixed test costing
 * one more per 8 characters of segment × 32-bit words of pattern its automaton reads: 2,048 steps
 * are under a millisecond); a request that exhausts them is `shadow` with the best path found so far,
 * or the inferred template. An ordinary spec's request takes a few steps a segment. The search
 * recurses once per request segment: at most 257 deep (MAX_ENDPOINT_LENGTH).
 */

/** Mixed edges one trie node may try for one request segment; the rest are never tried. */
export const MAX_MIXED_PER_NODE = 32

/** Steps one match may take (edges followed or tried); then the best found so far is the answer. */
export const MAX_MATCH_STEPS = 2048

/** `{a}-{b}` segments are tested by an automaton: a segment longer than this matches no mixed one */
const MAX_MIXED_SEGMENT = 256

interface MixedEdge {
  readonly test: Matcher
  /** the automaton's 32-bit words: a test costs about the segment's length × words */
  readonly words: number
  readonly node: Node
}

/** the spec paths ending at a node, summarised: the first of them, and the first declaring each method */
interface Ends {
  readonly first: number
  readonly byMethod: ReadonlyMap<string, number>
}

interface Node {
  literal: Map<string, Node> | undefined
  mixed: MixedEdge[] | undefined
  mixedByPattern: Map<string, Node> | undefined
  param: Node | undefined
  /** paths' trie: indices of the spec paths ending here (compile time), then their summary */
  pending: number[] | undefined
  ends: Ends | undefined
  /** base paths' trie: indices of the base paths ending here */
  bases: number[] | undefined
}

/** A node reached while matching: in the base paths' trie (base -1) or in the paths' trie under a base. */
interface State {
  readonly node: Node
  readonly base: number
}

/** What a spec compiled to: nodes grow with the spec's size, never with servers × paths. */
export interface SpecMatcherSize {
  readonly basePaths: number
  readonly paths: number
  /** trie nodes, both tries */
  readonly nodes: number
}

function summarise(indices: readonly number[], paths: ApiSpec['paths']): Ends {
  const byMethod = new Map<string, number>()
  for (const i of indices) {
    for (const method of paths[i]!.operations.keys()) if (!byMethod.has(method)) byMethod.set(method, i)
  }
  // HEAD is answered by the first path declaring HEAD or GET
  const head = Math.min(byMethod.get('HEAD') ?? Infinity, byMethod.get('GET') ?? Infinity)
  if (head !== Infinity) byMethod.set('HEAD', head)
  return { first: indices[0]!, byMethod }
}

/** The first path (by order) at `ends` that answers `method`, or its first path for OPTIONS. */
function pick(ends: Ends | undefined, method: string): number | undefined {
  if (ends === undefined) return undefined
  return method === 'OPTIONS' ? ends.first : ends.byMethod.get(method)
}

/** One match's progress: the steps taken, the first path met, and the answer once found. */
interface Search {
  readonly method: string
  readonly segs: readonly string[]
  steps: number
  /** the first matching path at all: [base, path] */
  first: readonly [number, number] | undefined
  /** the first matching path that answers the method */
  found: readonly [number, number] | undefined
}

function before(a: readonly [number, number], b: readonly [number, number] | undefined): boolean {
  return b === undefined || a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])
}

export class SpecMatcher {
  readonly #basePaths: readonly string[]
  readonly #paths: ApiSpec['paths']
  readonly #baseRoot: Node
  readonly #root: Node
  /** the spec path `/`: the end of a base path (`/v1` + `/` is `/v1`), or one empty segment at the root ('' + `/` is `/`) */
  readonly #slash: Ends | undefined
  readonly #rootEmpty: Node | undefined
  #nodes = 0
  #steps = 0

  constructor(spec: ApiSpec) {
    this.#baseRoot = this.#node()
    this.#root = this.#node()
    this.#basePaths = [...new Set(spec.basePaths)]
    this.#paths = spec.paths
    this.#basePaths.forEach((base, i) => {
      const node = this.#insert(this.#baseRoot, base === '' ? [] : base.split('/').slice(1))
      ;(node.bases ??= []).push(i)
    })
    const slash: number[] = []
    spec.paths.forEach((p, i) => {
      // base + template loses one trailing slash: the template's (the loader trims the bases')
      if (!p.template.startsWith('/')) return // refused by the loader
      const t = p.template.endsWith('/') ? p.template.slice(0, -1) : p.template
      if (t === '') slash.push(i)
      else (this.#insert(this.#root, t.split('/').slice(1)).pending ??= []).push(i)
    })
    this.#slash = slash.length > 0 ? summarise(slash, spec.paths) : undefined
    this.#rootEmpty = slash.length > 0 ? this.#insert(this.#root, ['']) : undefined
    // summaries, and the compile-time maps dropped
    const stack = [this.#root, this.#baseRoot]
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.pending !== undefined) node.ends = summarise(node.pending, spec.paths)
      node.pending = undefined
      node.mixedByPattern = undefined
      if (node.literal !== undefined) for (const n of node.literal.values()) stack.push(n)
      if (node.mixed !== undefined) for (const e of node.mixed) stack.push(e.node)
      if (node.param !== undefined) stack.push(node.param)
    }
  }

  /** What the spec compiled to (for tests and diagnostics). */
  get size(): SpecMatcherSize {
    return { basePaths: this.#basePaths.length, paths: this.#paths.length, nodes: this.#nodes }
  }

  /** Steps the last `match` took, at most MAX_MATCH_STEPS (for tests). */
  get lastSteps(): number {
    return this.#steps
  }

  #node(): Node {
    this.#nodes++
    return { literal: undefined, mixed: undefined, mixedByPattern: undefined, param: undefined, pending: undefined, ends: undefined, bases: undefined }
  }

  #insert(root: Node, segments: readonly string[]): Node {
    let node = root
    for (const seg of segments) {
      let next: Node | undefined
      if (!seg.includes('{')) {
        const literal = (node.literal ??= new Map<string, Node>())
        next = literal.get(seg)
        if (next === undefined) literal.set(seg, (next = this.#node()))
      } else if (/^\{[^{}]+\}$/.test(seg)) {
        next = node.param ??= this.#node()
      } else {
        // literals with one or more characters for each {param}: matched in one pass, never backtracking
        const test = pieces(seg.split(/\{[^{}]+\}/))
        const byPattern = (node.mixedByPattern ??= new Map<string, Node>())
        next = byPattern.get(test.pattern)
        if (next === undefined) {
          byPattern.set(test.pattern, (next = this.#node()))
          ;(node.mixed ??= []).push({ test, words: 1 + (test.pattern.length >> 5), node: next })
        }
      }
      node = next
    }
    return node
  }

  match(method: string, path: string): EndpointMatch {
    const p = trimPath(path)
    const search: Search = { method, segs: p.split('/').slice(1).map(decodeSegment), steps: 0, first: undefined, found: undefined }
    const start: State[] = []
    this.#reach(start, this.#baseRoot, -1)
    this.#visit(start, 0, search)
    this.#steps = search.steps
    if (search.found !== undefined) {
      const [base, index] = search.found
      const ops = this.#paths[index]!.operations
      const op = ops.get(method) ?? (method === 'HEAD' ? ops.get('GET') : undefined)
      return { endpoint: this.#endpoint(base, index), insight: op?.deprecated === true ? 'zombie' : null }
    }
    const first = search.first
    return { endpoint: first !== undefined ? this.#endpoint(first[0], first[1]) : inferTemplate(p), insight: 'shadow' }
  }

  #endpoint(base: number, index: number): string {
    return trimPath(this.#basePaths[base]! + this.#paths[index]!.template)
  }

  /** `node` reached under `base`; the end of a base path is the root of the paths under it too. */
  #reach(into: State[], node: Node, base: number): void {
    into.push({ node, base })
    if (base === -1 && node.bases !== undefined) for (const b of node.bases) into.push({ node: this.#root, base: b })
  }

  /**
   * Depth first, literal before mixed before parameter: the leaves come in the flat list's rank
   * order. `states` are every node reached with the same ranks so far. True when the search is over
   * (found, or out of steps).
   */
  #visit(states: readonly State[], depth: number, search: Search): boolean {
    if (depth === search.segs.length) return this.#leaf(states, search)
    const seg = search.segs[depth]!
    let next: State[] = []
    for (const s of states) {
      if (++search.steps > MAX_MATCH_STEPS) return this.#spent(search)
      const n = s.node.literal?.get(seg)
      if (n !== undefined) this.#reach(next, n, s.base)
    }
    if (next.length > 0 && this.#visit(next, depth + 1, search)) return true
    // an empty segment is no parameter's value
    if (seg === '') return false
    if (seg.length <= MAX_MIXED_SEGMENT) {
      next = []
      for (const s of states) {
        const edges = s.node.mixed
        if (edges === undefined) continue
        const tried = Math.min(edges.length, MAX_MIXED_PER_NODE)
        for (let i = 0; i < tried; i++) {
          const e = edges[i]!
          // one step, and one more per 8 characters × words the automaton reads (about 20 ns each)
          if ((search.steps += 1 + ((seg.length * e.words) >> 3)) > MAX_MATCH_STEPS) return this.#spent(search)
          if (e.test.test(seg)) this.#reach(next, e.node, s.base)
        }
      }
      if (next.length > 0 && this.#visit(next, depth + 1, search)) return true
    }
    next = []
    for (const s of states) {
      if (++search.steps > MAX_MATCH_STEPS) return this.#spent(search)
      if (s.node.param !== undefined) this.#reach(next, s.node.param, s.base)
    }
    return next.length > 0 && this.#visit(next, depth + 1, search)
  }

  #spent(search: Search): true {
    search.steps = MAX_MATCH_STEPS
    return true
  }

  /** The paths ending at `states`, all of the same ranks: by server, then path order. */
  #leaf(states: readonly State[], search: Search): boolean {
    let first: readonly [number, number] | undefined
    let found: readonly [number, number] | undefined
    for (const s of states) {
      if (s.base === -1) continue
      const slash = this.#slash !== undefined && s.node === (this.#basePaths[s.base] === '' ? this.#rootEmpty : this.#root)
      for (const ends of slash ? [s.node.ends, this.#slash] : [s.node.ends]) {
        if (ends === undefined) continue
        const f: readonly [number, number] = [s.base, ends.first]
        if (before(f, first)) first = f
        const m = pick(ends, search.method)
        if (m !== undefined && before([s.base, m], found)) found = [s.base, m]
      }
    }
    search.first ??= first
    search.found = found
    return found !== undefined
  }
}
