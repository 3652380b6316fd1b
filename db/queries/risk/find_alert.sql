-- One alert within the reach of the caller (the region prefix of an officer, or assigned to the caller).
SELECT a.id, a.rule_id, a.rule_version, a.subject_kind, a.subject_id, a.institution_id, i.name, a.region_code,
       a.severity, a.score, a.statistic, a.threshold, a.evidence, a.status, a.first_seen_at, a.last_seen_at,
       a.assignee, a.assigned_at, a.assigned_by, a.decided_at, a.decided_by, a.decision_reason, a.case_id
FROM risk_alerts a
LEFT JOIN institutions i ON i.id = a.institution_id
WHERE a.id = :id AND (a.region_code LIKE :region_like OR a.assignee = :assignee)
