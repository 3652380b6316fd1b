-- Cases within a region prefix, optionally in one status, newest first by keyset on id.
SELECT c.id, c.title, c.institution_id, i.name, c.region_code, c.origin, c.status, c.outcome, c.outcome_note,
       c.legacy_case_id, c.opened_at, c.opened_by, c.updated_at, c.closed_at, c.closed_by,
       (SELECT COUNT(*) FROM risk_case_items x WHERE x.case_id = c.id)
FROM risk_cases c
LEFT JOIN institutions i ON i.id = c.institution_id
WHERE c.region_code LIKE :region_like
  AND (:status = '' OR c.status = :status_value)
  AND (:after = 0 OR c.id < :after_id)
ORDER BY c.id DESC
LIMIT :limit
