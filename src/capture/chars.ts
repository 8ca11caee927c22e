/** Character counts the extraction and insight code needs, without allocating. */

export function digitCount(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) n++
  }
  return n
}
