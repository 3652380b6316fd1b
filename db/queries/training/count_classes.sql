-- How many classes list_classes.sql finds, up to a cap, the scope as branches an index serves
-- (registry/count_trainees.sql).
SELECT COUNT(*) FROM (
  SELECT 1
  FROM classes c
  WHERE ((:region <> '' AND c.region_code >= :region_from AND c.region_code < :region_to)
         OR (:org > 0 AND c.institution_id = :org_id))
    AND (:q = '' OR c.name LIKE :q_name ESCAPE '\')
    AND (:status = '' OR c.status = :status_value)
    AND (:institution = 0 OR c.institution_id = :institution_value)
  LIMIT :cap
) counted
