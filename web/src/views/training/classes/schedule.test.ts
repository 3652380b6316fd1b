import { describe, expect, it } from 'vitest'
import { checkPattern, defaultPattern, generateSessions, isoWeekday, teachingDays, topicLines } from './schedule'
import { plannedMinutes } from './form'

const none = { holidays: [], extra_workdays: [] }

describe('schedules by pattern', () => {
  it('knows the weekday of a date', () => {
    expect(isoWeekday('2026-12-07')).toBe(1) // a Monday
    expect(isoWeekday('2026-12-13')).toBe(7)
  })
  it('makes a 66-hour class of weekday mornings and afternoons in one step', () => {
    // 2026-12-07 (Mon) .. 2026-12-21 (Mon): eleven weekdays of two three-hour periods, 66 h.
    const pattern = { ...defaultPattern('2026-12-07', '2026-12-21'), topics: '刀工\n热菜\t(讲解)\n\n面点' }
    const sessions = generateSessions(pattern, none)
    expect(plannedMinutes(sessions) / 60).toBe(66)
    expect(sessions).toHaveLength(22)
    expect(sessions[0]).toEqual({ date: '2026-12-07', start: '09:00', end: '12:00', topic: '第 1 课 刀工', teacher: 0 })
    expect(sessions[1].topic).toBe('第 2 课 热菜')
    expect(sessions[2].topic).toBe('第 3 课 面点')
    expect(sessions[3].topic).toBe('第 4 课')
    expect(sessions.some((s) => s.date === '2026-12-12' || s.date === '2026-12-13')).toBe(false)
  })
  it('skips public holidays and teaches on the declared working weekend days', () => {
    const calendar = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05'], extra_workdays: ['2026-10-10'] }
    const pattern = { ...defaultPattern('2026-09-30', '2026-10-10'), periods: [{ start: '09:00', end: '17:00' }] }
    expect(teachingDays(pattern, calendar)).toEqual(['2026-09-30', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09', '2026-10-10'])
    expect(teachingDays({ ...pattern, skipHolidays: false }, calendar)).toEqual(
      ['2026-09-30', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09'])
    expect(teachingDays({ ...pattern, weekdays: [6, 7] }, calendar)).toEqual(['2026-10-03', '2026-10-04', '2026-10-10'])
  })
  it('takes the first cell of each pasted spreadsheet row', () => {
    expect(topicLines('\t刀工\t讲解\r\n热菜\n \n')).toEqual(['刀工', '热菜'])
  })
  it('says what is wrong with a pattern instead of making nothing silently', () => {
    expect(checkPattern({ ...defaultPattern('2026-12-10', '2026-12-01'), weekdays: [] })).toEqual({ to: 'before_start', weekdays: 'required' })
    expect(checkPattern({ ...defaultPattern('', '2026-12-01'), periods: [{ start: '12:00', end: '09:00' }] })).toEqual({ from: 'required', periods: 'end_before_start' })
    expect(checkPattern({ ...defaultPattern('2026-12-01', '2026-12-02'),
      periods: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }] })).toEqual({ periods: 'overlap' })
    expect(generateSessions({ ...defaultPattern('2026-12-01', '2026-12-02'), weekdays: [] }, none)).toEqual([])
  })

  it('refuses a topic the server would refuse, counting the number in front', () => {
    const base = defaultPattern('2026-12-01', '2026-12-02')
    // "第 1 课 " is 6 characters: 94 more make 100, 95 make 101.
    expect(checkPattern({ ...base, topics: '刀'.repeat(94) })).toEqual({})
    expect(checkPattern({ ...base, topics: '刀'.repeat(95) })).toEqual({ topics: 'too_long' })
    expect(checkPattern({ ...base, numbered: false, topics: '刀'.repeat(100) })).toEqual({})
    expect(checkPattern({ ...base, numbered: false, topics: `短\n${'刀'.repeat(101)}` })).toEqual({ topics: 'too_long' })
    expect(checkPattern({ ...base, topics: Array(400).fill('刀工').join('\n') })).toEqual({})
    expect(checkPattern({ ...base, topics: Array(401).fill('刀工').join('\n') })).toEqual({ topics: 'too_many' })
  })
})
