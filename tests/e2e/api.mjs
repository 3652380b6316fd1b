// Set-up through the API for the browser tests, as the registries' own browser tests already
// prove those pages.
import { BASE_URL, DEMO_PASSWORD } from './browser.mjs'

export async function api(token, method, path, body) {
  const reply = await fetch(BASE_URL + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await reply.json()
  if (!reply.ok) throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(json)}`)
  return json
}

export const signInApi = async (username) =>
  (await api('', 'POST', '/api/v1/sessions', { username, password: DEMO_PASSWORD })).token

// A valid ID number (GB 11643 check character) from its first 17 characters.
export function idNumber(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

// A date `offset` days from today in China, YYYY-MM-DD.
export const day = (offset) => new Date(Date.now() + 8 * 3600e3 + offset * 86400e3).toISOString().slice(0, 10)
