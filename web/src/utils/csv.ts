// CSV as RFC 4180 writes it: fields with a comma, quote or line break are quoted, quotes doubled,
// records end in CRLF. The server reads exactly this (libcsv, strict).

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + (rows.length ? '\r\n' : '')
}

// Excel opens a UTF-8 CSV as UTF-8 only when it starts with a byte order mark (without one it
// guesses the local code page, GBK on Chinese Windows, and shows mojibake). The server skips it.
export const BOM = '\uFEFF'

// A cell as read-excel-file gives it: text, number, boolean, date, or null when empty.
export type SheetCell = string | number | boolean | Date | null | undefined

// A cell's text. Dates become YYYY-MM-DD (the library builds them at UTC midnight); line breaks
// inside a cell become spaces, so that every sheet row stays one CSV line and the row numbers the
// server reports are the row numbers Excel shows.
export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10)
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE'
  return String(cell).replace(/\r\n|\r|\n/g, ' ')
}

// A sheet's rows (first row = header, as Excel numbers them from 1) as CSV text for an import.
// Rows are as wide as the header: empty cells beyond it are dropped (Excel often reports them)
// and short rows are padded; a non-empty cell beyond the header stays, so the server can refuse
// that row's column count. Empty rows stay as empty lines, keeping Excel's row numbers.
export function sheetToCsv(rows: ReadonlyArray<ReadonlyArray<SheetCell>>): string {
  const texts = rows.map((row) => row.map(cellText))
  const headerIndex = texts.findIndex((row) => row.some((c) => c.trim() !== ''))
  if (headerIndex < 0) return ''
  const header = texts[headerIndex]
  let width = header.length
  while (width > 0 && header[width - 1].trim() === '') width -= 1
  const lines = texts.map((row) => {
    if (row.every((c) => c.trim() === '')) return ''
    let end = row.length
    while (end > width && row[end - 1].trim() === '') end -= 1
    const cells = row.slice(0, end)
    while (cells.length < width) cells.push('')
    return cells.map(csvField).join(',')
  })
  let last = lines.length
  while (last > 0 && lines[last - 1] === '') last -= 1
  return lines.slice(0, last).join('\r\n') + '\r\n'
}
