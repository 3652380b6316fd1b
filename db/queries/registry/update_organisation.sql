UPDATE organisations
SET name = :name, type = :type, industry = :industry, size = :size, region_code = :region_code, status = :status, updated_at = :updated_at
WHERE id = :id
