INSERT INTO class_sessions (class_id, position, session_date, start_time, end_time, topic, teacher_id)
VALUES (:class_id, :position, :session_date, :start_time, :end_time, :topic, :teacher_id)
RETURNING id
