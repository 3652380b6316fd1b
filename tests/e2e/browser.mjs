// Shared set-up: Debian's Chromium, headless, with the network-quiet flags this machine needs.
import { chromium } from 'playwright-core'

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8080'
export const DEMO_PASSWORD = 'Sunshine@2026'

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  })
}

// A fresh browser context (own cookies) with a page that fails the test on any console error,
// which is how a Content-Security-Policy violation or a script crash shows up.
export async function newPage(browser) {
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'zh-CN' })
  const page = await context.newPage()
  page.errors = []
  page.on('console', (m) => { if (m.type() === 'error' && !/401|403|Failed to load resource/.test(m.text())) page.errors.push(m.text()) })
  page.on('pageerror', (e) => page.errors.push(String(e)))
  return page
}

export async function signIn(page, username, password = DEMO_PASSWORD) {
  await page.goto('/login')
  await page.locator('input[data-test=username]').fill(username)
  await page.locator('input[data-test=password]').fill(password)
  await page.locator('[data-test=submit]').click()
}
