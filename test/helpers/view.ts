/** Views built from plain data, for tests of extraction and identification. */
import { View, type ExchangeData } from '../../src/capture/view.ts'
import { configSchema, type Config, type ConfigInput } from '../../src/config/schema.ts'
import { createHasher } from '../../src/capture/mask.ts'
import { compileIdentification, type Identification } from '../../src/session/identify.ts'

export function viewOf(data: Partial<ExchangeData> & { url?: string }, maxBodyBytes = 65536): View {
  const url = data.url ?? `${data.path ?? '/'}${data.query ? `?${data.query}` : ''}`
  const q = url.indexOf('?')
  return new View(
    {
      app: data.app ?? 'app',
      host: data.host ?? 'shop.test',
      method: data.method ?? 'GET',
      path: q === -1 ? url : url.slice(0, q),
      query: q === -1 ? '' : url.slice(q + 1),
      ip: data.ip ?? '192.0.2.1',
      reqHeaders: data.reqHeaders ?? {},
      resHeaders: data.resHeaders ?? null,
      status: data.status ?? 200,
      reqBody: data.reqBody ?? null,
      resBody: data.resBody ?? null,
    },
    maxBodyBytes,
  )
}

export const TEST_KEY = 'test-hash-key-0123456789'

export function identificationOf(input: Partial<ConfigInput>): { config: Config; ident: Identification } {
  const config = configSchema.parse({ applications: [{ name: 'app', hosts: ['shop.test'], upstream: 'http://127.0.0.1:9' }], hashKey: TEST_KEY, ...input })
  return { config, ident: compileIdentification(config, createHasher(TEST_KEY)) }
}

/** A JWT with the given payload (signature is not checked by the sensor). */
export function jwt(payload: unknown): string {
  const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(payload)}.c2lnbmF0dXJl`
}
