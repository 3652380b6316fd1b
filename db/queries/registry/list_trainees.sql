-- Trainees in the scope of the caller (a region subtree by residence or household, the
-- institution that registered them, the enterprise that employs them), filtered, then sorted
-- and cut by keyset where the store fills in the three braced markers (src/db/keyset.hpp).
-- The scope stays a LIKE here on purpose, which SQLite serves by no index, so that rows are read
-- in the order of the sort and the page stops after its limit; counting uses the ranges.
SELECT t.id, t.name, t.id_number_sealed, t.id_number_index, t.sex, t.birth_date, t.phone_sealed, t.phone_index, t.household_region_code, t.residence_region_code, t.groups, t.employment_status, t.registered_by_org, t.created_at, t.updated_at, {sort_key} AS sort_key
FROM trainees t
WHERE ((:region_like <> '' AND (t.residence_region_code LIKE :region_like_r OR t.household_region_code LIKE :region_like_h))
       OR (:org <> '' AND t.registered_by_org = :org_value)
       OR (:enterprise_id > 0 AND EXISTS (SELECT 1 FROM employments e WHERE e.trainee_id = t.id AND e.enterprise_id = :enterprise_value)))
  AND (:q = '' OR t.name LIKE :q_name ESCAPE '\')
  AND (:id_index = '' OR t.id_number_index = :id_index_value)
  AND (:phone_index = '' OR t.phone_index = :phone_index_value)
  AND (:group_tag = '' OR t.groups LIKE :group_value)
  AND (:region = '' OR t.residence_region_code LIKE :region_r OR t.household_region_code LIKE :region_h)
  AND (:status = '' OR t.employment_status = :status_value)
  AND {after}
ORDER BY {order}
LIMIT :limit
