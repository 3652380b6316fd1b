INSERT INTO trainees (name, id_number_sealed, id_number_index, sex, birth_date, phone_sealed, phone_index, household_region_code, residence_region_code, groups, employment_status, registered_by_org, created_at, updated_at)
SELECT r->>0, r->>1, r->>2, r->>3, r->>4, r->>5, r->>6, r->>7, r->>8, r->>9, r->>10, r->>11, CAST(r->>12 AS BIGINT), CAST(r->>13 AS BIGINT)
FROM json_array_elements(CAST(:rows AS json)) AS r
