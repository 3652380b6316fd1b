import { describe, expect, it } from 'vitest'
import { nameable, officeLevel, payableLines, reasonText, type ClaimDetail, type ClaimLine } from './claims'

describe('reasonText', () => {
  const label = (code: string) => ({ hours_below_threshold: '学时不足', no_certificate: '无证书' }[code] ?? code)
  it('shows the label and, when there are any, the numbers behind it', () => {
    expect(reasonText({ code: 'hours_below_threshold', detail: '79.9% < 80.0%' }, label)).toBe('学时不足（79.9% < 80.0%）')
    expect(reasonText({ code: 'no_certificate', detail: '' }, label)).toBe('无证书')
  })
})

describe('officeLevel', () => {
  it('reads the level from the region code', () => {
    expect(officeLevel('510104')).toBe('county')
    expect(officeLevel('510100')).toBe('city')
    expect(officeLevel('510000')).toBe('province')
    expect(officeLevel('institution:3')).toBeNull()
    expect(officeLevel(null)).toBeNull()
  })
})

describe('payableLines', () => {
  const line = (id: number, paid: boolean, withheld: ClaimLine['withheld']): ClaimLine => ({
    trainee_id: id, name_masked: '', id_number_masked: '', position: id, paid, amount_fen: paid ? 60000 : 0,
    reasons: [], counted_minutes: 0, certificate_number: null, withheld, withheld_detail: null, units: 1, period: null,
  })
  it('keeps only priced lines nobody withheld', () => {
    const claim = { lines_detail: [line(1, true, null), line(2, false, null), line(3, true, 'refused_county')] } as ClaimDetail
    expect(payableLines(claim).map((l) => l.trainee_id)).toEqual([1])
  })
})

describe('stateTag', () => {
  it('colours each notice state', async () => {
    const { stateTag } = await import('./notices')
    expect(stateTag('published')).toBe('primary')
    expect(stateTag('awaiting_answers')).toBe('warning')
    expect(stateTag('payable')).toBe('success')
  })
})

describe('nameable', () => {
  it('keeps only people on the roster before the start and still on it', () => {
    const person = (id: number, before: boolean, withdrawn: boolean) => ({
      trainee_id: id, name: '', id_number_masked: '', before_start: before, withdrawn, employment_kind: null,
    })
    expect(nameable([person(1, true, false), person(2, false, false), person(3, true, true)]).map((p) => p.trainee_id))
      .toEqual([1])
  })
})
