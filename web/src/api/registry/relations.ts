import { request } from '../http'

// The records that tie registries together: an institution's venues and permitted projects,
// an enterprise's employees, an evaluation body's filings. Each is a plain list under its owner.
export interface Venue {
  id: number; name: string; address: string; region_code: string
  // WGS-84, as stored and compared; gcj02 the same point as Chinese map apps show it
  latitude: number; longitude: number; datum: 'wgs84'; gcj02: { latitude: number; longitude: number }
  capacity: number; created_at: string
}
export interface PermittedProject {
  id: number; project_id: number; project_name: string; valid_from: string; valid_to: string
  created_at: string; created_by: string
}
export interface Employee {
  id: number; kind: 'employee' | 'apprentice'; start_date: string; end_date: string | null
  trainee: { id: number; name: string; id_number_masked: string; phone_masked: string }
}
export interface Filing {
  id: number; occupation_id: number; occupation_name: string; occupation_code: string | null
  level: number | null; valid_from: string; valid_to: string; created_at: string; created_by: string
}

export type RelationKind = 'venues' | 'projects' | 'employees' | 'filings'
const owners: Record<RelationKind, string> = {
  venues: '/api/v1/institutions',
  projects: '/api/v1/institutions',
  employees: '/api/v1/enterprises',
  filings: '/api/v1/evaluation-bodies',
}
const path = (kind: RelationKind, owner: number) => `${owners[kind]}/${owner}/${kind}`

// GET {owner}/{id}/{kind}
export const listRelation = <T>(kind: RelationKind, owner: number) =>
  request<{ items: T[] }>('GET', path(kind, owner)).then((r) => r.items)

// POST {owner}/{id}/{kind}
export const addRelation = <T>(kind: RelationKind, owner: number, body: Record<string, unknown>) =>
  request<T>('POST', path(kind, owner), body)
