UPDATE institutions
SET name = :name, type = :type, region_code = :region_code, updated_at = :updated_at
WHERE id = :id
