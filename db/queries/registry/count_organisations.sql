-- How many organisations list_organisations.sql finds, up to a cap (src/db/keyset.hpp).
SELECT COUNT(*) FROM (
  SELECT 1
  FROM organisations o
  WHERE kind = :kind
    AND ((:region_like <> '' AND (:all_regions = 1 OR region_code LIKE :region_like_value))
         OR (:own_id > 0 AND id = :own_id_value))
    AND (:q = '' OR name LIKE :q_name ESCAPE '\' OR credit_code = :q_code)
    AND (:type = '' OR type = :type_value)
    AND (:status = '' OR status = :status_value)
    AND (:region = '' OR region_code LIKE :region_value)
  LIMIT :cap
) counted
