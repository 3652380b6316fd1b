import { ElMessage } from 'element-plus'
import type { Cursor, Page } from '../api/http'
import { createKeysetList } from './keyset'

// A "load more" list (see createKeysetList) whose errors show as a message and leave the rows
// as they were. `fetchPage` also receives the current sort parameter ('' = server default).
export function useKeysetList<T, C extends Cursor = number>(
  fetchPage: (after: C | null, sort: string) => Promise<Page<T, C>>,
) {
  return createKeysetList<T, C>(fetchPage, (e) => ElMessage.error(e.message))
}
