-- One session, as list_session_bounds gives it.
SELECT s.id, s.session_date, s.start_time, s.end_time, s.class_id, k.institution_id, k.region_code
FROM class_sessions s
JOIN classes k ON k.id = s.class_id
WHERE s.id = :id
