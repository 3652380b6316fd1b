INSERT INTO class_teachers (class_id, position, name, id_number_sealed, id_number_index, qualification)
VALUES (:class_id, :position, :name, :id_number_sealed, :id_number_index, :qualification)
RETURNING id
