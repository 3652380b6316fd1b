SELECT s.id, s.position, s.session_date, s.start_time, s.end_time, s.topic, t.position
FROM class_sessions s JOIN class_teachers t ON t.id = s.teacher_id
WHERE s.class_id = :class_id ORDER BY s.position
