import t from 'tap'
import { readFileSync } from 'node:fs'
import { RECORD_SCHEMA, recordJson, recordTail } from '../../src/sink/serialize.ts'
import { newRecord } from '../../src/capture/record.ts'

t.test('the published record schema is current', async (t) => {
  const committed = readFileSync('docs/record.schema.json', 'utf8')
  t.equal(committed, `${JSON.stringify(RECORD_SCHEMA, null, 2)}\n`, 'docs/record.schema.json is stale: run npm run schema')
})

t.test('records serialise with sid first, every schema field, nothing internal', async (t) => {
  const rec = newRecord('id-1', 1795390416873, 'shop', 'GET', '/a?b=1', { host: 'shop.test', 'user-agent': 'ua "quoted"' }, '192.0.2.1')
  rec.windowKey = 'internal'
  rec.params = { 'p:1': 'v\u2028"x"' }
  const json = recordJson(rec, 'sid-1')
  const back = JSON.parse(json) as Record<string, unknown>
  t.same(Object.keys(back), Object.keys(RECORD_SCHEMA.properties).filter((k) => k !== 'matches'), 'exactly the schema properties, in order (matches only on a record with attacks)')
  t.same(RECORD_SCHEMA.required, Object.keys(back), 'every one of them required')
  t.equal(back.sid, 'sid-1')
  t.same(back.params, { 'p:1': 'v\u2028"x"' })
  t.equal(back.ua, 'ua "quoted"')
  t.ok(recordTail(rec).startsWith('"id":"id-1"'), 'the tail starts after the brace')
  rec.attacks = ['sqli']
  rec.matches = [{ type: 'sqli', where: 'query:id', excerpt: "1' OR '1'='1" }]
  const flagged = JSON.parse(recordJson(rec, 'sid-1')) as Record<string, unknown>
  t.same(Object.keys(flagged), Object.keys(RECORD_SCHEMA.properties), 'a record with attacks: where they were found, last')
  t.same(flagged.matches, rec.matches)
})
