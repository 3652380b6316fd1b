import { describe, expect, it } from 'vitest'
import { ownOrganisationId, scopeLabel } from './scope'

describe('ownOrganisationId', () => {
  it('reads the id of the named kind only', () => {
    expect(ownOrganisationId('institution:12', 'institution')).toBe(12)
    expect(ownOrganisationId('enterprise:3', 'institution')).toBe(0)
    expect(ownOrganisationId('510104', 'institution')).toBe(0)
    expect(ownOrganisationId('institution:x', 'institution')).toBe(0)
    expect(ownOrganisationId(undefined, 'institution')).toBe(0)
  })
})

describe('scopeLabel', () => {
  it('shows the name, then the code, never a raw tag when a name is known', () => {
    expect(scopeLabel({ kind: 'organisation', code: 'institution:1', name: '锦江区阳光职业技能培训学校' })).toBe('锦江区阳光职业技能培训学校')
    expect(scopeLabel({ kind: 'region', code: '510104', name: '锦江区' })).toBe('锦江区')
    expect(scopeLabel({ kind: 'organisation', code: 'institution:9', name: null })).toBe('institution:9')
    expect(scopeLabel({ kind: 'none', code: null, name: null })).toBe('—')
    expect(scopeLabel(undefined)).toBe('—')
  })
})
