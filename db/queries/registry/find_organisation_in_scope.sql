SELECT id, kind, name, credit_code, type, industry, size, region_code, status, credit_check_overridden, created_at, updated_at, '' AS sort_key
FROM organisations o
WHERE id = :id
  AND kind = :kind
  AND ({branch in_region region_code LIKE :scope_region}
       OR {branch any_region TRUE}
       OR {branch itself id = :scope_own})
