-- How many institutions list_institutions.sql finds, up to a cap (src/db/keyset.hpp).
SELECT COUNT(*) FROM (
  SELECT 1
  FROM institutions
  WHERE ((:region_like <> '' AND region_code LIKE :region_like_value)
         OR (:org <> '' AND (CAST(id AS TEXT) = :org_id OR assigned_auditor = :org_auditor)))
    AND (:q = '' OR name LIKE :q_name ESCAPE '\' OR credit_code = :q_code)
    AND (:status = '' OR status = :status_value)
    AND (:region = '' OR region_code LIKE :region_value)
  LIMIT :cap
) counted
