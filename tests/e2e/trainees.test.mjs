// Trainees in the browser: a county officer registers one (a wrong ID check digit is refused by
// field, the table then shows the masked number), imports a CSV with one bad row (nothing is
// stored, the error table names the row and column), then correct CSV and Excel files.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, signIn } from './browser.mjs'
import { xlsxOf } from './xlsx.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

// A valid GB 11643 number for Jinjiang district, born 1970–1999 on a random day, random sequence;
// per run unique enough for a fresh or reused demo database.
const issued = new Set()
function idNumber() {
  for (;;) {
    const year = 1970 + Math.floor(Math.random() * 30)
    const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')
    const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')
    const sequence = String(Math.floor(Math.random() * 1000)).padStart(3, '0')
    const first17 = `510104${year}${month}${day}${sequence}`
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    const sum = weights.reduce((s, w, i) => s + w * Number(first17[i]), 0)
    const id = first17 + '10X98765432'[sum % 11]
    if (!issued.has(id)) {
      issued.add(id)
      return id
    }
  }
}
const wrongCheckDigit = (id) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0')
const masked = (id) => id.slice(0, 6) + '********' + id.slice(14)
const phone = () => '139' + String(Math.floor(Math.random() * 1e8)).padStart(8, '0')
const run = String(Date.now()).slice(-6)

async function streamText(stream) {
  const chunks = []
  for await (const chunk of stream) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}

async function openTrainees(page) {
  await signIn(page, 'county_officer')
  await page.locator('[data-test="menu-/trainees"]').click()
  await page.locator('[data-test=trainee-table]').waitFor()
}

async function searchByName(page, text) {
  await page.locator('input[data-test=trainee-q]').fill(text)
  await page.locator('[data-test=trainee-search]').click()
}

test('a wrong check digit is refused by field; the saved trainee shows masked', async () => {
  const page = await newPage(browser)
  await openTrainees(page)
  await page.locator('[data-test=create-trainee]').click()
  const id = idNumber()
  const name = `测试学员${run}登`
  const dialog = page.getByRole('dialog')
  await page.locator('input[data-test=trainee-name]').fill(name)
  await page.locator('input[data-test=trainee-id-number]').fill(wrongCheckDigit(id))
  await page.locator('input[data-test=trainee-phone]').fill(phone())
  await dialog.getByText('灵活就业').click()
  await page.locator('[data-test=trainee-save]').click()
  await dialog.getByText('校验位错误').waitFor()

  await page.locator('input[data-test=trainee-id-number]').fill(id)
  await page.locator('[data-test=trainee-save]').click()
  const row = page.locator('[data-test=trainee-table] tr', { hasText: name })
  await row.waitFor()
  const text = await row.innerText()
  assert.ok(text.includes(masked(id)), `expected ${masked(id)} in "${text}"`)
  assert.ok(!text.includes(id), 'the full ID number must not be shown')
  assert.match(text, /锦江区/)

  // The export is a plain link carrying the list's filter and sort; the cookie signs it in.
  await page.locator('.el-table__header th', { hasText: '姓名' }).locator('.sort-caret.descending').click()
  const href = await page.locator('[data-test=trainee-export]').getAttribute('href')
  assert.match(href, /^\/api\/v1\/trainees\/export\.xlsx\?sort=-name$/)
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=trainee-export]').click()])
  assert.match(download.suggestedFilename(), /^学员名册-.*\.xlsx$/)
  assert.deepEqual(page.errors, [])
})

test('an import with one bad row stores nothing; corrected CSV and Excel files import', async () => {
  const page = await newPage(browser)
  await openTrainees(page)
  const header = '姓名,身份证号,手机号,户籍地区划代码,常住地区划代码,重点群体,就业状态'
  const good = [idNumber(), idNumber()]
  const names = [`导入学员${run}甲`, `导入学员${run}乙`]
  const line = (name, id, groups) => `${name},${id},${phone()},510104,510104,${groups},灵活就业`
  const bad = [header, line(names[0], good[0], '退役军人'), line(names[1], wrongCheckDigit(good[1]), '"退役军人,残疾人"')].join('\r\n')

  await page.locator('[data-test=import-trainees]').click()
  const dialog = page.locator('[data-test=import-dialog]')
  const [template] = await Promise.all([page.waitForEvent('download'), dialog.locator('[data-test=import-template]').click()])
  assert.equal(template.suggestedFilename(), '学员导入模板.csv')
  assert.equal(await streamText(await template.createReadStream()), '\uFEFF' + header + '\r\n')
  await page.locator('[data-test=import-file]').setInputFiles({ name: '学员.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
  await page.locator('[data-test=import-send]').click()
  const errors = dialog.locator('[data-test=import-errors]')
  await errors.waitFor()
  const errorRows = await errors.locator('tbody tr').allInnerTexts()
  assert.equal(errorRows.length, 1, errorRows.join(' | '))
  assert.match(errorRows[0].trim(), /^3\s+身份证号\s+校验位错误$/)
  assert.match(await dialog.locator('[data-test=import-failed]').innerText(), /未导入/)

  // Nothing of the file was stored, not even its good row.
  await page.keyboard.press('Escape')
  await searchByName(page, `导入学员${run}`)
  await page.locator('[data-test=trainee-table]').getByText('暂无数据').waitFor()

  const fixed = [header, line(names[0], good[0], '退役军人'), line(names[1], good[1], '"退役军人,残疾人"')].join('\r\n')
  await page.locator('[data-test=import-trainees]').click()
  await page.locator('[data-test=import-file]').setInputFiles({ name: '学员.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + fixed) })
  await page.locator('[data-test=import-send]').click()
  await dialog.locator('[data-test=import-done]').getByText('已导入 2 条记录').waitFor()
  await page.keyboard.press('Escape')
  await searchByName(page, `导入学员${run}`)
  const table = page.locator('[data-test=trainee-table]')
  await table.locator('tr', { hasText: names[1] }).waitFor()
  assert.match(await table.locator('tr', { hasText: names[0] }).innerText(), new RegExp(masked(good[0]).replace(/\*/g, '\\*')))
  assert.match(await table.locator('tr', { hasText: names[1] }).innerText(), /退役军人[\s\S]*残疾人/)

  // The same people from an Excel workbook are refused as already registered: read in the browser,
  // the workbook's rows keep their numbers. A new person from Excel imports.
  const excelName = `导入学员${run}丙`
  const workbook = xlsxOf([
    ['姓名', '身份证号', '手机号', '户籍地区划代码', '常住地区划代码', '重点群体', '就业状态'],
    [excelName, idNumber(), Number(phone()), 510104, 510104, '', '企业在岗职工'],
    [names[0], good[0], Number(phone()), 510104, 510104, '', '灵活就业'],
  ])
  const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  await page.locator('[data-test=import-trainees]').click()
  await page.locator('[data-test=import-file]').setInputFiles({ name: '学员.xlsx', mimeType: xlsxType, buffer: workbook })
  await page.locator('[data-test=import-send]').click()
  await errors.waitFor()
  assert.match((await errors.locator('tbody tr').allInnerTexts()).join('\n').trim(), /^3\s+身份证号\s+该身份证号已登记$/)

  const onlyNew = xlsxOf([
    ['姓名', '身份证号', '手机号', '户籍地区划代码', '常住地区划代码', '就业状态'],
    [excelName, idNumber(), Number(phone()), 510104, 510104, '企业在岗职工'],
  ])
  await page.locator('[data-test=import-file]').setInputFiles({ name: '学员.xlsx', mimeType: xlsxType, buffer: onlyNew })
  await page.locator('[data-test=import-send]').click()
  await dialog.locator('[data-test=import-done]').getByText('已导入 1 条记录').waitFor()
  await page.keyboard.press('Escape')
  await searchByName(page, excelName)
  await table.locator('tr', { hasText: excelName }).waitFor()
  assert.deepEqual(page.errors, [])
})

test('an old .xls workbook and a GBK-encoded CSV are refused with advice, not imported garbled', async () => {
  const page = await newPage(browser)
  await openTrainees(page)
  await page.locator('[data-test=import-trainees]').click()
  const failed = page.locator('[data-test=import-dialog] [data-test=import-failed]')

  // The OLE2 signature every legacy .xls file starts with: read in the browser, it is refused there.
  const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])
  await page.locator('[data-test=import-file]').setInputFiles({ name: '学员.xls', mimeType: 'application/vnd.ms-excel', buffer: ole2 })
  await page.locator('[data-test=import-send]').click()
  await failed.getByText('旧版 .xls').waitFor()

  // "姓名" in GBK: the file goes to the server byte for byte, which refuses it as not UTF-8.
  const gbk = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a])
  await page.locator('[data-test=import-file]').setInputFiles({ name: '学员.csv', mimeType: 'text/csv', buffer: gbk })
  await page.locator('[data-test=import-send]').click()
  await failed.getByText('UTF-8').waitFor()
  assert.deepEqual(page.errors, [])
})
