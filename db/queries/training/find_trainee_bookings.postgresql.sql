-- Sessions, between two dates, of other classes that still book the given people (a JSON
-- array of trainee ids).
SELECT r.trainee_id, s.class_id, c.institution_id, s.session_date, s.start_time, s.end_time
FROM class_roster r
JOIN classes c ON c.id = r.class_id
JOIN class_sessions s ON s.class_id = c.id
WHERE r.trainee_id IN (SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(:ids AS json)))
  AND r.withdrawn_at IS NULL AND c.id <> :class_id AND c.status IN ('submitted', 'approved', 'running')
  AND s.session_date >= :from_date AND s.session_date <= :to_date
