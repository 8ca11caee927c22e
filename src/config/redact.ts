/** The effective config as `check-config` prints it: secrets hidden, the rest as the sensor uses it. */

const SECRET_KEY = /^(hashKey|token|tokens?Secret|password|secret|key)$/i
const HIDDEN = '[hidden]'

/**
 * Credentials in a URL (redis://user:pass@host, up to the last "@" of the authority, as URL parsers
 * read it) and secret query parameters (ioredis takes ?password=) are hidden, the rest kept.
 */
function hideUrlCredentials(value: string): string {
  return value
    .replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#\s]*)@/i, (_m, scheme: string) => `${scheme}${HIDDEN}@`)
    .replace(/([?&][^=&#\s]*(?:password|secret|token)[^=&#\s]*=)[^&#\s]*/gi, `$1${HIDDEN}`)
}

export function redactConfig(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    // tls.key is a file path, not a secret
    if (SECRET_KEY.test(key) && key !== 'key') return HIDDEN
    return hideUrlCredentials(value)
  }
  if (Array.isArray(value)) return value.map((v) => redactConfig(v, key))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = redactConfig(v, k)
    return out
  }
  return value
}
