import { describe, expect, it } from 'vitest'
import { offeredLevels, toBody, type FieldSpec } from './fields'

const venue: FieldSpec[] = [
  { key: 'name', label: '名称', kind: 'text' },
  { key: 'latitude', label: '纬度', kind: 'number' },
  { key: 'end_date', label: '结束', kind: 'date', optional: true },
]

describe('relation forms', () => {
  it('sends numbers as numbers and leaves out empty optional values', () => {
    expect(toBody(venue, { name: ' 一号实训室 ', latitude: '30.657', end_date: '' })).toEqual({ name: '一号实训室', latitude: 30.657 })
  })
  it('sends a number that does not parse as typed, for the server to name', () => {
    expect(toBody(venue, { name: 'x', latitude: '北纬30' })).toEqual({ name: 'x', latitude: '北纬30' })
  })
  it('sends selected ids as numbers', () => {
    const filing: FieldSpec[] = [{ key: 'occupation_id', label: '职业', kind: 'select', numeric: true }]
    expect(toBody(filing, { occupation_id: '12' })).toEqual({ occupation_id: 12 })
  })
  it('offers the levels an occupation has, none for a special ability', () => {
    expect(offeredLevels({ kind: 'occupation', highest_level: 2, lowest_level: 5 })).toEqual([2, 3, 4, 5])
    expect(offeredLevels({ kind: 'special_ability', highest_level: null, lowest_level: null })).toEqual([])
  })
})
