-- The scope of the caller is part of the WHERE clause (a region subtree, or the own
-- organisation of the caller, that is an institution itself or an auditor assigned to review it).
SELECT id, name, credit_code, type, region_code, status, assigned_auditor, exposed, exposure_reason, integrity_model, credit_check_overridden, created_at, updated_at
FROM institutions
WHERE ((:region_like <> '' AND region_code LIKE :region_like_value)
       OR (:org <> '' AND (CAST(id AS TEXT) = :org_id OR assigned_auditor = :org_auditor)))
  AND (:q = '' OR name LIKE :q_name ESCAPE '\' OR credit_code = :q_code)
  AND (:status = '' OR status = :status_value)
  AND (:region = '' OR region_code LIKE :region_value)
  AND id > :after
ORDER BY id
LIMIT :limit
