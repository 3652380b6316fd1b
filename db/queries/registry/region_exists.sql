SELECT COUNT(*) FROM regions WHERE code = :code
