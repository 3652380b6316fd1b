SELECT id, position, name, id_number_sealed, id_number_index, qualification
FROM class_teachers WHERE class_id = :class_id ORDER BY position
