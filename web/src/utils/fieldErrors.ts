import type { FieldError } from '../api/http'

// Joins the server's refusals per field into one message each, translated by `reason`.
export function fieldMessages(fields: FieldError[], translate: (reason: string) => string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of fields) {
    const text = translate(f.reason)
    out[f.field] = out[f.field] ? `${out[f.field]}；${text}` : text
  }
  return out
}
