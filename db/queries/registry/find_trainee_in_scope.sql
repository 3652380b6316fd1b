SELECT id, name, id_number_sealed, id_number_index, sex, birth_date, phone_sealed, phone_index, household_region_code, residence_region_code, groups, employment_status, registered_by_org, created_at, updated_at, '' AS sort_key
FROM trainees t
WHERE id = :id
  AND ({branch in_region residence_region_code LIKE :scope_residence OR household_region_code LIKE :scope_household}
       OR {branch registered_by registered_by_org = :scope_org}
       OR {branch employed_by EXISTS (SELECT 1 FROM employments e WHERE e.trainee_id = t.id AND e.enterprise_id = :scope_enterprise)})
