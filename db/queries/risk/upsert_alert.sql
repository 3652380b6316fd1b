-- An alert raised, or the same situation found again - then its figures and evidence are brought
-- up to date and it keeps its status (a dismissed lead stays dismissed). Returns the alert and
-- when it was first seen (equal to this scan instant for a new one).
INSERT INTO risk_alerts (rule_id, rule_version, subject_kind, subject_id, institution_id, region_code, severity, score,
                         statistic, threshold, evidence, fingerprint, first_seen_at, last_seen_at)
VALUES (:rule_id, :rule_version, :subject_kind, :subject_id, :institution_id, :region_code, :severity, :score,
        :statistic, :threshold, :evidence, :fingerprint, :first_seen_at, :last_seen_at)
ON CONFLICT (fingerprint) DO UPDATE
SET rule_version = excluded.rule_version, severity = excluded.severity, score = excluded.score,
    statistic = excluded.statistic, threshold = excluded.threshold, evidence = excluded.evidence,
    last_seen_at = excluded.last_seen_at
RETURNING id, first_seen_at
