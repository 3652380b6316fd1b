// Risk screening in the browser (issue 15 item 7): the demo server screens the generated province
// when it starts; a planted photo reuse is in the province's queue, its evidence shows the
// check-ins' photos side by side, the officer confirms it into a case, and closing the case with
// a suspension suspends the institution. The API agrees at each step.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, signIn } from './browser.mjs'
import { api, signInApi } from './api.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

test('a planted photo reuse goes from the queue, with both photos, to a case that suspends the institution', async () => {
  const token = await signInApi('province_officer')
  // Not the showcase institution, whose classes the other browser tests use.
  const showcase = (await api(await signInApi('institution'), 'GET', '/api/v1/institutions')).items[0].id
  let alert
  for (let i = 0; i < 90 && !alert; ++i) {
    const page = await api(token, 'GET', '/api/v1/risk/alerts?rule=photo_reuse&status=open&limit=200')
    alert = page.items.find((a) => a.institution_id !== showcase)
    if (!alert) await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  assert.ok(alert, 'the start-up screening found the planted shared photo')
  const people = alert.evidence.trainee_ids.length
  assert.ok(people >= 2)

  const page = await newPage(browser)
  await signIn(page, 'province_officer')
  await page.locator('[data-test="menu-/risk-alerts"]').click()
  await page.locator('[data-test=risk-by-rule]').getByText('同一照片用于不同人员').waitFor()
  const row = page.locator('[data-test=risk-table] tbody tr', { hasText: alert.statistic })
    .filter({ hasText: alert.institution_name }).first()
  await row.locator('[data-test=risk-evidence]').click()
  const photos = page.locator('[data-test=risk-photos] img')
  await photos.first().waitFor()
  assert.ok(await photos.count() >= 2, 'the photos of the check-ins side by side')
  await page.waitForFunction(() => [...document.querySelectorAll('[data-test=risk-photos] img')]
    .every((img) => img.complete && img.naturalWidth > 0))
  await page.locator('[data-test=risk-same-photo]').getByText(`同一照片被 ${people} 人使用`).waitFor()
  await page.keyboard.press('Escape')

  await row.locator('[data-test=risk-decide]').click()
  await page.locator('textarea[data-test=risk-reason]').fill('两名学员打卡照片字节完全相同，电话回访一人称未到场')
  const confirmed = page.waitForResponse((r) => r.url().endsWith(`/api/v1/risk/alerts/${alert.id}/actions/confirm`) && r.ok())
  await page.locator('[data-test=risk-decide-save]').click()
  const opened = await (await confirmed).json()
  assert.equal(opened.status, 'open')
  assert.equal(opened.institution_id, alert.institution_id)
  assert.deepEqual(page.errors, [])

  await page.locator('[data-test="menu-/risk-cases"]').click()
  await page.locator('[data-test=case-table] tbody tr', { hasText: opened.title }).first()
    .locator('[data-test=case-view]').click()
  await page.locator('[data-test=case-alerts]').getByText(alert.statistic).waitFor()
  await page.locator('[data-test=case-outcome-select]').click()
  await page.locator('.el-select-dropdown__item', { hasText: '暂停机构' }).click()
  await page.locator('textarea[data-test=case-close-note]').fill('代签属实，暂停其培训资格')
  const closed = page.waitForResponse((r) => r.url().endsWith(`/api/v1/risk/cases/${opened.id}/actions/close`) && r.ok())
  await page.locator('[data-test=case-close]').click()
  assert.equal((await (await closed).json()).outcome, 'suspension')
  await page.locator('[data-test=case-table] [data-test=case-outcome]', { hasText: '暂停机构' }).first().waitFor()
  assert.deepEqual(page.errors, [])

  const institution = await api(token, 'GET', `/api/v1/institutions/${alert.institution_id}`)
  assert.equal(institution.status, 'suspended')
  const kept = await api(token, 'GET', `/api/v1/risk/alerts/${alert.id}`)
  assert.equal(kept.status, 'confirmed')
  assert.equal(kept.case_id, opened.id)
})

// Alerts waiting for a decision (open or assigned) in a risk summary.
const waiting = (summary) =>
  summary.alerts.filter((a) => a.status === 'open' || a.status === 'assigned').reduce((n, a) => n + a.count, 0)

test("an officer's home page shows the region's risk figures as the API counts them", async () => {
  const token = await signInApi('province_officer')
  // The start-up screening has raised the region's alerts (the test above waits for it too).
  let summary
  for (let i = 0; i < 90; ++i) {
    summary = await api(token, 'GET', '/api/v1/risk/summary')
    if (summary.alerts.length > 0) break
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  const open = waiting(summary)
  assert.ok(open > 0, 'the demo province has open alerts')
  const page = await newPage(browser)
  await signIn(page, 'province_officer')
  await page.locator('[data-test=risk-card]').waitFor()
  // Alerts keep coming while the demo's terminals upload: the figure is read against a fresh count.
  const shown = Number(await page.locator('[data-test=risk-open]').textContent())
  const now = await api(token, 'GET', '/api/v1/risk/summary')
  const openNow = waiting(now)
  assert.ok(shown >= open && shown <= openNow, `${shown} open alerts shown, between ${open} and ${openNow}`)
  assert.ok(await page.locator('[data-test=risk-rules] tbody tr').count() > 0)
  await page.locator('[data-test=risk-open-queue]').click()
  await page.waitForURL(/\/risk-alerts/)
  assert.deepEqual(page.errors, [])
})
