/**
 * `api-sessions explain`: recorded traffic (a HAR file, or a .http file as editors' REST clients
 * write it) run through the same compiled identification as the proxy, so ops teams can tune
 * rules before deploying.
 */
import type { Config } from '../config/schema.ts'
import { SensorError } from '../errors.ts'
import type { ExchangeData, HeaderBag } from '../capture/view.ts'
import { View } from '../capture/view.ts'
import type { Hasher } from '../capture/mask.ts'
import { compileRouter } from '../net/host.ts'
import { compileIdentification, type Identity } from './identify.ts'

export interface SampleExchange {
  readonly method: string
  readonly url: string
  readonly headers: readonly [string, string][]
  readonly body: Buffer | null
  readonly response: { status: number; headers: readonly [string, string][]; body: Buffer | null } | null
}

export interface Explained {
  readonly n: number
  readonly method: string
  readonly url: string
  readonly app: string | null
  readonly monitored: boolean
  readonly identity: Identity | null
}

/** A client address for samples, which carry none (TEST-NET-1, RFC 5737). */
const SAMPLE_IP = '192.0.2.1'

function bag(headers: readonly [string, string][], drop?: string): HeaderBag {
  const out: Record<string, string | string[]> = {}
  for (const [rawName, value] of headers) {
    const name = rawName.toLowerCase()
    if (name === drop) continue
    const prev = out[name]
    if (prev === undefined) out[name] = value
    else if (name === 'set-cookie') out[name] = Array.isArray(prev) ? [...prev, value] : [prev, value]
    else out[name] = `${String(prev)}${name === 'cookie' ? '; ' : ', '}${value}`
  }
  return out
}

// ---- HAR 1.2 ------------------------------------------------------------------------------------

interface HarEntry {
  request?: { method?: string; url?: string; headers?: { name: string; value: string }[]; postData?: { text?: string; encoding?: string } }
  response?: { status?: number; headers?: { name: string; value: string }[]; content?: { text?: string; encoding?: string } }
}

function harText(text: string | undefined, encoding: string | undefined): Buffer | null {
  if (text === undefined || text === '') return null
  return Buffer.from(text, encoding === 'base64' ? 'base64' : 'utf8')
}

export function parseHar(text: string, source: string): SampleExchange[] {
  let har: { log?: { entries?: HarEntry[] } }
  try {
    har = JSON.parse(text) as typeof har
  } catch (err) {
    throw new SensorError('USAGE', `${source} is not JSON: ${(err as Error).message}`)
  }
  const entries = har.log?.entries
  if (!Array.isArray(entries)) throw new SensorError('USAGE', `${source} has no log.entries: not a HAR file`)
  return entries.map((e, i) => {
    if (typeof e.request?.url !== 'string') throw new SensorError('USAGE', `${source}: entry ${i} has no request.url`)
    const pairs = (list: { name: string; value: string }[] | undefined): [string, string][] => (list ?? []).map((h) => [String(h.name), String(h.value)])
    return {
      method: (e.request.method ?? 'GET').toUpperCase(),
      url: e.request.url,
      headers: pairs(e.request.headers),
      body: harText(e.request.postData?.text, e.request.postData?.encoding),
      response: e.response
        ? {
            status: Number(e.response.status ?? 0),
            // HAR keeps the decoded text: the content-encoding no longer applies to it
            headers: pairs(e.response.headers).filter(([n]) => n.toLowerCase() !== 'content-encoding'),
            body: harText(e.response.content?.text, e.response.content?.encoding),
          }
        : null,
    }
  })
}

// ---- .http (REST client) -----------------------------------------------------------------------

const METHOD_LINE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|CONNECT)\s+(\S+)(?:\s+HTTP\/[\d.]+)?\s*$/i
const STATUS_LINE = /^HTTP\/[\d.]+\s+(\d{3})\b/

function headerLines(lines: string[], from: number): { headers: [string, string][]; next: number } {
  const headers: [string, string][] = []
  let i = from
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const line = lines[i]!
    const colon = line.indexOf(':')
    if (colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()])
  }
  return { headers, next: i + 1 }
}

function bodyOf(lines: string[]): Buffer | null {
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop()
  return lines.length === 0 ? null : Buffer.from(lines.join('\n'))
}

/**
 * Requests separated by `###` lines; each is `METHOD URL [HTTP/1.1]`, headers, a blank line and an
 * optional body; a line `HTTP/1.1 200 ...` starts the optional response (headers, blank, body).
 */
export function parseHttpFile(text: string, source: string): SampleExchange[] {
  const out: SampleExchange[] = []
  const blocks = text.split(/^###.*$/m)
  for (const block of blocks) {
    const lines = block.split(/\r?\n/)
    let i = 0
    while (i < lines.length && (lines[i]!.trim() === '' || /^\s*(#|\/\/)/.test(lines[i]!))) i++
    if (i >= lines.length) continue
    const m = METHOD_LINE.exec(lines[i]!.trim()) ?? (/^(https?:\/\/|\/)\S*$/.test(lines[i]!.trim()) ? ['', 'GET', lines[i]!.trim()] : null)
    if (!m) throw new SensorError('USAGE', `${source}: "${lines[i]!.trim().slice(0, 60)}" is not a request line (METHOD URL)`)
    const { headers, next } = headerLines(lines, i + 1)
    let end = next
    while (end < lines.length && !STATUS_LINE.test(lines[end]!)) end++
    const body = bodyOf(lines.slice(next, end))
    let response: SampleExchange['response'] = null
    if (end < lines.length) {
      const status = Number(STATUS_LINE.exec(lines[end]!)![1])
      const res = headerLines(lines, end + 1)
      response = { status, headers: res.headers, body: bodyOf(lines.slice(res.next)) }
    }
    out.push({ method: m[1].toUpperCase(), url: m[2], headers, body, response })
  }
  return out
}

// ---- running them -------------------------------------------------------------------------------

export function explain(config: Readonly<Config>, hasher: Hasher, samples: readonly SampleExchange[]): Explained[] {
  const ident = compileIdentification(config, hasher)
  const router = compileRouter(
    config.applications.map((a) => ({ patterns: a.hosts, target: a.name })),
    config.defaultApplication,
  )
  return samples.map((s, i) => {
    const reqHeaders = bag(s.headers)
    let url: URL
    try {
      url = new URL(s.url, `http://${typeof reqHeaders.host === 'string' ? reqHeaders.host : 'localhost'}`)
    } catch {
      throw new SensorError('USAGE', `request ${i + 1}: "${s.url}" is not a URL`)
    }
    const host = typeof reqHeaders.host === 'string' ? reqHeaders.host : url.host
    const app = router.route(host) ?? null
    const path = url.pathname
    const monitored = app !== null && ident.monitored(app, host, path)
    let identity: Identity | null = null
    if (monitored) {
      const data: ExchangeData = {
        app: app,
        host,
        method: s.method,
        path,
        query: url.search.slice(1),
        ip: SAMPLE_IP,
        reqHeaders: { ...reqHeaders, host },
        resHeaders: s.response ? bag(s.response.headers) : null,
        status: s.response?.status ?? 0,
        reqBody: s.body ? s.body.subarray(0, config.capture.maxBodyBytes) : null,
        resBody: s.response?.body ? s.response.body.subarray(0, config.capture.maxBodyBytes) : null,
      }
      identity = ident.identify(new View(data, config.capture.maxBodyBytes))
    }
    // the URL as a record would keep it: masked query values and path parameters replaced
    const shown = identity === null ? s.url : `${/^https?:\/\//i.test(s.url) ? url.origin : ''}${identity.path}${identity.query === '' ? '' : `?${identity.query}`}`
    return { n: i + 1, method: s.method, url: shown, app, monitored, identity }
  })
}

export function formatExplained(e: Explained): string {
  const lines = [`#${e.n} ${e.method} ${e.url}`, `  application  ${e.app ?? '(none: the proxy answers 421)'}`, `  monitored    ${e.monitored ? 'yes' : 'no'}`]
  const id = e.identity
  if (id) {
    lines.push(`  rule         ${id.rule} (${id.idParams.join(', ')})`, `  session id   ${id.sid}`, `  user         ${id.user ?? '-'}`, `  role         ${id.role ?? '-'}`)
    const names = Object.keys(id.params)
    if (names.length === 0) lines.push('  params       -')
    names.forEach((name, j) => lines.push(`  ${j === 0 ? 'params      ' : '            '} ${name} = ${id.params[name]}`))
  }
  return lines.join('\n')
}

export function explainedJson(e: Explained): string {
  const id = e.identity
  return JSON.stringify({
    n: e.n,
    method: e.method,
    url: e.url,
    app: e.app,
    monitored: e.monitored,
    rule: id?.rule ?? null,
    idParams: id?.idParams ?? [],
    sid: id?.sid ?? null,
    user: id?.user ?? null,
    role: id?.role ?? null,
    params: id?.params ?? {},
  })
}
