-- An occupation of the catalogue by its code, for imported certificates.
SELECT id, name FROM occupations WHERE code = :code
