import { describe, expect, it } from 'vitest'
import { emptyClassForm, itemErrors, nextSession, parseIdNumbers, plannedMinutes, rosterLabels, toClassInput } from './form'

describe('class filing form', () => {
  it('sends picked people by id, then pasted numbers upper-cased, in roster order', () => {
    const form = emptyClassForm()
    form.picked = [{ id: 7, name: '张三', id_number_masked: '510104********1230' }]
    form.pasted = '34052419800101001x\n 11010519491231002X，510104199001011230'
    const input = toClassInput(form)
    expect(input.roster).toEqual([
      { trainee_id: 7 }, { id_number: '34052419800101001X' }, { id_number: '11010519491231002X' },
      { id_number: '510104199001011230' },
    ])
    expect(rosterLabels(form)[1]).toBe('34052419800101001X')
    expect(parseIdNumbers('  ')).toEqual([])
  })

  it('drops the venue of an online class', () => {
    const form = emptyClassForm()
    form.venue_id = 3
    form.mode = 'online'
    expect(toClassInput(form).venue_id).toBeNull()
  })

  it('finds the rows the server refused', () => {
    const errors = itemErrors([
      { field: 'sessions[3].end', reason: 'not_after_start' },
      { field: 'sessions[3]', reason: 'sessions_overlap' },
      { field: 'sessions', reason: 'hours_out_of_range' },
      { field: 'roster[1]', reason: 'under_age' },
    ], 'sessions')
    expect([...errors.keys()]).toEqual([3])
    expect(errors.get(3)?.map((e) => e.reason)).toEqual(['not_after_start', 'sessions_overlap'])
  })

  it('plans hours and proposes the next day', () => {
    const form = emptyClassForm()
    form.start_date = '2026-12-31'
    form.sessions.push(nextSession(form))
    form.sessions.push(nextSession(form))
    expect(form.sessions[1].date).toBe('2027-01-01')
    expect(plannedMinutes(form.sessions)).toBe(360)
    expect(plannedMinutes([{ date: '', start: '12:00', end: '09:00', topic: '', teacher: 0 }])).toBe(0)
  })
})
