import type { HistoryRecord } from '../../../api/subsidy/history'

const levelNames = ['一级/高级技师', '二级/技师', '三级/高级工', '四级/中级工', '五级/初级工']

// "中式烹调师（4-03-02-01）五级/初级工"; a special ability has no code and no level.
export function historyOccupation(r: Pick<HistoryRecord, 'occupation_name' | 'occupation_code' | 'level'>): string {
  const code = r.occupation_code ? `（${r.occupation_code}）` : ''
  const level = r.level ? ` ${levelNames[r.level - 1] ?? r.level}` : ''
  return r.occupation_name + code + level
}

// An ID number as typed, checked for shape before it is sent (the server checks it fully).
export function idNumberShape(text: string): string | null {
  const v = text.trim().toUpperCase()
  return /^\d{17}[\dX]$/.test(v) ? v : null
}
