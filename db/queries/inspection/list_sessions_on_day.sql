-- The sessions of a class on one day, in order.
SELECT id, start_time, end_time
FROM class_sessions
WHERE class_id = :class_id AND session_date = :session_date
ORDER BY start_time
