import type { CountyGroup } from '../regions/counties'

// The form of each relation, as data: which inputs, and how the typed text becomes the JSON the
// server takes (numbers as numbers, empty optional values left out).
export type InputKind = 'text' | 'number' | 'date' | 'select' | 'county'
export interface FieldSpec {
  key: string
  label: string
  kind: InputKind
  optional?: boolean
  numeric?: boolean  // a select whose values are ids or levels: sent as numbers
  options?: Array<{ value: string; label: string }>
  groups?: CountyGroup[]  // a county field's choices, grouped by prefecture
  initial?: string  // what a fresh form starts with (a venue's county: the institution's)
}

// A fresh form: every field empty but those with a starting value.
export function freshValues(fields: FieldSpec[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.key, f.initial ?? '']))
}

// The selects whose value is no longer among their choices (the level once another occupation is
// picked): the form clears them rather than send a choice the user cannot see.
export function staleChoices(fields: FieldSpec[], values: Record<string, string>): string[] {
  return fields.filter((f) => f.kind === 'select' && f.options && values[f.key] &&
    !f.options.some((o) => o.value === values[f.key])).map((f) => f.key)
}

export function toBody(fields: FieldSpec[], values: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const f of fields) {
    const raw = (values[f.key] ?? '').trim()
    const numeric = f.kind === 'number' || f.numeric
    // An empty number is left out (the server then calls it required, not of the wrong type).
    if (raw === '' && (f.optional || numeric)) continue
    // A number field that does not parse is sent as typed, so the server names the field.
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
