-- The file rows of a staged import whose ID number is registered by now (someone else
-- registered the person between the check and the move).
SELECT s.file_row
FROM trainee_import_rows s
JOIN trainees t ON t.id_number_index = s.id_number_index
WHERE s.batch = :batch
ORDER BY s.seq
