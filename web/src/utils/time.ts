// Times from the API are ISO 8601 with an offset; people read them in Asia/Shanghai.
const formatter = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
})

const clock = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
})
// The time of day in Asia/Shanghai, whatever the browser's zone ("14:03:07").
export function clockShanghai(date: Date): string {
  return clock.format(date)
}

export function formatShanghai(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const parts = Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`
}

const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
// The calendar date in Asia/Shanghai at that instant, "YYYY-MM-DD", whatever the browser's zone.
export function todayInShanghai(now: Date = new Date()): string {
  return day.format(now)
}
