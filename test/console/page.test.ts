import t from 'tap'
import { mkdirSync } from 'node:fs'
import { launchChromium, newTestPage } from '../helpers/browser.ts'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedisSensor } from '../helpers/sensor.ts'

const SHOTS = 'test-results'

// the page's globals inside the functions Playwright runs in the browser (no DOM lib in this project)
declare const document: { querySelector(selector: string): { textContent: string | null } | null; documentElement: { scrollWidth: number } }
declare const location: { hash: string }
declare const window: { innerWidth: number }

t.test('the console page in a real browser: sign in, list, expand, sort, detail, share link, phone width', async (t) => {
  mkdirSync(SHOTS, { recursive: true })
  const redis = await startRedis(t)
  const up = await startUpstream(t, (req, res) => {
    res.statusCode = req.url === '/missing' ? 404 : 200
    res.end(req.url === '/big' ? 'x'.repeat(4000) : '{"ok":true}')
  })
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'page-test-key-000000001',
    redis: { url: redis.url },
    traced: [{ name: 'tenant', from: 'header', key: 'x-tenant' }],
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: [{ name: 'ann', token: 'page-admin-token', role: 'admin' }] },
  })
  const proxy = httpClient(t, s.url)
  for (const [path, cookie] of [['/products', 'ann'], ['/missing', 'ann'], ['/big', 'ann'], ['/orders', 'bob'], ['/<script>alert(1)</script>', 'bob']] as const) {
    await (await proxy.request({ path: encodeURI(path), method: 'GET', headers: { cookie: `PHPSESSID=${cookie}`, 'user-agent': 'Mozilla/5.0 test', 'x-tenant': 'acme' } })).body.text()
  }
  await s.sink.waitWritten(5)
  const base = `${s.consoleUrl}/`

  const browser = await launchChromium(t)
  const { page, errors } = await newTestPage(browser, { width: 1280, height: 800 })

  await page.goto(base)
  await page.getByLabel('Token').waitFor()
  t.notOk(await page.locator('#views').isVisible(), 'no view tabs before sign-in (hidden wins over a rule that sets display)')
  t.notOk(await page.getByRole('button', { name: 'Forget token' }).isVisible(), 'nor "Forget token"')
  // the refused token's call for the pickers' values is held until the right token's list is shown:
  // its late 401 must not sign out the analyst who has signed in since (seen under load in CI)
  let release = (): void => {}
  const held = new Promise<void>((resolve) => { release = resolve })
  await page.route('**/api/values', async (route) => {
    if (route.request().headers().authorization === 'Bearer wrong-token-wrong') await held
    await route.continue()
  })
  await page.getByLabel('Token').fill('wrong-token-wrong')
  await page.getByRole('button', { name: 'Open' }).click()
  await page.getByText('That token was refused.').waitFor()
  t.pass('a refused token brings the sign-in back with a message')

  await page.getByLabel('Token').fill('page-admin-token')
  await page.getByRole('button', { name: 'Open' }).click()
  const rows = page.locator('#sessions tbody tr.session')
  await rows.first().waitFor()
  const late401 = page.waitForResponse((r) => r.url().endsWith('/api/values') && r.status() === 401)
  release()
  await late401
  await page.unroute('**/api/values')
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))') // the 401's handling has run
  t.ok(await rows.first().isVisible(), 'a refused token\'s late 401 does not sign out the token signed in since')
  t.notOk(await page.getByLabel('Token').isVisible(), 'nor bring the sign-in back')
  t.equal(await rows.count(), 2, 'two sessions listed')
  // From and To are made date inputs after the load (once a worker has loaded the date data)
  await page.locator('#filters input[name="from"][type="datetime-local"]').waitFor()
  await page.locator('#filters input[name="to"][type="datetime-local"]').waitFor()
  // the attacks view's (hidden) come last, one per task
  await page.locator('#attack-filters input[name="to"][type="datetime-local"]').waitFor({ state: 'attached' })
  t.equal(await page.locator('input[data-datetime]').count(), 0, 'every From and To is a datetime-local input')
  t.match(await rows.nth(0).innerText(), /\/orders/, 'newest first: bob')
  t.match(await rows.nth(0).innerText(), /\/%3Cscript%3Ealert\(1\)%3C\/script%3E/, 'a hostile path is shown as text, not run')
  await page.screenshot({ path: `${SHOTS}/console-list.png`, fullPage: true })

  // expand ann's session: statistics and the requests
  await rows.nth(1).click()
  await page.locator('table.requests').waitFor()
  t.match(await page.locator('.stats').innerText(), /404 1 \(33\.3%\)/, 'statistics with counts and %')
  const paths = () => page.locator('table.requests tbody tr td:nth-child(3)').allInnerTexts()
  t.same(await paths(), ['/products', '/missing', '/big'], 'requests in time order')
  await page.getByRole('button', { name: 'Size,bytes' }).click()
  await page.waitForFunction(() => document.querySelector('table.requests tbody tr td:nth-child(3)')?.textContent === '/products' && location.hash.includes('sort=resBytes'))
  await page.getByRole('button', { name: /Size,bytes/ }).click()
  await page.waitForFunction(() => document.querySelector('table.requests tbody tr td:nth-child(3)')?.textContent === '/big')
  t.pass('Size,bytes sorts ascending, then descending')
  await page.screenshot({ path: `${SHOTS}/console-session.png`, fullPage: true })

  // the CSV download of the session
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()])
  t.match(download.suggestedFilename(), /^session-.*\.csv$/)
  const csvPath = await download.path()
  const { readFileSync } = await import('node:fs')
  t.equal(readFileSync(csvPath, 'utf8').split('\r\n').length, 5, 'the header and three requests')

  // request detail
  await page.locator('table.requests tbody tr').first().click()
  const dialog = page.getByRole('dialog')
  await dialog.waitFor()
  t.match(await dialog.innerText(), /tenant[\s\S]*acme/, 'traced parameters shown')
  t.match(await dialog.innerText(), /curl -X GET 'http:\/\/.*\/big'/, 'copy as curl')
  await page.screenshot({ path: `${SHOTS}/console-request.png` })
  await page.getByRole('button', { name: 'Close' }).click()

  // the share link reopens the same view
  const link = page.url()
  t.match(link, /#.*open=.*sort=resBytes.*order=desc/)
  const again = await page.context().newPage()
  await again.goto(link)
  // a new tab has its own session storage: the token is asked again, then the view is restored
  await again.getByLabel('Token').fill('page-admin-token')
  await again.getByRole('button', { name: 'Open' }).click()
  await again.locator('table.requests').waitFor()
  t.equal(await again.locator('table.requests tbody tr td:nth-child(3)').first().innerText(), '/big', 'same session, same sort')

  // phone width
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })
  const small = await phone.newPage()
  await small.goto(base)
  await small.getByLabel('Token').fill('page-admin-token')
  await small.getByRole('button', { name: 'Open' }).click()
  await small.locator('#sessions tbody tr.session').first().waitFor()
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  t.ok(overflow <= 0, `no horizontal scroll of the page at 390 px (${overflow})`)
  await small.screenshot({ path: `${SHOTS}/console-phone.png`, fullPage: true })

  // empty state
  await page.getByLabel('Endpoint search (* and ?)').fill('/nothing/*')
  await page.getByRole('button', { name: 'Search' }).click()
  await page.getByText('No sessions match these filters.').waitFor()

  // Reset clears the form and the hash and lists everything again
  await page.getByRole('button', { name: 'Reset' }).click()
  await page.waitForFunction(() => document.querySelector('#sessions tbody tr.session:nth-child(2)') !== null && location.hash === '')
  t.equal(await page.getByLabel('Endpoint search (* and ?)').inputValue(), '', 'Reset empties the fields')
  t.equal(await rows.count(), 2, 'Reset lists every session again')

  // several values of one filter: any of them
  await page.getByLabel('Status').fill('404, 5xx')
  await page.getByRole('button', { name: 'Search' }).click()
  await page.waitForFunction(() => location.hash.includes('status=') && document.querySelector('#sessions tbody tr.session:nth-child(2)') === null && document.querySelector('#sessions tbody tr.session') !== null)
  t.match(await rows.first().innerText(), /\/products/, 'status=404,5xx: the session with a 404')
  t.match(await page.locator('#sessions thead').innerText(), /Last activity/, 'the column says what the list is ordered by')
  t.match(await rows.first().innerText(), /0 attacks/)
  t.same(errors, [], 'no script errors')
})
