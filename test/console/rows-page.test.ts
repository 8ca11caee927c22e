/**
 * The list's and a session's rows in a real browser once there are more than fit in one table
 * (issue 17: rows go on the page in slices; past the first 10 sessions and the first 20 requests they
 * are in tables of their own, laid out only near the viewport): every row is there, in order, its
 * columns lined up with the first table's, and opens by click or keyboard as in the first table.
 * Screenshot in test-results/console-rows.png.
 */
import t from 'tap'
import { mkdirSync } from 'node:fs'
import { launchChromium, newTestPage } from '../helpers/browser.ts'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'
import { startRedisSensor } from '../helpers/sensor.ts'

const SHOTS = 'test-results'
const TOKEN = 'rows-page-analyst-01'

declare const document: { querySelectorAll(selector: string): { length: number } }

t.test('25 sessions and a session of 45 requests: every row, columns in line, click and keyboard', async (t) => {
  mkdirSync(SHOTS, { recursive: true })
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('{"ok":true}'))
  const s = await startRedisSensor(t, {
    applications: [{ name: 'shop', hosts: ['shop.test'], upstream: up.url }],
    defaultApplication: 'shop',
    hashKey: 'rows-page-test-key-0001',
    redis: { url: redis.url },
    console: { listen: { host: '127.0.0.1', port: 0 }, tokens: [{ name: 'soc', token: TOKEN, role: 'analyst' }] },
  })
  const proxy = httpClient(t, s.url)
  const send = async (who: string, path: string) => (await proxy.request({ path, method: 'GET', headers: { cookie: `PHPSESSID=${who}`, 'user-agent': 'Mozilla/5.0 test' } })).body.text()
  // the big session first: the oldest, the list's last row
  for (let i = 0; i < 45; i++) await send('big', `/search?q=${i}`)
  for (let i = 1; i <= 24; i++) await send(`s${i}`, `/products/${i}`)
  await s.sink.waitWritten(69)

  const browser = await launchChromium(t)
  const { page, errors } = await newTestPage(browser, { width: 1360, height: 760 })
  await page.goto(`${s.consoleUrl}/`)
  await page.getByLabel('Token').fill(TOKEN)
  await page.getByRole('button', { name: 'Open' }).click()
  await page.locator('#sessions tbody tr.session').first().waitFor()
  await page.locator('#status').waitFor({ state: 'hidden' })
  const listed = page.locator('#app tr.session[data-sid]')
  t.equal(await listed.count(), 25, 'every session listed')
  t.equal(await page.locator('#sessions tbody tr.session').count(), 10, 'the first 10 in the list\'s table')
  t.equal(await page.locator('.sessions-more').count(), 2, 'the others in tables of 10')
  t.match(await listed.nth(0).innerText(), /\/products\/\{id\}|\/products/, 'newest first')
  const x = async (row: ReturnType<typeof listed.nth>, n: number) => (await row.locator(`td:nth-child(${n})`).boundingBox())!.x
  t.equal(await x(listed.nth(24), 6), await x(listed.nth(0), 6), 'a later table\'s columns line up with the first\'s')

  // the big session's row (in a later table: its requests came first; found by its count, as a
  // request of it and the next session's first may share a millisecond) opens by click, as the first
  // table's do
  const rowsAt = await listed.evaluateAll((rows) => rows.map((r) => ({ sid: r.getAttribute('data-sid'), n: (r as unknown as { cells: { textContent: string }[] }).cells[1]!.textContent })))
  const at = rowsAt.findIndex((r) => r.n.startsWith('45'))
  t.ok(at >= 10, `the 45-request session is listed in a later table (row ${at + 1})`)
  const big = page.locator(`#app tr.session[data-sid="${rowsAt[at]!.sid}"]`)
  await big.click()
  await page.locator('tr.expanded p.muted').waitFor()
  t.equal(await big.getAttribute('aria-expanded'), 'true')
  t.match(await page.locator('tr.expanded p.muted').innerText(), /^45 requests/, 'its 45 requests')
  const requests = page.locator('tr.expanded tr[data-rid]')
  t.equal(await requests.count(), 45, 'every request row')
  t.equal(await page.locator('table.requests tbody tr').count(), 20, 'the first 20 in table.requests')
  t.equal(await page.locator('.requests-more').count(), 2, 'the others in tables of 20')
  const paths = await requests.evaluateAll((rows) => rows.map((r) => (r as unknown as { cells: { textContent: string }[] }).cells[2]!.textContent))
  t.same(paths, Array.from({ length: 45 }, (_, i) => `/search?q=${i}`), 'in time order across the tables')
  const cx = async (n: number) => (await requests.nth(n).locator('td:nth-child(8)').boundingBox())!.x
  t.equal(await cx(44), await cx(0), 'the request tables\' columns line up')
  // a later table is laid out once near the viewport (the frame after the scroll)
  await requests.nth(44).scrollIntoViewIfNeeded()
  await page.waitForFunction(() => [...(globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<{ innerText: string }> } }).document.querySelectorAll('tr.expanded tr[data-rid] td:nth-child(3)')].at(-1)?.innerText === '/search?q=44')
  t.pass('a later table\'s row shown once scrolled to')
  await page.screenshot({ path: `${SHOTS}/console-rows.png` })

  // keyboard: Enter on a request row of a later table shows it; Enter on a list row closes its session
  await requests.nth(30).focus()
  await page.keyboard.press('Enter')
  await page.locator('#request[open]').waitFor()
  t.match(await page.locator('#request-body h3').innerText(), /^GET \/search$/, 'the request shown')
  t.match(await page.locator('#request-body').innerText(), /q=30/)
  await page.getByRole('button', { name: 'Close' }).click()
  t.equal(await big.getAttribute('aria-expanded'), 'true', 'Enter on a request row leaves its session open')
  await big.focus()
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.querySelectorAll('tr.expanded').length === 0)
  t.equal(await big.getAttribute('aria-expanded'), 'false', 'Enter closes it')
  await listed.nth(3).focus()
  await page.keyboard.press(' ')
  await page.locator('tr.expanded p.muted').waitFor()
  t.equal(await listed.nth(3).getAttribute('aria-expanded'), 'true', 'Space opens a row')
  t.same(errors, [], 'no script errors')
})
