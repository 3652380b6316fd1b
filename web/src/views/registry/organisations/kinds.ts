import type { Organisation, OrganisationInput, OrganisationKind, OrganisationPatch } from '../../../api/registry/organisations'
import type { ImportKind } from '../../../api/registry/imports'
import { Permission } from '../../../auth/permissions'
import { auditorTypes, type Choices, enterpriseTypes, evaluationBodyTypes } from '../choices'

// What differs between the three organisation registers; everything else is one page.
export interface KindConfig {
  types: Choices
  defaultType: string
  hasIndustryAndSize: boolean // enterprises only: the server refuses these fields for the others
  importKind: ImportKind | null // only enterprises have an import
  read: string
  create: string
  update: string
}

export const kinds: Record<OrganisationKind, KindConfig> = {
  enterprise: { types: enterpriseTypes, defaultType: 'private', hasIndustryAndSize: true, importKind: 'enterprises',
    read: Permission.enterpriseRead, create: Permission.enterpriseCreate, update: Permission.enterpriseUpdate },
  evaluation_body: { types: evaluationBodyTypes, defaultType: 'social_organisation', hasIndustryAndSize: false, importKind: null,
    read: Permission.evaluationBodyRead, create: Permission.evaluationBodyCreate, update: Permission.evaluationBodyUpdate },
  auditor: { types: auditorTypes, defaultType: 'accounting_firm', hasIndustryAndSize: false, importKind: null,
    read: Permission.auditorRead, create: Permission.auditorCreate, update: Permission.auditorUpdate },
}

// The registration dialog's fields (credit code only when creating: it identifies the body).
export interface OrganisationForm {
  name: string; credit_code: string; type: string; region_code: string; industry: string; size: string
  override_credit_check: boolean
}

export function emptyOrganisationForm(kind: OrganisationKind, county: string): OrganisationForm {
  return { name: '', credit_code: '', type: kinds[kind].defaultType, region_code: county, industry: '', size: '',
    override_credit_check: false }
}

export function organisationFormOf(o: Organisation): OrganisationForm {
  return { name: o.name, credit_code: o.credit_code, type: o.type, region_code: o.region_code, industry: o.industry ?? '',
    size: o.size ?? '', override_credit_check: false }
}

export function toOrganisationInput(kind: OrganisationKind, f: OrganisationForm): OrganisationInput {
  const input: OrganisationInput = { name: f.name.trim(), credit_code: f.credit_code.replace(/\s+/g, '').toUpperCase(),
    type: f.type, region_code: f.region_code.trim() }
  // Left out when not chosen, so the server reports them as required rather than unknown.
  if (kinds[kind].hasIndustryAndSize) {
    if (f.industry) input.industry = f.industry
    if (f.size) input.size = f.size
  }
  if (f.override_credit_check) input.override_credit_check = true
  return input
}

// Only the changed fields (the status changes through its own action, with a reason).
export function toOrganisationPatch(kind: OrganisationKind, before: Organisation, f: OrganisationForm): OrganisationPatch {
  const after = toOrganisationInput(kind, f)
  const patch: OrganisationPatch = {}
  if (after.name !== before.name) patch.name = after.name
  if (after.type !== before.type) patch.type = after.type
  if (after.region_code !== before.region_code) patch.region_code = after.region_code
  if (kinds[kind].hasIndustryAndSize) {
    if (after.industry !== (before.industry ?? '')) patch.industry = after.industry
    if (after.size !== (before.size ?? '')) patch.size = after.size
  }
  return patch
}
