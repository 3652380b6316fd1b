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
    AND {filter q t.name LIKE :q_name ESCAPE '\'}
    AND {filter id_index t.id_number_index = :id_index}
    AND {filter phone_index t.phone_index = :phone_index}
    AND {filter group t.groups LIKE :group_value}
    AND {filter region t.residence_region_code LIKE :region_r OR t.household_region_code LIKE :region_h}
    AND {filter status t.employment_status = :status}
  LIMIT :cap
) counted
