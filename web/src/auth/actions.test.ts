import { describe, expect, it } from 'vitest'
import { actionName, actorName, outcomeName } from './actions'
// The server's role table, read as text at test time.
import rolesSource from '../../../src/auth/roles.cpp?raw'

describe('audit labels', () => {
  it('names actions in Chinese and keeps what it does not know', () => {
    expect(actionName('registry:trainee:reveal')).toBe('劳动者查看完整信息')
    expect(actionName('auth:session:create')).toBe('登录')
    expect(actionName('training:checkin:upload')).toBe('考勤打卡上传')
    expect(actionName('registry:import:trainees')).toBe('导入劳动者')
    expect(actionName('http:unmatched:POST')).toBe('不存在的接口（POST）')
    expect(actionName('future:thing:happen')).toBe('future:thing:happen')
  })
  it('names the platform as an actor, and accounts as themselves', () => {
    expect(actorName('calendar', 'system')).toBe('日历任务（培训班状态）')
    expect(actorName('root', 'system')).toBe('服务器命令行（root）')
    expect(actorName('city_officer', 'city_officer')).toBe('city_officer')
  })
  it('names outcomes', () => {
    expect(outcomeName('denied')).toBe('拒绝')
    expect(outcomeName('odd')).toBe('odd')
  })
})

describe('permission labels', () => {
  // The home page names every permission an account holds; a permission the server grants
  // (src/auth/roles.cpp) without Chinese words would show as a raw key.
  it('has words for every permission the server grants', () => {
    const granted = new Set(rolesSource.match(/"[a-z_]+:[a-z_]+:[a-z_]+"/g)?.map((p: string) => p.slice(1, -1)))
    expect(granted.size).toBeGreaterThan(40)
    const unnamed = [...granted].filter((p) => actionName(p) === p)
    expect(unnamed).toEqual([])
  })
})
