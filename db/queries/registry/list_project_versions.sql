SELECT id, project_id, standard_hours, subsidy_fen, valid_from, valid_to, region_codes, created_at, created_by
FROM training_project_versions
WHERE project_id = :project_id
ORDER BY valid_from
