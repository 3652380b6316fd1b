import { describe, expect, it } from 'vitest'
import { createKeysetList, sortParam } from './keyset'

describe('sortParam', () => {
  const allowed = ['name', 'region_code']
  it('names the column, descending with a minus', () => {
    expect(sortParam({ prop: 'name', order: 'ascending' }, allowed)).toBe('name')
    expect(sortParam({ prop: 'region_code', order: 'descending' }, allowed)).toBe('-region_code')
  })
  it('falls back to the server default when unsorted or not allowed', () => {
    expect(sortParam({ prop: 'name', order: null }, allowed)).toBe('')
    expect(sortParam({ prop: null, order: null }, allowed)).toBe('')
    expect(sortParam({ prop: 'status', order: 'ascending' }, allowed)).toBe('')
  })
})

// A server of five rows answering pages of two, with string cursors like the sorted lists'.
function fakeServer() {
  const calls: Array<{ after: string | null; sort: string }> = []
  const all = ['a', 'b', 'c', 'd', 'e']
  async function fetchPage(after: string | null, sort: string) {
    calls.push({ after, sort })
    const ordered = sort === '-name' ? [...all].reverse() : all
    const start = after === null ? 0 : ordered.indexOf(after.split('.')[1]) + 1
    const items = ordered.slice(start, start + 2)
    const last = items[items.length - 1]
    return { items, next_after: items.length === 2 && start + 2 < all.length ? `9.${last}` : null }
  }
  return { calls, fetchPage }
}

describe('createKeysetList', () => {
  it('passes the string cursor back as it came and stops at null', async () => {
    const server = fakeServer()
    const list = createKeysetList<string, string>(server.fetchPage, () => {})
    await list.load()
    await list.load()
    await list.load()
    await list.load() // no more: no request
    expect(list.rows.value).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(list.next.value).toBeNull()
    expect(server.calls.map((c) => c.after)).toEqual([null, '9.b', '9.d'])
  })

  it('keeps numeric cursors working', async () => {
    const seen: Array<number | null> = []
    const list = createKeysetList<number>(async (after) => {
      seen.push(after)
      return after === null ? { items: [1, 2], next_after: 2 } : { items: [3], next_after: null }
    }, () => {})
    await list.load()
    await list.load()
    expect(list.rows.value).toEqual([1, 2, 3])
    expect(seen).toEqual([null, 2])
  })

  it('starts over when the sort changes, sending the sort parameter', async () => {
    const server = fakeServer()
    const list = createKeysetList<string, string>(server.fetchPage, () => {})
    await list.load()
    await list.sortBy({ prop: 'name', order: 'descending' }, ['name'])
    expect(list.rows.value).toEqual(['e', 'd'])
    expect(server.calls[1]).toEqual({ after: null, sort: '-name' })
    await list.load()
    expect(server.calls[2]).toEqual({ after: '9.d', sort: '-name' })
  })

  it('drops a page that arrives after a reload began', async () => {
    let release: (v: { items: string[]; next_after: null }) => void = () => {}
    let first = true
    const list = createKeysetList<string, string>(() => {
      if (first) {
        first = false
        return new Promise((resolve) => { release = resolve })
      }
      return Promise.resolve({ items: ['fresh'], next_after: null })
    }, () => {})
    const slow = list.load()
    await list.reload()
    release({ items: ['stale'], next_after: null })
    await slow
    expect(list.rows.value).toEqual(['fresh'])
    expect(list.loading.value).toBe(false)
  })

  it('reports an error and keeps the rows', async () => {
    const errors: string[] = []
    let fail = false
    const list = createKeysetList<number>(async () => {
      if (fail) throw new Error('网络错误')
      return { items: [1], next_after: 1 }
    }, (e) => errors.push(e.message))
    await list.load()
    fail = true
    await list.load()
    expect(list.rows.value).toEqual([1])
    expect(list.next.value).toBe(1)
    expect(errors).toEqual(['网络错误'])
  })
})

describe('createKeysetList double clicks', () => {
  it('asks once when "load more" is pressed twice', async () => {
    let calls = 0
    const list = createKeysetList<number>(async () => {
      calls += 1
      return { items: [calls], next_after: calls }
    }, () => {})
    await Promise.all([list.load(), list.load()])
    expect(calls).toBe(1)
    expect(list.rows.value).toEqual([1])
  })
})
