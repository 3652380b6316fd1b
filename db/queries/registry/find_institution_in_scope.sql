SELECT id, name, credit_code, type, region_code, status, assigned_auditor, exposed, exposure_reason, integrity_model, credit_check_overridden, created_at, updated_at, '' AS sort_key
FROM institutions
WHERE id = :id
  AND ((:region_like <> '' AND region_code LIKE :region_like_value)
       OR (:org <> '' AND (CAST(id AS TEXT) = :org_id OR assigned_auditor = :org_auditor)))
