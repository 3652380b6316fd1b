-- Who is on a class roster and whether and when they left it.
SELECT r.trainee_id, r.withdrawn_at FROM class_roster r WHERE r.class_id = :class_id
