// Spot-check draws in the browser (issue 13 item 1): the county officer draws among the classes
// running on site in the county today; the page shows the sample, the seed, and that the rule
// gives the same sample again; the API agrees.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, signIn } from './browser.mjs'
import { api, signInApi } from './api.mjs'

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
