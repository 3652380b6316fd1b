import { describe, expect, it } from 'vitest'
import { csvType, formatOf, importBody, SpreadsheetError, xlsxType } from './spreadsheet'

describe('importBody', () => {
  it('sends CSV and xlsx files as they are, with their type', () => {
    const csv = new File(['姓名\r\n'], '学员.CSV')
    expect(importBody(csv)).toEqual({ body: csv, type: csvType })
    const xlsx = new File(['PK'], '历史补贴.xlsx')
    expect(importBody(xlsx)).toEqual({ body: xlsx, type: xlsxType })
  })
  it('refuses the old xls format and other files with a reason', () => {
    expect(formatOf('a.xls')).toBe('xls')
    expect(() => importBody(new File([''], '旧表.xls'))).toThrow(SpreadsheetError)
    expect(() => importBody(new File([''], '旧表.xls'))).toThrow(/另存为 \.xlsx/)
    expect(() => importBody(new File([''], '照片.png'))).toThrow(/\.csv 或 \.xlsx/)
  })
})
