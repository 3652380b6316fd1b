import { describe, expect, it } from 'vitest'
import { freshValues, offeredLevels, staleChoices, toBody, type FieldSpec } from './fields'

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
  it('leaves out an empty number, for the server to call it required', () => {
    expect(toBody(venue, { name: 'x', latitude: ' ' })).toEqual({ name: 'x' })
  })
  it('starts a form empty but for its starting values', () => {
    const county: FieldSpec = { key: 'region_code', label: '区县', kind: 'county', initial: '510104' }
    expect(freshValues([...venue, county])).toEqual({ name: '', latitude: '', end_date: '', region_code: '510104' })
  })
  it('names the selects whose value is no longer offered', () => {
    const level: FieldSpec = { key: 'level', label: '等级', kind: 'select', options: [{ value: '4', label: '四级' }] }
    expect(staleChoices([level], { level: '2' })).toEqual(['level'])
    expect(staleChoices([level], { level: '4' })).toEqual([])
    expect(staleChoices([level], { level: '' })).toEqual([])
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
