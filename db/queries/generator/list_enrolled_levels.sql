-- Every enrolment of an approved, running or finished class (on the roster before it started,
-- not withdrawn) with the occupation and level its project trains, in a stable order - where
-- the generator plants history that repeats a training (repeated_enrolment).
SELECT r.class_id, r.trainee_id, c.start_date, c.training_type, p.level, o.code, o.name
FROM class_roster r
JOIN classes c ON c.id = r.class_id
JOIN training_projects p ON p.id = c.project_id
JOIN occupations o ON o.id = p.occupation_id
WHERE r.withdrawn_at IS NULL AND r.before_start = 1 AND p.level IS NOT NULL
  AND c.status IN ('approved', 'running', 'finished')
ORDER BY r.class_id, r.trainee_id
