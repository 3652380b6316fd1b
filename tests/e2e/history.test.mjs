// Subsidy history in the browser (issue 12 item 8): the province officer imports past trainings
// from the old system (a bad row refuses the file with row and column; the corrected Excel file
// imports), finds a person by full ID number, and the county officer sees a trainee's history in
// the trainee's details.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { api, idNumber, signInApi } from './api.mjs'
import { launch, newPage, signIn } from './browser.mjs'
import { xlsxOf } from './xlsx.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

const run = String(Date.now()).slice(-6)
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const header = ['姓名', '身份证号', '职业（工种）', '等级', '补贴类型', '培训日期', '补贴金额（元）', '数据来源']

test('history imports all rows or none, is found by ID number and shows on the trainee', async () => {
  // A trainee of 锦江区 registered for this run, and a person never registered.
  const county = await signInApi('county_officer')
  const person = idNumber(`51010419860315${run.slice(-3)}`)
  const name = `历史学员${run}`
  const trainee = await api(county, 'POST', '/api/v1/trainees', {
    name, id_number: person, phone: '139' + run + '88', household_region_code: '510104', residence_region_code: '510104',
    groups: [], employment_status: 'employed',
  })
  const stranger = idNumber(`51010419770815${run.slice(-3)}`)

  const page = await newPage(browser)
  await signIn(page, 'province_officer')
  await page.locator('[data-test="menu-/subsidy-history"]').click()
  await page.locator('[data-test=history]').waitFor()

  // A file with a wrong amount and an unknown occupation: nothing imported, the cells named.
  const bad = xlsxOf([
    header,
    [name, person, '4-03-02-01', '五级', '就业技能培训', '2024-06-01', 1200, '原补贴系统'],
    ['外省来人', stranger, '宇航员', '三级', '就业技能培训', '2023-03-01', '一千', '原补贴系统'],
  ])
  await page.locator('[data-test=import-history]').click()
  const dialog = page.locator('[data-test=import-dialog]')
  await page.locator('[data-test=import-file]').setInputFiles({ name: '历史补贴.xlsx', mimeType: xlsxType, buffer: bad })
  await page.locator('[data-test=import-send]').click()
  const errors = dialog.locator('[data-test=import-errors]')
  await errors.waitFor()
  const rows = (await errors.locator('tbody tr').allInnerTexts()).map((r) => r.trim().replace(/\s+/g, ' '))
  assert.deepEqual(rows, ['3 职业（工种） 职业目录中没有此职业代码或名称', '3 补贴金额（元） 须为金额（元），最多两位小数'])

  const good = xlsxOf([
    header,
    [name, person, '4-03-02-01', '五级', '就业技能培训', '2024-06-01', 1200, '原补贴系统'],
    ['外省来人', stranger, '中式烹调师', '四级', 'employment_skills', '2023-03-01', '800.50', '原补贴系统'],
  ])
  await page.locator('[data-test=import-file]').setInputFiles({ name: '历史补贴.xlsx', mimeType: xlsxType, buffer: good })
  await page.locator('[data-test=import-send]').click()
  await dialog.locator('[data-test=import-done]').getByText('已导入 2 条记录').waitFor()
  await page.keyboard.press('Escape')
  const imports = page.locator('[data-test=history-imports]')
  await imports.locator('tbody tr').first().getByText('province_officer').waitFor()
  assert.match(await imports.locator('tbody tr').first().innerText(), /\b2\b/)

  // Anyone by full ID number: masked in the table.
  await page.locator('input[data-test=history-id-number]').fill(stranger)
  await page.locator('[data-test=history-search]').click()
  const found = page.locator('[data-test=history-table]')
  await found.getByText('外省来人').waitFor()
  const line = await found.locator('tbody tr').first().innerText()
  assert.match(line, /800\.50/)
  assert.match(line, /中式烹调师（4-03-02-01） 四级\/中级工/)
  assert.ok(line.includes(stranger.slice(0, 6) + '********' + stranger.slice(14)), line)
  assert.ok(!line.includes(stranger), 'never the full number')

  // The county officer sees it in the trainee's details.
  const countyPage = await newPage(browser)
  await signIn(countyPage, 'county_officer')
  await countyPage.locator('[data-test="menu-/trainees"]').click()
  await countyPage.locator('input[data-test=trainee-q]').fill(name)
  await countyPage.locator('[data-test=trainee-search]').click()
  const table = countyPage.locator('[data-test=trainee-table]')
  await table.locator('tr', { hasText: name }).locator('[data-test=trainee-open]').click()
  const history = countyPage.locator('[data-test=trainee-detail] [data-test=trainee-history]')
  await history.getByText('2024-06-01').waitFor()
  assert.match(await history.innerText(), /1,200\.00/)
  assert.ok(trainee.id > 0)
})
