SELECT id FROM organisations WHERE kind = :kind AND credit_code = :credit_code
