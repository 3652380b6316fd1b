SELECT p.id, p.name, p.occupation_id, p.level, p.training_type, p.created_at
FROM training_projects p
WHERE p.id = :id
