// The occupation catalogue in the browser: the province officer edits, the change is dated in
// the history; a city officer reads the same catalogue without edit controls.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, signIn } from './browser.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

test('the province officer flips an occupation\'s urgently-needed flag and the history shows it', async () => {
  const page = await newPage(browser)
  await signIn(page, 'province_officer')
  await page.locator('[data-test="menu-/occupations"]').click()
  await page.locator('[data-test=occupation-table]').getByText('中式烹调师').waitFor()
  assert.match(await page.locator('[data-test=occupation-total]').innerText(), /118/)

  await page.locator('input[data-test=occupation-q]').fill('4-03-02-01')
  await page.locator('[data-test=occupation-search]').click()
  await page.waitForFunction(() => document.querySelector('[data-test=occupation-total]')?.textContent?.trim() === '1')
  // The switch flips the flag; against a reused demo database it may already be on, so the
  // test waits for the table to change whichever way it went.
  const urgentTags = page.locator('[data-test=occupation-table]').getByText('急需紧缺')
  const before = await urgentTags.count()
  await page.locator('[data-test=occupation-edit]').first().click()
  await page.locator('[data-test=occupation-urgent]').click()
  await page.locator('[data-test=occupation-save]').click()
  await page.waitForFunction((n) => [...document.querySelectorAll('[data-test=occupation-table] *')]
    .filter((e) => e.children.length === 0 && e.textContent?.trim() === '急需紧缺').length !== n, before)

  await page.locator('[data-test=occupation-history]').first().click()
  const history = page.locator('[data-test=occupation-history-table]')
  await history.getByText('urgent').first().waitFor()
  assert.match(await history.innerText(), /province_officer/)
  assert.deepEqual(page.errors, [])
})

test('a city officer reads the catalogue but cannot edit it', async () => {
  const page = await newPage(browser)
  await signIn(page, 'city_officer')
  await page.locator('[data-test="menu-/occupations"]').click()
  await page.locator('[data-test=occupation-table]').getByText('中式烹调师').waitFor()
  assert.equal(await page.locator('[data-test=occupation-edit]').count(), 0)
  assert.equal(await page.locator('[data-test=create-occupation]').count(), 0)
  assert.deepEqual(page.errors, [])
})
