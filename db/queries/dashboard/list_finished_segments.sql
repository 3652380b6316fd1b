-- The counting online-learning periods of the finished classes in scope that ended in the period.
SELECT g.class_id, g.trainee_id, g.started_at, g.ended_at
FROM classes c
JOIN online_segments g ON g.class_id = c.id AND g.counts = 1
WHERE ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND c.status = 'finished'
  AND c.end_date >= :first_day
  AND c.end_date <= :last_day
