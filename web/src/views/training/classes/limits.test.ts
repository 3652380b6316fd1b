// The form's limits mirror the server's: read from the C++ sources, so a change there that is
// not made here fails this test instead of surfacing as a refusal after sending.
import { describe, expect, it } from 'vitest'
import classRulesHeader from '../../../../../src/training/class_rules.hpp?raw'
import classRules from '../../../../../src/training/class_rules.cpp?raw'
import auditRoutes from '../../../../../src/audit/routes.cpp?raw'
import { kMaxSessions, kTopicLength } from './schedule'
import { kActionFilterLength, kUsernameFilterLength } from '../../../api/audit/records'

const number = (source: string, pattern: RegExp) => Number(source.match(pattern)?.[1])

describe('limits shared with the server', () => {
  it('sessions and topics', () => {
    expect(number(classRulesHeader, /kMaxSessions = (\d+);/)).toBe(kMaxSessions)
    expect(number(classRules, /s\.topic, at \+ "\.topic", (\d+),/)).toBe(kTopicLength)
  })
  it('audit filters', () => {
    expect(number(auditRoutes, /filter\.username\.size\(\) > (\d+)\)/)).toBe(kUsernameFilterLength)
    expect(number(auditRoutes, /filter\.action_prefix\.size\(\) > (\d+)\)/)).toBe(kActionFilterLength)
  })
})
