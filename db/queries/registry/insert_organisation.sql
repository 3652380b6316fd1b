INSERT INTO organisations (kind, name, credit_code, type, industry, size, region_code, status, credit_check_overridden, created_at, updated_at)
VALUES (:kind, :name, :credit_code, :type, :industry, :size, :region_code, :status, :credit_check_overridden, :created_at, :updated_at)
RETURNING id
