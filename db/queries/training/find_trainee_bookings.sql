-- Sessions, between two dates, of other classes that still book the given people (a JSON
-- array of trainee ids). Driven by the roster index of the people; the unary plus keeps SQLite
-- from starting from the status index, which at province scale walks thousands of classes.
SELECT r.trainee_id, s.class_id, c.institution_id, s.session_date, s.start_time, s.end_time
FROM class_roster r
JOIN classes c ON c.id = r.class_id
JOIN class_sessions s ON s.class_id = c.id
WHERE r.trainee_id IN (SELECT value FROM json_each(:ids))
  AND r.withdrawn_at IS NULL AND c.id <> :class_id AND +c.status IN ('submitted', 'approved', 'running')
  AND s.session_date >= :from_date AND s.session_date <= :to_date
