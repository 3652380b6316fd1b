// Spot-check draws in the browser (issue 13 item 1): the county officer draws among the classes
// running on site in the county today; the page shows the sample, the seed, and that the rule
// gives the same sample again; the API agrees. Then, on a phone-sized screen, the officer
// inspects a drawn class: arrival with the headcount beside the platform's figures, a finding,
// a photo, and the outcome.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, signIn } from './browser.mjs'
import { api, day, signInApi } from './api.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

test('the county officer draws classes to inspect and can check the draw', async () => {
  const page = await newPage(browser)
  await signIn(page, 'county_officer')
  await page.locator('[data-test="menu-/spot-checks"]').click()
  await page.locator('[data-test=draw-open]').click()
  await page.locator('[data-test=draw-save]').click() // today, three classes: the defaults
  const drawer = page.locator('.el-drawer')
  await drawer.getByText('按规则复算，结果一致').waitFor()
  const seed = (await drawer.locator('[data-test=draw-seed]').innerText()).trim()
  assert.match(seed, /^[0-9a-f]{32}$/)
  const drawn = await drawer.locator('[data-test=draw-classes] .el-tag', { hasText: '抽中' }).count()
  assert.ok(drawn >= 1 && drawn <= 3, `drawn ${drawn}`)
  assert.deepEqual(page.errors, [])

  // The same draw through the API: kept with its seed, and the rule still gives its sample.
  const token = await signInApi('county_officer')
  const list = await api(token, 'GET', '/api/v1/spot-checks/draws')
  const mine = list.items.find((d) => d.seed === seed)
  assert.ok(mine, 'the draw is listed')
  const one = await api(token, 'GET', `/api/v1/spot-checks/draws/${mine.id}`)
  assert.equal(one.reproduced, true)
  assert.equal(one.classes.filter((c) => c.drawn).length, drawn)
  assert.equal(one.drawn, drawn)
})

test('the county officer inspects a drawn class on a phone', async () => {
  const page = await newPage(browser)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.context().grantPermissions(['geolocation'])
  await page.context().setGeolocation({ latitude: 30.6571, longitude: 104.0812 })
  await signIn(page, 'county_officer')
  await page.locator('[data-test=who]').waitFor()  // signed in before going straight to a page
  const token = await signInApi('county_officer')
  const draw = await api(token, 'POST', '/api/v1/spot-checks/draws', { date: day(0), count: 1 })
  const drawn = draw.classes.find((c) => c.drawn)
  await page.goto(`/spot-checks/${draw.id}/classes/${drawn.class_id}/inspection`)
  await page.locator('[data-test=arrival-headcount] input').fill('5')
  await page.locator('[data-test=arrival-save]').click()
  await page.locator('[data-test=inspection-figures]').waitFor()
  assert.equal((await page.locator('[data-test=figure-headcount]').innerText()).trim(), '5')
  await page.locator('[data-test=findings] .el-checkbox', { hasText: '代签到' }).click()
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith('/inspection')),
    page.locator('[data-test=findings-save]').click(),
  ])
  // A 1 x 1 PNG as a phone camera would hand over a picture.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
  await page.locator('[data-test=photo-input]').setInputFiles({ name: 'evidence.png', mimeType: 'image/png', buffer: png })
  await page.locator('.photos img').first().waitFor()
  await page.locator('[data-test=outcome] .el-radio', { hasText: '责令整改' }).click()
  await page.locator('[data-test=close]').click()
  await page.locator('[data-test=inspection-outcome]', { hasText: '责令整改' }).waitFor()
  const record = await api(token, 'GET', `/api/v1/spot-checks/draws/${draw.id}/classes/${drawn.class_id}/inspection`)
  assert.equal(record.status, 'closed')
  assert.equal(record.outcome, 'remarks')
  assert.deepEqual(record.findings, ['proxy_checkin'])
  assert.equal(record.photos.length, 1)
  assert.ok(Math.abs(record.arrival.latitude - 30.6571) < 1e-4)
  assert.ok(record.platform.roster_size > 0)
  assert.deepEqual(page.errors, [])
})

test('the county engages the third-party auditor, which then draws in the county and sees only its own draws', async () => {
  const unique = Date.now().toString(36)
  const page = await newPage(browser)
  await signIn(page, 'county_officer')
  await page.locator('[data-test="menu-/spot-checks"]').click()
  await page.locator('[data-test=engagement-open]').click()
  await page.locator('[data-test=engagement-auditor]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '四川示范会计师事务所' }).click()
  await page.locator('[data-test=engagement-region]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '锦江区' }).first().click()
  await page.locator('input[data-test=engagement-note]').fill(`锦人社购〔2026〕${unique}号`)
  await page.locator('[data-test=engagement-save]').click()
  await page.locator('[data-test=engagement-table] tr', { hasText: unique }).waitFor()
  assert.deepEqual(page.errors, [])

  // The auditor picks the county it is engaged for today and draws there.
  const auditor = await newPage(browser)
  await signIn(auditor, 'auditor')
  await auditor.locator('[data-test="menu-/spot-checks"]').click()
  await auditor.locator('[data-test=engagement-table] tr', { hasText: unique }).waitFor()
  await auditor.locator('[data-test=draw-open]').click()
  await auditor.locator('[data-test=draw-region]').click()
  await auditor.locator('.el-select-dropdown__item:visible', { hasText: '锦江区' }).first().click()
  await auditor.locator('[data-test=draw-save]').click()
  const drawer = auditor.locator('.el-drawer')
  await drawer.getByText('按规则复算，结果一致').waitFor()
  const seed = (await drawer.locator('[data-test=draw-seed]').innerText()).trim()
  assert.deepEqual(auditor.errors, [])

  // Through the API: the auditor lists only its own draws; the county sees this one by name.
  const own = await api(await signInApi('auditor'), 'GET', '/api/v1/spot-checks/draws')
  assert.ok(own.items.length >= 1)
  assert.ok(own.items.every((d) => d.auditor_name === '四川示范会计师事务所'))
  const county = await api(await signInApi('county_officer'), 'GET', '/api/v1/spot-checks/draws')
  const theirs = county.items.find((d) => d.seed === seed)
  assert.equal(theirs.auditor_name, '四川示范会计师事务所')
})
