// Institutions in the browser: a city officer registers one (a wrong credit code is refused
// by field), reviews, approves and exits it for cheating; the public exposure list then shows
// it to anyone, without signing in.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, signIn } from './browser.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

// A valid GB 32100 code for Jinjiang district with a per-run organisation body.
function creditCode() {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  const body = 'MA' + String(Date.now() % 1000000).padStart(6, '0')
  const orgWeights = [3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (/\d/.test(body[i]) ? Number(body[i]) : body.charCodeAt(i) - 55) * orgWeights[i]
  const c = 11 - (sum % 11)
  const first17 = '91510104' + body + (c === 10 ? 'X' : c === 11 ? '0' : String(c))
  let total = 0
  for (let i = 0; i < 17; i++) total += alphabet.indexOf(first17[i]) * (3 ** i % 31)
  return first17 + alphabet[(31 - (total % 31)) % 31]
}

test('an exit for cheating shows on the public exposure list', async () => {
  const page = await newPage(browser)
  await signIn(page, 'city_officer')
  await page.locator('[data-test="menu-/institutions"]').click()
  await page.locator('[data-test=create-institution]').click()
  const name = `锦江某培训学校 ${Date.now()}`
  const code = creditCode()
  const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0')
  await page.locator('input[data-test=institution-name]').fill(name)
  await page.locator('input[data-test=institution-credit-code]').fill(wrong)
  await page.locator('input[data-test=institution-region]').fill('510104')
  await page.locator('[data-test=institution-save]').click()
  await page.getByRole('dialog').getByText('校验位错误').waitFor()
  await page.locator('input[data-test=institution-credit-code]').fill(code)
  await page.locator('[data-test=institution-save]').click()
  const row = page.locator('[data-test=institution-table] tr', { hasText: name })
  await row.waitFor()

  await row.locator('[data-test=institution-open]').click()
  // The review goes to the demo third-party auditor, named in the detail afterwards.
  await page.locator('[data-test=institution-auditor]').click()
  await page.locator('.el-select-dropdown__item', { hasText: '四川示范会计师事务所' }).click()
  await page.locator('[data-test=institution-action-review]').click()
  await page.getByRole('dialog').getByText('四川示范会计师事务所').waitFor()
  await page.locator('[data-test=institution-action-approve]').click()
  await page.locator('[data-test=institution-events]').getByText('审核通过').waitFor()
  await page.locator('[data-test=institution-action-exit]').waitFor()
  await page.locator('textarea[data-test=institution-reason]').fill('伪造学员签到记录，骗取培训补贴')
  await page.locator('[data-test=institution-expose]').click()
  await page.locator('[data-test=institution-action-exit]').click()
  await page.locator('[data-test=institution-events]').getByText('伪造学员签到记录').waitFor()
  assert.match(await page.locator('[data-test=institution-events]').innerText(), /提交审核[\s\S]*审核通过[\s\S]*退出/)
  assert.deepEqual(page.errors, [])

  const visitor = await newPage(browser)  // a fresh context: nobody signed in
  await visitor.goto('/login')
  await visitor.locator('[data-test=public-link]').click()
  const list = visitor.locator('[data-test=public-exposed]')
  await list.getByText(name).waitFor()
  assert.match(await list.innerText(), /伪造学员签到记录，骗取培训补贴/)
  assert.deepEqual(visitor.errors, [])
})
