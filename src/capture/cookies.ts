/** Cookie headers, parsed once and only when a parameter or a built-in rule asks. First name wins. */

export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>()
  if (header === undefined || header === '') return out
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=')
    if (eq <= 0) continue
    const name = pair.slice(0, eq).trim()
    if (name === '' || out.has(name)) continue
    out.set(name, unquote(pair.slice(eq + 1).trim()))
  }
  return out
}

/** Set-Cookie lines (one per cookie) → name → value; attributes ignored; the last one of a name wins. */
export function parseSetCookies(lines: string | string[] | undefined): Map<string, string> {
  const out = new Map<string, string>()
  if (lines === undefined) return out
  for (const line of typeof lines === 'string' ? [lines] : lines) {
    const end = line.indexOf(';')
    const pair = end === -1 ? line : line.slice(0, end)
    const eq = pair.indexOf('=')
    if (eq <= 0) continue
    const name = pair.slice(0, eq).trim()
    if (name !== '') out.set(name, unquote(pair.slice(eq + 1).trim()))
  }
  return out
}

function unquote(value: string): string {
  return value.length >= 2 && value.charCodeAt(0) === 34 && value.charCodeAt(value.length - 1) === 34 ? value.slice(1, -1) : value
}
