import { describe, expect, it } from 'vitest'
import { fenToYuan, yuanToFen } from './money'

describe('money', () => {
  it('shows fen as yuan', () => {
    expect(fenToYuan(120000)).toBe('1,200.00')
    expect(fenToYuan(5)).toBe('0.05')
    expect(fenToYuan(0)).toBe('0.00')
  })
  it('reads yuan into integer fen without floating point', () => {
    expect(yuanToFen('1,200.5')).toBe(120050)
    expect(yuanToFen('0.29')).toBe(29)
    expect(yuanToFen('1500')).toBe(150000)
    expect(yuanToFen('1.234')).toBeNull()
    expect(yuanToFen('-1')).toBeNull()
    expect(yuanToFen('abc')).toBeNull()
  })
})
