import { describe, expect, it } from 'vitest'
import { reasonText } from './claims'

describe('reasonText', () => {
  const label = (code: string) => ({ hours_below_threshold: '学时不足', no_certificate: '无证书' }[code] ?? code)
  it('shows the label and, when there are any, the numbers behind it', () => {
    expect(reasonText({ code: 'hours_below_threshold', detail: '79.9% < 80.0%' }, label)).toBe('学时不足（79.9% < 80.0%）')
    expect(reasonText({ code: 'no_certificate', detail: '' }, label)).toBe('无证书')
  })
})
