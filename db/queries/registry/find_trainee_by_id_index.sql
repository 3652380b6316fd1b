-- One person one record, found by the blind index of the ID number, regardless of scope.
SELECT id FROM trainees WHERE id_number_index = :id_index
