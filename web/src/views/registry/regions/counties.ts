import type { Region } from '../../../api/registry/regions'

export interface CountyOption { code: string; label: string }
export interface CountyGroup { label: string; options: CountyOption[] }

// The counties of a flat region list grouped under their prefecture, in list order, for a
// selector. The label carries the code, so typing "510104" finds 锦江区 too.
export function countyGroups(regions: Region[]): CountyGroup[] {
  const names = new Map(regions.map((r) => [r.code, r.name]))
  const groups = new Map<string, CountyGroup>()
  for (const r of regions) {
    if (r.level !== 'county') continue
    const parent = r.parent_code ?? ''
    let group = groups.get(parent)
    if (!group) {
      group = { label: names.get(parent) ?? parent, options: [] }
      groups.set(parent, group)
    }
    group.options.push({ code: r.code, label: `${r.name}（${r.code}）` })
  }
  return [...groups.values()]
}

// "成都市锦江区" for a known county, the name for other known regions, and the code itself for
// what the list does not hold (another province's household code, a region outside the scope).
export function regionName(regions: Map<string, Region>, code: string | null | undefined): string {
  if (!code) return ''
  const region = regions.get(code)
  if (!region) return code
  const parent = region.level === 'county' && region.parent_code ? regions.get(region.parent_code) : undefined
  return (parent?.name ?? '') + region.name
}

// A county code: six digits not ending in 00 (those are provinces and prefectures).
export function isCountyCode(code: string | null | undefined): boolean {
  return !!code && /^\d{6}$/.test(code) && !code.endsWith('00')
}
