SELECT COUNT(*)
FROM classes c
WHERE ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND (:q = '' OR c.name LIKE :q_name ESCAPE '\')
    AND (:status = '' OR c.status = :status_value)
    AND (:institution = 0 OR c.institution_id = :institution_value)
