// Role and scope names as people read them.
export const roleIds = [
  'province_officer', 'city_officer', 'county_officer', 'institution', 'enterprise', 'evaluator',
  'auditor', 'trainee', 'sysadmin', 'secadmin', 'auditadmin',
] as const
export type RoleId = (typeof roleIds)[number]

const zhRoleNames: Record<RoleId, string> = {
  province_officer: '省厅',
  city_officer: '市(州)人社局',
  county_officer: '区县人社局',
  institution: '培训机构',
  enterprise: '企业',
  evaluator: '评价机构',
  auditor: '第三方机构',
  trainee: '劳动者',
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditadmin: '审计管理员',
}

const administratorRoles: readonly RoleId[] = ['sysadmin', 'secadmin', 'auditadmin']

// 三权分立, as the server enforces it (auth::MayCreateRole): the system administrator creates
// business accounts, the security administrator the administrator accounts.
export function creatableRoles(creator: string | undefined): RoleId[] {
  if (creator === 'secadmin') return [...administratorRoles]
  if (creator === 'sysadmin') return roleIds.filter((r) => !administratorRoles.includes(r))
  return []
}

// Who else acts in the audit trail: the platform itself, callers not signed in, and devices.
const zhOtherActors: Record<string, string> = {
  system: '系统', anonymous: '未登录', terminal: '考勤终端', online_platform: '线上学习平台',
}

export function roleName(role: string): string {
  return (zhRoleNames as Record<string, string>)[role] ?? zhOtherActors[role] ?? role
}

export function scopeKindName(kind: string): string {
  return ({ region: '区域', organisation: '机构', none: '无' } as Record<string, string>)[kind] ?? kind
}
