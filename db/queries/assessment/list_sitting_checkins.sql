-- Every capture at a sitting, in time order, with the person and the terminal that took it.
SELECT k.id, k.trainee_id, t.name, k.terminal_id, d.name, k.captured_at, k.received_at, k.latitude_e6,
       k.longitude_e6, k.distance_m, k.face_score, k.liveness_score, k.photo_sha256, k.counts, k.reasons
FROM sitting_checkins k
JOIN trainees t ON t.id = k.trainee_id
JOIN terminals d ON d.id = k.terminal_id
WHERE k.sitting_id = :sitting_id
ORDER BY k.captured_at, k.id
LIMIT :limit
