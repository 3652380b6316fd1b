import { Permission } from './permissions'
import { hasPermission } from './permissions'

export interface MenuItem {
  path: string
  titleKey: string // vue-i18n key
  permission?: string // shown only to roles holding it; none = every signed-in user
  icon: string // Element Plus icon component name
}

export const menu: MenuItem[] = [
  { path: '/', titleKey: 'menu.home', icon: 'HomeFilled' },
  { path: '/regions', titleKey: 'menu.regions', permission: Permission.regionRead, icon: 'MapLocation' },
  { path: '/occupations', titleKey: 'menu.occupations', permission: Permission.occupationRead, icon: 'Collection' },
  { path: '/projects', titleKey: 'menu.projects', permission: Permission.projectRead, icon: 'Notebook' },
  { path: '/institutions', titleKey: 'menu.institutions', permission: Permission.institutionRead, icon: 'School' },
  { path: '/trainees', titleKey: 'menu.trainees', permission: Permission.traineeRead, icon: 'UserFilled' },
  { path: '/enterprises', titleKey: 'menu.enterprises', permission: Permission.enterpriseRead, icon: 'OfficeBuilding' },
  { path: '/evaluation-bodies', titleKey: 'menu.evaluationBodies', permission: Permission.evaluationBodyRead, icon: 'Stamp' },
  { path: '/auditors', titleKey: 'menu.auditors', permission: Permission.auditorRead, icon: 'DataAnalysis' },
  { path: '/classes', titleKey: 'menu.classes', permission: Permission.classRead, icon: 'Calendar' },
  { path: '/exceptions', titleKey: 'menu.exceptions', permission: Permission.exceptionRead, icon: 'Warning' },
  { path: '/terminals', titleKey: 'menu.terminals', permission: Permission.terminalRead, icon: 'Camera' },
  { path: '/spot-checks', titleKey: 'menu.spotChecks', permission: Permission.drawRead, icon: 'Aim' },
  { path: '/assessments', titleKey: 'menu.assessments', permission: Permission.sittingRead, icon: 'Medal' },
  { path: '/assessment-outcomes', titleKey: 'menu.assessmentOutcomes', permission: Permission.outcomeRead, icon: 'TrendCharts' },
  { path: '/assessment-overdue', titleKey: 'menu.assessmentOverdue', permission: Permission.overdueRead, icon: 'AlarmClock' },
  { path: '/claims', titleKey: 'menu.claims', permission: Permission.claimRead, icon: 'Money' },
  { path: '/notices', titleKey: 'menu.notices', permission: Permission.noticeRead, icon: 'Bell' },
  { path: '/ledger', titleKey: 'menu.ledger', permission: Permission.ledgerRead, icon: 'Wallet' },
  { path: '/claim-audits', titleKey: 'menu.claimAudits', permission: Permission.claimAuditRead, icon: 'Checked' },
  { path: '/risk-alerts', titleKey: 'menu.riskAlerts', permission: Permission.riskAlertRead, icon: 'WarnTriangleFilled' },
  { path: '/risk-cases', titleKey: 'menu.riskCases', permission: Permission.riskCaseRead, icon: 'FolderOpened' },
  { path: '/recoveries', titleKey: 'menu.recoveries', permission: Permission.recoveryRead, icon: 'RefreshLeft' },
  { path: '/bank-account', titleKey: 'menu.bankAccount', permission: Permission.bankAccountRead, icon: 'CreditCard' },
  { path: '/subsidy-history', titleKey: 'menu.history', permission: Permission.historyImport, icon: 'Tickets' },
  { path: '/users', titleKey: 'menu.users', permission: Permission.userRead, icon: 'User' },
  { path: '/audit', titleKey: 'menu.audit', permission: Permission.auditRecordRead, icon: 'Document' },
]

// The menu a user with these permissions sees, in menu order.
export function visibleMenu(permissions: readonly string[]): MenuItem[] {
  return menu.filter((item) => hasPermission(permissions, item.permission))
}
