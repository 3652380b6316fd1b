import { type Page, query, request, type Counted } from '../http'

// The exceptions list (src/supervision): check-ins and online segments that do not count, with
// the reasons the rules gave when they arrived.
export type ExceptionSource = 'checkin' | 'online'
export interface ExceptionFilter {
  source: ExceptionSource
  class_id?: number | null
  terminal_id?: number | null
  institution_id?: number | null
  region_code: string
  reason: string
  from?: string // YYYY-MM-DD (China), inclusive
  to?: string
}
export interface AttendanceException {
  id: number; source: ExceptionSource; at: string; received_at: string
  class_id: number; class_name: string; institution_id: number; institution_name: string; region_code: string
  trainee_id: number; trainee_name: string; terminal_id: number; terminal_name: string; terminal_key_id: string
  reasons: string[]
  // check-ins
  kind?: 'start' | 'in_class' | 'end'; session_id?: number; session?: { date: string; start: string; end: string }
  distance_m?: number | null; face_score?: number | null; liveness_score?: number | null
  // online segments
  ended_at?: string; course_item?: string
}
export type ExceptionGrouping = 'institution' | 'class' | 'terminal' | 'region'
export interface ExceptionGroup { key: number; name: string; total: number; by_reason: Record<string, number> }

// Reasons by the kind of record the rules give them to (src/supervision/exception_filter.cpp).
export const checkinReasons = ['class_not_open', 'not_on_roster', 'withdrawn', 'captured_in_future', 'too_early', 'late',
  'left_early', 'after_session', 'outside_session', 'far_from_venue', 'low_face_score', 'low_liveness_score'] as const
export const onlineReasons = ['class_not_open', 'not_on_roster', 'withdrawn', 'captured_in_future', 'outside_sessions',
  'face_check_failed', 'no_face_check', 'face_check_gap', 'overlaps_segment'] as const

export const exceptionParams = (f: ExceptionFilter) => ({
  source: f.source, class_id: f.class_id, terminal_id: f.terminal_id, institution_id: f.institution_id,
  region_code: f.region_code, reason: f.reason, from: f.from, to: f.to,
})

// GET /api/v1/attendance-exceptions (newest first)
export const listExceptions = (filter: ExceptionFilter, after?: number | null, limit = 50) =>
  request<Page<AttendanceException> & Counted>('GET',
    '/api/v1/attendance-exceptions' + query({ ...exceptionParams(filter), after, limit }))

// GET /api/v1/attendance-exceptions/summary
export const summariseExceptions = (filter: ExceptionFilter, group: ExceptionGrouping) =>
  request<{ groups: ExceptionGroup[]; limit: number }>('GET',
    '/api/v1/attendance-exceptions/summary' + query({ ...exceptionParams(filter), group }))

// GET /api/v1/attendance-exceptions/export.xlsx: a plain link (the session cookie authenticates it).
export const exceptionExportUrl = (filter: ExceptionFilter) =>
  '/api/v1/attendance-exceptions/export.xlsx' + query(exceptionParams(filter))
