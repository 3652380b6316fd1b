import { describe, expect, it } from 'vitest'
import { clockShanghai, formatShanghai, todayInShanghai } from './time'

describe('formatShanghai', () => {
  it('shows any offset in Beijing time', () => {
    expect(formatShanghai('2026-11-25T10:00:00Z')).toBe('2026-11-25 18:00:00')
    expect(formatShanghai('2026-11-25T18:00:00.123+08:00')).toBe('2026-11-25 18:00:00')
    expect(formatShanghai('2026-11-25T23:30:00-01:00')).toBe('2026-11-26 08:30:00')
  })
  it('leaves what it cannot read alone', () => {
    expect(formatShanghai('')).toBe('')
    expect(formatShanghai(null)).toBe('')
    expect(formatShanghai('not a time')).toBe('not a time')
  })
})

describe('clockShanghai', () => {
  it('is China time whatever the browser zone', () => {
    expect(clockShanghai(new Date('2026-11-25T23:30:05Z'))).toBe('07:30:05')
  })
})

describe('todayInShanghai', () => {
  it('turns the date at midnight in China, not in UTC', () => {
    expect(todayInShanghai(new Date('2026-12-04T15:59:59Z'))).toBe('2026-12-04')
    expect(todayInShanghai(new Date('2026-12-04T16:00:00Z'))).toBe('2026-12-05')
  })
})
