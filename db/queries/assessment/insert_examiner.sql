INSERT INTO sitting_examiners (sitting_id, position, name, id_number_sealed, id_number_index, certificate)
VALUES (:sitting_id, :position, :name, :id_number_sealed, :id_number_index, :certificate)
