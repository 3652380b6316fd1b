-- One class within the scope of the caller (a region subtree by the county of the class, or the
-- institution that filed it).
SELECT c.id, c.institution_id, i.name AS institution_name, c.project_id, p.name AS project_name, p.occupation_id, p.level, c.name, c.training_type, c.mode, c.venue_id, v.name AS venue_name, c.region_code, c.start_date, c.end_date, c.planned_minutes, c.standard_hours, c.subsidy_fen, c.status, c.warnings, c.roster_locked, c.submitted_at, c.reviewed_at, c.reviewed_by, c.review_reason, c.created_at, c.created_by, c.updated_at,
       (SELECT COUNT(*) FROM class_roster r WHERE r.class_id = c.id AND r.withdrawn_at IS NULL) AS roster_size, '' AS sort_key
FROM classes c
JOIN institutions i ON i.id = c.institution_id
JOIN training_projects p ON p.id = c.project_id
LEFT JOIN venues v ON v.id = c.venue_id
WHERE c.id = :id
  AND ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
