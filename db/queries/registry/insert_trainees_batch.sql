-- Many trainees in one statement (imports) from a JSON array of rows, each an array in the
-- column order below. This is the SQLite text, with json_each, and the PostgreSQL file beside it
-- reads the same JSON with json_array_elements.
INSERT INTO trainees (name, id_number_sealed, id_number_index, sex, birth_date, phone_sealed, phone_index, household_region_code, residence_region_code, groups, employment_status, registered_by_org, created_at, updated_at)
SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]'), json_extract(value, '$[6]'), json_extract(value, '$[7]'), json_extract(value, '$[8]'), json_extract(value, '$[9]'), json_extract(value, '$[10]'), json_extract(value, '$[11]'), json_extract(value, '$[12]'), json_extract(value, '$[13]')
FROM json_each(:rows)
