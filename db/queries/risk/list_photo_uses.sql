-- Every use of the check-in photos whose SHA-256 begins with the 16 hex digits given (from_sha,
-- and to_sha the same digits followed by g, past every hex digit), each with its check-in,
-- person, class, institution, county and instant, by photo - read through the photo index for
-- the photos a sweep saw more than one person use.
SELECT c.photo_sha256, c.id, c.trainee_id, c.class_id, k.institution_id, k.region_code, c.captured_at
FROM checkins c
JOIN classes k ON k.id = c.class_id
WHERE c.photo_sha256 >= :from_sha AND c.photo_sha256 < :to_sha
ORDER BY c.photo_sha256, c.captured_at, c.id
