import { describe, expect, it } from 'vitest'
import { type EvidenceCheckin, photoGroups, summaryRows } from './risk'

describe('summaryRows', () => {
  const summary = {
    alerts: [
      { city_code: '510100', rule_id: 'photo_reuse', status: 'open' as const, count: 2 },
      { city_code: '510100', rule_id: 'photo_reuse', status: 'assigned' as const, count: 1 },
      { city_code: '510100', rule_id: 'terminal_burst', status: 'confirmed' as const, count: 4 },
      { city_code: '510300', rule_id: 'photo_reuse', status: 'dismissed' as const, count: 5 },
      { city_code: '510300', rule_id: 'implausible_age', status: 'open' as const, count: 1 },
    ],
    cases: [
      { city_code: '510100', status: 'open' as const, count: 3 },
      { city_code: '510100', status: 'closed' as const, count: 7 },
      { city_code: '510400', status: 'open' as const, count: 1 },
    ],
  }
  it('counts open and assigned as open, per rule, busiest first', () => {
    expect(summaryRows(summary, 'rule')).toEqual([
      { key: 'photo_reuse', open: 3, confirmed: 0, dismissed: 5, openCases: 0 },
      { key: 'implausible_age', open: 1, confirmed: 0, dismissed: 0, openCases: 0 },
      { key: 'terminal_burst', open: 0, confirmed: 4, dismissed: 0, openCases: 0 },
    ])
  })
  it('gives each city its open cases, also a city with cases and no alert', () => {
    expect(summaryRows(summary, 'city')).toEqual([
      { key: '510100', open: 3, confirmed: 4, dismissed: 0, openCases: 3 },
      { key: '510300', open: 1, confirmed: 0, dismissed: 5, openCases: 0 },
      { key: '510400', open: 0, confirmed: 0, dismissed: 0, openCases: 1 },
    ])
  })
})

describe('photoGroups', () => {
  const checkin = (id: number, sha: string) => ({ id, photo_sha256: sha }) as EvidenceCheckin
  it('shows one photo used by several people once, with all of them', () => {
    const groups = photoGroups([checkin(1, 'aa'), checkin(2, 'bb'), checkin(3, 'aa')])
    expect(groups.map((g) => [g.sha256, g.checkins.map((c) => c.id)])).toEqual([['aa', [1, 3]], ['bb', [2]]])
  })
})
