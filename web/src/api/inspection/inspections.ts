import { request, upload } from '../http'

// Inspection records of drawn classes (培训中抽查, R-W4; docs/spot-checks.md): made on the spot,
// on a phone, by an officer of the draw's region.
export const findingCodes = ['absent_trainees', 'wrong_teacher', 'wrong_venue', 'no_teaching', 'proxy_checkin',
  'records_missing', 'other'] as const
export type Finding = (typeof findingCodes)[number]
export type Outcome = 'fine' | 'remarks' | 'serious'
export interface Position { latitude: number | null; longitude: number | null }
export interface Inspection {
  id: number; draw_id: number; draw_date: string; class_id: number; class_name: string; institution_name: string
  session_id: number | null; inspector: string; arrived_at: string; arrival: Position; departed_at: string | null
  departure: Position; headcount: number; platform: { roster_size: number; checked_in: number }
  findings: Finding[]; notes: string; outcome: Outcome | null; status: 'open' | 'closed'
  photos: { sha256: string; content_type: string; bytes: number; uploaded_at: string; uploaded_by: string }[]
  videos: { camera_id: string; from: string; to: string; reference: string; added_at: string; added_by: string }[]
  case_id?: number
}
export interface VideoInput { camera_id: string; from: string; to: string; reference: string }

const path = (drawId: number, classId: number) => `/api/v1/spot-checks/draws/${drawId}/classes/${classId}/inspection`

export const getInspection = (drawId: number, classId: number) => request<Inspection>('GET', path(drawId, classId))
export const arrive = (drawId: number, classId: number, headcount: number, position?: Position) =>
  request<Inspection>('POST', path(drawId, classId), { headcount, ...(position ?? {}) })
export const updateInspection = (drawId: number, classId: number,
  body: { headcount?: number; findings?: Finding[]; notes?: string }) =>
  request<Inspection>('PATCH', path(drawId, classId), body)
export const addPhoto = (drawId: number, classId: number, file: Blob) =>
  upload<Inspection>(path(drawId, classId) + '/photos', file.type, file)
export const photoUrl = (drawId: number, classId: number, sha256: string) => `${path(drawId, classId)}/photos/${sha256}`
export const addVideo = (drawId: number, classId: number, body: VideoInput) =>
  request<Inspection>('POST', path(drawId, classId) + '/videos', body)
export const closeInspection = (drawId: number, classId: number, outcome: Outcome, position?: Position) =>
  request<Inspection>('POST', path(drawId, classId) + '/actions/close', { outcome, ...(position ?? {}) })

// Where the phone is, if it will say (WGS-84 degrees), within a few seconds; nothing otherwise.
export function currentPosition(timeoutMs = 8000): Promise<Position | undefined> {
  if (!('geolocation' in navigator)) return Promise.resolve(undefined)
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: Math.round(p.coords.latitude * 1e6) / 1e6, longitude: Math.round(p.coords.longitude * 1e6) / 1e6 }),
      () => resolve(undefined), { timeout: timeoutMs, maximumAge: 60_000 })
  })
}

// The headcount against what the platform held: how many more were found than checked in
// (positive: people in the room without a check-in; negative: check-ins without a person).
export const headcountGap = (i: Pick<Inspection, 'headcount' | 'platform'>) => i.headcount - i.platform.checked_in
