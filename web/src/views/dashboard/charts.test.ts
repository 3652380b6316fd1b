import { describe, expect, it } from 'vitest'
import type { AttendanceFigures, Overview, RegionFigures } from '../../api/dashboard/figures'
import { attendanceOption, bucketLabel, mapOption, moneyOption, monthsBetween, statusOption, statusOrder } from './charts'

const overview: Overview = {
  today: '2026-12-05', counted_at: '2026-12-05T09:00:00+08:00', month: { from: '2026-12-01', to: '2026-12-31' },
  classes: { total: 9, by_status: { draft: 1, submitted: 2, approved: 0, rejected: 0, running: 4, finished: 2, cancelled: 0 } },
  in_training: { trainees: 120, classes: 4 }, checkins_today: { total: 10, counting: 9, share: 0.9 },
}

describe('statusOption', () => {
  it('shows every status in lifecycle order with its count, named in words', () => {
    const option = statusOption(overview, (s) => `状态${s}`)
    expect(option.yAxis.data).toEqual(statusOrder.map((s) => `状态${s}`))
    expect(option.series[0].data.map((d) => d.value)).toEqual([1, 2, 0, 4, 2, 0, 0])
  })
})

describe('attendanceOption', () => {
  const figures: AttendanceFigures = {
    period: { from: '2026-01-01', to: '2026-12-31' }, threshold: 0.8, classes: 2, enrolments: 10, reaching: 7,
    reaching_share: 0.7, pending_classes: 0,
    buckets: Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, enrolments: i === 9 ? 5 : i === 8 ? 2 : i === 0 ? 3 : 0 })),
  }
  it('labels the tenths and colours the buckets that reach the threshold', () => {
    const option = attendanceOption(figures, { rate: '出勤率', enrolments: '人次' })
    expect(option.xAxis.data[0]).toBe('0-10%')
    expect(option.xAxis.data[9]).toBe('90-100%')
    const colours = option.series[0].data.map((d) => d.itemStyle.color)
    expect(new Set(colours.slice(0, 8)).size).toBe(1)
    expect(colours[8]).toBe(colours[9])
    expect(colours[7]).not.toBe(colours[8])
    expect(option.series[0].data.map((d) => d.value).reduce((a, b) => a + b, 0)).toBe(figures.enrolments)
  })
  it('keeps 30 % and 70 % exact', () => {
    expect(bucketLabel(0.3, 0.4)).toBe('30-40%')
    expect(bucketLabel(0.7, 0.8)).toBe('70-80%')
  })
})

describe('mapOption', () => {
  const figures: RegionFigures = {
    parent: { code: '510000', name: '四川省', level: 'province' }, level: 'prefecture',
    period: { from: '2026-01-01', to: '2026-12-31' },
    areas: [{ code: '510100', name: '成都市', trainees: 800, classes: 30 }, { code: '510300', name: '自贡市', trainees: 0, classes: 0 }],
  }
  it('matches the map by region code, shows names and scales to the largest area', () => {
    const option = mapOption('510000', figures, '培训人数')
    expect(option.series[0].map).toBe('510000')
    expect(option.series[0].data).toEqual([
      { name: '510100', value: 800, label: '成都市', classes: 30 },
      { name: '510300', value: 0, label: '自贡市', classes: 0 },
    ])
    expect(option.visualMap.max).toBe(800)
    expect(option.tooltip.formatter({ data: option.series[0].data[0] })).toBe('成都市<br/>培训人数：800（30 班）')
  })
  it('never has an empty colour range', () => {
    expect(mapOption('510100', { ...figures, areas: [] }, 'x').visualMap.max).toBe(1)
  })
})

describe('moneyOption', () => {
  const row = (city_code: string, month: string, fen: number) => ({
    city_code, month, allocated_fen: fen, committed_fen: fen / 2, released_fen: 0, paid_fen: fen / 4, recovered_fen: 100, repaid_fen: 0,
  })
  it('lists every month across a year end, empty ones too', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    expect(monthsBetween('2027-03', '2027-03')).toEqual(['2027-03'])
  })
  it('sums the cities per month in yuan, or keeps to one city', () => {
    const items = [row('510100', '2026-11', 800000), row('510700', '2026-11', 400000), row('510100', '2027-01', 200)]
    const months = monthsBetween('2026-11', '2027-01')
    const option = moneyOption(items, months, (k) => `名${k}`)
    expect(option.series.map((s) => s.name)).toEqual(['名allocated', '名committed', '名paid', '名recovered'])
    expect(option.series[0].data).toEqual([12000, 0, 2])
    expect(option.series[2].data).toEqual([3000, 0, 0.5])
    expect(option.series[3].data).toEqual([2, 0, 1])
    expect(moneyOption(items, months, (k) => k, '510700').series[0].data).toEqual([4000, 0, 0])
  })
  it('ignores months outside the range', () => {
    expect(moneyOption([row('510100', '2025-01', 100)], ['2026-01'], (k) => k).series[0].data).toEqual([0])
  })
})
