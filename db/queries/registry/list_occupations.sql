SELECT id, code, name, category, kind, highest_level, lowest_level, urgent, shortage_rank, is_new, created_at, updated_at
FROM occupations
WHERE (:q = '' OR name LIKE :q_name ESCAPE '\' OR code LIKE :q_code ESCAPE '\')
  AND (:category = '' OR category = :category_value)
  AND (:kind = '' OR kind = :kind_value)
  AND (:urgent_only = 0 OR urgent = 1)
  AND id > :after
ORDER BY id
LIMIT :limit
