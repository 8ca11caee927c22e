import t from 'tap'
import { parseConfig } from '../../src/config/load.ts'
import type { SensorError } from '../../src/errors.ts'

const base = 'applications: [{ name: shop, hosts: [shop.test], upstream: "http://127.0.0.1:3000" }]\n'

function errorsOf(yaml: string): string[] {
  try {
    parseConfig(base + yaml, 'x.yaml', { env: {} })
  } catch (err) {
    return (err as SensorError).details as string[]
  }
  return []
}

const param = (i: number, extra = '') => `  - { name: p${i}, from: header, key: x-p${i}${extra} }\n`

t.test('limits and references of traced parameters and rules, each with its message', async (t) => {
  t.same(errorsOf(`traced:\n${Array.from({ length: 11 }, (_, i) => param(i)).join('')}`), ['x.yaml:3:3 traced: at most 10 traced parameters'])
  t.same(errorsOf(`traced:\n${param(1)}rules:\n${Array.from({ length: 6 }, () => '  - { params: [p1] }\n').join('')}`), ['x.yaml:5:3 rules: at most 5 rules'])
  t.same(errorsOf(`traced:\n${[1, 2, 3, 4].map((i) => param(i)).join('')}rules:\n  - { params: [p1, p2, p3, p4] }\n`), ['x.yaml:8:15 rules[0].params: a rule has at most 3 parameters'])
  t.same(errorsOf(`traced:\n${param(1)}rules:\n  - { params: [p1, nope] }\n`), ['x.yaml:5:20 rules[0].params[1]: "nope" is not a traced parameter (p1)'])
  t.same(errorsOf(`traced:\n${param(1, ', mask: redact')}rules:\n  - { params: [p1] }\n`), [
    'x.yaml:5:16 rules[0].params[0]: "p1" is masked with redact and cannot identify sessions (use mask: hash)',
  ])
  t.same(errorsOf('users: { claims: [name, "bad claim", a..b] }\n'), [
    'x.yaml:2:25 users.claims[1]: a claim name, or a path of names joined by dots (details.username)',
    'x.yaml:2:38 users.claims[2]: a claim name, or a path of names joined by dots (details.username)',
  ])
  t.same(errorsOf(`users: { claims: [${Array.from({ length: 11 }, (_, i) => `c${i}`).join(', ')}] }\n`), ['x.yaml:2:18 users.claims: at most 10 claims'])
  t.same(errorsOf(`traced:\n${param(1)}${param(1)}`), ['x.yaml:4:13 traced[1].name: duplicate traced parameter "p1"'])
  t.same(errorsOf(`traced:\n${param(1)}users: { user: p1, role: p9 }\n`), ['x.yaml:4:26 users.role: "p9" is not a traced parameter'])
  t.same(errorsOf('traced:\n  - { name: p, from: path, key: id }\n'), ['x.yaml:3:5 traced[0].template: from: path needs a template such as /users/{id}'])
  t.same(errorsOf('traced:\n  - { name: p, from: path, key: id, template: "/users/{uid}" }\n'), ['x.yaml:3:33 traced[0].key: "id" is not a {placeholder} of the template /users/{uid}'])
  t.same(errorsOf('traced:\n  - { name: p, from: body, key: user.name }\n'), ['x.yaml:3:33 traced[0].key: a body key is a JSON pointer starting with "/" (e.g. /user/id)'])
  t.same(errorsOf('traced:\n  - { name: p, from: header, key: a, in: "cookie:x" }\n'), ['x.yaml:3:42 traced[0].in: `in` applies to from: jwt only'])
  t.same(errorsOf('traced:\n  - { name: p, from: nope, key: a }\n'), [
    'x.yaml:3:22 traced[0].from: Invalid option: expected one of "header"|"cookie"|"query"|"path"|"body"|"jwt"|"response_header"|"response_cookie"|"response_body"',
  ])
  t.same(errorsOf('hashKey: short\n'), ['x.yaml:2:10 hashKey: at least 16 characters'])
  t.same(errorsOf(`traced:\n${param(1)}rules:\n  - { params: [] }\n`), ['x.yaml:5:15 rules[0].params: Too small: expected array to have >=1 items'])
})
