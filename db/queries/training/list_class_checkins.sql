-- The check-ins of a class, for its attendance.
SELECT k.trainee_id, k.session_id, k.kind, k.captured_at, k.counts
FROM checkins k WHERE k.class_id = :class_id ORDER BY k.captured_at, k.id
