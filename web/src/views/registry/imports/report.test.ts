import { describe, expect, it } from 'vitest'
import { errorReportCsv, importErrorRows, templateCsv } from './report'

const words: Record<string, string> = { check_digit: '校验位错误', taken: '已被使用', column_count: '列数与表头不一致' }
const word = (reason: string) => words[reason] ?? reason

describe('importErrorRows', () => {
  it('orders by row and names the column as the file did', () => {
    expect(importErrorRows([
      { field: 'id_number', reason: 'taken', row: 5, column: '身份证号' },
      { field: 'id_number', reason: 'check_digit', row: 3, column: '身份证号' },
    ], word)).toEqual([
      { row: 3, column: '身份证号', reason: '校验位错误' },
      { row: 5, column: '身份证号', reason: '已被使用' },
    ])
  })
  it('explains a wrong cell count', () => {
    expect(importErrorRows([{ field: 'row', reason: 'column_count', row: 4, column: '3 / 7' }], word))
      .toEqual([{ row: 4, column: '', reason: '列数与表头不一致（本行 3 列，表头 7 列）' }])
  })
  it('falls back to the field when the server gave no column', () => {
    expect(importErrorRows([{ field: 'file', reason: 'malformed' }], word)).toEqual([{ row: null, column: 'file', reason: 'malformed' }])
  })
})

describe('errorReportCsv', () => {
  it('starts with a BOM and quotes as CSV', () => {
    const csv = errorReportCsv([{ row: 3, column: '身份证号', reason: '校验位错误' }, { row: 4, column: '=cmd', reason: '无法识别的列名, 请检查' }])
    expect(csv).toBe('\uFEFF行,列,原因\r\n3,身份证号,校验位错误\r\n4,\'=cmd,"无法识别的列名, 请检查"\r\n')
  })
})

describe('templateCsv', () => {
  it('holds the Chinese headers', () => {
    expect(templateCsv('trainees')).toBe('\uFEFF姓名,身份证号,手机号,户籍地区划代码,常住地区划代码,重点群体,就业状态\r\n')
  })
})
