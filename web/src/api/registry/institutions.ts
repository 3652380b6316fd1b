import { type Page, type SortedPage, query, request } from '../http'

export type InstitutionStatus = 'applied' | 'under_review' | 'active' | 'suspended' | 'exited'
export interface Institution {
  id: number
  name: string
  credit_code: string
  type: string
  type_name: string
  region_code: string
  status: InstitutionStatus
  assigned_auditor: string | null
  exposed: boolean
  exposure_reason: string | null
  integrity_model: boolean
  credit_check_overridden: boolean
  created_at: string
  updated_at: string
}
export interface InstitutionInput {
  name: string
  credit_code: string
  type: string
  region_code: string
  override_credit_check?: boolean
}
export interface InstitutionEvent {
  id: number; at: string; actor: string; action: string; from_status: string | null; to_status: string; reason: string
}
export interface PublicInstitution {
  id: number; name: string; credit_code: string; type_name: string; region_code: string; status: string
  exposure_reason: string | null; updated_at: string
}

// The institution types the registry knows (registry/institution_rules.cpp), in its order.
export const institutionTypes: Array<[string, string]> = [
  ['vocational_college', '职业院校'], ['technical_school', '技工学校'], ['technician_college', '技师学院'],
  ['enterprise_centre', '企业培训中心'], ['private_institution', '民办职业培训机构'], ['industry_association', '行业协会'],
  ['public_centre', '公共实训基地'],
]

export const institutionSortable = ['name', 'region_code', 'status'] as const

// GET /api/v1/institutions (sorted; the cursor is an opaque string)
export const listInstitutions = (filter: { q?: string; status?: string }, sort: string, after?: string | null, limit = 50) =>
  request<SortedPage<Institution>>('GET', '/api/v1/institutions' + query({ ...filter, sort, after, limit }))

// GET /api/v1/institutions/export.xlsx: a plain link (the session cookie authenticates the download).
export const institutionExportUrl = (filter: { q?: string; status?: string }, sort: string) =>
  '/api/v1/institutions/export.xlsx' + query({ ...filter, sort })

// POST /api/v1/institutions
export const createInstitution = (body: InstitutionInput) => request<Institution>('POST', '/api/v1/institutions', body)

// GET /api/v1/institutions/{id}/events
export const listInstitutionEvents = (id: number) =>
  request<{ items: InstitutionEvent[] }>('GET', `/api/v1/institutions/${id}/events`)

// POST /api/v1/institutions/{id}/actions/{action}
export const actOnInstitution = (id: number, action: string, body: { reason: string; auditor?: string | null; expose?: boolean }) =>
  request<Institution>('POST', `/api/v1/institutions/${id}/actions/${action}`, body)

// GET /api/v1/public/institutions/{exposed|integrity} (no sign-in)
export const listPublicInstitutions = (list: 'exposed' | 'integrity', after?: number | null) =>
  request<Page<PublicInstitution>>('GET', `/api/v1/public/institutions/${list}` + query({ after, limit: 100 }), undefined,
    { quiet401: true })
