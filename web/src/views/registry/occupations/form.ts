import type { Occupation, OccupationInput, OccupationPatch } from '../../../api/registry/occupations'

// The eight major groups (大类) of the 2022 classification, as the server checks them.
export const categories = [
  '党的机关、国家机关、群众团体和社会组织、企事业单位负责人', '专业技术人员', '办事人员和有关人员',
  '社会生产服务和生活服务人员', '农、林、牧、渔业生产及辅助人员', '生产制造及有关人员', '军队人员', '不便分类的其他从业人员',
]

export interface OccupationForm {
  code: string; name: string; category: string; kind: 'occupation' | 'special_ability'
  highest_level: number | null; lowest_level: number | null; urgent: boolean; shortage_rank: number | null; is_new: boolean
}

export function emptyForm(): OccupationForm {
  return { code: '', name: '', category: categories[3], kind: 'occupation', highest_level: 1, lowest_level: 5,
    urgent: false, shortage_rank: null, is_new: false }
}

export function formOf(o: Occupation): OccupationForm {
  return { code: o.code ?? '', name: o.name, category: o.category, kind: o.kind, highest_level: o.highest_level,
    lowest_level: o.lowest_level, urgent: o.urgent, shortage_rank: o.shortage_rank, is_new: o.is_new }
}

export function toInput(f: OccupationForm): OccupationInput {
  const special = f.kind === 'special_ability'
  return { code: f.code.trim() || null, name: f.name.trim(), category: f.category, kind: f.kind,
    highest_level: special ? null : f.highest_level, lowest_level: special ? null : f.lowest_level,
    urgent: f.urgent, shortage_rank: f.shortage_rank || null, is_new: f.is_new }
}

// Only what changed, in the server's patch conventions ("" clears the code, 0 the ranking).
export function toPatch(before: Occupation, f: OccupationForm): OccupationPatch {
  const after = toInput(f)
  const patch: OccupationPatch = {}
  if (after.code !== before.code) patch.code = after.code ?? ''
  if (after.name !== before.name) patch.name = after.name
  if (after.category !== before.category) patch.category = after.category
  if (after.highest_level !== before.highest_level && after.highest_level !== null) patch.highest_level = after.highest_level
  if (after.lowest_level !== before.lowest_level && after.lowest_level !== null) patch.lowest_level = after.lowest_level
  if (after.urgent !== before.urgent) patch.urgent = after.urgent
  if (after.shortage_rank !== before.shortage_rank) patch.shortage_rank = after.shortage_rank ?? 0
  if (after.is_new !== before.is_new) patch.is_new = after.is_new
  return patch
}

export const levelNames: Record<number, string> = { 1: '一级/高级技师', 2: '二级/技师', 3: '三级/高级工', 4: '四级/中级工', 5: '五级/初级工' }
