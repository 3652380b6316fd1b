import type { InstitutionStatus } from '../../../api/registry/institutions'

// The lifecycle actions the server accepts from each state (src/registry/institution_rules.cpp),
// so the page offers only buttons that can succeed.
const actionsByStatus: Record<InstitutionStatus, string[]> = {
  applied: ['review', 'exit'],
  under_review: ['approve', 'reject', 'exit'],
  active: ['suspend', 'exit', 'mark_integrity', 'unmark_integrity'],
  suspended: ['reinstate', 'exit', 'unmark_integrity'],
  exited: [],
}
export const reasonOptional = new Set(['review', 'approve'])

export function actionsFor(status: InstitutionStatus, integrityModel: boolean): string[] {
  return actionsByStatus[status].filter((a) => (a === 'mark_integrity' ? !integrityModel : a === 'unmark_integrity' ? integrityModel : true))
}
