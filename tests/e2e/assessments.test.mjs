// A sitting from plan to certificate, and the public check (issue 13 items 2-5, 8): the demo's
// evaluation body plans a sitting for a finished class of the showcase school it is filed for,
// enters results, locks them and issues certificates; the certificate's PDF carries a QR code
// (read here with pdftoppm and zbarimg) whose link opens the public page without signing in,
// which shows it valid; after the body revokes the sitting's certificates the same link shows
// it revoked, and a wrong name is told nothing more than a wrong number.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BASE_URL, launch, newPage, signIn } from './browser.mjs'
import { api, idNumber, signInApi } from './api.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

// A finished class of the showcase school the body may assess, with two trainees to assess.
async function classToAssess(evaluator) {
  const institution = await signInApi('institution')
  const classes = await api(institution, 'GET', '/api/v1/classes?status=finished&limit=100')
  for (const c of classes.items) {
    const view = await api(evaluator, 'GET', `/api/v1/assessments/classes/${c.id}`).catch(() => null)
    if (view && view.figures.unaccounted >= 2) return view
  }
  throw new Error('no finished class of the showcase school with two trainees to assess')
}

// The link a certificate's QR code holds, read from its PDF as a phone would read the paper.
async function qrLink(token, number) {
  const reply = await fetch(`${BASE_URL}/api/v1/certificates/${number}.pdf`, { headers: { authorization: `Bearer ${token}` } })
  assert.equal(reply.status, 200)
  assert.equal(reply.headers.get('content-type'), 'application/pdf')
  const dir = mkdtempSync(join(tmpdir(), 'sunshine-certificate-'))
  writeFileSync(join(dir, 'c.pdf'), Buffer.from(await reply.arrayBuffer()))
  execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', join(dir, 'c.pdf'), join(dir, 'c')])
  return execFileSync('zbarimg', ['-q', '--raw', join(dir, 'c.png')], { encoding: 'utf8' }).trim()
}

test('an evaluation body assesses a finished class and its certificates are checked in public', async () => {
  const evaluator = await signInApi('evaluator')
  const target = await classToAssess(evaluator)
  const page = await newPage(browser)
  await signIn(page, 'evaluator')
  await page.locator('[data-test="menu-/assessments"]').click()
  await page.locator('[data-test=sitting-open]').click()
  const dialog = page.locator('[data-test=plan-dialog]')
  await dialog.locator('[data-test=plan-class] input').fill(String(target.class.id))
  await dialog.locator('[data-test=plan-load]').click()
  await dialog.locator('[data-test=class-assessment-figures]').waitFor()
  // Two of the trainees still to be assessed.
  const selectable = dialog.locator('[data-test=class-members] .el-table__body .el-checkbox:not(.is-disabled)')
  await selectable.nth(0).click()
  await selectable.nth(1).click()
  await dialog.locator('input[data-test=plan-place]').fill('锦江区职业技能评价中心 第一考场')
  await dialog.locator('input[data-test=examiner-name]').fill('李考评')
  await dialog.locator('input[data-test=examiner-id]').fill(idNumber('51010419700101777'))
  await dialog.locator('input[data-test=examiner-certificate]').fill('KP5101040001')
  await dialog.locator('[data-test=plan-save]').click()

  const drawer = page.locator('.el-drawer')
  await drawer.locator('[data-test=sitting-detail]').waitFor()
  const theory = drawer.locator('[data-test=score-theory] input')
  const practical = drawer.locator('[data-test=score-practical] input')
  assert.equal(await theory.count(), 2)
  for (let i = 0; i < 2; i++) {
    await theory.nth(i).fill(String(85 + i))
    await practical.nth(i).fill('90')
  }
  await drawer.locator('[data-test=results-save]').click()
  await drawer.getByText('合格 2 人').waitFor()
  await drawer.locator('[data-test=results-lock]').click()
  await drawer.locator('[data-test=sitting-status]', { hasText: '成绩已锁定' }).waitFor()
  await drawer.locator('[data-test=certificates-issue]').click()
  const link = drawer.locator('[data-test=certificate-link]').first()
  await link.waitFor()
  const number = (await link.innerText()).trim()
  assert.match(number, /^S000051\d{15}$/)
  assert.deepEqual(page.errors, [])

  // The QR code opens the public page, not signed in, and it shows the certificate valid.
  const url = await qrLink(evaluator, number)
  assert.ok(url.startsWith(`${BASE_URL}/public/certificates/${number}?name=`), url)
  const holder = decodeURIComponent(new URL(url).searchParams.get('name'))
  const visitor = await newPage(browser)
  await visitor.goto(url)
  await visitor.locator('[data-test=check-status]', { hasText: '证书有效' }).waitFor()
  assert.ok((await visitor.locator('[data-test=check-result]').innerText()).includes(holder[0] + '*'))

  // A wrong name is refused as a wrong number is, with the same words.
  await visitor.locator('input[data-test=check-name]').fill(holder + '某')
  await visitor.locator('[data-test=check-submit]').click()
  const wrongName = await visitor.locator('[data-test=check-message]').innerText()
  await visitor.locator('input[data-test=check-number]').fill('S000051000001265999999')
  await visitor.locator('input[data-test=check-name]').fill(holder)
  await visitor.locator('[data-test=check-submit]').click()
  await visitor.locator('[data-test=check-message]').waitFor()
  assert.equal(await visitor.locator('[data-test=check-message]').innerText(), wrongName)

  // The body revokes the sitting's certificates; the same QR link now shows it revoked.
  await drawer.locator('[data-test=certificates-revoke]').click()
  await page.locator('.el-message-box input').fill('考核把关不严，经查实撤销')
  await page.locator('.el-message-box .el-button--danger').click()
  await drawer.locator('[data-test=certificate-link] + .el-tag', { hasText: '已撤销' }).first().waitFor()
  await visitor.goto(url)
  await visitor.locator('[data-test=check-status]', { hasText: '证书已撤销' }).waitFor()
  assert.deepEqual(page.errors, [])
  assert.deepEqual(visitor.errors, [])

  // The county's outcome figures count the sitting: two candidates sat, both passed.
  const county = await newPage(browser)
  await signIn(county, 'county_officer')
  await county.locator('[data-test="menu-/assessment-outcomes"]').click()
  await county.locator('[data-test=outcome-table] .el-table__body tr', { hasText: target.class.institution_name })
    .first().waitFor()
  const api = await (await fetch(`${BASE_URL}/api/v1/assessments/outcomes?group=institution`, {
    headers: { authorization: `Bearer ${await signInApi('county_officer')}` },
  })).json()
  const mine = api.items.find((r) => r.name === target.class.institution_name && r.passed >= 2)
  assert.ok(mine, JSON.stringify(api.items))
  assert.ok(mine.eligible >= mine.candidates && mine.candidates >= 2)
  assert.deepEqual(county.errors, [])
})
