SELECT p.id, p.name, p.occupation_id, p.level, p.training_type, p.created_at
FROM training_projects p
WHERE (:q = '' OR p.name LIKE :q_name ESCAPE '\')
  AND (:occupation_id = 0 OR p.occupation_id = :occupation_value)
  AND (:training_type = '' OR p.training_type = :training_type_value)
  AND p.id > :after
ORDER BY p.id
LIMIT :limit
