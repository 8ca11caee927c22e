/**
 * The console's pivots in a real browser: pickers filled from the values that exist, several values
 * at once, the attacks view, an attack opening its session at that request, and "Explore the
 * attack" from a request's detail. Screenshots in test-results/ (the good ones are kept in docs/img/).
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
const TOKEN = 'views-analyst-token-01'

declare const document: { querySelector(selector: string): { textContent: string | null } | null; querySelectorAll(selector: string): { length: number }; documentElement: { scrollWidth: number } }
declare const location: { hash: string }
declare const window: { innerWidth: number }

t.test('pickers, the attacks view and its pivots, in Chromium', async (t) => {
  mkdirSync(SHOTS, { recursive: true })
  const dir = t.testdir({ 'shop.yaml': 'openapi: 3.0.3\ninfo: { title: shop, version: "1" }\npaths:\n  /products/{id}: { get: {} }\n  /search: { get: {} }\n  /orders/{id}: { get: { deprecated: true } }\n' })
  const redis = await startRedis(t)
  const up = await startUpstream(t, (req, res) => {
    res.statusCode = req.url?.startsWith('/admin') ? 403 : 200
    res.end('{"ok":true}')
  })
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url, openapi: join(dir, 'shop.yaml') }],
    defaultApplication: 'shop',
    hashKey: 'views-test-key-00000001',
    redis: { url: redis.url },
    traced: [{ name: 'login', from: 'header', key: 'x-login' }, { name: 'role', from: 'header', key: 'x-role' }],
    users: { user: 'login', role: 'role' },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: [{ name: 'soc', token: TOKEN, role: 'analyst' }] },
  })
  const proxy = httpClient(t, s.url)
  const send = async (who: string, path: string, login?: string, role?: string) =>
    (await proxy.request({ path, method: 'GET', headers: { cookie: `PHPSESSID=${who}`, 'user-agent': 'Mozilla/5.0 test', ...(login ? { 'x-login': login } : {}), ...(role ? { 'x-role': role } : {}) } })).body.text()
  await send('alice', '/products/1', 'alice', 'customer')
  await send('alice', '/orders/17', 'alice', 'customer')
  await send('mallory', '/products/2', 'mallory', 'customer')
  await send('mallory', `/products/3?id=${encodeURIComponent("1' OR '1'='1")}`, 'mallory', 'customer')
  await send('mallory', '/admin/users', 'mallory', 'customer')
  await send('mallory', `/search?q=${encodeURIComponent('<script>alert(document.cookie)</script>')}`, 'mallory', 'customer')
  await send('mallory', `/products/4?id=${encodeURIComponent('1 UNION SELECT password FROM users--')}`, 'mallory', 'customer')
  await send('eve', `/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`)
  await send('bob', '/products/5', 'bob', 'admin')
  await s.sink.waitWritten(9)

  const browser = await launchChromium(t)
  const { page, errors } = await newTestPage(browser, { width: 1280, height: 860 })
  await page.goto(`${s.consoleUrl}/`)
  await page.getByLabel('Token').fill(TOKEN)
  await page.getByRole('button', { name: 'Open' }).click()
  const rows = page.locator('#sessions tbody tr.session')
  await rows.first().waitFor()
  t.equal(await rows.count(), 4)

  // pickers: the attack types, statuses (and their classes) and roles that exist
  const filters = page.locator('#filters')
  const picker = (field: string) => filters.locator(`[data-picker="${field}"]`)
  await picker('attack').locator('summary').waitFor()
  await picker('attack').locator('summary').click()
  t.match((await picker('attack').locator('.opts').innerText()).replace(/\s+/g, ' '), /xss 2 sqli 1/, 'attack types that exist, with their sessions, most first')
  await picker('attack').getByLabel('xss').check()
  await picker('attack').getByLabel('sqli').check()
  t.equal(await filters.getByLabel('Attack type').inputValue(), 'xss, sqli', 'checking fills the field')
  await page.screenshot({ path: `${SHOTS}/console-pickers.png` })
  await picker('status').locator('summary').click()
  t.match((await picker('status').locator('.opts').innerText()).replace(/\s+/g, ' '), /2xx 4xx 200 4 403 1/, 'status classes first, then the codes')
  t.equal(await picker('attack').locator('details').getAttribute('open'), null, 'opening one picker closes the other')
  await picker('role').locator('summary').click()
  t.match((await picker('role').locator('.opts').innerText()).replace(/\s+/g, ' '), /admin 1 customer 2|customer 2 admin 1/, 'roles from the indexes')
  await picker('role').locator('summary').click()
  await filters.getByRole('button', { name: 'Search' }).click()
  await page.waitForFunction(() => location.hash.includes('attack=xss') && document.querySelectorAll('#sessions tbody tr.session').length === 2)
  t.pass('attack=xss,sqli lists the sessions with either')

  // the attacks view
  await page.getByRole('button', { name: 'Attacks', exact: true }).click()
  const attackRows = page.locator('#attacks tbody tr')
  await attackRows.first().waitFor()
  t.equal(await attackRows.count(), 4, 'every detected attack')
  t.match(await attackRows.first().innerText(), /xss[\s\S]*GET \/search\?q=/, 'newest session first, with type and request')
  t.match(hashOf(page.url()), /view=attacks/)
  await page.screenshot({ path: `${SHOTS}/console-attacks.png`, fullPage: true })
  const form = page.locator('#attack-filters')
  await form.getByLabel('Endpoint or path (* and ?)').fill('/products/9')
  await form.getByRole('button', { name: 'Search attacks' }).click()
  await page.waitForFunction(() => location.hash.includes('a.q=') && document.querySelectorAll('#attacks tbody tr').length === 2)
  t.pass('a concrete path finds the attacks on its template')

  // a row opens its session at that request, with the request's detail
  const target = attackRows.filter({ hasText: 'UNION' })
  const rid = await target.getAttribute('data-rid')
  await target.click()
  const dialog = page.getByRole('dialog')
  await dialog.waitFor()
  t.match(await dialog.innerText(), new RegExp(`Request id\\s+${rid!.replace(/\./g, '\\.')}`), 'the detail of that request')
  t.equal(await page.locator('tr.focus').getAttribute('data-rid'), rid, 'its row marked in the session')
  t.match(hashOf(page.url()), /sid=.*open=.*in\.from=/, 'the session opened from that request on')
  await page.screenshot({ path: `${SHOTS}/console-attack-request.png`, fullPage: true })

  // an exception from this request: its type on its endpoint
  await dialog.getByRole('button', { name: 'Mark as false positive' }).click()
  await dialog.getByText('Exception added: sqli on /products/{id}').waitFor()

  // and back: explore the attack
  await dialog.getByRole('button', { name: 'Explore the attack' }).click()
  await page.waitForFunction(() => location.hash.includes('a.attack=sqli') && document.querySelectorAll('#attacks tbody tr').length === 2)
  t.equal(await form.getByLabel('Endpoint or path (* and ?)').inputValue(), '/products/{id}', 'filtered on its endpoint and type')

  // the API inventory: every endpoint, classed against the spec, each opening its sessions
  await page.getByRole('button', { name: 'API inventory', exact: true }).click()
  const endpointRows = page.locator('#endpoints tbody tr')
  await endpointRows.first().waitFor()
  t.equal(await endpointRows.count(), 4)
  const classOf = async (endpoint: string) => (await endpointRows.filter({ has: page.locator(`td:text-is("${endpoint}")`) }).locator('td:nth-child(2)').innerText()).trim()
  t.equal(await classOf('/admin/users'), 'shadow')
  t.equal(await classOf('/orders/{id}'), 'zombie')
  t.equal(await classOf('/products/{id}'), 'documented')
  t.match(await page.locator('#endpoints-note').innerText(), /in the newest 9 requests/)
  await page.screenshot({ path: `${SHOTS}/console-inventory.png`, fullPage: true })
  await page.locator('#endpoint-filters').getByLabel('Class').selectOption('shadow,zombie')
  await page.getByRole('button', { name: 'List endpoints' }).click()
  await page.waitForFunction(() => document.querySelectorAll('#endpoints tbody tr').length === 2)
  await endpointRows.filter({ hasText: '/admin/users' }).click()
  await page.waitForFunction(() => location.hash.includes('q=') && document.querySelectorAll('#sessions tbody tr.session').length === 1)
  t.match(await rows.first().innerText(), /mallory/, 'a shadow endpoint opens the sessions that used it')

  // a request without an attack has no such button
  await page.getByRole('button', { name: 'Sessions', exact: true }).click()
  await page.getByRole('button', { name: 'Reset' }).first().click()
  await page.waitForFunction(() => document.querySelectorAll('#sessions tbody tr.session').length === 4)
  await rows.filter({ hasText: '/orders' }).click()
  await page.locator('table.requests tbody tr').first().click()
  await dialog.waitFor()
  t.equal(await dialog.getByRole('button', { name: 'Explore the attack' }).isVisible(), false)

  // deny this IP from a request's detail, once: a second time is refused with the entry in force
  page.once('dialog', (d) => void d.accept('2'))
  await dialog.getByRole('button', { name: 'Deny this IP' }).click()
  await dialog.getByText('127.0.0.1 denied').waitFor()
  page.once('dialog', (d) => void d.accept('2'))
  await dialog.getByRole('button', { name: 'Deny this IP' }).click()
  await dialog.getByText(/Not denied: 127\.0\.0\.1 is already on the denylist/).waitFor()
  t.pass('the same IP is not denied twice')
  await dialog.getByRole('button', { name: 'Close' }).click()

  // the denylist as a page: entries with who, when, why, until when; remove; history
  await page.getByRole('button', { name: 'Denylist', exact: true }).click()
  const entries = page.locator('#deny-entries tbody tr')
  await entries.first().waitFor()
  t.match(await entries.first().innerText(), /ip\s+127\.0\.0\.1\s+all\s+from the console\s+.* by soc/, 'the entry, who added it and why')
  t.match(await page.locator('#deny-history tbody tr').first().innerText(), /added\s+soc\s+ip\s+127\.0\.0\.1/)
  await page.screenshot({ path: `${SHOTS}/console-denylist.png`, fullPage: true })
  t.match(await page.locator('#exceptions tbody tr').first().innerText(), /\/products\/\{id\}\s+sqli\s+false positive: request .* by soc/, 'the exception from the request')
  await page.getByRole('button', { name: 'Remove 127.0.0.1' }).click()
  await page.getByText('Nobody is denied.').waitFor()
  t.match(await page.locator('#deny-history tbody tr').first().innerText(), /removed\s+soc/, 'the removal is kept in the history')
  // the new views at phone width: no horizontal scroll of the page (tables scroll in their box)
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })
  const small = await phone.newPage()
  await small.goto(`${s.consoleUrl}/#view=attacks`)
  await small.getByLabel('Token').fill(TOKEN)
  await small.getByRole('button', { name: 'Open' }).click()
  await small.locator('#attacks tbody tr').first().waitFor()
  t.ok((await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 0, 'the attacks view fits 390 px')
  await small.getByRole('button', { name: 'API inventory', exact: true }).click()
  await small.locator('#endpoints tbody tr').first().waitFor()
  t.ok((await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 0, 'the inventory fits 390 px')
  t.same(errors, [], 'no script errors')
})

function hashOf(url: string): string {
  return decodeURIComponent(url.slice(url.indexOf('#')))
}
