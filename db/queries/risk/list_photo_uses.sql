-- Check-in photos used by more than one person within a span of capture instants (Unix ms), each
-- use with its check-in, person, class, institution and county - the same bytes for two people
-- is one photo passed off as two.
SELECT c.photo_sha256, c.id, c.trainee_id, c.class_id, k.institution_id, k.region_code, c.captured_at
FROM checkins c
JOIN classes k ON k.id = c.class_id
WHERE c.photo_sha256 IN (SELECT photo_sha256 FROM checkins
                         WHERE captured_at >= :from_at AND captured_at < :to_at
                         GROUP BY photo_sha256
                         HAVING COUNT(DISTINCT trainee_id) > 1)
ORDER BY c.photo_sha256, c.captured_at, c.id
