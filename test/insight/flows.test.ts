import t from 'tap'
import { compileAuthTest, compileFlows } from '../../src/insight/flows.ts'
import { configSchema } from '../../src/config/schema.ts'

t.test('flows tag by method and glob, on the template or the path', async (t) => {
  const tag = compileFlows({ auth: ['POST /login', '/oauth/**'], billing: ['/billing/*'], account_management: ['/users/{id}/password'] })
  t.same(tag('POST', '/login', '/login'), ['auth'])
  t.same(tag('GET', '/login', '/login'), [], 'the method counts when given')
  t.same(tag('GET', '/oauth/authorize/callback', '/oauth/authorize/callback'), ['auth'], '** spans segments')
  t.same(tag('GET', '/billing/invoices', '/billing/invoices'), ['billing'])
  t.same(tag('GET', '/billing/{id}/pdf', '/billing/7/pdf'), [], '* stays within one segment')
  t.same(tag('PUT', '/users/{id}/password', '/users/9/password'), ['account_management'], 'a template pattern matches the template')
  t.same(compileFlows({})('GET', '/', '/'), [])
  const both = compileFlows({ auth: ['/x/**'], admin: ['/x/*'] })
  t.same(both('GET', '/x/y', '/x/y'), ['auth', 'admin'], 'one request can touch several flows')
})

t.test('login attempts: the auth flow, else sensible defaults', async (t) => {
  const defaults = compileAuthTest({})
  t.ok(defaults('POST', '/login', '/login'))
  t.ok(defaults('POST', '/api/v1/login', '/api/v1/login'))
  t.ok(defaults('POST', '/oauth/token', '/oauth/token'))
  t.notOk(defaults('GET', '/products', '/products'))
  const own = compileAuthTest({ auth: ['POST /connect'] })
  t.ok(own('POST', '/connect', '/connect'))
  t.notOk(own('POST', '/login', '/login'), 'a configured auth flow replaces the defaults')
})

t.test('the config refuses unknown flows and bad patterns, naming them', async (t) => {
  const bad = configSchema.safeParse({ applications: [{ name: 'a', hosts: ['a.test'], upstream: 'http://127.0.0.1:1' }], flows: { checkout: ['/x'], auth: ['login'] } })
  t.notOk(bad.success)
  const paths = bad.error!.issues.map((i) => i.path.join('.'))
  t.ok(paths.includes('flows.checkout') || paths.includes('flows'), 'an unknown flow name is refused')
  t.ok(paths.includes('flows.auth.0'), 'a pattern without a leading / is refused')
})
