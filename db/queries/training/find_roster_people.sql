-- Birth dates of the people of a roster (a JSON array of trainee ids).
SELECT id, birth_date FROM trainees WHERE id IN (SELECT value FROM json_each(:ids))
