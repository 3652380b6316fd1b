import { describe, expect, it } from 'vitest'
import { baseField, fieldMessages, reasonKeys, reasonText } from './fieldErrors'

describe('fieldMessages', () => {
  it('joins every reason of a field', () => {
    const names: Record<string, string> = { too_short: '太短', too_simple: '过于简单', format: '格式不正确' }
    expect(fieldMessages([{ field: 'password', reason: 'too_short' }, { field: 'password', reason: 'too_simple' },
      { field: 'username', reason: 'format' }], (r) => names[r] ?? r))
      .toEqual({ password: '太短；过于简单', username: '格式不正确' })
  })
  it('reports list items on the list, once per wording', () => {
    expect(fieldMessages([{ field: 'groups[0]', reason: 'unknown' }, { field: 'groups[2]', reason: 'unknown' },
      { field: 'groups[3]', reason: 'duplicate' }], (r) => r))
      .toEqual({ groups: 'unknown；duplicate' })
  })
})

describe('reasonText', () => {
  const messages: Record<string, string> = {
    'errors.fields.length': '长度不正确',
    'errors.byField.phone.length': '应为 11 位数字',
    'errors.fields.unknown': '无效',
  }
  const t = (k: string) => messages[k]
  const has = (k: string) => k in messages
  it('prefers the wording for the field', () => {
    expect(reasonText('phone', 'length', t, has)).toBe('应为 11 位数字')
    expect(reasonText('credit_code', 'length', t, has)).toBe('长度不正确')
    expect(reasonText('groups[1]', 'unknown', t, has)).toBe('无效')
  })
  it('shows an unknown reason as it is', () => {
    expect(reasonText('x', 'brand_new', t, has)).toBe('brand_new')
  })
  it('looks up list items by their list', () => {
    expect(baseField('groups[12]')).toBe('groups')
    expect(reasonKeys('groups[1]', 'duplicate')).toEqual(['errors.byField.groups.duplicate', 'errors.fields.duplicate'])
  })
})
