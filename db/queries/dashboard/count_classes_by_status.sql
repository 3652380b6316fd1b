-- Classes in the scope of the caller (their region, or their own institution) by status.
SELECT c.status, COUNT(*)
FROM classes c
WHERE ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
GROUP BY c.status
