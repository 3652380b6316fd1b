-- The trainees with a counting start check-in for a session captured by an instant.
SELECT COUNT(DISTINCT trainee_id)
FROM checkins
WHERE class_id = :class_id AND session_id = :session_id AND kind = 'start' AND counts = 1 AND captured_at <= :at
