/**
 * Real clients nobody here wrote, through a real sensor on loopback (`npm run test:real-clients`,
 * in .ci/run): Debian's curl (ranges, conditional requests, compression, large uploads), the npm
 * client against a private registry (install, lock integrity, the token's user), git smart
 * HTTP (git http-backend as a CGI behind a node server; clone, fsck and push with Basic auth) and
 * Chromium driven by playwright-core (two browser contexts behind one IP and User-Agent, each
 * logging in with a cookie of its own). Every transfer is compared with the same one made directly
 * to the upstream, and the sessions and users the sensor wrote to its Redis are checked. The
 * clients run as child processes (never spawnSync: the sensor runs in this process).
 */
import t from 'tap'
import { execFile, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchChromium } from '../helpers/browser.ts'
import type { ConfigInput } from '../../src/config/schema.ts'
import { startRedis, type TestRedis } from '../helpers/redis.ts'
import { oneApp, startRedisSensor, type Tap } from '../helpers/sensor.ts'
import { bodyOf, startUpstream } from '../helpers/upstream.ts'

interface Recorded {
  id: string
  sid: string
  rule: string
  method: string
  path: string
  status: number
  reqBytes: number
  resBytes: number
  ua: string | null
  user: string | null
  params: Record<string, string>
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

/** Runs a program to its end; rejects with its output when it fails. */
function run(file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { ...options, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${file} ${args.join(' ')}: ${err.message}\n${stderr}`))
      else resolve({ stdout, stderr })
    })
  })
}

/**
 * A sensor with its Redis in front of `handler`; `viaSensor` counts the requests the upstream got
 * through it (the sensor adds X-Forwarded-For), so that the test can wait for their records.
 */
async function sensorFor(t: Tap, handler: (req: IncomingMessage, res: ServerResponse) => unknown, extra: Partial<ConfigInput> = {}) {
  let viaSensor = 0
  const up = await startUpstream(t, (req, res) => {
    if (req.headers['x-forwarded-for'] !== undefined) viaSensor++
    return handler(req, res)
  })
  const redis: TestRedis = await startRedis(t)
  const s = await startRedisSensor(t, { ...oneApp(up.url, extra), redis: { url: redis.url }, hashKey: 'real-clients-hash-key-01' })
  /** every record of the requests forwarded so far, from the feed, in order */
  const records = async (): Promise<Recorded[]> => {
    await s.sink.waitWritten(viaSensor)
    return (await redis.client.xrange('apisess:requests', '-', '+')).map(([, f]) => JSON.parse(f[f.indexOf('rec') + 1]!) as Recorded)
  }
  return { up, sensor: s, redis, records }
}

// ---- curl ---------------------------------------------------------------------------------------

const FILE = randomBytes(3 * 1024 * 1024 + 123)
const ETAG = `"${sha256(FILE).slice(0, 16)}"`
const MODIFIED = new Date('2026-01-02T03:04:05Z').toUTCString()

/** A file server with single ranges, ETag / Last-Modified validators, gzip, and an upload that answers its digest. */
async function fileServer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const data = await bodyOf(req)
  if (req.url === '/upload') {
    res.writeHead(201, { 'content-type': 'application/json' })
    return void res.end(JSON.stringify({ bytes: data.length, sha256: sha256(data), chunked: req.headers['transfer-encoding'] === 'chunked' }))
  }
  if (req.url === '/text') {
    const text = Buffer.from('line of text to compress\n'.repeat(20_000))
    const gz = /\bgzip\b/.test(String(req.headers['accept-encoding']))
    res.writeHead(200, { 'content-type': 'text/plain', vary: 'accept-encoding', ...(gz ? { 'content-encoding': 'gzip' } : {}) })
    return void res.end(gz ? gzipSync(text) : text)
  }
  if (req.url !== '/file.bin') return void res.writeHead(404).end()
  const validators = { etag: ETAG, 'last-modified': MODIFIED, 'accept-ranges': 'bytes' }
  if (req.headers['if-none-match'] === ETAG || (req.headers['if-none-match'] === undefined && req.headers['if-modified-since'] === MODIFIED)) {
    return void res.writeHead(304, validators).end()
  }
  const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''))
  if (range && (range[1] !== '' || range[2] !== '')) {
    const start = range[1] === '' ? FILE.length - Number(range[2]) : Number(range[1])
    const end = range[1] === '' || range[2] === '' ? FILE.length - 1 : Math.min(Number(range[2]), FILE.length - 1)
    if (start > end || start >= FILE.length) return void res.writeHead(416, { 'content-range': `bytes */${FILE.length}` }).end()
    res.writeHead(206, { ...validators, 'content-type': 'application/octet-stream', 'content-range': `bytes ${start}-${end}/${FILE.length}` })
    return void res.end(FILE.subarray(start, end + 1))
  }
  res.writeHead(200, { ...validators, 'content-type': 'application/octet-stream' })
  res.end(FILE)
}

t.test('curl: ranges, conditional requests, compression and a large upload, as direct; its sessions and Basic user', async (t) => {
  const { up, sensor, records } = await sensorFor(t, fileServer)
  const dir = t.testdir({})
  const upload = join(dir, 'upload.bin')
  writeFileSync(upload, randomBytes(48 * 1024 * 1024))
  const cases: [string, string[]][] = [
    ['whole file', ['/file.bin']],
    ['a range', ['/file.bin', '-r', '1000-1999']],
    ['an open range', ['/file.bin', '-r', '3000000-']],
    ['a suffix range', ['/file.bin', '-H', 'Range: bytes=-777']],
    ['an unsatisfiable range', ['/file.bin', '-r', '99999999-']],
    ['If-None-Match', ['/file.bin', '-H', `If-None-Match: ${ETAG}`]],
    ['If-Modified-Since', ['/file.bin', '-z', MODIFIED]],
    ['a stale If-None-Match', ['/file.bin', '-H', 'If-None-Match: "old"']],
    ['gzip, decoded by curl', ['/text', '--compressed']],
    ['48 MiB upload (Content-Length)', ['/upload', '-T', upload]],
    ['48 MiB upload (chunked)', ['/upload', '-H', 'Transfer-Encoding: chunked', '--data-binary', `@${upload}`]],
    ['Basic auth', ['/file.bin', '-r', '0-9', '-u', 'curl-user:curl-s3cret-pw']],
  ]
  const fileOf = (name: string, base: string) => join(dir, `${name.replace(/\W+/g, '-')}-${base === up.url ? 'direct' : 'sensor'}`)
  const fetchWith = async (base: string, name: string, [path, ...args]: string[]) => {
    const out = fileOf(name, base)
    const { stdout } = await run('curl', ['-sS', '-o', out, '-D', `${out}.headers`, '-w', '%{http_code}', ...args, `${base}${path}`])
    const headers = readFileSync(`${out}.headers`, 'utf8').toLowerCase()
    const header = (h: string) => new RegExp(`^${h}: (.*)\\r$`, 'm').exec(headers)?.[1] ?? null
    return { status: Number(stdout), sha256: sha256(existsSync(out) ? readFileSync(out) : ''), contentRange: header('content-range'), etag: header('etag'), contentEncoding: header('content-encoding') }
  }
  for (const [name, args] of cases) {
    const direct = await fetchWith(up.url, name, args)
    const via = await fetchWith(sensor.url, name, args)
    t.same(via, direct, `${name}: the same status, bytes and headers as direct (${direct.status})`)
  }
  t.equal((await fetchWith(sensor.url, 'whole file again', ['/file.bin'])).sha256, sha256(FILE), 'the whole file, byte for byte')
  const uploaded = JSON.parse(readFileSync(fileOf('48 MiB upload (chunked)', sensor.url), 'utf8')) as { bytes: number; sha256: string; chunked: boolean }
  t.same(uploaded, { bytes: 48 * 1024 * 1024, sha256: sha256(readFileSync(upload)), chunked: true }, 'the chunked upload reached the upstream whole, still chunked')

  const recs = await records()
  t.equal(recs.length, cases.length + 1, 'one record per request through the sensor')
  const anonymous = recs.filter((r) => r.user === null)
  t.ok(anonymous.every((r) => r.rule === 'builtin:ip-ua' && r.ua?.startsWith('curl/')), 'curl without credentials: the IP + User-Agent rule')
  t.equal(new Set(anonymous.map((r) => r.sid)).size, 1, 'one session')
  const basic = recs.filter((r) => r.rule === 'builtin:basic')
  t.same(basic.map((r) => [r.user, r.status]), [['curl-user', 206]], 'the Basic request: its user recorded')
  t.not(basic[0]!.sid, anonymous[0]!.sid, 'in a session of its own')
  t.ok(recs.some((r) => r.path === '/upload' && r.reqBytes === 48 * 1024 * 1024 && r.status === 201), 'the upload recorded with its size')
  t.ok(recs.some((r) => r.path === '/file.bin' && r.status === 200 && r.resBytes === FILE.length), 'the download recorded with its size')
  t.same(
    recs.filter((r) => r.path === '/file.bin').map((r) => r.status),
    [200, 206, 206, 206, 416, 304, 304, 200, 206, 200],
    'statuses as the upstream answered',
  )
  t.notMatch(JSON.stringify(recs), /curl-s3cret-pw/, 'no password stored')
})

// ---- git smart HTTP -----------------------------------------------------------------------------

const GIT_USER = 'alice'
const GIT_PASSWORD = 'git-s3cret-pw'

/** git http-backend as a CGI: the request's fields as CGI variables, its body on stdin, its answer parsed back. */
function gitBackend(root: string, execPath: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const credentials = Buffer.from(String(req.headers.authorization ?? '').replace(/^Basic /i, ''), 'base64').toString()
    if (credentials !== `${GIT_USER}:${GIT_PASSWORD}`) {
      req.resume()
      res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' })
      return void res.end()
    }
    const url = new URL(req.url ?? '/', 'http://git')
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      REQUEST_METHOD: req.method,
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_USER: GIT_USER,
      REMOTE_ADDR: req.socket.remoteAddress,
      GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
      HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
      ...(req.headers['content-length'] === undefined ? {} : { CONTENT_LENGTH: req.headers['content-length'] }),
    }
    const child = spawn(join(execPath, 'git-http-backend'), [], { env, stdio: ['pipe', 'pipe', 'inherit'] })
    req.pipe(child.stdin)
    let head: Buffer | null = Buffer.alloc(0)
    child.stdout.on('data', (chunk: Buffer) => {
      if (head === null) return void res.write(chunk)
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end === -1) return
      let status = 200
      const headers: Record<string, string> = {}
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':')
        const name = line.slice(0, colon).trim().toLowerCase()
        const value = line.slice(colon + 1).trim()
        if (name === 'status') status = Number.parseInt(value, 10)
        else headers[name] = value
      }
      res.writeHead(status, headers)
      const rest = head.subarray(end + 4)
      head = null
      if (rest.length > 0) res.write(rest)
    })
    child.on('close', () => (head === null ? res.end() : res.writeHead(502).end()))
  }
}

t.test('git smart HTTP (git http-backend): clone, fsck and push through the sensor, as direct; Basic user recorded', async (t) => {
  const dir = t.testdir({})
  const home = join(dir, 'home')
  mkdirSync(home)
  const env = { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.test', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.test' }
  const git = (cwd: string, ...args: string[]) => run('git', args, { cwd, env })
  const execPath = (await git(dir, '--exec-path')).stdout.trim()

  // a repository with history and a binary blob, served bare
  const work = join(dir, 'work')
  mkdirSync(work)
  await git(work, 'init', '-q', '-b', 'main')
  for (let i = 0; i < 5; i++) {
    writeFileSync(join(work, `file-${i}.txt`), `version ${i}\n`.repeat(1000 + i))
    if (i === 2) writeFileSync(join(work, 'blob.bin'), randomBytes(2 * 1024 * 1024))
    await git(work, 'add', '-A')
    await git(work, 'commit', '-q', '-m', `commit ${i}`)
  }
  const root = join(dir, 'srv')
  mkdirSync(root)
  await git(dir, 'clone', '-q', '--bare', work, join(root, 'repo.git'))
  await git(join(root, 'repo.git'), 'config', 'http.receivepack', 'true')

  const { up, sensor, records } = await sensorFor(t, gitBackend(root, execPath))
  const remote = (base: string) => base.replace('http://', `http://${GIT_USER}:${GIT_PASSWORD}@`) + '/repo.git'
  await git(dir, 'clone', '-q', remote(up.url), 'direct')
  await git(dir, 'clone', '-q', remote(sensor.url), 'via-sensor')
  for (const clone of ['direct', 'via-sensor']) await git(join(dir, clone), 'fsck', '--full', '--strict')
  t.pass('both clones pass git fsck --full --strict')
  const state = async (clone: string) => ({
    head: (await git(join(dir, clone), 'rev-parse', 'HEAD')).stdout.trim(),
    tree: (await git(join(dir, clone), 'ls-tree', '-r', 'HEAD')).stdout,
    log: (await git(join(dir, clone), 'log', '--format=%H %s')).stdout,
    blob: sha256(readFileSync(join(dir, clone, 'blob.bin'))),
  })
  const viaState = await state('via-sensor')
  t.same(viaState, await state('direct'), 'the same commits, trees and blobs as a direct clone')
  t.equal(viaState.blob, sha256(readFileSync(join(work, 'blob.bin'))), 'the binary blob byte for byte')

  // a push through the sensor (a 3 MiB pack: git sends it chunked)
  const pushed = join(dir, 'via-sensor')
  writeFileSync(join(pushed, 'pushed.bin'), randomBytes(3 * 1024 * 1024))
  await git(pushed, 'add', '-A')
  await git(pushed, 'commit', '-q', '-m', 'pushed through the sensor')
  await git(pushed, 'push', '-q', 'origin', 'main')
  await git(join(root, 'repo.git'), 'fsck', '--full', '--strict')
  t.equal((await git(join(root, 'repo.git'), 'rev-parse', 'main')).stdout.trim(), (await git(pushed, 'rev-parse', 'HEAD')).stdout.trim(), 'the push landed; the served repository passes fsck')

  const recs = await records()
  t.ok(recs.length >= 5, `${recs.length} git requests recorded`)
  const authenticated = recs.filter((r) => r.status !== 401)
  t.ok(authenticated.every((r) => r.rule === 'builtin:basic' && r.user === GIT_USER), 'every authenticated request: builtin:basic, user alice')
  t.equal(new Set(authenticated.map((r) => r.sid)).size, 1, "alice's clone and push: one session")
  t.ok(recs.some((r) => r.path === '/repo.git/git-upload-pack' && r.method === 'POST'), 'the fetch recorded')
  t.ok(recs.some((r) => r.path === '/repo.git/git-receive-pack' && r.method === 'POST' && r.reqBytes > 3 * 1024 * 1024), 'the push recorded with its size')
  t.notMatch(JSON.stringify(recs), new RegExp(GIT_PASSWORD), 'no password stored')
})

// ---- Chromium -----------------------------------------------------------------------------------

const ASSET = randomBytes(256 * 1024)

/** A shop with a cookie login: an anonymous page, a form login that sets connect.sid, pages behind it. */
function cookieShop() {
  const sessions = new Map<string, string>()
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const data = await bodyOf(req)
    const sid = /(?:^|;\s*)connect\.sid=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1]
    const user = sid === undefined ? undefined : sessions.get(sid)
    const html = (status: number, text: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...(user ? { 'x-user': user } : {}), ...extra })
      res.end(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body>${text}</body></html>`)
    }
    if (req.method === 'GET' && req.url === '/') return html(200, '<h1>Shop</h1><form method="post" action="/login"><input name="user"><button>Log in</button></form>')
    if (req.method === 'POST' && req.url === '/login') {
      const name = new URLSearchParams(data.toString()).get('user') ?? ''
      const id = `s%3A${randomBytes(12).toString('base64url')}`
      sessions.set(id, name)
      res.writeHead(303, { location: '/orders', 'set-cookie': `connect.sid=${id}; Path=/; HttpOnly`, 'x-user': name })
      return void res.end()
    }
    if (req.url === '/orders') return user === undefined ? html(401, '<h1>Log in first</h1>') : html(200, `<h1>Orders of ${user}</h1><ul><li>#1</li><li>#2</li></ul>`)
    if (req.url === '/asset.bin') {
      const gz = /\bgzip\b/.test(String(req.headers['accept-encoding']))
      res.writeHead(200, { 'content-type': 'application/octet-stream', ...(user ? { 'x-user': user } : {}), ...(gz ? { 'content-encoding': 'gzip' } : {}) })
      return void res.end(gz ? gzipSync(ASSET) : ASSET)
    }
    res.writeHead(404).end()
  }
}

t.test('Chromium: two browser contexts behind one IP and User-Agent each log in with a cookie of their own: two sessions', async (t) => {
  const { up, sensor, records } = await sensorFor(t, cookieShop(), {
    traced: [{ name: 'login', from: 'response_header', key: 'x-user' }],
    users: { user: 'login' },
  })
  const browser = await launchChromium(t)

  /** A browser context: browse anonymously, log in through the form, read the orders, fetch a gzip asset. */
  const visit = async (base: string, name: string) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${base}/`)
    await page.fill('input[name=user]', name)
    await Promise.all([page.waitForURL(`${base}/orders`), page.click('button')])
    const heading = await page.textContent('h1')
    const asset = await page.evaluate(async () => {
      const bytes = await (await fetch('/asset.bin')).arrayBuffer()
      return [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('')
    })
    const cookies = (await context.cookies()).map((c) => c.name)
    await context.close()
    return { heading, asset, cookies }
  }
  for (const name of ['alice', 'bob']) {
    const direct = await visit(up.url, name)
    const via = await visit(sensor.url, name)
    t.same(via, direct, `${name}: the same pages, cookies and asset bytes as direct`)
    t.same(via, { heading: `Orders of ${name}`, asset: sha256(ASSET), cookies: ['connect.sid'] })
  }

  const recs = await records()
  const ua = new Set(recs.map((r) => r.ua))
  t.equal(ua.size, 1, 'one browser: one User-Agent')
  const sidsOf = (user: string) => new Set(recs.filter((r) => r.user === user && r.rule === 'builtin:cookie:connect.sid').map((r) => r.sid))
  const alice = sidsOf('alice')
  const bob = sidsOf('bob')
  t.equal(alice.size, 1, "alice's authenticated requests: one session")
  t.equal(bob.size, 1, "bob's: one session")
  t.not([...alice][0], [...bob][0], 'two people behind one IP and browser are never merged')
  const first = recs[0]!
  t.match(first, { rule: 'builtin:ip-ua', path: '/', user: null })
  t.equal([...alice][0], first.sid, "alice's login continues her anonymous session (login continuity)")
  const logins = recs.filter((r) => r.path === '/login')
  t.same(
    logins.map((r) => [r.user, r.status, r.sid === first.sid]),
    [
      ['alice', 303, true],
      ['bob', 303, true],
    ],
    'both logins come from the same anonymous client and stay in its session; only the first hands its cookie on',
  )
})

// ---- npm against a registry ---------------------------------------------------------------------

/**
 * The smallest npm registry: one package's packument (its tarball URL on the host that was asked,
 * so that the tarball comes through the sensor too) and its tarball; a bearer token required, as a
 * private registry does.
 */
function registry(pkg: string, tarball: Buffer, token: string) {
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`
  const shasum = createHash('sha1').update(tarball).digest('hex')
  return (req: IncomingMessage, res: ServerResponse): void => {
    req.resume()
    if (req.headers.authorization !== `Bearer ${token}`) return void res.writeHead(401, { 'www-authenticate': 'Bearer' }).end('{"error":"token required"}')
    const base = `http://${req.headers.host}`
    if (req.url === `/${pkg}`) {
      const version = { name: pkg, version: '1.0.0', main: 'index.js', dist: { tarball: `${base}/${pkg}/-/${pkg}-1.0.0.tgz`, integrity, shasum } }
      res.writeHead(200, { 'content-type': 'application/json' })
      return void res.end(JSON.stringify({ name: pkg, 'dist-tags': { latest: '1.0.0' }, versions: { '1.0.0': version } }))
    }
    if (req.url === `/${pkg}/-/${pkg}-1.0.0.tgz`) return void res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': tarball.length }).end(tarball)
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}')
  }
}

t.test('npm: install from a private registry through the sensor, as direct; the token user recorded', async (t) => {
  const dir = t.testdir({ pkg: { 'package.json': JSON.stringify({ name: 'apisess-demo-pkg', version: '1.0.0', main: 'index.js' }), 'index.js': 'module.exports = 42\n' } })
  const env = { PATH: process.env.PATH, HOME: dir, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' }
  const packed = (await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: join(dir, 'pkg'), env })).stdout
  const tarball = readFileSync(join(dir, (JSON.parse(packed) as { filename: string }[])[0]!.filename))
  // a registry token whose user is in `name` (no `sub`), as some registries issue them
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  const token = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ name: 'npm-publisher', scope: 'read' })}.${randomBytes(16).toString('base64url')}`
  const { up, sensor, records } = await sensorFor(t, registry('apisess-demo-pkg', tarball, token))

  const install = async (base: string, name: string) => {
    const prefix = join(dir, name)
    mkdirSync(prefix)
    writeFileSync(join(prefix, 'package.json'), '{"name":"consumer","version":"1.0.0","private":true}')
    const host = base.replace('http:', '')
    writeFileSync(join(prefix, '.npmrc'), `registry=${base}/\n${host}/:_authToken=${token}\ncache=${join(dir, `cache-${name}`)}\n`)
    await run('npm', ['install', 'apisess-demo-pkg', '--no-audit', '--no-fund', '--prefer-online'], { cwd: prefix, env })
    const lock = JSON.parse(readFileSync(join(prefix, 'package-lock.json'), 'utf8')) as { packages: Record<string, { integrity?: string }> }
    return {
      main: readFileSync(join(prefix, 'node_modules', 'apisess-demo-pkg', 'index.js'), 'utf8'),
      integrity: lock.packages['node_modules/apisess-demo-pkg']?.integrity,
    }
  }
  const direct = await install(up.url, 'direct')
  const via = await install(sensor.url, 'via-sensor')
  t.same(via, direct, 'the same package and lock integrity as a direct install')
  t.equal(via.integrity, `sha512-${createHash('sha512').update(tarball).digest('base64')}`, "npm verified the tarball's sha512")

  const recs = await records()
  t.ok(recs.some((r) => r.path === '/apisess-demo-pkg') && recs.some((r) => r.path.endsWith('.tgz')), 'the packument and the tarball came through the sensor')
  t.same([...new Set(recs.map((r) => r.rule))], ['builtin:bearer'], 'a JWT without sub: identified by the token')
  t.equal(new Set(recs.map((r) => r.sid)).size, 1, 'one session')
  t.same([...new Set(recs.map((r) => r.user))], ['npm-publisher'], "the token's name claim is the user")
})
