UPDATE training_projects SET id = id WHERE id = :id
