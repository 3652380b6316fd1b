import { computed, ref } from 'vue'
import { listRegions, type Region } from '../../../api/registry/regions'
import { countyGroups, regionName } from './counties'

// The regions the signed-in user may see, fetched once per user and shared by every selector
// and table on the page (the list is small and changes only with a new release).
let cached: { user: string; regions: Promise<Region[]> } | null = null

function regionsFor(user: string): Promise<Region[]> {
  if (!cached || cached.user !== user) {
    const regions = listRegions().then((r) => r.items)
    // A failure is not kept: the next page that needs the list asks again.
    regions.catch(() => { if (cached?.regions === regions) cached = null })
    cached = { user, regions }
  }
  return cached.regions
}

export function useRegions(user: string) {
  const regions = ref<Region[]>([])
  const byCode = computed(() => new Map(regions.value.map((r) => [r.code, r])))
  const groups = computed(() => countyGroups(regions.value))
  // Without the list (no permission, network) selectors still accept typed codes.
  regionsFor(user).then((r) => { regions.value = r }, () => {})
  return { regions, groups, nameOf: (code: string | null | undefined) => regionName(byCode.value, code) }
}
