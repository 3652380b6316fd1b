import { type Page, query, request } from '../http'

// Spot-check draws (培训中抽查, R-W4; docs/spot-checks.md): a sample of the classes running on site
// in the officer's region on a day, kept with its population and seed so anyone can re-derive it.
export interface DrawClass {
  class_id: number; class_name: string; institution_id: number; institution_name: string; drawn: boolean
  inspection_status: 'open' | 'closed' | null; inspection_outcome: 'fine' | 'remarks' | 'serious' | null
}
export interface Draw {
  id: number; date: string; region_code: string; rate: number | null; count: number | null; seed: string
  population: number; drawn: number; created_at: string; created_by: string
  auditor_id: number | null; auditor_name: string | null
  classes?: DrawClass[]; reproduced?: boolean
}
export interface DrawInput { date: string; rate?: number; count?: number; region_code?: string }

// A third-party auditor engaged by an officer to spot-check a region for a period: while it
// lasts the auditor draws there and inspects what it drew.
export interface Engagement {
  id: number; auditor_id: number; auditor_name: string; region_code: string; region_name: string
  valid_from: string; valid_to: string; note: string; created_at: string; created_by: string
}
export interface EngagementInput { auditor_id: number; region_code: string; valid_from: string; valid_to: string; note: string }
export const listEngagements = (after?: number | null, limit = 50) =>
  request<Page<Engagement>>('GET', '/api/v1/spot-checks/engagements' + query({ after, limit }))
export const createEngagement = (body: EngagementInput) =>
  request<Engagement>('POST', '/api/v1/spot-checks/engagements', body)
// The engagements covering `date` (an auditor draws only in those regions on that day).
export const engagedOn = (engagements: Engagement[], date: string) =>
  engagements.filter((e) => e.valid_from <= date && date <= e.valid_to)

// GET /api/v1/spot-checks/draws (newest first)
export const listDraws = (after?: number | null, limit = 50) =>
  request<Page<Draw>>('GET', '/api/v1/spot-checks/draws' + query({ after, limit }))

// GET /api/v1/spot-checks/draws/{id}: with the population and whether the rule still gives the sample
export const getDraw = (id: number) => request<Draw>('GET', `/api/v1/spot-checks/draws/${id}`)

// POST /api/v1/spot-checks/draws
export const createDraw = (body: DrawInput) => request<Draw>('POST', '/api/v1/spot-checks/draws', body)

// What a draw asked for, in words: "10%" or "3 个班".
export function drawSize(draw: Pick<Draw, 'rate' | 'count'>, classes: (n: number) => string): string {
  if (draw.rate !== null) return `${Math.round(draw.rate * 10000) / 100}%`
  return classes(draw.count ?? 0)
}
