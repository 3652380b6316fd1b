-- The finished classes in scope that ended in the period, how many have their attendance kept,
-- and how many wait to be computed (new, or stale after a late event).
SELECT COALESCE(SUM(CASE WHEN s.class_id IS NOT NULL AND s.stale = 0 THEN 1 ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN s.class_id IS NULL OR s.stale > 0 THEN 1 ELSE 0 END), 0)
FROM classes c
LEFT JOIN class_attendance_settled s ON s.class_id = c.id
WHERE ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND c.status = 'finished'
  AND c.end_date >= :first_day
  AND c.end_date <= :last_day
