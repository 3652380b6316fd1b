import { sheetToCsv, type SheetCell } from '../../../utils/csv'

// A file the user picked for an import, read into what the server takes (UTF-8 CSV text).

export type PickedFormat = 'csv' | 'excel' | 'other'

export function formatOf(fileName: string): PickedFormat {
  const name = fileName.toLowerCase()
  if (name.endsWith('.csv')) return 'csv'
  if (name.endsWith('.xlsx') || name.endsWith('.xls')) return 'excel'
  return 'other'
}

// A file the browser could not turn into CSV; the message is for the user.
export class SpreadsheetError extends Error {}

const messages: Record<string, string> = {
  XLS_FILE_NOT_SUPPORTED: '旧版 .xls 格式无法在浏览器中读取：请在 Excel 中另存为 .xlsx 或「CSV UTF-8（逗号分隔）」后重试',
  FILE_NOT_SUPPORTED: '文件不是 Excel 工作簿（.xlsx）',
  INVALID_ZIP: '文件已损坏或不是 Excel 工作簿（.xlsx）',
  NO_DATA: '文件为空',
}
const blockedWorker = '文件较大，浏览器无法在本页解析：请在 Excel 中另存为「CSV UTF-8（逗号分隔）」后导入'

// The library unzips sheets of 512 KB and more in a Web Worker made from a blob: URL, which the
// page's Content-Security-Policy does not allow; the worker then never answers. Listening for
// the policy's refusal turns that into an error instead of a spinner that never stops.
function failWhenWorkerBlocked<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onViolation = (e: SecurityPolicyViolationEvent) => {
      if (e.blockedURI.startsWith('blob') || e.effectiveDirective === 'worker-src') reject(new SpreadsheetError(blockedWorker))
    }
    document.addEventListener('securitypolicyviolation', onViolation)
    work.then(resolve, reject).finally(() => document.removeEventListener('securitypolicyviolation', onViolation))
  })
}

// The first sheet of an Excel workbook as CSV text. Numbers are taken as the text Excel stored
// (a phone number stays "13800001111", not 1.38e10); the library loads only when first needed.
export async function excelToCsv(file: File): Promise<string> {
  const { readSheet } = await import('read-excel-file/browser')
  let rows: SheetCell[][]
  try {
    rows = await failWhenWorkerBlocked(readSheet<string>(file, { parseNumber: (text) => text })) as SheetCell[][]
  } catch (e) {
    if (e instanceof SpreadsheetError) throw e
    const code = (e as { code?: string }).code ?? ''
    throw new SpreadsheetError(messages[code] ?? `无法读取该 Excel 文件：${(e as Error).message}`)
  }
  const csv = sheetToCsv(rows)
  if (!csv) throw new SpreadsheetError('第一个工作表是空的')
  return csv
}

// What to send for a picked file: a CSV as it is (its bytes, so the server can refuse a file
// that is not UTF-8 instead of importing garbled names), an Excel workbook converted here.
export async function importBody(file: File): Promise<Blob | string> {
  switch (formatOf(file.name)) {
    case 'csv': return file
    case 'excel': return excelToCsv(file)
    default: throw new SpreadsheetError('请选择 .csv 或 .xlsx 文件')
  }
}
