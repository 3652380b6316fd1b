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

// Days in China (inclusive), one account, actions starting with a prefix; empty selects all.
export interface AuditFilter { from?: string; to?: string; username?: string; action?: string }
// The longest filter values the server accepts (src/audit/routes.cpp answers too_long beyond).
export const kUsernameFilterLength = 64
export const kActionFilterLength = 100

// GET /api/v1/audit/records
export const listAuditRecords = (after?: number | null, limit = 50, filter: AuditFilter = {}) =>
  request<Page<AuditRecord>>('GET', '/api/v1/audit/records' + query({ ...filter, after, limit }))

// GET /api/v1/audit/records/export.xlsx (a plain link; the export is itself audited)
export const auditExportUrl = (filter: AuditFilter) => '/api/v1/audit/records/export.xlsx' + query({ ...filter })

// GET /api/v1/audit/verify
export const verifyAuditChain = () => request<VerifyReport>('GET', '/api/v1/audit/verify')
