import { type Page, query, request, type Counted } from '../http'

export interface ProjectVersion {
  id: number
  standard_hours: number
  subsidy_fen: number
  valid_from: string
  valid_to: string | null
  region_codes: string[]
  created_at: string
  created_by: string
}
export interface TrainingProject {
  id: number
  name: string
  occupation_id: number
  level: number | null
  training_type: string
  training_type_name: string
  current: ProjectVersion | null
  versions: ProjectVersion[]
  created_at: string
}
export interface StandardInput {
  standard_hours: number
  subsidy_fen: number
  valid_from: string
  valid_to: string | null
  region_codes: string[] | null
}
export interface ProjectInput extends StandardInput {
  name: string
  occupation_id: number
  level: number | null
  training_type: string
}

// GET /api/v1/training-projects
export const listProjects = (filter: { q?: string; training_type?: string }, after?: number | null, limit = 50) =>
  request<Page<TrainingProject> & Counted>('GET', '/api/v1/training-projects' +
    query({ q: filter.q, training_type: filter.training_type, after, limit }))

// POST /api/v1/training-projects
export const createProject = (body: ProjectInput) => request<TrainingProject>('POST', '/api/v1/training-projects', body)

// POST /api/v1/training-projects/{id}/versions
export const addProjectVersion = (id: number, body: StandardInput) =>
  request<TrainingProject>('POST', `/api/v1/training-projects/${id}/versions`, body)

// GET /api/v1/training-projects/{id}/standard?date=
export const standardOn = (id: number, date: string) =>
  request<ProjectVersion & { date: string }>('GET', `/api/v1/training-projects/${id}/standard` + query({ date }))
