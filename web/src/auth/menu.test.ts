import { describe, expect, it } from 'vitest'
import { visibleMenu } from './menu'
import { hasPermission } from './permissions'
import { creatableRoles, roleName, scopeKindName } from './roles'

describe('visibleMenu', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['city officer', ['auth:session:read', 'registry:region:read', 'registry:occupation:read', 'registry:training_project:read'], ['/', '/regions', '/occupations', '/projects']],
    ['audit administrator', ['auth:session:read', 'audit:record:read', 'audit:chain:verify'], ['/', '/audit']],
    ['system administrator', ['auth:session:read', 'auth:user:read', 'auth:user:create'], ['/', '/users']],
    ['trainee', ['auth:session:read'], ['/']],
    ['enterprise', ['auth:session:read', 'registry:trainee:read', 'registry:enterprise:read'], ['/', '/trainees', '/enterprises']],
    ['county officer', ['registry:institution:read', 'registry:trainee:read', 'registry:enterprise:read', 'registry:evaluation_body:read', 'registry:auditor:read'],
      ['/', '/institutions', '/trainees', '/enterprises', '/evaluation-bodies', '/auditors']],
  ]
  for (const [name, permissions, paths] of cases) {
    it(`shows ${name} only what the role may open`, () => {
      expect(visibleMenu(permissions).map((m) => m.path)).toEqual(paths)
    })
  }
})

describe('hasPermission', () => {
  it('denies by default', () => {
    expect(hasPermission(undefined, 'audit:record:read')).toBe(false)
    expect(hasPermission([], 'audit:record:read')).toBe(false)
    expect(hasPermission(['audit:record:read'], 'audit:record:read')).toBe(true)
    expect(hasPermission([], undefined)).toBe(true)
  })
})

describe('role names', () => {
  it('speaks Chinese and falls back to the id', () => {
    expect(roleName('city_officer')).toBe('市(州)人社局')
    expect(roleName('auditadmin')).toBe('审计管理员')
    expect(roleName('unknown')).toBe('unknown')
    expect(scopeKindName('region')).toBe('区域')
    expect(roleName('terminal')).toBe('考勤终端')
    expect(roleName('system')).toBe('系统')
  })
})

describe('creatableRoles', () => {
  it('separates the duties as the server does', () => {
    expect(creatableRoles('secadmin')).toEqual(['sysadmin', 'secadmin', 'auditadmin'])
    expect(creatableRoles('sysadmin')).not.toContain('sysadmin')
    expect(creatableRoles('sysadmin')).toContain('institution')
    expect(creatableRoles('province_officer')).toEqual([])
  })
})
