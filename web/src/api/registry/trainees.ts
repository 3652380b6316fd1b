import { type SortedPage, query, request } from '../http'

// A trainee as the server shows it: ID number and phone masked; an age instead of the birth date
// (which, with the masked number, would give the number away).
export interface Trainee {
  id: number
  name: string
  id_number_masked: string
  phone_masked: string
  sex: 'male' | 'female'
  age: number
  household_region_code: string
  residence_region_code: string
  groups: string[]
  employment_status: string
  registered_by_org: string | null
  created_at: string
  updated_at: string
}
export interface TraineeInput {
  name: string
  id_number: string
  phone: string
  household_region_code: string
  residence_region_code: string
  groups: string[]
  employment_status: string
}
// The ID number never changes: a wrong one is a different person.
export type TraineePatch = Partial<Omit<TraineeInput, 'id_number'>>
export interface TraineeFilter {
  q?: string
  id_number?: string
  phone?: string
  group?: string
  region_code?: string
  employment_status?: string
}
export const traineeSortable = ['name', 'residence_region_code'] as const

const filterParams = (f: TraineeFilter) => ({
  q: f.q, id_number: f.id_number, phone: f.phone, group: f.group, region_code: f.region_code,
  employment_status: f.employment_status,
})

// GET /api/v1/trainees
export const listTrainees = (filter: TraineeFilter, sort: string, after?: string | null, limit = 50) =>
  request<SortedPage<Trainee>>('GET', '/api/v1/trainees' + query({ ...filterParams(filter), sort, after, limit }))

// GET /api/v1/trainees/export.xlsx: a plain link (the session cookie authenticates the download).
export const traineeExportUrl = (filter: TraineeFilter, sort: string) =>
  '/api/v1/trainees/export.xlsx' + query({ ...filterParams(filter), sort })

// GET /api/v1/trainees/{id}
export const getTrainee = (id: number) => request<Trainee>('GET', `/api/v1/trainees/${id}`)

// POST /api/v1/trainees
export const createTrainee = (body: TraineeInput) => request<Trainee>('POST', '/api/v1/trainees', body)

// PATCH /api/v1/trainees/{id}
export const updateTrainee = (id: number, body: TraineePatch) => request<Trainee>('PATCH', `/api/v1/trainees/${id}`, body)

// POST /api/v1/trainees/{id}/reveal: the full ID number and phone, with a reason (audited)
export const revealTrainee = (id: number, reason: string) =>
  request<{ id_number: string; phone: string }>('POST', `/api/v1/trainees/${id}/reveal`, { reason })
