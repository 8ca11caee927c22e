import t from 'tap'
import { compileExcerpt, compileSanitizer } from '../../src/capture/sanitize.ts'
import { createHasher } from '../../src/capture/mask.ts'
import { configSchema } from '../../src/config/schema.ts'

const hasher = createHasher('sanitize-test-key-000')
const traced = configSchema.parse({
  applications: [{ name: 'a', hosts: ['a.test'], upstream: 'http://127.0.0.1:9' }],
  traced: [
    { name: 'card', from: 'query', key: 'Card', mask: 'redact' },
    { name: 'reset', from: 'path', key: 'token', template: '/reset/{token}/confirm', mask: 'hash' },
    { name: 'plain', from: 'query', key: 'page' },
  ],
}).traced
const s = compileSanitizer(traced, hasher)

t.test('query: masked traced names and well-known credential names, the rest as it came', async (t) => {
  t.equal(s.query(''), '')
  const q = 'page=2&token=abc%20d&card=4111&x=a%2Fb&API_KEY=k'
  t.equal(s.query(q), `page=2&token=${encodeURIComponent(hasher.mask('abc d'))}&card=%5Bredacted%5D&x=a%2Fb&API_KEY=${encodeURIComponent(hasher.mask('k'))}`)
  const untouched = 'a=1&b=2'
  t.equal(s.query(untouched), untouched, 'nothing to mask: the same string')
  t.equal(s.query('flag&token'), 'flag&token', 'names without values are kept')
  t.equal(s.query('token=%E0%A4%A'), `token=${encodeURIComponent(hasher.mask('%E0%A4%A'))}`, 'bad escapes are masked as they are')
})

t.test('path: a masked path parameter is replaced in the stored path', async (t) => {
  t.equal(s.path("/reset/s3cr3t/confirm"), `/reset/${encodeURIComponent(hasher.mask("s3cr3t"))}/confirm`)
  t.equal(s.path('/reset/s3cr3t'), '/reset/s3cr3t', 'another shape is not touched')
  t.equal(s.path('/other/s3cr3t/confirm'), '/other/s3cr3t/confirm')
})

t.test('path: masked on every spelling a router sends to the route (a trailing or doubled slash, another case), found by an audit', async (t) => {
  const h = encodeURIComponent(hasher.mask('s3cr3t'))
  t.equal(s.path('/reset/s3cr3t/confirm/'), `/reset/${h}/confirm/`, 'a trailing slash (Express routes it)')
  t.equal(s.path('//reset/s3cr3t/confirm'), `//reset/${h}/confirm`, 'a doubled slash before')
  t.equal(s.path('/reset//s3cr3t//confirm'), `/reset//${h}//confirm`, 'doubled slashes inside')
  t.equal(s.path('/RESET/s3cr3t/Confirm'), `/RESET/${h}/Confirm`, 'literal segments in another case')
  t.equal(s.path('/reset/s3cr3t/confirm/more'), '/reset/s3cr3t/confirm/more', 'a longer path is another route')
  t.equal(s.path('/reset//confirm'), '/reset//confirm', 'an empty segment is no value')
  const two = compileSanitizer(
    configSchema.parse({
      applications: [{ name: 'a', hosts: ['a.test'], upstream: 'http://127.0.0.1:9' }],
      traced: [
        { name: 'reset', from: 'path', key: 'token', template: '/reset/{token}', mask: 'hash' },
        { name: 'acct', from: 'path', key: 'account', template: '/accounts/{account}/statements', mask: 'redact' },
      ],
    }).traced,
    hasher,
  )
  t.equal(two.path('/reset/S3CRET-RESET-TOKEN/'), `/reset/${encodeURIComponent(hasher.mask('S3CRET-RESET-TOKEN'))}/`, "the audit's case")
  t.equal(two.path('/accounts/1234/statements/'), '/accounts/%5Bredacted%5D/statements/')
  // (a review's finding) the spellings Tomcat and Spring route there too: `;` parameters on a literal segment, dot segments
  t.equal(two.path('/reset;jsessionid=1/S3CRET'), `/reset;jsessionid=1/${encodeURIComponent(hasher.mask('S3CRET'))}`)
  t.equal(two.path('/./reset/S3CRET'), `/./reset/${encodeURIComponent(hasher.mask('S3CRET'))}`)
  t.equal(two.path('/x/../reset/S3CRET'), `/x/../reset/${encodeURIComponent(hasher.mask('S3CRET'))}`)
  t.equal(two.path('/reset/X/../S3CRET'), `/reset/X/../${encodeURIComponent(hasher.mask('S3CRET'))}`, 'the segment taken back is not the value')
  t.equal(two.path('/../../reset/S3CRET'), `/../../reset/${encodeURIComponent(hasher.mask('S3CRET'))}`, 'nothing to take back at the root')
  t.equal(two.path('/reset/X/../reset/S3CRET'), '/reset/X/../reset/S3CRET', '/reset/reset/S3CRET: another route')
})

t.test('card numbers in the path and query are truncated unless capture.cardNumbers is keep', async (t) => {
  const hasher = createHasher('card-test-key-0000000000')
  const s = compileSanitizer([], hasher)
  t.equal(s.query('pan=4111111111111111&n=2'), 'pan=411111******1111&n=2')
  t.equal(s.path('/cards/4111-1111-1111-1111'), '/cards/411111******1111')
  const q = 'n=1&page=2'
  t.equal(s.query(q), q)
  const keep = compileSanitizer([], hasher, 'keep')
  t.equal(keep.query('pan=4111111111111111'), 'pan=4111111111111111')
})

t.test('a URL given as a query value loses its password; card security codes are hashed', async (t) => {
  const s = compileSanitizer([], createHasher('userinfo-test-key-000000'))
  t.equal(s.query('next=https%3A%2F%2Falice%3As3cr3t%40example.com%2Fcb&x=1'), `next=${encodeURIComponent('https://alice:[redacted]@example.com/cb')}&x=1`)
  t.equal(s.query('next=ftp://bob:hunter2@files.example/x'), `next=${encodeURIComponent('ftp://bob:[redacted]@files.example/x')}`)
  const plain = 'email=ann%40example.com&next=https%3A%2F%2Fexample.com'
  t.equal(s.query(plain), plain, 'an e-mail address or a URL without a password stays')
  t.notMatch(s.query('cvv=7391&cvc=123'), /7391|=123/)
})

t.test("an attack's excerpt: secret pairs redacted however long the name, hostile names and paths handled", async (t) => {
  const excerpt = compileExcerpt([])
  t.equal(excerpt('query:q', 'a=1&my_api_key=zzz&b=2'), 'a=1&my_api_key=[redacted]&b=2')
  t.equal(excerpt('query:q', '{"password" :  "hunter2", "user": "ann"}'), '{"password" :  "[redacted]", "user": "ann"}')
  // a name longer than the 64 characters the pattern takes: the secret word at its start still counts
  const long = `password_${'x'.repeat(60)}`
  t.equal(excerpt('query:q', `${long}=hunter2`), `${long}=[redacted]`)
  t.equal(excerpt('query:q', `a ${'x'.repeat(20)}_token=abc`), `a ${'x'.repeat(20)}_token=[redacted]`)
  t.equal(excerpt('query:q', 'name=ann'), 'name=ann', 'not a secret name')
  // runs that made the old pair pattern and the path's index pattern backtrack (cubic, quadratic)
  t.equal(excerpt('query:q', 'pass-'.repeat(64)), `${'pass-'.repeat(16)}`.slice(0, 79) + '…')
  t.equal(excerpt(`body:$${'[1]'.repeat(700)}x`, 'v'), 'v')
  t.equal(excerpt('body:$.password[2][0]', 'v'), '[redacted]', 'a list inside a secret field')
  t.equal(excerpt('body:$.items[2][0]', 'v'), 'v')
})
