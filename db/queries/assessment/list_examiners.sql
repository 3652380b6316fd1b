SELECT position, name, id_number_sealed, id_number_index, certificate
FROM sitting_examiners
WHERE sitting_id = :sitting_id
ORDER BY position
