import { describe, expect, it } from 'vitest'
import { ownOrganisationId } from './scope'

describe('ownOrganisationId', () => {
  it('reads the id of the named kind only', () => {
    expect(ownOrganisationId('institution:12', 'institution')).toBe(12)
    expect(ownOrganisationId('enterprise:3', 'institution')).toBe(0)
    expect(ownOrganisationId('510104', 'institution')).toBe(0)
    expect(ownOrganisationId('institution:x', 'institution')).toBe(0)
    expect(ownOrganisationId(undefined, 'institution')).toBe(0)
  })
})
