// The filing form of a class (R-W1) as the page holds it, and how it becomes the API's input and
// how the server's refusals find their rows again. Pure: tested without a browser.
import type { FieldError } from '../../../api/http'
import type { ClassInput, ClassMode, SessionInput, TeacherInput } from '../../../api/training/classes'

export interface PickedTrainee { id: number; name: string; id_number_masked: string }

export interface ClassForm {
  name: string
  project_id: number | null
  training_type: string
  mode: ClassMode
  venue_id: number | null
  start_date: string
  end_date: string
  teachers: TeacherInput[]
  sessions: SessionInput[]
  picked: PickedTrainee[] // people chosen from the registry
  pasted: string // full ID numbers, one per line (or separated by spaces or commas)
}

export const emptyClassForm = (): ClassForm => ({
  name: '', project_id: null, training_type: 'employment_skills', mode: 'offline', venue_id: null,
  start_date: '', end_date: '', teachers: [{ name: '', id_number: '', qualification: '' }],
  sessions: [], picked: [], pasted: '',
})

export function parseIdNumbers(text: string): string[] {
  return text.split(/[\s,，;；、]+/).map((s) => s.trim().toUpperCase()).filter((s) => s.length > 0)
}

// The roster as the API takes it: picked people by id first, then the pasted numbers.
export function toClassInput(form: ClassForm): ClassInput {
  return {
    name: form.name.trim(),
    project_id: form.project_id ?? 0,
    training_type: form.training_type,
    mode: form.mode,
    venue_id: form.mode === 'online' ? null : form.venue_id,
    start_date: form.start_date,
    end_date: form.end_date,
    teachers: form.teachers.map((t) => ({ name: t.name.trim(), id_number: t.id_number.trim().toUpperCase(), qualification: t.qualification.trim() })),
    sessions: form.sessions.map((s) => ({ ...s, topic: s.topic.trim() })),
    roster: [
      ...form.picked.map((p) => ({ trainee_id: p.id })),
      ...parseIdNumbers(form.pasted).map((n) => ({ id_number: n })),
    ],
  }
}

// Who roster[i] is, in the order toClassInput sends them (for messages about a person).
export function rosterLabels(form: ClassForm): string[] {
  return [
    ...form.picked.map((p) => `${p.name}（${p.id_number_masked}）`),
    ...parseIdNumbers(form.pasted),
  ]
}

// Refusals about items of a list ("sessions[3]", "sessions[3].end") by the item's index.
export function itemErrors(fields: FieldError[], list: string): Map<number, FieldError[]> {
  const out = new Map<number, FieldError[]>()
  const pattern = new RegExp(`^${list}\\[(\\d+)\\]`)
  for (const f of fields) {
    const m = pattern.exec(f.field)
    if (!m) continue
    const i = Number(m[1])
    out.set(i, [...(out.get(i) ?? []), f])
  }
  return out
}

export function minutesOf(start: string, end: string): number {
  const parse = (s: string) => (/^\d\d:\d\d$/.test(s) ? Number(s.slice(0, 2)) * 60 + Number(s.slice(3)) : NaN)
  const m = parse(end) - parse(start)
  return Number.isFinite(m) && m > 0 ? m : 0
}

export const plannedMinutes = (sessions: SessionInput[]) => sessions.reduce((sum, s) => sum + minutesOf(s.start, s.end), 0)

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

// The next session to add: after the last one, the same hours the next day; the first one on
// the start date in the morning.
export function nextSession(form: ClassForm): SessionInput {
  const last = form.sessions[form.sessions.length - 1]
  if (!last) return { date: form.start_date, start: '09:00', end: '12:00', topic: '', teacher: 0 }
  return { ...last, date: last.date ? addDays(last.date, 1) : form.start_date, topic: '' }
}
