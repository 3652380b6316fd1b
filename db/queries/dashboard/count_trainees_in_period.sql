-- People in training in a period (on the roster (not withdrawn) of a running or finished class
-- in scope whose dates overlap the period), and how many such classes.
SELECT COUNT(DISTINCT r.trainee_id), COUNT(DISTINCT c.id)
FROM classes c
JOIN class_roster r ON r.class_id = c.id AND r.withdrawn_at IS NULL
WHERE ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND c.status IN ('running', 'finished')
  AND c.end_date >= :first_day
  AND c.start_date <= :last_day
