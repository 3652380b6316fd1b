-- The people on the rosters (not withdrawn) of the finished classes in scope that ended in the period.
SELECT r.class_id, r.trainee_id
FROM classes c
JOIN class_roster r ON r.class_id = c.id AND r.withdrawn_at IS NULL
WHERE ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND c.status = 'finished'
  AND c.end_date >= :first_day
  AND c.end_date <= :last_day
ORDER BY r.class_id, r.trainee_id
