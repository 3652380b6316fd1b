// Training projects in the browser: the province officer adds a project for an occupation and
// raises its standard from a date on; both versions stay on record.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, signIn } from './browser.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

async function pickDate(page, selector, date) {
  const input = page.locator(selector)
  await input.click()
  await input.fill(date)
  await input.press('Enter')
}

test('the province officer adds a project and a new standard; the old one stays on record', async () => {
  const page = await newPage(browser)
  await signIn(page, 'province_officer')
  await page.locator('[data-test="menu-/projects"]').click()
  await page.locator('[data-test=create-project]').click()
  // Saved empty, every missing field says so at once, before anything is sent.
  await page.locator('[data-test=project-save]').click()
  const dialog = page.getByRole('dialog')
  await dialog.locator('.el-form-item', { hasText: '项目名称' }).getByText('必填').waitFor()
  await dialog.locator('.el-form-item', { hasText: '职业/专项能力' }).getByText('必填').waitFor()
  await dialog.locator('.el-form-item', { hasText: '生效日期' }).getByText('必填').waitFor()
  await page.locator('input[data-test=project-subsidy]').fill('12.345')
  await page.locator('[data-test=project-save]').click()
  await dialog.getByText('金额须为非负数，最多两位小数').waitFor()
  const name = `中式烹调师（五级）就业技能培训 ${Date.now()}`
  await page.locator('input[data-test=project-name]').fill(name)
  await page.locator('[data-test=project-occupation]').click()
  await page.keyboard.type('中式烹调')
  await page.locator('.el-select-dropdown__item', { hasText: '中式烹调师（4-03-02-01）' }).click()
  await page.locator('input[data-test=project-subsidy]').fill('1200')
  await pickDate(page, '#project-from', '2025-01-01')
  await page.locator('[data-test=project-save]').click()
  const table = page.locator('[data-test=project-table]')
  const row = table.locator('tr', { hasText: name })
  await row.waitFor()
  assert.match(await row.innerText(), /1,200\.00/)

  await row.locator('[data-test=project-new-version]').click()
  await page.locator('input[data-test=project-subsidy]').fill('1500.50')
  await pickDate(page, '#project-from', '2026-01-01')
  await page.locator('[data-test=project-save]').click()
  await row.getByText('1,500.50').waitFor()

  await row.locator('.el-table__expand-icon').click()
  const versions = page.locator('[data-test=project-versions]').first()
  await versions.getByText('2025-12-31').waitFor()  // the old standard closed the day before
  assert.match(await versions.innerText(), /1,200\.00/)
  assert.match(await versions.innerText(), /长期有效/)
  assert.deepEqual(page.errors, [])
})
