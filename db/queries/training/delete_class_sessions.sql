DELETE FROM class_sessions WHERE class_id = :class_id
