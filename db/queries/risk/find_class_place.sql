-- A class with its institution and county.
SELECT id, institution_id, region_code FROM classes WHERE id = :id
