import { type Page, query, request, type Counted } from '../http'

export interface Occupation {
  id: number
  code: string | null
  name: string
  category: string
  kind: 'occupation' | 'special_ability'
  highest_level: number | null
  lowest_level: number | null
  levels: Array<{ level: number; name: string }>
  urgent: boolean
  shortage_rank: number | null
  is_new: boolean
  created_at: string
  updated_at: string
}
export interface OccupationFilter { q?: string; category?: string; kind?: string; urgent?: boolean }
export type OccupationInput = Omit<Occupation, 'id' | 'levels' | 'created_at' | 'updated_at'>
export type OccupationPatch = Partial<Omit<OccupationInput, 'kind'>>
export interface OccupationChange {
  id: number; changed_at: string; changed_by: string; request_id: string; field: string
  before: string | null; after: string | null
}

// GET /api/v1/occupations
export const listOccupations = (filter: OccupationFilter, after?: number | null, limit = 50) =>
  request<Page<Occupation> & Counted>('GET', '/api/v1/occupations' +
    query({ q: filter.q, category: filter.category, kind: filter.kind, urgent: filter.urgent ? 'true' : undefined, after, limit }))

// POST /api/v1/occupations
export const createOccupation = (body: OccupationInput) => request<Occupation>('POST', '/api/v1/occupations', body)

// PATCH /api/v1/occupations/{id}
export const updateOccupation = (id: number, body: OccupationPatch) =>
  request<Occupation>('PATCH', `/api/v1/occupations/${id}`, body)

// GET /api/v1/occupations/{id}/changes
export const listOccupationChanges = (id: number) =>
  request<{ items: OccupationChange[] }>('GET', `/api/v1/occupations/${id}/changes`)
