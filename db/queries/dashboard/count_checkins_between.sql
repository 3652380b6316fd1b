-- Check-ins captured in [from, to) at classes in scope, and how many of them count.
SELECT COUNT(*), COALESCE(SUM(k.counts), 0)
FROM checkins k
JOIN classes c ON c.id = k.class_id
WHERE ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND k.captured_at >= :from_ms
  AND k.captured_at < :to_ms
