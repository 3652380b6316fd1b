-- One check-in named in an alert, as its evidence view shows it - who, where, when, with which
-- photo and whether it counted.
SELECT c.id, c.trainee_id, t.name, c.class_id, k.name, c.session_id, c.kind, c.captured_at, c.latitude_e6,
       c.longitude_e6, c.distance_m, c.photo_sha256, c.counts, c.terminal_id
FROM checkins c
JOIN trainees t ON t.id = c.trainee_id
JOIN classes k ON k.id = c.class_id
WHERE c.id = :id
