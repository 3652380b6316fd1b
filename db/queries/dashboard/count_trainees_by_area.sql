-- People trained (on the roster, not withdrawn, of a running or finished class that started in
-- the period) and classes, by the area the class is held in (the region code cut to its first
-- digits characters, 4 for prefectures and 6 for counties), under one parent region, in scope.
SELECT SUBSTR(c.region_code, 1, CAST(:digits AS INTEGER)) AS area, COUNT(DISTINCT r.trainee_id), COUNT(DISTINCT c.id)
FROM classes c
JOIN class_roster r ON r.class_id = c.id AND r.withdrawn_at IS NULL
WHERE ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND c.region_code LIKE :parent_like
  AND c.status IN ('running', 'finished')
  AND c.start_date >= :first_day
  AND c.start_date <= :last_day
GROUP BY 1
ORDER BY 1
