import { ref, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import type { Page } from '../api/http'

// A "load more" list over a keyset-paginated endpoint: `load` appends the next page until the
// server answers next_after = null. Errors show as a message and leave the rows as they were.
export function useKeysetList<T>(fetchPage: (after: number | null) => Promise<Page<T>>) {
  const rows = ref([]) as Ref<T[]>
  const next = ref<number | null>(0)
  const loading = ref(false)
  async function load() {
    if (next.value === null) return
    loading.value = true
    try {
      const page = await fetchPage(next.value || null)
      rows.value.push(...page.items)
      next.value = page.next_after
    } catch (e) {
      ElMessage.error((e as Error).message)
    } finally {
      loading.value = false
    }
  }
  // Starts over from the first page (after the filter changed).
  async function reload() {
    rows.value = []
    next.value = 0
    await load()
  }
  return { rows, next, loading, load, reload }
}
