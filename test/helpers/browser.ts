/** Debian's Chromium driven by playwright-core, as every browser test uses it. */
import { chromium, type Browser, type Page } from 'playwright-core'
import type { Tap } from './sensor.ts'

/** Headless, no sandbox (CI runs as root), no background traffic; closed in teardown. `CHROMIUM_PATH` overrides the binary. */
export async function launchChromium(t: Tap): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  t.teardown(() => browser.close())
  return browser
}

/** A page in a context of its own (Paris time, British English, the given viewport), collecting the page's uncaught errors. */
export async function newTestPage(browser: Browser, viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, timezoneId: 'Europe/Paris', locale: 'en-GB' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return { page, errors }
}
