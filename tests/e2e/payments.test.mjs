// Disbursement and recovery in the browser (issue 14 items 5-6): the institution keeps its bank
// account (only in its own registered name, shown masked); the city turns one of the demo's
// payable notices into a payment batch, sees its payees' accounts masked, takes the payment file
// with the full accounts, records the payment, then orders one paid line back after a spot check
// and records the repayment until the order is settled. The API agrees and the book balances.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, signIn } from './browser.mjs'
import { api, signInApi } from './api.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

test('an institution keeps its bank account in its own name, shown masked', async () => {
  const token = await signInApi('institution')
  const own = await api(token, 'GET', '/api/v1/bank-account')
  const page = await newPage(browser)
  await signIn(page, 'institution')
  await page.locator('[data-test="menu-/bank-account"]').click()
  await page.locator('[data-test=bank-account]').waitFor()
  await page.locator('[data-test=account-edit]').click()
  await page.locator('input[data-test=account-bank]').fill('中国工商银行成都春熙支行')
  await page.locator('input[data-test=account-name]').fill('张三')
  await page.locator('input[data-test=account-number]').fill('6222 0202 0011 2233 445')
  await page.locator('[data-test=account-save]').click()
  await page.getByText('须与本单位登记名称一致').waitFor()  // never a person's account
  await page.locator('input[data-test=account-name]').fill(own.payee_name)
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/bank-account') && r.request().method() === 'PUT' && r.ok()),
    page.locator('[data-test=account-save]').click(),
  ])
  await page.locator('[data-test=account-masked]', { hasText: '**** **** 3445' }).waitFor()
  assert.deepEqual(page.errors, [])
  const saved = await api(token, 'GET', '/api/v1/bank-account')
  assert.equal(saved.account.account_number_masked, '**** **** 3445')
  assert.doesNotMatch(JSON.stringify(saved), /622202020011/)
})

test('the city pays a payable notice into the payees\' accounts and orders a paid line back', async () => {
  const cityToken = await signInApi('city_officer')
  const notices = (await api(cityToken, 'GET', '/api/v1/notices?limit=200')).items
  const batches = (await api(cityToken, 'GET', '/api/v1/payments?limit=200')).items
  const paidOut = new Set(batches.map((b) => b.notice_id))
  const notice = notices.find((n) => n.state === 'payable' && !paidOut.has(n.id) && n.region_code === '510100')
  assert.ok(notice, 'the demo leaves a payable notice of 成都 to its city officer')
  // Enough money allocated to the city for it.
  const province = await signInApi('province_officer')
  await api(province, 'POST', '/api/v1/ledger/budget', { amount_fen: notice.amount_fen, reference: '川财社〔2027〕9号' })
  await api(province, 'POST', '/api/v1/ledger/allocations',
    { city_code: '510100', amount_fen: notice.amount_fen, reference: '川人社〔2027〕9号' })

  const page = await newPage(browser)
  await signIn(page, 'city_officer')
  await page.locator('[data-test="menu-/ledger"]').click()
  await page.locator('[data-test=payment-notice]').click()
  await page.locator('.el-select-dropdown__item', { hasText: notice.title }).click()
  const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/payments') && r.request().method() === 'POST')
  await page.locator('[data-test=payment-create]').click()
  const batch = await (await made).json()
  assert.equal(batch.notice_id, notice.id)
  // Newest first: the batch just made heads the list.
  const row = page.locator('[data-test=payment-table] tbody tr').first()
  await row.locator('td').first().filter({ hasText: new RegExp(`^\\s*${batch.id}\\s*$`) }).waitFor()

  // The payees, masked; the payment file has the full accounts.
  await row.locator('[data-test=payment-payees]').click()
  await page.locator('[data-test=payee-account]').first().waitFor()
  const shown = await page.locator('[data-test=payee-table]').innerText()
  assert.match(shown, /\*\*\*\* \*\*\*\* \d{4}/)
  assert.doesNotMatch(shown, /\d{12}/)
  const href = await page.locator('[data-test=payment-file-csv]').getAttribute('href')
  const file = await page.context().request.get(href)
  assert.equal(file.status(), 200)
  const csv = await file.text()
  assert.ok(csv.startsWith('\uFEFF序号,收款单位,开户银行,账户名称,银行账号,金额（元）,笔数,用途'), csv.slice(0, 80))
  assert.match(csv, /,\d{16,32},/)
  await page.keyboard.press('Escape')

  await row.locator('[data-test=payment-pay]').click()
  await page.locator('input[data-test=paid-reference]').fill('GK-E2E-0001')
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/v1/payments/${batch.id}/actions/pay`) && r.ok()),
    page.locator('[data-test=paid-save]').click(),
  ])
  await row.locator('[data-test=payment-status]', { hasText: '已支付' }).waitFor()

  // A spot check finds one paid person absent: the line is ordered back, then repaid.
  const line = (await api(cityToken, 'GET', `/api/v1/notices/${notice.id}`)).lines_detail.find((l) => !l.removed)
  await page.locator('[data-test="menu-/recoveries"]').click()
  await page.locator('[data-test=recovery-create]').click()
  await page.locator('input[data-test=recovery-claim]').fill(String(line.claim_id))
  await page.locator('[data-test=recovery-load]').click()
  await page.locator('[data-test=recovery-trainees] .el-checkbox', { hasText: line.name_masked }).first().click()
  await page.locator('input[data-test=recovery-reference]').fill('抽查记录-E2E')
  await page.locator('textarea[data-test=recovery-reason]').fill('抽查核实：该学员未实际参加培训')
  const ordered = page.waitForResponse((r) => r.url().endsWith('/api/v1/recoveries') && r.request().method() === 'POST')
  await page.locator('[data-test=recovery-save]').click()
  const recovery = await (await ordered).json()
  assert.equal(recovery.claim_id, line.claim_id)
  assert.equal(recovery.lines, 1)
  const order = page.locator('[data-test=recovery-table] tbody tr').first()
  await order.locator('[data-test=recovery-status]', { hasText: '追回中' }).waitFor()
  await order.locator('[data-test=recovery-repay]').click()
  await page.locator('input[data-test=repay-amount]').fill(String(recovery.amount_fen / 100))
  await page.locator('input[data-test=repay-reference]').fill('退款凭证-E2E')
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/v1/recoveries/${recovery.id}/repayments`) && r.ok()),
    page.locator('[data-test=repay-save]').click(),
  ])
  await order.locator('[data-test=recovery-status]', { hasText: '已结清' }).waitFor()
  assert.deepEqual(page.errors, [])

  const book = await api(province, 'GET', '/api/v1/ledger')
  assert.equal(book.balanced, true)
  const paid = await api(cityToken, 'GET', `/api/v1/payments/${batch.id}`)
  assert.equal(paid.status, 'paid')
  assert.equal(paid.paid_reference, 'GK-E2E-0001')
})
