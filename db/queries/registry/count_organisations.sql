-- How many organisations list_organisations.sql finds, up to a cap (src/db/keyset.hpp).
SELECT COUNT(*) FROM (
  SELECT 1
  FROM organisations o
  WHERE kind = :kind
    AND ({branch in_region region_code LIKE :scope_region}
         OR {branch any_region TRUE}
         OR {branch itself id = :scope_own})
    AND {filter q name LIKE :q_name ESCAPE '\' OR credit_code = :q_code}
    AND {filter type type = :type}
    AND {filter status status = :status}
    AND {filter region region_code LIKE :region}
  LIMIT :cap
) counted
