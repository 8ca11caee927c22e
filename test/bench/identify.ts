/**
 * Micro-benchmark of extraction + rule evaluation (issue 3): ns per request for the compiled
 * identification, from building the lazy view to the session id. Bounded in iterations and time.
 * Run alone with `node test/bench/identify.ts`; `npm run bench` runs it too.
 */
import { View } from '../../src/capture/view.ts'
import { createHasher } from '../../src/capture/mask.ts'
import { configSchema, type ConfigInput } from '../../src/config/schema.ts'
import { compileIdentification } from '../../src/session/identify.ts'

const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
const token = `${enc({ alg: 'HS256' })}.${enc({ sub: 'user-42', details: { username: 'ann', tenant: 't-1' }, role: 'admin' })}.sig`

/** The 10-parameter, 5-rule config of the speed target. */
export const TEN_PARAMS: Partial<ConfigInput> = {
  traced: [
    { name: 'tenant', from: 'header', key: 'X-Tenant' },
    { name: 'device', from: 'cookie', key: 'device' },
    { name: 'q-token', from: 'query', key: 'token', mask: 'hash' },
    { name: 'user-id', from: 'path', key: 'id', template: '/api/users/{id}' },
    { name: 'login', from: 'jwt', key: 'details.username' },
    { name: 'role', from: 'jwt', key: 'role' },
    { name: 'client', from: 'header', key: 'X-Client-Id' },
    { name: 'req-id', from: 'response_header', key: 'X-Request-Id' },
    { name: 'api-key', from: 'header', key: 'X-Api-Key', mask: 'hash' },
    { name: 'trace', from: 'header', key: 'X-Trace' },
  ],
  rules: [
    { params: ['tenant', 'device', 'q-token'] },
    { params: ['tenant', 'login'] },
    { params: ['api-key'] },
    { params: ['client', 'device'] },
    { params: ['login'] },
  ],
  users: { user: 'login', role: 'role' },
}

function compile(extra: Partial<ConfigInput>) {
  const config = configSchema.parse({ applications: [{ name: 'a', hosts: ['a.test'], upstream: 'http://127.0.0.1:9' }], hashKey: 'bench-hash-key-0000000', ...extra })
  return { config, ident: compileIdentification(config, createHasher(config.hashKey!)) }
}

const reqHeaders = {
  host: 'a.test',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) bench',
  accept: 'application/json',
  cookie: 'device=d-77; theme=dark; PHPSESSID=abc123',
  authorization: `Bearer ${token}`,
  'x-tenant': 'acme',
  'x-client-id': 'web',
}
const resHeaders = { 'content-type': 'application/json', 'x-request-id': 'r-1' }

function measure(name: string, extra: Partial<ConfigInput>, maxIterations = 300_000, maxMs = 3_000): { name: string; nsPerRequest: number; iterations: number } {
  const { config, ident } = compile(extra)
  const data = { app: 'a', host: 'a.test', method: 'GET', path: '/api/users/42', query: 'page=2&token=secret', ip: '192.0.2.1', reqHeaders, resHeaders, status: 200, reqBody: null, resBody: null }
  let sink = 0
  for (let i = 0; i < 20_000; i++) sink += ident.identify(new View(data, config.capture.maxBodyBytes)).sid.length // warm-up
  const started = process.hrtime.bigint()
  const deadline = Date.now() + maxMs
  let n = 0
  while (n < maxIterations && (n % 1024 !== 0 || Date.now() < deadline)) {
    sink += ident.identify(new View(data, config.capture.maxBodyBytes)).sid.length
    n++
  }
  const ns = Number(process.hrtime.bigint() - started) / n
  if (sink === 0) throw new Error('unreachable')
  return { name, nsPerRequest: Math.round(ns), iterations: n }
}

export function runIdentifyBench(): { name: string; nsPerRequest: number; iterations: number }[] {
  return [measure('built-in rules only (no traced parameters)', {}), measure('10 traced parameters, 5 rules', TEN_PARAMS)]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of runIdentifyBench()) console.log(`${r.name.padEnd(46)} ${String(r.nsPerRequest).padStart(8)} ns/request  (${r.iterations} iterations)`)
}
