import { describe, expect, it } from 'vitest'
import { drawSize, engagedOn } from './draws'

describe('drawSize', () => {
  const classes = (n: number) => `${n} 个班`
  it('shows a rate as a percentage and a count as classes', () => {
    expect(drawSize({ rate: 0.1, count: null }, classes)).toBe('10%')
    expect(drawSize({ rate: 0.0125, count: null }, classes)).toBe('1.25%')
    expect(drawSize({ rate: null, count: 3 }, classes)).toBe('3 个班')
  })
})

describe('engagedOn', () => {
  const e = (id: number, from: string, to: string) => ({
    id, auditor_id: 1, auditor_name: 'x', region_code: '510104', region_name: '锦江区', valid_from: from, valid_to: to,
    note: '', created_at: '', created_by: '',
  })
  it('keeps the engagements whose period holds the day, both ends included', () => {
    const all = [e(1, '2026-03-01', '2026-03-03'), e(2, '2026-03-04', '2026-03-09')]
    expect(engagedOn(all, '2026-03-03').map((x) => x.id)).toEqual([1])
    expect(engagedOn(all, '2026-03-04').map((x) => x.id)).toEqual([2])
    expect(engagedOn(all, '2026-03-10')).toEqual([])
  })
})
