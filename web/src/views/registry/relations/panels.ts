// What each relation panel shows and asks for. Labels come from i18n (`relations.*`).
import type { Employee, Filing, PermittedProject, Venue } from '../../../api/registry/relations'
import { levelNames } from '../occupations/form'
import type { CountyGroup } from '../regions/counties'
import { offeredLevels, type FieldSpec } from './fields'

type T = (key: string) => string
interface Choice { id: number; name: string }
interface OccupationChoice extends Choice { code: string | null; kind: string; highest_level: number | null; lowest_level: number | null }

const dates = (t: T): FieldSpec[] => [
  { key: 'valid_from', label: t('relations.validFrom'), kind: 'date' },
  { key: 'valid_to', label: t('relations.validTo'), kind: 'date' },
]

// A venue's county is picked by name and starts as the institution's own.
export const venuePanel = (t: T, counties: CountyGroup[], regionName: (code: string) => string, ownCounty: string) => ({
  columns: [
    { label: t('relations.venueName'), value: (v: Venue) => v.name, width: 120 },
    { label: t('relations.address'), value: (v: Venue) => v.address, width: 200 },
    { label: t('relations.region'), value: (v: Venue) => regionName(v.region_code), width: 120 },
    { label: t('relations.coordinates'), value: (v: Venue) => `${v.latitude.toFixed(6)}, ${v.longitude.toFixed(6)}`, width: 170 },
    { label: t('relations.coordinatesGcj02'), value: (v: Venue) => `${v.gcj02.latitude.toFixed(6)}, ${v.gcj02.longitude.toFixed(6)}`, width: 170 },
    { label: t('relations.capacity'), value: (v: Venue) => v.capacity },
  ],
  fieldsFor: (): FieldSpec[] => [
    { key: 'name', label: t('relations.venueName'), kind: 'text' },
    { key: 'address', label: t('relations.address'), kind: 'text' },
    { key: 'region_code', label: t('relations.region'), kind: 'county', groups: counties, initial: ownCounty },
    { key: 'latitude', label: t('relations.latitude'), kind: 'number' },
    { key: 'longitude', label: t('relations.longitude'), kind: 'number' },
    { key: 'datum', label: t('relations.datum'), kind: 'select', initial: 'gcj02',
      options: ['gcj02', 'bd09', 'wgs84'].map((d) => ({ value: d, label: t(`relations.datums.${d}`) })) },
    { key: 'capacity', label: t('relations.capacity'), kind: 'number' },
  ],
})

export const projectPanel = (t: T, projects: Choice[]) => ({
  columns: [
    { label: t('relations.project'), value: (p: PermittedProject) => p.project_name, width: 200 },
    { label: t('relations.validFrom'), value: (p: PermittedProject) => p.valid_from },
    { label: t('relations.validTo'), value: (p: PermittedProject) => p.valid_to },
    { label: t('relations.by'), value: (p: PermittedProject) => p.created_by },
  ],
  fieldsFor: (): FieldSpec[] => [
    { key: 'project_id', label: t('relations.project'), kind: 'select', numeric: true,
      options: projects.map((p) => ({ value: String(p.id), label: p.name })) },
    ...dates(t),
  ],
})

export const employeePanel = (t: T) => ({
  columns: [
    { label: t('relations.person'), value: (e: Employee) => e.trainee.name },
    { label: t('relations.idNumber'), value: (e: Employee) => e.trainee.id_number_masked, width: 170 },
    { label: t('relations.kind'), value: (e: Employee) => t('relations.kinds.' + e.kind) },
    { label: t('relations.startDate'), value: (e: Employee) => e.start_date },
    { label: t('relations.endDate'), value: (e: Employee) => e.end_date ?? '' },
  ],
  fieldsFor: (): FieldSpec[] => [
    { key: 'id_number', label: t('relations.idNumber'), kind: 'text' },
    { key: 'kind', label: t('relations.kind'), kind: 'select',
      options: ['employee', 'apprentice'].map((k) => ({ value: k, label: t('relations.kinds.' + k) })) },
    { key: 'start_date', label: t('relations.startDate'), kind: 'date' },
    { key: 'end_date', label: t('relations.endDate'), kind: 'date', optional: true },
  ],
})

export const filingPanel = (t: T, occupations: OccupationChoice[]) => ({
  columns: [
    { label: t('relations.occupation'), value: (f: Filing) => (f.occupation_code ? f.occupation_code + ' ' : '') + f.occupation_name, width: 200 },
    { label: t('relations.level'), value: (f: Filing) => (f.level ? levelNames[f.level] : t('relations.specialAbility')) },
    { label: t('relations.validFrom'), value: (f: Filing) => f.valid_from },
    { label: t('relations.validTo'), value: (f: Filing) => f.valid_to },
  ],
  fieldsFor: (values: Record<string, string>): FieldSpec[] => {
    const chosen = occupations.find((o) => String(o.id) === values.occupation_id)
    const levels = chosen ? offeredLevels(chosen) : []
    return [
      { key: 'occupation_id', label: t('relations.occupation'), kind: 'select', numeric: true,
        options: occupations.map((o) => ({ value: String(o.id), label: (o.code ? o.code + ' ' : '') + o.name })) },
      ...(levels.length ? [{ key: 'level', label: t('relations.level'), kind: 'select' as const, numeric: true,
        options: levels.map((l) => ({ value: String(l), label: levelNames[l] })) }] : []),
      ...dates(t),
    ]
  },
})
