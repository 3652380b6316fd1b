import { type Page, query, request } from '../http'

// Assessment sittings and 应评尽评 (R-W5; docs/assessment.md): an evaluation body (or the
// institution, for its own 结业考核) plans a sitting for a finished class, enters results once,
// locks them, amends with a reason and issues certificates (docs/certificates.md).
export interface Level { level: number; name: string }
export interface Exemption { reason: ExemptionReason; note: string; recorded_at: string; recorded_by: string }
export type ExemptionReason = 'absent' | 'withdrew' | 'deferred'
export interface ClassMember {
  trainee_id: number; name: string; id_number_masked: string; attendance: number; withdrawn: boolean
  eligible: boolean; sitting_id: number | null; exemption: Exemption | null; unaccounted: boolean
}
export interface ClassAssessment {
  class: { id: number; name: string; status: string; institution_name: string; project_name: string; level: Level | null
    start_date: string; end_date: string; region_code: string }
  threshold: number
  figures: { eligible: number; candidates: number; exempted: number; unaccounted: number }
  members: ClassMember[]
}
export interface OverdueClass {
  class_id: number; class_name: string; institution_name: string; region_code: string; end_date: string
  eligible: number; unaccounted: number
}
export interface Result { theory: number | null; practical: number | null; absent: boolean }
export interface Candidate {
  trainee_id: number; name: string; id_number_masked: string; class_id: number | null
  result: Result | null; first_result: Result | null; passed: boolean | null; entered_at: string | null
  entered_by: string | null; amendments: number; certificate_number: string | null
  certificate_status: 'valid' | 'revoked' | null
  checked_in_at: string | null
}
export interface Sitting {
  id: number; organiser: string; organiser_name: string; class_id: number | null; class_name: string | null
  occupation_id: number; occupation_name: string; level: Level | null
  certificate_type: 'skill_level' | 'special_ability' | 'training_completion'; region_code: string
  date: string; start: string; end: string; place: string; latitude: number | null; longitude: number | null
  status: 'planned' | 'locked' | 'cancelled'; locked_at: string | null; locked_by: string | null
  created_at: string; created_by: string; host_institution_id: number | null; host_name: string | null
}
export interface SittingDetail extends Sitting {
  examiners: { position: number; name: string; id_number_masked: string; certificate: string }[]
  candidates: Candidate[]
  figures: { candidates: number; entered: number; sat: number; passed: number; certified: number
    checked_in: number; sat_without_checkin: number }
}
// A candidate's capture at the sitting by the host institution's terminal (signed upload).
export interface SittingCapture {
  id: number; trainee_id: number; name_masked: string; terminal_id: number; terminal_name: string
  captured_at: string; received_at: string; latitude: number; longitude: number; distance_m: number | null
  face_score: number; liveness_score: number; photo_sha256: string; counts: boolean; reasons: string[]
}
export interface ExaminerInput { name: string; id_number: string; certificate: string }
export interface SittingInput {
  class_id: number; date: string; start: string; end: string; place: string
  examiners: ExaminerInput[]; candidates: { trainee_id: number }[]
}
export interface ResultInput { trainee_id: number; theory?: number; practical?: number; absent?: boolean }

export const getClassAssessment = (classId: number) =>
  request<ClassAssessment>('GET', `/api/v1/assessments/classes/${classId}`)
export const recordExemption = (classId: number, traineeId: number, reason: ExemptionReason | null, note: string) =>
  request<ClassAssessment>('PUT', `/api/v1/assessments/classes/${classId}/exemptions/${traineeId}`, { reason, note })
export const listOverdue = (after?: number | null, limit = 50) =>
  request<Page<OverdueClass>>('GET', '/api/v1/assessments/overdue' + query({ after, limit }))

export const listSittings = (after?: number | null, limit = 50) =>
  request<Page<Sitting>>('GET', '/api/v1/assessments/sittings' + query({ after, limit }))
export const getSitting = (id: number) => request<SittingDetail>('GET', `/api/v1/assessments/sittings/${id}`)
export const listSittingCheckins = (id: number) =>
  request<{ items: SittingCapture[] }>('GET', `/api/v1/assessments/sittings/${id}/checkins`)
// Same-origin, so an <img> sends the session cookie; each view is audited.
export const sittingPhotoUrl = (id: number, sha256: string) => `/api/v1/assessments/sittings/${id}/photos/${sha256}`
export const planSitting = (body: SittingInput) => request<SittingDetail>('POST', '/api/v1/assessments/sittings', body)
export const enterResults = (id: number, results: ResultInput[]) =>
  request<SittingDetail>('PUT', `/api/v1/assessments/sittings/${id}/results`, { results })
export const lockSitting = (id: number) => request<SittingDetail>('POST', `/api/v1/assessments/sittings/${id}/actions/lock`)
export const amendResult = (id: number, traineeId: number, result: Omit<ResultInput, 'trainee_id'> & { reason: string }) =>
  request<SittingDetail>('POST', `/api/v1/assessments/sittings/${id}/candidates/${traineeId}/amendments`, result)
export const issueCertificates = (id: number) =>
  request<{ numbers: string[]; count: number }>('POST', `/api/v1/assessments/sittings/${id}/actions/issue`)
export const revokeSitting = (id: number, reason: string) =>
  request<{ numbers: string[]; count: number }>('POST', `/api/v1/assessments/sittings/${id}/actions/revoke`, { reason })

// What a result entry form holds for one candidate, as the API takes it: scores, or absent.
export interface ResultDraft { theory: number | null; practical: number | null; absent: boolean }
export function resultInput(traineeId: number, draft: ResultDraft): ResultInput | null {
  if (draft.absent) return { trainee_id: traineeId, absent: true }
  if (draft.theory === null || draft.practical === null) return null
  return { trainee_id: traineeId, theory: draft.theory, practical: draft.practical }
}

// "85 / 90", "缺考" or "" (not entered).
export function resultText(result: Result | null, absent: string): string {
  if (!result) return ''
  if (result.absent) return absent
  return `${result.theory ?? '-'} / ${result.practical ?? '-'}`
}

// Outcome figures (issue 13 item 6): per institution or per evaluation body, by occupation and level.
export interface OutcomeRow {
  key: string; name: string; occupation_id: number; occupation_name: string; level: Level | null
  eligible: number | null; candidates: number; sat: number; passed: number; certified: number
  assessed_rate: number | null; pass_rate: number | null
}
export interface OutcomeQuery { group: 'institution' | 'body'; from: string; to: string; institution_type?: string }
export const listOutcomes = (q: OutcomeQuery) =>
  request<{ items: OutcomeRow[]; truncated: boolean }>('GET', '/api/v1/assessments/outcomes' + query({ ...q }))
export const outcomesExportUrl = (q: OutcomeQuery) => '/api/v1/assessments/outcomes/export.xlsx' + query({ ...q })
