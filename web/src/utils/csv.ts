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
