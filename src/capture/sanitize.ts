/**
 * What a record keeps of the URL: the query with secret values masked (traced query parameters
 * with a mask, well-known credential names, passwords of URLs given as values), and the path with masked path parameters
 * replaced, and payment card numbers truncated (src/capture/cards.ts) unless `capture.cardNumbers: keep`.
 * Compiled once; a URL with nothing to mask is returned as it came, with no allocation.
 */
import type { Traced } from '../config/schema.ts'
import { REDACTED, type Hasher } from './mask.ts'
import { maskCards } from './cards.ts'
import { compilePathTemplate, decodeSegment } from './path-template.ts'

/** Query names that carry credentials often enough to be hashed by default (lower-case). */
const SECRET_QUERY_NAMES = [
  'token', 'access_token', 'refresh_token', 'id_token', 'api_key', 'apikey', 'api-key', 'key', 'password', 'passwd',
  'pwd', 'secret', 'client_secret', 'signature', 'sig', 'x-amz-signature', 'auth', 'jwt', 'session', 'sessionid',
  'cvv', 'cvc', 'cvv2', 'cvc2', 'csc', 'security_code',
] as const

/** `scheme://user:password@` in a value: the password goes, the user stays. */
const USERINFO = /(\/\/[^/?#@:\s]{0,256}):[^/?#@\s]{1,256}@/g

/** A query value that carries a URL with a password in it: that password redacted (or undefined: none). */
function withoutUserinfo(value: string): string | undefined {
  if (!value.includes('@')) return undefined
  const out = value.replace(USERINFO, `$1:${REDACTED}@`)
  return out === value ? undefined : out
}

export interface Sanitizer {
  query(query: string): string
  path(path: string): string
}

type Mask = 'hash' | 'redact'

export function compileSanitizer(traced: readonly Traced[], hasher: Hasher, cards: 'truncate' | 'keep' = 'truncate'): Sanitizer {
  const masked = compileMasks(traced, hasher)
  if (cards === 'keep') return masked
  return { query: (q) => maskCards(masked.query(q)), path: (p) => maskCards(masked.path(p)) }
}

function compileMasks(traced: readonly Traced[], hasher: Hasher): Sanitizer {
  const queryMasks = new Map<string, Mask>(SECRET_QUERY_NAMES.map((n) => [n, 'hash']))
  for (const p of traced) if (p.from === 'query' && p.mask !== 'none') queryMasks.set(p.key.toLowerCase(), p.mask)
  const pathMasks = traced
    .filter((p) => p.from === 'path' && p.mask !== 'none' && p.template !== undefined)
    .map((p) => {
      const template = compilePathTemplate(p.template!)
      return { template, index: template.params.indexOf(p.key), mask: p.mask as Mask }
    })
  const apply = (mask: Mask, value: string) => (mask === 'redact' ? REDACTED : hasher.mask(value))

  return {
    query(query) {
      if (query === '') return query
      let out: string[] | undefined
      const pairs = query.split('&')
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i]!
        const eq = pair.indexOf('=')
        if (eq === -1) continue
        const mask = queryMasks.get(decode(pair.slice(0, eq)).toLowerCase())
        if (mask === undefined) {
          // a URL with a password as a value (redirect=https://user:pass@host/)
          if (!pair.includes('%40') && !pair.includes('@', eq)) continue
          const clean = withoutUserinfo(decode(pair.slice(eq + 1)))
          if (clean === undefined) continue
          out ??= pairs.slice()
          out[i] = `${pair.slice(0, eq)}=${encodeURIComponent(clean)}`
          continue
        }
        out ??= pairs.slice()
        out[i] = `${pair.slice(0, eq)}=${encodeURIComponent(apply(mask, decode(pair.slice(eq + 1))))}`
      }
      return out === undefined ? query : out.join('&')
    },
    path(path) {
      if (pathMasks.length === 0) return path
      const segs = path.split('/')
      let masked = false
      for (const m of pathMasks) {
        // the route's segment wherever a path that reaches the route has it (path-template.ts: a trailing or doubled slash, any case)
        const at = m.template.locate(segs)?.[m.index]
        if (at === undefined) continue
        segs[at] = encodeURIComponent(apply(m.mask, decodeSegment(segs[at]!)))
        masked = true
      }
      return masked ? segs.join('/') : path
    },
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

/** what a stored excerpt of an attack's value keeps at most (characters) */
const EXCERPT_CHARS = 80

/** Names that say a value is a credential or a session's identity (lower-case, as a substring). */
const SECRET_WORDS = /pass|pwd|secret|token|auth|sess|sid$|^sid|key|sig|jwt|cookie|cvv|cvc|csc|card|pin$|otp|credential|bearer/

/** A name whose value inside a text is a secret (`"password": "x"`, `token=x`, `secret: 'x'`). */
const SECRET_NAME = /pass|pwd|secret|token|auth|sess|key|sig|jwt|cvv|cvc|card|otp|credential/i

/**
 * A `name: value` or `name=value` pair inside a text: the name's last 64 characters, the separator,
 * the value. Bounded at every step (the name is checked in the replacer, never by backtracking over
 * it: an unbounded name around an alternation was cubic on a run of `pass`).
 */
const PAIR = /([\w-]{1,64})(["']?\s{0,64}[:=]\s{0,64}["']?)([^"'&;,{}[\]\s]{1,256})/g

const NAME_CHAR = /[\w-]/

/** The values of secret-like names inside a text, redacted. */
function redactPairs(text: string): string {
  return text.replace(PAIR, (pair: string, tail: string, sep: string, _value: string, at: number) => {
    // the whole name: a longer one began before the 64 characters the pattern took
    let from = at
    while (from > 0 && NAME_CHAR.test(text[from - 1]!)) from--
    return SECRET_NAME.test(text.slice(from, at) + tail) ? `${tail}${sep}${REDACTED}` : pair
  })
}

/** `$.items[2][0]` → `$.items`: a body path without its trailing list indexes (a linear scan). */
function withoutIndexes(path: string): string {
  let end = path.length
  while (end > 0 && path[end - 1] === ']') {
    let i = end - 2
    while (i >= 0 && path.charCodeAt(i) >= 48 && path.charCodeAt(i) <= 57) i--
    if (i === end - 2 || i < 0 || path[i] !== '[') break
    end = i
  }
  return path.slice(0, end)
}

/**
 * A short, masked excerpt of the value an attack was found in, as a record may keep it: a value under
 * a secret-like name (a credential query name, a traced parameter with a mask, Authorization and
 * Cookie headers, any name or body path with pass, token, secret, session, key, ...) is `[redacted]` whole; any
 * other has the values of secret-like names inside it redacted, URL passwords and card numbers
 * masked, control characters escaped, and is cut to EXCERPT_CHARS characters.
 */
export function compileExcerpt(traced: readonly Traced[], cards: 'truncate' | 'keep' = 'truncate'): (where: string, value: string) => string {
  const secret = new Set<string>([...SECRET_QUERY_NAMES, 'authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'x-auth-token'])
  // a masked traced parameter by its name, and by the last step of a body pointer (/user/ssn) or claim path
  for (const p of traced) if (p.mask !== 'none') secret.add(p.key.toLowerCase()).add(p.key.toLowerCase().split(/[/.]/).pop()!)
  return (where, value) => {
    const colon = where.indexOf(':')
    const name = colon === -1 ? '' : where.slice(colon + 1).toLowerCase()
    // a body field's path ($.user.name, $.ssn[0], $["a b"]): its last key
    const bare = withoutIndexes(name)
    const leaf = bare.startsWith('$') ? bare.slice(Math.max(bare.lastIndexOf('.'), bare.lastIndexOf('[')) + 1).replace(/["\]]/g, '') : name
    if (where === 'cookie' || secret.has(name) || secret.has(leaf) || SECRET_WORDS.test(name)) return REDACTED
    let text = value.length > EXCERPT_CHARS * 4 ? value.slice(0, EXCERPT_CHARS * 4) : value
    text = redactPairs(text)
    text = withoutUserinfo(text) ?? text
    if (cards === 'truncate') text = maskCards(text)
    text = text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text
  }
}
