import { describe, expect, it } from 'vitest'
import { assigneeName, assigneeOf } from './assignee'

describe('assignee', () => {
  const auditors = [{ id: 5, name: '四川示范会计师事务所' }]
  it('names an auditor by its registered name, an officer by username, an unknown auditor as written', () => {
    expect(assigneeName('auditor:5', auditors)).toBe('四川示范会计师事务所')
    expect(assigneeName('user:city_officer', auditors)).toBe('city_officer')
    expect(assigneeName('auditor:9', auditors)).toBe('auditor:9')
  })
  it('works an auditor as its organisation and an officer as itself', () => {
    expect(assigneeOf({ username: 'auditor', scope: { kind: 'organisation', code: 'auditor:5' } })).toBe('auditor:5')
    expect(assigneeOf({ username: 'city_officer', scope: { kind: 'region', code: '510100' } })).toBe('user:city_officer')
  })
})
