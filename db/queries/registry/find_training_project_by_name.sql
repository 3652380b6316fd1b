SELECT id FROM training_projects WHERE name = :name
