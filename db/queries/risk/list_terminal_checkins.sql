-- Every check-in of a span of capture instants (Unix ms) by terminal and session in capture
-- order, with its person, class, institution and county, for the burst rule to slide over.
SELECT c.terminal_id, c.session_id, c.id, c.trainee_id, c.class_id, k.institution_id, k.region_code, c.captured_at
FROM checkins c
JOIN classes k ON k.id = c.class_id
WHERE c.captured_at >= :from_at AND c.captured_at < :to_at
ORDER BY c.terminal_id, c.session_id, c.captured_at, c.id
