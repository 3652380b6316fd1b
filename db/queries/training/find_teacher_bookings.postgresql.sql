-- Sessions, between two dates, of other booking classes taught by the given teachers (a JSON
-- array of ID-number blind indexes).
SELECT t.id_number_index, s.class_id, c.institution_id, s.session_date, s.start_time, s.end_time
FROM class_sessions s
JOIN class_teachers t ON t.id = s.teacher_id
JOIN classes c ON c.id = s.class_id
WHERE t.id_number_index IN (SELECT json_array_elements_text(CAST(:indexes AS json)))
  AND c.id <> :class_id AND c.status IN ('submitted', 'approved', 'running')
  AND s.session_date >= :from_date AND s.session_date <= :to_date
