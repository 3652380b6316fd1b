-- A staged import into trainees, in file order.
INSERT INTO trainees (name, id_number_sealed, id_number_index, sex, birth_date, phone_sealed, phone_index, household_region_code, residence_region_code, groups, employment_status, registered_by_org, created_at, updated_at)
SELECT name, id_number_sealed, id_number_index, sex, birth_date, phone_sealed, phone_index, household_region_code, residence_region_code, groups, employment_status, registered_by_org, created_at, updated_at
FROM trainee_import_rows
WHERE batch = :batch
ORDER BY seq
