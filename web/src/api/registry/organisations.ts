import { type SortedPage, query, request } from '../http'

// Enterprises, evaluation bodies and third-party auditors share one shape and one API pattern.
export type OrganisationKind = 'enterprise' | 'evaluation_body' | 'auditor'
export type OrganisationStatus = 'active' | 'revoked'
export interface Organisation {
  id: number
  kind: OrganisationKind
  name: string
  credit_code: string
  type: string
  type_name: string
  region_code: string
  status: OrganisationStatus
  credit_check_overridden: boolean
  created_at: string
  updated_at: string
  industry?: string | null // enterprises only
  size?: string | null // enterprises only
}
export interface OrganisationInput {
  name: string
  credit_code: string
  type: string
  region_code: string
  industry?: string
  size?: string
  override_credit_check?: boolean
}
export interface OrganisationPatch {
  name?: string
  type?: string
  region_code?: string
  industry?: string
  size?: string
  status?: OrganisationStatus
  reason?: string // required when the status changes
}
export interface OrganisationFilter { q?: string; type?: string; status?: string; region_code?: string }
export const organisationSortable = ['name', 'region_code'] as const

const resources: Record<OrganisationKind, string> = {
  enterprise: '/api/v1/enterprises',
  evaluation_body: '/api/v1/evaluation-bodies',
  auditor: '/api/v1/auditors',
}
const filterParams = (f: OrganisationFilter) => ({ q: f.q, type: f.type, status: f.status, region_code: f.region_code })

// GET /api/v1/{enterprises|evaluation-bodies|auditors}
export const listOrganisations = (kind: OrganisationKind, filter: OrganisationFilter, sort: string,
                                  after?: string | null, limit = 50) =>
  request<SortedPage<Organisation>>('GET', resources[kind] + query({ ...filterParams(filter), sort, after, limit }))

// GET .../export.xlsx: a plain link (the session cookie authenticates the download).
export const organisationExportUrl = (kind: OrganisationKind, filter: OrganisationFilter, sort: string) =>
  resources[kind] + '/export.xlsx' + query({ ...filterParams(filter), sort })

// GET .../{id}
export const getOrganisation = (kind: OrganisationKind, id: number) =>
  request<Organisation>('GET', `${resources[kind]}/${id}`)

// POST ...
export const createOrganisation = (kind: OrganisationKind, body: OrganisationInput) =>
  request<Organisation>('POST', resources[kind], body)

// PATCH .../{id}
export const updateOrganisation = (kind: OrganisationKind, id: number, body: OrganisationPatch) =>
  request<Organisation>('PATCH', `${resources[kind]}/${id}`, body)
