import { describe, expect, it } from 'vitest'
import { headcountGap } from './inspections'

describe('headcountGap', () => {
  it('compares the people found with the check-ins held', () => {
    expect(headcountGap({ headcount: 3, platform: { roster_size: 3, checked_in: 2 } })).toBe(1)
    expect(headcountGap({ headcount: 1, platform: { roster_size: 3, checked_in: 3 } })).toBe(-2)
    expect(headcountGap({ headcount: 2, platform: { roster_size: 3, checked_in: 2 } })).toBe(0)
  })
})
