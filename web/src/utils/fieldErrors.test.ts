import { describe, expect, it } from 'vitest'
import { fieldMessages } from './fieldErrors'

describe('fieldMessages', () => {
  it('joins every reason of a field', () => {
    const names: Record<string, string> = { too_short: '太短', too_simple: '过于简单', format: '格式不正确' }
    expect(fieldMessages([{ field: 'password', reason: 'too_short' }, { field: 'password', reason: 'too_simple' },
      { field: 'username', reason: 'format' }], (r) => names[r] ?? r))
      .toEqual({ password: '太短；过于简单', username: '格式不正确' })
  })
})
