/**
 * Wildcard patterns matched in linear time, by simulating the pattern as a small automaton over the
 * text: O(text × pattern) steps whatever the input, where a backtracking RegExp built from the same
 * pattern can take O(text^stars) (`/*a*a*a*b` over a path of a hundred `a`s took 24 s).
 *
 * Two dialects share the engine:
 * - `wildcard` (the console's endpoint search, exceptions): `*` any run of characters, `?` one;
 * - `pathGlob` (config scopes and flows): `*` a run within one path segment, `?` one character but
 *   `/`, `**` any run across segments.
 * Everything else is literal.
 */

/** one token per pattern character: a code unit, or one of the wildcards below */
const ONE = -1 // one character
const STAR = -2 // a run of characters, possibly empty

export interface Matcher {
  readonly pattern: string
  test(text: string): boolean
}

class Automaton implements Matcher {
  readonly pattern: string
  readonly #tokens: Int32Array
  /** whether the token at the same index may consume `/` (false: `*` and `?` of a path glob) */
  readonly #crosses: Uint8Array
  #now: Uint8Array
  #next: Uint8Array

  constructor(pattern: string, tokens: number[], crosses: boolean[]) {
    this.pattern = pattern
    this.#tokens = Int32Array.from(tokens)
    this.#crosses = Uint8Array.from(crosses, (c) => (c ? 1 : 0))
    this.#now = new Uint8Array(tokens.length + 1)
    this.#next = new Uint8Array(tokens.length + 1)
  }

  /** a star matches the empty run: being before it is being after it too */
  #close(set: Uint8Array): void {
    const tokens = this.#tokens
    for (let i = 0; i < tokens.length; i++) if (set[i] === 1 && tokens[i] === STAR) set[i + 1] = 1
  }

  test(text: string): boolean {
    const tokens = this.#tokens
    const crosses = this.#crosses
    const m = tokens.length
    let now = this.#now
    let next = this.#next
    now.fill(0)
    now[0] = 1
    this.#close(now)
    for (let at = 0; at < text.length; at++) {
      const c = text.charCodeAt(at)
      next.fill(0)
      let alive = false
      for (let i = 0; i < m; i++) {
        if (now[i] !== 1) continue
        const t = tokens[i]!
        if (t === STAR) {
          if (c !== 47 || crosses[i] === 1) {
            next[i] = 1
            alive = true
          }
        } else if (t === ONE ? c !== 47 || crosses[i] === 1 : t === c) {
          next[i + 1] = 1
          alive = true
        }
      }
      if (!alive) return false
      this.#close(next)
      const swap = now
      now = next
      next = swap
    }
    return now[m] === 1
  }
}

/** Patterns without a wildcard, or with one run at an end, need no automaton. */
function simple(pattern: string, tokens: number[], crosses: boolean[]): Matcher | undefined {
  const wild = tokens.findIndex((t) => t < 0)
  if (wild === -1) return { pattern, test: (text) => text === pattern }
  const last = tokens.findLastIndex((t) => t < 0)
  const literal = (from: number, to: number) => String.fromCharCode(...tokens.slice(from, to))
  if (wild === last && tokens[wild] === STAR && crosses[wild]) {
    const head = literal(0, wild)
    const tail = literal(wild + 1, tokens.length)
    const min = head.length + tail.length
    return { pattern, test: (text) => text.length >= min && text.startsWith(head) && text.endsWith(tail) }
  }
  return undefined
}

function build(pattern: string, tokens: number[], crosses: boolean[]): Matcher {
  return simple(pattern, tokens, crosses) ?? new Automaton(pattern, tokens, crosses)
}

/** The console's dialect: `*` any run, `?` one character, anchored at both ends. */
export function wildcard(pattern: string): Matcher {
  const tokens: number[] = []
  const crosses: boolean[] = []
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i)
    // a run of stars is one star: the automaton stays small whatever is typed
    if (c === 42 && tokens.at(-1) === STAR) continue
    tokens.push(c === 42 ? STAR : c === 63 ? ONE : c)
    crosses.push(true)
  }
  return build(pattern, tokens, crosses)
}

/** The config's path dialect: `*` within a segment, `**` across segments, `?` one character but `/`. */
export function pathGlob(pattern: string): Matcher {
  const tokens: number[] = []
  const crosses: boolean[] = []
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i)
    if (c === 42) {
      const deep = pattern.charCodeAt(i + 1) === 42
      if (deep) while (pattern.charCodeAt(i + 1) === 42) i++
      if (tokens.at(-1) === STAR) {
        // adjacent stars: one star, crossing if either does
        if (deep) crosses[crosses.length - 1] = true
        continue
      }
      tokens.push(STAR)
      crosses.push(deep)
    } else {
      tokens.push(c === 63 ? ONE : c)
      crosses.push(false)
    }
  }
  return build(pattern, tokens, crosses)
}

/** Whether a pattern has any wildcard at all (else it is a plain value to compare). */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?')
}

/**
 * Literal pieces with one or more characters between each two (an OpenAPI segment such as
 * `{name}.{ext}` is the pieces "", ".", ""); matched within one segment, so `/` never matches.
 */
export function pieces(literals: readonly string[]): Matcher {
  const tokens: number[] = []
  const crosses: boolean[] = []
  literals.forEach((lit, i) => {
    if (i > 0) {
      tokens.push(ONE, STAR)
      crosses.push(false, false)
    }
    for (let k = 0; k < lit.length; k++) {
      tokens.push(lit.charCodeAt(k))
      crosses.push(false)
    }
  })
  return build(literals.join('{}'), tokens, crosses)
}

/**
 * An endpoint template (`/api/products/{id}`, `/files/{name}.{ext}`) as a matcher of concrete
 * paths: each `{param}` is one or more characters within one segment, everything else literal (an
 * unclosed or nested brace too): the template's literal pieces (see `pieces`). The console's search
 * finds the sessions whose template a pasted path (`/api/products/7`) belongs to. One pass: a brace
 * looks ahead to the next brace at most, so each character is read at most twice.
 */
export function template(endpoint: string): Matcher {
  const literals: string[] = []
  let start = 0
  for (let i = 0; i < endpoint.length; i++) {
    if (endpoint.charCodeAt(i) !== 123 /* { */) continue
    let j = i + 1
    while (j < endpoint.length && endpoint.charCodeAt(j) !== 125 /* } */ && endpoint.charCodeAt(j) !== 123) j++
    if (j === endpoint.length || endpoint.charCodeAt(j) !== 125) continue // not a parameter: the brace is literal
    literals.push(endpoint.slice(start, i))
    start = j + 1
    i = j
  }
  literals.push(endpoint.slice(start))
  return pieces(literals)
}
