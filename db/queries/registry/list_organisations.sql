-- Organisations of one kind in the scope of the caller (a region subtree, every region for
-- kinds chosen province-wide, or the own organisation), filtered, sorted and cut by keyset.
SELECT id, kind, name, credit_code, type, industry, size, region_code, status, credit_check_overridden, created_at, updated_at, sort_key
FROM (
  SELECT o.*, CASE :sort WHEN 'name' THEN name WHEN 'region_code' THEN region_code ELSE '' END AS sort_key
  FROM organisations o
  WHERE kind = :kind
    AND ((:region_like <> '' AND (:all_regions = 1 OR region_code LIKE :region_like_value))
         OR (:own_id > 0 AND id = :own_id_value))
    AND (:q = '' OR name LIKE :q_name ESCAPE '\' OR credit_code = :q_code)
    AND (:type = '' OR type = :type_value)
    AND (:status = '' OR status = :status_value)
    AND (:region = '' OR region_code LIKE :region_value)
) s
WHERE (:has_after = 0
       OR (:asc_a = 1 AND (sort_key > :key_a OR (sort_key = :key_b AND id > :id_a)))
       OR (:asc_b = 0 AND (sort_key < :key_c OR (sort_key = :key_d AND id < :id_b))))
ORDER BY CASE WHEN :asc_c = 1 THEN sort_key END ASC, CASE WHEN :asc_d = 0 THEN sort_key END DESC,
         CASE WHEN :asc_e = 1 THEN id END ASC, CASE WHEN :asc_f = 0 THEN id END DESC
LIMIT :limit
