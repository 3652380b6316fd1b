import type { Region } from '../../../api/registry/regions'

export interface RegionNode { code: string; label: string; level: Region['level']; children: RegionNode[] }

// Builds the tree from the flat, parents-first list; a region whose parent is not in the list
// becomes a root (a scoped list still forms a forest).
export function buildRegionTree(regions: Region[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>()
  const roots: RegionNode[] = []
  for (const r of regions) nodes.set(r.code, { code: r.code, label: `${r.name}（${r.code}）`, level: r.level, children: [] })
  for (const r of regions) {
    const node = nodes.get(r.code)!
    const parent = r.parent_code ? nodes.get(r.parent_code) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

// Whether a node matches a filter by name or code.
export function regionMatches(filter: string, node: RegionNode): boolean {
  const f = filter.trim()
  return !f || node.label.includes(f)
}
