-- Online-learning segments that do not count, in the scope of the caller, filtered, newest stored
-- first, by keyset on id (partial index online_segments_not_counting).
SELECT g.id, g.started_at, g.ended_at, g.received_at, g.course_item, g.class_id, c.name, c.institution_id, i.name,
       c.region_code, g.trainee_id, tr.name, g.terminal_id, t.name, t.key_id, g.reasons
FROM online_segments g
JOIN classes c ON c.id = g.class_id
JOIN institutions i ON i.id = c.institution_id
JOIN trainees tr ON tr.id = g.trainee_id
JOIN terminals t ON t.id = g.terminal_id
WHERE g.counts = 0
  AND ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND (:class = 0 OR g.class_id = :class_value)
  AND (:terminal = 0 OR g.terminal_id = :terminal_value)
  AND (:institution = 0 OR c.institution_id = :institution_value)
  AND (:region = '' OR c.region_code LIKE :region_value)
  AND (:reason = '' OR g.reasons LIKE :reason_value ESCAPE '\')
  AND (CAST(:from AS BIGINT) = 0 OR g.started_at >= :from_value)
  AND (CAST(:to AS BIGINT) = 0 OR g.started_at < :to_value)
  AND (:after = 0 OR g.id < :after_id)
ORDER BY g.id DESC
LIMIT :limit
