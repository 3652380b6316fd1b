-- Every learning segment of one person in the classes within the scope of the caller
-- (optionally one class), oldest first, with the platform that reported it.
SELECT s.id, s.segment_id, s.class_id, c.name, s.course_item, s.started_at, s.ended_at, s.received_at,
       s.face_checks, t.key_id, t.name, s.counts, s.reasons
FROM online_segments s
JOIN classes c ON c.id = s.class_id
JOIN terminals t ON t.id = s.terminal_id
WHERE s.trainee_id = :trainee_id
  AND (:class_id = 0 OR s.class_id = :class_id_value)
  AND ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
ORDER BY s.started_at, s.id
