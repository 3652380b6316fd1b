-- The sessions of the finished classes in scope that ended in the period, class by class.
SELECT s.class_id, s.id, s.session_date, s.start_time, s.end_time
FROM classes c
JOIN class_sessions s ON s.class_id = c.id
WHERE ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND c.status = 'finished'
  AND c.end_date >= :first_day
  AND c.end_date <= :last_day
ORDER BY s.class_id, s.position
