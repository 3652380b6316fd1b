SELECT id, name, credit_code, type, region_code, status, assigned_auditor, exposed, exposure_reason, integrity_model, credit_check_overridden, created_at, updated_at, '' AS sort_key
FROM institutions
WHERE id = :id
  AND ({branch in_region region_code LIKE :scope_region}
       OR {branch itself id = :scope_institution}
       OR {branch audited_by assigned_auditor = :scope_auditor})
