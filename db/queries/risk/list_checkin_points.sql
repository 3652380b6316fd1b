-- Every check-in of a span of capture instants (Unix ms) with where the terminal put it, its
-- distance from the venue as measured on arrival, and its session day and hours, by class,
-- session and instant - for the rules on hours, distance and uniformity.
SELECT c.id, c.trainee_id, c.session_id, c.class_id, k.institution_id, k.region_code, c.captured_at,
       c.latitude_e6, c.longitude_e6, c.distance_m, s.session_date, s.start_time, s.end_time
FROM checkins c
JOIN classes k ON k.id = c.class_id
JOIN class_sessions s ON s.id = c.session_id
WHERE c.captured_at >= :from_at AND c.captured_at < :to_at
ORDER BY c.class_id, c.session_id, c.captured_at, c.id
