/**
 * The config schema: the single home of every key, its default and its limits.
 * `config/sensor.schema.json` is generated from it (`npm run schema`); a test fails when stale.
 */
import { z } from 'zod'
import { parseCidr } from '../net/address.ts'
import { MAX_TIMER_MS, parseDuration, parseSize } from './units.ts'

/** `timer`: the value drives a node timer, which fires at once beyond MAX_TIMER_MS. */
const duration = (fallback: string, timer = false) =>
  z
    .union([z.number(), z.string()])
    .default(fallback)
    .transform((value, ctx) => {
      const ms = parseDuration(value)
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a duration (use 250ms, 10s, 30m, 24h, 7d or milliseconds)` })
        return z.NEVER
      }
      if (timer && ms > MAX_TIMER_MS) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is too long for a timer (at most ${MAX_TIMER_MS} ms, about 24 days)` })
        return z.NEVER
      }
      return ms
    })
    .meta({ description: `a duration such as 250ms, 10s, 30m, 24h, 7d, or milliseconds; default ${fallback}` })

/** A duration that sets how long something is kept in Redis (an expiry, a trim): at least a second, `why` saying what zero would break. */
const keptFor = (fallback: string, why: string) => duration(fallback).pipe(z.number().min(1000, `at least 1s: ${why}`))

/** A size; `ceiling` (with the reason for it) bounds what one request or one value may make the sensor hold. */
const size = (fallback: string, ceiling?: { max: string; why: string }) => {
  const max = ceiling === undefined ? Number.POSITIVE_INFINITY : parseSize(ceiling.max)!
  return z
    .union([z.number(), z.string()])
    .default(fallback)
    .transform((value, ctx) => {
      const bytes = parseSize(value)
      if (bytes === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a size (use 4096, 64KiB, 1MiB)` })
        return z.NEVER
      }
      if (bytes > max) {
        ctx.addIssue({ code: 'custom', message: `at most ${ceiling!.max}: ${ceiling!.why}` })
        return z.NEVER
      }
      return bytes
    })
    .meta({ description: `a size such as 4096, 64KiB, 1MiB; default ${fallback}${ceiling === undefined ? '' : `, at most ${ceiling.max}`}` })
}

const cidr = z.string().refine((s) => parseCidr(s) !== undefined, { message: 'not an IP address or CIDR range' })

/** A number, or a string of one: `port: "${PORT}"` interpolates to a string. */
const numeric = z.union([z.number(), z.string()]).transform((value, ctx) => {
  if (typeof value === 'number') return value
  const n = value.trim() === '' ? Number.NaN : Number(value)
  if (!Number.isFinite(n)) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a number` })
    return z.NEVER
  }
  return n
})
const integer = (min: number, max = Number.MAX_SAFE_INTEGER) => numeric.pipe(z.number().int().min(min).max(max))
const positive = () => numeric.pipe(z.number().positive())

/** true/false, or the strings "true"/"false" an ${ENV} interpolation gives. */
const flag = z.union([z.boolean(), z.string()]).transform((value, ctx) => {
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 'false') return value === 'true'
  ctx.addIssue({ code: 'custom', message: `"${value}" is not true or false` })
  return z.NEVER
})

const port = integer(0, 65535)

/** A host name, optionally with a port, optionally starting with "*." (any sub-domain). */
const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/
const hostPattern = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .refine((s) => HOST_PATTERN.test(s), { message: 'not a host name (shop.example.com, *.example.com, host:port)' })

const upstreamUrl = z.string().superRefine((s, ctx) => {
  let url: URL
  try {
    url = new URL(s)
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${s}" is not a URL` })
    return
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    ctx.addIssue({ code: 'custom', message: `upstream must be http:// or https://, not ${url.protocol}//` })
  } else if (url.search || url.hash || url.username) {
    ctx.addIssue({ code: 'custom', message: 'upstream is an origin with an optional base path; no query, fragment or credentials' })
  }
})

const tls = z.strictObject({
  cert: z.string().min(1).meta({ description: 'path to the PEM certificate chain' }),
  key: z.string().min(1).meta({ description: 'path to the PEM private key' }),
})

const listen = (host: string, portDefault: number) =>
  z
    .strictObject({
      host: z.string().min(1).default(host),
      port: port.default(portDefault),
    })
    .prefault({})

const application = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, "_", "." and "-", at most 64'),
  hosts: z.array(hostPattern).min(1),
  upstream: upstreamUrl,
  openapi: z.string().min(1).optional().meta({ description: 'OpenAPI 3.x spec (YAML or JSON) of this application' }),
})

const monitorTarget = z
  .strictObject({
    application: z.string().optional(),
    host: hostPattern.optional(),
    path: z.string().startsWith('/').optional().meta({ description: 'path glob: * within a segment, ** across segments' }),
  })
  .refine((t) => t.application !== undefined || t.host !== undefined || t.path !== undefined, {
    message: 'a target needs at least one of application, host, path',
  })

/** Where a traced parameter's value comes from (SPEC §3). */
const SOURCES = ['header', 'cookie', 'query', 'path', 'body', 'jwt', 'response_header', 'response_cookie', 'response_body'] as const
const MAX_TRACED = 10
const MAX_RULES = 5
const MAX_RULE_PARAMS = 3

const scope = monitorTarget

const traced = z
  .strictObject({
    name: z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits, "_", ".", ":" and "-", at most 64')
      // a record's params are a plain object: `__proto__` or `constructor` there would be its prototype's
      .refine((n) => !(n in Object.prototype), { error: (iss) => `"${String(iss.input)}" is a name every JavaScript object already has; choose another` }),
    from: z.enum(SOURCES),
    key: z.string().min(1).meta({
      description:
        'header/cookie/query name; path: the {placeholder} of `template`; body/response_body: JSON pointer (/a/b), or /field for form and multipart bodies; jwt: claim path (details.username)',
    }),
    in: z
      .string()
      .regex(/^(header|cookie|query):.+$/, 'header:NAME, cookie:NAME or query:NAME')
      .optional()
      .meta({ description: 'jwt only: where the token is, when not the Authorization bearer' }),
    template: z
      .string()
      .startsWith('/')
      .optional()
      .meta({ description: 'path only: a path template such as /users/{id}/orders/{order}' }),
    mask: z.enum(['none', 'hash', 'redact']).default('none').meta({ description: 'hash = keyed HMAC-SHA256; redact = "[redacted]"' }),
    when: scope.optional().meta({ description: 'only extract on requests matching this application / host / path' }),
  })
  .superRefine((p, ctx) => {
    if (p.in !== undefined && p.from !== 'jwt') ctx.addIssue({ code: 'custom', path: ['in'], message: '`in` applies to from: jwt only' })
    if (p.from === 'path') {
      if (p.template === undefined) ctx.addIssue({ code: 'custom', path: ['template'], message: 'from: path needs a template such as /users/{id}' })
      else if (!p.template.includes(`{${p.key}}`)) ctx.addIssue({ code: 'custom', path: ['key'], message: `"${p.key}" is not a {placeholder} of the template ${p.template}` })
    } else if (p.template !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['template'], message: '`template` applies to from: path only' })
    }
    if ((p.from === 'body' || p.from === 'response_body') && !p.key.startsWith('/')) {
      ctx.addIssue({ code: 'custom', path: ['key'], message: 'a body key is a JSON pointer starting with "/" (e.g. /user/id)' })
    }
  })

/** Business flows (SPEC §7): endpoints the config marks tag the sessions that touch them. */
const FLOWS = ['auth', 'account_creation', 'account_management', 'admin', 'billing', 'sms_gateway', 'ai'] as const

/** "/login", "POST /login", "/oauth/*" (one segment), "/billing/**" (any depth) */
const FLOW_PATTERN = /^(?:(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) )?\/\S*$/
const flowPattern = z.string().regex(FLOW_PATTERN, 'an endpoint pattern such as /login, POST /login, /oauth/* or /billing/**')

const count = (fallback: number) => integer(1).default(fallback)

const insight = z
  .strictObject({
    attacks: flag.default(true).meta({ description: 'detect attack types in request inputs (off the request path)' }),
    maxInspectBytes: size('16KiB', { max: '1MiB', why: 'each request in flight holds this much of its body for the detector' }).meta({ description: 'bytes of each request body the attack detector looks at; at most 1MiB' }),
    maxInspectTime: duration('5ms')
      .pipe(z.number().min(1, "at least 1ms: the detector's time for one request").max(1000, 'at most 1s: one request must not hold the event loop longer'))
      .meta({ description: "time the attack detector may spend on one request's values; past it the rest are not judged (counted in apisess_insight_cut_total); 1ms to 1s" }),
    abuse: z
      .strictObject({
        enabled: flag.default(true),
        window: keptFor('60s', "a session's abuse counters are kept in Redis for one window")
          .meta({ description: 'sliding window of the per-session counters; at least 1s' }),
        crawlerNotFound: count(20).meta({ description: 'security_crawler: 404s in the window ...' }),
        crawlerDistinctPaths: count(15).meta({ description: '... over at least this many distinct paths' }),
        scrapingDistinctIds: count(100).meta({ description: 'scraping: distinct resource ids of one endpoint in the window' }),
        scrapingRate: positive().default(2).meta({ description: '... at least this many requests per second (since the session began, at most over the window)' }),
        failedLogins: count(10).meta({ description: 'account_takeover: 401/403 answers on auth-flow endpoints in the window' }),
        distinctUsers: count(5).meta({ description: 'account_takeover: distinct users seen in one session in the window' }),
        rateFactor: numeric.pipe(z.number().min(2)).default(10).meta({ description: "api_abuse: a session's rate above this many times the application's normal per-session rate" }),
        minRate: positive().default(5).meta({ description: 'api_abuse: and at least this many requests per second' }),
        maxSessions: count(100_000).meta({ description: 'without Redis (a local sink), sessions followed at once in memory; the least recently seen are forgotten beyond (in Redis, the state expires a window after a session is idle)' }),
      })
      .prefault({}),
  })
  .prefault({})
  .meta({ description: 'endpoint insight, attack detection and API-abuse detection, done in the writer off the request path' })

export const configSchema = z
  .strictObject({
    listen: z
      .strictObject({
        host: z.string().min(1).default('0.0.0.0'),
        port: port.default(8080),
        tls: tls.optional(),
      })
      .prefault({}),
    admin: z
      .strictObject({ listen: listen('127.0.0.1', 9091) })
      .prefault({}),
    workers: z
      .union([z.literal('auto'), z.number().int().min(1).max(256), z.string().regex(/^\d{1,3}$/, 'auto or a number of workers').transform(Number)])
      .default(1)
      .meta({
        description:
          'proxy processes that share the listening port: a number, or auto (one per core the process may use); 1 runs everything in one process. With more, a supervising process serves the admin port and the console and restarts a worker that dies (docs/operations.md)',
      })
      .meta({ description: 'health and metrics endpoints: /healthz, /readyz, /metrics' }),
    trustedProxies: z
      .array(cidr)
      .default([])
      .meta({ description: 'peers whose X-Forwarded-For is believed for the client IP' }),
    applications: z.array(application).min(1),
    defaultApplication: z
      .string()
      .optional()
      .meta({ description: 'application for requests whose Host matches none (else 421)' }),
    monitor: z
      .strictObject({
        all: flag.default(true),
        targets: z.array(monitorTarget).default([]),
      })
      .prefault({}),
    traced: z
      .array(traced)
      .max(MAX_TRACED, `at most ${MAX_TRACED} traced parameters`)
      .default([])
      .meta({ description: `parameters to extract from each monitored request (at most ${MAX_TRACED})` }),
    rules: z
      .array(
        z.strictObject({
          params: z.array(z.string()).min(1).max(MAX_RULE_PARAMS, `a rule has at most ${MAX_RULE_PARAMS} parameters`),
        }),
      )
      .max(MAX_RULES, `at most ${MAX_RULES} rules`)
      .default([])
      .meta({ description: 'session identification rules, tried in order before the built-in ones' }),
    users: z
      .strictObject({
        user: z.string().optional().meta({ description: 'traced parameter whose value is the user' }),
        role: z.string().optional().meta({ description: 'traced parameter whose value is the role' }),
        claims: z
          .array(z.string().regex(/^[^.\s]+(\.[^.\s]+)*$/, 'a claim name, or a path of names joined by dots (details.username)'))
          .max(10, 'at most 10 claims')
          .default(['sub', 'preferred_username', 'name', 'email'])
          .meta({
            description:
              "when `user` gives none: the claims of an `Authorization: Bearer` JWT tried in order for the user (the first that is a non-empty string or a number); [] turns it off. A request's Basic user name is its user too",
          }),
      })
      .prefault({}),
    hashKey: z
      .string()
      .min(16, 'at least 16 characters')
      .optional()
      .meta({ description: 'key of the keyed hashes (session ids, masked values); keep it secret and stable' }),
    capture: z
      .strictObject({
        maxBodyBytes: size('64KiB', { max: '1MiB', why: 'each request in flight holds this much of each body, parsed on the event loop' }).meta({ description: 'bytes of each body kept (as it streams past) for body parameters; at most 1MiB' }),
        maxValueBytes: size('1KiB', { max: '64KiB', why: 'every stored value is kept a week in Redis' }).meta({ description: 'longest stored parameter value; longer ones are cut; at most 64KiB' }),
        cardNumbers: z
          .enum(['truncate', 'keep'])
          .default('truncate')
          .meta({ description: 'payment card numbers (13-19 digits passing the Luhn check) in the recorded path, query and parameter values keep only their first 6 and last 4 digits; `keep` records them as they came' }),
      })
      .prefault({}),
    timeouts: z
      .strictObject({
        clientHeaders: duration('10s', true).meta({ description: 'the request head must arrive within this (Envoy edge: 10s)' }),
        clientIdle: duration('120s', true).meta({ description: 'client socket inactivity (reading the body, writing the answer); must exceed upstreamHeaders and upstreamIdle' }),
        keepAlive: duration('75s', true).meta({ description: 'idle keep-alive client connection (nginx keepalive_timeout 75s)' }),
        upstreamConnect: duration('5s', true).meta({ description: 'TCP/TLS connect to the upstream (Envoy connect_timeout 5s)' }),
        upstreamHeaders: duration('60s', true).meta({ description: 'wait for the upstream response head (nginx proxy_read_timeout 60s)' }),
        upstreamIdle: duration('60s', true).meta({ description: 'gap between two upstream body chunks (nginx proxy_read_timeout 60s)' }),
        upstreamKeepAlive: duration('4s', true).meta({ description: 'idle pooled upstream connection kept this long' }),
        shutdown: duration('30s', true).meta({ description: 'SIGTERM: drain in-flight requests for at most this long' }),
        workerHang: duration('30s', true)
          .pipe(z.number().min(5_000, 'at least 5s: the primary pings each worker once a second, and a healthy one may answer a beat or two late'))
          .meta({ description: 'with workers: a worker whose event loop answers no heartbeat (one a second) for this long is killed and started again; at least 5s' }),
      })
      .prefault({}),
    limits: z
      .strictObject({
        maxHeaderBytes: size('32KiB', { max: '1MiB', why: 'each connection may hold this much before its request is read' }).meta({ description: 'request line + headers; 431 beyond (nginx: 4 x 8k); at most 1MiB' }),
        maxUrlBytes: size('8KiB', { max: '1MiB', why: 'the request target is held, parsed and matched for every request' }).meta({ description: 'request target; 414 beyond (nginx: 8k); at most 1MiB' }),
        upstreamConnections: integer(1).default(256).meta({ description: 'pooled connections per upstream' }),
        tunnels: integer(1).default(1024).meta({ description: 'open WebSocket tunnels per application (each holds an upstream connection of its own); 503 beyond' }),
      })
      .prefault({}),
    session: z
      .strictObject({
        idleTimeout: keptFor('30m', "a key's session window is kept in Redis for one and a half of it")
          .meta({ description: 'a key idle longer than this starts a new session; at least 1s' }),
        maxDuration: keptFor('24h', 'a session is closed once it is this old')
          .meta({ description: 'a session older than this is closed and a new one starts; at least 1s' }),
        retention: keptFor('7d', 'every key a batch writes is set to expire after it')
          .meta({ description: 'how long session streams, summaries and indexes are kept in Redis; at least 1s' }),
      })
      .prefault({}),
    redis: z
      .strictObject({
        url: z
          .string()
          .regex(/^(rediss?:\/\/|unix:\/\/)/, 'a redis://, rediss:// or unix:// URL')
          .default('redis://127.0.0.1:6379')
          .meta({ description: 'standalone Redis (ignored when cluster is set)' }),
        cluster: z
          .array(z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL'))
          .optional()
          .meta({ description: 'seed nodes of a Redis Cluster' }),
        tls: z
          .strictObject({
            ca: z.string().min(1).optional().meta({ description: 'PEM file of the CA(s) that signed the Redis server certificate (else the system CAs)' }),
            cert: z.string().min(1).optional().meta({ description: 'PEM file of the client certificate (Redis tls-auth-clients)' }),
            key: z.string().min(1).optional().meta({ description: 'PEM file of the client private key' }),
          })
          .refine((t) => (t.cert === undefined) === (t.key === undefined), { message: 'cert and key come together' })
          .optional()
          .meta({ description: 'TLS files for rediss:// URLs (relative paths from the config file); rediss:// alone verifies against the system CAs' }),
        prefix: z.string().regex(/^[A-Za-z0-9_.:-]{0,32}$/, 'letters, digits, _ . : - (at most 32)').default('apisess:'),
        shards: integer(1, 256).default(1).meta({ description: 'split the keys over N hash-tagged shards (set it to the number of cluster masters or more)' }),
        feedRetention: keptFor('7d', 'the requests stream is trimmed to it at every batch')
          .meta({ description: 'how long the global requests stream keeps entries (MINID trimming); at least 1s' }),
        connectTimeout: duration('2s', true),
        commandTimeout: duration('5s', true).meta({ description: 'a flush that takes longer is abandoned and retried' }),
        waitReplicas: integer(0, 16)
          .default(0)
          .meta({ description: 'a batch counts as written only once this many replicas of its shard have it (WAIT): records acknowledged this way survive a failover (docs/redis.md)' }),
      })
      .prefault({}),
    buffer: z
      .strictObject({
        maxRecords: integer(1).default(100_000).meta({ description: 'records held while Redis is slow or away; beyond, new records are dropped and counted' }),
        maxBytes: size('128MiB').meta({ description: 'bytes of records held while Redis is slow or away (split evenly between the shards); beyond, new records are dropped and counted (docs/sizing.md)' }),
        flushEvery: duration('50ms', true),
        batch: integer(1, 10_000).default(100).meta({ description: 'records per script call (a backlog of more than five batches goes five at a time, at most 10,000): a full batch is written at once, so a small one leaves records less time in memory (docs/benchmarks.md)' }),
        thread: z
          .boolean()
          .default(false)
          .meta({ description: 'experimental: the Redis client and batch script run in a worker thread, fed records already serialised (docs/benchmarks.md, "Where the writer\'s microseconds go")' }),
      })
      .prefault({}),
    flows: z
      .partialRecord(z.enum(FLOWS), z.array(flowPattern).min(1))
      .default({})
      .meta({ description: `business flows (${FLOWS.join(', ')}): endpoint patterns that tag the sessions touching them` }),
    insight,
    denylist: z
      .array(cidr)
      .max(10_000, 'at most 10,000 entries (each request is checked against every one): use ranges')
      .default([])
      .meta({ description: 'IPs or CIDR ranges always answered 403 (at most 10,000); the console adds more at run time' }),
    console: z
      .strictObject({
        enabled: flag.default(true).meta({ description: '`start` also serves the console (else run `api-sessions console`)' }),
        listen: listen('127.0.0.1', 9090),
        tokens: z
          .array(
            z.strictObject({
              name: z.string().regex(/^[A-Za-z0-9_.@-]{1,64}$/, 'letters, digits, _ . @ -'),
              token: z.string().min(12, 'at least 12 characters'),
              role: z.enum(['admin', 'analyst', 'viewer', 'api_developer']),
            }),
          )
          .default([])
          .meta({ description: 'bearer tokens of the console: admin and analyst change the denylist and exceptions, viewer reads, api_developer is refused' }),
        allowedHosts: z
          .array(z.string().max(253, 'a host name is at most 253 characters').regex(/^(\*|(\*\.)?[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?)$/, 'a host name, *.example.com for its sub-domains, or * for any Host'))
          .max(64)
          .default([])
          .meta({ description: 'host names the console answers to besides IP addresses, localhost and its listen host (a guard against DNS rebinding; other Hosts get 421); *.example.com for sub-domains, * for any' }),
      })
      .prefault({}),
    log: z
      .strictObject({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      })
      .prefault({}),
  })
  .superRefine((config, ctx) => {
    for (const issue of crossReferenceIssues(config)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
  })

/** A problem found by `crossReferenceIssues`: where (a YAML path) and why. */
export interface CrossIssue {
  path: (string | number)[]
  message: string
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
const asArray = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined)
const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/**
 * The checks that relate one part of the config to another: names that must exist (rules, users,
 * defaultApplication, scopes and targets naming applications), duplicates, a redacted parameter in a
 * rule, timeouts that must exceed others. They read their input defensively, so that the loader can
 * run them on the raw YAML as well when the schema has failed elsewhere: zod skips an object's
 * refinements once a field fails its type, and every error should be reported at once.
 */
export function crossReferenceIssues(input: unknown): CrossIssue[] {
  const issues: CrossIssue[] = []
  if (!isRecord(input)) return issues
  const add = (path: (string | number)[], message: string) => issues.push({ path, message })

  // applications: checks that name one are skipped when the list itself is not there to compare with
  const apps = asArray(input.applications)
  const names = new Set<string>()
  apps?.forEach((app, i) => {
    const name = isRecord(app) ? asString(app.name) : undefined
    if (name === undefined) return
    if (names.has(name)) add(['applications', i, 'name'], `duplicate application name "${name}"`)
    names.add(name)
  })
  const knownApps = apps !== undefined && apps.length > 0
  const defaultApplication = asString(input.defaultApplication)
  if (knownApps && defaultApplication !== undefined && !names.has(defaultApplication)) {
    add(['defaultApplication'], `"${defaultApplication}" is not one of the applications (${[...names].join(', ')})`)
  }

  // timeouts: compared only when they parse (their own errors are the schema's)
  const timeouts = configSchema.shape.timeouts.safeParse(input.timeouts)
  if (timeouts.success) {
    const t = timeouts.data
    if (t.clientIdle <= Math.max(t.upstreamHeaders, t.upstreamIdle)) {
      // node's socket idle timer also runs while the client waits for the upstream's answer
      add(['timeouts', 'clientIdle'], `must exceed upstreamHeaders and upstreamIdle (${Math.max(t.upstreamHeaders, t.upstreamIdle)} ms), or clients waiting on a slow upstream are cut first`)
    }
  }

  // traced parameters, and what names them
  const traced = input.traced === undefined ? [] : asArray(input.traced)
  const byName = new Map<string, { mask: unknown; i: number }>()
  traced?.forEach((p, i) => {
    const name = isRecord(p) ? asString(p.name) : undefined
    if (name !== undefined && !byName.has(name)) byName.set(name, { mask: (p as Record<string, unknown>).mask, i })
  })
  traced?.forEach((p, i) => {
    if (!isRecord(p)) return
    const name = asString(p.name)
    if (name !== undefined && byName.get(name)!.i !== i) add(['traced', i, 'name'], `duplicate traced parameter "${name}"`)
    const application = isRecord(p.when) ? asString(p.when.application) : undefined
    if (knownApps && application !== undefined && !names.has(application)) add(['traced', i, 'when', 'application'], `"${application}" is not one of the applications`)
  })
  if (traced !== undefined) {
    asArray(input.rules)?.forEach((rule, r) => {
      const params = isRecord(rule) ? asArray(rule.params) : undefined
      if (params === undefined) return
      params.forEach((name, j) => {
        if (typeof name !== 'string') return
        const found = byName.get(name)
        if (!found) add(['rules', r, 'params', j], `"${name}" is not a traced parameter (${[...byName.keys()].join(', ') || 'none defined'})`)
        else if (found.mask === 'redact') add(['rules', r, 'params', j], `"${name}" is masked with redact and cannot identify sessions (use mask: hash)`)
      })
      if (new Set(params).size !== params.length) add(['rules', r, 'params'], 'a parameter appears twice')
    })
    if (isRecord(input.users)) {
      for (const field of ['user', 'role'] as const) {
        const name = asString(input.users[field])
        if (name !== undefined && !byName.has(name)) add(['users', field], `"${name}" is not a traced parameter`)
      }
    }
  }

  const tokens = new Set<string>()
  if (isRecord(input.console)) {
    asArray(input.console.tokens)?.forEach((tk, i) => {
      const token = isRecord(tk) ? asString(tk.token) : undefined
      if (token === undefined) return
      if (tokens.has(token)) add(['console', 'tokens', i, 'token'], 'the same token twice')
      tokens.add(token)
    })
  }
  if (knownApps && isRecord(input.monitor)) {
    asArray(input.monitor.targets)?.forEach((target, i) => {
      const application = isRecord(target) ? asString(target.application) : undefined
      if (application !== undefined && !names.has(application)) add(['monitor', 'targets', i, 'application'], `"${application}" is not one of the applications`)
    })
  }
  return issues
}

export type ConfigInput = z.input<typeof configSchema>
export type Config = z.output<typeof configSchema>
export type Traced = Config['traced'][number]
export type Scope = z.output<typeof monitorTarget>

/** JSON Schema of the YAML an operator writes (the schema's input side). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://github.com/api-sessions/api-sessions/config/sensor.schema.json',
    title: 'api-sessions sensor config',
  }
}
