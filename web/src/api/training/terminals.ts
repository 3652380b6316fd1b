import { type Page, query, request } from '../http'

// Check-in terminals (R-W3): registered by an institution with their Ed25519 public key and the
// venues they serve; revoked by officers with a reason.
// A check-in terminal at venues, or the online-learning platform of online and mixed classes.
export type TerminalKind = 'checkin' | 'online'
export interface Terminal {
  id: number; institution_id: number; institution_name: string; key_id: string; kind: TerminalKind; name: string; public_key: string
  status: 'active' | 'revoked'; venues: { id: number; name: string }[]
  created_at: string; created_by: string; revoked_at: string | null; revoked_by: string | null; revoked_reason: string | null
}
export interface TerminalInput { name: string; public_key: string; venue_ids: number[]; kind: TerminalKind }

// GET /api/v1/terminals (newest first)
export const listTerminals = (after?: number | null, limit = 50) =>
  request<Page<Terminal>>('GET', '/api/v1/terminals' + query({ after, limit }))

// GET /api/v1/terminals/export.xlsx (a plain link)
export const terminalExportUrl = '/api/v1/terminals/export.xlsx'

// POST /api/v1/terminals
export const registerTerminal = (body: TerminalInput) => request<Terminal>('POST', '/api/v1/terminals', body)

// POST /api/v1/terminals/{id}/revoke
export const revokeTerminal = (id: number, reason: string) =>
  request<Terminal>('POST', `/api/v1/terminals/${id}/revoke`, { reason })
