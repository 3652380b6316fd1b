import { query, request } from '../http'

// The dashboards (src/dashboard): figures counted by the server in the caller's scope.
export type ClassStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'running' | 'finished' | 'cancelled'
export interface Period { from: string; to: string }
export interface Overview {
  today: string
  counted_at: string // when the server counted them (figures are kept a minute)
  month: Period
  classes: { total: number; by_status: Record<ClassStatus, number> }
  in_training: { trainees: number; classes: number }
  checkins_today: { total: number; counting: number; share: number }
}
export interface AttendanceBucket { from: number; to: number; enrolments: number }
export interface AttendanceFigures {
  period: Period; threshold: number; classes: number; enrolments: number; reaching: number; reaching_share: number
  // finished classes whose attendance is still being computed (not in the figures yet)
  pending_classes: number
  buckets: AttendanceBucket[]
}
export interface Area { code: string; name: string; trainees: number; classes: number }
export interface RegionFigures {
  parent: { code: string; name: string; level: 'province' | 'prefecture' | 'county' }
  level: 'prefecture' | 'county'
  period: Period
  areas: Area[]
}

// GET /api/v1/dashboard/overview
export const getOverview = () => request<Overview>('GET', '/api/v1/dashboard/overview')

// 应评尽评 of the classes that finished in the period, and the spot checks drawn in it.
export interface QualityFigures {
  period: Period
  assessment: { eligible: number; candidates: number; exempted: number; unaccounted: number; sat: number
    passed: number; certified: number; assessed_share: number; pass_share: number }
  spot_checks: { draws: number; drawn: number; inspected: number; serious: number; inspected_share: number }
}
// GET /api/v1/dashboard/quality (default: this year)
export const getQuality = (period?: Partial<Period>) =>
  request<QualityFigures>('GET', '/api/v1/dashboard/quality' + query({ from: period?.from, to: period?.to }))

// GET /api/v1/dashboard/attendance (default: this year)
export const getAttendance = (period?: Partial<Period>) =>
  request<AttendanceFigures>('GET', '/api/v1/dashboard/attendance' + query({ from: period?.from, to: period?.to }))

// GET /api/v1/dashboard/regions (default: the caller's own region, this year)
export const getRegions = (parent?: string) =>
  request<RegionFigures>('GET', '/api/v1/dashboard/regions' + query({ parent }))

// The boundary of a region's children as GeoJSON, features named by region code
// (`sunshine maps export`, served with the app under /geo/).
export async function fetchMap(code: string): Promise<unknown> {
  const reply = await fetch(`/geo/${code}.json`)
  if (!reply.ok) throw new Error(`map ${code}: ${reply.status}`)
  return reply.json()
}
