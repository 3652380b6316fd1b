INSERT INTO trainee_import_rows (batch, seq, file_row, staged_at, name, id_number_sealed, id_number_index, sex, birth_date, phone_sealed, phone_index, household_region_code, residence_region_code, groups, employment_status, registered_by_org, created_at, updated_at)
SELECT :batch, CAST(r->>0 AS INTEGER), CAST(r->>1 AS INTEGER), CAST(r->>2 AS BIGINT), r->>3, r->>4, r->>5, r->>6, r->>7, r->>8, r->>9, r->>10, r->>11, r->>12, r->>13, r->>14, CAST(r->>15 AS BIGINT), CAST(r->>16 AS BIGINT)
FROM json_array_elements(CAST(:rows AS json)) AS r
