/**
 * (twenty-fifth round) A template expression that computes on constants only: a probe asking the engine
 * to evaluate something whose answer it knows (`{{(7 | float) * 7}}`, `#{Math.pow(7, 2)}`, `${len([7]*7)}`,
 * `#{ 7 | multiply: 7 }`, `#{'49'.zfill(2)}`, `{{[7+7 for i in range(3)]}}`). A page's placeholders name its
 * data (`{{ item.qty * 2 }}`, `{{ price | currency }}`): a bare name that is not a call, a filter, a
 * method or a builtin makes the expression data, not a probe.
 *
 * Pure and bounded: at most MAX_EXPRESSIONS delimiters looked at, each of at most MAX_EXPRESSION characters,
 * read once left to right.
 */

const OPENINGS = ['{{', '${', '#{', '@{', '*{', '{%'] as const
const MAX_EXPRESSIONS = 4
const MAX_EXPRESSION = 120
/** names a probe uses as values or arguments without calling them: Python's and Ruby's builtins, a comprehension's words */
const BUILTINS = new Set(['str', 'int', 'float', 'len', 'list', 'map', 'range', 'chr', 'ord', 'sum', 'abs', 'pow', 'math', 'for', 'in', 'if', 'else', 'and', 'or', 'not', 'is', 'true', 'false', 'none', 'null', 'nil'])
const ARITHMETIC = new Set(['*', '+', '-', '/', '%', '^'])

const isDigit = (c: number) => c >= 48 && c <= 57
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95
const isNameChar = (c: number) => isNameStart(c) || isDigit(c)
const isBlank = (c: number) => c === 32 || c === 9

/** Whether the expression between `from` and `to` uses only constants and computes with them. */
function computesOnConstants(v: string, from: number, to: number): boolean {
  let numbers = 0
  let computes = false
  let loopVariable = false
  let previous = '' // the last significant character or token kind: 'n' number, 's' string, 'w' name, or the operator itself
  for (let i = from; i < to; ) {
    const c = v.charCodeAt(i)
    if (isBlank(c)) {
      i++
      continue
    }
    if (isDigit(c)) {
      // 7  7.0  0x7  0b111
      i++
      while (i < to && (isNameChar(v.charCodeAt(i)) || v.charCodeAt(i) === 46)) i++
      numbers++
      previous = 'n'
      continue
    }
    if (c === 39 || c === 34) {
      const close = v.indexOf(String.fromCharCode(c), i + 1)
      // (a shell's word, `"$@"`, expands: no constant)
      if (close === -1 || close >= to || close - i > 24 || v.slice(i, close).includes('$')) return false
      i = close + 1
      previous = 's'
      continue
    }
    if (isNameStart(c)) {
      const start = i
      while (i < to && isNameChar(v.charCodeAt(i))) i++
      const name = v.slice(start, i).toLowerCase()
      let k = i
      while (k < to && isBlank(v.charCodeAt(k))) k++
      const next = v.charCodeAt(k)
      if (next === 40 /* ( */) computes ||= BUILTINS.has(name) || previous === '.' // a builtin's or a method's call; a page's own helper computes nothing by itself (`{{EmbedLiveSample("Examples", 600)}}`)
      else if (previous === '|') computes ||= next === 58 /* a filter given an argument, `| multiply: 7` */ || next === 40
      else if (previous === '.') {
        // a method or an attribute of a constant or of a call's result
      } else if (next === 46 /* . */ && k + 1 < to && isNameStart(v.charCodeAt(k + 1))) {
        // a module's function: `math.pow(`, `Math.pow(` — judged by what follows
        if (!BUILTINS.has(name) && name !== 'math') return false
      } else if (name === 'for') loopVariable = true
      else if (!(BUILTINS.has(name) || (loopVariable && name.length === 1))) return false
      previous = 'w'
      continue
    }
    const ch = v[i]!
    if (ARITHMETIC.has(ch)) computes ||= previous === 'n' || previous === 's' || previous === ')' || previous === ']' || previous === 'w'
    else if (ch === '|') {
      // a filter after a value
    } else if (ch === '[' && (previous === ']' || previous === 's' || previous === ')')) computes = true // a literal indexed
    else if (!'()[],.:'.includes(ch)) return false
    previous = ch
    i++
  }
  return numbers > 0 && computes
}

/** Whether a short value holds a template expression that computes on constants only. */
export function constantTemplate(v: string): boolean {
  let at = 0
  for (let n = 0; n < MAX_EXPRESSIONS; n++) {
    let open = -1
    let which = ''
    for (const o of OPENINGS) {
      const i = v.indexOf(o, at)
      if (i !== -1 && (open === -1 || i < open)) {
        open = i
        which = o
      }
    }
    if (open === -1) return false
    // GitHub Actions' and Azure's `${{ … }}`: the braces are the expression's delimiters, the dollar sign their prefix
    if (which === '${' && v.charCodeAt(open + 2) === 123) {
      open++
      which = '{{'
    }
    const from = open + 2
    const close = v.indexOf(which === '{{' ? '}}' : which === '{%' ? '%}' : '}', from)
    if (close === -1) return false
    if (close - from <= MAX_EXPRESSION && computesOnConstants(v, from, close)) return true
    at = close + 1
  }
  return false
}
