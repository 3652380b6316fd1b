INSERT INTO training_project_versions (project_id, standard_hours, subsidy_fen, valid_from, valid_to, region_codes,
                                       created_at, created_by)
VALUES (:project_id, :standard_hours, :subsidy_fen, :valid_from, :valid_to, :region_codes, :created_at, :created_by)
RETURNING id
