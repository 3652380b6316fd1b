-- The counting learning segments of a class, for its attendance.
SELECT s.trainee_id, s.started_at, s.ended_at FROM online_segments s
WHERE s.class_id = :class_id AND s.counts = 1 ORDER BY s.started_at, s.id
