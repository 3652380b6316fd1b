import { upload } from '../http'

export type ImportKind = 'trainees' | 'institutions' | 'enterprises'

// POST /api/v1/imports/{kind}: a UTF-8 CSV with a header row, stored all or nothing. A refusal
// is an ApiError "import_rejected" whose fields carry the file's row and column.
export const importCsv = (kind: ImportKind, csv: Blob | string) =>
  upload<{ kind: ImportKind; imported: number }>(`/api/v1/imports/${kind}`, 'text/csv; charset=utf-8', csv)
