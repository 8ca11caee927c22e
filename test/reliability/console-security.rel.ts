/**
 * Issue 7 §7: the console's security. Every API route refuses a missing or wrong token; changes need
 * a JSON body (no form post reaches them) and a writer's role; hostile recorded values (paths,
 * user agents, parameters, users) are rendered as text in a real browser, never run; CSV cells that
 * a spreadsheet would run are neutralised; the token is never logged.
 */
import t from 'tap'
import { launchChromium } from '../helpers/browser.ts'
import { startRedis } from '../helpers/redis.ts'
import { startRedisSensor } from '../helpers/sensor.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { jwt } from '../helpers/view.ts'

declare const window: { __xss?: number }
declare const document: { querySelectorAll(selector: string): { length: number } }

const TOKEN = 'security-admin-token-01'
const HOSTILE = {
  path: `/search/"><img src=x onerror="window.__xss=1">`,
  ua: `<svg onload="window.__xss=2">`,
  tenant: `</td><script>window.__xss=3</script>`,
  user: `<img src=x onerror=window.__xss=4>`,
  formula: '=HYPERLINK("http://evil.example","x")',
}

t.test('the console: auth on every route, JSON-only changes, hostile values shown as text, CSV neutralised', async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (_req, res) => res.end('{"ok":true}'))
  const s = await startRedisSensor(
    t,
    {
      applications: [{ name: 'shop', hosts: ['*.test', '127.0.0.1'], upstream: up.url }],
      defaultApplication: 'shop',
      hashKey: 'security-test-key-000001',
      redis: { url: redis.url },
      traced: [
        { name: 'tenant', from: 'header', key: 'x-tenant' },
        { name: 'who', from: 'jwt', key: 'sub' },
        { name: 'sheet', from: 'query', key: 'note' },
      ],
      users: { user: 'who' },
      console: { listen: { host: '127.0.0.1', port: 0 }, tokens: [{ name: 'soc', token: TOKEN, role: 'admin' }, { name: 'ro', token: 'security-viewer-token', role: 'viewer' }] },
    },
    'debug',
  )
  const res = await fetch(`${s.url}${encodeURI(HOSTILE.path)}?note=${encodeURIComponent(HOSTILE.formula)}`, {
    headers: { host: 'shop.test', 'user-agent': HOSTILE.ua, 'x-tenant': HOSTILE.tenant, authorization: `Bearer ${jwt({ sub: HOSTILE.user })}` },
  })
  await res.text()
  await s.sink.waitWritten(1)
  const base = s.consoleUrl
  const list = (await (await fetch(`${base}/api/sessions`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { sessions: { sid: string }[] }
  const sid = list.sessions[0]!.sid

  // every API route: no token and a wrong token are 401
  const routes: [string, string][] = [
    ['GET', '/api/sessions'],
    ['GET', `/api/sessions/${sid}`],
    ['GET', `/api/sessions/${sid}/requests`],
    ['GET', `/api/sessions/${sid}/requests.csv`],
    ['GET', '/api/attacks'],
    ['GET', '/api/endpoints'],
    ['GET', '/api/values'],
    ['GET', '/api/denylist'],
    ['POST', '/api/denylist'],
    ['DELETE', '/api/denylist/x'],
    ['GET', '/api/exceptions'],
    ['POST', '/api/exceptions'],
    ['DELETE', '/api/exceptions/x'],
  ]
  for (const [method, path] of routes) {
    t.equal((await fetch(base + path, { method })).status, 401, `${method} ${path} without a token`)
    t.equal((await fetch(base + path, { method, headers: { authorization: 'Bearer not-the-token-at-all' } })).status, 401, `${method} ${path} with a wrong token`)
  }
  const form = await fetch(`${base}/api/denylist`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'kind=ip&value=10.0.0.1' })
  t.equal(form.status, 415, 'a form post is refused: changes take JSON only')
  t.equal((await fetch(`${base}/api/exceptions`, { method: 'POST', headers: { authorization: 'Bearer security-viewer-token', 'content-type': 'application/json' }, body: '{"endpoint":"/x","attack":"sqli"}' })).status, 403, 'a viewer may not change anything')

  // CSV: a cell a spreadsheet would run starts with a quote
  const csv = await (await fetch(`${base}/api/sessions/${sid}/requests.csv`, { headers: { authorization: `Bearer ${TOKEN}` } })).text()
  t.notMatch(csv, /(^|,)"?=HYPERLINK/m, 'no cell starts with =')

  // the page renders every hostile value as text
  const browser = await launchChromium(t)
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await page.goto(`${base}/`)
  await page.getByLabel('Token').fill(TOKEN)
  await page.getByRole('button', { name: 'Open' }).click()
  const row = page.locator('#sessions tbody tr.session').first()
  await row.waitFor()
  await row.click()
  const request = page.locator('table.requests tbody tr').first()
  await request.waitFor()
  await request.click()
  await page.getByText(HOSTILE.tenant, { exact: false }).first().waitFor()
  t.pass('the hostile parameter is shown, as text')
  t.equal(await page.evaluate(() => window.__xss), undefined, 'no recorded value ran as script')
  t.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload], script').length), 1, 'no recorded value became an element (the one script is the page\'s own)')
  await page.getByRole('button', { name: 'Close' }).click()
  // the other views show the same values, as text too
  for (const [tab, rows] of [['Attacks', '#attacks tbody tr'], ['API inventory', '#endpoints tbody tr']] as const) {
    await page.getByRole('button', { name: tab, exact: true }).click()
    await page.locator(rows).first().waitFor()
  }
  t.equal(await page.evaluate(() => window.__xss), undefined, 'no recorded value ran as script in the attacks view or the inventory')
  t.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload], script').length), 1, 'nor became an element')
  t.same(dialogs, [], 'no dialog opened')
  await page.screenshot({ path: 'test-results/console-hostile-values.png', fullPage: true })

  // the console's token is never logged
  t.notOk(s.logs.lines.some((l) => JSON.stringify(l).includes(TOKEN)), 'the token is not in the logs')
})
