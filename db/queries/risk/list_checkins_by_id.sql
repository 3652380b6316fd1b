-- The check-ins with ids from the first given up to the second (excluded), each with what the check-in rules
-- judge - read in the order of the table itself, the cheapest read there is.
SELECT id, class_id, session_id, trainee_id, terminal_id, captured_at, latitude_e6, longitude_e6, distance_m,
       photo_sha256, photo_phash
FROM checkins
WHERE id >= :from_id AND id < :to_id
