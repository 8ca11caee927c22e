import t from 'tap'
import { closeCutJson, completeCutJson, cutLiteral, jsonDepthWithin, MAX_JSON_DEPTH, parseJson, TOO_DEEP } from '../../src/capture/json.ts'
import { decodeJwtPayload } from '../../src/capture/jwt.ts'
import { parseBody } from '../../src/capture/body.ts'
import { startSensor, oneApp } from '../helpers/sensor.ts'
import { startUpstream } from '../helpers/upstream.ts'

t.test('depth is measured on the brackets outside strings', async (t) => {
  t.equal(jsonDepthWithin('{"a":[1,{"b":2}]}', 3), true)
  t.equal(jsonDepthWithin('{"a":[1,{"b":2}]}', 2), false)
  t.equal(jsonDepthWithin('{"a":"[[[[[[[[[[\\"[[["}', 1), true, 'brackets and escaped quotes inside a string do not count')
  t.equal(jsonDepthWithin('[]'.repeat(10_000), 1), true, 'siblings are not depth')
})

t.test('parseJson: a value, undefined for what is not JSON, TOO_DEEP past the ceiling', async (t) => {
  t.same(parseJson('{"a":1}'), { a: 1 })
  t.equal(parseJson('{"a":'), undefined)
  t.equal(parseJson('null'), null)
  t.equal(parseJson('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH)) === TOO_DEEP, false, 'at the ceiling: parsed')
  t.equal(parseJson('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)), TOO_DEEP)
})

t.test('completeCutJson: the member the cut landed in is read; what is no JSON beginning, or past the ceiling, is none', async (t) => {
  const done = (text: string) => JSON.parse(completeCutJson(text)!) as unknown
  t.same(done('{"a":1,"q":"; cat /etc/passwd #aaa'), { a: 1, q: '; cat /etc/passwd #aaa' }, 'a string cut short is closed')
  t.same(done('{"a":1,"q'), { a: 1, q: 0 }, 'a key cut short is given a value')
  t.same(done('{"a":1,"q":"x\\u00'), { a: 1, q: 'x' }, 'an escape cut in half is dropped')
  t.same(done('{"a":1,"q":"x\\'), { a: 1, q: 'x' }, 'a lone backslash is dropped')
  t.same(done('{"a":1,"q":"see <a href=\\"https://docs.example'), { a: 1, q: 'see ' }, 'a tag the cut left open is dropped')
  t.same(done('{"a":1,"q":"<b>x</b> <i'), { a: 1, q: '<b>x</b> ' })
  t.same(done('{"a":1,"b":tr'), { a: 1 }, 'a literal cut short: its member is dropped')
  t.same(done('[1,2,'), [1, 2])
  t.equal(completeCutJson('{"a":1,; cat /etc/passwd #'), undefined, 'text after a comma that is no member')
  t.equal(completeCutJson('{"a":1}'), undefined, 'nothing left open')
  t.equal(completeCutJson('['.repeat(MAX_JSON_DEPTH + 1) + '"x'), undefined, 'past the ceiling')
  // hostile shapes of a body's 16 KiB: each answered once, bounded by one scan and three parses
  t.same(done(`{"q":"${'\\'.repeat(16_000)}`), { q: '\\'.repeat(8_000) }, '16,000 backslashes: escaped pairs kept')
  t.equal(completeCutJson(`{"a":1,${'"k":'.repeat(4_000)}`), undefined, 'keys without values')
  t.same(done(`{"q":"${'<'.repeat(16_000)}`), { q: '<'.repeat(15_999) }, 'a run of openings: the last one dropped')
})

t.test('closeCutJson: the members complete before the last comma, the open brackets closed', async (t) => {
  t.same(JSON.parse(closeCutJson('{"a":1,"b":{"c":[1,2,3],"d":"x,y"},"e":"cut her')!), { a: 1, b: { c: [1, 2, 3], d: 'x,y' } })
  t.same(JSON.parse(closeCutJson('[{"a":1},{"b":2')!), [{ a: 1 }])
  t.same(JSON.parse(closeCutJson('{"s":{"x":"a\\",b","y":1,"z":"cu')!), { s: { x: 'a",b', y: 1 } }, 'an escaped quote and a comma inside a string')
  t.equal(closeCutJson('{"a":"no comma'), undefined, 'nothing complete')
  t.equal(closeCutJson('['.repeat(MAX_JSON_DEPTH + 1) + '1,'), undefined, 'past the ceiling')
})

t.test('bodies and JWT payloads past the ceiling give no value (and never reach JSON.parse)', async (t) => {
  const deep = `{"username":${'['.repeat(20_000)}${']'.repeat(20_000)}}`
  t.equal(parseBody(Buffer.from(deep), 'application/json'), undefined)
  const payload = Buffer.from(`{"sub":${'['.repeat(6_000)}${']'.repeat(6_000)}}`).toString('base64url')
  t.equal(decodeJwtPayload(`e30.${payload}.sig`), undefined)
})

t.test('the finding: a traced body parameter over a 40 KB body 20,000 deep, through the real sensor', async (t) => {
  const up = await startUpstream(t, (_req, res) => res.end('{"token":' + '['.repeat(6_000) + ']'.repeat(6_000) + '}'))
  const s = await startSensor(
    t,
    oneApp(up.url, {
      traced: [
        { name: 'login', from: 'body', key: '/username' },
        { name: 'token', from: 'response_body', key: '/token' },
        { name: 'claim', from: 'jwt', key: 'sub' },
      ],
    }),
  )
  const payload = Buffer.from(`{"sub":${'['.repeat(6_000)}${']'.repeat(6_000)}}`).toString('base64url')
  const body = `{"username":${'['.repeat(20_000)}${']'.repeat(20_000)}}`
  const res = await fetch(`${s.url}/login`, {
    method: 'POST',
    headers: { host: 'a.test', 'content-type': 'application/json', authorization: `Bearer e30.${payload}.sig` },
    body,
  })
  t.equal(res.status, 200)
  await res.text()
  const [rec] = await s.sink.waitFor(1)
  t.same(rec!.params, {}, 'no value extracted from what is too deep')
  const metrics = await s.sensor.metrics.registry.getSingleMetricAsString('apisess_bounded_total')
  t.match(metrics, /what="json_depth"\} [1-9]/)
  t.equal((await fetch(`${s.url}/next`, { headers: { host: 'a.test' } })).status, 200, 'the sensor is still there')
})

t.test('cutLiteral: the value a completed cut text ended, from the text; none where a key is named twice', async (t) => {
  t.equal(cutLiteral('{"a":"x","b":["l1\\n","l2"]}'), 'l2', 'the last string literal')
  t.equal(cutLiteral('{"a":"x","b":"q\\"uo\\\\"}'), 'q"uo\\', 'escapes read as the parse reads them')
  t.equal(cutLiteral('{"a":"x","b":1}'), undefined, 'no string at the end')
  t.equal(cutLiteral('{"a":"s","c":"t","a":"x"}'), undefined, 'a key named twice')
  t.equal(cutLiteral('{"a":"s","c":"t","\\u0061":"x"}'), undefined, 'a key named twice, escaped')
  t.equal(cutLiteral('[{"a":"s"},{"a":"x"}]'), 'x', 'the same key in two objects')
})

t.test('cutLiteral on hostile texts: deep, wide, long runs of backslashes — linear, no exception', async (t) => {
  const deep = `${'['.repeat(200_000)}"x"${']'.repeat(200_000)}`
  t.equal(cutLiteral(deep), 'x', 'nested 200,000 deep (no recursion)')
  const keys = `{${Array.from({ length: 50_000 }, (_, i) => `"k${i}":"v"`).join(',')},"last":"y"}`
  t.equal(cutLiteral(keys), 'y', '50,000 keys')
  t.equal(cutLiteral(`{${'"k":"v",'.repeat(2)}"z":"y"}`), undefined, 'a key named twice among them')
  const slashes = `{"a":"${'\\\\'.repeat(100_000)}"}`
  t.equal(cutLiteral(slashes), '\\'.repeat(100_000), '100,000 escaped backslashes')
  t.equal(cutLiteral(`{"a":"${'\\"'.repeat(100_000)}"}`), '"'.repeat(100_000), '100,000 escaped quotes')
  t.equal(cutLiteral(`{"a":"x","b":"\\u00zz"}`), undefined, 'a malformed escape: no literal')
})
