INSERT INTO institutions (name, credit_code, type, region_code, status, credit_check_overridden, created_at, updated_at)
VALUES (:name, :credit_code, :type, :region_code, :status, :credit_check_overridden, :created_at, :updated_at)
RETURNING id
