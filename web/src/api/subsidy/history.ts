import { type Page, query, request } from '../http'

// Past subsidised trainings imported from the old system (src/subsidy/history_*): never edited,
// counted by class filing against the yearly limit and the same occupation and level.
export interface HistoryRecord {
  id: number; import_id: number; file_row: number
  name: string; id_number_masked: string
  occupation_id: number; occupation_name: string; occupation_code: string | null; level: number | null
  subsidy_type: string; subsidy_type_name: string; trained_on: string; amount_fen: number; source: string
  imported: true; imported_at: string
}
export interface HistoryImport {
  id: number; imported_at: string; imported_by: string; request_id: string; content_sm3: string; rows: number
}

export const traineeHistory = (traineeId: number) =>
  request<{ items: HistoryRecord[] }>('GET', `/api/v1/trainees/${traineeId}/subsidy-history`)

// By full ID number, in the body (never in the address); the province's desk, audited.
export const searchHistory = (idNumber: string) =>
  request<{ items: HistoryRecord[] }>('POST', '/api/v1/subsidy-history/search', { id_number: idNumber })

export const listHistoryImports = (after?: number | null) =>
  request<Page<HistoryImport>>('GET', `/api/v1/subsidy-history/imports${query({ after })}`)
