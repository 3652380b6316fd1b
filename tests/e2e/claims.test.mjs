// Subsidy claims in the browser (issue 14 items 1-2): the showcase school claims a finished
// class for the trainees on its roster; the page shows every line priced by the platform or left
// out with its reasons, and the sealed proof checks out; the API agrees, and the county sees it.
// A trainee who paid first claims for themself (先垫后补) and sees only their own line.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, signIn } from './browser.mjs'
import { api, signInApi } from './api.mjs'

let browser
// Picks a class in the claim dialog's list of claimable classes, by its name and end date.
async function pickClass(page, klass) {
  await page.locator('[data-test=claim-class]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: klass.class_name })
    .filter({ hasText: klass.end_date }).first().click()
}

before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

test('the institution claims a finished class and every line is priced or explained', async () => {
  const token = await signInApi('institution')
  const claimable = (await api(token, 'GET', '/api/v1/claims/claimable')).items
  const klass = claimable.find((c) => !c.live_claim_id && !['apprenticeship', 'work_in_lieu'].includes(c.training_type))
  assert.ok(klass, 'a finished class of the showcase school not claimed yet')

  const page = await newPage(browser)
  await signIn(page, 'institution')
  await page.locator('[data-test="menu-/claims"]').click()
  await page.locator('[data-test=claim-open]').click()
  await pickClass(page, klass)
  await page.locator('[data-test=claim-trainees] .el-checkbox').first().waitFor()
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/claims')),
    page.locator('[data-test=claim-save]').click(),
  ])
  const lines = page.locator('[data-test=claim-lines] tbody tr')
  await lines.first().waitFor()
  await page.locator('[data-test=claim-proof]').click()
  await page.locator('[data-test=claim-proof-intact]', { hasText: '与封存内容一致' }).waitFor()
  assert.deepEqual(page.errors, [])

  // The API: one line per roster member, each paid or with at least one reason; the total is
  // the paid lines' sum; the county of the class sees the claim.
  const mine = (await api(token, 'GET', '/api/v1/claims?limit=200')).items.find((c) => c.class_id === klass.class_id)
  const claim = await api(token, 'GET', `/api/v1/claims/${mine.id}`)
  assert.equal(await lines.count(), claim.lines_detail.length)
  for (const line of claim.lines_detail) assert.ok(line.paid ? line.reasons.length === 0 : line.reasons.length > 0)
  assert.equal(claim.amount_fen, claim.lines_detail.reduce((n, l) => n + l.amount_fen, 0))
  assert.match(claim.lines_detail[0].name_masked, /^\S\*+$/)
  const county = await api(await signInApi('county_officer'), 'GET', `/api/v1/claims/${mine.id}`)
  assert.equal(county.amount_fen, claim.amount_fen)
})

test('a trainee who paid first claims their own class and sees only themself', async () => {
  const token = await signInApi('trainee')
  const [klass] = (await api(token, 'GET', '/api/v1/claims/claimable')).items.filter((c) => !c.live_claim_id)
  assert.ok(klass, 'the demo trainee has a finished class to claim')
  const page = await newPage(browser)
  await signIn(page, 'trainee')
  await page.locator('[data-test="menu-/claims"]').click()
  await page.locator('[data-test=claim-open]').click()
  await pickClass(page, klass)
  const people = page.locator('[data-test=claim-trainees] .el-checkbox')
  await people.first().waitFor()
  assert.equal(await people.count(), 1)
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/claims')),
    page.locator('[data-test=claim-save]').click(),
  ])
  await page.locator('[data-test=claim-lines] tbody tr').first().waitFor()
  assert.equal(await page.locator('[data-test=claim-lines] tbody tr').count(), 1)
  await page.locator('[data-test=claim-claimant]', { hasText: '*' }).waitFor()
  assert.deepEqual(page.errors, [])
  const mine = (await api(token, 'GET', '/api/v1/claims')).items
  assert.equal(mine.length, 1)
  assert.equal(mine[0].class_id, klass.class_id)
  assert.match(mine[0].claimant, /^trainee:\d+$/)
})
