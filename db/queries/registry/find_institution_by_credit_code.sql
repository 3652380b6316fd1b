SELECT id FROM institutions WHERE credit_code = :credit_code
