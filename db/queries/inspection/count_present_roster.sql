SELECT COUNT(*) FROM class_roster WHERE class_id = :class_id AND withdrawn_at IS NULL
