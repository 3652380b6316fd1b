// Subsidy claims in the browser (issue 14 items 1-2): the showcase school claims a finished
// class for the trainees on its roster; the page shows every line priced by the platform or left
// out with its reasons, and the sealed proof checks out; the API agrees, and the county sees it.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, signIn } from './browser.mjs'
import { api, signInApi } from './api.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

test('the institution claims a finished class and every line is priced or explained', async () => {
  const token = await signInApi('institution')
  const claimed = new Set((await api(token, 'GET', '/api/v1/claims?limit=200')).items.map((c) => c.class_id))
  const finished = await api(token, 'GET', '/api/v1/classes?status=finished&limit=100')
  const klass = finished.items.find((c) => !claimed.has(c.id))
  assert.ok(klass, 'a finished class of the showcase school not claimed yet')

  const page = await newPage(browser)
  await signIn(page, 'institution')
  await page.locator('[data-test="menu-/claims"]').click()
  await page.locator('[data-test=claim-open]').click()
  await page.locator('[data-test=claim-class] input').fill(String(klass.id))
  await page.locator('[data-test=claim-roster]').click()
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
  const mine = (await api(token, 'GET', '/api/v1/claims?limit=200')).items.find((c) => c.class_id === klass.id)
  const claim = await api(token, 'GET', `/api/v1/claims/${mine.id}`)
  assert.equal(await lines.count(), claim.lines_detail.length)
  for (const line of claim.lines_detail) assert.ok(line.paid ? line.reasons.length === 0 : line.reasons.length > 0)
  assert.equal(claim.amount_fen, claim.lines_detail.reduce((n, l) => n + l.amount_fen, 0))
  assert.match(claim.lines_detail[0].name_masked, /^\S\*+$/)
  const county = await api(await signInApi('county_officer'), 'GET', `/api/v1/claims/${mine.id}`)
  assert.equal(county.amount_fen, claim.amount_fen)
})
