import { describe, expect, it } from 'vitest'
import { actionName, outcomeName } from './actions'

describe('audit labels', () => {
  it('names actions in Chinese and keeps what it does not know', () => {
    expect(actionName('registry:trainee:reveal')).toBe('劳动者查看完整信息')
    expect(actionName('auth:session:create')).toBe('登录')
    expect(actionName('training:checkin:upload')).toBe('考勤打卡上传')
    expect(actionName('registry:import:trainees')).toBe('导入劳动者')
    expect(actionName('http:unmatched:POST')).toBe('不存在的接口（POST）')
    expect(actionName('future:thing:happen')).toBe('future:thing:happen')
  })
  it('names outcomes', () => {
    expect(outcomeName('denied')).toBe('拒绝')
    expect(outcomeName('odd')).toBe('odd')
  })
})
