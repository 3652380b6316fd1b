DELETE FROM class_teachers WHERE class_id = :class_id
