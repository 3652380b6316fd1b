SELECT id, name, address, region_code, latitude_e6, longitude_e6, capacity, created_at
FROM venues
WHERE institution_id = :institution_id
ORDER BY id
