/**
 * Razor's code block, `@{ … }`, read as C#'s lexer reads it: whether it can compile at all. A block holding a character literal of
 * several characters (`' . $x . '`) is refused by C#'s compiler and by Scala's (Twirl's `@{ … }`), so an engine that compiles templates
 * runs nothing of it — Perl building its own code in strings, Moose's `@{ (' . $slot_access . ') }`, is no Razor. (`$name` is no C#
 * token, but Scala's names may hold `$`: not read as a refusal.)
 *
 * Only certain refusals count: whatever the reading is unsure of — an interpolated string (its holes hold code and quotes), a
 * preprocessor directive (`#if false` hides lines from the compiler), markup inside the block (`<text>…</text>`, `<p>`, `@:`, which Razor
 * writes out rather than compiles), a block longer than the reading's reach — leaves the block as it was, to be judged.
 */

/** how far a block is read (characters after its `{`) */
const REACH = 2000

const isIdentifierStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95

/**
 * Whether the block opening at `open` (the index of its `{`) is one C#'s compiler refuses: `true` only for a refusal read for certain
 * before the block's closing brace; `false` for a block that closes with nothing refused, or that the reading is unsure of.
 */
export function razorBlockRefused(v: string, open: number): boolean {
  const end = Math.min(v.length, open + 1 + REACH)
  let depth = 1
  for (let i = open + 1; i < end; i++) {
    const c = v.charCodeAt(i)
    switch (c) {
      case 123: // {
        depth++
        break
      case 125: // }
        if (--depth === 0) return false
        break
      case 34: {
        // "…": a regular string, escapes read; a line break inside one is refused too, but the reading does not rely on it
        const close = stringEnd(v, i + 1, end)
        if (close === -1) return false
        i = close
        break
      }
      case 39: {
        // '…': one character or one escape, then the closing quote; anything longer is refused (CS1012) — but a quote before a name is
        // Scala 2's symbol (`'sym`), which Twirl's `@{ … }` compiles: unsure
        if (isIdentifierStart(v.charCodeAt(i + 1)) && v.charCodeAt(i + 2) !== 39) return false
        const close = charLiteralEnd(v, i + 1)
        if (close === -1) return true
        i = close
        break
      }
      case 47: // a comment, line or block
        if (v.charCodeAt(i + 1) === 47) {
          const eol = v.indexOf('\n', i)
          if (eol === -1 || eol >= end) return false
          i = eol
        } else if (v.charCodeAt(i + 1) === 42) {
          const close = v.indexOf('*/', i + 2)
          if (close === -1 || close >= end) return false
          i = close + 1
        }
        break
      case 64: {
        // @"…": a verbatim string ("" for a quote); @$"…", @: and anything else after @ the reading is unsure of, but @name (a
        // verbatim identifier) is C#'s
        const d = v.charCodeAt(i + 1)
        if (d === 34) {
          const close = verbatimEnd(v, i + 2, end)
          if (close === -1) return false
          i = close
        } else if (!isIdentifierStart(d)) return false
        break
      }
      case 36: // $"…" and $@"…" are C#'s interpolated strings, `$name` a name to Scala (Twirl's blocks): unsure
        return false
      case 35: // # a preprocessor directive may hide lines from the compiler
      case 60: // < markup Razor writes out
        return false
    }
  }
  return false
}

/** the index of the `"` closing a regular string whose text starts at `i`, or -1 */
function stringEnd(v: string, i: number, end: number): number {
  for (; i < end; i++) {
    const c = v.charCodeAt(i)
    if (c === 92) i++
    else if (c === 34) return i
  }
  return -1
}

/** the index of the `"` closing a verbatim string whose text starts at `i` (`""` is a quote inside it), or -1 */
function verbatimEnd(v: string, i: number, end: number): number {
  for (; i < end; i++) {
    if (v.charCodeAt(i) !== 34) continue
    if (v.charCodeAt(i + 1) === 34) i++
    else return i
  }
  return -1
}

/** the index of the `'` closing a character literal whose text starts at `i`, or -1 where C# refuses it */
function charLiteralEnd(v: string, i: number): number {
  const c = v.charCodeAt(i)
  if (c === 39 || c === 10 || c === 13 || Number.isNaN(c)) return -1
  if (c !== 92) {
    // one UTF-16 unit (a surrogate pair is refused by C# too: a char holds one unit)
    return v.charCodeAt(i + 1) === 39 ? i + 1 : -1
  }
  const e = v.charCodeAt(i + 1)
  // \' \" \\ \0 \a \b \f \n \r \t \v \e, \xH… (1-4 hex digits), \uHHHH, \UHHHHHHHH
  let j: number
  if (e === 120) {
    j = i + 2
    while (j < i + 6 && isHex(v.charCodeAt(j))) j++
    if (j === i + 2) return -1
  } else if (e === 117 || e === 85) {
    const digits = e === 117 ? 4 : 8
    for (j = i + 2; j < i + 2 + digits; j++) if (!isHex(v.charCodeAt(j))) return -1
  } else if ("'\"\\0abfnrtve".includes(String.fromCharCode(e))) j = i + 2
  else return -1
  return v.charCodeAt(j) === 39 ? j : -1
}

const isHex = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102)

/** what stands for a refused block's opening, so that no Razor pattern reads it */
const REFUSED_OPENING = '@ {'

/** A value with the openings of its Razor blocks that C# refuses (see razorBlockRefused) written apart, `@ {`. */
export function withoutRefusedRazorBlocks(v: string): string {
  let out = ''
  let from = 0
  let n = 0
  for (let at = v.indexOf('@{'); at !== -1 && n < 64; at = v.indexOf('@{', at + 2), n++) {
    if (!razorBlockRefused(v, at + 1)) continue
    out += v.slice(from, at) + REFUSED_OPENING
    from = at + 2
  }
  return from === 0 ? v : out + v.slice(from)
}
