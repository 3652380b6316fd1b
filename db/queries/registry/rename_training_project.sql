UPDATE training_projects SET name = :name WHERE id = :id
