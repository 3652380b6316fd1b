import { describe, expect, it } from 'vitest'
import { actionsFor } from './lifecycle'

describe('actionsFor', () => {
  it('offers only what the state allows', () => {
    expect(actionsFor('applied', false)).toEqual(['review', 'exit'])
    expect(actionsFor('active', false)).toEqual(['suspend', 'exit', 'mark_integrity'])
    expect(actionsFor('active', true)).toEqual(['suspend', 'exit', 'unmark_integrity'])
    expect(actionsFor('exited', false)).toEqual([])
  })
})
