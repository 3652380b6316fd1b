import { describe, expect, it } from 'vitest'
import { csvField, toCsv } from './csv'

describe('csvField', () => {
  it('quotes only what needs it and doubles quotes', () => {
    expect(csvField('锦江区')).toBe('锦江区')
    expect(csvField('成都,锦江')).toBe('"成都,锦江"')
    expect(csvField('他说"好"')).toBe('"他说""好"""')
    expect(csvField('两\n行')).toBe('"两\n行"')
    expect(csvField('')).toBe('')
  })
  it('writes records with CRLF', () => {
    expect(toCsv([['行', '列'], ['3', '身份证号']])).toBe('行,列\r\n3,身份证号\r\n')
    expect(toCsv([])).toBe('')
  })
})
