SELECT name, level FROM regions WHERE code = :code
