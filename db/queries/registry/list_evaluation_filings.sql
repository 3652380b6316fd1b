SELECT f.id, f.occupation_id, o.name, o.code, f.level, f.valid_from, f.valid_to, f.created_at, f.created_by
FROM evaluation_filings f
JOIN occupations o ON o.id = f.occupation_id
WHERE f.body_id = :body_id
ORDER BY f.id
