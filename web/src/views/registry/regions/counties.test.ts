import { describe, expect, it } from 'vitest'
import type { Region } from '../../../api/registry/regions'
import { countyGroups, isCountyCode, regionName } from './counties'

const regions: Region[] = [
  { code: '510000', name: '四川省', level: 'province', parent_code: null },
  { code: '510100', name: '成都市', level: 'prefecture', parent_code: '510000' },
  { code: '510104', name: '锦江区', level: 'county', parent_code: '510100' },
  { code: '510105', name: '青羊区', level: 'county', parent_code: '510100' },
  { code: '510300', name: '自贡市', level: 'prefecture', parent_code: '510000' },
  { code: '510302', name: '自流井区', level: 'county', parent_code: '510300' },
]

describe('countyGroups', () => {
  it('groups counties under their prefecture', () => {
    expect(countyGroups(regions)).toEqual([
      { label: '成都市', options: [{ code: '510104', label: '锦江区（510104）' }, { code: '510105', label: '青羊区（510105）' }] },
      { label: '自贡市', options: [{ code: '510302', label: '自流井区（510302）' }] },
    ])
  })
})

describe('regionName', () => {
  const byCode = new Map(regions.map((r) => [r.code, r]))
  it('names a county with its prefecture, and keeps unknown codes', () => {
    expect(regionName(byCode, '510104')).toBe('成都市锦江区')
    expect(regionName(byCode, '510100')).toBe('成都市')
    expect(regionName(byCode, '110105')).toBe('110105')
    expect(regionName(byCode, null)).toBe('')
  })
})

describe('isCountyCode', () => {
  it('accepts six digits that are not a province or prefecture', () => {
    expect(isCountyCode('510104')).toBe(true)
    expect(isCountyCode('510100')).toBe(false)
    expect(isCountyCode('51010')).toBe(false)
    expect(isCountyCode(null)).toBe(false)
  })
})
