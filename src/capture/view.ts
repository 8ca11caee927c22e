/**
 * What extraction sees of one exchange, with the expensive parts (cookies, query, bodies, JWTs)
 * parsed on first use and cached: a request that no rule asks about never has its body touched.
 * The proxy and `explain` build the same view, so both run the same compiled extraction.
 */
import { parseCookieHeader, parseSetCookies } from './cookies.ts'
import { decodeBody, parseBody, type ParsedBody } from './body.ts'
import { decodeJwtPayload } from './jwt.ts'

export type HeaderBag = Readonly<Record<string, string | string[] | undefined>>

export interface ExchangeData {
  readonly app: string
  readonly host: string
  readonly method: string
  readonly path: string
  readonly query: string
  readonly ip: string
  /** lower-case names, as node gives them */
  readonly reqHeaders: HeaderBag
  readonly resHeaders: HeaderBag | null
  readonly status: number
  /** the first capture.maxBodyBytes of each body, when captured */
  readonly reqBody: Buffer | null
  readonly resBody: Buffer | null
}

const UNPARSED = Symbol('unparsed')

export class View {
  readonly data: ExchangeData
  readonly maxBodyBytes: number
  #cookies: Map<string, string> | undefined
  #setCookies: Map<string, string> | undefined
  #query: URLSearchParams | undefined
  #reqBody: ParsedBody | undefined | typeof UNPARSED = UNPARSED
  #resBody: ParsedBody | undefined | typeof UNPARSED = UNPARSED
  #jwt: Map<string, Record<string, unknown> | undefined> | undefined

  constructor(data: ExchangeData, maxBodyBytes: number) {
    this.data = data
    this.maxBodyBytes = maxBodyBytes
  }

  header(name: string): string | undefined {
    return joined(this.data.reqHeaders[name])
  }

  responseHeader(name: string): string | undefined {
    return this.data.resHeaders ? joined(this.data.resHeaders[name]) : undefined
  }

  cookie(name: string): string | undefined {
    this.#cookies ??= parseCookieHeader(this.header('cookie'))
    return this.#cookies.get(name)
  }

  responseCookie(name: string): string | undefined {
    this.#setCookies ??= parseSetCookies(this.data.resHeaders?.['set-cookie'])
    return this.#setCookies.get(name)
  }

  queryParam(name: string): string | undefined {
    if (this.data.query === '') return undefined
    this.#query ??= new URLSearchParams(this.data.query)
    return this.#query.get(name) ?? undefined
  }

  requestBody(): ParsedBody | undefined {
    if (this.#reqBody === UNPARSED) this.#reqBody = this.#parse(this.data.reqBody, this.data.reqHeaders)
    return this.#reqBody
  }

  responseBody(): ParsedBody | undefined {
    if (this.#resBody === UNPARSED) this.#resBody = this.#parse(this.data.resBody, this.data.resHeaders)
    return this.#resBody
  }

  jwt(token: string): Record<string, unknown> | undefined {
    this.#jwt ??= new Map()
    if (!this.#jwt.has(token)) this.#jwt.set(token, decodeJwtPayload(token))
    return this.#jwt.get(token)
  }

  #parse(body: Buffer | null, headers: HeaderBag | null): ParsedBody | undefined {
    if (body === null || body.length === 0 || headers === null) return undefined
    const decoded = decodeBody(body, joined(headers['content-encoding']), this.maxBodyBytes)
    return decoded === undefined ? undefined : parseBody(decoded, joined(headers['content-type']))
  }
}

function joined(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value
}
