-- The scope of the caller is part of the WHERE clause (a region subtree, or the own
-- organisation of the caller, that is an institution itself or an auditor assigned to review it).
-- Sorted and cut by keyset as in list_trainees.sql.
SELECT id, name, credit_code, type, region_code, status, assigned_auditor, exposed, exposure_reason, integrity_model, credit_check_overridden, created_at, updated_at, sort_key
FROM (
  SELECT i.*, CASE :sort WHEN 'name' THEN name WHEN 'region_code' THEN region_code WHEN 'status' THEN status ELSE '' END AS sort_key
  FROM institutions i
  WHERE ((:region_like <> '' AND region_code LIKE :region_like_value)
         OR (:org <> '' AND (CAST(id AS TEXT) = :org_id OR assigned_auditor = :org_auditor)))
    AND (:q = '' OR name LIKE :q_name ESCAPE '\' OR credit_code = :q_code)
    AND (:status = '' OR status = :status_value)
    AND (:region = '' OR region_code LIKE :region_value)
) s
WHERE (:has_after = 0
       OR (:asc_a = 1 AND (sort_key > :key_a OR (sort_key = :key_b AND id > :id_a)))
       OR (:asc_b = 0 AND (sort_key < :key_c OR (sort_key = :key_d AND id < :id_b))))
ORDER BY CASE WHEN :asc_c = 1 THEN sort_key END ASC, CASE WHEN :asc_d = 0 THEN sort_key END DESC,
         CASE WHEN :asc_e = 1 THEN id END ASC, CASE WHEN :asc_f = 0 THEN id END DESC
LIMIT :limit
