// Random audits of claims in the browser (issue 14 item 7; R-F4): the city draws a sample of its
// approved claims and assigns one audit to a third-party auditor; the auditor sees only what is
// assigned to it, works the checklist (one item failing, with a note), and concludes with a
// finding, with a photo as evidence. The API agrees, and the draw can be drawn again from its seed.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { BASE_URL, launch, newPage, signIn, DEMO_PASSWORD } from './browser.mjs'
import { api, day, signInApi } from './api.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

test('a city draws claims to audit, a third-party auditor works the checklist and finds an issue', async () => {
  const auditorSession = await api('', 'POST', '/api/v1/sessions', { username: 'auditor', password: DEMO_PASSWORD })
  const auditorOrg = auditorSession.user.scope.code  // "auditor:<id>"
  const city = await newPage(browser)
  await signIn(city, 'city_officer')
  await city.locator('[data-test="menu-/claim-audits"]').click()
  await city.locator('[data-test=audit-draw]').click()
  // The start of the span (the end defaults to today): the dialog's first date field.
  const from = city.locator('.el-dialog .el-date-editor input').first()
  await from.fill(day(-200))
  await from.press('Enter')
  const drawn = city.waitForResponse((r) => r.url().endsWith('/api/v1/claim-audits/draws') && r.request().method() === 'POST')
  await city.locator('[data-test=audit-draw-save]').click()
  const draw = await (await drawn).json()
  assert.ok(draw.drawn >= 1, `a sample of the demo's approved claims: ${JSON.stringify(draw)}`)
  const first = city.locator('[data-test=audit-table] tbody tr').first()
  await first.locator('[data-test=audit-status]', { hasText: '待分派' }).waitFor()

  await first.locator('[data-test=audit-assign]').click()
  await city.locator('[data-test=audit-assignee]').click()
  const auditors = await api(await signInApi('city_officer'), 'GET', '/api/v1/auditors?limit=200')
  const org = auditors.items.find((a) => `auditor:${a.id}` === auditorOrg)
  assert.ok(org, 'the demo auditor is registered')
  await city.locator('.el-select-dropdown__item', { hasText: org.name }).click()
  const assigned = city.waitForResponse((r) => /\/api\/v1\/claim-audits\/\d+\/actions\/assign$/.test(r.url()) && r.ok())
  await city.locator('[data-test=audit-assign-save]').click()
  const audit = await (await assigned).json()
  assert.equal(audit.assignee, auditorOrg)
  assert.deepEqual(city.errors, [])

  // The auditor sees only its own audit, works it and concludes with a finding.
  const page = await newPage(browser)
  await signIn(page, 'auditor')
  await page.locator('[data-test="menu-/claim-audits"]').click()
  const mine = await api(auditorSession.token, 'GET', '/api/v1/claim-audits?limit=200')
  assert.ok(mine.items.every((a) => a.assignee === auditorOrg))
  await page.locator('[data-test=audit-table] tbody tr', { hasText: String(audit.claim_id) }).first()
    .locator('[data-test=audit-work]').click()
  for (const item of ['roster_as_filed', 'attendance_real', 'certificates_genuine', 'amounts_per_standard', 'money_received']) {
    await page.locator(`[data-test=audit-item-${item}] .el-radio`, { hasText: '符合' }).first().click()
  }
  await page.locator('[data-test=audit-conclude]').click()
  await page.getByText('核查清单尚未逐项填写').waitFor()  // one item is still open
  await page.locator('[data-test=audit-item-trainees_reached] .el-radio', { hasText: '不符合' }).click()
  await page.locator('input[data-test=audit-note-trainees_reached]').fill('电话回访：一名学员称未参加培训')
  // Evidence: a photo, shown at once as a thumbnail the officer can open.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
  await page.locator('[data-test=audit-photo-input]').setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: png })
  await page.locator('[data-test=audit-photos] img').first().waitFor()
  await page.locator('textarea[data-test=audit-finding]').fill('一名学员未参加培训，建议追回其补贴')
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/v1/claim-audits/${audit.id}/actions/conclude`) && r.ok()),
    page.locator('[data-test=audit-conclude]').click(),
  ])
  await page.locator('[data-test=audit-outcome]', { hasText: '发现问题' }).first().waitFor()
  assert.deepEqual(page.errors, [])

  const concluded = await api(auditorSession.token, 'GET', `/api/v1/claim-audits/${audit.id}`)
  assert.equal(concluded.outcome, 'issues_found')
  assert.equal(concluded.checklist.length, 6)
  assert.equal(concluded.photos.length, 1)
  const shown = await fetch(`${BASE_URL}/api/v1/claim-audits/${audit.id}/photos/${concluded.photos[0].sha256}`,
    { headers: { Authorization: `Bearer ${await signInApi('city_officer')}` } })
  assert.equal(shown.status, 200)
  assert.deepEqual(Buffer.from(await shown.arrayBuffer()), png)
})
