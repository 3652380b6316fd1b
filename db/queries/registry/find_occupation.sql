SELECT id, code, name, category, kind, highest_level, lowest_level, urgent, shortage_rank, is_new, created_at, updated_at
FROM occupations
WHERE id = :id
