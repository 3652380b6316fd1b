SELECT code, name, level, parent_code FROM regions WHERE code = :code
