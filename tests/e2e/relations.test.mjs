// The records under an owner, in the browser: a county officer adds a venue to the demo
// institution (swapped coordinates are refused by field first), and the province officer files
// an occupation and level for the demo evaluation body.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, signIn } from './browser.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

async function pick(page, selectTest, optionText) {
  await page.locator(`[data-test=${selectTest}]`).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: optionText }).first().click()
}

test('a venue with swapped coordinates is refused by field, then added', async () => {
  const page = await newPage(browser)
  await signIn(page, 'county_officer')
  await page.locator('[data-test="menu-/institutions"]').click()
  const row = page.locator('[data-test=institution-table] tr', { hasText: '锦江区阳光职业技能培训学校' })
  await row.locator('[data-test=institution-open]').click()
  const name = `实训室 ${Date.now()}`
  await page.locator('input[data-test=venues-name]').fill(name)
  await page.locator('input[data-test=venues-address]').fill('成都市锦江区东大街 1 号')
  // The county starts as the institution's own (锦江区).
  await page.locator('input[data-test=venues-latitude]').fill('104.081')
  await page.locator('input[data-test=venues-longitude]').fill('30.657')
  await page.locator('input[data-test=venues-capacity]').fill('60')
  await page.locator('[data-test=venues-add]').click()
  await page.getByText('请检查纬度与经度是否填反').first().waitFor()
  await page.locator('input[data-test=venues-latitude]').fill('30.657')
  await page.locator('input[data-test=venues-longitude]').fill('104.081')
  await page.locator('[data-test=venues-add]').click()
  const added = page.locator('[data-test=relation-venues-table] tr', { hasText: name })
  await added.waitFor()
  assert.match(await added.innerText(), /锦江区/)
  // Typed as a map app gives it (GCJ-02, the default datum), shown back as typed beside WGS-84.
  assert.match(await added.innerText(), /30\.657000, 104\.081000/)
  assert.deepEqual(page.errors, [])
})

test('the province officer files an occupation and level for an evaluation body', async () => {
  const page = await newPage(browser)
  await signIn(page, 'province_officer')
  await page.locator('[data-test="menu-/evaluation-bodies"]').click()
  const row = page.locator('[data-test=organisation-table] tr', { hasText: '锦江区职业技能评价中心' })
  await row.locator('[data-test=organisation-open]').click()
  await pick(page, 'filings-occupation_id', '4-03-02-01')
  await pick(page, 'filings-level', '四级/中级工')
  await page.locator('#filings-valid_from').fill('2026-01-01')
  await page.locator('#filings-valid_from').press('Enter')
  await page.locator('#filings-valid_to').fill('2028-12-31')
  await page.locator('#filings-valid_to').press('Enter')
  await page.locator('[data-test=filings-add]').click()
  await page.locator('[data-test=relation-filings-table] tr', { hasText: '2028-12-31' }).first().waitFor()
  assert.deepEqual(page.errors, [])
})
