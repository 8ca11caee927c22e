/**
 * `api-sessions explain`: recorded traffic (a HAR file, or a .http file as editors' REST clients
 * write it) run through the same compiled identification as the proxy, then through the session
 * windows and login continuity as the writer's script decides them in Redis (src/sink/script.ts,
 * simulated here in memory), so ops teams see the sessions the sensor will make before deploying.
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
  /** when it was sent (epoch ms; a HAR's startedDateTime), null when the sample has no time */
  readonly ts: number | null
}

/** How a request got its session, as the sensor's session windows and login continuity decide it. */
interface SessionStep {
  /** the session id a record would carry: `<window key hash>-<start in base 36>` */
  readonly sid: string
  /** the request (n) that started that session */
  readonly startedBy: number
  /**
   * `new`: its key had no session; `expired`: its key's session was idle past session.idleTimeout
   * or older than session.maxDuration; `same-key`: its key's live session; `continuity`: its key
   * was handed out by an earlier response (`via`) and continues that request's session
   */
  readonly how: 'new' | 'expired' | 'same-key' | 'continuity'
  /** for `continuity`: the request whose response handed out this request's identifier */
  readonly via: number | null
  /**
   * what this request's response hands out: `linked` (the new identifier continues this session),
   * `own` (this session already continues in another identifier: the new one starts its own
   * session), `live` (the identifier has a live session of its own already), null (nothing)
   */
  readonly handoff: 'linked' | 'own' | 'live' | null
}

export interface Explained {
  readonly n: number
  readonly method: string
  readonly url: string
  readonly app: string | null
  readonly monitored: boolean
  readonly identity: Identity | null
  readonly session: SessionStep | null
}

/** The largest input file explain reads (it reads it whole and explains it in memory). */
export const MAX_EXPLAIN_BYTES = 64 * 1024 * 1024
/** The most requests one input may hold. */
const MAX_EXPLAIN_REQUESTS = 100_000

function tooMany(source: string): SensorError {
  return new SensorError('USAGE', `${source} holds more than ${MAX_EXPLAIN_REQUESTS} requests, the most explain takes: split it`)
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

/**
 * A HAR read for what it is (a file is input: any JSON may stand where an object is expected): a
 * member of the wrong type is a USAGE error naming its path, never a TypeError.
 */
class HarReader {
  readonly #source: string

  constructor(source: string) {
    this.#source = source
  }

  wrong(path: string, what: string): SensorError {
    return new SensorError('USAGE', `${this.#source}: ${path} must be ${what}: not a HAR file`)
  }

  /** An object member (undefined when absent, if allowed). */
  object(value: unknown, path: string): Record<string, unknown> {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw this.wrong(path, 'an object')
    return value as Record<string, unknown>
  }

  optionalObject(value: unknown, path: string): Record<string, unknown> | undefined {
    return value === undefined || value === null ? undefined : this.object(value, path)
  }

  optionalString(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string') throw this.wrong(path, 'a string')
    return value
  }

  /** `[{name, value}]`, names and values strings (numbers taken as written). */
  headers(value: unknown, path: string): [string, string][] {
    if (value === undefined || value === null) return []
    if (!Array.isArray(value)) throw this.wrong(path, 'an array of {name, value}')
    return value.map((h, j) => {
      const pair = this.object(h, `${path}[${j}]`)
      const name = pair.name
      const v = pair.value
      if (typeof name !== 'string') throw this.wrong(`${path}[${j}].name`, 'a string')
      if (typeof v !== 'string' && typeof v !== 'number') throw this.wrong(`${path}[${j}].value`, 'a string')
      return [name, String(v)]
    })
  }

  /** postData or content: its text as bytes, null when none. */
  body(value: unknown, path: string): Buffer | null {
    const o = this.optionalObject(value, path)
    if (o === undefined) return null
    const text = this.optionalString(o.text, `${path}.text`)
    const encoding = this.optionalString(o.encoding, `${path}.encoding`)
    if (text === undefined || text === '') return null
    return Buffer.from(text, encoding === 'base64' ? 'base64' : 'utf8')
  }
}

function harTime(text: unknown): number | null {
  const ts = typeof text === 'string' ? Date.parse(text) : Number.NaN
  return Number.isFinite(ts) ? ts : null
}

export function parseHar(text: string, source: string): SampleExchange[] {
  let har: unknown
  try {
    har = JSON.parse(text)
  } catch (err) {
    throw new SensorError('USAGE', `${source} is not JSON: ${(err as Error).message}`)
  }
  const log = har !== null && typeof har === 'object' ? (har as { log?: unknown }).log : undefined
  const entries = log !== null && typeof log === 'object' ? (log as { entries?: unknown }).entries : undefined
  if (!Array.isArray(entries)) throw new SensorError('USAGE', `${source} has no log.entries: not a HAR file`)
  if (entries.length > MAX_EXPLAIN_REQUESTS) throw tooMany(source)
  const read = new HarReader(source)
  return entries.map((value: unknown, i) => {
    const at = `log.entries[${i}]`
    const e = read.object(value, at)
    const request = read.optionalObject(e.request, `${at}.request`)
    if (typeof request?.url !== 'string') throw new SensorError('USAGE', `${source}: entry ${i} has no request.url`)
    const method = read.optionalString(request.method, `${at}.request.method`) ?? 'GET'
    const response = read.optionalObject(e.response, `${at}.response`)
    const status = response?.status
    if (status !== undefined && status !== null && typeof status !== 'number') throw read.wrong(`${at}.response.status`, 'a number')
    return {
      method: method.toUpperCase(),
      url: request.url,
      headers: read.headers(request.headers, `${at}.request.headers`),
      body: read.body(request.postData, `${at}.request.postData`),
      response: response
        ? {
            status: Number(status ?? 0),
            // HAR keeps the decoded text: the content-encoding no longer applies to it
            headers: read.headers(response.headers, `${at}.response.headers`).filter(([n]) => n.toLowerCase() !== 'content-encoding'),
            body: read.body(response.content, `${at}.response.content`),
          }
        : null,
      ts: harTime(e.startedDateTime),
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
    if (out.length === MAX_EXPLAIN_REQUESTS) throw tooMany(source)
    out.push({ method: m[1].toUpperCase(), url: m[2], headers, body, response, ts: null })
  }
  return out
}

// ---- session windows and login continuity ------------------------------------------------------

interface WindowState {
  sid: string
  first: number
  last: number
  startedBy: number
  /** the key hashes (comma list) this window handed off to, once */
  linked: string | undefined
  /** the request whose response pointed this key at its session (continuity) */
  via: number | null
}

/**
 * The writer's WINDOW_SCRIPT (src/sink/script.ts) over one in-memory map instead of Redis: each
 * record's window key continues its live session or starts one; the identifiers a response hands
 * out continue that session, unless the window already handed off to those of another response,
 * or they have a live session of their own. Keep the two in step.
 */
class Windows {
  readonly #states = new Map<string, WindowState>()
  readonly #idle: number
  readonly #maxDuration: number

  constructor(idle: number, maxDuration: number) {
    this.#idle = idle
    this.#maxDuration = maxDuration
  }

  #live(st: WindowState, ts: number): boolean {
    return ts - st.last <= this.#idle && ts - st.first <= this.#maxDuration
  }

  step(n: number, id: Identity, ts: number): SessionStep {
    const kh = id.windowKey
    let st = this.#states.get(kh)
    let how: SessionStep['how']
    if (st !== undefined && this.#live(st, ts)) {
      how = st.via === null ? 'same-key' : 'continuity'
      if (ts > st.last) st.last = ts
    } else {
      how = st === undefined ? 'new' : 'expired'
      st = { sid: `${kh}-${ts.toString(36)}`, first: ts, last: ts, startedBy: n, linked: undefined, via: null }
      this.#states.set(kh, st)
    }
    let handoff: SessionStep['handoff'] = null
    if (id.handoffKey !== null) {
      st.linked ??= id.handoffKey
      const linked = `,${st.linked},`
      handoff = 'live'
      for (const h of id.handoffKey.split(',')) {
        if (h === kh) continue
        if (!linked.includes(`,${h},`)) {
          if (handoff === 'live') handoff = 'own'
          continue
        }
        const target = this.#states.get(h)
        if (target !== undefined && this.#live(target, ts)) continue
        this.#states.set(h, { sid: st.sid, first: st.first, last: ts, startedBy: st.startedBy, linked: target?.linked, via: n })
        handoff = 'linked'
      }
    }
    return { sid: st.sid, startedBy: st.startedBy, how, via: how === 'continuity' ? st.via : null, handoff }
  }
}

// ---- running them -------------------------------------------------------------------------------

export function explain(config: Readonly<Config>, hasher: Hasher, samples: readonly SampleExchange[]): Explained[] {
  const ident = compileIdentification(config, hasher)
  const windows = new Windows(config.session.idleTimeout, config.session.maxDuration)
  let clock = 0 // samples without a time count as sent right after the one before
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
    clock = s.ts ?? clock
    const session = identity === null ? null : windows.step(i + 1, identity, clock)
    // the URL as a record would keep it: masked query values and path parameters replaced
    const shown = identity === null ? s.url : `${/^https?:\/\//i.test(s.url) ? url.origin : ''}${identity.path}${identity.query === '' ? '' : `?${identity.query}`}`
    return { n: i + 1, method: s.method, url: shown, app, monitored, identity, session }
  })
}

function howText(n: number, step: SessionStep, id: Identity): string {
  // a key made from the response's identifier: the request alone had the client's IP + User-Agent key
  const byResponse = id.windowKey !== id.sid ? ', keyed by the client (IP, User-Agent) until its response' : ''
  switch (step.how) {
    case 'new':
      return `new${byResponse === '' ? '' : ` (${byResponse.slice(2)})`}`
    case 'expired':
      return "new: its key's session was idle past session.idleTimeout or older than session.maxDuration"
    case 'same-key':
      return `#${step.startedBy}'s session (same key${byResponse})`
    case 'continuity':
      return step.via === n
        ? `#${step.startedBy}'s session (login continuity)`
        : `#${step.startedBy}'s session (login continuity: #${step.via}'s response handed out this identifier)`
  }
}

const HANDOFF_TEXT = {
  linked: 'a new identifier, which continues this session (login continuity)',
  own: 'a new identifier, which starts its own session: this session already continues in the identifier an earlier response handed out',
  live: 'an identifier that already has a live session of its own: it stays there',
} as const

export function formatExplained(e: Explained): string {
  const lines = [`#${e.n} ${e.method} ${e.url}`, `  application  ${e.app ?? '(none: the proxy answers 421)'}`, `  monitored    ${e.monitored ? 'yes' : 'no'}`]
  const id = e.identity
  const step = e.session
  if (id && step) {
    lines.push(`  rule         ${id.rule} (${id.idParams.join(', ')})`, `  key hash     ${id.sid}`, `  session      ${step.sid}  ${howText(e.n, step, id)}`)
    if (step.handoff !== null) lines.push(`  hands out    ${HANDOFF_TEXT[step.handoff]}`)
    lines.push(`  user         ${id.user ?? '-'}`, `  role         ${id.role ?? '-'}`)
    const names = Object.keys(id.params)
    if (names.length === 0) lines.push('  params       -')
    names.forEach((name, j) => lines.push(`  ${j === 0 ? 'params      ' : '            '} ${name} = ${id.params[name]}`))
  }
  return lines.join('\n')
}

export function explainedJson(e: Explained): string {
  const id = e.identity
  const step = e.session
  return JSON.stringify({
    n: e.n,
    method: e.method,
    url: e.url,
    app: e.app,
    monitored: e.monitored,
    rule: id?.rule ?? null,
    idParams: id?.idParams ?? [],
    keyHash: id?.sid ?? null,
    sid: step?.sid ?? null,
    session: step === null ? null : { startedBy: step.startedBy, how: step.how, via: step.via, handoff: step.handoff },
    user: id?.user ?? null,
    role: id?.role ?? null,
    params: id?.params ?? {},
  })
}
