import { ref, type Ref } from 'vue'
import { ElMessage } from 'element-plus'

// A list's detail drawer: `show(id)` fetches the item and opens the drawer, or shows why it
// could not; `present(item)` opens it on an item already at hand (one just made).
export function useDetailDrawer<T>(fetch: (id: number) => Promise<T>) {
  const detail = ref<T | null>(null) as Ref<T | null>
  const open = ref(false)
  async function show(id: number) {
    try {
      detail.value = await fetch(id)
      open.value = true
    } catch (e) {
      ElMessage.error((e as Error).message)
    }
  }
  function present(item: T) {
    detail.value = item
    open.value = true
  }
  return { detail, open, show, present }
}
