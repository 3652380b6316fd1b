// Check-ins in the browser (issue 5, R-W3): a county officer keeps an approved class's
// attendance open while a terminal signs and uploads a batch of check-ins and their photo
// (with tools/sign-request.mjs, as integrators would); the check-ins appear without a reload,
// and the trainee's trail shows each one with the reason it does not count, its photo and its
// place on the plot.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { BASE_URL, launch, newPage, signIn } from './browser.mjs'
import { api, day, idNumber, signInApi } from './api.mjs'
import { readFile } from 'node:fs/promises'
import { readXlsx } from './xlsx.mjs'
import { keyFromSeed, publicKeyBase64, signRequest } from '../../tools/sign-request.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

async function signed(key, keyId, method, path, body, contentType) {
  const timestamp = String(Date.now())
  const reply = await fetch(BASE_URL + path, {
    method,
    headers: { 'content-type': contentType, 'x-key-id': keyId, 'x-timestamp': timestamp,
      'x-signature': signRequest(key, timestamp, method, path, body) },
    body,
  })
  const json = await reply.json()
  if (!reply.ok) throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(json)}`)
  return json
}

test('uploaded check-ins appear in the attendance and on the trail', async () => {
  const unique = String(Date.now()).slice(-6)
  const province = await signInApi('province_officer')
  const county = await signInApi('county_officer')
  const school = await signInApi('institution')
  const cook = (await api(province, 'GET', '/api/v1/occupations?q=4-03-02-01')).items[0]
  const project = await api(province, 'POST', '/api/v1/training-projects', {
    name: `中式面点师（五级）${unique}`, occupation_id: cook.id, level: 5, training_type: 'employment_skills',
    standard_hours: 16, subsidy_fen: 80000, valid_from: '2026-01-01' })
  const institutionId = (await api(school, 'GET', '/api/v1/institutions')).items[0].id
  await api(county, 'POST', `/api/v1/institutions/${institutionId}/projects`,
    { project_id: project.id, valid_from: '2026-01-01', valid_to: '2030-12-31' })
  const venue = await api(school, 'POST', `/api/v1/institutions/${institutionId}/venues`, {
    name: `面点教室 ${unique}`, address: '成都市锦江区东大街 9 号', region_code: '510104',
    latitude: 30.657, longitude: 104.081, datum: 'wgs84', capacity: 30 })
  const trainee = await api(school, 'POST', '/api/v1/trainees', {
    name: `打卡学员${unique}`, id_number: idNumber(`51010419910101${unique.slice(0, 3)}`), phone: `1380000${unique.slice(0, 4)}`,
    household_region_code: '510104', residence_region_code: '510104', groups: [], employment_status: 'unemployed' })
  const start = day(21)
  const klass = await api(school, 'POST', '/api/v1/classes', {
    name: `面点班 ${unique}`, project_id: project.id, training_type: 'employment_skills', mode: 'offline',
    venue_id: venue.id, start_date: start, end_date: day(22),
    teachers: [{ name: '李师傅', id_number: idNumber(`51010419760404${unique.slice(0, 3)}`), qualification: '中式面点师二级' }],
    sessions: [0, 1].map((d) => ({ date: day(21 + d), start: '09:00', end: '17:00', topic: '面点', teacher: 0 })),
    roster: [{ trainee_id: trainee.id }] })
  await api(school, 'POST', `/api/v1/classes/${klass.id}/actions/submit`, { reason: '' })
  await api(county, 'POST', `/api/v1/classes/${klass.id}/actions/approve`, { reason: '同意' })
  const key = keyFromSeed(createHash('sha256').update(`terminal ${unique}`).digest('hex'))
  const terminal = await api(school, 'POST', '/api/v1/terminals',
    { name: `面点教室终端 ${unique}`, public_key: publicKeyBase64(key), venue_ids: [venue.id] })

  // The county officer watches the class's attendance.
  const page = await newPage(browser)
  await signIn(page, 'county_officer')
  await page.locator('[data-test="menu-/classes"]').click()
  await page.locator('[data-test=class-queue] .el-radio-button', { hasText: '全部' }).click()
  await page.locator('[data-test=class-table] tr', { hasText: klass.name }).locator('[data-test=class-open]').click()
  const drawer = page.locator('[data-test=class-detail]')
  const attendance = drawer.locator('[data-test=class-attendance]')
  // The drawer may draw its tabs again once the class has loaded, losing an early click on a busy
  // machine (the full suite beside the live demo): click until the tab shows.
  for (let attempt = 0; ; attempt += 1) {
    await drawer.locator('.el-tabs__item', { hasText: '考勤' }).click()
    try {
      await attendance.getByText('已收到打卡 0 条').waitFor({ timeout: 10_000 })
      break
    } catch (e) {
      if (attempt === 2) throw e
    }
  }

  // A terminal at the venue uploads its photo and a batch: checked in today, three weeks early.
  // A 1x1 PNG: small, but a real image the browser must decode.
  const photo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
  const photoHash = createHash('sha256').update(photo).digest('hex')
  await signed(key, terminal.key_id, 'PUT', `/api/v1/photos/${photoHash}`, photo, 'image/png')
  const event = (id, kind, latitude) => ({
    event_id: `${unique}-${id}`, trainee_id: trainee.id, class_id: klass.id, session_id: klass.sessions[0].id, kind,
    captured_at: Date.now() - 60000, latitude, longitude: 104.0811, face_score: 0.94, liveness_score: 0.99,
    photo_sha256: photoHash })
  const receipt = await signed(key, terminal.key_id, 'POST', '/api/v1/checkins/batches',
    JSON.stringify({ events: [event('a', 'start', 30.6571), event('b', 'in_class', 30.6671)] }), 'application/json')
  assert.equal(receipt.stored, 2)
  assert.deepEqual(receipt.results[1].reasons, ['outside_session', 'far_from_venue'])

  // They appear without a reload, and the trail shows why they do not count.
  await attendance.getByText('已收到打卡 2 条，其中计入 0 条').waitFor({ timeout: 15000 })
  const exceptionsHref = await attendance.locator('[data-test=attendance-exceptions]').getAttribute('href')
  await attendance.locator(`[data-test=trail-link-${trainee.id}]`).click()
  const trail = page.locator('[data-test=trail-page]')
  await trail.getByText(`打卡学员${unique} 的培训轨迹`).waitFor()
  const first = trail.locator(`[data-test=trail-event-${unique}-a]`)
  await first.getByText('早于签到时间').waitFor()
  const second = trail.locator(`[data-test=trail-event-${unique}-b]`)
  await second.getByText('不在上课时间内；距培训场地过远').waitFor()
  assert.match(await second.innerText(), /距场地 11\d\d 米/)
  assert.equal(await trail.locator('[data-test=trail-attended]').innerText(), '0.0')
  await trail.locator('[data-test=trail-map] circle').nth(1).waitFor()
  // The photo itself, fetched with the officer's session and decoded.
  await first.locator('img').evaluate((img) => img.decode())
  assert.equal(await first.locator('img').evaluate((img) => img.naturalWidth), 1)

  // The exceptions list, opened from the attendance tab, shows both with their reasons; the
  // summary counts them per class; the export holds the same rows in Chinese.
  assert.equal(exceptionsHref, `/exceptions?class_id=${klass.id}`)
  await page.goto(BASE_URL + exceptionsHref)
  const list = page.locator('[data-test=exceptions]')
  await list.locator('[data-test=exception-total]', { hasText: '2' }).waitFor()
  const rows = list.locator('[data-test=exception-table] tbody tr')
  assert.equal(await rows.count(), 2)
  await rows.nth(0).locator('[data-test=reason-far_from_venue]').waitFor()
  assert.match(await rows.nth(0).innerText(), new RegExp(`打卡学员${unique}`))
  await rows.nth(1).getByText('早于签到时间').waitFor()
  await list.locator('[data-test=exception-grouping] .el-radio-button', { hasText: '班级' }).click()
  await list.locator('[data-test=exception-summary] tr', { hasText: klass.name }).getByText('距培训场地过远 1').waitFor()
  await list.locator('[data-test=exception-reason]').click()
  await page.locator('.el-select-dropdown__item', { hasText: '距培训场地过远' }).click()
  await list.locator('[data-test=exception-search]').click()
  await list.locator('[data-test=exception-total]', { hasText: '1' }).waitFor()
  const href = await list.locator('[data-test=exception-export]').getAttribute('href')
  assert.match(href, new RegExp(`class_id=${klass.id}.*reason=far_from_venue`))
  const [download] = await Promise.all([page.waitForEvent('download'), list.locator('[data-test=exception-export]').click()])
  assert.match(download.suggestedFilename(), /^打卡异常-.*\.xlsx$/)
  const sheet = readXlsx(await readFile(await download.path()))
  assert.equal(sheet[0][0], '编号')
  assert.equal(sheet.length, 2, JSON.stringify(sheet))
  assert.ok(sheet[1].includes(`打卡学员${unique}`), JSON.stringify(sheet[1]))
  assert.ok(sheet[1].includes('不在上课时间内、距培训场地过远'), JSON.stringify(sheet[1]))

  // The terminals and classes lists export what they show.
  await page.locator('[data-test="menu-/terminals"]').click()
  const [terminals] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=terminal-export]').click()])
  const terminalRow = readXlsx(await readFile(await terminals.path())).find((r) => r[1] === terminal.name)
  assert.ok(terminalRow, 'the terminal is in the export')
  assert.ok(terminalRow.includes(terminal.key_id) && terminalRow.includes(venue.name) && terminalRow.includes('在用'), JSON.stringify(terminalRow))
  await page.locator('[data-test="menu-/classes"]').click()
  await page.locator('[data-test=class-queue] .el-radio-button', { hasText: '全部' }).click()
  await page.locator('[data-test=class-table]').getByText(klass.name).waitFor()
  const [classes] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=class-export]').click()])
  assert.match(classes.suggestedFilename(), /^培训班-.*\.xlsx$/)
  const classRow = readXlsx(await readFile(await classes.path())).find((r) => r[1] === klass.name)
  assert.ok(classRow, 'the class is in the export')
  assert.ok(classRow.includes('就业技能培训') && classRow.includes('已批准') && classRow.includes('16.0'), JSON.stringify(classRow))
  assert.deepEqual(page.errors, [])
})
