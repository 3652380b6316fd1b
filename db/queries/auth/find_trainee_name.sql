SELECT name FROM trainees WHERE id = :id
