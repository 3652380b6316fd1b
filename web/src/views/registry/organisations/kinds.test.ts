import { describe, expect, it } from 'vitest'
import type { Organisation } from '../../../api/registry/organisations'
import { emptyOrganisationForm, organisationFormOf, toOrganisationInput, toOrganisationPatch } from './kinds'

const enterprise: Organisation = {
  id: 3, kind: 'enterprise', name: '成都某制造有限公司', credit_code: '91510104MA6CXXXX0X', type: 'private', type_name: '民营企业',
  region_code: '510104', status: 'active', credit_check_overridden: false, created_at: '', updated_at: '', industry: 'C', size: 'small',
}

describe('toOrganisationInput', () => {
  it('sends industry and size for enterprises only', () => {
    const f = { ...emptyOrganisationForm('enterprise', '510104'), name: ' 某企业 ', credit_code: '91510104ma6c 12345', industry: 'C', size: 'micro' }
    expect(toOrganisationInput('enterprise', f)).toEqual({ name: '某企业', credit_code: '91510104MA6C12345', type: 'private',
      region_code: '510104', industry: 'C', size: 'micro' })
    const auditor = { ...emptyOrganisationForm('auditor', '510104'), name: '某会计师事务所', industry: 'C' }
    expect(toOrganisationInput('auditor', auditor)).not.toHaveProperty('industry')
  })
  it('leaves out an industry or size not chosen (the server then says required)', () => {
    const input = toOrganisationInput('enterprise', emptyOrganisationForm('enterprise', '510104'))
    expect(input).not.toHaveProperty('industry')
    expect(input).not.toHaveProperty('size')
  })
  it('asks to override the credit check only when ticked', () => {
    const f = { ...emptyOrganisationForm('auditor', ''), override_credit_check: true }
    expect(toOrganisationInput('auditor', f).override_credit_check).toBe(true)
  })
})

describe('toOrganisationPatch', () => {
  it('sends only what changed', () => {
    expect(toOrganisationPatch('enterprise', enterprise, organisationFormOf(enterprise))).toEqual({})
    const f = { ...organisationFormOf(enterprise), size: 'medium', region_code: '510105' }
    expect(toOrganisationPatch('enterprise', enterprise, f)).toEqual({ size: 'medium', region_code: '510105' })
  })
})
