/**
 * The README's screenshot: the console of a running demo (`npm run demo`), its sessions listed and
 * the attacker's open, in Debian's chromium. `npm run screenshot -- [CONSOLE_URL] [TOKEN] [OUT.png]`; defaults to the demo's
 * http://127.0.0.1:9090/, demo-console-token and docs/console-demo.png.
 */
import { chromium } from 'playwright-core'

const [url = 'http://127.0.0.1:9090/', token = 'demo-console-token', out = 'docs/console-demo.png'] = process.argv.slice(2)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 760 }, locale: 'en-GB', timezoneId: 'UTC' })
  const page = await context.newPage()
  await page.goto(url)
  await page.getByLabel('Token').fill(token)
  await page.getByRole('button', { name: 'Open' }).click()
  const rows = page.locator('#sessions tbody tr.session')
  await rows.first().waitFor()
  // the attacker's session open: its statistics name the attack types
  await rows.filter({ hasText: '192.0.2.99' }).click()
  await page.locator('table.requests').waitFor()
  await page.screenshot({ path: out, fullPage: true })
  process.stdout.write(`${out}\n`)
} finally {
  await browser.close()
}
