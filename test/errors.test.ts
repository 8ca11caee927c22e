import t from 'tap'
import { readFileSync } from 'node:fs'
import { ERRORS, answerBody, SensorError, type ErrorCode } from '../src/errors.ts'

const codes = Object.keys(ERRORS) as ErrorCode[]

t.test('every error code is documented, and every documented code exists', async (t) => {
  const doc = readFileSync('docs/errors.md', 'utf8')
  for (const code of codes) t.match(doc, `| \`${code}\` |`, `${code} is in docs/errors.md`)
  const documented = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1])
  t.same(documented.sort(), [...codes].sort(), 'no stale code in the docs')
  const mentioned = new Set([...doc.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g)].map((m) => m[1]!))
  t.same([...mentioned].filter((c) => !(c in ERRORS)), [], 'every `CODE` mentioned anywhere in the page exists')
})

t.test('the documented HTTP status of each code is its status', async (t) => {
  const doc = readFileSync('docs/errors.md', 'utf8')
  for (const code of codes) {
    const row = new RegExp(`^\\| \`${code}\` \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$`, 'm').exec(doc)
    t.ok(row, `${code} has a row of four cells`)
    if (!row) continue
    t.equal(row[1]!.trim(), ERRORS[code].status === 0 ? '—' : String(ERRORS[code].status), `${code} status`)
    t.ok(row[2]!.trim().length > 10 && row[3]!.trim().length > 5, `${code} has a meaning and an action`)
  }
})

t.test('answers are JSON {error, code}; codes with no HTTP status are not answers', async (t) => {
  t.same(JSON.parse(answerBody('UPSTREAM_TIMEOUT').toString()), { error: 'the upstream did not answer in time', code: 'UPSTREAM_TIMEOUT' })
  for (const code of codes) {
    const { status, message } = ERRORS[code]
    if (status === 0) {
      t.throws(() => answerBody(code), new TypeError(`${code} is not an HTTP answer`), `${code} is not an answer`)
    } else {
      t.ok(status >= 400 && status <= 599, `${code}: an error status`)
      t.equal(answerBody(code).toString(), JSON.stringify({ error: message, code }), `${code} body`)
      t.equal(answerBody(code), answerBody(code), `${code}: built once, the same Buffer each time`)
    }
  }
})

t.test('SensorError carries code, status, message, details and cause', async (t) => {
  const err = new SensorError('CONFIG_READ', 'x.yaml: ENOENT', { cause: new Error('inner'), details: ['a'] })
  t.match(err, { code: 'CONFIG_READ', status: 0, message: 'cannot read the config file: x.yaml: ENOENT', details: ['a'] })
  t.equal((err.cause as Error).message, 'inner', 'the cause is kept')
  t.equal(err.name, 'SensorError')
  t.ok(err instanceof Error)
  const bare = new SensorError('UPSTREAM_REFUSED')
  t.equal(bare.message, 'the upstream refused the connection', 'no detail: the catalogue message alone')
  t.equal(bare.status, 502)
  t.same(bare.details, [])
  t.equal(bare.cause, undefined)
})
