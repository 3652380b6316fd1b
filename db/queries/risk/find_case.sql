-- One case within a region prefix, with its institution and how many items it gathers.
SELECT c.id, c.title, c.institution_id, i.name, c.region_code, c.origin, c.status, c.outcome, c.outcome_note,
       c.legacy_case_id, c.opened_at, c.opened_by, c.updated_at, c.closed_at, c.closed_by,
       (SELECT COUNT(*) FROM risk_case_items x WHERE x.case_id = c.id)
FROM risk_cases c
LEFT JOIN institutions i ON i.id = c.institution_id
WHERE c.id = :id AND c.region_code LIKE :region_like
