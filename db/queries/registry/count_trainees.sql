-- How many trainees list_trainees.sql finds, up to a cap (src/db/keyset.hpp kCountCap). Each
-- branch of the scope is one an index can serve (a region subtree as two code ranges), so a
-- county counts its own rows and the province stops at the cap.
SELECT COUNT(*) FROM (
  SELECT 1
  FROM trainees t
  WHERE ({branch in_region (t.residence_region_code >= :residence_from AND t.residence_region_code < :residence_to)
                            OR (t.household_region_code >= :household_from AND t.household_region_code < :household_to)}
         OR {branch registered_by t.registered_by_org = :scope_org}
         OR {branch employed_by t.id IN (SELECT e.trainee_id FROM employments e WHERE e.enterprise_id = :scope_enterprise)})
    {include trainee_filters}
  LIMIT :cap
) counted
