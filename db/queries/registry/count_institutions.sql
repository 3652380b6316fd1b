-- How many institutions list_institutions.sql finds, up to a cap (src/db/keyset.hpp).
SELECT COUNT(*) FROM (
  SELECT 1
  FROM institutions
  WHERE ({branch in_region region_code LIKE :scope_region}
         OR {branch itself id = :scope_institution}
         OR {branch audited_by assigned_auditor = :scope_auditor})
    AND {filter q name LIKE :q_name ESCAPE '\' OR credit_code = :q_code}
    AND {filter status status = :status}
    AND {filter region region_code LIKE :region}
  LIMIT :cap
) counted
