/**
 * Path templates such as /users/{id}/orders/{order}: segment by segment, compiled once.
 *
 * A path matches its template the way routers route it: empty segments do not count (`/reset/X/`,
 * `//reset/X` reach `/reset/:token` under Express's default, non-strict routing), literal segments
 * match in any case (Express's default too) and without their `;` parameters (`/reset;jsessionid=1/X`
 * under Tomcat and Spring), and dot segments are resolved (`/./reset/X`, `/x/../reset/X`). Extraction
 * and masking share this reading, so a secret path parameter is masked on every path that reaches
 * its route, not only on the template's exact spelling.
 */

type Part = { readonly literal: string } | { readonly param: string }

export interface PathTemplate {
  /** the template's parameter names, in order */
  readonly params: readonly string[]
  /** where each parameter's segment is among a path's segments (`path.split('/')`), in order; undefined: another route */
  locate(segs: readonly string[]): number[] | undefined
}

export function compilePathTemplate(template: string): PathTemplate {
  const parts: Part[] = template
    .split('/')
    .filter((seg) => seg !== '')
    .map((seg) => {
      const m = /^\{([^{}]+)\}$/.exec(seg)
      return m ? { param: m[1]! } : { literal: seg.toLowerCase() }
    })
  return {
    params: parts.flatMap((p) => ('param' in p ? [p.param] : [])),
    locate(segs) {
      // the segments a server routes on: empty and `.` ones skipped, `..` taking the one before back (RFC 3986 §5.2.4)
      const kept: number[] = []
      for (let i = 0; i < segs.length; i++) {
        const seg = segs[i]!
        if (seg === '..') kept.pop()
        else if (seg !== '' && seg !== '.') kept.push(i)
      }
      if (kept.length !== parts.length) return undefined
      const at: number[] = []
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k]!
        const i = kept[k]!
        if (!('literal' in part)) at.push(i)
        else if (!sameLiteral(part.literal, segs[i]!)) return undefined
      }
      return at
    },
  }
}

/** A literal segment in any case, and without its `;` parameters (`reset;jsessionid=1`: Tomcat and Spring route it as `reset`). */
function sameLiteral(literal: string, seg: string): boolean {
  if (literal === seg) return true
  const semi = seg.indexOf(';')
  const bare = semi === -1 ? seg : seg.slice(0, semi)
  return literal === bare || literal === bare.toLowerCase()
}

/** A path parameter's value as the application reads it (percent-decoded when it decodes). */
export function decodeSegment(seg: string): string {
  try {
    return decodeURIComponent(seg)
  } catch {
    return seg
  }
}
