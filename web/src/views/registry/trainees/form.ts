import type { Trainee, TraineeInput, TraineePatch } from '../../../api/registry/trainees'
import { isCountyCode } from '../regions/counties'

// The trainee dialog's fields. When editing, `id_number` only shows the masked number (it never
// changes) and `phone` starts empty: the full number is not shown, and empty means "keep it".
export interface TraineeForm {
  name: string
  id_number: string
  phone: string
  household_region_code: string
  residence_region_code: string
  groups: string[]
  employment_status: string
}

// A county officer registers people of their own county most of the time: start there.
export function emptyTraineeForm(scopeCode: string | null | undefined): TraineeForm {
  const county = isCountyCode(scopeCode) ? scopeCode! : ''
  return { name: '', id_number: '', phone: '', household_region_code: county, residence_region_code: county, groups: [],
    employment_status: '' }
}

export function traineeFormOf(t: Trainee): TraineeForm {
  return { name: t.name, id_number: t.id_number_masked, phone: '', household_region_code: t.household_region_code,
    residence_region_code: t.residence_region_code, groups: [...t.groups], employment_status: t.employment_status }
}

// Spaces people paste with numbers go; a lower-case x check character becomes X.
const compact = (s: string) => s.replace(/\s+/g, '')

export function toTraineeInput(f: TraineeForm): TraineeInput {
  return { name: f.name.trim(), id_number: compact(f.id_number).toUpperCase(), phone: compact(f.phone),
    household_region_code: f.household_region_code.trim(), residence_region_code: f.residence_region_code.trim(),
    groups: [...f.groups], employment_status: f.employment_status }
}

// Only what changed; the phone only when a new one was typed.
export function toTraineePatch(before: Trainee, f: TraineeForm): TraineePatch {
  const after = toTraineeInput(f)
  const patch: TraineePatch = {}
  if (after.name !== before.name) patch.name = after.name
  if (after.phone) patch.phone = after.phone
  if (after.household_region_code !== before.household_region_code) patch.household_region_code = after.household_region_code
  if (after.residence_region_code !== before.residence_region_code) patch.residence_region_code = after.residence_region_code
  if (after.groups.join(',') !== before.groups.join(',')) patch.groups = after.groups
  if (after.employment_status !== before.employment_status) patch.employment_status = after.employment_status
  return patch
}
