import { describe, expect, it } from 'vitest'
import { historyOccupation, idNumberShape } from './history'

describe('history words', () => {
  it('names the occupation with its code and level', () => {
    expect(historyOccupation({ occupation_name: '中式烹调师', occupation_code: '4-03-02-01', level: 4 }))
      .toBe('中式烹调师（4-03-02-01） 四级/中级工')
    expect(historyOccupation({ occupation_name: '川菜烹饪', occupation_code: null, level: null })).toBe('川菜烹饪')
  })
  it('checks the shape of an ID number before sending it', () => {
    expect(idNumberShape(' 51010419900101123x ')).toBe('51010419900101123X')
    expect(idNumberShape('5101041990')).toBeNull()
  })
})
