import { ref, type Ref } from 'vue'
import type { Cursor, Page } from '../api/http'

// el-table's sort-change event, as far as a list needs it.
export interface TableSort { prop: string | null; order: 'ascending' | 'descending' | null }

// The server's `sort` parameter for a table sort: "name", "-name", or '' (server default, by id)
// when the column is unsorted or not one the server allows.
export function sortParam(sort: TableSort, allowed: readonly string[]): string {
  if (!sort.prop || !sort.order || !allowed.includes(sort.prop)) return ''
  return (sort.order === 'descending' ? '-' : '') + sort.prop
}

// A "load more" list over a keyset-paginated endpoint, without any UI: `load` appends the next
// page until the server answers next_after = null; `reload` starts over (new filter or sort).
// The cursor is passed back exactly as the server sent it (a number or an opaque string).
// A page that arrives after a reload began belongs to the old filter and is dropped, so a slow
// answer can never mix two lists.
export function createKeysetList<T, C extends Cursor = number>(
  fetchPage: (after: C | null, sort: string) => Promise<Page<T, C>>,
  onError: (error: Error) => void,
) {
  const rows = ref([]) as Ref<T[]>
  // undefined: the first page is still to fetch; null: the server has no more.
  const next = ref(undefined) as Ref<C | null | undefined>
  const loading = ref(false)
  const sort = ref('')
  let generation = 0
  let pending: Promise<void> | null = null // the current generation's request, if one is out

  async function fetchNext(mine: number) {
    loading.value = true
    try {
      const page = await fetchPage(next.value ?? null, sort.value)
      if (mine !== generation) return
      rows.value.push(...page.items)
      next.value = page.next_after
    } catch (e) {
      if (mine === generation) onError(e as Error)
    } finally {
      if (mine === generation) {
        loading.value = false
        pending = null
      }
    }
  }
  // Appends the next page; a second call while one is out waits for it instead of asking twice.
  function load(): Promise<void> {
    if (next.value === null) return Promise.resolve()
    if (!pending) pending = fetchNext(generation)
    return pending
  }
  async function reload() {
    generation += 1
    pending = null
    rows.value = []
    next.value = undefined
    await load()
  }
  // For el-table @sort-change: reloads sorted by the column, if the server allows it.
  async function sortBy(tableSort: TableSort, allowed: readonly string[]) {
    sort.value = sortParam(tableSort, allowed)
    await reload()
  }
  return { rows, next, loading, sort, load, reload, sortBy }
}
