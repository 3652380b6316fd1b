-- How many finished classes list_unsettled_attendance.sql would give over all its rounds.
SELECT COUNT(*)
FROM classes c
LEFT JOIN class_attendance_settled s ON s.class_id = c.id
WHERE c.status = 'finished'
  AND (s.class_id IS NULL OR s.stale > 0)
