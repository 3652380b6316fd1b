import { type Page, query, request } from '../http'

// Recovery (追回, R-F2; docs/subsidy-claims.md): from a confirmed finding an officer orders paid
// lines of a claim back from the payee; repayments return the money line by line until settled.
export type RecoverySource = 'spot_check' | 'claim_audit' | 'objection' | 'risk_case' | 'other'
export const recoverySources: RecoverySource[] = ['spot_check', 'claim_audit', 'objection', 'risk_case', 'other']
export interface Recovery {
  id: number; claim_id: number; city_code: string; payee: string; source: RecoverySource; source_reference: string
  reason: string; lines: number; amount_fen: number; repaid_fen: number; status: 'open' | 'settled'
  created_by: string; created_at: string
}
export interface RecoveryInput {
  claim_id: number; trainee_ids: number[]; source: RecoverySource; source_reference: string; reason: string
}

export const listRecoveries = (after?: number | null, limit = 50) =>
  request<Page<Recovery>>('GET', '/api/v1/recoveries' + query({ after, limit }))
export const createRecovery = (input: RecoveryInput) => request<Recovery>('POST', '/api/v1/recoveries', input)
export const repay = (id: number, amountFen: number, reference: string) =>
  request<Recovery>('POST', `/api/v1/recoveries/${id}/repayments`, { amount_fen: amountFen, reference })
