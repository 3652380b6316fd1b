import { describe, expect, it } from 'vitest'
import type { Trainee } from '../../../api/registry/trainees'
import { emptyTraineeForm, toTraineeInput, toTraineePatch, traineeFormOf } from './form'

const trainee: Trainee = {
  id: 7, name: '张三', id_number_masked: '510104********1230', phone_masked: '138****1111', sex: 'male', age: 35,
  household_region_code: '510104', residence_region_code: '510104', groups: ['veteran'], employment_status: 'flexible',
  registered_by_org: null, created_at: '2026-01-01 09:00:00', updated_at: '2026-01-01 09:00:00',
}

describe('emptyTraineeForm', () => {
  it('starts in the officer\'s county, not in a city', () => {
    expect(emptyTraineeForm('510104').residence_region_code).toBe('510104')
    expect(emptyTraineeForm('510100').residence_region_code).toBe('')
    expect(emptyTraineeForm(null).household_region_code).toBe('')
  })
})

describe('toTraineeInput', () => {
  it('tidies what people paste', () => {
    const f = { ...emptyTraineeForm('510104'), name: ' 李四 ', id_number: '5101 0419 9001 0112 3x', phone: '138 0000 1111' }
    expect(toTraineeInput(f)).toMatchObject({ name: '李四', id_number: '51010419900101123X', phone: '13800001111' })
  })
})

describe('toTraineePatch', () => {
  it('sends nothing when nothing changed, and never the ID number', () => {
    expect(toTraineePatch(trainee, traineeFormOf(trainee))).toEqual({})
  })
  it('sends only the changed fields and a newly typed phone', () => {
    const f = { ...traineeFormOf(trainee), phone: '13900002222', groups: ['veteran', 'disabled'], residence_region_code: '510105' }
    expect(toTraineePatch(trainee, f)).toEqual({ phone: '13900002222', groups: ['veteran', 'disabled'], residence_region_code: '510105' })
  })
})
