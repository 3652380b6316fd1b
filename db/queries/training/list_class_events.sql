SELECT id, at, actor, action, from_status, to_status, reason, detail
FROM class_events WHERE class_id = :class_id ORDER BY id
