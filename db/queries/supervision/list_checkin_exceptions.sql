-- Check-ins that do not count, in the scope of the caller (region or institution of the class),
-- filtered, newest stored first, by keyset on id. The partial index checkins_not_counting
-- keeps the walk to the events that do not count.
SELECT k.id, k.captured_at, k.received_at, k.kind, k.class_id, c.name, c.institution_id, i.name, c.region_code,
       k.session_id, s.session_date, s.start_time, s.end_time, k.trainee_id, tr.name, k.terminal_id, t.name, t.key_id,
       k.distance_m, k.face_score, k.liveness_score, k.reasons
FROM checkins k
JOIN classes c ON c.id = k.class_id
JOIN institutions i ON i.id = c.institution_id
JOIN class_sessions s ON s.id = k.session_id
JOIN trainees tr ON tr.id = k.trainee_id
JOIN terminals t ON t.id = k.terminal_id
WHERE k.counts = 0
  AND ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND (:class = 0 OR k.class_id = :class_value)
  AND (:terminal = 0 OR k.terminal_id = :terminal_value)
  AND (:institution = 0 OR c.institution_id = :institution_value)
  AND (:region = '' OR c.region_code LIKE :region_value)
  AND (:reason = '' OR k.reasons LIKE :reason_value ESCAPE '\')
  AND (CAST(:from AS BIGINT) = 0 OR k.captured_at >= :from_value)
  AND (CAST(:to AS BIGINT) = 0 OR k.captured_at < :to_value)
  AND (:after = 0 OR k.id < :after_id)
ORDER BY k.id DESC
LIMIT :limit
