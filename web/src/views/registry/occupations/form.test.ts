import { describe, expect, it } from 'vitest'
import type { Occupation } from '../../../api/registry/occupations'
import { emptyForm, formOf, toInput, toPatch } from './form'

const cook: Occupation = {
  id: 7, code: '4-03-02-01', name: '中式烹调师', category: '社会生产服务和生活服务人员', kind: 'occupation',
  highest_level: 1, lowest_level: 5, levels: [], urgent: false, shortage_rank: null, is_new: false,
  created_at: '', updated_at: '',
}

describe('occupation form', () => {
  it('sends no levels for a special ability', () => {
    const f = { ...emptyForm(), name: ' 川菜 ', kind: 'special_ability' as const }
    expect(toInput(f)).toMatchObject({ name: '川菜', code: null, highest_level: null, lowest_level: null })
  })
  it('patches only what changed, clearing with the server conventions', () => {
    expect(toPatch(cook, formOf(cook))).toEqual({})
    const f = { ...formOf(cook), urgent: true, shortage_rank: 2 }
    expect(toPatch(cook, f)).toEqual({ urgent: true, shortage_rank: 2 })
    const ranked = { ...cook, shortage_rank: 2, code: '4-03-02-01' }
    expect(toPatch(ranked, { ...formOf(ranked), shortage_rank: null, code: '' })).toEqual({ shortage_rank: 0, code: '' })
  })
})
