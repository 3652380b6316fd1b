SELECT id FROM occupations
WHERE id <> :id AND ((code IS NOT NULL AND code = :code) OR (name = :name AND kind = :kind))
LIMIT 1
