SELECT id, name, id_number_sealed, id_number_index, sex, birth_date, phone_sealed, phone_index, household_region_code, residence_region_code, groups, employment_status, registered_by_org, created_at, updated_at, '' AS sort_key
FROM trainees t
WHERE id = :id
  AND ((:region_like <> '' AND (residence_region_code LIKE :region_like_r OR household_region_code LIKE :region_like_h))
       OR (:org <> '' AND registered_by_org = :org_value)
       OR (:enterprise_id > 0 AND EXISTS (SELECT 1 FROM employments e WHERE e.trainee_id = t.id AND e.enterprise_id = :enterprise_value)))
