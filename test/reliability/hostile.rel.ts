/**
 * Issue 7 §5: hostile values. Property-based (fast-check) over extraction, identification, record
 * sanitising, insight and the record serialiser with random headers, cookies, JSON, JWT-like strings,
 * queries and bodies: no exception escapes, no prototype pollution, every stored value a string.
 * And every regular expression in src/ (found by walking the TypeScript syntax trees) is run on
 * long adversarial inputs: the test finishing is the proof that none backtracks catastrophically
 * (the slowest are reported, not asserted on).
 */
import t from 'tap'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { identificationOf, viewOf } from '../helpers/view.ts'
import { newRecord } from '../../src/capture/record.ts'
import { identifyRecord } from '../../src/session/identify.ts'
import { recordTail } from '../../src/sink/serialize.ts'
import { Insight } from '../../src/insight/insight.ts'
import { ATTACK_PATTERNS } from '../../src/insight/attacks.ts'
import { AbuseTracker } from '../../src/insight/abuse.ts'
import { maskCards } from '../../src/capture/cards.ts'
import { defaultDetector } from '../helpers/detector.ts'

const RUNS = Number(process.env.HOSTILE_RUNS ?? 5_000)

const { config, ident } = identificationOf({
  traced: [
    { name: 'h', from: 'header', key: 'x-token', mask: 'hash' },
    { name: 'c', from: 'cookie', key: 'sid' },
    { name: 'q', from: 'query', key: 'token', mask: 'redact' },
    { name: 'p', from: 'path', key: 'id', template: '/users/{id}' },
    { name: 'b', from: 'body', key: '/user/name' },
    { name: 'proto', from: 'body', key: '/__proto__/polluted' },
    { name: 'j', from: 'jwt', key: 'sub' },
    { name: 'jd', from: 'jwt', key: 'details.role', in: 'cookie:jwt' },
    { name: 'rb', from: 'response_body', key: '/token' },
    { name: 'rc', from: 'response_cookie', key: 'sid' },
  ],
  rules: [{ params: ['h'] }, { params: ['c', 'j'] }, { params: ['rb'] }],
  users: { user: 'j', role: 'jd' },
})
const insight = new Insight(config, defaultDetector(), new AbuseTracker(config.insight.abuse))

// --- arbitraries -------------------------------------------------------------------------------
const nasty = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '\u0000', '\r\n', '%', '%%2', '%ZZ', '\ud800', '😀', '"', "'", '=', ';', ',', '.', '..')
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), nasty, fc.string({ unit: 'binary', maxLength: 30 }))
const b64url = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 60 })
const jwtLike = fc.oneof(
  fc.tuple(b64url, b64url, b64url).map(([a, b, c]) => `${a}.${b}.${c}`),
  fc.json().map((j) => `eyJhbGciOiJub25lIn0.${Buffer.from(j).toString('base64url')}.`),
  fc.constant(`eyJhbGciOiJub25lIn0.${Buffer.from('{"__proto__":{"polluted":1},"sub":{"toString":1}}').toString('base64url')}.x`),
  text,
)
const cookie = fc
  .tuple(fc.array(fc.tuple(fc.oneof(text, nasty), text), { maxLength: 6 }), fc.constantFrom('; ', ';', ','))
  .map(([pairs, sep]) => pairs.map(([k, v]) => `${k}=${v}`).join(sep))
const json = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.constant('{"__proto__":{"polluted":"yes"},"user":{"name":"x"}}'),
  fc.constant('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  fc.constant('{"user":' + '['.repeat(5_000) + ']'.repeat(5_000) + '}'),
  fc.string({ maxLength: 200 }),
)
const headerName = fc.oneof(fc.constantFrom('x-token', 'cookie', 'authorization', 'content-type', 'user-agent', '__proto__', 'constructor'), fc.string({ minLength: 1, maxLength: 12 }))
const headers = fc.dictionary(headerName, fc.oneof(text, jwtLike, fc.array(text, { maxLength: 3 })), { maxKeys: 8 })
const exchange = fc.record({
  path: fc.oneof(fc.constantFrom('/users/1', '/users/%E0%A4%A', '/users/__proto__', '/users/'), fc.string({ maxLength: 60 }).map((p) => `/${p}`)),
  query: fc.oneof(fc.array(fc.tuple(fc.oneof(text, fc.constant('token')), text), { maxLength: 5 }).map((q) => q.map(([k, v]) => `${k}=${v}`).join('&')), fc.string({ maxLength: 60 })),
  reqHeaders: headers,
  resHeaders: headers,
  cookie,
  auth: jwtLike,
  body: json,
  contentType: fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain', 'application/json; charset=utf-16', ''),
  resBody: json,
})

t.test('identification, sanitising, insight and serialising never throw, never pollute, store only strings', async (t) => {
  let runs = 0
  fc.assert(
    fc.property(exchange, (e) => {
      runs++
      const reqHeaders: Record<string, string | string[]> = { ...e.reqHeaders, cookie: e.cookie, authorization: `Bearer ${e.auth}`, 'content-type': e.contentType }
      const body = Buffer.from(e.body)
      const view = viewOf({ path: e.path, query: e.query, reqHeaders, resHeaders: { ...e.resHeaders, 'set-cookie': [e.cookie] }, reqBody: body, resBody: Buffer.from(e.resBody) })
      const id = ident.identify(view)
      for (const v of Object.values(id.params)) if (typeof v !== 'string') throw new Error(`a stored value is not a string: ${typeof v}`)
      const rec = newRecord('r1', Date.now(), 'app', 'POST', `${e.path}?${e.query}`, { host: 'shop.test', 'user-agent': String(e.reqHeaders['user-agent'] ?? '') }, '192.0.2.1')
      identifyRecord(rec, ident, 65536, reqHeaders, e.resHeaders, body, Buffer.from(e.resBody))
      rec.inputs = { path: e.path, query: e.query, headers: reqHeaders, body }
      insight.analyse(rec)
      JSON.parse(`{${recordTail(rec)}`)
      if (({} as Record<string, unknown>).polluted !== undefined || (Object.prototype as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype was polluted')
    }),
    { numRuns: RUNS },
  )
  t.equal(runs, RUNS, `${RUNS} random exchanges`)
  t.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution')
})

t.test('card masking keeps at most 6 + 4 digits of any Luhn-valid run it changes', async (t) => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('0', '1', '4', '9', ' ', '-', 'a', '%', '2', '0'), maxLength: 80 }), (s) => {
      const out = maskCards(s)
      if (out !== s && !out.includes('*')) throw new Error('changed without masking')
    }),
    { numRuns: RUNS },
  )
  t.pass('no exception')
})

// --- every regular expression in src/ ------------------------------------------------------------
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []))
}

function regexLiterals(): { where: string; re: RegExp }[] {
  const out: { where: string; re: RegExp }[] = []
  for (const file of sourceFiles('src')) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(source)
        const slash = lit.lastIndexOf('/')
        const flags = lit.slice(slash + 1).replace(/[gy]/g, '')
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
        out.push({ where: `${file}:${line + 1}`, re: new RegExp(lit.slice(1, slash), flags) })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return out
}

/** Long inputs that make backtracking regexes blow up: runs of one character class, then a mismatch. */
const ADVERSARIAL = ['a', '1', ' ', 'pass', '[1]', '/', '%', '<', '.', '-', '=', '"', "'", '\\', 'a1', '1 ', 'a=', '%2', '..', '/.', '${', '{{', '\t', 'x-', '@a', ':/', 'ab', '*)', '(|'].flatMap((unit) => {
  const run = unit.repeat(Math.ceil(20_000 / unit.length))
  return [run + '!', run + '\n', '<' + run, 'select ' + run]
})

t.test('no regular expression in src/ backtracks catastrophically on long adversarial input', async (t) => {
  const all = [...regexLiterals(), ...ATTACK_PATTERNS.map((re, i) => ({ where: `ATTACK_PATTERNS[${i}]`, re }))]
  t.ok(all.length > 50, `${all.length} regular expressions found`)
  const slowest: { where: string; ms: number }[] = []
  for (const { where, re } of all) {
    const t0 = performance.now()
    for (const input of ADVERSARIAL) re.test(input)
    slowest.push({ where, ms: performance.now() - t0 })
  }
  slowest.sort((a, b) => b.ms - a.ms)
  t.comment(`slowest (${ADVERSARIAL.length} inputs of ~20 KB each): ${slowest.slice(0, 5).map((s) => `${s.where} ${s.ms.toFixed(1)} ms`).join(', ')}`)
  t.pass(`all ${all.length} finished`)
})
