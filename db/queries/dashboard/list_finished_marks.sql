-- Per person and session of the finished classes in scope that ended in the period, the first
-- counting start and the last counting end check-in, all the attendance rule needs of them
-- (training/attendance_rules.hpp, OfflineInterval).
SELECT k.class_id, k.trainee_id, k.session_id,
       MIN(CASE WHEN k.kind = 'start' THEN k.captured_at END),
       MAX(CASE WHEN k.kind = 'end' THEN k.captured_at END)
FROM classes c
JOIN checkins k ON k.class_id = c.id AND k.counts = 1
WHERE ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND c.status = 'finished'
  AND c.end_date >= :first_day
  AND c.end_date <= :last_day
GROUP BY k.class_id, k.trainee_id, k.session_id
