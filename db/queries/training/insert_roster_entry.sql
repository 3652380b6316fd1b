INSERT INTO class_roster (class_id, trainee_id, position, added_at, added_by, amendment_reason, before_start)
VALUES (:class_id, :trainee_id, :position, :added_at, :added_by, :amendment_reason, :before_start)
RETURNING id
