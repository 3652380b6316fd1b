SELECT id, kind, name, credit_code, type, industry, size, region_code, status, credit_check_overridden, created_at, updated_at, '' AS sort_key
FROM organisations o
WHERE id = :id
  AND kind = :kind
  AND ((:region_like <> '' AND (:all_regions = 1 OR region_code LIKE :region_like_value))
       OR (:own_id > 0 AND id = :own_id_value))
