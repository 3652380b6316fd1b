import { describe, expect, it } from 'vitest'
import { query, toApiError, totalLabel } from './http'

describe('toApiError', () => {
  it('reads the server error shape', () => {
    const e = toApiError(422, JSON.stringify({ error: { code: 'invalid_fields', message: '请求字段有误',
      fields: [{ field: 'password', reason: 'too_short' }], request_id: 'r-1' } }))
    expect(e.status).toBe(422)
    expect(e.code).toBe('invalid_fields')
    expect(e.message).toBe('请求字段有误')
    expect(e.fields).toEqual([{ field: 'password', reason: 'too_short' }])
    expect(e.requestId).toBe('r-1')
  })
  it('survives bodies that are not the shape', () => {
    expect(toApiError(502, '<html>bad gateway</html>').code).toBe('http_502')
    expect(toApiError(500, '{"x":1}').message).toContain('500')
  })
})

describe('query', () => {
  it('keeps only set values', () => {
    expect(query({ after: 5, limit: 50, q: '' , x: null })).toBe('?after=5&limit=50')
    expect(query({})).toBe('')
  })
})

describe('totalLabel', () => {
  it('shows an exact count as it is and a capped one as "at least"', () => {
    expect(totalLabel(1234, true)).toBe('1,234')
    expect(totalLabel(1000, false)).toBe('1,000+')
    expect(totalLabel(12345, true)).toBe('12,345')
    expect(totalLabel(0, true)).toBe('0')
  })
})
