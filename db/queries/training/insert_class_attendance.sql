INSERT INTO class_attendance (class_id, trainee_id, attended_minutes, planned_minutes, rate_1e4)
VALUES (:class_id, :trainee_id, :attended, :planned, :rate)
