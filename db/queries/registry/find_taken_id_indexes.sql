-- Which of many ID-number blind indexes (a JSON array of strings) are registered already.
SELECT id_number_index FROM trainees WHERE id_number_index IN (SELECT value FROM json_each(:indexes))
