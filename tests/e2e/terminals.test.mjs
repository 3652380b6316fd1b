// Check-in terminals in the browser (issue 5): the institution registers a device's public key
// for one of its venues and gets its key id; the county officer revokes it with a reason.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { launch, newPage, signIn } from './browser.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

// The raw 32-byte Ed25519 public key: the tail of its SPKI encoding.
const publicKey = () =>
  generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64')

test('a terminal is registered by the institution and revoked by the county', async () => {
  const page = await newPage(browser)
  await signIn(page, 'institution')
  // A venue first, on the institution's own page.
  await page.locator('[data-test="menu-/institutions"]').click()
  await page.locator('[data-test=institution-table] tr', { hasText: '锦江区阳光职业技能培训学校' })
    .locator('[data-test=institution-open]').click()
  const venue = `终端教室 ${Date.now()}`
  await page.locator('input[data-test=venues-name]').fill(venue)
  await page.locator('input[data-test=venues-address]').fill('成都市锦江区东大街 9 号')
  await page.locator('input[data-test=venues-latitude]').fill('30.657')
  await page.locator('input[data-test=venues-longitude]').fill('104.081')
  await page.locator('input[data-test=venues-capacity]').fill('30')
  await page.locator('[data-test=venues-add]').click()
  await page.locator('[data-test=relation-venues-table] tr', { hasText: venue }).waitFor()

  await page.goto('/terminals')
  await page.locator('[data-test=terminal-register]').click()
  const name = `人脸终端 ${Date.now()}`
  await page.locator('input[data-test=terminal-name]').fill(name)
  await page.locator('input[data-test=terminal-key]').fill('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=')
  await page.locator('[data-test=terminal-venues]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: venue }).click()
  await page.locator('input[data-test=terminal-name]').click() // closes the multiple choice
  await page.locator('[data-test=terminal-save]').click()
  await page.getByText('不是有效的 Ed25519 公钥').waitFor()
  await page.locator('input[data-test=terminal-key]').fill(publicKey())
  await page.locator('[data-test=terminal-save]').click()
  const row = page.locator('[data-test=terminal-table] tr', { hasText: name })
  await row.waitFor()
  assert.match(await row.innerText(), /tk_[0-9a-f]{24}/)
  assert.deepEqual(page.errors, [])

  const officer = await newPage(browser)
  await signIn(officer, 'county_officer')
  await officer.locator('[data-test="menu-/terminals"]').click()
  await officer.locator('[data-test=terminal-table] tr', { hasText: name }).locator('[data-test=terminal-revoke]').click()
  await officer.locator('.el-message-box input').fill('设备遗失')
  await officer.locator('.el-message-box .el-button--primary').click()
  await officer.locator('[data-test=terminal-table] tr', { hasText: name }).getByText('设备遗失').waitFor()
  assert.deepEqual(officer.errors, [])
})
