import { describe, expect, it } from 'vitest'
import { resultInput, resultText } from './sittings'
import { normaliseNumber } from './certificates'

describe('resultInput', () => {
  it('sends scores, or absent without scores, and nothing half-filled', () => {
    expect(resultInput(7, { theory: 85, practical: 90, absent: false })).toEqual({ trainee_id: 7, theory: 85, practical: 90 })
    expect(resultInput(7, { theory: 85, practical: null, absent: true })).toEqual({ trainee_id: 7, absent: true })
    expect(resultInput(7, { theory: 85, practical: null, absent: false })).toBeNull()
    expect(resultInput(7, { theory: 0, practical: 0, absent: false })).toEqual({ trainee_id: 7, theory: 0, practical: 0 })
  })
})

describe('resultText', () => {
  it('shows scores, absence or nothing', () => {
    expect(resultText({ theory: 85, practical: 90, absent: false }, '缺考')).toBe('85 / 90')
    expect(resultText({ theory: null, practical: null, absent: true }, '缺考')).toBe('缺考')
    expect(resultText(null, '缺考')).toBe('')
  })
})

describe('normaliseNumber', () => {
  it('drops spaces and capitalises', () => {
    expect(normaliseNumber(' s0000 51 000001 275000001 ')).toBe('S000051000001275000001')
    expect(normaliseNumber('zx5101042026000004x')).toBe('ZX5101042026000004X')
  })
})
