import { describe, expect, it } from 'vitest'
import { checkProjectForm, type ProjectForm } from './form'

const good = (): ProjectForm => ({
  name: '中式烹调师（五级）', occupation_id: 7, level: 5, training_type: 'employment_skills', standard_hours: 80,
  subsidy_yuan: '1200.00', valid_from: '2026-01-01', valid_to: null, regions: '',
})
const reasons = (form: ProjectForm, creating = true) => checkProjectForm(form, creating).map((f) => `${f.field}:${f.reason}`)

describe('checkProjectForm', () => {
  it('passes a complete project', () => {
    expect(reasons(good())).toEqual([])
    expect(reasons({ ...good(), valid_to: '2026-12-31', regions: '510104，510105' })).toEqual([])
  })
  it('names every missing or wrong field, not only the subsidy', () => {
    expect(reasons({ ...good(), name: '  ', occupation_id: null, training_type: '', standard_hours: undefined,
      subsidy_yuan: '', valid_from: '' })).toEqual([
      'name:required', 'occupation_id:required', 'training_type:required', 'standard_hours:required',
      'subsidy_fen:required', 'valid_from:required'])
    expect(reasons({ ...good(), name: '班'.repeat(201), standard_hours: 0, subsidy_yuan: '12.345',
      valid_to: '2025-12-31', regions: '510104, 51' })).toEqual([
      'name:too_long', 'standard_hours:out_of_range', 'subsidy_fen:bad_amount', 'valid_to:before_valid_from',
      'region_codes:format'])
    expect(reasons({ ...good(), valid_from: '2026-02-30x' })).toEqual(['valid_from:not_a_date'])
  })
  it('asks only for the standard when adding a version', () => {
    expect(reasons({ ...good(), name: '', occupation_id: null }, false)).toEqual([])
  })
})
