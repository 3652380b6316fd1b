-- How many trainees list_trainees.sql finds, up to a cap (src/db/keyset.hpp kCountCap). Each
-- scope is a guarded branch an index can serve (a region subtree as two code ranges), so a
-- county counts its own rows and the province stops at the cap.
SELECT COUNT(*) FROM (
  SELECT 1
  FROM trainees t
  WHERE ((:region_a <> '' AND t.residence_region_code >= :residence_from AND t.residence_region_code < :residence_to)
         OR (:region_b <> '' AND t.household_region_code >= :household_from AND t.household_region_code < :household_to)
         OR (:org <> '' AND t.registered_by_org = :org_value)
         OR (:enterprise_id > 0 AND t.id IN (SELECT e.trainee_id FROM employments e WHERE e.enterprise_id = :enterprise_value)))
    AND (:q = '' OR t.name LIKE :q_name ESCAPE '\')
    AND (:id_index = '' OR t.id_number_index = :id_index_value)
    AND (:phone_index = '' OR t.phone_index = :phone_index_value)
    AND (:group_tag = '' OR t.groups LIKE :group_value)
    AND (:region = '' OR t.residence_region_code LIKE :region_r OR t.household_region_code LIKE :region_h)
    AND (:status = '' OR t.employment_status = :status_value)
  LIMIT :cap
) counted
