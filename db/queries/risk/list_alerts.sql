-- Alerts within the reach of the caller (the region prefix of an officer, or assigned to the caller -
-- an auditor reaches only those), within an area the caller chose, optionally of one rule, status
-- and institution, highest score first (then newest), by offset-free keyset on (score, id).
SELECT a.id, a.rule_id, a.rule_version, a.subject_kind, a.subject_id, a.institution_id, i.name, a.region_code,
       a.severity, a.score, a.statistic, a.threshold, a.evidence, a.status, a.first_seen_at, a.last_seen_at,
       a.assignee, a.assigned_at, a.assigned_by, a.decided_at, a.decided_by, a.decision_reason, a.case_id
FROM risk_alerts a
LEFT JOIN institutions i ON i.id = a.institution_id
WHERE (a.region_code LIKE :region_like OR a.assignee = :assignee)
  AND a.region_code LIKE :area_like
  AND (:rule = '' OR a.rule_id = :rule_value)
  AND (:status = '' OR a.status = :status_value)
  AND (:institution_id = 0 OR a.institution_id = :institution_value)
  AND (:after_score < 0 OR a.score < :after_score_value OR (a.score = :after_score_again AND a.id < :after_id))
ORDER BY a.score DESC, a.id DESC
LIMIT :limit
