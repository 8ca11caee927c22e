/**
 * The session list and a session's requests in a real browser (issue 17): attack types and abuse
 * kinds, every user, the IP count and the shadow/zombie mark in the list; client IP, user and
 * endpoint insight in the request table; the list's filters applied inside a session and cleared.
 * Screenshots in test-results/ (the good one is kept in docs/img/console-list.png).
 */
import t from 'tap'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium, newTestPage } from '../helpers/browser.ts'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedisSensor } from '../helpers/sensor.ts'

const SHOTS = 'test-results'
const TOKEN = 'list-page-analyst-01'
const SPEC = 'openapi: 3.0.3\ninfo: { title: shop, version: "1" }\npaths:\n  /products/{id}: { get: {} }\n  /search: { get: {} }\n  /orders/{id}: { get: { deprecated: true } }\n'

declare const document: { querySelectorAll(selector: string): { length: number } }
declare const location: { hash: string }

t.test('the list and a session in Chromium: the new columns, filters inside the session', async (t) => {
  mkdirSync(SHOTS, { recursive: true })
  const dir = t.testdir({ 'shop.yaml': SPEC })
  const redis = await startRedis(t)
  const up = await startUpstream(t, (req, res) => {
    res.statusCode = req.url?.startsWith('/admin') ? 403 : 200
    res.end('{"ok":true}')
  })
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url, openapi: join(dir, 'shop.yaml') }],
    defaultApplication: 'shop',
    hashKey: 'list-page-test-key-0001',
    trustedProxies: ['127.0.0.1/32', '::1/128'],
    redis: { url: redis.url },
    traced: [{ name: 'login', from: 'header', key: 'x-login' }, { name: 'role', from: 'header', key: 'x-role' }],
    users: { user: 'login', role: 'role' },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: [{ name: 'soc', token: TOKEN, role: 'analyst' }] },
  })
  const proxy = httpClient(t, s.url)
  const send = async (who: string, ip: string, path: string, login?: string) =>
    (await proxy.request({ path, method: 'GET', headers: { cookie: `PHPSESSID=${who}`, 'x-forwarded-for': ip, 'user-agent': 'Mozilla/5.0 test', ...(login ? { 'x-login': login, 'x-role': 'customer' } : {}) } })).body.text()
  for (let i = 1; i <= 6; i++) await send('scraper', '198.51.100.9', `/products/${i}`)
  await send('alice', '192.0.2.7', '/products/1', 'alice')
  await send('alice', '192.0.2.8', '/orders/3', 'alice')
  await send('mallory', '10.1.2.3', `/products/3?id=${encodeURIComponent("1' OR '1'='1")}`, 'mallory')
  await send('mallory', '10.1.2.4', `/search?q=${encodeURIComponent('<script>alert(document.cookie)</script>')}`, 'mal2')
  await send('mallory', '2001:db8::5', '/admin/users', 'mal3')
  await send('mallory', '10.1.2.3', '/orders/17', 'mallory')
  await s.sink.waitWritten(12)
  // the scraper's abuse kind, as the batch script counts it once its window fires
  const scraper = ((await (await fetch(`${s.consoleUrl}/api/sessions?ip=198.51.100.9`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { sessions: { sid: string }[] }).sessions[0]!.sid
  await redis.client.hset(`apisess:session:${scraper}:meta`, 'attack:scraping', '3', 'attacks', '3')

  // on the denylist now: one of mallory's IPs, the scraper's session
  for (const body of [{ kind: 'ip', value: '10.1.2.4' }, { kind: 'session', value: scraper }]) {
    const res = await fetch(`${s.consoleUrl}/api/denylist`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
    t.equal(res.status, 201)
  }

  const browser = await launchChromium(t)
  const { page, errors } = await newTestPage(browser, { width: 1360, height: 760 })
  await page.goto(`${s.consoleUrl}/`)
  await page.getByLabel('Token').fill(TOKEN)
  await page.getByRole('button', { name: 'Open' }).click()
  const rows = page.locator('#sessions tbody tr.session')
  await rows.first().waitFor()
  t.equal(await rows.count(), 3)

  const mallory = rows.nth(0)
  const cell = async (row: typeof mallory, cls: string) => (await row.locator(`td.${cls}`).innerText()).replace(/\s+/g, ' ').trim()
  const pills = (row: typeof mallory, cls: string) => row.locator(`td.${cls} .pill`).allInnerTexts()
  t.same(await pills(mallory, 'types'), ['sqli', 'xss'], 'its attack types')
  t.match(await cell(mallory, 'ips'), /^10\.1\.2\.4 \(denied\), 10\.1\.2\.3, 2001:db8::5 3 IPs · 1 denied$/, 'its IPs and how many, the denied one first and marked')
  t.equal(await mallory.locator('.pill.denied').count(), 0, 'the session itself is not denied')
  t.equal(await rows.nth(2).locator('td:first-child .pill.denied').innerText(), 'denied', 'the scraper\'s session is')
  t.same((await pills(mallory, 'endpoints')).slice(0, 3), ['shadow 1', 'zombie 1', '/admin/users'], 'it touched shadow and zombie endpoints')
  t.equal(await mallory.locator('td.endpoints .pill.shadow', { hasText: '/admin/users' }).count(), 1, 'the shadow endpoint outlined')
  t.match(await cell(mallory, 'users'), /^mallory, mal2, mal3 customer$/, 'every user')
  t.equal(await cell(rows.nth(1), 'ips'), '192.0.2.7, 192.0.2.8 2 IPs')
  t.same((await pills(rows.nth(1), 'endpoints'))[0], 'zombie 1')
  t.same(await pills(rows.nth(2), 'types'), ['scraping'], 'an abuse kind')
  t.equal(await rows.nth(2).locator('td.types .pill.abuse').count(), 1, 'shown as abuse')
  await page.screenshot({ path: `${SHOTS}/console-list.png` })

  // a session's requests: client IP, user, endpoint insight
  await mallory.click()
  const requests = page.locator('table.requests tbody tr')
  await requests.first().waitFor()
  t.same(await page.locator('table.requests thead th').allInnerTexts(), ['Time ▲', 'Method', 'Path', 'Status', 'Time,ms', 'Size,bytes', 'Attacks', 'Client IP', 'User', 'Endpoint insight'])
  const shadowRow = requests.filter({ hasText: '/admin/users' })
  t.match((await shadowRow.innerText()).replace(/\s+/g, ' '), /2001:db8::5 mal3 shadow$/, 'its IP, user and insight')
  t.match((await requests.filter({ hasText: '/orders/17' }).innerText()).replace(/\s+/g, ' '), /10\.1\.2\.3 mallory zombie$/)

  // the list's filters inside the session: "Apply filters", then "Show all requests"
  const inner = page.getByRole('form', { name: 'Filters inside the session' })
  await inner.getByLabel('User').fill('mallory')
  await inner.getByLabel('Status').fill('2xx')
  await inner.getByRole('button', { name: 'Apply filters' }).click()
  await page.waitForFunction(() => location.hash.includes('in.user=mallory') && document.querySelectorAll('table.requests tbody tr').length === 2)
  t.match(await page.locator('#sessions').innerText(), /2 requests match/, 'the user and status filters apply to its requests')
  await inner.getByLabel('User').fill('')
  await inner.getByLabel('Status').fill('4xx')
  await inner.getByRole('button', { name: 'Apply filters' }).click()
  await page.waitForFunction(() => location.hash.includes('in.status=4xx') && document.querySelectorAll('table.requests tbody tr').length === 1)
  t.match(await requests.first().innerText(), /\/admin\/users/, 'a status class')
  await inner.getByLabel('Status').fill('')
  await inner.getByLabel('Client IP').fill('10.1.2.0/24')
  await inner.getByRole('button', { name: 'Apply filters' }).click()
  await page.waitForFunction(() => location.hash.includes('in.ip=10.1.2.0%2F24') && document.querySelectorAll('table.requests tbody tr').length === 3)
  t.pass('a CIDR range inside the session')
  await inner.getByRole('button', { name: 'Show all requests' }).click()
  await page.waitForFunction(() => !location.hash.includes('in.') && document.querySelectorAll('table.requests tbody tr').length === 4)
  t.equal(await inner.getByLabel('Status').inputValue(), '', 'the fields cleared')
  await page.screenshot({ path: `${SHOTS}/console-list-session.png`, fullPage: true })
  t.same(errors, [], 'no page errors')
})

t.test('a session of many users and roles: the list shows the first three and how many more, the title the first ten', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('{"ok":true}'))
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'list-page-test-key-0002',
    redis: { url: redis.url },
    traced: [{ name: 'login', from: 'header', key: 'x-login' }, { name: 'role', from: 'header', key: 'x-role' }],
    users: { user: 'login', role: 'role' },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: [{ name: 'soc', token: TOKEN, role: 'analyst' }] },
  })
  const proxy = httpClient(t, s.url)
  // 15 users (the first tried twice, so it ranks first) and 4 roles
  const tries = ['u00', ...Array.from({ length: 15 }, (_, i) => `u${String(i).padStart(2, '0')}`)]
  for (const [i, login] of tries.entries()) {
    await (await proxy.request({ path: '/login', method: 'POST', headers: { cookie: 'PHPSESSID=stuffer', 'x-login': login, 'x-role': `r${i % 4}` } })).body.text()
  }
  await s.sink.waitWritten(tries.length)
  const browser = await launchChromium(t)
  const { page, errors } = await newTestPage(browser, { width: 1360, height: 760 })
  await page.goto(`${s.consoleUrl}/`)
  await page.getByLabel('Token').fill(TOKEN)
  await page.getByRole('button', { name: 'Open' }).click()
  const row = page.locator('#sessions tbody tr.session').first()
  await row.waitFor()
  const users = row.locator('td.users')
  t.equal((await users.innerText()).replace(/\s+/g, ' ').trim(), 'u00, u01, u02 +12 r0, r1, r2 +1', 'three users and roles, and how many more')
  t.equal(await users.getAttribute('title'), 'u00, u01, u02, u03, u04, u05, u06, u07, u08, u09 +5', 'the title: the ten the list has, and how many more')
  t.same(errors, [], 'no page errors')
})
