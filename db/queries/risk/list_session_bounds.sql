-- The sessions held between two dates (inclusive), each with its day and hours and its
-- class, institution and county.
SELECT s.id, s.session_date, s.start_time, s.end_time, s.class_id, k.institution_id, k.region_code
FROM class_sessions s
JOIN classes k ON k.id = s.class_id
WHERE s.session_date >= :from AND s.session_date <= :to
