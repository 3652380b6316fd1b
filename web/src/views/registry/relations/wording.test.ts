import { describe, expect, it } from 'vitest'
import zh from '../../../i18n/zh-CN'
import { reasonKeys, reasonText } from '../../../utils/fieldErrors'

// Every refusal the four relation forms can get has a Chinese wording, not the bare reason.
const refusals: Array<[string, string]> = [
  ['name', 'required'], ['name', 'taken'], ['address', 'required'], ['region_code', 'unknown_region'],
  ['region_code', 'not_a_county'], ['latitude', 'outside_province'], ['longitude', 'outside_province'],
  ['latitude', 'wrong_type'], ['capacity', 'out_of_range'], ['capacity', 'required'],
  ['project_id', 'unknown'], ['valid_from', 'required'], ['valid_from', 'not_a_date'], ['valid_from', 'overlaps'],
  ['valid_to', 'required'], ['valid_to', 'not_a_date'], ['valid_to', 'before_start'],
  ['id_number', 'required'], ['id_number', 'not_registered'], ['kind', 'unknown'], ['start_date', 'required'],
  ['start_date', 'not_a_date'], ['start_date', 'taken'], ['end_date', 'not_a_date'], ['end_date', 'before_start'],
  ['occupation_id', 'unknown'], ['level', 'required'], ['level', 'not_offered'], ['level', 'not_applicable'],
]

function lookup(key: string): string | undefined {
  let node: unknown = zh
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return typeof node === 'string' ? node : undefined
}

describe('relation refusals', () => {
  it.each(refusals)('%s %s has a wording', (field, reason) => {
    expect(reasonKeys(field, reason).some((k) => lookup(k) !== undefined)).toBe(true)
  })
  it('tells how to fix the refusals people meet most', () => {
    const text = (field: string, reason: string) => reasonText(field, reason, (k) => lookup(k)!, (k) => lookup(k) !== undefined)
    expect(text('latitude', 'outside_province')).toContain('纬度与经度是否填反')
    expect(text('id_number', 'not_registered')).toContain('学员')
    expect(text('level', 'not_applicable')).toBe('专项职业能力不分等级')
  })
})
