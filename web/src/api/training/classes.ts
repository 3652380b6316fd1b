import { type SortedPage, query, request } from '../http'

// Class filing and review (R-W1): an institution files a class with its plan; the county of the
// class reviews it; after approval the roster changes only by reasoned amendments.
export type ClassStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'running' | 'finished' | 'cancelled'
export type ClassMode = 'offline' | 'online' | 'mixed'
export type ClassAction = 'submit' | 'approve' | 'reject' | 'cancel'

export interface ClassWarning { code: string; field: string; detail: string }
export interface TrainingClass {
  id: number; name: string; institution_id: number; institution_name: string
  project_id: number; project_name: string; occupation_id: number; level: number | null
  training_type: string; mode: ClassMode; venue_id: number | null; venue_name: string | null; region_code: string
  start_date: string; end_date: string; planned_minutes: number; standard_hours: number; subsidy_fen: number
  status: ClassStatus; warnings: ClassWarning[]; roster_locked: boolean; roster_size: number
  submitted_at: string | null; reviewed_at: string | null; reviewed_by: string | null; review_reason: string | null
  created_at: string; created_by: string; updated_at: string
}
export interface RosterEntry {
  trainee_id: number; position: number; name: string; id_number_masked: string; added_at: string; added_by: string
  amendment_reason: string | null; before_start: boolean
  withdrawn_at: string | null; withdrawn_by: string | null; withdrawn_reason: string | null
}
export interface ClassDetail extends TrainingClass {
  teachers: { id: number; position: number; name: string; id_number_masked: string; qualification: string }[]
  sessions: { id: number; position: number; date: string; start: string; end: string; topic: string; teacher: number }[]
  roster: RosterEntry[]
}
export interface ClassEvent {
  id: number; at: string; actor: string; action: string; from_status: string | null; to_status: string; reason: string
  detail: Record<string, unknown>
}

export interface TeacherInput { name: string; id_number: string; qualification: string }
export interface SessionInput { date: string; start: string; end: string; topic: string; teacher: number }
export type RosterEntryInput = { trainee_id: number } | { id_number: string }
export interface ClassInput {
  name: string; project_id: number; training_type: string; mode: ClassMode; venue_id: number | null
  start_date: string; end_date: string; teachers: TeacherInput[]; sessions: SessionInput[]; roster: RosterEntryInput[]
}
export interface ClassFilter { q?: string; status?: string }
export const classSortable = ['start_date', 'name', 'status'] as const

// GET /api/v1/classes
export const listClasses = (filter: ClassFilter, sort: string, after?: string | null, limit = 50) =>
  request<SortedPage<TrainingClass>>('GET', '/api/v1/classes' + query({ q: filter.q, status: filter.status, sort, after, limit }))

// GET /api/v1/classes/export.xlsx: a plain link (the session cookie authenticates the download).
export const classExportUrl = (filter: ClassFilter, sort: string) =>
  '/api/v1/classes/export.xlsx' + query({ q: filter.q, status: filter.status, sort })

// GET /api/v1/calendar: the policy calendar's public holidays and working weekend days (调休)
export const getCalendar = (from: string, to: string) =>
  request<{ from: string; to: string; holidays: string[]; extra_workdays: string[] }>('GET', '/api/v1/calendar' + query({ from, to }))

// GET /api/v1/classes/{id}
export const getClass = (id: number) => request<ClassDetail>('GET', `/api/v1/classes/${id}`)

// POST /api/v1/classes (a draft) or PUT /api/v1/classes/{id} (a new plan for a draft or rejected class)
export const fileClass = (body: ClassInput, id?: number) =>
  id ? request<ClassDetail>('PUT', `/api/v1/classes/${id}`, body) : request<ClassDetail>('POST', '/api/v1/classes', body)

// POST /api/v1/classes/{id}/actions/{action}
export const actOnClass = (id: number, action: ClassAction, reason = '') =>
  request<ClassDetail>('POST', `/api/v1/classes/${id}/actions/${action}`, { reason })

// GET /api/v1/classes/{id}/events
export const classEvents = (id: number) =>
  request<{ items: ClassEvent[] }>('GET', `/api/v1/classes/${id}/events`).then((r) => r.items)

// POST /api/v1/classes/{id}/roster: one person by full ID number, with a reason once locked
export const enrol = (id: number, idNumber: string, reason: string) =>
  request<RosterEntry>('POST', `/api/v1/classes/${id}/roster`, { id_number: idNumber, reason })

// POST /api/v1/classes/{id}/roster/{trainee}/withdraw
export const withdraw = (id: number, traineeId: number, reason: string) =>
  request<RosterEntry>('POST', `/api/v1/classes/${id}/roster/${traineeId}/withdraw`, { reason })
