INSERT INTO institution_projects (institution_id, project_id, valid_from, valid_to, created_at, created_by)
VALUES (:institution_id, :project_id, :valid_from, :valid_to, :created_at, :created_by)
RETURNING id
