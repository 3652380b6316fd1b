// A claim from submission through two reviews and the public notice, in the browser (issue 14
// items 3-4): the county approves refusing one line with a reason, the city approves, publishes
// the notice; a member of the public objects to a line without signing in; the city upholds it,
// and the line is withheld from the claim and struck from the notice. The API agrees, and the
// public notice shows no readable name, ID number or phone.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { BASE_URL, launch, newPage, signIn } from './browser.mjs'
import { api, idNumber, signInApi } from './api.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

// A claim of the showcase school awaiting the county with at least two paid lines: one already
// made, else a finished class the school assesses itself (结业考核, 培训合格证书) and claims for
// everyone on its roster before the start. A claim awaiting the county with nothing to pay (the
// claims test claims the class whose certificates the assessments test revoked) is rejected by
// the county first, so that the class may be claimed anew.
async function claimWithTwoPaidLines() {
  const token = await signInApi('institution')
  let claims = (await api(token, 'GET', '/api/v1/claims?limit=200')).items
  const waiting = claims.find((c) => c.stage === 'county' && c.paid_lines >= 2)
  if (waiting) return api(token, 'GET', `/api/v1/claims/${waiting.id}`)
  const county = await signInApi('county_officer')
  for (const c of claims.filter((c) => c.stage === 'county')) {
    await api(county, 'POST', `/api/v1/claims/${c.id}/actions/reject`, { reason: '无可补贴人员，重新考核后再申领' })
  }
  claims = (await api(token, 'GET', '/api/v1/claims?limit=200')).items
  const claimed = new Set(claims.filter((c) => c.status !== 'rejected').map((c) => c.class_id))
  const finished = await api(token, 'GET', '/api/v1/classes?status=finished&limit=100')
  for (const klass of finished.items.filter((c) => !claimed.has(c.id))) {
    const view = await api(token, 'GET', `/api/v1/assessments/classes/${klass.id}`)
    if (view.figures.unaccounted >= 2) {
      const sitting = await api(token, 'POST', '/api/v1/assessments/sittings', {
        class_id: klass.id, date: view.class.end_date, start: '09:00', end: '11:00', place: '本校考场',
        examiners: [{ name: '王考评', id_number: idNumber('51010419700101666'), certificate: 'KP5101040009' }],
        candidates: [],
      })
      const path = `/api/v1/assessments/sittings/${sitting.id}`
      await api(token, 'PUT', `${path}/results`,
        { results: sitting.candidates.map((c) => ({ trainee_id: c.trainee_id, theory: 80, practical: 85 })) })
      await api(token, 'POST', `${path}/actions/lock`, {})
      await api(token, 'POST', `${path}/actions/issue`, {})
    }
    const roster = (await api(token, 'GET', `/api/v1/classes/${klass.id}`)).roster
    const ids = roster.filter((r) => r.before_start && !r.withdrawn_at).map((r) => r.trainee_id)
    const claim = await api(token, 'POST', '/api/v1/claims', { class_id: klass.id, trainee_ids: ids })
    if (claim.paid_lines >= 2) return claim
  }
  throw new Error('no claim of the showcase school with two paid lines awaits the county, nor a class to make one')
}

test('a claim goes through county and city review, the notice, an upheld objection', async () => {
  const claim = await claimWithTwoPaidLines()
  const paid = claim.lines_detail.filter((l) => l.paid)
  const page = await newPage(browser)

  // The county: its list opens on the claims it reviews; it refuses the first paid line.
  await signIn(page, 'county_officer')
  await page.locator('[data-test="menu-/claims"]').click()
  await page.locator('[data-test=claim-table] tbody tr').first().waitFor()
  await page.locator('[data-test=claim-table] tbody tr', { hasText: claim.class_name }).first()
    .locator('[data-test=claim-view]').click()
  await page.locator('[data-test=claim-refuse]').first().click()
  await page.locator('input[data-test=claim-refuse-reason]').fill('证书照片与本人不符')
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/v1/claims/${claim.id}/actions/approve`) && r.ok()),
    page.locator('[data-test=claim-approve]').click(),
  ])
  await page.locator('[data-test=claim-status]', { hasText: '区县已审核' }).waitFor()
  await page.locator('[data-test=claim-withheld]', { hasText: '证书照片与本人不符' }).waitFor()
  assert.deepEqual(page.errors, [])

  // The city approves, then publishes its approved claims on the notice.
  const city = await newPage(browser)
  await signIn(city, 'city_officer')
  await city.locator('[data-test="menu-/claims"]').click()
  await city.locator('[data-test=claim-table] tbody tr', { hasText: claim.class_name }).first()
    .locator('[data-test=claim-view]').click()
  await Promise.all([
    city.waitForResponse((r) => r.url().endsWith(`/api/v1/claims/${claim.id}/actions/approve`) && r.ok()),
    city.locator('[data-test=claim-approve]').click(),
  ])
  await city.locator('[data-test=claim-status]', { hasText: '已审核' }).waitFor()
  await city.locator('.el-drawer__close-btn').click()
  await city.locator('[data-test="menu-/notices"]').click()
  await city.locator('[data-test=notice-publish]').click()
  const published = city.waitForResponse((r) => r.url().endsWith('/api/v1/notices') && r.request().method() === 'POST')
  await city.locator('.el-message-box .el-button--primary').click()
  const notice = await (await published).json()
  assert.ok(notice.lines_detail.some((l) => l.claim_id === claim.id))
  await city.locator('[data-test=notice-lines] tbody tr').first().waitFor()

  // The public, without signing in: masked lines, and an objection to one of this claim's.
  const anyone = await newPage(browser)
  await anyone.goto(`${BASE_URL}/public/notices/${notice.id}`)
  const ours = notice.lines_detail.find((l) => l.claim_id === claim.id && l.trainee_id === paid[1].trainee_id)
  assert.ok(ours, 'the line the county kept is on the notice')
  await anyone.locator('[data-test=notice-lines] tbody tr').nth(ours.position).locator('[data-test=notice-object]').click()
  await anyone.locator('textarea[data-test=objection-reason]').fill('该学员培训期间在外地务工')
  await anyone.locator('input[data-test=objection-contact]').fill('13800138000')
  await Promise.all([
    anyone.waitForResponse((r) => r.url().endsWith(`/api/v1/public/notices/${notice.id}/objections`) && r.status() === 201),
    anyone.locator('[data-test=objection-submit]').click(),
  ])
  assert.deepEqual(anyone.errors, [])
  const publicJson = await (await fetch(`${BASE_URL}/api/v1/public/notices/${notice.id}`)).text()
  assert.doesNotMatch(publicJson, /1[3-9]\d{9}/, 'no phone number')
  assert.doesNotMatch(publicJson, /\d{17}[\dX]/, 'no whole ID number')
  assert.doesNotMatch(publicJson, /trainee_id/)

  // The city upholds it: the line is struck from the notice and withheld from the claim.
  await city.locator('.el-drawer__close-btn').click()
  await city.locator('.el-tabs__item', { hasText: '公示异议' }).click()
  await city.locator('[data-test=objection-table] tbody tr').first().waitFor()
  await city.locator('[data-test=objection-uphold]').first().click()
  await city.locator('.el-message-box input').fill('经核实该学员未参加培训')
  await Promise.all([
    city.waitForResponse((r) => /\/api\/v1\/objections\/\d+\/actions\/uphold$/.test(r.url()) && r.ok()),
    city.locator('.el-message-box .el-button--primary').click(),
  ])
  assert.deepEqual(city.errors, [])
  const after = await api(await signInApi('city_officer'), 'GET', `/api/v1/claims/${claim.id}`)
  const line = after.lines_detail.find((l) => l.trainee_id === paid[1].trainee_id)
  assert.equal(line.withheld, 'objection_upheld')
  assert.equal(after.lines_detail.find((l) => l.trainee_id === paid[0].trainee_id).withheld, 'refused_county')
  assert.equal(after.approved_fen, claim.amount_fen - paid[0].amount_fen - paid[1].amount_fen)
  const struck = (await api('', 'GET', `/api/v1/public/notices/${notice.id}`)).lines_detail.find((l) => l.id === ours.id)
  assert.equal(struck.removed, true)
})

test('the province funds a city in the ledger and the book balances', async () => {
  const token = await signInApi('province_officer')
  const before = await api(token, 'GET', '/api/v1/ledger')
  const page = await newPage(browser)
  await signIn(page, 'province_officer')
  await page.locator('[data-test="menu-/ledger"]').click()
  await page.locator('[data-test=ledger-balanced]').waitFor()

  await page.locator('[data-test=ledger-budget]').click()
  await page.locator('input[data-test=money-amount]').fill('abc')
  await page.locator('[data-test=money-save]').click()
  await page.getByText('请输入金额（元，最多两位小数）').waitFor()  // nothing is rounded or guessed
  await page.locator('input[data-test=money-amount]').fill('1000000')
  await page.locator('input[data-test=money-reference]').fill('川财社〔2027〕1号')
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/ledger/budget') && r.status() === 201),
    page.locator('[data-test=money-save]').click(),
  ])
  await page.locator('[data-test=ledger-allocate]').click()
  await page.locator('[data-test=money-city]').click()
  await page.locator('.el-select-dropdown__item', { hasText: '成都市' }).click()
  await page.locator('input[data-test=money-amount]').fill('250000.50')
  await page.locator('input[data-test=money-reference]').fill('川人社〔2027〕2号')
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/ledger/allocations') && r.status() === 201),
    page.locator('[data-test=money-save]').click(),
  ])
  await page.locator('[data-test=ledger-balanced]', { hasText: '账目平衡' }).waitFor()
  assert.deepEqual(page.errors, [])

  const after = await api(token, 'GET', '/api/v1/ledger')
  assert.equal(after.budget_fen - before.budget_fen, 100000000)
  assert.equal(after.fund_fen - before.fund_fen, 100000000 - 25000050)
  const chengdu = (book) => book.cities.find((c) => c.city_code === '510100')?.allocated_fen ?? 0
  assert.equal(chengdu(after) - chengdu(before), 25000050)
  assert.equal(after.balanced, true)
  const row = page.locator('[data-test=ledger-cities] tbody tr', { hasText: '成都市' })
  await row.locator('[data-test=ledger-allocated]', { hasText: (chengdu(after) / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 }) }).waitFor()
})
