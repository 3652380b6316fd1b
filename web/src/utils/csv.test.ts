import { describe, expect, it } from 'vitest'
import { cellText, csvField, sheetToCsv, toCsv } from './csv'

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

describe('cellText', () => {
  it('writes each kind of cell', () => {
    expect(cellText(null)).toBe('')
    expect(cellText(undefined)).toBe('')
    expect(cellText(510104)).toBe('510104')
    expect(cellText('13800001111')).toBe('13800001111')
    expect(cellText(true)).toBe('TRUE')
    expect(cellText(new Date(Date.UTC(1990, 4, 7)))).toBe('1990-05-07')
    expect(cellText('第一行\r\n第二行')).toBe('第一行 第二行')
  })
})

describe('sheetToCsv', () => {
  it('converts a sheet with quoting', () => {
    const csv = sheetToCsv([
      ['姓名', '身份证号', '重点群体'],
      ['张三', '11010519491231002X', '退役军人,残疾人'],
      ['李"四"', '110105194912310021', null],
    ])
    expect(csv).toBe('姓名,身份证号,重点群体\r\n张三,11010519491231002X,"退役军人,残疾人"\r\n"李""四""",110105194912310021,\r\n')
  })
  it('keeps Excel row numbers: blank rows stay as empty lines, trailing ones go', () => {
    const csv = sheetToCsv([[null, null], ['姓名', '手机号'], [null, ''], ['王五', 13800001111], [null, null], ['', '']])
    expect(csv.split('\r\n')).toEqual(['', '姓名,手机号', '', '王五,13800001111', ''])
  })
  it('sizes rows by the header', () => {
    const csv = sheetToCsv([['姓名', '手机号', null], ['赵六', null, null, ''], ['孙七'], ['钱八', '1', '', '多余']])
    expect(csv).toBe('姓名,手机号\r\n赵六,\r\n孙七,\r\n钱八,1,,多余\r\n')
  })
  it('gives nothing for an empty sheet', () => {
    expect(sheetToCsv([])).toBe('')
    expect(sheetToCsv([[null], ['  ']])).toBe('')
  })
})
