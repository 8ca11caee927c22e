/** Path templates such as /users/{id}/orders/{order}: segment by segment, compiled once. */

export type PathMatcher = (path: string) => Record<string, string> | undefined

export function compilePathTemplate(template: string): PathMatcher {
  const parts = template.split('/').map((seg) => {
    const m = /^\{([^{}]+)\}$/.exec(seg)
    return m ? { param: m[1]! } : { literal: seg }
  })
  return (path) => {
    const segs = path.split('/')
    if (segs.length !== parts.length) return undefined
    let out: Record<string, string> | undefined
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!
      const seg = segs[i]!
      if ('literal' in part) {
        if (part.literal !== seg) return undefined
      } else {
        if (seg === '') return undefined
        out ??= Object.create(null) as Record<string, string>
        out[part.param] = safeDecode(seg)
      }
    }
    return out ?? (Object.create(null) as Record<string, string>)
  }
}

function safeDecode(seg: string): string {
  try {
    return decodeURIComponent(seg)
  } catch {
    return seg
  }
}
