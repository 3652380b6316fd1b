-- Trainees in the scope of the caller (a region subtree by residence or household, the
-- institution that registered them, the enterprise that employs them), filtered, sorted by
-- the chosen key and id, and cut by keyset (see src/db/keyset.hpp).
SELECT id, name, id_number_sealed, id_number_index, sex, birth_date, phone_sealed, phone_index, household_region_code, residence_region_code, groups, employment_status, registered_by_org, created_at, updated_at, sort_key
FROM (
  SELECT t.*, CASE :sort WHEN 'name' THEN name WHEN 'residence_region_code' THEN residence_region_code ELSE '' END AS sort_key
  FROM trainees t
  WHERE ((:region_like <> '' AND (residence_region_code LIKE :region_like_r OR household_region_code LIKE :region_like_h))
         OR (:org <> '' AND registered_by_org = :org_value)
         OR (:enterprise_id > 0 AND EXISTS (SELECT 1 FROM employments e WHERE e.trainee_id = t.id AND e.enterprise_id = :enterprise_value)))
    AND (:q = '' OR name LIKE :q_name ESCAPE '\')
    AND (:id_index = '' OR id_number_index = :id_index_value)
    AND (:phone_index = '' OR phone_index = :phone_index_value)
    AND (:group_tag = '' OR groups LIKE :group_value)
    AND (:region = '' OR residence_region_code LIKE :region_r OR household_region_code LIKE :region_h)
    AND (:status = '' OR employment_status = :status_value)
) s
WHERE (:has_after = 0
       OR (:asc_a = 1 AND (sort_key > :key_a OR (sort_key = :key_b AND id > :id_a)))
       OR (:asc_b = 0 AND (sort_key < :key_c OR (sort_key = :key_d AND id < :id_b))))
ORDER BY CASE WHEN :asc_c = 1 THEN sort_key END ASC, CASE WHEN :asc_d = 0 THEN sort_key END DESC,
         CASE WHEN :asc_e = 1 THEN id END ASC, CASE WHEN :asc_f = 0 THEN id END DESC
LIMIT :limit
