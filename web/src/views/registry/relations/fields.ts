// The form of each relation, as data: which inputs, and how the typed text becomes the JSON the
// server takes (numbers as numbers, empty optional values left out).
export type InputKind = 'text' | 'number' | 'date' | 'select'
export interface FieldSpec {
  key: string
  label: string
  kind: InputKind
  optional?: boolean
  numeric?: boolean  // a select whose values are ids or levels: sent as numbers
  options?: Array<{ value: string; label: string }>
}

export function toBody(fields: FieldSpec[], values: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const f of fields) {
    const raw = (values[f.key] ?? '').trim()
    if (raw === '' && f.optional) continue
    // A number field that does not parse is sent as typed, so the server names the field.
    const numeric = f.kind === 'number' || f.numeric
    body[f.key] = numeric && raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw
  }
  return body
}

// The levels an occupation offers (1 = 一级/高级技师 ... 5 = 五级/初级工); none for a special ability.
export function offeredLevels(o: { kind: string; highest_level: number | null; lowest_level: number | null }): number[] {
  if (o.kind !== 'occupation' || o.highest_level == null || o.lowest_level == null) return []
  const out: number[] = []
  for (let l = o.highest_level; l <= o.lowest_level; l++) out.push(l)
  return out
}
