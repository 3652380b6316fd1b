// Money travels as integer fen; people read and type yuan.
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100).toLocaleString('zh-CN')}.${String(abs % 100).padStart(2, '0')}`
}

// "1,200.5" -> 120050; null for anything that is not a non-negative amount with at most 2 decimals.
export function yuanToFen(text: string): number | null {
  const clean = text.replace(/,/g, '').trim()
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null
  const [whole, fraction = ''] = clean.split('.')
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
}
