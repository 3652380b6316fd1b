-- Trainees in the scope of the caller (a region subtree by residence or household, the
-- institution that registered them, the enterprise that employs them), filtered, then sorted
-- and cut by keyset where the store fills in the three braced markers (src/db/keyset.hpp).
-- The scope stays a LIKE here on purpose, which SQLite serves by no index, so that rows are read
-- in the order of the sort and the page stops after its limit; counting uses the ranges. Only the
-- branches of the scope it has and the filters set are in the text (src/db/keyset.hpp FillFilter).
SELECT t.id, t.name, t.id_number_sealed, t.id_number_index, t.sex, t.birth_date, t.phone_sealed, t.phone_index, t.household_region_code, t.residence_region_code, t.groups, t.employment_status, t.registered_by_org, t.created_at, t.updated_at, {sort_key} AS sort_key
FROM trainees t
WHERE ({branch in_region t.residence_region_code LIKE :scope_residence OR t.household_region_code LIKE :scope_household}
       OR {branch registered_by t.registered_by_org = :scope_org}
       OR {branch employed_by EXISTS (SELECT 1 FROM employments e WHERE e.trainee_id = t.id AND e.enterprise_id = :scope_enterprise)})
  {include trainee_filters}
  AND {after}
ORDER BY {order}
LIMIT :limit
