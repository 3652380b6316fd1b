-- Sessions, between two dates, of other booking classes taught by the given teachers (a JSON
-- array of ID-number blind indexes). Driven by the teachers index and each class of theirs, not
-- by the dates or the status (at province scale a fortnight holds tens of thousands of sessions
-- and thousands of classes are booking, while one teacher holds a few classes); the unary plus
-- keeps SQLite from starting from the date or status index.
SELECT t.id_number_index, s.class_id, c.institution_id, s.session_date, s.start_time, s.end_time
FROM class_teachers t
JOIN classes c ON c.id = t.class_id
JOIN class_sessions s ON s.class_id = t.class_id AND s.teacher_id = t.id
WHERE t.id_number_index IN (SELECT value FROM json_each(:indexes))
  AND c.id <> :class_id AND +c.status IN ('submitted', 'approved', 'running')
  AND +s.session_date >= :from_date AND +s.session_date <= :to_date
