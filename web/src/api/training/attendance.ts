import { request } from '../http'

// What the check-ins and online segments show (R-W3): attendance per class, computed on every
// read from the stored events, and one person's trail with every event and why it counts.
export interface ClassAttendance {
  class: { id: number; name: string; status: string; mode: string; institution_name: string; start_date: string; end_date: string }
  planned_minutes: number; checkins: number; counting: number
  sessions: { id: number; date: string; start: string; end: string; topic: string; planned_minutes: number }[]
  trainees: {
    trainee_id: number; name: string; id_number_masked: string; before_start: boolean; withdrawn: boolean
    minutes: number[]; attended_minutes: number; rate: number
  }[]
}
export interface TrailEvent {
  id: number; event_id: string; class_id: number; class_name: string; session_id: number
  kind: 'start' | 'in_class' | 'end'; captured_at: string; received_at: string
  latitude: number; longitude: number; distance_m: number | null; face_score: number; liveness_score: number
  photo_sha256: string; photo_stored: boolean; terminal: { key_id: string; name: string }
  counts: boolean; reasons: string[]
}
export interface TrailSegment {
  id: number; segment_id: string; class_id: number; class_name: string; course_item: string
  started_at: string; ended_at: string; received_at: string; minutes: number
  face_checks: { at: number; face_score: number; liveness_score: number; photo_sha256: string }[]
  platform: { key_id: string; name: string }; counts: boolean; reasons: string[]
}
export interface Trail {
  trainee_id: number; name: string; attended_minutes: number
  sessions: { class_id: number; class_name: string; session_id: number; date: string; start: string; end: string
    planned_minutes: number; attended_minutes: number }[]
  events: TrailEvent[]; segments: TrailSegment[]
}

// GET /api/v1/classes/{id}/attendance
export const classAttendance = (id: number) => request<ClassAttendance>('GET', `/api/v1/classes/${id}/attendance`)

// GET /api/v1/trainees/{id}/trail[?class_id=]
export const traineeTrail = (traineeId: number, classId?: number) =>
  request<Trail>('GET', `/api/v1/trainees/${traineeId}/trail` + (classId ? `?class_id=${classId}` : ''))

// GET /api/v1/photos/{sha256}: same-origin, so an <img> sends the session cookie; each view is audited.
export const photoUrl = (sha256: string) => `/api/v1/photos/${sha256}`

// Minutes as hours with one decimal, the unit officers count in.
export const hours = (minutes: number) => (minutes / 60).toFixed(1)
