-- Alerts within a region prefix, optionally of one rule and in one status, highest score first
-- (then newest), by offset-free keyset on (score, id) descending.
SELECT a.id, a.rule_id, a.rule_version, a.subject_kind, a.subject_id, a.institution_id, i.name, a.region_code,
       a.severity, a.score, a.statistic, a.threshold, a.evidence, a.status, a.first_seen_at, a.last_seen_at
FROM risk_alerts a
LEFT JOIN institutions i ON i.id = a.institution_id
WHERE a.region_code LIKE :region_like
  AND (:rule = '' OR a.rule_id = :rule_value)
  AND (:status = '' OR a.status = :status_value)
  AND (:after_score < 0 OR a.score < :after_score_value OR (a.score = :after_score_again AND a.id < :after_id))
ORDER BY a.score DESC, a.id DESC
LIMIT :limit
