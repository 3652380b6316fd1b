// The organisation an account acts for, from its scope code ("institution:12" -> 12), or 0
// when the scope names another kind or none.
export function ownOrganisationId(scopeCode: string | null | undefined, kind: string): number {
  const prefix = `${kind}:`
  if (!scopeCode?.startsWith(prefix)) return 0
  const id = Number(scopeCode.slice(prefix.length))
  return Number.isInteger(id) && id > 0 ? id : 0
}

// What a person reads for an account's scope: the region's or organisation's name the server
// gives, the raw code only when the name is unknown, and a dash for accounts without one.
export function scopeLabel(scope: { kind: string; code: string | null; name: string | null } | undefined): string {
  if (!scope || scope.kind === 'none') return '—'
  return scope.name || scope.code || '—'
}
