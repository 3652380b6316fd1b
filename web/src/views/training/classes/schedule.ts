// Schedules by pattern (field findings item 11): filing a 66-hour class took 22 clicks. A
// pattern is a date range, the weekdays taught, the daily periods and the topics; it becomes
// ordinary sessions the form keeps editable. Public holidays and the declared working weekend
// days (调休) come from the policy calendar (GET /api/v1/calendar). Pure: tested without a browser.
import type { SessionInput } from '../../../api/training/classes'
import { addDays, minutesOf } from './form'

export interface Period { start: string; end: string }
export interface SchedulePattern {
  from: string
  to: string
  weekdays: number[] // 1 = Monday ... 7 = Sunday
  periods: Period[]
  skipHolidays: boolean
  topics: string // one per line, as pasted from a spreadsheet column (the first cell of a row)
  numbered: boolean // "第 3 课 刀工" rather than "刀工"
  teacher: number
}
export interface WorkCalendar { holidays: string[]; extra_workdays: string[] }

export const defaultPattern = (from: string, to: string): SchedulePattern => ({
  from, to, weekdays: [1, 2, 3, 4, 5], periods: [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '17:00' }],
  skipHolidays: true, topics: '', numbered: true, teacher: 0,
})

// 1 = Monday ... 7 = Sunday, for a calendar date.
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay()
  return day === 0 ? 7 : day
}

// Lines of pasted text; from Excel a row's cells are tab-separated and the first non-empty one
// is the topic.
export function topicLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.split('\t').map((c) => c.trim()).find((c) => c) ?? '').filter(Boolean)
}

// The server refuses a session topic of more characters than this (src/training/class_rules.cpp).
export const kTopicLength = 100
// At most this many sessions a class may have (kMaxSessions in src/training/class_rules.hpp).
export const kMaxSessions = 400
// The pasted topics: one line per session at most, each of a whole topic and its newline. A
// paste from a sheet brings other cells too; `too_many` names more lines than sessions.
export const kTopicsTextLength = kMaxSessions * (kTopicLength + 1)

// A session's topic as the form shows it: "第 3 课 刀工", or the topic alone.
function topicLabel(p: SchedulePattern, index: number, topic: string): string {
  return p.numbered ? `第 ${index + 1} 课${topic ? ' ' + topic : ''}` : topic
}

// Why a pattern cannot make sessions, as field → reason (the form's wording keys); empty: fine.
export function checkPattern(p: SchedulePattern): Record<string, string> {
  const out: Record<string, string> = {}
  const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))
  if (!isDate(p.from)) out.from = 'required'
  if (!isDate(p.to)) out.to = 'required'
  else if (isDate(p.from) && p.to < p.from) out.to = 'before_start'
  if (!p.weekdays.length) out.weekdays = 'required'
  if (!p.periods.length) out.periods = 'required'
  else if (p.periods.some((x) => minutesOf(x.start, x.end) === 0)) out.periods = 'end_before_start'
  else {
    const sorted = [...p.periods].sort((a, b) => a.start.localeCompare(b.start))
    if (sorted.some((x, i) => i > 0 && x.start < sorted[i - 1].end)) out.periods = 'overlap'
  }
  const topics = topicLines(p.topics)
  if (topics.length > kMaxSessions) out.topics = 'too_many'
  else if (topics.some((topic, i) => [...topicLabel(p, i, topic)].length > kTopicLength)) out.topics = 'too_long'
  return out
}

// The teaching days of the pattern: its weekdays within the range, without public holidays and
// with the declared working weekend days when `skipHolidays`.
export function teachingDays(p: SchedulePattern, calendar: WorkCalendar): string[] {
  const holidays = new Set(calendar.holidays)
  const workdays = new Set(calendar.extra_workdays)
  const days: string[] = []
  for (let d = p.from; d <= p.to && days.length < 1000; d = addDays(d, 1)) {
    const taught = p.weekdays.includes(isoWeekday(d))
    if (!p.skipHolidays) {
      if (taught) days.push(d)
    } else if ((taught && !holidays.has(d)) || (workdays.has(d) && p.weekdays.some((w) => w <= 5))) {
      days.push(d)
    }
  }
  return days
}

// The sessions of a pattern, in time order; topics are given out in order and the sessions past
// the last topic are numbered only.
export function generateSessions(p: SchedulePattern, calendar: WorkCalendar): SessionInput[] {
  if (Object.keys(checkPattern(p)).length) return []
  const periods = [...p.periods].sort((a, b) => a.start.localeCompare(b.start))
  const topics = topicLines(p.topics)
  const out: SessionInput[] = []
  for (const date of teachingDays(p, calendar)) {
    for (const period of periods) {
      const i = out.length
      out.push({ date, start: period.start, end: period.end, topic: topicLabel(p, i, topics[i] ?? ''), teacher: p.teacher })
    }
  }
  return out
}
