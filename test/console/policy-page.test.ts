/**
 * In Chromium: where each attack matched (the attacks view and a request's detail), an IP exempted
 * from API-abuse detection from a request's detail, listed with the exceptions, its history, removed;
 * and the inventory's first seen. Screenshots in test-results/ (the good ones are kept in docs/img/).
 */
import t from 'tap'
import { mkdirSync } from 'node:fs'
import { launchChromium, newTestPage } from '../helpers/browser.ts'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedisSensor } from '../helpers/sensor.ts'

const SHOTS = 'test-results'
const TOKEN = 'policy-analyst-token-1'

declare const document: { querySelectorAll(selector: string): { length: number } }

t.test('matched parts, IP exceptions from abuse detection with their history, first seen, in Chromium', async (t) => {
  mkdirSync(SHOTS, { recursive: true })
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('{"ok":true}'))
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'policy-page-test-key-01',
    redis: { url: redis.url },
    traced: [{ name: 'login', from: 'header', key: 'x-login' }],
    users: { user: 'login' },
    // the view is under test, not the time budget: a loaded machine must not cut the locating of the referer
    insight: { maxInspectTime: '1s' },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: [{ name: 'soc', token: TOKEN, role: 'analyst' }] },
  })
  const proxy = httpClient(t, s.url)
  const send = async (who: string, path: string, headers: Record<string, string> = {}, body?: string) =>
    (await proxy.request({ path, method: body === undefined ? 'GET' : 'POST', body, headers: { cookie: `PHPSESSID=${who}`, 'user-agent': 'Mozilla/5.0 test', 'x-login': who, ...headers } })).body.text()
  await send('alice', '/products/1')
  await send('mallory', `/products/3?id=${encodeURIComponent("1' OR '1'='1")}`)
  await send('mallory', '/search', { referer: 'https://shop.test/?q=<script>alert(document.cookie)</script>' })
  await send('mallory', '/api/users', { 'content-type': 'application/json' }, JSON.stringify({ user: { name: "x' UNION SELECT password FROM users--" }, password: 'hunter2' }))
  await send('mallory', `/login?password=${encodeURIComponent("' OR 1=1--")}`)
  await s.sink.waitWritten(5)

  const browser = await launchChromium(t)
  const { page, errors } = await newTestPage(browser, { width: 1280, height: 860 })
  await page.goto(`${s.consoleUrl}/#view=attacks`)
  await page.getByLabel('Token').fill(TOKEN)
  await page.getByRole('button', { name: 'Open' }).click()

  // the attacks view: where each matched, with a short masked excerpt
  const rows = page.locator('#attacks tbody tr')
  await rows.first().waitFor()
  t.equal(await rows.count(), 4)
  const matched = async (text: string) => (await rows.filter({ hasText: text }).locator('td.matched').innerText()).replace(/\s+/g, ' ').trim()
  t.equal(await matched('/products/3'), "query:id 1' OR '1'='1")
  t.equal(await matched('/search'), 'header:referer https://shop.test/?q=<script>alert(document.cookie)</script>')
  t.equal(await matched('/api/users'), "body:$.user.name x' UNION SELECT password FROM users--")
  t.equal(await matched('/login'), 'query:password [redacted]', 'a secret-like field: never in clear')
  await page.screenshot({ path: `${SHOTS}/console-attacks-matched.png`, fullPage: true })

  // a request's detail: where it matched; exempt its IP from abuse detection
  await rows.filter({ hasText: '/api/users' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.waitFor()
  t.match(await dialog.innerText(), /Matched\s+sqli in body:\$\.user\.name: x' UNION SELECT password FROM users--/)
  t.notMatch(await dialog.innerText(), /hunter2/, 'no secret on the page')
  await dialog.getByRole('button', { name: 'Exception from abuse for this IP' }).click()
  await dialog.getByText('127.0.0.1 exempt from abuse detection').waitFor()
  await page.screenshot({ path: `${SHOTS}/console-request-matched.png` })
  await dialog.getByRole('button', { name: 'Exception from abuse for this IP' }).click()
  await dialog.getByText(/Not added: 127\.0\.0\.1 is already exempt from abuse detection/).waitFor()
  t.pass('the same IP is not exempted twice')
  await dialog.getByRole('button', { name: 'Close' }).click()

  // the exceptions page: the IP exception and the history of changes
  await page.getByRole('button', { name: 'Denylist', exact: true }).click()
  const exceptions = page.locator('#exceptions tbody tr')
  await exceptions.first().waitFor()
  t.match(await exceptions.first().innerText(), /127\.0\.0\.1\s+API abuse \(all kinds\)\s+exempt from abuse detection: request .* by soc/)
  const history = page.locator('#exception-history tbody tr')
  t.match(await history.first().innerText(), /added\s+soc\s+127\.0\.0\.1\s+API abuse \(all kinds\)/)
  await page.screenshot({ path: `${SHOTS}/console-exceptions.png`, fullPage: true })
  await page.getByRole('button', { name: 'Remove 127.0.0.1 API abuse (all kinds)' }).click()
  await page.waitForFunction(() => document.querySelectorAll('#exceptions tbody tr').length === 0 && document.querySelectorAll('#exception-history tbody tr').length === 2)
  t.match(await history.first().innerText(), /removed\s+soc\s+127\.0\.0\.1/, 'the removal is kept in the history')

  // the inventory: first and last seen
  await page.getByRole('button', { name: 'API inventory', exact: true }).click()
  const endpoints = page.locator('#endpoints tbody tr')
  await endpoints.first().waitFor()
  t.match((await page.locator('#endpoints thead').innerText()).replace(/\s+/g, ' '), /First seen Last seen/)
  const products = endpoints.filter({ hasText: '/products/{id}' })
  const cells = await products.locator('td').allInnerTexts()
  const at = (await page.locator('#endpoints thead th').allInnerTexts()).indexOf('First seen')
  t.match(cells[at], /\d{2}:\d{2}:\d{2}/, 'first seen, a time')
  t.match(cells[at + 1], /\d{2}:\d{2}:\d{2}/, 'then last seen')
  await page.screenshot({ path: `${SHOTS}/console-inventory-first-seen.png`, fullPage: true })
  t.same(errors, [], 'no script errors')
})
