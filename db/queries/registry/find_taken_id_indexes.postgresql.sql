SELECT id_number_index FROM trainees WHERE id_number_index IN (SELECT json_array_elements_text(CAST(:indexes AS json)))
