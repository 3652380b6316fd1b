import { describe, expect, it } from 'vitest'
import { buildRegionTree, regionMatches } from './tree'

const r = (code: string, name: string, level: 'province' | 'prefecture' | 'county', parent: string | null) =>
  ({ code, name, level, parent_code: parent })

describe('buildRegionTree', () => {
  it('nests counties under cities under the province', () => {
    const tree = buildRegionTree([r('510000', '四川省', 'province', null), r('510100', '成都市', 'prefecture', '510000'),
      r('510104', '锦江区', 'county', '510100'), r('510300', '自贡市', 'prefecture', '510000')])
    expect(tree).toHaveLength(1)
    expect(tree[0].children.map((c) => c.code)).toEqual(['510100', '510300'])
    expect(tree[0].children[0].children[0].label).toBe('锦江区（510104）')
  })
  it('keeps orphans as roots', () => {
    expect(buildRegionTree([r('510104', '锦江区', 'county', '510100')]).map((n) => n.code)).toEqual(['510104'])
  })
  it('filters by name or code', () => {
    const [node] = buildRegionTree([r('510104', '锦江区', 'county', null)])
    expect(regionMatches('锦江', node)).toBe(true)
    expect(regionMatches('5101', node)).toBe(true)
    expect(regionMatches('青羊', node)).toBe(false)
    expect(regionMatches(' ', node)).toBe(true)
  })
})
