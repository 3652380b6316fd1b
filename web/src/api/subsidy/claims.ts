import { type Page, query, request } from '../http'

// Subsidy claims (申领, R-F1; docs/subsidy-claims.md): an institution claims a finished class's
// subsidy for the trainees who authorised it, an enterprise for its employees, a trainee who paid
// first for themself; the platform judges and prices every line and seals the proof. Amounts are
// integer fen.
export type ClaimKind = 'training' | 'assessment'
// What a line's unit is: a person, an apprentice-year (学徒制), a person-month (以工代训).
export type ClaimBasis = 'person' | 'apprentice_year' | 'person_month'
export interface ClaimReason { code: string; detail: string }
export type ClaimStatus = 'submitted' | 'returned' | 'rejected' | 'county_approved' | 'approved'
export type ReviewLevel = 'county' | 'city'
export interface Claim {
  id: number; class_id: number; class_name: string; institution_name: string; claimant: string
  claimant_name: string; kind: ClaimKind; basis: ClaimBasis
  region_code: string; status: ClaimStatus
  claimed_on: string; lines: number; paid_lines: number; amount_fen: number; proof_sm3: string
  submitted_at: string; submitted_by: string
  // Review (审核): the levels in order, the level reviewing now and its last day, what remains payable.
  review_levels: string; stage: ReviewLevel | null; due_on: string | null; approved_fen: number
}
export interface ClaimLine {
  trainee_id: number; name_masked: string; id_number_masked: string; position: number; paid: boolean
  amount_fen: number; reasons: ClaimReason[]; counted_minutes: number; certificate_number: string | null
  units: number; period: string | null
  // A paid line a reviewer refused or an upheld objection removed, and why.
  withheld: 'refused_county' | 'refused_city' | 'objection_upheld' | null; withheld_detail: string | null
}
export interface ClaimReview {
  action: 'submit' | 'resubmit' | 'approve' | 'return' | 'reject'; level: 'claimant' | ReviewLevel; reason: string
  detail: { refused?: { trainee_id: number; reason: string }[]; replaced_proof_sm3?: string }
  approved_fen: number; actor: string; at: string
}
export interface ClaimDetail extends Claim { lines_detail: ClaimLine[]; history: ClaimReview[]; overdue: boolean }
export interface Refusal { trainee_id: number; reason: string }
export interface ClaimProof { claim_id: number; sm3: string; intact: boolean; proof: Record<string, unknown> }

export interface ClaimFilter { stage?: ReviewLevel | ''; status?: ClaimStatus | '' }
export const listClaims = (after?: number | null, filter: ClaimFilter = {}, limit = 50) =>
  request<Page<Claim>>('GET', '/api/v1/claims' + query({ after, limit, stage: filter.stage || undefined, status: filter.status || undefined }))
export const listOverdueClaims = (after?: number | null, limit = 50) =>
  request<Page<Claim>>('GET', '/api/v1/claims/overdue' + query({ after, limit }))
export const getClaim = (id: number) => request<ClaimDetail>('GET', `/api/v1/claims/${id}`)
// What the caller may claim: its finished classes, and one class's people.
export interface ClaimableClass {
  class_id: number; class_name: string; training_type: string; start_date: string; end_date: string
  institution_name: string; live_claim_id: number | null
}
export interface ClaimablePerson {
  trainee_id: number; name: string; id_number_masked: string; before_start: boolean; withdrawn: boolean
  employment_kind: 'employee' | 'apprentice' | null
}
export interface ClaimableDetail extends ClaimableClass { basis: ClaimBasis; kinds: ClaimKind[]; people: ClaimablePerson[] }
export const listClaimable = () => request<{ items: ClaimableClass[] }>('GET', '/api/v1/claims/claimable')
export const getClaimable = (classId: number) =>
  request<ClaimableDetail>('GET', '/api/v1/claims/claimable' + query({ class_id: classId }))
// Who may be named: on the roster before the start and still on it.
export const nameable = (people: ClaimablePerson[]) => people.filter((p) => p.before_start && !p.withdrawn)
export const submitClaim = (classId: number, kind: ClaimKind, traineeIds: number[]) =>
  request<ClaimDetail>('POST', '/api/v1/claims', { class_id: classId, kind, trainee_ids: traineeIds })
export const getClaimProof = (id: number) => request<ClaimProof>('GET', `/api/v1/claims/${id}/proof`)
export const approveClaim = (id: number, refusals: Refusal[], note: string) =>
  request<ClaimDetail>('POST', `/api/v1/claims/${id}/actions/approve`, { refusals, note: note || undefined })
export const decideClaim = (id: number, action: 'return' | 'reject', reason: string) =>
  request<ClaimDetail>('POST', `/api/v1/claims/${id}/actions/${action}`, { reason })
export const resubmitClaim = (id: number, traineeIds?: number[]) =>
  request<ClaimDetail>('POST', `/api/v1/claims/${id}/actions/submit`, traineeIds ? { trainee_ids: traineeIds } : {})

// The review level of an officer's region (510104 a county, 510100 a city, 510000 the province).
export function officeLevel(regionCode: string | null | undefined): ReviewLevel | 'province' | null {
  if (!regionCode || !/^\d{6}$/.test(regionCode)) return null
  if (regionCode.endsWith('0000')) return 'province'
  return regionCode.endsWith('00') ? 'city' : 'county'
}

// The lines a reviewer may refuse: priced by the platform and not withheld already.
export const payableLines = (claim: ClaimDetail) => claim.lines_detail.filter((l) => l.paid && !l.withheld)

// A reason as people read it: its label, and the numbers behind it when there are any.
export function reasonText(reason: ClaimReason, label: (code: string) => string): string {
  return reason.detail ? `${label(reason.code)}（${reason.detail}）` : label(reason.code)
}

// GET /api/v1/claims/export.xlsx with the list's filter (a plain link: the session cookie goes with it).
export const claimsExportUrl = (filter: ClaimFilter = {}) =>
  '/api/v1/claims/export.xlsx' + query({ stage: filter.stage || undefined, status: filter.status || undefined })
