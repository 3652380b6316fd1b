// The web app shell in a real browser against a demo server: sign-in, the role's menu, the
// friendly 401/403/404 pages, sign-out.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { launch, newPage, signIn } from './browser.mjs'
import { readXlsx } from './xlsx.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

test('a wrong password shows the error and stays on the sign-in page', async () => {
  const page = await newPage(browser)
  await signIn(page, 'city_officer', 'Wrong-password-1')
  await page.locator('[data-test=login-error]').waitFor()
  assert.match(await page.locator('[data-test=login-error]').innerText(), /用户名或密码错误/)
  assert.equal(new URL(page.url()).pathname, '/login')
  assert.deepEqual(page.errors, [])
})

test('a city officer sees the regions of the city, not accounts or the audit trail', async () => {
  const page = await newPage(browser)
  await signIn(page, 'city_officer')
  await page.locator('[data-test=home]').waitFor()
  const menu = await page.locator('[data-test=menu]').innerText()
  assert.match(menu, /工作台/)
  assert.match(menu, /行政区划/)
  assert.doesNotMatch(menu, /用户管理/)
  assert.doesNotMatch(menu, /审计日志/)
  assert.equal(await page.locator('[data-test=role]').innerText(), '市(州)人社局')
  assert.equal(await page.locator('[data-test=scope]').innerText(), '成都市')

  await page.locator('[data-test="menu-/regions"]').click()
  await page.locator('[data-test=region-tree]').getByText('锦江区（510104）').waitFor()
  const tree = await page.locator('[data-test=region-tree]').innerText()
  assert.match(tree, /成都市（510100）/)
  assert.doesNotMatch(tree, /自贡市/, 'another city is outside the scope')

  // The home page says in words what the account may do (the permission as a tooltip), folded
  // under the dashboard.
  await page.goto('/')
  await page.locator('[data-test=dashboard]').waitFor()
  await page.locator('[data-test=permissions-toggle]').getByText('我的权限').click()
  const permissions = page.locator('[data-test=permissions]')
  await permissions.getByText('培训班查看').waitFor()
  assert.ok(await permissions.locator('[title="training:class:read"]').count() === 1)
  assert.doesNotMatch(await permissions.innerText(), /registry:|training:/)

  await page.goto('/audit')
  await page.locator('[data-test=page-403]').waitFor()
  assert.match(await page.locator('[data-test=page-403]').innerText(), /无权访问/)
  // The refusal keeps the layout: the menu is there to go elsewhere.
  await page.locator('[data-test=menu]').getByText('行政区划').waitFor()
  await page.goto('/no/such/page')
  await page.locator('[data-test=page-404]').waitFor()
  await page.locator('[data-test=menu]').getByText('行政区划').waitFor()

  await page.goto('/')
  await page.locator('[data-test=sign-out]').click()
  await page.waitForURL('**/login')
  await page.goto('/')
  await page.waitForURL('**/login?redirect=/')
  assert.deepEqual(page.errors, [])
})

test('the audit administrator sees the trail and verifies the chain, and nothing else', async () => {
  const page = await newPage(browser)
  await signIn(page, 'auditadmin')
  await page.locator('[data-test=home]').waitFor()
  const menu = await page.locator('[data-test=menu]').innerText()
  assert.match(menu, /审计日志/)
  assert.doesNotMatch(menu, /行政区划/)
  assert.doesNotMatch(menu, /用户管理/)
  await page.locator('[data-test="menu-/audit"]').click()
  // Actions read in Chinese ("登录" is auth:session:create), with the raw action as a tooltip.
  // The demo's terminals keep the newest records busy: the administrator's own sign-in first.
  await page.locator('input[data-test=audit-username]').fill('auditadmin')
  await page.locator('[data-test=audit-search]').click()
  await page.locator('[data-test=audit-table]').getByText('登录', { exact: true }).first().waitFor()
  assert.ok(await page.locator('[data-test=audit-table] [title="auth:session:create"]').count() > 0)
  await page.locator('[data-test=verify]').click()
  await page.locator('[data-test=verify-result]').waitFor()
  assert.match(await page.locator('[data-test=verify-result]').innerText(), /审计链完整/)

  // Filtered to one account's sign-ins, and exported as the list shows it.
  await page.locator('input[data-test=audit-username]').fill('city_officer')
  await page.locator('[data-test=audit-search]').click()
  // Some rows, all of them the account's (an empty table while the search loads would pass "every").
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-test=audit-table] tbody tr')]
    return rows.length > 0 && rows.every((tr) => tr.textContent.includes('city_officer'))
  })
  const shown = await page.locator('[data-test=audit-table] tbody tr').count()
  assert.ok(shown > 0)
  const href = await page.locator('[data-test=audit-export]').getAttribute('href')
  assert.equal(href, '/api/v1/audit/records/export.xlsx?username=city_officer')
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=audit-export]').click()])
  assert.match(download.suggestedFilename(), /^审计日志-.*\.xlsx$/)
  const sheet = readXlsx(await readFile(await download.path()))
  assert.deepEqual(sheet[0].slice(0, 3), ['序号', '时间', '账号'])
  assert.ok(sheet.length - 1 >= shown, `${sheet.length - 1} rows exported, ${shown} shown`)
  assert.ok(sheet.slice(1).every((row) => row[2] === 'city_officer'), JSON.stringify(sheet.slice(1, 3)))
  assert.deepEqual(page.errors, [])
})

test('the system administrator creates an account and sees the server name the refused fields', async () => {
  const page = await newPage(browser)
  await signIn(page, 'sysadmin')
  await page.locator('[data-test="menu-/users"]').click()
  await page.locator('[data-test=user-table]').getByText('city_officer', { exact: true }).waitFor()
  await page.locator('[data-test=create-user]').click()
  await page.locator('input[data-test=new-username]').fill('wuhou.officer')
  await page.locator('input[data-test=new-display-name]').fill('武侯区人社局')
  await page.locator('input[data-test=new-scope]').fill('510100')
  await page.locator('input[data-test=new-password]').fill('short')
  await page.locator('[data-test=save-user]').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByText('行政区划级别与角色不符').waitFor()
  await dialog.getByText('太短；过于简单').waitFor()
  await page.locator('input[data-test=new-scope]').fill('510107')
  await page.locator('input[data-test=new-password]').fill('Wuhou-district-2026')
  await page.locator('[data-test=save-user]').click()
  await page.locator('[data-test=user-table]').getByText('wuhou.officer').waitFor()
  // Scopes read as names: the institution account's scope is its school, not "institution:1".
  await page.locator('[data-test=user-table] tr', { hasText: 'institution' }).getByText('锦江区阳光职业技能培训学校').first().waitFor()
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=user-export]').click()])
  const sheet = readXlsx(await readFile(await download.path()))
  const row = sheet.find((r) => r[1] === 'wuhou.officer')
  assert.ok(row, JSON.stringify(sheet.slice(0, 3)))
  assert.deepEqual(row.slice(2, 6), ['武侯区人社局', '区县人社局', '510107', '武侯区'])
  assert.deepEqual(page.errors, [])
})

test('an unknown page is a friendly 404, and an ended session goes back to sign-in', async () => {
  const page = await newPage(browser)
  await page.goto('/no/such/page')
  await page.locator('[data-test=page-404]').waitFor()
  assert.match(await page.locator('[data-test=page-404]').innerText(), /页面不存在/)

  await signIn(page, 'province_officer')
  await page.locator('[data-test=home]').waitFor()
  // Once the dashboard has loaded (a figure still on its way would meet the ended session first).
  await page.locator('[data-test=map-table] tr', { hasText: '成都市' }).waitFor()
  await page.locator('[data-test=attendance-hint]').waitFor()
  await page.context().clearCookies()  // the session ends behind the app's back
  await page.locator('[data-test="menu-/regions"]').click()
  await page.waitForURL('**/login**')
  assert.deepEqual(page.errors, [])
})
