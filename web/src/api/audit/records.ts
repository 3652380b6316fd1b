import { type Page, query, request } from '../http'

export interface AuditRecord {
  seq: number
  at: string
  user_id: number | null
  username: string
  role: string
  action: string
  object_type: string
  object_id: string
  outcome: string
  request_id: string
  client_ip: string
  detail: string
  hash: string
}
export interface VerifyReport { ok: boolean; checked: number; first_broken_seq?: number; reason?: string }

// GET /api/v1/audit/records
export const listAuditRecords = (after?: number | null, limit = 50) =>
  request<Page<AuditRecord>>('GET', '/api/v1/audit/records' + query({ after, limit }))

// GET /api/v1/audit/verify
export const verifyAuditChain = () => request<VerifyReport>('GET', '/api/v1/audit/verify')
