-- The kept attendance of one person. Another settler writing the same class at the same time (the
-- background task and a dashboard, or two servers on PostgreSQL) writes the same figures over
-- it instead of failing.
INSERT INTO class_attendance (class_id, trainee_id, attended_minutes, planned_minutes, rate_1e4)
VALUES (:class_id, :trainee_id, :attended, :planned, :rate)
ON CONFLICT (class_id, trainee_id) DO UPDATE SET attended_minutes = excluded.attended_minutes,
  planned_minutes = excluded.planned_minutes, rate_1e4 = excluded.rate_1e4
