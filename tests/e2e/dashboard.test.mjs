// The home page's dashboards on the generated demo province (issue 12 item 5): each figure on
// the screen is the one the API gives the same account, scoped to its region or institution;
// a province officer drills from the prefectures to a prefecture's counties.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { api, signInApi } from './api.mjs'
import { launch, newPage, signIn } from './browser.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

const number = async (locator) => Number((await locator.innerText()).trim())
// The demo keeps going while the test runs (its officers file and approve classes at their real
// instants) and figures are kept a minute, so a figure on the screen lies between the API's
// answer just before the page loaded and just after: both counts only grow.
const between = (value, before, after, what) =>
  assert.ok(before <= value && value <= after, `${what}: ${value} not within ${before}..${after}`)

test('a province officer sees the province figures the API counts, and drills into a prefecture', async () => {
  const token = await signInApi('province_officer')
  const before = await api(token, 'GET', '/api/v1/dashboard/overview')
  const page = await newPage(browser)
  await signIn(page, 'province_officer')
  await page.locator('[data-test=dashboard]').waitFor()
  await page.waitForFunction(() => document.querySelector('[data-test=stat-classes-total]')?.textContent?.trim() !== '—')
  const overview = await api(token, 'GET', '/api/v1/dashboard/overview')
  assert.ok(overview.classes.total > 20, JSON.stringify(overview.classes))
  between(await number(page.locator('[data-test=stat-classes-total]')), before.classes.total, overview.classes.total,
    'classes')
  between(await number(page.locator('[data-test=stat-in-training-trainees]')), before.in_training.trainees,
    overview.in_training.trainees, 'in training')

  // The map's table ranks the prefectures; 成都市's figure is the API's.
  const regions = await api(token, 'GET', '/api/v1/dashboard/regions')
  assert.equal(regions.areas.length, 21)
  const chengdu = regions.areas.find((a) => a.code === '510100')
  assert.ok(chengdu.trainees > 0)
  const table = page.locator('[data-test=map-table]')
  const row = table.locator('tr', { hasText: '成都市' })
  await row.waitFor()
  assert.match(await row.innerText(), new RegExp(`成都市\\s+${chengdu.trainees}\\s+${chengdu.classes}`))
  assert.ok(await page.locator('[data-test=chart-map] canvas').count() > 0, 'the map is drawn')

  // The attendance distribution adds up to the enrolments the hint names.
  const attendance = await api(token, 'GET', '/api/v1/dashboard/attendance')
  assert.equal(attendance.buckets.reduce((n, b) => n + b.enrolments, 0), attendance.enrolments)
  assert.match(await page.locator('[data-test=attendance-hint]').innerText(), new RegExp(`${attendance.enrolments} 人次`))

  // The quality cards: 应评尽评 of the year's finished classes and the spot checks, as the API counts
  // them (the generated bodies assessed the demo's finished classes and issued certificates).
  const quality = await api(token, 'GET', '/api/v1/dashboard/quality')
  assert.ok(quality.assessment.candidates > 0 && quality.assessment.certified > 0, JSON.stringify(quality))
  await page.locator('[data-test=quality-assessment]').waitFor()
  between(await number(page.locator('[data-test=quality-candidates]')), 0, quality.assessment.candidates, 'assessed')
  assert.ok(await number(page.locator('[data-test=quality-certified]')) > 0, 'certified')
  await page.locator('[data-test=quality-spot-checks]').waitFor()

  // A prefecture opens its counties, and the province comes back.
  await row.click()
  await table.locator('tr', { hasText: '锦江区' }).waitFor()
  const counties = await api(token, 'GET', '/api/v1/dashboard/regions?parent=510100')
  assert.equal(counties.areas.reduce((n, a) => n + a.classes, 0) >= chengdu.classes, true)
  await page.locator('[data-test=map-back]').click()
  await table.locator('tr', { hasText: '凉山彝族自治州' }).waitFor()
  assert.deepEqual(page.errors, [])
})

test('a county officer and an institution see only their own figures; the institution has no map', async () => {
  const county = await signInApi('county_officer')
  const countyOverview = await api(county, 'GET', '/api/v1/dashboard/overview')
  const province = await api(await signInApi('province_officer'), 'GET', '/api/v1/dashboard/overview')
  assert.ok(countyOverview.classes.total < province.classes.total)
  const refused = await fetch(process.env.BASE_URL + '/api/v1/dashboard/regions?parent=510000',
    { headers: { authorization: `Bearer ${county}` } })
  assert.equal(refused.status, 404)

  const school = await signInApi('institution')
  const before = await api(school, 'GET', '/api/v1/dashboard/overview')
  const page = await newPage(browser)
  await signIn(page, 'institution')
  await page.locator('[data-test=dashboard]').waitFor()
  await page.waitForFunction(() => document.querySelector('[data-test=stat-classes-total]')?.textContent?.trim() !== '—')
  // The institution's own classes (the demo's showcase runs several today), never more than its
  // class list holds (figures are kept a minute; the other browser tests file classes too).
  const total = await number(page.locator('[data-test=stat-classes-total]'))
  const after = await api(school, 'GET', '/api/v1/dashboard/overview')
  between(total, before.classes.total, after.classes.total, 'own classes')
  const own = await api(school, 'GET', '/api/v1/classes?limit=100')
  assert.ok(total >= 5 && total <= (own.total ?? own.items.length), `${total} of ${own.total ?? own.items.length}`)
  assert.equal(await page.locator('[data-test=chart-map]').count(), 0)
  assert.deepEqual(page.errors, [])
})
