import { toApiError, upload } from '../http'

export type ImportKind = 'trainees' | 'institutions' | 'enterprises' | 'history' | 'certificates'

const csvType = 'text/csv; charset=utf-8'

// POST /api/v1/imports/{kind}: a UTF-8 CSV with a header row, or an xlsx workbook (`type` its
// content type), stored all or nothing. A refusal is an ApiError "import_rejected" whose fields
// carry the file's row and column.
export const importFile = (kind: ImportKind, body: Blob | string, type = csvType) =>
  upload<{ kind: ImportKind; imported: number }>(`/api/v1/imports/${kind}`, type, body)

// The same file checked again with ?report=csv: every error of a refused file as a CSV report
// (the refusal itself shows only the first ones). Nothing is imported either way.
export async function importReport(kind: ImportKind, body: Blob | string, type = csvType): Promise<string> {
  const reply = await fetch(`/api/v1/imports/${kind}?report=csv`, {
    method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': type }, body,
  })
  if (!(reply.headers.get('Content-Type') ?? '').startsWith('text/csv')) throw toApiError(reply.status, await reply.text())
  return reply.text()
}
