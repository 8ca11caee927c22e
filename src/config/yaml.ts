/**
 * YAML parsed in linear time. yaml's own duplicate-key check (`uniqueKeys`) compares each key with
 * every key before it in its map: 10,000 keys took seconds (an audit's 3.6 s reload stall). It is
 * off here, and one pass with a Set per map finds the same duplicates with the same message; it
 * also refuses a `__proto__` key at its line: copied into a plain object by assignment, such a key
 * becomes its prototype, whose keys then read as the map's own (`__proto__: {workers: 3}` passed as
 * `workers: 3`). The config's copy (interpolateEnv) defines its keys, so a `__proto__` this check
 * does not see (a key written as an alias) is an unknown key there.
 */
import { isMap, isNode, isScalar, isSeq, parseDocument, type Document, type LineCounter } from 'yaml'

export interface YamlProblem {
  /** offset in the text */
  readonly pos: number
  readonly message: string
}

/** The document and what is wrong with it (empty when it can be turned into values). */
export function parseYamlDocument(text: string, lineCounter: LineCounter | undefined, maxDepth?: number): { doc: Document; problems: YamlProblem[] } {
  const doc = parseDocument(text, { ...(lineCounter ? { lineCounter } : {}), prettyErrors: false, uniqueKeys: false })
  const problems: YamlProblem[] = doc.errors.map((e) => ({
    pos: e.pos[0],
    // yaml reports its own stack overflow on deep nesting as a parse error
    message: /Maximum call stack size exceeded/.test(e.message) ? `nested too deeply${maxDepth === undefined ? '' : ` (at most ${maxDepth} levels)`}` : e.message.split('\n')[0]!,
  }))
  if (problems.length === 0) problems.push(...keyProblems(doc))
  return { doc, problems }
}

/** Duplicate and `__proto__` keys, in the text's order; iterative, so that no nesting overflows the stack. */
function keyProblems(doc: Document): YamlProblem[] {
  const out: YamlProblem[] = []
  const stack: unknown[] = [doc.contents]
  while (stack.length > 0) {
    const node = stack.pop()
    if (isMap(node)) {
      const seen = new Set<unknown>()
      for (const pair of node.items) {
        const key = pair.key
        if (isScalar(key)) {
          const pos = key.range?.[0] ?? 0
          if (key.value === '__proto__') out.push({ pos, message: 'the key __proto__ is not allowed' })
          else if (seen.has(key.value)) out.push({ pos, message: 'Map keys must be unique' })
          seen.add(key.value)
        } else if (isNode(key)) stack.push(key)
        if (isNode(pair.value)) stack.push(pair.value)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (isNode(item)) stack.push(item)
    }
  }
  return out.sort((a, b) => a.pos - b.pos)
}
