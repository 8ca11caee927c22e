/**
 * Several regular expressions as one: `unionOf([a, b, c]).test(v)` is `a.test(v) || b.test(v) || c.test(v)`,
 * in one scan of `v` instead of one per pattern (the attack detector asks whether any of a list of
 * signatures matches, on every value it judges).
 *
 * The patterns are joined as alternatives, `(?:a)|(?:b)|(?:c)`: the union matches at a position where one
 * of them matches, and anchors, word boundaries and lookarounds read the same whole input. What a join
 * would change is refused or rewritten:
 * - the flags must be the same for all, and neither `g` nor `y` (a union is for `test`, with no state);
 * - a numbered backreference (`\1`) is renumbered past the capturing groups of the patterns before it;
 * - a named group or `\k<name>`, and a decimal escape that is no backreference (`\8` in a pattern of
 *   fewer groups, an octal escape to a pattern without the `u` flag), are refused rather than guessed at.
 */

/** A pattern's source with its backreferences moved `offset` groups on, and its number of capturing groups. */
function renumbered(re: RegExp, offset: number): { source: string; groups: number } {
  const s = re.source
  const groups = capturingGroups(s)
  let out = ''
  let inClass = false
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (c === '\\') {
      const next = s[i + 1] ?? ''
      if (!inClass && next >= '1' && next <= '9') {
        let j = i + 1
        while (j < s.length && s[j]! >= '0' && s[j]! <= '9') j++
        const n = Number(s.slice(i + 1, j))
        if (n > groups) throw new Error(`unionOf: /${s}/ has \\${n}, which is no backreference`)
        out += `\\${n + offset}`
        i = j - 1
        continue
      }
      if (!inClass && next === 'k') throw new Error(`unionOf: /${s}/ has a named backreference`)
      out += c + next
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') inClass = true
    out += c
  }
  return { source: out, groups }
}

/** The capturing groups of a pattern's source: `(` not escaped, outside a class, not `(?`. */
function capturingGroups(s: string): number {
  let n = 0
  let inClass = false
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') {
      if (s[i + 1] !== '?') n++
      else if (s[i + 2] === '<' && s[i + 3] !== '=' && s[i + 3] !== '!') throw new Error(`unionOf: /${s}/ has a named group`)
    }
  }
  return n
}

/** One RegExp that matches wherever one of `patterns` does (for `test`). */
export function unionOf(patterns: readonly RegExp[]): RegExp {
  if (patterns.length === 0) return /(?!)/
  const flags = patterns[0]!.flags
  if (flags.includes('g') || flags.includes('y')) throw new Error(`unionOf: /${patterns[0]!.source}/${flags} keeps state between calls`)
  const parts: string[] = []
  let offset = 0
  for (const re of patterns) {
    if (re.flags !== flags) throw new Error(`unionOf: /${re.source}/${re.flags} does not have the flags of the others (${flags})`)
    const { source, groups } = renumbered(re, offset)
    parts.push(`(?:${source})`)
    offset += groups
  }
  return new RegExp(parts.join('|'), flags)
}
