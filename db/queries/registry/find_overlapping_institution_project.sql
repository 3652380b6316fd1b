-- A permission for the same project whose period overlaps the new one.
SELECT id FROM institution_projects
WHERE institution_id = :institution_id AND project_id = :project_id AND valid_from <= :valid_to AND valid_to >= :valid_from
