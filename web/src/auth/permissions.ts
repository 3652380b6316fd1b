// Permission strings shared with the server (src/auth/roles.cpp). The server checks every one;
// the app uses them only to decide what to show.
export const Permission = {
  sessionRead: 'auth:session:read',
  sessionDelete: 'auth:session:delete',
  userRead: 'auth:user:read',
  userCreate: 'auth:user:create',
  userUnlock: 'auth:user:unlock',
  auditRecordRead: 'audit:record:read',
  auditChainVerify: 'audit:chain:verify',
  regionRead: 'registry:region:read',
  occupationRead: 'registry:occupation:read',
  occupationCreate: 'registry:occupation:create',
  occupationUpdate: 'registry:occupation:update',
  projectRead: 'registry:training_project:read',
  projectCreate: 'registry:training_project:create',
  projectUpdate: 'registry:training_project:update',
  institutionRead: 'registry:institution:read',
  institutionCreate: 'registry:institution:create',
  institutionLifecycle: 'registry:institution:lifecycle',
  institutionVenue: 'registry:institution:venue',
  traineeRead: 'registry:trainee:read',
  traineeCreate: 'registry:trainee:create',
  traineeUpdate: 'registry:trainee:update',
  traineeReveal: 'registry:trainee:reveal',
  traineeExport: 'registry:trainee:export',
  enterpriseRead: 'registry:enterprise:read',
  enterpriseCreate: 'registry:enterprise:create',
  enterpriseUpdate: 'registry:enterprise:update',
  enterpriseEmploy: 'registry:enterprise:employ',
  evaluationBodyRead: 'registry:evaluation_body:read',
  evaluationBodyCreate: 'registry:evaluation_body:create',
  evaluationBodyUpdate: 'registry:evaluation_body:update',
  evaluationBodyFile: 'registry:evaluation_body:file',
  auditorRead: 'registry:auditor:read',
  auditorCreate: 'registry:auditor:create',
  auditorUpdate: 'registry:auditor:update',
  dashboardOverview: 'dashboard:overview:read',
  dashboardRegions: 'dashboard:region:read',
  historyRead: 'subsidy:history:read',
  historyImport: 'subsidy:history:import',
  classRead: 'training:class:read',
  classFile: 'training:class:file',
  classReview: 'training:class:review',
  classCancel: 'training:class:cancel',
  terminalRead: 'training:terminal:read',
  terminalRegister: 'training:terminal:register',
  terminalRevoke: 'training:terminal:revoke',
  exceptionRead: 'supervision:exception:read',
  exceptionExport: 'supervision:exception:export',
} as const

export type PermissionString = (typeof Permission)[keyof typeof Permission]

export function hasPermission(granted: readonly string[] | undefined, needed: string | undefined): boolean {
  if (!needed) return true
  return !!granted && granted.includes(needed)
}
