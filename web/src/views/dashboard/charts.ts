// ECharts options for the dashboards, as pure functions of the API's figures (tested in
// charts.test.ts): what each chart shows is decided here, the component only draws it.
import type { AttendanceFigures, ClassStatus, Overview, RegionFigures } from '../../api/dashboard/figures'
import type { CityMonth } from '../../api/subsidy/ledger'

export const statusOrder: ClassStatus[] = ['draft', 'submitted', 'approved', 'running', 'finished', 'rejected', 'cancelled']
const statusColours: Record<ClassStatus, string> = {
  draft: '#909399', submitted: '#e6a23c', approved: '#409eff', running: '#67c23a', finished: '#5470c6',
  rejected: '#f56c6c', cancelled: '#c0c4cc',
}
const reachingColour = '#67c23a'
const belowColour = '#e6a23c'

// Classes by status, one bar each in the order a class goes through them.
export function statusOption(overview: Overview, statusName: (s: ClassStatus) => string) {
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: statusOrder.map(statusName) },
    series: [{
      type: 'bar',
      data: statusOrder.map((s) => ({ value: overview.classes.by_status[s] ?? 0, itemStyle: { color: statusColours[s] } })),
      label: { show: true, position: 'right' },
    }],
  }
}

// "0-10%" … "90-100%".
export const bucketLabel = (from: number, to: number) => `${Math.round(from * 100)}-${Math.round(to * 100)}%`

// Enrolments by attendance rate; the buckets at or above the threshold in green.
export function attendanceOption(figures: AttendanceFigures, axisName: { rate: string; enrolments: string }) {
  return {
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', name: axisName.rate, data: figures.buckets.map((b) => bucketLabel(b.from, b.to)),
      axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', name: axisName.enrolments, minInterval: 1 },
    series: [{
      type: 'bar',
      data: figures.buckets.map((b) => ({
        value: b.enrolments,
        itemStyle: { color: b.from + 1e-9 >= figures.threshold ? reachingColour : belowColour },
      })),
    }],
  }
}

// The areas coloured by people trained; `mapName` is the registered GeoJSON whose features are
// named by region code, so the data match by code and the label shows the Chinese name.
export function mapOption(mapName: string, figures: RegionFigures, seriesName: string) {
  const max = Math.max(1, ...figures.areas.map((a) => a.trainees))
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { data?: { label: string; value: number; classes: number } }) =>
        p.data ? `${p.data.label}<br/>${seriesName}：${p.data.value}（${p.data.classes} 班）` : '',
    },
    visualMap: { min: 0, max, left: 8, bottom: 8, calculable: true, inRange: { color: ['#e0f3f8', '#4575b4', '#313695'] } },
    series: [{
      type: 'map',
      map: mapName,
      name: seriesName,
      roam: false,
      selectedMode: false,
      label: { show: true, fontSize: 10, formatter: (p: { data?: { label: string } }) => p.data?.label ?? '' },
      emphasis: { label: { show: true } },
      data: figures.areas.map((a) => ({ name: a.code, value: a.trainees, label: a.name, classes: a.classes })),
    }],
  }
}

// The months from `from` to `to` ("YYYY-MM"), in order.
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  let [y, m] = from.split('-').map(Number)
  const [ty, tm] = to.split('-').map(Number)
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    m += 1
    if (m > 12) { y += 1; m = 1 }
  }
  return out
}

export const moneyKinds = ['allocated', 'committed', 'paid', 'recovered'] as const
const moneyColours: Record<(typeof moneyKinds)[number], string> = {
  allocated: '#5470c6', committed: '#e6a23c', paid: '#67c23a', recovered: '#f56c6c',
}

// Money moved per month in yuan, summed over the cities given (or one city's when `city` is
// set): allocated, committed, paid and recovered, a bar each, every month shown even when empty.
export function moneyOption(items: CityMonth[], months: string[], seriesName: (kind: string) => string, city?: string) {
  const sums = new Map(months.map((m) => [m, { allocated: 0, committed: 0, paid: 0, recovered: 0 }]))
  for (const item of items) {
    const sum = sums.get(item.month)
    if (!sum || (city && item.city_code !== city)) continue
    sum.allocated += item.allocated_fen
    sum.committed += item.committed_fen
    sum.paid += item.paid_fen
    sum.recovered += item.recovered_fen
  }
  return {
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', name: '元' },
    series: moneyKinds.map((kind) => ({
      name: seriesName(kind),
      type: 'bar',
      itemStyle: { color: moneyColours[kind] },
      data: months.map((m) => (sums.get(m)?.[kind] ?? 0) / 100),
    })),
  }
}
