/**
 * fast-check arbitraries of hostile HTTP for the campaign (test/reliability/campaign.rel.ts): raw
 * request bytes (methods, targets, versions, header names and values with odd bytes, bodies, JWTs),
 * console calls, raw upstream answers and WebSocket upgrades. Everything is a latin1 string, so that
 * any byte 0-255 can appear exactly where it is put.
 */
import fc from 'fast-check'

/** UTF-8 text as the latin1 string of its bytes */
const utf8 = (s: string): string => Buffer.from(s, 'utf8').toString('latin1')
const b64url = (s: string): string => Buffer.from(s, 'latin1').toString('base64url')

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
const TCHAR = `${ALNUM}!#$%&'*+-.^_\`|~`
/** bytes parsers disagree about: controls, the whitespace look-alikes of smuggling research, obs-text */
const ODD_BYTES = ['\x00', '\x01', '\x08', '\t', '\n', '\r', '\x0b', '\x0c', '\x1f', ' ', '\x7f', '\x80', '\x85', '\xa0', '\xff']
const odd = fc.constantFrom(...ODD_BYTES)
const anyByte = fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c))
const plain = fc.constantFrom(...`${ALNUM}-_.;,=:/ "'%()<>@[]{}?\\`)

/** mostly printable, sometimes an odd byte or any byte */
const text = (maxLength: number) =>
  fc.string({ unit: fc.oneof({ weight: 12, arbitrary: plain }, { weight: 1, arbitrary: odd }, { weight: 1, arbitrary: anyByte }), maxLength })
const token = (minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...TCHAR), minLength, maxLength })
/** text that passes node's header-value check (so the request reaches the sensor's own code) */
const cleanText = (maxLength: number) => fc.string({ unit: fc.oneof({ weight: 12, arbitrary: plain }, { weight: 1, arbitrary: fc.constantFrom('\t', '\x80', '\xa0', '\xff') }), maxLength })
const unicode = fc.string({ unit: 'grapheme', maxLength: 12 }).map(utf8)

// --- JSON and JWTs ------------------------------------------------------------------------------
const deepArray = (d: number) => '['.repeat(d) + ']'.repeat(d)
const deepObject = (d: number, key = 'a') => `{"${key}":`.repeat(d) + '1' + '}'.repeat(d)
/** hostile JSON texts: deep, wide, prototype keys, unclosed, not JSON, and random ones */
const jsonText = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.constantFrom(
    `{"user":{"name":"ann"},"token":"t"}`,
    `{"user":${deepArray(20_000)}}`,
    deepObject(20_000, 'user'),
    deepObject(5_000, 'name'),
    '['.repeat(30_000),
    `{"user":{"name":${'{"x":'.repeat(64)}1${'}'.repeat(64)}}}`,
    `{${Array.from({ length: 10_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`,
    `[${Array.from({ length: 20_000 }, () => '0').join(',')}]`,
    '{"__proto__":{"polluted":"yes"},"user":{"name":"x"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    `{"user":{"name":"${'\\u0000'.repeat(2_000)}"}}`,
    `{"user":{"name":"${'\\ud800'.repeat(500)}"}}`,
    `{"user":{"name":1e999999}}`,
    '{"user":',
  ),
  text(300),
)

/** JWT-shaped strings: hostile payloads (deep, not JSON, prototype keys, huge claims), odd shapes */
const jwt = fc.oneof(
  jsonText.map((j) => `${b64url('{"alg":"none"}')}.${b64url(j.slice(0, 20_000))}.sig`),
  fc.constantFrom(
    `${b64url('{"alg":"HS256"}')}.${b64url('{"sub":"ann","details":{"role":"admin"}}')}.c2ln`,
    `${b64url('{"alg":"HS256"}')}.${b64url('['.repeat(12_000))}.c2ln`,
    `${b64url('{"alg":"HS256"}')}.${b64url(deepObject(2_000, 'details'))}.c2ln`,
    `${b64url('{"alg":"HS256"}')}.${b64url('{"sub":{"toString":1},"details":{"__proto__":{"role":"x"}}}')}.c2ln`,
    `${b64url('{"alg":"HS256"}')}.${b64url(`{"sub":"${'a'.repeat(20_000)}"}`)}.c2ln`,
    `eyJ.eyJ.`,
    '....',
    'a.b',
    `${b64url('{"alg":"HS256"}')}.!!!$$$.c2ln`,
    `${b64url('{"alg":"HS256"}')}.${b64url('\xff\xfe\x00garbage')}.c2ln`,
  ),
  fc.tuple(token(0, 40), token(0, 60), token(0, 20)).map(([a, b, c]) => `${a}.${b}.${c}`),
)

// --- requests -----------------------------------------------------------------------------------
export interface RawRequest {
  /** the request's bytes, latin1 */
  bytes: string
  /** a short label for the report */
  label: string
}

const method = fc.oneof(
  { weight: 24, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS') },
  { weight: 2, arbitrary: fc.constantFrom('get', 'TRACE', 'PROPFIND', 'M-SEARCH', 'PRI', 'SOURCE', 'QUERY', 'CONNECT') },
  { weight: 1, arbitrary: token(1, 12) },
  { weight: 1, arbitrary: text(8) },
)

const segment = fc.oneof(
  { weight: 12, arbitrary: fc.string({ unit: fc.constantFrom(...ALNUM, '-', '_', '.'), maxLength: 12 }) },
  { weight: 4, arbitrary: fc.constantFrom('users', 'login', 'api', '..', '.', '%2e%2e', '%2F', '%', '%E0%A4%A', '%zz', '%00', '%C0%AE', ';jsessionid=1', '__proto__', 'constructor', '%u0041', '*', '~', '@') },
  { weight: 3, arbitrary: fc.oneof(unicode, cleanText(12)).map((u) => encodeURIComponent(Buffer.from(u, 'latin1').toString('utf8'))) },
  { weight: 1, arbitrary: fc.oneof(unicode, text(6)) },
)
const queryPart = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom('token', 'q', 'id', '__proto__', 'a[b]', '', 'valueOf'), fc.string({ unit: fc.constantFrom(...ALNUM, '-', '_', '.', '~', '[', ']', '%'), minLength: 1, maxLength: 8 })),
        fc.oneof(
          { weight: 6, arbitrary: fc.oneof(cleanText(20), unicode, fc.constantFrom("1' OR '1'='1", '<script>alert(1)</script>', '../../etc/passwd', '${jndi:ldap://x}')).map((v) => encodeURIComponent(Buffer.from(v, 'latin1').toString('utf8'))) },
          { weight: 2, arbitrary: jwt },
          { weight: 1, arbitrary: fc.constantFrom('%', '%%', '%E0%A4%A', '%ff%fe', '+', '=') },
          { weight: 1, arbitrary: fc.oneof(cleanText(10), unicode) },
        ),
      ),
      { maxLength: 5 },
    ),
    fc.constantFrom('&', '&', ';', '&&'),
  )
  .map(([q, sep]) => q.map(([k, v]) => `${k}=${v}`).join(sep))
/** request targets: origin-form paths of every shape, absolute-form, asterisk, long */
const target = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.option(queryPart, { nil: undefined })).map(([segs, q]) => `/${segs.join('/')}${q === undefined ? '' : `?${q}`}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('/users/', '/users/%', '/users/..%2f', '/users/%F0%9F%98%80', '/users/😀'), cleanText(20)).map(([a, b]) => utf8(a) + encodeURIComponent(Buffer.from(b, 'latin1').toString('utf8'))) },
  { weight: 2, arbitrary: fc.constantFrom('//', '///', '//127.0.0.1/x', '/#frag', '/a?b?c', '/?', '*', 'http://shop.test/', 'http://127.0.0.1:1/a', 'shop.test:80', '', '/a b', '/\x00') },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 9_000 }).map((n) => `/long/${'a'.repeat(n)}`) },
)
const version = fc.oneof({ weight: 12, arbitrary: fc.constant('HTTP/1.1') }, { weight: 2, arbitrary: fc.constant('HTTP/1.0') }, { weight: 1, arbitrary: fc.constantFrom('HTTP/0.9', 'HTTP/2.0', 'HTTP/1.2', 'http/1.1', 'HTTP/1.10', 'HTTP/01.1', 'HTTP/1.1 ', 'HTTP/3', '') })

const HOSTS = ['shop.test', 'SHOP.TEST', 'shop.test:80', 'api.shop.test', '127.0.0.1', 'unknown.example', '', ' shop.test', 'shop.test.', '[::1]', '@shop.test', 'shop.test\t']
const host = fc.oneof({ weight: 10, arbitrary: fc.constant('shop.test') }, { weight: 2, arbitrary: fc.constantFrom(...HOSTS) }, { weight: 1, arbitrary: text(30) }, { weight: 1, arbitrary: fc.integer({ min: 100, max: 5_000 }).map((n) => `${'h'.repeat(n)}.test`) }, { weight: 1, arbitrary: unicode.map((u) => `${u}.test`) })

/** header names other than the framing and Host, which the request generator sets itself */
const headerName = fc.oneof(
  { weight: 24, arbitrary: fc.constantFrom('X-Tenant', 'Cookie', 'Authorization', 'Content-Type', 'User-Agent', 'X-Forwarded-For', 'X-Forwarded-Host', 'Connection', 'Upgrade', 'Expect', 'TE', 'Trailer', 'Keep-Alive', 'Proxy-Connection', 'X-Api-Key', 'traceparent', 'Range', 'Accept-Encoding', 'Content-Encoding', 'If-None-Match', 'X-Session-Id', 'Referer', 'Origin', '__proto__', 'constructor', 'hasOwnProperty') },
  { weight: 12, arbitrary: token(1, 24) },
  { weight: 1, arbitrary: fc.tuple(token(1, 8), odd, token(0, 8)).map(([a, b, c]) => a + b + c) },
  { weight: 1, arbitrary: text(10) },
)
const headerValue = fc.oneof(
  { weight: 20, arbitrary: cleanText(60) },
  { weight: 1, arbitrary: text(60) },
  { weight: 2, arbitrary: jwt.map((j) => `Bearer ${j}`) },
  { weight: 1, arbitrary: fc.constantFrom('close', 'keep-alive', 'Upgrade', 'websocket', 'h2c', '100-continue', 'Host', 'Content-Length', 'X-Tenant, Cookie', 'trailers', 'chunked', 'gzip, deflate') },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 40_000 }).map((n) => 'v'.repeat(n)) },
  { weight: 1, arbitrary: unicode },
)
const cookieHeader = fc
  .tuple(fc.array(fc.tuple(fc.oneof(fc.constantFrom('sid', 'jwt', 'PHPSESSID', '__proto__', ''), token(1, 8)), fc.oneof(cleanText(30), jwt)), { maxLength: 5 }), fc.constantFrom('; ', ';', ',', ';;'))
  .map(([pairs, sep]) => pairs.map(([k, v]) => `${k}=${v}`).join(sep))

interface Body {
  type: string | undefined
  data: string
}
const boundary = fc.oneof(fc.constant('xyz'), token(1, 70), cleanText(20))
const formBody: fc.Arbitrary<Body> = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom('user%2Fname', '/user/name', 'user[name]', '__proto__', ''), token(1, 8)), cleanText(40)), { maxLength: 8 })
  .map((pairs) => ({ type: 'application/x-www-form-urlencoded', data: pairs.map(([k, v]) => `${k}=${v}`).join('&') }))
const multipartBody: fc.Arbitrary<Body> = fc
  .tuple(boundary, fc.array(fc.tuple(fc.oneof(fc.constantFrom('/user/name', 'user', '__proto__'), cleanText(12)), fc.oneof(jsonText, text(100))), { maxLength: 4 }), fc.boolean())
  .map(([b, parts, closed]) => ({
    type: `multipart/form-data; boundary=${b}`,
    data: parts.map(([name, value]) => `--${b}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') + (closed ? `--${b}--\r\n` : ''),
  }))
const body: fc.Arbitrary<Body> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/vnd.api+json', 'application/json; charset=utf-16', 'text/json'), jsonText).map(([type, data]) => ({ type, data })) },
  { weight: 2, arbitrary: formBody },
  { weight: 2, arbitrary: multipartBody },
  { weight: 2, arbitrary: fc.tuple(fc.option(fc.oneof(fc.constantFrom('application/octet-stream', 'text/plain', 'application/json'), cleanText(30)), { nil: undefined }), fc.uint8Array({ maxLength: 3_000 })).map(([type, bytes]) => ({ type, data: Buffer.from(bytes).toString('latin1') })) },
)

/** a valid chunked encoding of `data`, in random chunk sizes, maybe with extensions and a trailer */
function chunked(data: string, cuts: number[], ext: string, trailer: string): string {
  let out = ''
  let at = 0
  for (const cut of [...cuts.map((c) => c % (data.length + 1)).sort((a, b) => a - b), data.length]) {
    if (cut <= at) continue
    out += `${(cut - at).toString(16)}${ext}\r\n${data.slice(at, cut)}\r\n`
    at = cut
  }
  return `${out}0\r\n${trailer}\r\n`
}

/**
 * One request. Its framing is always consistent (a Content-Length that counts the body, or valid
 * chunking), so that the sensor is never left waiting for bytes that will not come: hangs are then
 * the sensor's. The rest is as hostile as the generators make it.
 */
export const request: fc.Arbitrary<RawRequest> = fc
  .record({
    method,
    target,
    version,
    host: fc.oneof({ weight: 12, arbitrary: host.map((h) => [h]) }, { weight: 1, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: fc.tuple(host, host).map(([a, b]) => [a, b]) }),
    headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 }),
    cookie: fc.option(cookieHeader, { nil: undefined }),
    bearer: fc.option(jwt, { nil: undefined }),
    body: fc.option(body, { nil: undefined, freq: 3 }),
    framing: fc.constantFrom('length', 'length', 'chunked'),
    cuts: fc.array(fc.nat(), { maxLength: 4 }),
    ext: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(';a=b', ';a="b c"', ';x', ';' + 'e'.repeat(100)) }),
    trailer: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('X-T: 1\r\n', 'Content-Length: 5\r\n', 'Transfer-Encoding: chunked\r\n', 'Host: evil.test\r\n') }),
  })
  .map((r) => {
    let head = `${r.method} ${r.target} ${r.version}\r\n`
    for (const h of r.host) head += `Host: ${h}\r\n`
    for (const [name, value] of r.headers) head += `${name}: ${value}\r\n`
    if (r.cookie !== undefined) head += `Cookie: ${r.cookie}\r\n`
    if (r.bearer !== undefined) head += `Authorization: Bearer ${r.bearer}\r\n`
    let bytes: string
    if (r.body === undefined) bytes = `${head}\r\n`
    else {
      if (r.body.type !== undefined) head += `Content-Type: ${r.body.type}\r\n`
      bytes =
        r.framing === 'chunked'
          ? `${head}Transfer-Encoding: chunked\r\n\r\n${chunked(r.body.data, r.cuts, r.ext, r.trailer)}`
          : `${head}Content-Length: ${r.body.data.length}\r\n\r\n${r.body.data}`
    }
    const names = r.headers.map(([n, v]) => `${n.slice(0, 16)}(${v.length})`).join(',')
    return { bytes, label: `${r.method.slice(0, 10)} ${r.target.slice(0, 40)} ${r.version} headers=[${names}] bearer=${r.bearer?.length ?? '-'} body=${r.body === undefined ? '-' : `${r.body.type}:${r.body.data.length}:${JSON.stringify(r.body.data.slice(0, 24))}`} ${r.framing}` }
  })

// --- console calls ------------------------------------------------------------------------------
const consoleSegment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('api', 'sessions', 'requests', 'requests.csv', 'requests.har', 'denylist', 'exceptions', 'index.html', 'healthz', 'readyz') },
  { weight: 2, arbitrary: fc.constantFrom('', '%', '%E0%A4%A', '%2F', '..', '__proto__', 'constructor', '%00', '%C0%AE', '*', '%ff') },
  { weight: 2, arbitrary: token(1, 30) },
  { weight: 1, arbitrary: unicode },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 7_000 }).map((n) => 's'.repeat(n)) },
)
const FILTERS = ['from', 'to', 'q', 'sid', 'rid', 'app', 'host', 'ip', 'attack', 'status', 'method', 'user', 'role', 'flow', 'limit', 'cursor', 'sort', 'order', 'all']
const consoleValue = fc.oneof(
  fc.constantFrom('', '0', '-1', '1e999', '99999999999999999999', 'NaN', '2026-11-23T00:00:00Z', 'desc', 'resBytes', 'time', '200', 'GET', 'shop', 'sqli', '127.0.0.1', '1-0', '**', '*a*a*a*a*a*a*a*b', '/users/*', '/**/x', '%', '%E0%A4%A'),
  cleanText(30).map((s) => encodeURIComponent(s)),
  fc.integer({ min: 100, max: 3_000 }).map((n) => `/${'*a'.repeat(n)}`),
  unicode,
)
const consoleQuery = fc.array(fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FILTERS) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', '', 'q[]', 'toString') }, { weight: 1, arbitrary: token(1, 8) }), consoleValue), { maxLength: 5 }).map((q) => q.map(([k, v]) => `${k}=${v}`).join('&'))
/** the paths `consoleSegment` can build but the campaign leaves out: /metrics would reset the lag it measures */
const NOT_FUZZED = new Set(['/metrics'])

export interface ConsoleCall {
  method: string
  path: string
  auth: 'admin' | 'viewer' | 'wrong' | 'none' | 'garbage'
  body: string | undefined
  type: string | undefined
}
export const consoleCall: fc.Arbitrary<ConsoleCall> = fc
  .record({
    method: fc.oneof({ weight: 8, arbitrary: fc.constant('GET') }, { weight: 3, arbitrary: fc.constantFrom('POST', 'DELETE') }, { weight: 1, arbitrary: fc.constantFrom('PUT', 'HEAD', 'OPTIONS', 'PATCH', 'get') }),
    segments: fc.oneof(
      { weight: 3, arbitrary: fc.array(consoleSegment, { maxLength: 5 }) },
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom('sessions', 'denylist', 'exceptions'), fc.array(consoleSegment, { maxLength: 2 })).map(([a, rest]) => ['api', a, ...rest]) },
    ),
    slashes: fc.constantFrom('/', '/', '/', '//'),
    query: fc.option(consoleQuery, { nil: undefined }),
    auth: fc.constantFrom('admin', 'admin', 'admin', 'viewer', 'wrong', 'none', 'garbage'),
    body: fc.option(
      fc.oneof(
        fc.record({ kind: fc.constantFrom('session', 'ip', 'user', '__proto__'), value: fc.oneof(token(1, 40), fc.constantFrom('203.0.113.7', '203.0.113.0/24', '2001:db8::/32', '::/0', '300.1.1.1', '')), reason: cleanText(40), expiresInMs: fc.oneof(fc.constant(60_000), fc.integer()) }).map((o) => JSON.stringify(o)),
        fc.record({ endpoint: fc.oneof(cleanText(40), fc.constant('/users/*')), attack: fc.oneof(fc.constantFrom('sqli', 'xss', 'path_traversal'), token(1, 40)), reason: cleanText(20) }).map((o) => JSON.stringify(o)),
        jsonText,
      ),
      { nil: undefined },
    ),
    type: fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', undefined),
  })
  .map((c) => ({ method: c.method, path: `/${c.segments.join(c.slashes)}${c.query === undefined ? '' : `?${c.query}`}`, auth: c.auth, body: c.body, type: c.type }))
  .filter((c) => !NOT_FUZZED.has(c.path.split('?')[0]!))

/**
 * A denylist entry that names loopback would refuse the campaign's own normal requests (that is the
 * denylist working, not a fault): such bodies are turned into a documentation range instead.
 */
export function harmlessDeny(body: string): string {
  return body.replace(/"(?:127\.[0-9./]*|::1?(?:\/\d+)?|0\.0\.0\.0(?:\/\d+)?|::ffff:127[^"]*|[0-9a-fA-F:]*\/0)"/g, '"203.0.113.9"')
}

// --- upstream answers ---------------------------------------------------------------------------
export interface RawAnswer {
  /** the pieces written one after the other */
  pieces: string[]
  /** gap between pieces, ms (a slow drip) */
  gapMs: number
  /** after the last piece: close, reset, or keep the connection open (the sensor's idle timeout ends it) */
  end: 'close' | 'reset' | 'keep'
  label: string
}

const status = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(200, 200, 201, 204, 206, 301, 304, 400, 401, 404, 500, 502) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 1_000 }) }, { weight: 1, arbitrary: fc.constantFrom(100, 101, 103, 199, 999, 1000, -1) })
const reason = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('OK', '', 'Whatever') }, { weight: 2, arbitrary: text(30) }, { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 70_000 }).map((n) => 'R'.repeat(n)) })
const statusLine = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.constantFrom('HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0'), status, reason).map(([v, s, r]) => `${v} ${s} ${r}\r\n`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('HTTP/2', 'HTTP/1.2', 'http/1.1', 'HTTP/1.1', 'ICY', 'HTTP/1.1  200', 'HTTP/1.1 200'), reason, fc.constantFrom('\r\n', '\n', '\r', '')).map(([v, r, eol]) => `${v} ${r}${eol}`) },
  { weight: 1, arbitrary: text(40).map((s) => `${s}\r\n`) },
)
const responseHeader = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom('Content-Type', 'Set-Cookie', 'X-Resp-Tenant', 'Connection', 'Keep-Alive', 'Cache-Control', 'Location', 'Vary', 'Trailer', 'Upgrade', 'Content-Encoding', 'Date', 'Server', 'WWW-Authenticate', 'Proxy-Authenticate'), cleanText(60)) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('Set-Cookie'), fc.tuple(fc.constantFrom('sid', 'jwt', '__proto__', '', 'a b'), fc.oneof(cleanText(40), jwt), fc.constantFrom('', '; Path=/', '; HttpOnly; Secure', '; Domain=evil.test; SameSite=None', ';;;;')).map(([k, v, a]) => `${k}=${v}${a}`)) },
  { weight: 2, arbitrary: fc.tuple(headerName, text(60)) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('X-Big'), fc.integer({ min: 1_000, max: 120_000 }).map((n) => 'b'.repeat(n))) },
)
const FRAMINGS = ['length', 'chunked', 'close', 'length-short', 'length-long', 'two-lengths', 'length-and-chunked', 'bad-chunk', 'chunked-no-end', 'chunked-trailer', 'te-gzip-chunked', 'te-identity', 'chunked-lf', 'length-zero-with-body'] as const
const INTERIM = ['HTTP/1.1 100 Continue\r\n\r\n', 'HTTP/1.1 102 Processing\r\n\r\n', 'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n', 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n\r\n', 'HTTP/1.1 100 Continue\r\nX: \x00\r\n\r\n', 'HTTP/1.1 100\r\n\r\n', 'HTTP/1.1 199 Odd\r\n\r\n']

/** A raw answer: status line, headers and body as hostile as they come, framed right or wrong, delivered whole, dripped, cut or reset. */
export const rawAnswer: fc.Arbitrary<RawAnswer> = fc
  .record({
    interim: fc.array(fc.constantFrom(...INTERIM), { maxLength: 2 }),
    statusLine,
    headers: fc.array(responseHeader, { maxLength: 6 }),
    body: fc.oneof({ weight: 3, arbitrary: jsonText.map((j) => j.slice(0, 60_000)) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((b) => Buffer.from(b).toString('latin1')) }),
    framing: fc.constantFrom(...FRAMINGS),
    cuts: fc.array(fc.nat(), { maxLength: 3 }),
    delivery: fc.constantFrom('whole', 'whole', 'whole', 'drip', 'cut-close', 'cut-keep', 'reset', 'nothing-close'),
    gapMs: fc.integer({ min: 1, max: 30 }),
    cutAt: fc.nat(),
  })
  .map((a) => {
    const b = a.body
    let head = a.interim.join('') + a.statusLine + a.headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')
    let payload: string
    let end: RawAnswer['end'] = 'close'
    switch (a.framing) {
      case 'length': head += `Content-Length: ${b.length}\r\n`; payload = b; break
      case 'chunked': head += 'Transfer-Encoding: chunked\r\n'; payload = chunked(b, a.cuts, '', ''); break
      case 'close': payload = b; break
      case 'length-short': head += `Content-Length: ${b.length + 10}\r\n`; payload = b; break
      case 'length-long': head += `Content-Length: ${Math.max(0, b.length - 3)}\r\n`; payload = b; break
      case 'two-lengths': head += `Content-Length: ${b.length}\r\nContent-Length: ${b.length + 1}\r\n`; payload = b; break
      case 'length-and-chunked': head += `Content-Length: ${b.length}\r\nTransfer-Encoding: chunked\r\n`; payload = chunked(b, a.cuts, '', ''); break
      case 'bad-chunk': head += 'Transfer-Encoding: chunked\r\n'; payload = `zz\r\n${b}\r\n0\r\n\r\n`; break
      case 'chunked-no-end': head += 'Transfer-Encoding: chunked\r\n'; payload = chunked(b, a.cuts, '', '').slice(0, -5); end = 'keep'; break
      case 'chunked-trailer': head += 'Transfer-Encoding: chunked\r\nTrailer: X-T\r\n'; payload = chunked(b, a.cuts, ';ext=1', 'X-T: 1\r\nContent-Length: 3\r\nSet-Cookie: sid=trailer\r\n'); break
      case 'te-gzip-chunked': head += 'Transfer-Encoding: gzip, chunked\r\n'; payload = chunked(b, a.cuts, '', ''); break
      case 'te-identity': head += 'Transfer-Encoding: identity\r\n'; payload = b; break
      case 'chunked-lf': head += 'Transfer-Encoding: chunked\r\n'; payload = chunked(b, a.cuts, '', '').replaceAll('\r\n', '\n'); break
      case 'length-zero-with-body': head += 'Content-Length: 0\r\n'; payload = b; break
    }
    const all = `${head}\r\n${payload}`
    let pieces = [all]
    let gapMs = 0
    switch (a.delivery) {
      case 'drip': {
        const cuts = [...new Set(a.cuts.map((c) => c % all.length))].sort((x, y) => x - y)
        pieces = []
        let at = 0
        for (const c of [...cuts, all.length]) {
          if (c <= at) continue
          pieces.push(all.slice(at, c))
          at = c
        }
        gapMs = a.gapMs
        break
      }
      case 'cut-close': pieces = [all.slice(0, a.cutAt % all.length)]; end = 'close'; break
      case 'cut-keep': pieces = [all.slice(0, a.cutAt % all.length)]; end = 'keep'; break
      case 'reset': pieces = [all.slice(0, a.cutAt % all.length)]; end = 'reset'; break
      case 'nothing-close': pieces = []; end = 'close'; break
    }
    const names = a.headers.map(([n, v]) => `${n.slice(0, 16)}(${v.length})`).join(',')
    return { pieces, gapMs, end, label: `${JSON.stringify(a.statusLine.slice(0, 24))}(${a.statusLine.length}) ${a.framing} ${a.delivery} interim=${a.interim.length} headers=[${names}] body=${b.length}:${JSON.stringify(b.slice(0, 30))}` }
  })

// --- WebSocket upgrades -------------------------------------------------------------------------
export interface Upgrade {
  /** the request head without its blank line (the campaign may add a header) */
  head: string
  /** bytes sent right after the head, before any answer; `{case}` is for the campaign to fill in */
  early: string
  /** the upstream answers with a raw answer instead of a clean 101 */
  answer: RawAnswer | undefined
}
export const upgrade: fc.Arbitrary<Upgrade> = fc
  .record({
    method: fc.constantFrom('GET', 'GET', 'GET', 'POST', 'HEAD'),
    target: fc.oneof(fc.constant('/ws'), target),
    upgrade: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('websocket', 'WebSocket', 'websocket, h2c', 'h2c, websocket', ' websocket ', 'websocket\t', 'websocket/13', 'xwebsocket', 'h2c') }, { weight: 1, arbitrary: text(20) }),
    connection: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('Upgrade', 'upgrade, keep-alive', 'keep-alive', 'close, Upgrade', 'Upgrade, Host', 'Upgrade, Cookie, X-Tenant', 'Upgrade, HTTP2-Settings') }, { weight: 1, arbitrary: text(20) }),
    key: fc.oneof({ weight: 4, arbitrary: fc.constant('dGhlIHNhbXBsZSBub25jZQ==') }, { weight: 1, arbitrary: cleanText(30) }),
    headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 }),
    hostTwice: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    early: fc.oneof(fc.constant(''), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')), fc.constant('GET /smuggled-ws-{case} HTTP/1.1\r\nHost: shop.test\r\n\r\n')),
    answer: fc.option(rawAnswer, { nil: undefined, freq: 2 }),
  })
  .map((u) => {
    let head = `${u.method} ${u.target} HTTP/1.1\r\nHost: shop.test\r\n${u.hostTwice ? 'Host: other.test\r\n' : ''}Upgrade: ${u.upgrade}\r\nConnection: ${u.connection}\r\nSec-WebSocket-Key: ${u.key}\r\nSec-WebSocket-Version: 13\r\n`
    for (const [n, v] of u.headers) head += `${n}: ${v}\r\n`
    return { head, early: u.early, answer: u.answer }
  })
