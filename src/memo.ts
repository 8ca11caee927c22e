/**
 * A function of a string, remembered for the strings that repeat (session tokens, user agents,
 * paths): at most `entries` results, the oldest forgotten first; inputs longer than `maxKey`
 * are worked out each time instead of crowding the others out. A result `keep` refuses (one worked out
 * only in part: its time budget ran out) is returned but not remembered.
 */
export function memoize<T>(fn: (text: string) => T, entries: number, maxKey: number, keep?: () => boolean): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    let out = cache.get(text)
    if (out === undefined) {
      out = fn(text)
      if (text.length > maxKey || (keep !== undefined && !keep())) return out
      if (cache.size >= entries) cache.delete(cache.keys().next().value!)
      cache.set(text, out)
    }
    return out
  }
}
