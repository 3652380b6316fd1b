SELECT id, name, id_number_sealed, id_number_index, sex, birth_date, phone_sealed, phone_index, household_region_code, residence_region_code, groups, employment_status, registered_by_org, created_at, updated_at, '' AS sort_key
FROM trainees
WHERE id = :id
