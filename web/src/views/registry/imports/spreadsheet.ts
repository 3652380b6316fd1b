// A file the user picked for an import, as the server takes it: a CSV file (UTF-8) or an Excel
// workbook (.xlsx), both sent as they are. The server reads a workbook's first sheet as it reads
// a CSV file (src/reports/xlsx_read.hpp), so every check and row number is the same, and a large
// workbook is not unpacked in the browser.

export type PickedFormat = 'csv' | 'xlsx' | 'xls' | 'other'

export function formatOf(fileName: string): PickedFormat {
  const name = fileName.toLowerCase()
  if (name.endsWith('.csv')) return 'csv'
  if (name.endsWith('.xlsx')) return 'xlsx'
  if (name.endsWith('.xls')) return 'xls'
  return 'other'
}

// A file that cannot be sent; the message is for the user.
export class SpreadsheetError extends Error {}

export const csvType = 'text/csv; charset=utf-8'
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface ImportBody {
  body: Blob | string
  type: string
}

// What to send for a picked file: its bytes and their type (a CSV's bytes as they are, so the
// server can refuse a file that is not UTF-8 instead of importing garbled names).
export function importBody(file: File): ImportBody {
  switch (formatOf(file.name)) {
    case 'csv': return { body: file, type: csvType }
    case 'xlsx': return { body: file, type: xlsxType }
    case 'xls': throw new SpreadsheetError('旧版 .xls 格式无法读取：请在 Excel 中另存为 .xlsx 或「CSV UTF-8（逗号分隔）」后重试')
    default: throw new SpreadsheetError('请选择 .csv 或 .xlsx 文件')
  }
}
