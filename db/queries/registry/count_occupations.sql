SELECT COUNT(*)
FROM occupations
WHERE (:q = '' OR name LIKE :q_name ESCAPE '\' OR code LIKE :q_code ESCAPE '\')
  AND (:category = '' OR category = :category_value)
  AND (:kind = '' OR kind = :kind_value)
  AND (:urgent_only = 0 OR urgent = 1)
