import { type Page, query, request } from '../http'

// Public notice (公示) of approved claims and objections to it (R-F1; docs/subsidy-claims.md).
// Officers publish and answer; anyone reads a notice and objects to a line without signing in.
export type NoticeState = 'published' | 'awaiting_answers' | 'payable'
export interface Notice {
  id: number; region_code: string; title: string; published_on: string; ends_on: string
  claims: number; lines: number; amount_fen: number; state: NoticeState; open_objections: number
  published_by?: string; published_at?: string
}
export interface NoticeLine {
  id: number; position: number; name_masked: string; id_number_masked: string; institution_name: string
  project_name: string; amount_fen: number; removed: boolean
  claim_id?: number; trainee_id?: number; objections?: number
}
export interface NoticeDetail extends Notice { lines_detail: NoticeLine[] }
export type ObjectionStatus = 'open' | 'upheld' | 'dismissed'
export interface Objection {
  id: number; notice_id: number; line_id: number; claim_id: number; trainee_id: number; name_masked: string
  id_number_masked: string; institution_name: string; amount_fen: number; reason: string; contact_masked: string | null
  lodged_at: string; answer_due_on: string; overdue: boolean; status: ObjectionStatus; answer: string | null
  answered_by: string | null; answered_at: string | null
}

export const publishNotice = (title?: string) => request<NoticeDetail>('POST', '/api/v1/notices', title ? { title } : {})
export const listNotices = (after?: number | null, limit = 50) =>
  request<Page<Notice>>('GET', '/api/v1/notices' + query({ after, limit }))
export const getNotice = (id: number) => request<NoticeDetail>('GET', `/api/v1/notices/${id}`)
// GET /api/v1/notices/{id}/export.xlsx (a plain link: the session cookie goes with it)
export const noticeExportUrl = (id: number) => `/api/v1/notices/${id}/export.xlsx`
export const listObjections = (after?: number | null, status: ObjectionStatus | 'overdue' | '' = '', limit = 50) =>
  request<Page<Objection>>('GET', '/api/v1/objections' + query({ after, limit, status: status || undefined }))
export const answerObjection = (id: number, action: 'uphold' | 'dismiss', answer: string) =>
  request<Objection>('POST', `/api/v1/objections/${id}/actions/${action}`, { answer })
export const revealContact = (id: number) =>
  request<{ id: number; contact: string }>('GET', `/api/v1/objections/${id}/contact`)

export const listPublicNotices = (after?: number | null, limit = 50) =>
  request<Page<Notice>>('GET', '/api/v1/public/notices' + query({ after, limit }))
export const getPublicNotice = (id: number) => request<NoticeDetail>('GET', `/api/v1/public/notices/${id}`)
export const objectToLine = (noticeId: number, lineId: number, reason: string, contact: string) =>
  request<{ id: number; answer_due_on: string }>('POST', `/api/v1/public/notices/${noticeId}/objections`,
    { line_id: lineId, reason, contact: contact.trim() || undefined })

// The tag colour of a batch's state: running, waiting on answers, or free to pay.
export const stateTag = (state: NoticeState) =>
  ({ published: 'primary', awaiting_answers: 'warning', payable: 'success' } as const)[state]
