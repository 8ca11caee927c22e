/**
 * Path templates such as /users/{id}/orders/{order}: segment by segment, compiled once.
 *
 * A path matches its template the way routers route it: empty segments do not count (`/reset/X/`,
 * `//reset/X` reach `/reset/:token` under Express's default, non-strict routing) and literal segments
 * match in any case (Express's default too). Extraction and masking share this reading, so a secret
 * path parameter is masked on every path that reaches its route, not only on the template's exact
 * spelling.
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
      const at: number[] = []
      let k = 0
      for (let i = 0; i < segs.length; i++) {
        const seg = segs[i]!
        if (seg === '') continue
        const part = parts[k++]
        if (part === undefined) return undefined
        if (!('literal' in part)) at.push(i)
        else if (part.literal !== seg && part.literal !== seg.toLowerCase()) return undefined
      }
      return k === parts.length ? at : undefined
    },
  }
}

/** A path parameter's value as the application reads it (percent-decoded when it decodes). */
export function decodeSegment(seg: string): string {
  try {
    return decodeURIComponent(seg)
  } catch {
    return seg
  }
}
