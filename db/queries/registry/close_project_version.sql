UPDATE training_project_versions SET valid_to = :valid_to WHERE id = :id
