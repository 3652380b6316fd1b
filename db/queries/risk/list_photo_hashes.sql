-- Check-ins captured within a span of instants (Unix ms) whose photo has a perceptual hash, each
-- with its person, session, class, institution, county, photo and hash, by session.
SELECT c.id, c.trainee_id, c.session_id, c.class_id, k.institution_id, k.region_code, c.photo_sha256, p.phash
FROM checkins c
JOIN photos p ON p.sha256 = c.photo_sha256
JOIN classes k ON k.id = c.class_id
WHERE c.captured_at >= :from_at AND c.captured_at < :to_at AND p.phash IS NOT NULL
ORDER BY c.session_id, c.id
