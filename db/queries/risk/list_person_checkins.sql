-- The check-ins of one person captured within a span of instants (Unix ms), in capture order, with
-- where each was made (by the person index).
SELECT id, class_id, captured_at, latitude_e6, longitude_e6
FROM checkins
WHERE trainee_id = :trainee_id AND captured_at >= :from_at AND captured_at < :to_at
ORDER BY captured_at, id
