import { type Page, query, request, upload } from '../http'

// Random audits of claims (抽查核查, R-F3, R-F4; docs/subsidy-claims.md): a city draws a seeded
// sample of its approved claims; each audit is assigned to an officer or a third-party auditor,
// worked through the checklist and concluded.
export const checklistItems = ['roster_as_filed', 'trainees_reached', 'attendance_real', 'certificates_genuine',
  'amounts_per_standard', 'money_received'] as const
export type ChecklistResult = 'pass' | 'fail' | 'not_applicable'
export interface ChecklistEntry { item: string; result: ChecklistResult; note: string }
export type AuditStatus = 'unassigned' | 'assigned' | 'concluded'
export interface ClaimAudit {
  id: number; draw_id: number; claim_id: number; city_code: string; institution_name: string; class_name: string
  approved_fen: number; status: AuditStatus; assignee: string | null; assigned_by: string | null; assigned_at: string | null
  checklist: ChecklistEntry[]; outcome: 'no_issue' | 'issues_found' | null; finding: string | null
  concluded_by: string | null; concluded_at: string | null
  // Evidence (one audit only, not in lists).
  photos?: { sha256: string; content_type: string; bytes: number; uploaded_at: string; uploaded_by: string }[]
}
export interface AuditDraw {
  id: number; city_code: string; claimed_from: string; claimed_to: string; rate_1e4: number; seed: string
  population_size: number; drawn: number; drawn_by: string; drawn_at: string; claim_ids?: number[]
}

export const drawAudits = (claimedFrom: string, claimedTo: string) =>
  request<AuditDraw>('POST', '/api/v1/claim-audits/draws', { claimed_from: claimedFrom, claimed_to: claimedTo })
export const listAudits = (after?: number | null, status = '', limit = 50) =>
  request<Page<ClaimAudit>>('GET', '/api/v1/claim-audits' + query({ after, limit, status: status || undefined }))
export const assignAudit = (id: number, assignee: string) =>
  request<ClaimAudit>('POST', `/api/v1/claim-audits/${id}/actions/assign`, { assignee })
export const saveChecklist = (id: number, items: ChecklistEntry[]) =>
  request<ClaimAudit>('PUT', `/api/v1/claim-audits/${id}/checklist`, { items })
export const concludeAudit = (id: number, finding: string) =>
  request<ClaimAudit>('POST', `/api/v1/claim-audits/${id}/actions/conclude`, { finding })

export const getAudit = (id: number) => request<ClaimAudit>('GET', `/api/v1/claim-audits/${id}`)
export const addAuditPhoto = (id: number, file: Blob) => upload<ClaimAudit>(`/api/v1/claim-audits/${id}/photos`, file.type, file)
export const auditPhotoUrl = (id: number, sha256: string) => `/api/v1/claim-audits/${id}/photos/${sha256}`
