import { describe, expect, it } from 'vitest'
import { drawSize } from './draws'

describe('drawSize', () => {
  const classes = (n: number) => `${n} 个班`
  it('shows a rate as a percentage and a count as classes', () => {
    expect(drawSize({ rate: 0.1, count: null }, classes)).toBe('10%')
    expect(drawSize({ rate: 0.0125, count: null }, classes)).toBe('1.25%')
    expect(drawSize({ rate: null, count: 3 }, classes)).toBe('3 个班')
  })
})
