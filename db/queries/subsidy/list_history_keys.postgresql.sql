-- The keys of the past trainings already imported for the given people (a JSON array of ID
-- number blind indexes), to refuse the same record twice.
SELECT id_number_index, occupation_id, level, subsidy_type, trained_on
FROM subsidy_history
WHERE id_number_index IN (SELECT json_array_elements_text(CAST(:indexes AS json)))
