UPDATE trainees
SET name = :name, phone_sealed = :phone_sealed, phone_index = :phone_index, household_region_code = :household_region_code, residence_region_code = :residence_region_code, groups = :groups, employment_status = :employment_status, updated_at = :updated_at
WHERE id = :id
