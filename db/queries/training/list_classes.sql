-- Classes in the scope of the caller, filtered, sorted and cut by keyset as in
-- registry/list_trainees.sql; the scope is the one condition that fits it
-- (training/institution_scope.hpp InstitutionScopeFilter), each filter is in the text only when
-- the caller set it (src/db/keyset.hpp FillFilter).
SELECT c.id, c.institution_id, i.name AS institution_name, c.project_id, p.name AS project_name, p.occupation_id, p.level, c.name, c.training_type, c.mode, c.venue_id, v.name AS venue_name, c.region_code, c.start_date, c.end_date, c.planned_minutes, c.standard_hours, c.subsidy_fen, c.status, c.warnings, c.roster_locked, c.submitted_at, c.reviewed_at, c.reviewed_by, c.review_reason, c.created_at, c.created_by, c.updated_at,
       (SELECT COUNT(*) FROM class_roster r WHERE r.class_id = c.id AND r.withdrawn_at IS NULL) AS roster_size,
       {sort_key} AS sort_key
FROM classes c
JOIN institutions i ON i.id = c.institution_id
JOIN training_projects p ON p.id = c.project_id
LEFT JOIN venues v ON v.id = c.venue_id
WHERE {scope}
  AND {filter q c.name LIKE :q_name ESCAPE '\'}
  AND {filter status c.status = :status}
  AND {filter institution c.institution_id = :institution}
  AND {after}
ORDER BY {order}
LIMIT :limit
