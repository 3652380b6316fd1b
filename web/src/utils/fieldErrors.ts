import type { FieldError } from '../api/http'

// "groups[2]" → "groups": the form item and the per-field wording belong to the whole list.
export function baseField(field: string): string {
  const bracket = field.indexOf('[')
  return bracket < 0 ? field : field.slice(0, bracket)
}

// The i18n keys that may word a refusal, most specific first: a wording for this field
// (a phone's "length" is not a credit code's), then the reason's general wording.
export function reasonKeys(field: string, reason: string): string[] {
  return [`errors.byField.${baseField(field)}.${reason}`, `errors.fields.${reason}`]
}

// Words one refusal with the first key the messages have; an unknown reason shows as it is.
export function reasonText(field: string, reason: string, t: (key: string) => string,
                           has: (key: string) => boolean): string {
  const key = reasonKeys(field, reason).find(has)
  return key ? t(key) : reason
}

// Joins the server's refusals per field into one message each, translated by `reason`. Items of a
// list ("groups[1]") are reported on the list's field, where the form shows them.
export function fieldMessages(fields: FieldError[], translate: (reason: string, field: string) => string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of fields) {
    const text = translate(f.reason, f.field)
    const key = baseField(f.field)
    if (out[key]?.split('；').includes(text)) continue
    out[key] = out[key] ? `${out[key]}；${text}` : text
  }
  return out
}
