import type { FieldError } from '../../../api/http'
import type { ImportKind } from '../../../api/registry/imports'
import { BOM, toCsv } from '../../../utils/csv'

// The Chinese headers of each kind's template: the names the server accepts besides the English
// field ids. Optional columns (重点群体) are included so people see they exist.
export const templateHeaders: Record<ImportKind, readonly string[]> = {
  trainees: ['姓名', '身份证号', '手机号', '户籍地区划代码', '常住地区划代码', '重点群体', '就业状态'],
  institutions: ['机构名称', '统一社会信用代码', '机构类型', '所在区县代码'],
  enterprises: ['企业名称', '统一社会信用代码', '企业类型', '所在区县代码', '行业门类', '企业规模'],
  history: ['姓名', '身份证号', '职业（工种）', '等级', '补贴类型', '培训日期', '补贴金额（元）', '数据来源'],
  certificates: ['证书编号', '姓名', '身份证号', '职业编码', '等级', '发证机构', '发证日期'],
}

const kindNames: Record<ImportKind, string> = { trainees: '学员', institutions: '培训机构', enterprises: '企业', history: '历史补贴记录', certificates: '外省及历史证书' }

export const templateFileName = (kind: ImportKind) => `${kindNames[kind]}导入模板.csv`
export const reportFileName = (kind: ImportKind) => `${kindNames[kind]}导入错误报告.csv`

export function templateCsv(kind: ImportKind): string {
  return BOM + toCsv([templateHeaders[kind]])
}

export interface ImportErrorRow { row: number | null; column: string; reason: string }

// One line per refused cell, in file order. `word(reason, field)` gives the reason in Chinese.
// A row with the wrong number of cells has no single column: its "column" is "cells / header".
export function importErrorRows(fields: FieldError[], word: (reason: string, field: string) => string): ImportErrorRow[] {
  const rows = fields.map((f) => {
    const reason = word(f.reason, f.field)
    if (f.reason === 'column_count') {
      const [cells, header] = (f.column ?? '').split('/').map((s) => s.trim())
      return { row: f.row ?? null, column: '', reason: cells && header ? `${reason}（本行 ${cells} 列，表头 ${header} 列）` : reason }
    }
    return { row: f.row ?? null, column: f.column || f.field, reason }
  })
  return rows.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
}

// Text that Excel would run as a formula (=, +, -, @ first) is shown as text instead: the column
// names come from the uploaded file.
function asText(value: string): string {
  return /^[=+\-@]/.test(value) ? `'${value}` : value
}

// The error report people fix their file from, opened in Excel (hence the BOM).
export function errorReportCsv(rows: ImportErrorRow[]): string {
  return BOM + toCsv([['行', '列', '原因'], ...rows.map((r) => [r.row === null ? '' : String(r.row), asText(r.column), r.reason])])
}
