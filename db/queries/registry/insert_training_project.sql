INSERT INTO training_projects (name, occupation_id, level, training_type, created_at)
VALUES (:name, :occupation_id, :level, :training_type, :created_at)
RETURNING id
