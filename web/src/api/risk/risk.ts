import { type Page, query, request } from '../http'

// Risk screening (风险监测, issue 15; docs/risk-screening.md): rules over the whole province raise
// alerts with their evidence; officers assign them (to an officer of their region or a
// third-party auditor), dismiss them with a reason or confirm them into a case, which gathers
// what is known and closes with an outcome - suspension and exit change the institution.
export interface RuleParameter { name: string; value: number; unit: string; why: string }
export interface RiskRule {
  id: string; version: number; name: string; catches: string; source: string; subject_kind: string
  parameters: RuleParameter[]
}
export type AlertStatus = 'open' | 'assigned' | 'dismissed' | 'confirmed'
export interface RiskAlert {
  id: number; rule_id: string; rule_version: number; subject_kind: string; subject_id: number
  institution_id: number | null; institution_name: string | null; region_code: string
  severity: 'low' | 'medium' | 'high'; score: number; statistic: string; threshold: string
  evidence: Record<string, unknown>; status: AlertStatus; first_seen_at: string; last_seen_at: string
  assignee: string | null; assigned_at: string | null; assigned_by: string | null
  decided_at: string | null; decided_by: string | null; decision_reason: string | null; case_id: number | null
}
export interface EvidenceCheckin {
  id: number; trainee_id: number; trainee_name: string; class_id: number; class_name: string; session_id: number
  kind: string; captured_at: string; latitude: number; longitude: number; distance_m: number | null
  photo_sha256: string; counts: boolean; terminal_id: number
}
export interface RiskAlertDetail extends RiskAlert { checkins: EvidenceCheckin[] }
export type CaseOutcome = 'no_action' | 'warning' | 'recovery' | 'suspension' | 'exit'
export interface RiskCase {
  id: number; title: string; institution_id: number | null; institution_name: string | null; region_code: string
  origin: 'risk_alert' | 'inspection'; status: 'open' | 'closed'; outcome: CaseOutcome | null; outcome_note: string | null
  legacy_case_id: number | null; opened_at: string; opened_by: string; closed_at: string | null; closed_by: string | null
  items: number
}
export interface CaseItem {
  id: number; kind: 'alert' | 'inspection' | 'claim_audit' | 'recovery' | 'note'; object_id: number | null; note: string
  added_at: string; added_by: string
}
export interface RiskCaseDetail extends RiskCase { item_list: CaseItem[]; alerts: RiskAlert[] }
export interface ScorePart { rule_id: string; name: string; top_score: number; alerts: number; weight: number; contribution: number }
export interface InstitutionRisk {
  institution_id: number; institution_name: string; score: number; severity: string; parts: ScorePart[]
}
export interface RiskSummary {
  alerts: { city_code: string; rule_id: string; status: AlertStatus; count: number }[]
  cases: { city_code: string; status: 'open' | 'closed'; count: number }[]
}
export interface AlertFilter { rule?: string; status?: string; region?: string; institution_id?: number | null }

export const listRules = () => request<{ items: RiskRule[] }>('GET', '/api/v1/risk/rules')
export const listAlerts = (after: number | null, filter: AlertFilter, limit = 50) =>
  request<Page<RiskAlert>>('GET', '/api/v1/risk/alerts' + query({
    after, limit, rule: filter.rule || undefined, status: filter.status || undefined, region: filter.region || undefined,
    institution_id: filter.institution_id ?? undefined,
  }))
export const getAlert = (id: number) => request<RiskAlertDetail>('GET', `/api/v1/risk/alerts/${id}`)
export const alertPhotoUrl = (id: number, sha256: string) => `/api/v1/risk/alerts/${id}/photos/${sha256}`
export const assignAlert = (id: number, assignee: string) =>
  request<RiskAlert>('POST', `/api/v1/risk/alerts/${id}/actions/assign`, { assignee })
export const dismissAlert = (id: number, reason: string) =>
  request<RiskAlert>('POST', `/api/v1/risk/alerts/${id}/actions/dismiss`, { reason })
export const confirmAlert = (id: number, reason: string, caseId: number | null, title: string) =>
  request<RiskCaseDetail>('POST', `/api/v1/risk/alerts/${id}/actions/confirm`,
    { reason, case_id: caseId, title: title || null })
export const listCases = (after: number | null, status = '', limit = 50) =>
  request<Page<RiskCase>>('GET', '/api/v1/risk/cases' + query({ after, limit, status: status || undefined }))
export const getCase = (id: number) => request<RiskCaseDetail>('GET', `/api/v1/risk/cases/${id}`)
export const addCaseItem = (id: number, kind: string, objectId: number | null, note: string) =>
  request<RiskCaseDetail>('POST', `/api/v1/risk/cases/${id}/items`, { kind, object_id: objectId, note })
export const closeCase = (id: number, outcome: string, note: string, expose: boolean) =>
  request<RiskCaseDetail>('POST', `/api/v1/risk/cases/${id}/actions/close`,
    { outcome, note, expose: outcome === 'exit' ? expose : null })
export const institutionRisk = (id: number) => request<InstitutionRisk>('GET', `/api/v1/institutions/${id}/risk`)
export const riskSummary = () => request<RiskSummary>('GET', '/api/v1/risk/summary')

// The dashboard's rows: open (open + assigned) and confirmed alerts per key (a rule or a city),
// and for cities their open cases; busiest first.
export interface SummaryRow { key: string; open: number; confirmed: number; dismissed: number; openCases: number }
export function summaryRows(summary: RiskSummary, by: 'rule' | 'city'): SummaryRow[] {
  const rows = new Map<string, SummaryRow>()
  const row = (key: string) => {
    let r = rows.get(key)
    if (!r) rows.set(key, (r = { key, open: 0, confirmed: 0, dismissed: 0, openCases: 0 }))
    return r
  }
  for (const a of summary.alerts) {
    const r = row(by === 'rule' ? a.rule_id : a.city_code)
    if (a.status === 'open' || a.status === 'assigned') r.open += a.count
    else if (a.status === 'confirmed') r.confirmed += a.count
    else r.dismissed += a.count
  }
  if (by === 'city') for (const c of summary.cases) if (c.status === 'open') row(c.city_code).openCases += c.count
  return [...rows.values()].sort((a, b) => b.open - a.open || b.confirmed - a.confirmed || a.key.localeCompare(b.key))
}

// The photos of an alert's check-ins, each once, with who used it: reuse shows as one photo
// under several names.
export function photoGroups(checkins: EvidenceCheckin[]): { sha256: string; checkins: EvidenceCheckin[] }[] {
  const groups = new Map<string, EvidenceCheckin[]>()
  for (const c of checkins) groups.set(c.photo_sha256, [...(groups.get(c.photo_sha256) ?? []), c])
  return [...groups.entries()].map(([sha256, list]) => ({ sha256, checkins: list }))
}
