import t from 'tap'
import { readFileSync } from 'node:fs'
import { ERRORS, answerBody, SensorError, type ErrorCode } from '../src/errors.ts'

t.test('every error code is documented, and every documented code exists', async (t) => {
  const doc = readFileSync('docs/errors.md', 'utf8')
  const codes = Object.keys(ERRORS) as ErrorCode[]
  for (const code of codes) t.match(doc, `| \`${code}\` |`, `${code} is in docs/errors.md`)
  const documented = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1])
  t.same(documented.sort(), [...codes].sort(), 'no stale code in the docs')
})

t.test('answers are JSON {error, code}; configuration codes are not answers', async (t) => {
  t.same(JSON.parse(answerBody('UPSTREAM_TIMEOUT').toString()), { error: 'the upstream did not answer in time', code: 'UPSTREAM_TIMEOUT' })
  t.throws(() => answerBody('CONFIG_INVALID'), TypeError)
  const err = new SensorError('CONFIG_READ', 'x.yaml: ENOENT', { cause: new Error('inner'), details: ['a'] })
  t.match(err, { code: 'CONFIG_READ', status: 0, message: 'cannot read the config file: x.yaml: ENOENT', details: ['a'] })
  t.equal((err.cause as Error).message, 'inner', 'the cause is kept')
})
