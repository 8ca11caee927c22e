/** Walking parsed JSON by JSON pointer (RFC 6901) or by dotted claim path, own properties only. */

/** "/a/b~1c/0" → ["a", "b/c", "0"]; "" → []. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : []
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** Own properties only: a "__proto__" or "constructor" key in hostile JSON is just a key. */
export function walk(value: unknown, tokens: readonly string[]): unknown {
  let at = value
  for (const token of tokens) {
    if (Array.isArray(at)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined
      at = at[Number(token)]
    } else if (at !== null && typeof at === 'object') {
      if (!Object.hasOwn(at, token)) return undefined
      at = (at as Record<string, unknown>)[token]
    } else {
      return undefined
    }
  }
  return at
}

/** A found JSON value as a stored string: strings trimmed, scalars printed, objects as JSON; null/empty → undefined. */
export function scalarText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string': {
      const v = value.trim()
      return v === '' ? undefined : v
    }
    case 'number':
    case 'boolean':
      return String(value)
    case 'object':
      return value === null ? undefined : JSON.stringify(value)
    default:
      return undefined
  }
}
