// Whom an audit or a risk alert is assigned to, as both the claim audits and the risk queue
// write it: "user:<username>" for an officer, "auditor:<id>" for a third-party auditor.

// How people read an assignee: the auditor's registered name, or the officer's username.
export const assigneeName = (who: string, auditors: readonly { id: number; name: string }[]) =>
  who.startsWith('auditor:') ? auditors.find((a) => `auditor:${a.id}` === who)?.name ?? who : who.slice(5)

// Whom the signed-in user works as: its organisation for an auditor, else "user:<name>".
export const assigneeOf = (user: { username: string; scope: { kind: string; code: string | null } }) =>
  user.scope.kind === 'organisation' ? user.scope.code ?? '' : `user:${user.username}`
