-- The past subsidised trainings of one person (by ID number blind index), newest first, with
-- the name of the occupation and the import each came with.
SELECT h.id, h.import_id, h.file_row, h.name, h.id_number_sealed, h.occupation_id, o.name, o.code, h.level,
       h.subsidy_type, h.trained_on, h.amount_fen, h.source, i.imported_at
FROM subsidy_history h
JOIN occupations o ON o.id = h.occupation_id
JOIN subsidy_history_imports i ON i.id = h.import_id
WHERE h.id_number_index = :id_number_index
ORDER BY h.trained_on DESC, h.id DESC
