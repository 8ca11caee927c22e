import t from 'tap'
import zlib from 'node:zlib'
import { decodeBody, parseBody } from '../../src/capture/body.ts'

t.test('decodeBody: gzip, deflate (zlib and raw) and br within the bound; unknown or stacked encodings give nothing', async (t) => {
  const text = Buffer.from('{"a":1}')
  t.same(decodeBody(zlib.gzipSync(text), 'gzip', 1024), text)
  t.same(decodeBody(zlib.deflateSync(text), 'deflate', 1024), text)
  t.same(decodeBody(zlib.deflateRawSync(text), 'deflate', 1024), text, 'raw deflate, as some servers send it')
  t.same(decodeBody(zlib.brotliCompressSync(text), 'br', 1024), text)
  t.same(decodeBody(text, undefined, 1024), text)
  t.equal(decodeBody(text, 'gzip, br', 1024), undefined)
  t.equal(decodeBody(text, 'zstd-something', 1024), undefined)
  t.equal(decodeBody(zlib.gzipSync(Buffer.alloc(10_000)), 'gzip', 1024), undefined, 'a bomb past the bound gives nothing, not a cut document')
  const cut = zlib.gzipSync(Buffer.from('{"a":"' + 'x'.repeat(500) + '"}')).subarray(0, 40)
  t.ok(decodeBody(cut, 'gzip', 1024) !== undefined, 'a truncated stream gives what it can')
})

t.test('parseBody by content type: JSON, +json, form, multipart fields; others nothing', async (t) => {
  t.same(parseBody(Buffer.from('{"u":"ann"}'), 'application/json; charset=utf-8'), { kind: 'json', value: { u: 'ann' } })
  t.same(parseBody(Buffer.from('[1]'), 'application/problem+json'), { kind: 'json', value: [1] })
  t.same(parseBody(Buffer.from(' {"a":1}'), undefined), { kind: 'json', value: { a: 1 } }, 'no type: sniffed')
  t.equal(parseBody(Buffer.from('{"a":'), 'application/json'), undefined, 'broken JSON: nothing')
  const form = parseBody(Buffer.from('u=ann&u=bob&p=%20x'), 'application/x-www-form-urlencoded')
  t.same(form?.kind === 'fields' ? [...form.fields] : [], [['u', 'ann'], ['p', ' x']], 'the first of a name')
  const multipart = ['--B', 'Content-Disposition: form-data; name="user"', '', 'ann', '--B', 'Content-Disposition: form-data; name="f"; filename="a.txt"', '', 'file', '--B--', ''].join('\r\n')
  const m = parseBody(Buffer.from(multipart), 'multipart/form-data; boundary=B')
  t.same(m?.kind === 'fields' ? [...m.fields] : [], [['user', 'ann']], 'text fields only, never files')
  t.equal(parseBody(Buffer.from('x'), 'text/plain'), undefined)
  t.equal(parseBody(Buffer.from(multipart), 'multipart/form-data'), undefined, 'no boundary')
})
