// The training-project dialog (R-C2) checked before it is sent, with the server's own field
// names and reasons, so a missing name or a wrong date shows under its field at once and the
// wording is the same as when the server refuses. Pure: tested without a browser.
import type { FieldError } from '../../../api/http'
import { yuanToFen } from '../../../utils/money'
import { trainingTypes } from './types'

export interface ProjectForm {
  name: string
  occupation_id: number | null
  level: number | null
  training_type: string
  standard_hours: number | null | undefined
  subsidy_yuan: string
  valid_from: string | null
  valid_to: string | null
  regions: string
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))
export const regionList = (text: string) => text.split(/[,，、\s]+/).filter(Boolean)

// `creating`: a new project (name, occupation and type are asked); else a new standard version.
export function checkProjectForm(form: ProjectForm, creating: boolean): FieldError[] {
  const out: FieldError[] = []
  if (creating) {
    const name = form.name.trim()
    if (!name) out.push({ field: 'name', reason: 'required' })
    else if ([...name].length > 200) out.push({ field: 'name', reason: 'too_long' })
    if (!form.occupation_id) out.push({ field: 'occupation_id', reason: 'required' })
    if (!trainingTypes.some(([id]) => id === form.training_type)) out.push({ field: 'training_type', reason: 'required' })
  }
  const hours = form.standard_hours
  if (hours === null || hours === undefined) out.push({ field: 'standard_hours', reason: 'required' })
  else if (!Number.isInteger(hours) || hours < 1 || hours > 5000) out.push({ field: 'standard_hours', reason: 'out_of_range' })
  if (!form.subsidy_yuan.trim()) out.push({ field: 'subsidy_fen', reason: 'required' })
  else if (yuanToFen(form.subsidy_yuan) === null) out.push({ field: 'subsidy_fen', reason: 'bad_amount' })
  if (!form.valid_from) out.push({ field: 'valid_from', reason: 'required' })
  else if (!isDate(form.valid_from)) out.push({ field: 'valid_from', reason: 'not_a_date' })
  if (form.valid_to) {
    if (!isDate(form.valid_to)) out.push({ field: 'valid_to', reason: 'not_a_date' })
    else if (form.valid_from && form.valid_to < form.valid_from) out.push({ field: 'valid_to', reason: 'before_valid_from' })
  }
  if (regionList(form.regions).some((code) => !/^\d{6}$/.test(code))) out.push({ field: 'region_codes', reason: 'format' })
  return out
}
