/**
 * A function of a string, remembered for the strings that repeat (session tokens, user agents,
 * paths): at most `entries` results, the oldest forgotten first; inputs longer than `maxKey`
 * are worked out each time instead of crowding the others out.
 */
export function memoize<T>(fn: (text: string) => T, entries: number, maxKey: number): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    let out = cache.get(text)
    if (out === undefined) {
      out = fn(text)
      if (text.length > maxKey) return out
      if (cache.size >= entries) cache.delete(cache.keys().next().value!)
      cache.set(text, out)
    }
    return out
  }
}
