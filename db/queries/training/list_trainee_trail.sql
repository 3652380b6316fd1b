-- Every check-in of one person in the classes within the scope of the caller (optionally one
-- class), oldest first, with where, which terminal and whether the photo has arrived.
SELECT k.id, k.event_id, k.class_id, c.name, k.session_id, s.session_date, s.start_time, s.end_time, k.kind,
       k.captured_at, k.received_at, k.latitude_e6, k.longitude_e6, k.distance_m, k.face_score, k.liveness_score,
       k.photo_sha256, CASE WHEN p.sha256 IS NULL THEN 0 ELSE 1 END AS photo_stored, t.key_id, t.name, k.counts,
       k.reasons
FROM checkins k
JOIN classes c ON c.id = k.class_id
JOIN class_sessions s ON s.id = k.session_id
JOIN terminals t ON t.id = k.terminal_id
LEFT JOIN photos p ON p.sha256 = k.photo_sha256
WHERE k.trainee_id = :trainee_id
  AND (:class_id = 0 OR k.class_id = :class_id_value)
  AND ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
ORDER BY k.captured_at, k.id
