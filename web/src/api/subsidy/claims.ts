import { type Page, query, request } from '../http'

// Subsidy claims (申领, R-F1; docs/subsidy-claims.md): an institution claims a finished class's
// subsidy for the trainees who authorised it; the platform judges and prices every roster line
// and seals the proof. Amounts are integer fen.
export type ClaimKind = 'training' | 'assessment'
export interface ClaimReason { code: string; detail: string }
export interface Claim {
  id: number; class_id: number; class_name: string; institution_name: string; claimant: string; kind: ClaimKind
  region_code: string; status: 'submitted' | 'returned' | 'rejected' | 'county_approved' | 'approved'
  claimed_on: string; lines: number; paid_lines: number; amount_fen: number; proof_sm3: string
  submitted_at: string; submitted_by: string
}
export interface ClaimLine {
  trainee_id: number; name_masked: string; id_number_masked: string; position: number; paid: boolean
  amount_fen: number; reasons: ClaimReason[]; counted_minutes: number; certificate_number: string | null
}
export interface ClaimDetail extends Claim { lines_detail: ClaimLine[] }
export interface ClaimProof { claim_id: number; sm3: string; intact: boolean; proof: Record<string, unknown> }

export const listClaims = (after?: number | null, limit = 50) =>
  request<Page<Claim>>('GET', '/api/v1/claims' + query({ after, limit }))
export const getClaim = (id: number) => request<ClaimDetail>('GET', `/api/v1/claims/${id}`)
export const submitClaim = (classId: number, kind: ClaimKind, traineeIds: number[]) =>
  request<ClaimDetail>('POST', '/api/v1/claims', { class_id: classId, kind, trainee_ids: traineeIds })
export const getClaimProof = (id: number) => request<ClaimProof>('GET', `/api/v1/claims/${id}/proof`)

// A reason as people read it: its label, and the numbers behind it when there are any.
export function reasonText(reason: ClaimReason, label: (code: string) => string): string {
  return reason.detail ? `${label(reason.code)}（${reason.detail}）` : label(reason.code)
}
